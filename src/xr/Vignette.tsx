// The comfort vignette: the edges of each eye's view darken while the player moves smoothly, by the rig's amount.
// Drawn in clip space, so it sits on every eye's view whatever the headset does, in one draw per eye.
import { useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import vertexShader from '../../shaders/vr-vignette.vert.glsl?raw';
import fragmentShader from '../../shaders/vr-vignette.frag.glsl?raw';
import type { XrRig } from './rig';

export function Vignette({ rig }: { rig: XrRig }) {
  const mesh = useMemo(() => {
    const material = new THREE.ShaderMaterial({
      uniforms: { uClose: { value: 0 } },
      vertexShader,
      fragmentShader,
      transparent: true,
      depthTest: false,
      depthWrite: false,
    });
    const m = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), material);
    m.frustumCulled = false;
    m.renderOrder = 1000;
    m.visible = false;
    m.name = 'xr-vignette';
    return m;
  }, []);

  useFrame(() => {
    mesh.visible = rig.vignette > 0.001;
    (mesh.material as THREE.ShaderMaterial).uniforms.uClose!.value = rig.vignette;
  }, -0.3);

  return <primitive object={mesh} />;
}

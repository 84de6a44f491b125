// The dream sky of a mood: gradient, drifting clouds, stars; in the sunrise mood a rising sun. Also drawn by the
// epilogue screen (`<DreamSky palette="sunrise" />` in any R3F canvas).
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import skyVert from '../../shaders/sky.vert.glsl?raw';
import skyFrag from '../../shaders/sky.frag.glsl?raw';
import { PALETTES, type PaletteName } from './palette';

/** The sky sphere's radius: inside the camera's far plane; the shader puts it on the far plane anyway. */
const SKY_RADIUS = 300;

export function skyMaterial(name: PaletteName): THREE.ShaderMaterial {
  const p = PALETTES[name];
  return new THREE.ShaderMaterial({
    vertexShader: skyVert,
    fragmentShader: skyFrag,
    uniforms: {
      uZenith: { value: new THREE.Color(p.zenith) },
      uHorizon: { value: new THREE.Color(p.horizon) },
      uCloud: { value: new THREE.Color(p.cloud) },
      uStars: { value: p.stars },
      uTime: { value: 0 },
    },
    // Stars and the sun as defines: a software renderer would pay for every branch of the shader on every pixel.
    defines: { ...(p.stars > 0 ? { STARS: '' } : {}), ...(p.sunDisc ? { SUN_DISC: '' } : {}) },
    side: THREE.BackSide,
    depthWrite: false,
    fog: false,
  });
}

export function DreamSky({ palette }: { palette: PaletteName }) {
  const material = useMemo(() => skyMaterial(palette), [palette]);
  const geometry = useMemo(() => new THREE.SphereGeometry(SKY_RADIUS, 32, 16), []);
  useEffect(
    () => () => {
      material.dispose();
      geometry.dispose();
    },
    [material, geometry],
  );
  const mesh = useRef<THREE.Mesh>(null);
  // Follows the camera so it is always around it.
  useFrame((state) => {
    material.uniforms.uTime!.value = state.clock.elapsedTime;
    mesh.current?.position.copy(state.camera.position);
  });
  // Drawn after the labyrinth so covered pixels are skipped.
  return (
    <mesh ref={mesh} geometry={geometry} material={material} renderOrder={0.5} frustumCulled={false} name="dream-sky" />
  );
}

// The teleport arc while the player aims (green where the engine would allow the landing, red where not), and
// the right hand's pointing ray.
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { XrRig } from './rig';

const OK = new THREE.Color('#7cf29a');
const NO = new THREE.Color('#ff5c7a');
const RAY_LENGTH = 2.5;

export function TeleportArc({ rig }: { rig: XrRig }) {
  const line = useMemo(() => {
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(rig.arc, 3).setUsage(THREE.DynamicDrawUsage));
    const l = new THREE.Line(geometry, new THREE.LineBasicMaterial({ color: OK, depthTest: false, transparent: true }));
    l.frustumCulled = false;
    l.renderOrder = 20;
    l.name = 'xr-teleport-arc';
    return l;
  }, [rig]);
  const ring = useRef<THREE.Mesh>(null);

  useFrame(() => {
    const n = rig.arcCount;
    line.visible = n > 1;
    if (ring.current) ring.current.visible = n > 1;
    if (n < 2) return;
    line.geometry.setDrawRange(0, n);
    (line.geometry.getAttribute('position') as THREE.BufferAttribute).needsUpdate = true;
    const color = rig.arcValid ? OK : NO;
    (line.material as THREE.LineBasicMaterial).color.copy(color);
    const r = ring.current;
    if (r) {
      r.position.set(rig.arc[(n - 1) * 3]!, rig.arc[(n - 1) * 3 + 1]! + 0.02, rig.arc[(n - 1) * 3 + 2]!);
      (r.material as THREE.MeshBasicMaterial).color.copy(color);
    }
  }, -0.3);

  return (
    <>
      <primitive object={line} />
      <mesh ref={ring} rotation={[-Math.PI / 2, 0, 0]} renderOrder={20} visible={false}>
        <ringGeometry args={[0.3, 0.4, 24]} />
        <meshBasicMaterial color={OK} transparent opacity={0.8} depthWrite={false} />
      </mesh>
    </>
  );
}

/** The right hand's ray, in the play area's space (a child of the XR origin). */
export function PointingRay({ rig }: { rig: XrRig }) {
  const mesh = useRef<THREE.Mesh>(null);
  // A thin box along -z from the hand.
  const geometry = useMemo(() => new THREE.BoxGeometry(0.004, 0.004, RAY_LENGTH).translate(0, 0, -RAY_LENGTH / 2), []);
  useFrame(() => {
    const m = mesh.current;
    const r = rig.rays.right;
    if (!m) return;
    m.visible = r.tracked && !rig.aiming;
    if (!m.visible) return;
    m.position.copy(r.position);
    m.quaternion.copy(r.quaternion);
  }, -0.3);
  return (
    <mesh ref={mesh} name="xr-pointing-ray" renderOrder={19} geometry={geometry}>
      <meshBasicMaterial color="#cfd8ff" transparent opacity={0.5} depthWrite={false} />
    </mesh>
  );
}

// The friends the player is not controlling, standing and moving where the engine has them (idle, walk, run,
// jump, skill), and the active friend's hands and device in first person when their skill is used. One draw
// call per friend, one for the hands.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { figureMaterial } from './figure-material';
import { newPose, updatePose, type Pose } from './figure-pose';
import { firstPersonHands, friendFigure } from './friend-shapes';
import { paletteOf } from './palette';

const ahead = new THREE.Vector3();
/** Metres from a friend within which the camera counts as at their eyes (gliding in included). */
const CAMERA_AT_EYES = 1.5;
/** Where the hands sit in front of the eyes (camera space: right, down, forward is -z). */
const HANDS_AT = new THREE.Vector3(0.24, -0.26, -0.55);

export function FriendFigures({ engine }: { engine: Engine }) {
  const palette = paletteOf(engine.level);
  const figures = useMemo(
    () =>
      engine.friends.map((f) => {
        const mesh = new THREE.Mesh(friendFigure(f.name), figureMaterial(palette));
        mesh.name = `friend-${f.name}`;
        return mesh;
      }),
    [engine, palette],
  );
  const hands = useMemo(() => {
    const material = figureMaterial(palette);
    material.depthTest = false;
    const meshes = new Map(engine.friends.map((f) => [f.name, firstPersonHands(f.name)]));
    const mesh = new THREE.Mesh(meshes.get(engine.active.name), material);
    mesh.name = 'first-person-hands';
    mesh.renderOrder = 10;
    mesh.frustumCulled = false;
    mesh.visible = false;
    return { mesh, geometries: meshes };
  }, [engine, palette]);
  const poses = useRef<Pose[]>([]);
  const last = useRef<{ x: number; z: number }[]>([]);

  useEffect(
    () => () => {
      for (const m of figures) {
        m.geometry.dispose();
        (m.material as THREE.Material).dispose();
      }
      for (const g of hands.geometries.values()) g.dispose();
      (hands.mesh.material as THREE.Material).dispose();
    },
    [figures, hands],
  );

  useFrame((state, delta) => {
    const a = engine.alpha;
    const time = state.clock.elapsedTime;
    engine.friends.forEach((friend, i) => {
      const mesh = figures[i];
      if (!mesh) return;
      const pose = (poses.current[i] ??= newPose());
      const p = friend.position;
      const q = friend.previous;
      const x = q.x + (p.x - q.x) * a;
      const z = q.z + (p.z - q.z) * a;
      const prev = (last.current[i] ??= { x, z });
      // Speed from what is drawn, so the stride matches the feet on screen.
      const speed = delta > 0 ? Math.min(12, Math.hypot(x - prev.x, z - prev.z) / delta) : 0;
      prev.x = x;
      prev.z = z;
      const status = engine.skillStatus(friend);
      const skillAge = status.cooldownLeft > 0 ? status.cooldown - status.cooldownLeft : Infinity;
      updatePose(pose, friend, speed, skillAge, delta, time + i);
      const u = (mesh.material as THREE.ShaderMaterial).uniforms;
      (u.uLimbs!.value as THREE.Vector4).set(
        pose.limbs.armLeft,
        pose.limbs.armRight,
        pose.limbs.legLeft,
        pose.limbs.legRight,
      );
      (u.uBody!.value as THREE.Vector2).set(pose.bob, pose.lean);
      // The camera is at the active friend's eyes; its own body would fill the screen. (The title and the epilogue
      // watch from afar: there every friend is seen.)
      const active = i === engine.activeIndex;
      const atEyes = Math.hypot(state.camera.position.x - x, state.camera.position.z - z) < CAMERA_AT_EYES;
      mesh.visible = !(active && atEyes);
      mesh.position.set(x, q.y + (p.y - q.y) * a, z);
      mesh.rotation.y = friend.yaw;
      if (active) {
        const h = hands.mesh;
        // In VR the player's own controllers or hands are drawn instead.
        h.visible = pose.skill > 0 && !state.gl.xr.isPresenting;
        if (h.visible) {
          const g = hands.geometries.get(friend.name);
          if (g && h.geometry !== g) h.geometry = g;
          // The hand pushes forward and settles back as the skill pose fades.
          const push = Math.sin(Math.min(1, (1 - pose.skill) * 2.5) * Math.PI * 0.5);
          ahead.copy(HANDS_AT);
          ahead.z -= 0.08 * push;
          ahead.y -= 0.12 * (1 - Math.min(1, pose.skill * 4));
          h.position.copy(ahead).applyQuaternion(state.camera.quaternion).add(state.camera.position);
          h.quaternion.copy(state.camera.quaternion);
        }
      }
    });
  });

  return (
    <group>
      {figures.map((m) => (
        <primitive key={m.name} object={m} />
      ))}
      <primitive object={hands.mesh} />
    </group>
  );
}

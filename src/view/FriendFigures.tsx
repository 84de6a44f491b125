// The friends the player is not controlling, standing where the engine has them, drawn between ticks.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { friendFigure } from './friend-look';

export function FriendFigures({ engine }: { engine: Engine }) {
  const figures = useMemo(() => engine.friends.map((f) => friendFigure(f.name)), [engine]);
  const refs = useRef<(THREE.Mesh | null)[]>([]);
  useEffect(() => () => figures.forEach((g) => g.dispose()), [figures]);

  useFrame(() => {
    const a = engine.alpha;
    engine.friends.forEach((friend, i) => {
      const mesh = refs.current[i];
      if (!mesh) return;
      // The camera is at the active friend's eyes; its own body would fill the screen.
      mesh.visible = i !== engine.activeIndex;
      const p = friend.position;
      const q = friend.previous;
      mesh.position.set(q.x + (p.x - q.x) * a, q.y + (p.y - q.y) * a, q.z + (p.z - q.z) * a);
      mesh.rotation.y = friend.yaw;
    });
  });

  return (
    <group>
      {figures.map((geometry, i) => (
        <mesh
          key={engine.friends[i]!.name}
          name={`friend-${engine.friends[i]!.name}`}
          geometry={geometry}
          ref={(m) => {
            refs.current[i] = m;
          }}
        >
          <meshLambertMaterial vertexColors />
        </mesh>
      ))}
    </group>
  );
}

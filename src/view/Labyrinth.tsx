// Draws the level's walls, slabs, ramps, trim and the glowing void: four draw calls for the whole labyrinth.
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import abyssVert from '../../shaders/abyss.vert.glsl?raw';
import abyssFrag from '../../shaders/abyss.frag.glsl?raw';
import { buildLabyrinth } from './labyrinth-mesh';
import { paletteOf } from './palette';
import { seamTexture } from './seam-texture';

export function Labyrinth({ engine }: { engine: Engine }) {
  const palette = paletteOf(engine.level);
  const built = useMemo(() => buildLabyrinth(engine.grid, palette), [engine, palette]);
  const texture = useMemo(() => seamTexture(), []);
  const abyss = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader: abyssVert,
        fragmentShader: abyssFrag,
        uniforms: {
          uGlow: { value: new THREE.Color(palette.abyss) },
          uFog: { value: new THREE.Color(palette.fog) },
          uCenter: { value: new THREE.Vector3(built.centerX, 0, built.centerZ) },
          uTime: { value: 0 },
          uReach: { value: built.extent / 2 },
        },
        depthWrite: false,
      }),
    [palette, built],
  );

  useEffect(
    () => () => {
      built.solid.dispose();
      built.trim.dispose();
      abyss.dispose();
    },
    [built, abyss],
  );
  useEffect(() => () => texture.dispose(), [texture]);

  useFrame((state) => {
    abyss.uniforms.uTime!.value = state.clock.elapsedTime;
  });

  return (
    <group>
      <mesh geometry={built.solid}>
        <meshLambertMaterial vertexColors map={texture} />
      </mesh>
      <lineSegments geometry={built.trim}>
        <lineBasicMaterial vertexColors />
      </lineSegments>
      <mesh
        position={[built.centerX, built.abyssY, built.centerZ]}
        rotation-x={-Math.PI / 2}
        material={abyss}
        renderOrder={1}
      >
        <planeGeometry args={[built.extent, built.extent]} />
      </mesh>
    </group>
  );
}

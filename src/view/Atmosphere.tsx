// The mood of a level: background, fog and the two lights (sky/ground and a low sun). No shadows.
import { useMemo } from 'react';
import * as THREE from 'three';
import type { Level } from '../core/schema';
import { fogDensity, paletteOf } from './palette';

export function Atmosphere({ level }: { level: Level }) {
  const palette = paletteOf(level);
  const fog = useMemo(() => new THREE.FogExp2(palette.fog, fogDensity(level)), [palette, level]);
  const background = useMemo(() => new THREE.Color(palette.fog), [palette]);
  return (
    <>
      <primitive attach="fog" object={fog} />
      <primitive attach="background" object={background} />
      <hemisphereLight args={[palette.sky, palette.ground, 2.2]} />
      <directionalLight color={palette.sun} intensity={1.4} position={[-30, 50, 20]} />
    </>
  );
}

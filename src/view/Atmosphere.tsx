// The mood of a level: the dream sky, the fog and the two lights (sky/ground and the key light). No shadows.
import { useMemo } from 'react';
import * as THREE from 'three';
import type { Level } from '../core/schema';
import { DreamSky } from './DreamSky';
import { fogDensity, paletteOf } from './palette';

export function Atmosphere({ level }: { level: Level }) {
  const palette = paletteOf(level);
  const fog = useMemo(() => new THREE.FogExp2(palette.fog, fogDensity(level)), [palette, level]);
  const background = useMemo(() => new THREE.Color(palette.horizon), [palette]);
  return (
    <>
      <primitive attach="fog" object={fog} />
      <primitive attach="background" object={background} />
      <DreamSky palette={level.mood.palette} />
      <hemisphereLight args={[palette.sky, palette.ground, 2.2]} />
      <directionalLight color={palette.sun} intensity={palette.sunIntensity} position={[-30, 50, 20]} />
    </>
  );
}

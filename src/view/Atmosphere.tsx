// The mood of a level: the dream sky, the fog and the two lights (sky/ground and the key light). No shadows.
import { useMemo } from 'react';
import * as THREE from 'three';
import type { Level } from '../core/schema';
import { DreamSky } from './DreamSky';
import { fogDensity, PALETTES, paletteOf, type PaletteName } from './palette';

/** `palette` overrides the level's mood (the epilogue's sunrise over the last level). */
export function Atmosphere({ level, palette: override }: { level: Level; palette?: PaletteName | undefined }) {
  const name = override ?? level.mood.palette;
  const palette = override ? PALETTES[override] : paletteOf(level);
  const fog = useMemo(() => new THREE.FogExp2(palette.fog, fogDensity(level)), [palette, level]);
  const background = useMemo(() => new THREE.Color(palette.horizon), [palette]);
  return (
    <>
      <primitive attach="fog" object={fog} />
      <primitive attach="background" object={background} />
      <DreamSky palette={name} />
      <hemisphereLight args={[palette.sky, palette.ground, 2.2]} />
      <directionalLight color={palette.sun} intensity={palette.sunIntensity} position={[-30, 50, 20]} />
    </>
  );
}

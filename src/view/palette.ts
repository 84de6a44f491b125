// The colours of each level mood: walls, floors, fog, lights and the glow of the void below.
import type { Level } from '../core/schema';

export type PaletteName = Level['mood']['palette'];

export interface Palette {
  wall: string;
  /** Top faces and edge trim of walls, so walls read as solid blocks. */
  trim: string;
  floor: string;
  /** Lines between floor cells. */
  seam: string;
  fog: string;
  sky: string;
  ground: string;
  sun: string;
  /** The glow deep in the void. */
  abyss: string;
}

export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  dusk: {
    wall: '#9483bd',
    trim: '#c9b3f0',
    floor: '#5a5178',
    seam: '#6a5f8f',
    fog: '#241c3a',
    sky: '#b9a4ff',
    ground: '#2a1f3d',
    sun: '#ffd2a8',
    abyss: '#8b5cf6',
  },
  neon: {
    wall: '#34467a',
    trim: '#2ef2ff',
    floor: '#232a48',
    seam: '#ff3fb4',
    fog: '#0a0c1c',
    sky: '#6fd8ff',
    ground: '#220a2e',
    sun: '#ff7ad9',
    abyss: '#ff2fa0',
  },
  exam: {
    wall: '#a9a28f',
    trim: '#f1ead2',
    floor: '#6b6656',
    seam: '#8d8771',
    fog: '#9d9a8e',
    sky: '#fffbe8',
    ground: '#4d4a40',
    sun: '#fff1c9',
    abyss: '#e2c35c',
  },
  lab: {
    wall: '#3f5a56',
    trim: '#9ff5d8',
    floor: '#26322f',
    seam: '#4c7d70',
    fog: '#132420',
    sky: '#b3fff0',
    ground: '#16221f',
    sun: '#d8fff4',
    abyss: '#35e0a1',
  },
  cycle: {
    wall: '#4a1f2b',
    trim: '#ff6b6b',
    floor: '#24121a',
    seam: '#70283b',
    fog: '#12060b',
    sky: '#ff9c9c',
    ground: '#1a0509',
    sun: '#ffb08a',
    abyss: '#ff2d55',
  },
  sunrise: {
    wall: '#d9a27a',
    trim: '#fff0d6',
    floor: '#9b6b54',
    seam: '#c18d70',
    fog: '#f4c8a0',
    sky: '#ffe3b8',
    ground: '#7a4b3a',
    sun: '#fff4e0',
    abyss: '#ffb347',
  },
};

export function paletteOf(level: Level): Palette {
  return PALETTES[level.mood.palette] ?? PALETTES.dusk;
}

/** Exponential fog density for the mood's fog (0 clear … 1 thick). */
export function fogDensity(level: Level): number {
  return 0.005 + level.mood.fog * 0.06;
}

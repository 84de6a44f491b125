// The art direction of each level mood: walls, floors, sky, fog, lights and the glow of the void below.
import type { Level } from '../core/schema';

export type PaletteName = Level['mood']['palette'];

export interface Palette {
  wall: string;
  /** Top faces and edge trim of walls, so walls read as solid blocks. */
  trim: string;
  floor: string;
  /** What the walls breathe: a slow glow drifting over them. */
  breath: string;
  fog: string;
  /** The sky straight up and at the horizon. */
  zenith: string;
  horizon: string;
  /** Slow clouds drifting across the sky. */
  cloud: string;
  /** 0 no stars … 1 a full night sky. */
  stars: number;
  /** Hemisphere light from above and from below. */
  sky: string;
  ground: string;
  /** The key light: a lamp, a ceiling tube, a neon glow or the rising sun. */
  sun: string;
  sunIntensity: number;
  /** The glow deep in the void. */
  abyss: string;
  /** The warm pool of light around the start, where the memory is clearest. */
  lamp: string;
  /** A sun disc low on the horizon (the epilogue's sunrise). */
  sunDisc: boolean;
}

export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  // A child's bedroom at night: deep blue walls, warm lamplight, stars.
  dusk: {
    wall: '#565a8e',
    trim: '#ffd9a0',
    floor: '#6e4c3c',
    breath: '#8f7dff',
    fog: '#141638',
    zenith: '#03051a',
    horizon: '#2b2466',
    cloud: '#5a4fa8',
    stars: 1,
    sky: '#7d8cff',
    ground: '#2a1d3a',
    sun: '#ffb774',
    sunIntensity: 1.5,
    abyss: '#7a5cff',
    lamp: '#ffb15c',
    sunDisc: false,
  },
  // Neon towers over a glowing void: black-violet sky, cyan edges, magenta haze.
  neon: {
    wall: '#262c5a',
    trim: '#2ef2ff',
    floor: '#1a1f3e',
    breath: '#ff3fb4',
    fog: '#12061f',
    zenith: '#020109',
    horizon: '#3a0a4a',
    cloud: '#8a1a6a',
    stars: 0.45,
    sky: '#6fd8ff',
    ground: '#3a0a3e',
    sun: '#ff7ad9',
    sunIntensity: 1.3,
    abyss: '#ff2fa0',
    lamp: '#2ef2ff',
    sunDisc: false,
  },
  // An exam hall under cold light: pale walls, blue-grey floor, an overcast white-blue sky.
  exam: {
    wall: '#c3cdd3',
    trim: '#ffffff',
    floor: '#6f7f88',
    breath: '#d8ecff',
    fog: '#aebdc6',
    zenith: '#7f93a3',
    horizon: '#e4edf2',
    cloud: '#ffffff',
    stars: 0,
    sky: '#eaf4ff',
    ground: '#4a555c',
    sun: '#e6f2ff',
    sunIntensity: 1.6,
    abyss: '#a9cfff',
    lamp: '#f4fbff',
    sunDisc: false,
  },
  // A cluttered lab: steel-green walls, fluorescent tubes, a teal murk.
  lab: {
    wall: '#3f5f5a',
    trim: '#9ff5d8',
    floor: '#2a3633',
    breath: '#35e0a1',
    fog: '#0c211c',
    zenith: '#020b08',
    horizon: '#12443a',
    cloud: '#35e0a1',
    stars: 0.2,
    sky: '#c3fff0',
    ground: '#16221f',
    sun: '#dcfff6',
    sunIntensity: 1.5,
    abyss: '#35e0a1',
    lamp: '#b6ffe8',
    sunDisc: false,
  },
  // The cycle: the boss's arena, blood-red sky, walls like wounds.
  cycle: {
    wall: '#3e1826',
    trim: '#ff4d6d',
    floor: '#21101a',
    breath: '#ff2d55',
    fog: '#14040a',
    zenith: '#050003',
    horizon: '#5a0a1e',
    cloud: '#ff2d55',
    stars: 0.5,
    sky: '#ff9c9c',
    ground: '#1a0509',
    sun: '#ffb08a',
    sunIntensity: 1.2,
    abyss: '#ff2d55',
    lamp: '#ff6b6b',
    sunDisc: false,
  },
  // The epilogue: the sun rising over a calm sea of cloud.
  sunrise: {
    wall: '#d9a27a',
    trim: '#fff0d6',
    floor: '#9b6b54',
    breath: '#ffd9a8',
    fog: '#f4c8a0',
    zenith: '#4f86c6',
    horizon: '#ffc58f',
    cloud: '#fff1e0',
    stars: 0.05,
    sky: '#ffe3b8',
    ground: '#7a4b3a',
    sun: '#fff4e0',
    sunIntensity: 1.8,
    abyss: '#ffb347',
    lamp: '#fff0c8',
    sunDisc: true,
  },
};

export function paletteOf(level: Level): Palette {
  return PALETTES[level.mood.palette] ?? PALETTES.dusk;
}

/** Exponential fog density for the mood's fog (0 clear … 1 thick). */
export function fogDensity(level: Level): number {
  return 0.005 + level.mood.fog * 0.045;
}

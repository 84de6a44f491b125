// The sound of each memory: the ambient bed's chords, its texture (air, rain, hum), the sparkle over it and the
// floor under the friends' feet. Data only; src/audio/ambient.ts plays it.
import type { PaletteName } from './palette-name';

export type Surface = 'wood' | 'lino' | 'metal' | 'stone';

export interface MoodSound {
  /** Chords of the pad, one every `chordSeconds`. */
  chords: string[][];
  chordSeconds: number;
  pad: 'sine' | 'triangle' | 'sawtooth' | 'square';
  /** Cut-off of the pad's low-pass filter, Hz: lower is softer. */
  padCutoff: number;
  /** Background noise: brown is a low rumble, pink is air, white is rain. */
  texture: 'brown' | 'pink' | 'white';
  textureLevel: number;
  textureCutoff: number;
  /** A steady hum (fluorescent tubes, machines), Hz; 0 for none. */
  hum: number;
  /** Notes picked at random over the pad (a music box, clock ticks, drops). */
  sparkle: string[];
  sparkleSeconds: number;
  /** Ticks like a clock instead of notes. */
  ticking: boolean;
  surface: Surface;
}

export const MOOD_SOUND: Readonly<Record<PaletteName, MoodSound>> = {
  // A child's bedroom at night: a lullaby pad and a music box.
  dusk: {
    chords: [
      ['C4', 'E4', 'G4', 'B4'],
      ['A3', 'C4', 'E4', 'G4'],
      ['F3', 'A3', 'C4', 'E4'],
      ['G3', 'B3', 'D4', 'A4'],
    ],
    chordSeconds: 6,
    pad: 'sine',
    padCutoff: 1400,
    texture: 'pink',
    textureLevel: 0.04,
    textureCutoff: 700,
    hum: 0,
    sparkle: ['E5', 'G5', 'A5', 'C6', 'D6', 'E6'],
    sparkleSeconds: 1.6,
    ticking: false,
    surface: 'wood',
  },
  // The exam hall: clocks that do not agree, a tube light's buzz, a tense held chord.
  exam: {
    chords: [
      ['D3', 'A3', 'C4', 'F4'],
      ['D3', 'G3', 'C4', 'E4'],
    ],
    chordSeconds: 8,
    pad: 'triangle',
    padCutoff: 900,
    texture: 'pink',
    textureLevel: 0.02,
    textureCutoff: 2500,
    hum: 120,
    sparkle: [],
    sparkleSeconds: 0.5,
    ticking: true,
    surface: 'lino',
  },
  // Neon rooftops: a pulsing synth over rain.
  neon: {
    chords: [
      ['A2', 'E3', 'A3', 'C4', 'E4'],
      ['F2', 'C3', 'F3', 'A3', 'C4'],
      ['G2', 'D3', 'G3', 'B3', 'D4'],
      ['E2', 'B2', 'E3', 'G3', 'B3'],
    ],
    chordSeconds: 4,
    pad: 'sawtooth',
    padCutoff: 700,
    texture: 'white',
    textureLevel: 0.05,
    textureCutoff: 5000,
    hum: 0,
    sparkle: ['A4', 'C5', 'E5', 'G5', 'A5'],
    sparkleSeconds: 0.9,
    ticking: false,
    surface: 'metal',
  },
  // The lab: machines humming, bubbling blips.
  lab: {
    chords: [
      ['C3', 'G3', 'D4', 'E4'],
      ['Bb2', 'F3', 'C4', 'D4'],
    ],
    chordSeconds: 7,
    pad: 'triangle',
    padCutoff: 800,
    texture: 'brown',
    textureLevel: 0.06,
    textureCutoff: 400,
    hum: 50,
    sparkle: ['C6', 'D6', 'G6', 'A6'],
    sparkleSeconds: 1.1,
    ticking: false,
    surface: 'metal',
  },
  // The cycle: a dissonant drone, the boss's arena.
  cycle: {
    chords: [
      ['C2', 'Gb2', 'C3', 'Db3'],
      ['B1', 'F2', 'B2', 'C3'],
    ],
    chordSeconds: 5,
    pad: 'sawtooth',
    padCutoff: 500,
    texture: 'brown',
    textureLevel: 0.08,
    textureCutoff: 300,
    hum: 0,
    sparkle: [],
    sparkleSeconds: 1,
    ticking: false,
    surface: 'stone',
  },
  // The sunrise: open major chords, birds of light.
  sunrise: {
    chords: [
      ['D4', 'F#4', 'A4', 'E5'],
      ['G3', 'B3', 'D4', 'A4'],
      ['B3', 'D4', 'F#4', 'A4'],
      ['A3', 'C#4', 'E4', 'B4'],
    ],
    chordSeconds: 5,
    pad: 'sine',
    padCutoff: 2200,
    texture: 'pink',
    textureLevel: 0.025,
    textureCutoff: 1200,
    hum: 0,
    sparkle: ['F#5', 'A5', 'B5', 'D6', 'E6'],
    sparkleSeconds: 1.3,
    ticking: false,
    surface: 'stone',
  },
};

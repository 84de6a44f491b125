// After the cycle breaks: the sunrise, the four friends together, their vow to protect natural sleep, and the
// credits. The words are the story's (shared/seeds/000): four friends who come out of the dream and promise to keep
// the quiet hours. The scene is a small rooftop level in the sunrise palette, drawn and never played.
import type { FriendName, Level } from '../core/schema';
import { FORMAT_VERSION } from '../core/schema';
import { checkText } from './level-source';

export interface EpilogueLine {
  /** A friend speaking, or null for the narration. */
  speaker: FriendName | null;
  text: string;
}

/** The pages of the epilogue, one after another. */
export interface EpiloguePage {
  heading: string;
  lines: EpilogueLine[];
}

export const EPILOGUE: readonly EpiloguePage[] = [
  {
    heading: 'Sunrise',
    lines: [
      {
        speaker: null,
        text: 'The loop let go of him like a fever breaking. Leo opened his eyes on Ava’s couch, four headsets on the floor, and the window over the city was turning gold.',
      },
      {
        speaker: null,
        text: 'Nobody said anything for a while. They climbed to the roof and watched the sun come up.',
      },
    ],
  },
  {
    heading: 'Together',
    lines: [
      {
        speaker: 'leo',
        text: 'I kept trying to download a faster version of me. In there I finally met the one who was tired.',
      },
      {
        speaker: 'ava',
        text: 'I wrote a dream that never let anyone rest. The next thing I write will let people wake.',
      },
      {
        speaker: 'mia',
        text: 'I built a bridge to bring you back. I want my art to walk people home, not away from it.',
      },
      {
        speaker: 'noah',
        text: 'My data said sleep could be replaced. It never measured this: four of us, and a morning.',
      },
    ],
  },
  {
    heading: 'The vow',
    lines: [
      {
        speaker: null,
        text: 'We will guard the quiet hours. We will sleep when the night asks us to, and dream what is our own. We will build nothing that takes rest away from anyone. And when one of us is lost in a loop, the others will come in after them.',
      },
    ],
  },
];

export const CREDITS: readonly { role: string; names: string }[] = [
  { role: 'A game by', names: 'the Dreamcycle team' },
  { role: 'Story', names: 'four friends in 2042, from the seed the game grew from' },
  { role: 'Engine', names: 'three.js, React Three Fiber, cannon-es' },
  { role: 'Type', names: 'Cormorant Garamond (SIL Open Font License 1.1)' },
  { role: 'Thank you', names: 'for playing. Sleep well.' },
];

/** The rooftop at dawn, open to the sky: the four friends side by side near the east edge, facing the sun. */
const SCENE = {
  formatVersion: FORMAT_VERSION,
  id: 'epilogue-sunrise',
  title: 'Sunrise',
  mood: { palette: 'sunrise', fog: 0.15 },
  grid: {
    cellSize: 1.5,
    floors: [
      {
        height: 0,
        rows: [
          '              ',
          ' ............ ',
          ' ............ ',
          ' ............ ',
          ' ............ ',
          ' ............ ',
          ' ............ ',
          '              ',
        ],
      },
    ],
  },
  spawn: { at: [9, 2] },
  friends: [
    { friend: 'mia', at: [9, 2], facing: 'east' },
    { friend: 'noah', at: [9, 3], facing: 'east' },
    { friend: 'ava', at: [9, 4], facing: 'east' },
    { friend: 'leo', at: [9, 5], facing: 'east' },
  ],
  entities: [{ id: 'exit', type: 'exit', at: [2, 2] }],
};

let scene: Level | null = null;

/** The epilogue's rooftop as a level, checked like any level file; throws if the game's own scene is broken. */
export function epilogueScene(): Level {
  if (scene) return scene;
  const checked = checkText(JSON.stringify(SCENE), 'epilogue scene');
  if (!checked.level) throw new Error(`The epilogue scene is not a valid level: ${checked.errors[0]?.message ?? '?'}`);
  scene = checked.level;
  return scene;
}

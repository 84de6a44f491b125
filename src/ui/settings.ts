// The player's settings and where they are kept between visits: a versioned record like the save (src/ui/storage.ts)
// under SETTINGS_KEY; the first version's plain object (`dreamcycle.settings.v1`) is read and carried over. A stored
// value this version cannot read is kept aside under another key (never thrown away) and the defaults are used.
//
// Adding a setting: a field in `settingsSchema` (with a default) and, to show it in the settings panel, one entry
// in SETTING_CONTROLS naming its section. The panel renders every entry; nothing else needs to change.
import { z } from 'zod';
import { asideKeyOf, browserStorage, StoredRecord, type KeyValueStorage, type RecordKind } from './storage';
import { ACTIONS, DEFAULT_BINDINGS, type Action, type Bindings } from '../input/actions';
import { VIEW } from '../core/tuning';

export const SETTINGS_KEY = 'dreamcycle.settings';
export const SETTINGS_VERSION = 2;
/** Where the first version kept its settings (a plain object); read once and carried over. */
export const SETTINGS_V1_KEY = 'dreamcycle.settings.v1';
/** Where an unreadable stored value is put aside (then `.kept-aside.2`, …). */
export const SETTINGS_ASIDE_KEY = asideKeyOf(SETTINGS_KEY, 0);

export const MOUSE_SENSITIVITY = { min: 0.1, max: 4, step: 0.05, default: 1 } as const;
export const PAD_SENSITIVITY = { min: 0.2, max: 3, step: 0.05, default: 1 } as const;
/** Radial dead zone of the sticks: a stick nearer its centre than this reads as centred. */
export const PAD_DEAD_ZONE = { min: 0, max: 0.5, step: 0.01, default: 0.15 } as const;
export const FIELD_OF_VIEW = { min: 60, max: 110, step: 1, default: 75 } as const;
export const SUBTITLE_BACKGROUND = { min: 0, max: 1, step: 0.05, default: 0.75 } as const;
export const VR_SEATED_HEIGHT = { min: 0, max: 1, step: 0.05, default: 0.45 } as const;
export const VR_VIGNETTE = { min: 0, max: 1, step: 0.05, default: 0.6 } as const;
export const VR_LOCOMOTION = ['teleport', 'smooth'] as const;
export const VOLUME = { min: 0, max: 1, step: 0.05 } as const;
/** Snap turns of 45° or 30°, or a smooth turn. */
export const VR_TURNS = ['snap-45', 'snap-30', 'smooth'] as const;

export const TEXT_SIZES = ['medium', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Root font size for each UI text size, px; no text of the game is smaller than 1rem, so none is under 16 px. */
export const UI_TEXT_PX: Readonly<Record<TextSize, number>> = { medium: 16, large: 19, larger: 22 };
export const SUBTITLE_SIZES = ['small', 'medium', 'large'] as const;
export type SubtitleSize = (typeof SUBTITLE_SIZES)[number];
/** Subtitle font size, rem of the UI text. */
export const SUBTITLE_REM: Readonly<Record<SubtitleSize, number>> = { small: 1, medium: 1.2, large: 1.5 };

/** Bindings the player changed: action → its controls (keyboard, mouse and gamepad together). */
const bindingsSchema = z.partialRecord(z.enum(ACTIONS as [Action, ...Action[]]), z.array(z.string()));

export const settingsSchema = z.object({
  // Controls & bindings
  /** Multiplies how far a pixel of mouse movement turns. */
  mouseSensitivity: z.number().min(MOUSE_SENSITIVITY.min).max(MOUSE_SENSITIVITY.max).default(MOUSE_SENSITIVITY.default),
  invertY: z.boolean().default(false),
  /** Multiplies how fast the right stick turns. */
  padSensitivity: z.number().min(PAD_SENSITIVITY.min).max(PAD_SENSITIVITY.max).default(PAD_SENSITIVITY.default),
  padInvertY: z.boolean().default(false),
  padDeadZone: z.number().min(PAD_DEAD_ZONE.min).max(PAD_DEAD_ZONE.max).default(PAD_DEAD_ZONE.default),
  /** Run is pressed once to start and once to stop, instead of held. */
  toggleRun: z.boolean().default(false),
  bindings: bindingsSchema.default({}),
  // Camera & comfort
  /** Vertical field of view, degrees. */
  fieldOfView: z.number().min(FIELD_OF_VIEW.min).max(FIELD_OF_VIEW.max).default(FIELD_OF_VIEW.default),
  /** No camera glide, bob or shake; calm effects. The view's post-processing reads it too. */
  reducedMotion: z.boolean().default(false),
  /** The camera glides to a newly chosen friend; off cuts at once. */
  switchGlide: z.boolean().default(true),
  // Text & subtitles
  subtitles: z.boolean().default(true),
  subtitleSize: z.enum(SUBTITLE_SIZES).default('medium'),
  subtitleBackground: z
    .number()
    .min(SUBTITLE_BACKGROUND.min)
    .max(SUBTITLE_BACKGROUND.max)
    .default(SUBTITLE_BACKGROUND.default),
  speakerNames: z.boolean().default(true),
  uiTextSize: z.enum(TEXT_SIZES).default('medium'),
  // VR (read by src/xr)
  /** Teleport with an arc, or walk with the left stick behind a comfort vignette. */
  vrLocomotion: z.enum(VR_LOCOMOTION).default('teleport'),
  vrTurn: z.enum(VR_TURNS).default('snap-45'),
  /** Seated play lifts the view by vrSeatedHeight metres. */
  vrSeated: z.boolean().default(false),
  vrSeatedHeight: z.number().min(VR_SEATED_HEIGHT.min).max(VR_SEATED_HEIGHT.max).default(VR_SEATED_HEIGHT.default),
  /** How far the comfort vignette closes while moving smoothly (0 = never). */
  vrVignette: z.number().min(VR_VIGNETTE.min).max(VR_VIGNETTE.max).default(VR_VIGNETTE.default),
  // Assist (src/ui/campaign-flow.ts, src/view/WayTrail.tsx): for players who are stuck; each off by default.
  /** Show the way: the solver's route to the next goal as a trail of light from where the friend stands. */
  assistShowWay: z.boolean().default(false),
  /** Doubt never drains lucidity (the engine's noLucidityLoss). */
  assistNoLucidityLoss: z.boolean().default(false),
  /** The pause menu offers to skip the puzzle: on to the next checkpoint, the chapter marked assisted. */
  assistSkipPuzzle: z.boolean().default(false),
  // Graphics and sound (read by src/view and src/audio through App)
  /** Resolution, post-processing (bloom, vignette, chromatic aberration) and detail; low is the cheapest. */
  quality: z.enum(VIEW.qualities).default('medium'),
  masterVolume: z.number().min(VOLUME.min).max(VOLUME.max).default(0.8),
  musicVolume: z.number().min(VOLUME.min).max(VOLUME.max).default(0.6),
  effectsVolume: z.number().min(VOLUME.min).max(VOLUME.max).default(0.8),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = settingsSchema.parse({});

/** The bindings in force: the defaults with the player's changes. */
export function bindingsOf(settings: Pick<Settings, 'bindings'>): Bindings {
  const out = {} as Bindings;
  for (const action of ACTIONS) out[action] = [...(settings.bindings[action] ?? DEFAULT_BINDINGS[action])];
  return out;
}

/** Only the actions whose controls differ from the defaults, to store. */
export function bindingChanges(bindings: Readonly<Bindings>): Settings['bindings'] {
  const out: Settings['bindings'] = {};
  for (const action of ACTIONS) {
    if (bindings[action].join('|') !== DEFAULT_BINDINGS[action].join('|')) out[action] = [...bindings[action]];
  }
  return out;
}

// ---- What the settings panel shows ----

export const SETTINGS_SECTIONS = [
  'Controls & bindings',
  'Camera & comfort',
  'Text & subtitles',
  'Sound',
  'Graphics',
  'Assist',
  'VR',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

type KeysOf<T> = { [K in keyof Settings]: Settings[K] extends T ? K : never }[keyof Settings];

/** One control of the settings panel. `hint` is a sentence under the label. */
export type SettingControl = { section: SettingsSection; label: string; hint?: string } & (
  | { kind: 'toggle'; key: KeysOf<boolean> }
  | { kind: 'range'; key: KeysOf<number>; min: number; max: number; step: number; format?: (v: number) => string }
  | { kind: 'choice'; key: KeysOf<string>; options: readonly { value: string; label: string }[] }
);

const times = (v: number) => `${v.toFixed(2)}×`;
const percent = (v: number) => `${Math.round(v * 100)} %`;
const choices = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));

/** Every setting the panel shows, in order within its section. Helpers add their line here. */
export const SETTING_CONTROLS: SettingControl[] = [
  {
    section: 'Controls & bindings',
    kind: 'range',
    key: 'mouseSensitivity',
    label: 'Mouse sensitivity',
    ...MOUSE_SENSITIVITY,
    format: times,
  },
  { section: 'Controls & bindings', kind: 'toggle', key: 'invertY', label: 'Invert mouse Y' },
  {
    section: 'Controls & bindings',
    kind: 'range',
    key: 'padSensitivity',
    label: 'Gamepad look sensitivity',
    ...PAD_SENSITIVITY,
    format: times,
  },
  { section: 'Controls & bindings', kind: 'toggle', key: 'padInvertY', label: 'Invert gamepad Y' },
  {
    section: 'Controls & bindings',
    kind: 'range',
    key: 'padDeadZone',
    label: 'Stick dead zone',
    hint: 'A stick pushed less than this from its centre does nothing.',
    ...PAD_DEAD_ZONE,
    format: percent,
  },
  {
    section: 'Controls & bindings',
    kind: 'toggle',
    key: 'toggleRun',
    label: 'Toggle run',
    hint: 'Press run once to start running and again to walk; no holding.',
  },
  {
    section: 'Camera & comfort',
    kind: 'range',
    key: 'fieldOfView',
    label: 'Field of view',
    ...FIELD_OF_VIEW,
    format: (v) => `${v}°`,
  },
  {
    section: 'Camera & comfort',
    kind: 'toggle',
    key: 'reducedMotion',
    label: 'Reduced motion',
    hint: 'No camera glide, bob or shake; calmer effects.',
  },
  { section: 'Camera & comfort', kind: 'toggle', key: 'switchGlide', label: 'Camera glides to the chosen friend' },
  { section: 'Text & subtitles', kind: 'toggle', key: 'subtitles', label: 'Subtitles' },
  {
    section: 'Text & subtitles',
    kind: 'choice',
    key: 'subtitleSize',
    label: 'Subtitle size',
    options: choices(SUBTITLE_SIZES),
  },
  {
    section: 'Text & subtitles',
    kind: 'range',
    key: 'subtitleBackground',
    label: 'Subtitle background',
    ...SUBTITLE_BACKGROUND,
    format: percent,
  },
  { section: 'Text & subtitles', kind: 'toggle', key: 'speakerNames', label: 'Speaker names in subtitles' },
  { section: 'Text & subtitles', kind: 'choice', key: 'uiTextSize', label: 'Text size', options: choices(TEXT_SIZES) },
  {
    section: 'Graphics',
    kind: 'choice',
    key: 'quality',
    label: 'Quality',
    hint: 'Low: lower resolution, no effects. High: full resolution, bloom, vignette and colour fringes.',
    options: choices(VIEW.qualities),
  },
  { section: 'Sound', kind: 'range', key: 'masterVolume', label: 'Master volume', ...VOLUME, format: percent },
  { section: 'Sound', kind: 'range', key: 'musicVolume', label: 'Music and ambience', ...VOLUME, format: percent },
  { section: 'Sound', kind: 'range', key: 'effectsVolume', label: 'Effects', ...VOLUME, format: percent },
  {
    section: 'Assist',
    kind: 'toggle',
    key: 'assistShowWay',
    label: 'Show the way',
    hint: 'A trail of light from the friend you play to the next goal, planned afresh from where everyone stands.',
  },
  {
    section: 'Assist',
    kind: 'toggle',
    key: 'assistNoLucidityLoss',
    label: 'No lucidity loss',
    hint: 'Doubt never drains lucidity. Falling into the void still wakes the friend at the checkpoint.',
  },
  {
    section: 'Assist',
    kind: 'toggle',
    key: 'assistSkipPuzzle',
    label: 'Skip this puzzle',
    hint: 'The pause menu offers to move the party on to the next checkpoint. The chapter is marked "assisted".',
  },
  {
    section: 'VR',
    kind: 'choice',
    key: 'vrLocomotion',
    label: 'Moving',
    hint: 'Teleport with an arc (right stick forward), or walk with the left stick.',
    options: [
      { value: 'teleport', label: 'Teleport' },
      { value: 'smooth', label: 'Smooth (left stick)' },
    ],
  },
  {
    section: 'VR',
    kind: 'choice',
    key: 'vrTurn',
    label: 'Turning',
    options: [
      { value: 'snap-45', label: 'Snap 45°' },
      { value: 'snap-30', label: 'Snap 30°' },
      { value: 'smooth', label: 'Smooth' },
    ],
  },
  { section: 'VR', kind: 'toggle', key: 'vrSeated', label: 'Seated play' },
  {
    section: 'VR',
    kind: 'range',
    key: 'vrSeatedHeight',
    label: 'Seated height lift',
    ...VR_SEATED_HEIGHT,
    format: (v) => `${v.toFixed(2)} m`,
  },
  {
    section: 'VR',
    kind: 'range',
    key: 'vrVignette',
    label: 'Comfort vignette',
    hint: 'How far the view narrows while moving smoothly.',
    ...VR_VIGNETTE,
    format: percent,
  },
];

// ---- Where settings are kept ----

/** The part of localStorage settings need; tests hand in a Map-backed one. */
export type SettingsStorage = KeyValueStorage;
export { browserStorage };

/** The settings record: version 1 was the bare object under SETTINGS_V1_KEY; version 2 adds fields with defaults. */
export const SETTINGS_RECORD: RecordKind<Settings> = {
  key: SETTINGS_KEY,
  kind: 'settings',
  version: SETTINGS_VERSION,
  schema: settingsSchema as z.ZodType<Settings>,
  // Version 1's fields keep their names and meaning; the new ones take their defaults from the schema.
  migrations: { 1: (data) => data },
  fallback: () => structuredClone(DEFAULT_SETTINGS) as Settings,
};

const V1_RECORD: RecordKind<Settings> = { ...SETTINGS_RECORD, key: SETTINGS_V1_KEY, bareVersion: 1 };

/** One record per storage, so a record that could not be kept aside stays blocked for the whole visit. */
const records = new WeakMap<KeyValueStorage, StoredRecord<Settings>>();

function recordIn(storage: KeyValueStorage): StoredRecord<Settings> {
  let record = records.get(storage);
  if (!record) records.set(storage, (record = new StoredRecord(storage, SETTINGS_RECORD, 'Your saved settings')));
  return record;
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when a stored value could not be read: what happened, for the pause menu to say. */
  problem?: string;
}

function has(storage: KeyValueStorage, key: string): boolean {
  try {
    return storage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export function loadSettings(storage: SettingsStorage | null): LoadedSettings {
  if (!storage) return { settings: SETTINGS_RECORD.fallback() };
  if (!has(storage, SETTINGS_KEY) && has(storage, SETTINGS_V1_KEY)) {
    // The first visit of this version: carry the first version's settings over (its key is left as it was).
    const old = new StoredRecord(storage, V1_RECORD, 'Your saved settings').load();
    if (old.source === 'stored') recordIn(storage).save(old.value);
    return old.problem ? { settings: old.value, problem: old.problem } : { settings: old.value };
  }
  const loaded = recordIn(storage).load();
  return loaded.problem ? { settings: loaded.value, problem: loaded.problem } : { settings: loaded.value };
}

export function saveSettings(storage: SettingsStorage | null, settings: Settings): void {
  // Storage full or forbidden: the settings still apply for this visit.
  if (storage) recordIn(storage).save(settings);
}

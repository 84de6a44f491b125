// The player's settings and where they are kept between visits. A stored value this version cannot read is put
// aside under another key (never thrown away: a newer version or a person may still want it) and the defaults
// are used.
import { z } from 'zod';

export const SETTINGS_KEY = 'dreamcycle.settings.v1';
/** Where an unreadable stored value is put aside. */
export const SETTINGS_ASIDE_KEY = `${SETTINGS_KEY}.unreadable`;

export const MOUSE_SENSITIVITY = { min: 0.1, max: 4, step: 0.05, default: 1 } as const;

export const settingsSchema = z.object({
  /** Multiplies how far a pixel of mouse movement turns. */
  mouseSensitivity: z.number().min(MOUSE_SENSITIVITY.min).max(MOUSE_SENSITIVITY.max).default(MOUSE_SENSITIVITY.default),
  invertY: z.boolean().default(false),
  /** The camera glides to a newly chosen friend; off cuts at once. */
  switchGlide: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = settingsSchema.parse({});

/** The part of localStorage settings need; tests hand in a Map-backed one. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage, or nothing when the browser forbids it (private windows, blocked storage). */
export function browserStorage(): SettingsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when a stored value could not be read: what happened, for the pause menu to say. */
  problem?: string;
}

export function loadSettings(storage: SettingsStorage | null): LoadedSettings {
  if (!storage) return { settings: { ...DEFAULT_SETTINGS } };
  let raw: string | null;
  try {
    raw = storage.getItem(SETTINGS_KEY);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS } };
  }
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS } };
  let reason: string;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { settings: parsed.data };
    const issue = parsed.error.issues[0];
    reason = `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'not valid'}`;
  } catch (e) {
    reason = `not JSON (${(e as Error).message})`;
  }
  const aside = putAside(storage, raw);
  return {
    settings: { ...DEFAULT_SETTINGS },
    problem: `Saved settings could not be read (${reason}); defaults are used. The old value is kept in localStorage under "${aside}".`,
  };
}

export function saveSettings(storage: SettingsStorage | null, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or forbidden: the settings still apply for this visit.
  }
}

/** Keeps an unreadable value under the aside key, or a numbered one when an earlier different value is there. */
function putAside(storage: SettingsStorage, raw: string): string {
  try {
    for (let n = 0; n < 100; n++) {
      const key = n === 0 ? SETTINGS_ASIDE_KEY : `${SETTINGS_ASIDE_KEY}.${n}`;
      const there = storage.getItem(key);
      if (there === null || there === raw) {
        storage.setItem(key, raw);
        return key;
      }
    }
  } catch {
    // Nowhere to keep it; it stays under the settings key, which is not overwritten until the player saves.
  }
  return SETTINGS_KEY;
}

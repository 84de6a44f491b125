// The player's settings survive a visit, are versioned like the save, carry over from the first version, and a
// stored value we cannot read is kept, not lost.
import { describe, expect, it } from 'vitest';
import {
  bindingChanges,
  bindingsOf,
  DEFAULT_SETTINGS,
  SETTING_CONTROLS,
  SETTINGS_ASIDE_KEY,
  SETTINGS_KEY,
  SETTINGS_SECTIONS,
  SETTINGS_V1_KEY,
  settingsSchema,
  type SettingsStorage,
} from '../../src/ui/settings';
import { bind, DEFAULT_BINDINGS } from '../../src/input/actions';
import { createGameStore, glideSeconds } from '../../src/ui/store';
import { CAMERA } from '../../src/core/tuning';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const stored = (storage: { data: Map<string, string> }) =>
  JSON.parse(storage.data.get(SETTINGS_KEY)!) as { version: number; data: Record<string, unknown> };

describe('settings', () => {
  it('a first visit uses the defaults: subtitles on, hold to run, camera glide on, motion not reduced', () => {
    const store = createGameStore(memoryStorage());
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().settings).toMatchObject({
      mouseSensitivity: 1,
      invertY: false,
      switchGlide: true,
      subtitles: true,
      speakerNames: true,
      toggleRun: false,
      reducedMotion: false,
      bindings: {},
    });
  });

  it('changed settings are there on the next visit, in a versioned record', () => {
    const storage = memoryStorage();
    createGameStore(storage).getState().changeSettings({ mouseSensitivity: 1.5, invertY: true, subtitleSize: 'large' });
    expect(stored(storage).version).toBe(2);
    const next = createGameStore(storage);
    expect(next.getState().settings).toMatchObject({ mouseSensitivity: 1.5, invertY: true, subtitleSize: 'large' });
  });

  it("the first version's settings are carried over and its key is left as it was", () => {
    const v1 = '{"mouseSensitivity": 0.5, "invertY": true, "switchGlide": false}';
    const storage = memoryStorage({ [SETTINGS_V1_KEY]: v1 });
    const store = createGameStore(storage);
    expect(store.getState().settings).toEqual({
      ...DEFAULT_SETTINGS,
      mouseSensitivity: 0.5,
      invertY: true,
      switchGlide: false,
    });
    expect(store.getState().settingsProblem).toBeNull();
    expect(stored(storage).data).toMatchObject({ mouseSensitivity: 0.5, invertY: true, subtitles: true });
    expect(storage.data.get(SETTINGS_V1_KEY)).toBe(v1);
  });

  it('a corrupt stored value is kept aside under another key and the defaults are used', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{"mouseSensitivity": 1.5, "invertY": tru' });
    const store = createGameStore(storage);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(storage.data.get(SETTINGS_ASIDE_KEY)).toBe('{"mouseSensitivity": 1.5, "invertY": tru');
    expect(store.getState().settingsProblem).toContain(SETTINGS_ASIDE_KEY);

    // Saving new settings does not touch what was put aside.
    store.getState().changeSettings({ invertY: true });
    expect(storage.data.get(SETTINGS_ASIDE_KEY)).toBe('{"mouseSensitivity": 1.5, "invertY": tru');
    expect(stored(storage).data).toMatchObject({ invertY: true });
  });

  it('settings from a newer version are kept aside, not overwritten', () => {
    const newer = JSON.stringify({ game: 'dreamcycle', kind: 'settings', version: 9, data: { warp: true } });
    const storage = memoryStorage({ [SETTINGS_KEY]: newer });
    const store = createGameStore(storage);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().settingsProblem).toMatch(/newer version/);
    expect(storage.data.get(SETTINGS_ASIDE_KEY)).toBe(newer);
  });

  it('a value of the wrong shape is kept aside too, without overwriting an earlier one', () => {
    const wrong = JSON.stringify({
      game: 'dreamcycle',
      kind: 'settings',
      version: 2,
      data: { mouseSensitivity: 'fast' },
    });
    const storage = memoryStorage({ [SETTINGS_KEY]: wrong, [SETTINGS_ASIDE_KEY]: 'an older unreadable value' });
    const store = createGameStore(storage);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(storage.data.get(SETTINGS_ASIDE_KEY)).toBe('an older unreadable value');
    expect([...storage.data.values()]).toContain(wrong);
    expect(store.getState().settingsProblem).toContain('mouseSensitivity');
  });

  it('a browser that forbids storage still plays with the settings of this visit', () => {
    const storage: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createGameStore(storage);
    store.getState().changeSettings({ invertY: true });
    expect(store.getState().settings.invertY).toBe(true);
  });

  it('rebound keys are saved as changes only and come back as the full bindings', () => {
    const storage = memoryStorage();
    const bindings = bind(DEFAULT_BINDINGS, 'jump', 'KeyJ', 0);
    createGameStore(storage)
      .getState()
      .changeSettings({ bindings: bindingChanges(bindings) });
    expect(stored(storage).data.bindings).toEqual({ jump: ['KeyJ', 'PadA'] });
    const back = bindingsOf(createGameStore(storage).getState().settings);
    expect(back.jump).toEqual(['KeyJ', 'PadA']);
    expect(back.forward).toEqual(DEFAULT_BINDINGS.forward);
  });

  it('reduced motion takes the camera glide away even when glide is on', () => {
    expect(glideSeconds({ ...DEFAULT_SETTINGS })).toBe(CAMERA.switchGlide);
    expect(glideSeconds({ ...DEFAULT_SETTINGS, reducedMotion: true })).toBe(0);
    expect(glideSeconds({ ...DEFAULT_SETTINGS, switchGlide: false })).toBe(0);
  });

  it('every control of the settings panel names a real setting and a known section', () => {
    const fields = Object.keys(settingsSchema.shape);
    for (const control of SETTING_CONTROLS) {
      expect(fields, control.label).toContain(control.key);
      expect(SETTINGS_SECTIONS).toContain(control.section);
    }
  });
});

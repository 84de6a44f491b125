// The player's settings survive a visit, and a stored value we cannot read is kept, not lost.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_ASIDE_KEY, SETTINGS_KEY, type SettingsStorage } from '../../src/ui/settings';
import { createGameStore } from '../../src/ui/store';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('settings', () => {
  it('a first visit uses the defaults', () => {
    const store = createGameStore(memoryStorage());
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().settings).toEqual({ mouseSensitivity: 1, invertY: false, switchGlide: true });
  });

  it('changed settings are there on the next visit', () => {
    const storage = memoryStorage();
    createGameStore(storage).getState().changeSettings({ mouseSensitivity: 1.5, invertY: true, switchGlide: false });
    const next = createGameStore(storage);
    expect(next.getState().settings).toEqual({ mouseSensitivity: 1.5, invertY: true, switchGlide: false });
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
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!)).toMatchObject({ invertY: true });
  });

  it('a value of the wrong shape is kept aside too, without overwriting an earlier one', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: '{"mouseSensitivity": "fast"}',
      [SETTINGS_ASIDE_KEY]: 'an older unreadable value',
    });
    const store = createGameStore(storage);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(storage.data.get(SETTINGS_ASIDE_KEY)).toBe('an older unreadable value');
    expect(storage.data.get(`${SETTINGS_ASIDE_KEY}.1`)).toBe('{"mouseSensitivity": "fast"}');
  });

  it('settings saved by an older version with fewer fields keep what they had', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{"mouseSensitivity": 0.5}' });
    expect(createGameStore(storage).getState().settings).toEqual({ ...DEFAULT_SETTINGS, mouseSensitivity: 0.5 });
    expect(storage.data.has(SETTINGS_ASIDE_KEY)).toBe(false);
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
});

// Getting into VR: the reason a player reads when the button is not there, the words in the world, and the
// controller profiles the game serves itself.
import { describe, expect, it } from 'vitest';
import { checkXrSupport } from '../../src/xr/boot';
import { fontSafe, wristFriends, wristStatus, worldPanelText } from '../../src/xr/xr-text';
import { profileFile, XR_PROFILES } from '../../tools/vite-xr';
import { engineFor, hold, makeLevel } from '../helpers';

describe('whether VR can be entered', () => {
  it('says why not: no WebXR on a plain http page, no WebXR at all, no headset, or an error', async () => {
    expect(await checkXrSupport({}, false)).toMatchObject({
      supported: false,
      reason: expect.stringMatching(/https.*dev:xr/),
    });
    expect(await checkXrSupport({}, true)).toMatchObject({
      supported: false,
      reason: expect.stringMatching(/no WebXR/),
    });
    const none = { xr: { isSessionSupported: async () => false } };
    expect((await checkXrSupport(none, true)).reason).toMatch(/no VR headset/);
    const broken = { xr: { isSessionSupported: () => Promise.reject(new Error('blocked by policy')) } };
    expect((await checkXrSupport(broken, true)).reason).toMatch(/blocked by policy/);
  });

  it('is offered where the browser supports immersive-vr', async () => {
    const quest = { xr: { isSessionSupported: async (mode: string) => mode === 'immersive-vr' } };
    expect(await checkXrSupport(quest, true)).toEqual({ supported: true, reason: '' });
  });
});

describe('text in the world', () => {
  const level = makeLevel(['######', '#....#', '######'], {
    friends: [
      { friend: 'mia', at: [1, 1] },
      { friend: 'ava', at: [3, 1] },
    ],
  });

  it('the wrist panel names the active friend, its skill and lucidity, and lists all four friends', () => {
    const engine = engineFor(level);
    hold(engine, 2);
    expect(wristStatus(engine)).toMatch(/^Mia — bridge\nready/);
    expect(wristStatus(engine)).toMatch(/Lucidity 100$/);
    const rows = wristFriends(engine).split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^> 1 {2}Mia$/);
    expect(rows[1]).toMatch(/Noah \(not here\)/);
    expect(rows[2]).toMatch(/^ {3}3 {2}Ava$/);
  });

  it('the panel in front shows the pause menu, prompts, subtitles and why a teleport cannot land', () => {
    expect(worldPanelText({ phase: 'paused', prompt: null, subtitle: null, toasts: [], arcReason: '' })).toMatch(
      /Y — resume\nB — leave VR/,
    );
    const playing = worldPanelText({
      phase: 'playing',
      prompt: { action: 'skill', verb: 'reprogram node' },
      subtitle: { speaker: 'Memory fragment', text: 'The lab smelled of rain.', kind: 'fragment' },
      toasts: [{ text: 'Checkpoint reached', until: 9 }],
      arcReason: 'something solid is in the way',
    });
    expect(playing.split('\n')).toEqual([
      'Memory fragment: The lab smelled of rain.',
      'Trigger — reprogram node',
      'Checkpoint reached',
      'Teleport: something solid is in the way',
    ]);
    expect(worldPanelText({ phase: 'playing', prompt: null, subtitle: null, toasts: [], arcReason: '' })).toBe('');
  });

  it('characters the font lacks are shown as "?" rather than fetched from the network', () => {
    expect(fontSafe('Leo’s “dream” — café…')).toBe('Leo’s “dream” — café…');
    expect(fontSafe('夢 ▶ 🌙')).toBe('? ? ??');
  });
});

describe('controller profiles served by the game', () => {
  it('serves the Quest controllers, hands and the generic fallback, and nothing outside them', () => {
    expect(XR_PROFILES).toEqual(['meta-quest-touch-plus', 'generic-hand', 'generic-trigger-squeeze-thumbstick']);
    expect(profileFile('profilesList.json')).toMatch(/profiles[/\\]profilesList\.json$/);
    expect(profileFile('meta-quest-touch-plus/profile.json')).toMatch(/meta-quest-touch-plus[/\\]profile\.json$/);
    expect(profileFile('htc-vive/profile.json')).toBeNull();
    expect(profileFile('../../package.json')).toBeNull();
    expect(profileFile('meta-quest-touch-plus/%2e%2e/%2e%2e/x')).toBeNull();
  });
});

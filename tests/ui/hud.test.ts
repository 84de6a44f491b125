// What a player reads on the HUD: who is played, the skill and its key, the prompt, subtitles and toasts.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { HUD_TIMING, HudFeed, subtitleSeconds } from '../../src/ui/hud-feed';
import { hintKey, hintParts } from '../../src/ui/hint-key';
import { DEFAULT_BINDINGS } from '../../src/input/actions';
import { idleInput } from '../../src/engine/tick-input';
import { EngineHud } from '../../src/ui/Hud';
import { ProblemsPanel, StartScreen } from '../../src/ui/Overlays';
import { loadLevel } from '../../src/ui/level-source';

describe('the HUD feed', () => {
  it('shows a fragment, then each dialogue line in turn, each long enough to read', () => {
    const feed = new HudFeed();
    feed.take({ type: 'fragment', id: 'f1', title: 'The first night', text: 'Leo could not sleep.' }, 0);
    feed.take(
      {
        type: 'dialogue',
        id: 'd1',
        lines: [
          { speaker: 'Ava', text: 'Leo?' },
          { speaker: 'Mia', text: 'The bridge holds.' },
        ],
      },
      0,
    );
    expect(feed.subtitle(0)).toMatchObject({
      speaker: 'The first night',
      text: 'Leo could not sleep.',
      kind: 'fragment',
    });
    const first = subtitleSeconds('Leo could not sleep.');
    expect(first).toBeGreaterThan(HUD_TIMING.subtitleBaseSeconds);
    expect(feed.subtitle(first - 0.1)?.text).toBe('Leo could not sleep.');
    expect(feed.subtitle(first + 0.01)).toMatchObject({ speaker: 'Ava', text: 'Leo?' });
    const t = first + 0.01 + subtitleSeconds('Leo?') + 0.01;
    expect(feed.subtitle(t)).toMatchObject({ speaker: 'Mia' });
    expect(feed.subtitle(t + 60)).toBeNull();
  });

  it('a respawn and a checkpoint show as short toasts that go away', () => {
    const feed = new HudFeed();
    feed.take({ type: 'respawn', friend: 'noah', cause: 'void' }, 10);
    feed.take({ type: 'checkpoint', id: 'cp' }, 10);
    expect(feed.activeToasts(10.5).map((t) => t.text)).toEqual([
      'Noah fell into the void and woke at the checkpoint',
      'Checkpoint reached',
    ]);
    expect(feed.activeToasts(10 + HUD_TIMING.toastSeconds + 0.01)).toEqual([]);
  });

  it('the diagnose readout lists what was found, nearest first', () => {
    const feed = new HudFeed();
    feed.take(
      {
        type: 'diagnose',
        found: [
          { id: 'p', type: 'hidden-platform', distance: 7.94 },
          { id: 'w', type: 'false-wall', distance: 4.2 },
        ],
      },
      0,
    );
    expect(feed.readout(1)?.found.map((f) => f.id)).toEqual(['w', 'p']);
    expect(feed.readout(HUD_TIMING.diagnoseSeconds + 1)).toBeNull();
  });
});

const level = JSON.stringify({
  formatVersion: FORMAT_VERSION,
  id: 'hud',
  title: 'The HUD room',
  grid: { floors: [{ height: 0, rows: ['######', '#....#', '######'] }] },
  spawn: { at: [1, 1] },
  friends: [
    { friend: 'mia', at: [1, 1], facing: 'east' },
    { friend: 'ava', at: [2, 1], facing: 'east' },
  ],
  entities: [{ id: 'exit', type: 'exit', at: [4, 1] }],
});

describe('the HUD on screen', () => {
  it('marks the friend played by a frame, a pointer and aria-current, and names the skill with its key', () => {
    const engine = loadLevel(level, 'levels/hud.json')!;
    engine.switchTo(1);
    const html = renderToStaticMarkup(createElement(EngineHud, { engine }));
    // All four friends in their own order (Mia, Noah, Ava, Leo), whoever is in the level.
    const portraits = html.match(/<li class="hud-friend[^"]*"[^>]*>/g) ?? [];
    expect(portraits).toHaveLength(4);
    expect(portraits[0]).not.toContain('aria-current');
    expect(portraits[2]).toContain('hud-friend-active');
    expect(portraits[2]).toContain('aria-current="true"');
    // Not colour alone: the played friend has the pointer glyph the others lack.
    expect(html.match(/hud-friend-pointer/g)).toHaveLength(1);
    expect(html).toContain('Reprogram');
    expect(html).toContain('<kbd>Click</kbd>');
    expect(html).toContain('Lucidity');
  });

  it('a friend not in the level is greyed "not here yet" with their own key, and asking for them says so', () => {
    const engine = loadLevel(level, 'levels/hud.json')!;
    const html = renderToStaticMarkup(createElement(EngineHud, { engine }));
    const portraits = html.match(/<li class="hud-friend[^"]*"[^>]*>[\s\S]*?<\/li>/g) ?? [];
    const noah = portraits[1]!;
    const leo = portraits[3]!;
    expect(noah).toContain('hud-friend-away');
    expect(noah).toContain('not here yet');
    expect(noah).toContain('>2<');
    expect(leo).toContain('not here yet');
    expect(leo).toContain('>4<');
    expect(portraits[0]).not.toContain('not here yet');

    const feed = new HudFeed();
    feed.take({ type: 'switch-refused', friend: 'leo' }, 0);
    expect(feed.activeToasts(0).map((t) => t.text)).toEqual(['Leo is not here yet']);
  });

  it('a hint shows its text with the key bound to its action, and goes away when done', () => {
    const feed = new HudFeed();
    feed.take({ type: 'hint', id: 'h-jump', action: 'jump', text: 'Press {key} to jump the crack' }, 0);
    const hint = feed.hint()!;
    expect(hint.text).toBe('Press {key} to jump the crack');
    const keys = { ...DEFAULT_BINDINGS, jump: ['KeyJ'] };
    const parts = hintParts(hint.text);
    expect(`${parts[0]}${hintKey(hint.action, keys, 'keys')}${parts[1]}`).toBe('Press J to jump the crack');
    expect(hintKey('move', DEFAULT_BINDINGS, 'keys')).toBe('WASD');
    expect(hintKey('move', DEFAULT_BINDINGS, 'gamepad')).toBe('Left stick');
    expect(hintKey('look', DEFAULT_BINDINGS, 'keys')).toBe('Mouse or IJKL');
    feed.take({ type: 'hint-done', id: 'other', done: true }, 1);
    expect(feed.hint()).not.toBeNull();
    feed.take({ type: 'hint-done', id: 'h-jump', done: true }, 1);
    expect(feed.hint()).toBeNull();
  });

  it('the "read fragment" prompt goes away once the fragment is read', () => {
    const text = JSON.stringify({
      formatVersion: FORMAT_VERSION,
      id: 'read',
      title: 'Read',
      grid: { floors: [{ height: 0, rows: ['######', '#....#', '######'] }] },
      spawn: { at: [1, 1] },
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'memory', type: 'fragment', at: [2, 1], text: 'The night light hummed.' },
        { id: 'exit', type: 'exit', at: [4, 1] },
      ],
    });
    const engine = loadLevel(text, 'levels/read.json')!;
    expect(engine.prompt()?.action).toBe('interact');
    const before = renderToStaticMarkup(createElement(EngineHud, { engine }));
    expect(before).toContain('read fragment');
    engine.step({ ...idleInput(), interact: true });
    expect(engine.entities.read.has('memory')).toBe(true);
    const after = renderToStaticMarkup(createElement(EngineHud, { engine }));
    expect(after).not.toContain('read fragment');
  });

  it('speaker names in subtitles are written the way the HUD writes them', () => {
    const feed = new HudFeed();
    feed.take(
      {
        type: 'dialogue',
        id: 'd',
        lines: [
          { speaker: 'mia', text: 'Hold on.' },
          { speaker: 'The night light', text: 'Hmm.' },
        ],
      },
      0,
    );
    expect(feed.subtitle(0)?.speaker).toBe('Mia');
    expect(feed.subtitle(60)?.speaker).toBe('The night light');
  });

  it('the start screen says "Play" (no mouse word: a gamepad or a key plays it too) and lists the controls', () => {
    const html = renderToStaticMarkup(createElement(StartScreen, {}));
    expect(html).toContain('>Play</button>');
    expect(html).not.toContain('Click to play');
    expect(html).toContain('WASD');
    expect(html).toContain('Tab / Q');
  });

  it('the error panel gives file, line, column, path and message of every problem', () => {
    const html = renderToStaticMarkup(
      createElement(ProblemsPanel, {
        problems: {
          file: 'levels/x.json',
          running: true,
          problems: [
            {
              file: 'levels/x.json',
              line: 12,
              column: 7,
              path: 'entities[3].controls[0]',
              message: 'no entity "door-9"',
              hint: 'did you mean "door-1"?',
            },
            { file: 'levels/x.json', line: 3, column: 1, path: 'title', message: 'must not be empty' },
          ],
        },
      }),
    );
    expect(html).toContain('levels/x.json:12:7');
    expect(html).toContain('entities[3].controls[0]');
    expect(html).toContain('no entity &quot;door-9&quot;');
    expect(html).toContain('did you mean');
    expect(html).toContain('levels/x.json:3:1');
    expect(html).toContain('2 problems');
    expect(html).toContain('Back to the game');
  });
});

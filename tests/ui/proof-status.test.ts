// The proof's status line a designer sees after dropping or saving a level: "proving…", then "beatable" with the
// bot's steps and game time, or no line at all when the panel says why the level is not proven.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProofStatus, proofLine, PROOF_STATUS_TIMING } from '../../src/ui/proof-status';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures', `${name}.json`), 'utf8');

describe('the proof status line', () => {
  afterEach(() => vi.useRealTimers());

  it('names the level by its title and file, and says what the bot did', () => {
    const status = createProofStatus();
    const id = status.getState().proving('my-roofs.json', 'Neon <b>Rooftops</b>');
    expect(proofLine(status.getState().status!)).toBe(
      'Proving “Neon <b>Rooftops</b>” (my-roofs.json): the bot is playing the solver’s route…',
    );
    status.getState().proved(id, { steps: 14, gameSeconds: 52.25 });
    expect(proofLine(status.getState().status!)).toBe(
      '“Neon <b>Rooftops</b>” (my-roofs.json) is beatable — the bot reached the exit in 14 steps / 52.3 s of game time',
    );
  });

  it('says the file once when the level has no title of its own, and "1 step"', () => {
    const status = createProofStatus();
    const id = status.getState().proving('a.json', 'a.json');
    status.getState().proved(id, { steps: 1, gameSeconds: 2 });
    expect(proofLine(status.getState().status!)).toBe(
      'a.json is beatable — the bot reached the exit in 1 step / 2.0 s of game time',
    );
  });

  it('shows "beatable" for a while, then nothing', () => {
    vi.useFakeTimers();
    const status = createProofStatus();
    const id = status.getState().proving('a.json', 'A');
    status.getState().proved(id, { steps: 3, gameSeconds: 9 });
    vi.advanceTimersByTime(PROOF_STATUS_TIMING.beatableSeconds * 1000 - 1);
    expect(status.getState().status?.kind).toBe('beatable');
    vi.advanceTimersByTime(2);
    expect(status.getState().status).toBeNull();
  });

  it('an older proof never overwrites a newer one, nor hides its line', () => {
    vi.useFakeTimers();
    const status = createProofStatus();
    const old = status.getState().proving('a.json', 'A');
    status.getState().proved(old, { steps: 3, gameSeconds: 9 });
    const newer = status.getState().proving('a.json', 'A, saved');
    status.getState().proved(old, { steps: 3, gameSeconds: 9 });
    status.getState().failed(old);
    expect(status.getState().status).toMatchObject({ kind: 'proving', id: newer, title: 'A, saved' });
    vi.advanceTimersByTime(PROOF_STATUS_TIMING.beatableSeconds * 2000);
    expect(status.getState().status?.kind).toBe('proving');
    status.getState().failed(newer);
    expect(status.getState().status).toBeNull();
  });
});

describe('proving a dropped level sets the line', () => {
  it('"beatable" with the steps the bot played for a level it beats, and no panel', async () => {
    const { createGameStore } = await import('../../src/ui/store');
    const { loadLevel, proveInBackground } = await import('../../src/ui/level-source');
    const store = createGameStore(null);
    const status = createProofStatus();
    const text = fixture('levels/jump');
    expect(loadLevel(text, 'jump.json', store)).not.toBeNull();
    const proof = proveInBackground(text, 'jump.json', store, status);
    expect(status.getState().status).toMatchObject({ kind: 'proving', file: 'jump.json' });
    await proof;
    const shown = status.getState().status;
    expect(shown?.kind).toBe('beatable');
    if (shown?.kind !== 'beatable') return;
    expect(shown.steps).toBeGreaterThan(0);
    expect(shown.gameSeconds).toBeGreaterThan(0);
    expect(store.getState().problems).toBeNull();
  });

  it('no line, and the panel, for a level the solver cannot prove', async () => {
    const { createGameStore } = await import('../../src/ui/store');
    const { loadLevel, proveInBackground } = await import('../../src/ui/level-source');
    const store = createGameStore(null);
    const status = createProofStatus();
    const text = fixture('proof/shuttle-fast');
    expect(loadLevel(text, 'shuttle-fast.json', store)).not.toBeNull();
    await proveInBackground(text, 'shuttle-fast.json', store, status);
    expect(status.getState().status).toBeNull();
    expect(JSON.stringify(store.getState().problems)).toMatch(/not proven/);
  });
});

describe('where a designer reads the line', () => {
  it('the line on screen is text (the title is never markup) hidden from screen readers, who hear one polite region', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { ProofAnnouncerView, ProofLineView } = await import('../../src/ui/ProofStatus');
    const status = createProofStatus();
    const id = status.getState().proving('my-roofs.json', 'Roofs <b>at night</b>');
    const proving = status.getState().status!;
    expect(renderToStaticMarkup(createElement(ProofLineView, { status: proving, place: 'menu' }))).toBe(
      '<p class="hud-proof hud-proof-proving hud-proof-menu" aria-hidden="true"><span class="hud-proof-mark">◌</span> ' +
        'Proving “Roofs &lt;b&gt;at night&lt;/b&gt;” (my-roofs.json): the bot is playing the solver’s route…</p>',
    );
    expect(renderToStaticMarkup(createElement(ProofAnnouncerView, { status: proving }))).toBe(
      '<div class="visually-hidden proof-announcer" role="status" aria-live="polite">' +
        'Proving “Roofs &lt;b&gt;at night&lt;/b&gt;” (my-roofs.json): the bot is playing the solver’s route…</div>',
    );
    status.getState().proved(id, { steps: 7, gameSeconds: 12 });
    expect(
      renderToStaticMarkup(createElement(ProofLineView, { status: status.getState().status!, place: 'hud' })),
    ).toMatch(
      /^<p class="hud-proof hud-proof-beatable hud-proof-hud" aria-hidden="true"><span class="hud-proof-mark">✓<\/span> “Roofs/,
    );
    // With no proof the region stays, empty, so the next line is a change screen readers hear.
    expect(renderToStaticMarkup(createElement(ProofAnnouncerView, { status: null }))).toBe(
      '<div class="visually-hidden proof-announcer" role="status" aria-live="polite"></div>',
    );
  });

  it('a proof that fails heads the panel "not proven beatable", not "cannot be played": the level plays', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { ProblemsPanel } = await import('../../src/ui/Overlays');
    const problem = {
      file: 'gap.json',
      line: 12,
      column: 54,
      path: 'entities[0].at',
      message: 'the level cannot be beaten',
    };
    const unproven = renderToStaticMarkup(
      createElement(ProblemsPanel, {
        problems: { file: 'gap.json', running: true, unproven: true, problems: [problem] },
      }),
    );
    expect(unproven).toContain('gap.json is not proven beatable: 1 problem');
    expect(unproven).toContain('It is loaded and can be played');
    const broken = renderToStaticMarkup(
      createElement(ProblemsPanel, { problems: { file: 'gap.json', running: true, problems: [problem] } }),
    );
    expect(broken).toContain('gap.json cannot be played: 1 problem');
    expect(broken).toContain('The level that was loaded keeps running');
  });

  it('the store marks the problems of a failed proof as "unproven", and those of an unreadable file not', async () => {
    const { createGameStore } = await import('../../src/ui/store');
    const { loadLevel, proveInBackground } = await import('../../src/ui/level-source');
    const store = createGameStore(null);
    const text = fixture('proof/shuttle-fast');
    expect(loadLevel(text, 'shuttle-fast.json', store)).not.toBeNull();
    await proveInBackground(text, 'shuttle-fast.json', store, createProofStatus());
    expect(store.getState().problems?.unproven).toBe(true);
    expect(loadLevel('{ "title": ', 'broken.json', store)).toBeNull();
    expect(store.getState().problems).toMatchObject({ file: 'broken.json', running: true });
    expect(store.getState().problems?.unproven).toBeUndefined();
  });
});

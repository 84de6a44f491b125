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

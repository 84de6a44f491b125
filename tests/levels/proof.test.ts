// "Beatable" means the bot beat it: the checker proves a level with the solver's route played in the physics, counts
// jumps in metres of the level's cells, counts doubt hazards, rides moving platforms, and says "not proven" for what
// it cannot model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proveLevelText } from '../../src/bot/prove';
import { checkLevelText, formatProblem } from '../../src/levels/check';
import { maxGapCells } from '../../src/core/reach';
import { run } from '../../tools/level/check';

const fixture = (name: string) => `tests/fixtures/${name}.json`;
const prove = (name: string, play = true) =>
  proveLevelText(readFileSync(fixture(name), 'utf8'), fixture(name), { play });
const said = (name: string, play = true) => prove(name, play).errors.map(formatProblem).join('\n');

describe('a proof the physics agrees with', () => {
  it('jumps a one-cell gap of 2 m and the bot lands it', () => {
    const r = prove('levels/jump');
    expect(r.errors.map(formatProblem)).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('does not call a one-cell gap of 4 m jumpable: a jump is counted in metres', () => {
    expect(maxGapCells('jump', 4)).toBe(0);
    expect(maxGapCells('jump', 2)).toBe(1);
    expect(said('proof/jump-cell-4')).toMatch(/cannot be beaten: .*void at \[5, 1\].*does not clear one 4 m cell/);
  });

  it('does not call a corridor beatable through a hazard that drains all lucidity', () => {
    const text = said('proof/doubt-corridor');
    expect(text).toMatch(/proof\/doubt-corridor.json:\d+:\d+ /);
    expect(text).toMatch(/doubt hazard "doubt" at \[5, 1\] \(1000 lucidity a second/);
  });

  it('proves the same corridor with a harmless hazard, the bot walking through it', () => {
    const text = readFileSync(fixture('proof/doubt-corridor'), 'utf8').replace('"drain": 1000', '"drain": 5');
    const r = proveLevelText(text, 'mild.json');
    expect(r.errors.map(formatProblem)).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('rides a moving platform across a chasm, and the bot rides it to the exit', () => {
    const r = prove('proof/shuttle');
    expect(r.errors.map(formatProblem)).toEqual([]);
    expect(r.plan?.steps.some((s) => s.kind === 'ride' && s.platform === 'shuttle')).toBe(true);
    expect(r.proof?.by).toBe('bot');
  });

  it('says "not proven" at a moving platform it does not ride, never "beatable"', () => {
    const r = prove('proof/shuttle-fast');
    expect(r.plan).toBeUndefined();
    const text = r.errors.map(formatProblem).join('\n');
    expect(text).toMatch(
      /shuttle-fast.json:\d+:\d+ entities\[0\]: not proven: the solver does not ride moving platform "shuttle": it moves 12 m\/s/,
    );
  });

  it('with --no-play stops at the solver: a route, never "beatable"', () => {
    const r = prove('levels/jump', false);
    expect(r.errors).toEqual([]);
    expect(r.proof?.by).toBe('solver');
  });

  it('says where and why when the bot fails a route the solver found', () => {
    const text = readFileSync(fixture('levels/jump'), 'utf8');
    const r = checkLevelText(text, 'jump.json', {
      solve: () => ({
        beatable: false,
        verdict: 'bot-failed',
        reasons: [
          'the bot playing it did not reach the exit at step 2 of 4 (mia jumps [4, 1] → [6, 1]): mia fell into the void',
        ],
        cell: { floor: 0, col: 6, row: 1 },
      }),
    });
    expect(r.errors).toHaveLength(1);
    // Placed at the landing cell's character in its row.
    expect(r.errors[0]).toMatchObject({ path: 'grid.floors[0].rows[1]' });
    expect(r.errors[0]!.message).toMatch(/^not beaten: .*mia fell into the void/);
  });
});

describe('level check on the command line', () => {
  const quietly = async (args: string[]) => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void lines.push(a.join(' '));
    try {
      return { code: await run(args), out: lines.join('\n') };
    } finally {
      console.log = log;
    }
  };

  it('prints "beatable" only when the bot reached the exit, and exits 0', async () => {
    const { code, out } = await quietly([fixture('levels/jump')]);
    expect(code).toBe(0);
    expect(out).toMatch(/ok — beatable: the bot reached the exit in [\d.]+ s of game time/);
  });

  it('exits 1 on a level it cannot prove', async () => {
    const { code, out } = await quietly([fixture('proof/shuttle-fast')]);
    expect(code).toBe(1);
    expect(out).toMatch(/not proven/);
    expect(out).not.toMatch(/ok — /);
  });

  it('--no-play says the solver found a route, not "beatable"', async () => {
    const { code, out } = await quietly([fixture('levels/jump'), '--no-play']);
    expect(code).toBe(0);
    expect(out).toMatch(/the solver finds a route in \d+ steps \(not played: --no-play\)/);
    expect(out).not.toMatch(/beatable/);
  });
});

describe('the game proves a level a designer drops or saves', () => {
  it('keeps the level running and shows "not proven" in the error panel when it cannot prove it', async () => {
    const { createGameStore } = await import('../../src/ui/store');
    const { loadLevel, proveInBackground } = await import('../../src/ui/level-source');
    const store = createGameStore(null);
    const text = readFileSync(fixture('proof/shuttle-fast'), 'utf8');
    expect(loadLevel(text, 'shuttle-fast.json', store)).not.toBeNull();
    expect(store.getState().problems).toBeNull();
    await proveInBackground(text, 'shuttle-fast.json', store);
    expect(store.getState().engine).not.toBeNull();
    expect(JSON.stringify(store.getState().problems)).toMatch(/not proven: the solver does not ride moving platform/);
  });

  it('shows nothing for a level the bot beats', async () => {
    const { createGameStore } = await import('../../src/ui/store');
    const { loadLevel, proveInBackground } = await import('../../src/ui/level-source');
    const store = createGameStore(null);
    const text = readFileSync(fixture('levels/jump'), 'utf8');
    expect(loadLevel(text, 'jump.json', store)).not.toBeNull();
    await proveInBackground(text, 'jump.json', store);
    expect(store.getState().problems).toBeNull();
  });
});

// Moving platforms in the proof: the solver counts a ride (on beside one of its cells, off beside another, while it
// runs), the bot rides it in the physics, and a level whose only way across is a platform is proven beatable.
import { describe, expect, it } from 'vitest';
import { playLevel } from '../../src/bot/play';
import { proveLevel } from '../../src/bot/prove';
import { solveLevel } from '../../src/levels/solver';
import { levelSchema, type LevelInput } from '../../src/core/schema';
import type { Plan } from '../../src/core/plan';
import { run as check } from '../../tools/level/check';
import { run as play } from '../../tools/level/play';
import { loadLevelFile } from '../helpers';

type EntityInput = NonNullable<LevelInput['entities']>[number];

const FILE = 'tests/fixtures/levels/platform.json';

async function quietly(run: (args: string[]) => Promise<number>, args: string[]) {
  const lines: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = console.error = (...a: unknown[]) => void lines.push(a.join(' '));
  try {
    return { code: await run(args), out: lines.join('\n') };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

/** The chasm of the fixture at any cell size and platform period, the platform running from the start. */
function chasm(cellSize: number, period: number): LevelInput {
  const level = structuredClone(loadLevelFile(FILE)) as LevelInput;
  level.grid.cellSize = cellSize;
  level.friends = [{ friend: 'mia', at: [1, 1], facing: 'east' }];
  level.entities = level.entities!.flatMap((e): EntityInput[] =>
    e.type === 'code-node' ? [] : e.type === 'moving-platform' ? [{ ...e, period, active: true }] : [e],
  );
  return level;
}

describe('a level whose only way across is a moving platform', () => {
  it('level check proves it: Ava switches the ferry on and rides it, and the bot reached the exit', async () => {
    const { code, out } = await quietly(check, [FILE]);
    expect(out).toMatch(/ok — beatable: the bot reached the exit/);
    expect(out).toMatch(/ava uses reprogram on node/);
    expect(out).toMatch(/ava rides ferry \[\d+, 1\] → \[\d+, 3\]/);
    expect(code).toBe(0);
  });

  it('level play wins it', async () => {
    const { code, out } = await quietly(play, [FILE]);
    expect(out).toMatch(/reached the exit/);
    expect(code).toBe(0);
  });

  it('the bot does not get across when the ferry is never switched on', () => {
    const level = loadLevelFile(FILE);
    const solved = solveLevel(level);
    if (!solved.beatable) throw new Error(solved.reasons.join('; '));
    const plan: Plan = { ...solved.plan, steps: solved.plan.steps.filter((s) => s.kind !== 'skill') };
    const r = playLevel(level, plan, { maxGameSeconds: 60 });
    expect(r.reached).toBe(false);
    expect(r.reason).toMatch(/moving platform "ferry" is switched off/);
  });

  it('is "not proven", never "beatable", when nobody can switch the ferry on', () => {
    const level = levelSchema.parse({
      ...structuredClone(loadLevelFile(FILE)),
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
    });
    const r = proveLevel(level);
    expect(r.beatable).toBe(false);
    if (r.beatable) return;
    expect(r).toMatchObject({ verdict: 'not-proven', entity: 'ferry' });
    expect(r.reasons[0]).toMatch(/does not count standing on it while it is switched off/);
  });

  for (const [cellSize, period] of [
    [1, 6],
    [3, 14],
    [8, 40],
  ] as const)
    it(`is ridden at a cell size of ${cellSize} m by the solver and the bot alike`, () => {
      const level = levelSchema.parse(chasm(cellSize, period));
      const r = proveLevel(level);
      expect(r.beatable ? [] : r.reasons).toEqual([]);
      expect(r.beatable && r.plan.steps.filter((s) => s.kind === 'ride')).toHaveLength(1);
    });

  it('does not ride a platform faster than a friend can step onto', () => {
    // 6 cells there and back in 2 s of 2 m: 12 m/s.
    const r = solveLevel(levelSchema.parse(chasm(2, 2)));
    expect(r.beatable).toBe(false);
    if (r.beatable) return;
    expect(r.unproven?.[0]?.reason).toMatch(/it moves 12 m\/s, faster than the 3 m\/s/);
  });
});

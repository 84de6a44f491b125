// The proof knows a friend who is found: Leo, waiting in a side room, cannot smash the wall of doubt until Mia has
// walked up to him — and the bot, playing the plan, finds him there and finishes the level.
import { describe, expect, it } from 'vitest';
import { solveLevel, type SolveResult } from '../../src/levels/solver';
import { playLevel } from '../../src/bot/play';
import type { Plan } from '../../src/core/plan';
import { FOUND } from '../../src/core/tuning';
import { makeLevel } from '../helpers';

/** Mia in a nook off the hall, a cracked wall before the exit, Leo in a room down a side passage. */
function sideRoom(found: boolean) {
  const rows = ['############', '#..........#', '#.##.#######', '#.##.#######', '#...########', '#...########'];
  return makeLevel([...rows, '############'], {
    spawn: { at: [4, 3], facing: 'north' },
    friends: [
      { friend: 'mia', at: [4, 3], facing: 'north' },
      { friend: 'leo', at: [2, 5], facing: 'north', ...(found ? { found: true } : {}) },
    ],
    entities: [
      { id: 'crack', type: 'cracked-wall', at: [6, 1] },
      { id: 'exit', type: 'exit', at: [10, 1] },
    ],
  });
}

function planOf(result: SolveResult): Plan {
  if (!result.beatable) throw new Error(`expected a plan, got: ${result.reasons.join(' / ')}`);
  return result.plan;
}

describe('the solver and a friend who is found', () => {
  it('sends Mia to Leo before Leo does anything, and the bot plays it to the exit', () => {
    const level = sideRoom(true);
    const plan = planOf(solveLevel(level));
    const firstLeo = plan.steps.findIndex((s) => s.friend === 'leo');
    expect(firstLeo).toBeGreaterThan(0);
    // Before Leo's first step, a walk of Mia's ends within reach of him.
    const cellSize = level.grid.cellSize;
    const reachedLeo = plan.steps.slice(0, firstLeo).some((s) => {
      if (s.kind !== 'walk' || s.friend !== 'mia') return false;
      const end = s.path[s.path.length - 1]!;
      return Math.hypot(end.col - 2, end.row - 5) * cellSize <= FOUND.reach;
    });
    expect(reachedLeo).toBe(true);
    const played = playLevel(level, plan, { maxGameSeconds: 120 });
    expect(played.reason).toBeUndefined();
    expect(played.reached).toBe(true);
  });

  it('lets Leo go at once when he is in the party from the start', () => {
    const plan = planOf(solveLevel(sideRoom(false)));
    expect(plan.steps.find((s) => s.kind !== 'switch')?.friend).toBe('leo');
  });
});

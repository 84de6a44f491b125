// Friends do not walk through each other: in a one-cell corridor the one in front steps ahead or into a pocket so
// another can pass, and when there is no room to, the reason names the friend who stands in the way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/load';
import { solveLevel } from '../../src/levels/solver';
import { playLevel } from '../../src/bot/play';
import type { Plan } from '../../src/core/plan';

const load = (name: string) => {
  const file = `tests/fixtures/levels/${name}.json`;
  return parseLevel(readFileSync(file, 'utf8'), file);
};
const walksOf = (plan: Plan, friend: string) =>
  plan.steps.flatMap((s) => (s.kind === 'walk' && s.friend === friend ? [s.path.at(-1)!] : []));

describe('a friend standing in a corridor', () => {
  it.each([
    // Mia steps ahead past the alcove so Ava can reach the cell the node is seen from.
    ['friend-in-the-way', 'mia'],
    // Noah holds the plate in an alcove, Mia goes ahead through its door, Ava follows to the node.
    ['friends-plate-in-the-way', 'mia'],
    // The only room to step aside is an empty alcove with nothing in it a route needs.
    ['friend-steps-into-alcove', 'mia'],
  ])('%s: the solver moves %s out of the way, and the bot plays the route to the exit', (name, mover) => {
    const level = load(name);
    const result = solveLevel(level);
    if (!result.beatable) throw new Error(result.reasons.join(' / '));
    const ava = result.plan.steps.findIndex((s) => s.kind === 'skill' && s.friend === 'ava');
    // The friend in front moved before Ava reprogrammed the node.
    expect(result.plan.steps.slice(0, ava).some((s) => s.kind === 'walk' && s.friend === mover)).toBe(true);
    expect(walksOf(result.plan, 'ava').length).toBeGreaterThan(0);
    const run = playLevel(level, result.plan, { maxGameSeconds: 300 });
    expect(run.reason ?? 'reached').toBe('reached');
    expect(run.reached).toBe(true);
  });

  it('is refused with a reason naming the friend when the corridor is a dead end with no room to step aside', () => {
    const result = solveLevel(load('friend-in-a-dead-end'));
    expect(result.beatable).toBe(false);
    if (result.beatable) return;
    expect(result.reasons.join(' ')).toMatch(/Mia stands in Ava's way at \[\d, 1\] with no room to step aside/);
  });
});

// The solver knows the boss: it proves the boss fixture beatable only in the order the boss allows (Noah's scan,
// then Leo's dashes into the cores from Mia's bridges, then Ava's nodes in order, then the exit) and says which
// phase a broken arena never gets past.
import { describe, expect, it } from 'vitest';
import { solveLevel, type SolveResult } from '../../src/levels/solver';
import type { Plan } from '../../src/core/plan';
import type { Level } from '../../src/core/schema';
import { loadLevelFile } from '../helpers';

const arena = (): Level => loadLevelFile('tests/fixtures/levels/boss.json');

function planOf(result: SolveResult): Plan {
  if (!result.beatable) throw new Error(`expected a plan, got: ${result.reasons.join(' / ')}`);
  return result.plan;
}

/** The plan's deeds in order, as "friend skill target". */
function deeds(plan: Plan): string[] {
  return plan.steps.flatMap((s) =>
    s.kind === 'skill'
      ? [`${s.friend} ${s.skill}${s.target ? ` ${s.target}` : ''}`]
      : s.kind === 'dash'
        ? [`${s.friend} dash [${s.to.col}, ${s.to.row}]`]
        : s.kind === 'exit'
          ? [`${s.friend} exit`]
          : [],
  );
}

describe('the solver and the boss', () => {
  it('lifts the shroud, breaks both cores from the bridges, rewrites the nodes in order, then leaves', () => {
    const d = deeds(planOf(solveLevel(arena())));
    const at = (x: string) => d.indexOf(x);
    expect(at('noah diagnose')).toBeGreaterThanOrEqual(0);
    const dashWest = at('leo dash [5, 4]');
    const dashEast = at('leo dash [7, 6]');
    expect(dashWest).toBeGreaterThan(at('noah diagnose'));
    expect(dashEast).toBeGreaterThan(at('noah diagnose'));
    // Each dash comes after Mia's bridge under that core.
    expect(dashWest).toBeGreaterThan(d.findIndex((x) => /^mia bridge a-/.test(x)));
    expect(dashEast).toBeGreaterThan(d.findIndex((x) => /^mia bridge b-/.test(x)));
    const nodes = ['node-1', 'node-2', 'node-3'].map((n) => at(`ava reprogram ${n}`));
    expect(nodes[0]).toBeGreaterThan(Math.max(dashWest, dashEast));
    expect(nodes).toEqual([...nodes].sort((a, b) => a - b));
    expect(d[d.length - 1]).toBe('ava exit');
  });

  it('takes the nodes in any order when the boss does not insist on one', () => {
    const level = arena();
    const boss = level.entities.find((e) => e.type === 'boss')!;
    if (boss.type === 'boss') boss.nodes = ['node-3', 'node-1', 'node-2'];
    if (boss.type === 'boss') boss.ordered = false;
    const d = deeds(planOf(solveLevel(level)));
    for (const n of ['node-1', 'node-2', 'node-3']) expect(d).toContain(`ava reprogram ${n}`);
  });

  it('says the shroud is never lifted when Noah is not in the arena', () => {
    const level = arena();
    level.friends = level.friends.filter((f) => f.friend !== 'noah');
    const result = solveLevel(level);
    expect(result.beatable).toBe(false);
    if (!result.beatable)
      expect(result.reasons[0]).toMatch(/boss "boss" is never unshrouded: Noah never gets within 9 m/);
  });

  it('says which core is never broken when its bridge cannot be built', () => {
    const level = arena();
    // Mia is gone: no bridge reaches the cores over the pit.
    level.friends = level.friends.filter((f) => f.friend !== 'mia');
    const result = solveLevel(level);
    expect(result.beatable).toBe(false);
    if (!result.beatable) expect(result.reasons[0]).toMatch(/core "core-west" of boss "boss" is never broken/);
  });
});

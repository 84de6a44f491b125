// One truth for line of sight: the solver asks the engine's own test (src/core/sight.ts) from where the bot stands,
// so an anchor seen exactly past a pillar's top is bridged in both, and the route is played to the exit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/load';
import { solveLevel } from '../../src/levels/solver';
import { SolverModel } from '../../src/levels/solver/model';
import { SOLVER_GRAZE, eyeOver } from '../../src/levels/solver/aims';
import { aimPointOf, lineOfSight } from '../../src/core/sight';
import { Grid } from '../../src/core/grid';
import { BOT, SIGHT } from '../../src/core/tuning';
import { playLevel } from '../../src/bot/play';

const file = 'tests/fixtures/levels/anchor-over-pillar.json';
const level = parseLevel(readFileSync(file, 'utf8'), file);
const anchor = level.entities.find((e) => e.id === 'w')!;

describe('an anchor seen exactly past a pillar’s top edge', () => {
  const grid = new Grid(level);
  const target = aimPointOf(grid, anchor);
  const eye = eyeOver(grid, 0, 4, 1);

  it('is a graze: the line from the eye over [4, 1] touches the pillar top, and within the graze it sees past', () => {
    expect(lineOfSight(grid, eye, target)).toBe(false);
    expect(lineOfSight(grid, eye, target, undefined, SIGHT.graze)).toBe(true);
    // From anywhere the bot stops before a skill, the engine's test sees it.
    const around: [number, number][] = [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [0.7, 0.7],
      [-0.7, -0.7],
    ];
    for (const [dx, dz] of around) {
      const at = { x: eye.x + dx * BOT.skillStopRadius, y: eye.y + SIGHT.eyeRise, z: eye.z + dz * BOT.skillStopRadius };
      expect(lineOfSight(grid, at, target, undefined, SIGHT.graze)).toBe(true);
      expect(lineOfSight(grid, { ...at, y: eye.y }, target, undefined, SIGHT.graze)).toBe(true);
    }
    expect(SOLVER_GRAZE).toBeGreaterThan(0);
    expect(SOLVER_GRAZE).toBeLessThan(SIGHT.graze);
  });

  it('counts [4, 1] as a cell Mia bridges it from, as the engine does', () => {
    const m = new SolverModel(level);
    const from = m.spans.flatMap((s) => s.aim.map((a) => m.cellRef(a.from)));
    expect(from).toContainEqual({ floor: 0, col: 4, row: 1 });
  });

  it('is proven beatable, and the bot plays the solver’s route to the exit', () => {
    const result = solveLevel(level);
    if (!result.beatable) throw new Error(result.reasons.join(' / '));
    expect(result.plan.steps.some((s) => s.kind === 'skill' && s.friend === 'mia')).toBe(true);
    const run = playLevel(level, result.plan, { maxGameSeconds: 300 });
    expect(run.reason ?? 'reached').toBe('reached');
  });

  it('is still not seen through the pillar itself: a line well into it blocks in both', () => {
    const low = { ...target, y: target.y - 1 };
    expect(lineOfSight(grid, eye, low, undefined, SIGHT.graze)).toBe(false);
  });
});

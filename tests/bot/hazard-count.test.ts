// The solver's count of a walk past a doubt hazard is never less than what the bot loses walking it in the engine,
// and a freeze never counts as lucidity given back.
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import { solveLevel } from '../../src/levels/solver';
import { Crossings } from '../../src/levels/solver/crossing';
import { SolverModel } from '../../src/levels/solver/model';
import type { Level } from '../../src/core/schema';
import type { Plan } from '../../src/core/plan';
import { LUCIDITY } from '../../src/core/tuning';
import { loadLevelFile } from '../helpers';

const fixture = (name: string): Level => loadLevelFile(`tests/fixtures/levels/hazards/${name}.json`);

function withHazard(level: Level, change: Record<string, unknown>): Level {
  const copy = structuredClone(level);
  copy.entities = copy.entities.map((e) => (e.type === 'doubt-hazard' ? { ...e, ...change } : e));
  return copy;
}

/** Lucidity each friend has lost when the bot has played the plan to its end. */
function lostPlaying(level: Level, plan: Plan): number[] {
  const engine = new Engine(level, { switchGlide: 0 });
  const bot = new Bot(engine, plan);
  while (engine.status !== 'complete' && !bot.failure && engine.time < 60) {
    engine.step(bot.next());
    bot.notice(engine.drainEvents());
    if (bot.done) break;
  }
  expect(bot.failure).toBeNull();
  return engine.friends.map((f) => LUCIDITY.max - f.lucidity);
}

/** What the solver counts for the plan's walks (each from rest; the last onto the exit ends as it steps on). */
function counted(level: Level, plan: Plan): number {
  const model = new SolverModel(level);
  const crossings = new Crossings(model);
  let lost = 0;
  plan.steps.forEach((step, i) => {
    if (step.kind !== 'walk') return;
    const path = step.path.map((c) => model.key(c.floor, [c.col, c.row]));
    lost += crossings.count(path, null, { exit: plan.steps[i + 1]?.kind === 'exit' }).lost;
  });
  return lost;
}

describe("the solver's count of a walk past a doubt hazard", () => {
  for (const [name, change] of [
    ['corridor', { drain: 10 }],
    ['corridor', { drain: 60 }],
    ['corridor', { drain: 20, radius: 0.4 }],
    ['corridor', { drain: 20, loop: [[10, 1]], period: 4 }],
    ['patrol', {}],
  ] as const) {
    it(`is at least what the bot loses: ${name} with ${JSON.stringify(change)}`, () => {
      const level = withHazard(fixture(name), change);
      const solved = solveLevel(level);
      if (!solved.beatable) throw new Error(solved.reasons.join('; '));
      const lost = lostPlaying(level, solved.plan)[0]!;
      expect(counted(level, solved.plan)).toBeGreaterThanOrEqual(lost);
    });
  }

  it('counts a friend standing in a frozen hazard’s reach as losing nothing while the freeze lasts, never gaining', () => {
    const level = withHazard(fixture('corridor'), { drain: 100 });
    const model = new SolverModel(level);
    const crossings = new Crossings(model);
    const inReach = model.key(0, [6, 1]);
    const frozen = new Float64Array(model.sweeps.sweeps.length).fill(4);
    expect(crossings.stand(inReach, 1, frozen)).toBe(0);
    expect(crossings.stand(inReach, 1, null)).toBeGreaterThanOrEqual(100);
  });
});

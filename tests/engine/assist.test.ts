// Assist mode as a stuck player meets it: no lucidity loss, Show the way planned from where the friends stand now,
// and skipping a puzzle to the next checkpoint on the route — after which the level can still be finished.
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import { planFrom, solveLevel, type SolveResult } from '../../src/levels/solver';
import { routeToCheckpoint } from '../../src/levels/solver/live';
import type { Plan } from '../../src/core/plan';
import { engineFor, hold, loadLevelFile, makeLevel } from '../helpers';

function planOf(result: SolveResult): Plan {
  if (!result.beatable) throw new Error(result.reasons.join(' / '));
  return result.plan;
}

/** Plays a plan with the bot until the level completes or the bot gives up. */
function playOut(engine: Engine, plan: Plan): void {
  const bot = new Bot(engine, plan);
  while (engine.status !== 'complete' && !bot.failure && engine.time < 120) {
    engine.step(bot.next());
    bot.notice(engine.drainEvents());
  }
  expect(bot.failure).toBeNull();
}

/** A torn floor Mia bridges, a checkpoint past it, then a hidden walkway Noah reveals, then the exit. */
const twoPuzzles = () =>
  makeLevel(['###############', '#...   ...   .#', '###############'], {
    spawn: { at: [1, 1], facing: 'east' },
    friends: [
      { friend: 'mia', at: [1, 1], facing: 'east' },
      { friend: 'noah', at: [2, 1], facing: 'east' },
    ],
    entities: [
      { id: 'a1', type: 'bridge-anchor', at: [3, 1], pair: 'a2' },
      { id: 'a2', type: 'bridge-anchor', at: [7, 1], pair: 'a1' },
      { id: 'past-the-tear', type: 'checkpoint', at: [8, 1] },
      { id: 'hp1', type: 'hidden-platform', at: [10, 1] },
      { id: 'hp2', type: 'hidden-platform', at: [11, 1] },
      { id: 'hp3', type: 'hidden-platform', at: [12, 1] },
      { id: 'exit', type: 'exit', at: [13, 1] },
    ],
  });

describe('assist: no lucidity loss', () => {
  const haunted = () =>
    makeLevel(['#######', '#.....#', '#######'], {
      entities: [
        { id: 'doubt', type: 'doubt-hazard', at: [2, 1], radius: 1.5, drain: 40 },
        { id: 'exit', type: 'exit', at: [5, 1] },
      ],
    });

  it('leaves lucidity whole beside a doubt hazard, and drains again when turned off', () => {
    const drained = engineFor(haunted());
    hold(drained, 60);
    expect(drained.active.lucidity).toBeLessThan(70);

    const spared = engineFor(haunted(), { noLucidityLoss: true });
    hold(spared, 60);
    expect(spared.active.lucidity).toBe(100);
    spared.noLucidityLoss = false; // the setting turned off during play
    hold(spared, 60);
    expect(spared.active.lucidity).toBeLessThan(70);
  });
});

describe('assist: Show the way plans from where the friends stand now', () => {
  it("starts the route at the active friend's cell, past what the party has already done", () => {
    const level = twoPuzzles();
    const engine = engineFor(level);
    engine.entities.spans.build('a1'); // Mia's bridge already stands
    hold(engine, 1, { switchTo: 'noah' });
    engine.active.teleport(engine.grid.center(0, 6, 1)); // Noah is out on the bridge
    hold(engine, 5);

    const live = engine.liveState();
    expect(live.active).toBe('noah');
    expect(live.bridges).toEqual([['a1', 'a2']]);
    expect(live.friends.find((f) => f.friend === 'noah')!.cell).toEqual({ floor: 0, col: 6, row: 1 });

    const plan = planOf(planFrom(level, live));
    const first = plan.steps[0]!;
    expect(first.kind).toBe('walk');
    if (first.kind === 'walk') {
      expect(first.friend).toBe('noah');
      expect(first.path[0]).toEqual({ floor: 0, col: 6, row: 1 });
    }
    // No second bridge: the one standing is used.
    expect(plan.steps.some((s) => s.kind === 'skill' && s.skill === 'bridge')).toBe(false);
    // From the level's start the route would begin where the friends start, at [1, 1] or [2, 1].
    const fromStart = planOf(solveLevel(level)).steps.find((s) => s.kind === 'walk');
    expect(fromStart?.kind === 'walk' && fromStart.path[0]!.col).toBeLessThanOrEqual(2);
  });

  it('plans for a friend caught between cells (in the air over a gap) from the nearest ground', () => {
    const level = twoPuzzles();
    const engine = engineFor(level);
    const live = engine.liveState();
    // Mia is in the air over the second gap, nothing under her yet.
    live.friends[0]!.cell = { floor: 0, col: 10, row: 1 };
    const plan = planOf(planFrom(level, live));
    const first = plan.steps.find((s) => s.kind === 'walk' && s.friend === 'mia');
    expect(first?.kind === 'walk' && first.path[0]).toEqual({ floor: 0, col: 9, row: 1 });
  });

  it("knows the boss's phase: once Noah has lifted the shroud, the route does not scan again", () => {
    const level = loadLevelFile('tests/fixtures/levels/boss.json');
    const engine = engineFor(level);
    const b = engine.boss!;
    b.reveal(b.x, b.y, b.z, 9, []);
    const live = engine.liveState();
    expect(live.boss).toEqual({ lifted: true, cores: [], nodes: [] });
    const plan = planOf(planFrom(level, live));
    expect(plan.steps.some((s) => s.kind === 'skill' && s.skill === 'diagnose')).toBe(false);
    expect(plan.steps.filter((s) => s.kind === 'dash')).toHaveLength(2);
  });
});

describe('assist: skip this puzzle', () => {
  it('moves the party along the route to its next checkpoint with the puzzle done; the level can still be finished', () => {
    const level = twoPuzzles();
    const engine = new Engine(level, { switchGlide: 0 });
    const live = engine.liveState();
    const skip = routeToCheckpoint(level, planOf(planFrom(level, live)), live.checkpoint);
    expect(skip?.checkpoint).toBe('past-the-tear');

    expect(engine.skipPuzzle(skip!.checkpoint, skip!.steps)).toBe(true);
    const events = engine.drainEvents();
    expect(events).toContainEqual({ type: 'skipped', checkpoint: 'past-the-tear' });
    expect(engine.entities.checkpointId).toBe('past-the-tear');
    expect(engine.entities.spans.stands('a1')).toBe(true);
    hold(engine, 30);
    // The player goes on as the friend the route brought to the checkpoint.
    expect(engine.cellOf(engine.active)).toEqual({ floor: 0, col: 8, row: 1 });

    // The next puzzle is still the player's: the route from here begins with Noah's scan.
    const rest = planOf(planFrom(level, engine.liveState()));
    expect(rest.steps.find((s) => s.kind === 'skill')).toMatchObject({ friend: 'noah', skill: 'diagnose' });
    playOut(engine, rest);
    expect(engine.status).toBe('complete');
  });

  it('refuses a checkpoint the level does not have', () => {
    const engine = engineFor(twoPuzzles());
    expect(engine.skipPuzzle('nowhere')).toBe(false);
    expect(engine.drainEvents().some((e) => e.type === 'skipped')).toBe(false);
  });
});

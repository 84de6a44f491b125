// Long play: the bot cycles through every level in levels/ for a long stretch of game time. Nothing grows (bodies,
// pending events, the heap) and nothing carries over: every level starts in the state of a fresh run and every
// replay of a level ends exactly as its first one did.
// `npm test` plays 5 minutes of game time (two rounds of the campaign); `npm run soak` (DREAMCYCLE_SOAK_SECONDS=3600) plays the full hour.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { Bot } from '../../src/bot/bot';
import { solveLevel } from '../../src/levels/solver';
import type { Plan } from '../../src/core/plan';
import type { Level } from '../../src/core/schema';
import { TICK_HZ } from '../../src/core/tuning';
import { idleInput } from '../../src/engine/tick-input';
import { loadLevelFile, makeLevel } from '../helpers';

const GAME_SECONDS = Number(process.env.DREAMCYCLE_SOAK_SECONDS ?? 300);
/** Room for a busy machine: the bot and the solver run hundreds of times faster than real time, not thousands. */
const LONG_PLAY_TIMEOUT_MS = 60_000 + GAME_SECONDS * 100;
/** A level the bot has not left after this long is given up (the run still counts toward the time). */
const LEVEL_SECONDS = 300;

let collect: (() => void) | null = null;
function heapAfterCollection(): number {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

interface LevelRun {
  start: string;
  end: string;
  events: number;
  bodies: number;
  reached: boolean;
}

function playOnce(
  level: Level,
  plan: Plan,
): LevelRun & { ticks: number; bodyCounts: Set<number>; mostPending: number } {
  const engine = new Engine(level, { switchGlide: 0 });
  const start = JSON.stringify(engine.snapshot());
  const bodies = engine.world.bodies.length;
  const bodyCounts = new Set<number>([bodies]);
  const bot = new Bot(engine, plan);
  let events = 0;
  /** The most events one tick made. */
  let mostPending = 0;
  while (engine.status !== 'complete' && !bot.failure && !bot.done && engine.time < LEVEL_SECONDS) {
    engine.step(bot.next());
    mostPending = Math.max(mostPending, engine.pendingEvents);
    const e = engine.drainEvents();
    events += e.length;
    bot.notice(e);
    bodyCounts.add(engine.world.bodies.length);
  }
  return {
    start,
    end: JSON.stringify(engine.snapshot()),
    events,
    bodies,
    reached: engine.status === 'complete',
    ticks: engine.tick,
    bodyCounts,
    mostPending,
  };
}

describe('long play', () => {
  it(
    `the bot cycles through every level for ${GAME_SECONDS / 60} minutes of game time: nothing grows, nothing carries over`,
    () => {
      const files = readdirSync('levels')
        .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
        .sort();
      expect(files.length).toBeGreaterThan(1);
      const campaign = files.map((f) => {
        const level = loadLevelFile(join('levels', f));
        const solved = solveLevel(level);
        if (!solved.beatable) throw new Error(`${f}: the solver finds no route: ${solved.reasons.join('; ')}`);
        return { file: f, level, plan: solved.plan, fresh: JSON.stringify(new Engine(level).snapshot()) };
      });
      const first = new Map<string, LevelRun>();
      const heaps: number[] = [];
      const problems: string[] = [];
      let ticks = 0;
      let cycles = 0;
      while (ticks < GAME_SECONDS * TICK_HZ) {
        for (const { file, level, plan, fresh } of campaign) {
          const run = playOnce(level, plan);
          ticks += run.ticks;
          if (run.start !== fresh)
            problems.push(`${file}, cycle ${cycles + 1}: the level did not start as a fresh run`);
          if (run.bodyCounts.size !== 1) problems.push(`${file}: the physics bodies changed in number during play`);
          if (run.mostPending > 100) problems.push(`${file}: ${run.mostPending} events in one tick`);
          const earlier = first.get(file);
          if (!earlier) first.set(file, run);
          else {
            if (run.end !== earlier.end) problems.push(`${file}, cycle ${cycles + 1}: ended differently from cycle 1`);
            if (run.events !== earlier.events)
              problems.push(`${file}, cycle ${cycles + 1}: ${run.events} events, cycle 1 had ${earlier.events}`);
            if (run.bodies !== earlier.bodies)
              problems.push(`${file}: ${run.bodies} bodies, cycle 1 had ${earlier.bodies}`);
          }
        }
        cycles++;
        heaps.push(heapAfterCollection());
      }
      expect(problems).toEqual([]);
      expect(cycles).toBeGreaterThan(1);
      // The bot played the levels, not a stuck first room: it reached the exit of most of them.
      const reached = [...first.values()].filter((r) => r.reached).length;
      expect(reached).toBeGreaterThanOrEqual(Math.ceil(campaign.length / 2));
      // The heap after the first cycle (the JIT and the caches warm) does not grow with the cycles that follow.
      const settled = heaps[0]!;
      const last = heaps[heaps.length - 1]!;
      expect(last - settled).toBeLessThan(2 * 1024 * 1024);
    },
    LONG_PLAY_TIMEOUT_MS,
  );

  it('an hour with nobody reading events keeps a bounded queue and a flat heap', () => {
    // Mia stands in a doubt wave that drains her and wakes her at the start, over and over, for an hour.
    const level = makeLevel(['#######', '#.....#', '#######'], {
      friends: [{ friend: 'mia', at: [2, 1] }],
      entities: [
        { id: 'doubt', type: 'doubt-hazard', floor: 0, at: [2, 1], radius: 1, drain: 40, period: 2, loop: [] },
      ],
    });
    const engine = new Engine(level);
    const input = idleInput();
    const bodies = engine.world.bodies.length;
    for (let t = 0; t < 60 * TICK_HZ; t++) engine.step(input);
    const before = heapAfterCollection();
    for (let t = 0; t < 3600 * TICK_HZ; t++) engine.step(input);
    const after = heapAfterCollection();
    const events = engine.drainEvents();
    expect(events.some((e) => e.type === 'respawn')).toBe(true);
    expect(events.length).toBeLessThanOrEqual(1000);
    expect(engine.world.bodies.length).toBe(bodies);
    expect(after - before).toBeLessThan(1024 * 1024);
  });
});

// The same inputs give the same states, tick for tick, whatever the frame rate.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { idleInput, type InputSource, type TickInput } from '../../src/engine/tick-input';
import { TICK } from '../../src/core/tuning';
import { loadLevelFile } from '../helpers';
import { seeded } from '../random';

const level = loadLevelFile('levels/01-bedroom.json');

/** What a player does, changing every 200 ms: walk, turn, run, jump, switch friend. */
function planAt(ms: number): Partial<TickInput> & { turn?: number } {
  const phase = Math.floor(ms / 200);
  switch (phase % 8) {
    case 0:
      return { moveY: 1 };
    case 1:
      return { moveY: 1, run: true, turn: 0.3 };
    case 2:
      return { moveX: 1, jump: true };
    case 3:
      return { moveY: -1, turn: -0.6 };
    case 4:
      return { moveY: 1, moveX: -0.5, run: true };
    case 5:
      return { cycle: 1 };
    case 6:
      return { moveY: 1, jump: true, turn: 0.2 };
    default:
      return {};
  }
}

/** Plays `seconds` of the plan in frames of `frameMs`, as the browser would: input changes between frames. */
function play(frameMs: number, seconds: number): Engine {
  const engine = new Engine(level);
  let held: TickInput = idleInput();
  let pendingTurn = 0;
  let pendingCycle = 0;
  const source: InputSource = {
    next() {
      const tick = { ...held, lookYaw: pendingTurn, cycle: pendingCycle };
      pendingTurn = 0;
      pendingCycle = 0;
      return tick;
    },
  };
  let lastPhase = -1;
  for (let t = 0; t < seconds * 1000 - 1e-6; t += frameMs) {
    const phase = Math.floor((t + 1e-6) / 200);
    if (phase !== lastPhase) {
      const p = planAt(phase * 200);
      held = { ...idleInput(), ...p, cycle: 0 };
      pendingTurn += p.turn ?? 0;
      pendingCycle += p.cycle ?? 0;
      lastPhase = phase;
    }
    engine.frame(frameMs / 1000, source);
  }
  return engine;
}

describe('determinism', () => {
  it('two runs with the same inputs end in the same state', () => {
    expect(play(16, 4).snapshot()).toEqual(play(16, 4).snapshot());
  });

  it('frames of 4 ms and frames of 200 ms give the same states', () => {
    const fast = play(4, 4);
    const slow = play(200, 4);
    expect(fast.tick).toBe(240);
    expect(slow.snapshot()).toEqual(fast.snapshot());
    // The plan made the friends go somewhere: the comparison is not of two idle worlds.
    const start = level.friends[0]!.at;
    const moved = fast.friends.some((f) => Math.abs(f.position.x - (start[0] + 0.5) * 2) > 1);
    expect(moved).toBe(true);
  });

  it('plays the same at 5 fps as at 240 fps, camera glide included', () => {
    const fps240 = play(1000 / 240, 2.4);
    const fps5 = play(200, 2.4);
    expect(fps5.snapshot()).toEqual(fps240.snapshot());
    expect(fps5.camera.current()).toEqual(fps240.camera.current());
  });

  it('below 4 fps it slows down instead of leaping: a 2 s hitch runs at most 0.25 s of game', () => {
    const engine = new Engine(level);
    const source: InputSource = { next: () => ({ ...idleInput(), moveY: 1, run: true }) };
    const ticks = engine.frame(2, source);
    expect(ticks).toBe(Math.round(0.25 / TICK));
    expect(engine.grid.standable(0, engine.cellOf(engine.active).col, engine.cellOf(engine.active).row)).toBe(true);
  });

  it('the camera glide after a switch takes the same game time at any frame rate', () => {
    const glideAt = (frameMs: number) => {
      const engine = new Engine(level);
      let switched = false;
      const source: InputSource = {
        next: () => {
          const i = { ...idleInput(), cycle: switched ? 0 : 1 };
          switched = true;
          return i;
        },
      };
      const samples: number[] = [];
      for (let t = 0; t < 1000; t += frameMs) {
        engine.frame(frameMs / 1000, source);
        if (Math.abs(((t + frameMs) % 200) - 0) < 1e-6 || Math.abs(((t + frameMs) % 200) - 200) < 1e-6)
          samples.push(engine.camera.current().x);
      }
      return samples;
    };
    const slow = glideAt(200);
    const fast = glideAt(5);
    expect(slow.length).toBe(5);
    expect(fast.length).toBe(5);
    fast.forEach((x, i) => expect(x).toBeCloseTo(slow[i]!, 9));
    // It glides: halfway through the glide the camera is between the two friends.
    expect(slow[0]).not.toBeCloseTo(slow[4]!, 3);
  });

  it('input that changes on ticks inside frames gives the same run at any frame rate as tick by tick', () => {
    // The input follows the ticks, not the frames (as the bot's and a replay's do): it changes on ticks 7, 11, 13,
    // 17… that fall inside frames of any length.
    const changes = [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101];
    const tickSource = (): InputSource => {
      let tick = 0;
      let change = 0;
      let held: TickInput = idleInput();
      const random = seeded(5);
      return {
        next() {
          tick++;
          // The list repeats every 101 ticks.
          const due = changes[change % changes.length]! + 101 * Math.floor(change / changes.length);
          if (tick >= due) {
            change++;
            const a = random() * Math.PI * 2;
            held = {
              ...idleInput(),
              moveX: Math.sin(a),
              moveY: Math.cos(a),
              run: random() < 0.5,
              jump: random() < 0.4,
              lookYaw: random() - 0.5,
              cycle: random() < 0.3 ? 1 : 0,
            };
          } else held = { ...held, lookYaw: 0, cycle: 0 };
          return held;
        },
      };
    };
    const byTicks = (ticks: number) => {
      const engine = new Engine(level);
      const source = tickSource();
      for (let t = 0; t < ticks; t++) engine.step(source.next());
      return engine.snapshot();
    };
    const frameSizes: Record<string, (random: () => number) => number> = {
      '4 ms': () => 0.004,
      '144 Hz': () => 1 / 144,
      '200 ms': () => 0.2,
      'uneven 1–250 ms': (random) => 0.001 + random() * 0.249,
    };
    let changedMidFrame = 0;
    for (const [name, size] of Object.entries(frameSizes)) {
      const engine = new Engine(level);
      const source = tickSource();
      const random = seeded(99);
      while (engine.tick < 600) {
        const before = engine.tick;
        engine.frame(size(random), source);
        // Count frames that ran a change of input after their first tick.
        for (let t = before + 2; t <= engine.tick; t++) if (changes.includes(t % 101)) changedMidFrame++;
      }
      expect({ name, snapshot: engine.snapshot() }).toEqual({ name, snapshot: byTicks(engine.tick) });
    }
    expect(changedMidFrame).toBeGreaterThan(3);
  });

  it('frames at 144 Hz run exactly 5 ticks every 12 frames, for a minute (the accumulator forgives rounding)', () => {
    const engine = new Engine(level);
    const source: InputSource = { next: () => idleInput() };
    const late: number[] = [];
    for (let frame = 1; frame <= 144 * 60; frame++) {
      engine.frame(1 / 144, source);
      // After `frame` frames of 1/144 s, floor(frame × 60 / 144) ticks are due.
      if (engine.tick !== Math.floor((frame * 5) / 12)) late.push(frame);
    }
    expect(late).toEqual([]);
    expect(engine.tick).toBe(3600);
  });

  it('frames of 1000/240 ms, as a browser reports them, land on the tick every fourth frame', () => {
    const engine = new Engine(level);
    const source: InputSource = { next: () => idleInput() };
    const late: number[] = [];
    for (let frame = 1; frame <= 240 * 60; frame++) {
      engine.frame(1000 / 240 / 1000, source);
      if (engine.tick !== Math.floor(frame / 4)) late.push(frame);
    }
    expect(late).toEqual([]);
  });
});

// The bot beats the boss fixture in the physics, doubt waves and whispers included, and the epilogue follows.
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import type { GameEvent } from '../../src/engine/events';
import { idleInput, type TickInput } from '../../src/engine/tick-input';
import { solveLevel } from '../../src/levels/solver';
import { loadLevelFile } from '../helpers';

describe('the bot and the boss', () => {
  it('breaks the cycle of tests/fixtures/levels/boss.json and reaches the exit; the epilogue fires', () => {
    const level = loadLevelFile('tests/fixtures/levels/boss.json');
    const result = solveLevel(level);
    if (!result.beatable) throw new Error(result.reasons.join(' / '));
    const engine = new Engine(level, { switchGlide: 0 });
    const bot = new Bot(engine, result.plan);
    const seen: GameEvent[] = [];
    while (engine.status !== 'complete' && !bot.failure && engine.time < 120) {
      engine.step(bot.next());
      const events = engine.drainEvents();
      seen.push(...events);
      bot.notice(events);
    }
    expect(bot.failure).toBeNull();
    expect(engine.status).toBe('complete');
    const phases = seen.flatMap((e) => (e.type === 'boss-phase' ? [e.phase] : []));
    expect(phases).toEqual(['cores', 'loop', 'broken']);
    expect(seen.filter((e) => e.type === 'core-broken')).toHaveLength(2);
    expect(seen.some((e) => e.type === 'doubt-wave')).toBe(true);
    expect(seen.map((e) => e.type)).toContain('epilogue');
  });

  it('plays the whole fight the same at 5 and at 240 frames a second: waves, whispers and all', () => {
    const level = loadLevelFile('tests/fixtures/levels/boss.json');
    const result = solveLevel(level);
    if (!result.beatable) throw new Error(result.reasons.join(' / '));
    // The bot's inputs, tick by tick, as a player's would be.
    const recorded = new Engine(level, { switchGlide: 0 });
    const inputs: TickInput[] = [];
    recorded.inputTap = (i) => inputs.push({ ...i });
    const bot = new Bot(recorded, result.plan);
    while (recorded.status !== 'complete' && !bot.failure && recorded.time < 120) {
      recorded.step(bot.next());
      bot.notice(recorded.drainEvents());
    }
    expect(recorded.status).toBe('complete');
    // Both run to the same tick: a whole number of 5 fps frames (12 ticks each), standing still after the inputs.
    const ticks = Math.ceil(inputs.length / 12) * 12;
    const idle = idleInput();
    const replay = (fps: number) => {
      const engine = new Engine(level, { switchGlide: 0 });
      let k = 0;
      const source = { next: () => inputs[k++] ?? idle };
      while (engine.tick < ticks) engine.frame(1 / fps, source);
      return engine;
    };
    const slow = replay(5);
    const fast = replay(240);
    expect(slow.status).toBe('complete');
    expect(slow.snapshot().entities.boss).toEqual(recorded.snapshot().entities.boss);
    expect(fast.tick).toBe(slow.tick);
    expect(fast.snapshot()).toEqual(slow.snapshot());
  });
});

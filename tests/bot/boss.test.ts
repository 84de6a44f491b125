// The bot beats the boss fixture in the physics, doubt waves and whispers included, and the epilogue follows.
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import type { GameEvent } from '../../src/engine/events';
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
});

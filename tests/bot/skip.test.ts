// Skip this puzzle, in every campaign level: a stuck player who skips to each next checkpoint on the route in turn
// is never stranded — after the last skip the bot still finishes the level from where the party stands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import { idleInput } from '../../src/engine/tick-input';
import { parseLevel } from '../../src/levels/load';
import { planFrom } from '../../src/levels/solver';
import { routeToCheckpoint } from '../../src/levels/solver/live';
import { campaignFiles } from '../../tools/level/campaign';

describe('skipping every puzzle of a level', () => {
  for (const file of campaignFiles()) {
    it(`${file}: skips to each checkpoint on the route, never back to one, and can still be finished`, () => {
      const level = parseLevel(readFileSync(file, 'utf8'), file);
      const engine = new Engine(level, { switchGlide: 0 });
      const skipped: string[] = [];
      for (;;) {
        const live = engine.liveState();
        const route = planFrom(level, live);
        if (!route.beatable) throw new Error(`no route after skipping to ${skipped.join(', ')}: ${route.reasons[0]}`);
        const next = routeToCheckpoint(level, route.plan, live.checkpoint, live.checkpoints);
        if (!next) break;
        expect(skipped).not.toContain(next.checkpoint);
        expect(engine.skipPuzzle(next.checkpoint, next.steps)).toBe(true);
        skipped.push(next.checkpoint);
        // The friend the player goes on as stands on the checkpoint.
        const cp = level.entities.find((e) => e.id === next.checkpoint)!;
        expect(engine.cellOf(engine.active)).toEqual({ floor: cp.floor, col: cp.at[0], row: cp.at[1] });
        for (let t = 0; t < 30; t++) engine.step(idleInput());
      }
      expect(skipped.length).toBeGreaterThan(0);
      const rest = planFrom(level, engine.liveState());
      if (!rest.beatable) throw new Error(rest.reasons.join(' / '));
      const bot = new Bot(engine, rest.plan);
      while (engine.status !== 'complete' && !bot.failure && engine.time < 300) {
        engine.step(bot.next());
        bot.notice(engine.drainEvents());
      }
      expect(bot.failure?.reason ?? null).toBeNull();
      expect(engine.status).toBe('complete');
    }, 60_000);
  }
});

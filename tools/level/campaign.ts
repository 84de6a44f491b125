// `npm run level -- play --campaign`: the bot plays the campaign's levels (levels/0*.json) headless, in order, in
// the engine's physics, and checks the story ends: the epilogue fires after the last level and never before it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bot } from '../../src/bot/bot';
import { Engine } from '../../src/engine/engine';
import { parseLevel } from '../../src/levels/load';
import { solveLevel } from '../../src/levels/solver';
import { describeStep } from '../../src/core/plan';

export interface CampaignLevelResult {
  file: string;
  reached: boolean;
  gameSeconds: number;
  realMs: number;
  /** The epilogue event fired while this level was played. */
  epilogue: boolean;
  /** Why it was not finished. */
  reason?: string;
}

export interface CampaignResult {
  levels: CampaignLevelResult[];
  /** Every level reached its exit, and the epilogue fired after the last and only then. */
  ok: boolean;
}

/** The campaign's level files in order: levels/01-….json, levels/02-….json, … */
export function campaignFiles(dir = 'levels'): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.json$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function playCampaign(files: readonly string[], maxGameSeconds = 600): CampaignResult {
  const levels: CampaignLevelResult[] = [];
  for (const file of files) {
    const started = performance.now();
    const result: CampaignLevelResult = { file, reached: false, gameSeconds: 0, realMs: 0, epilogue: false };
    levels.push(result);
    try {
      const level = parseLevel(readFileSync(file, 'utf8'), file);
      const solved = solveLevel(level);
      if (!solved.beatable) {
        result.reason = `the solver found no way to the exit: ${solved.reasons.join('; ')}`;
        break;
      }
      const engine = new Engine(level, { switchGlide: 0 });
      const bot = new Bot(engine, solved.plan);
      while (engine.status !== 'complete' && !bot.failure && engine.time < maxGameSeconds) {
        engine.step(bot.next());
        const events = engine.drainEvents();
        for (const e of events) if (e.type === 'epilogue') result.epilogue = true;
        bot.notice(events);
        if (bot.done) break;
      }
      // The epilogue is said in the tick the level completes; take what that tick left.
      for (const e of engine.drainEvents()) if (e.type === 'epilogue') result.epilogue = true;
      result.reached = engine.status === 'complete';
      result.gameSeconds = engine.time;
      if (!result.reached) {
        const step = bot.failure ? solved.plan.steps[bot.failure.step] : undefined;
        result.reason = bot.failure
          ? `${bot.failure.reason}${step ? ` (step ${bot.failure.step + 1}: ${describeStep(step)})` : ''}`
          : `ran out of time (${maxGameSeconds} s of game time)`;
      }
    } catch (e) {
      result.reason = (e as Error).message;
    }
    result.realMs = performance.now() - started;
    if (!result.reached) break;
  }
  const last = levels.length - 1;
  const ok =
    levels.length === files.length &&
    levels.every((l) => l.reached) &&
    levels.every((l, i) => l.epilogue === (i === last));
  return { levels, ok };
}

export function runCampaign(args: string[]): number {
  const files = args.filter((a) => !a.startsWith('--'));
  const list = files.length ? files : campaignFiles();
  if (list.length === 0) {
    console.error('no campaign levels: expected levels/01-….json, levels/02-….json, …');
    return 1;
  }
  const r = playCampaign(list);
  for (const l of r.levels) {
    const time = `${l.gameSeconds.toFixed(1)} s of game time in ${l.realMs.toFixed(0)} ms`;
    if (l.reached) console.log(`${l.file}: reached the exit — ${time}${l.epilogue ? ' — the epilogue' : ''}`);
    else console.error(`${l.file}: did NOT reach the exit — ${time}\n  ${l.reason ?? ''}`);
  }
  const last = r.levels[r.levels.length - 1];
  if (r.levels.length === list.length && r.levels.every((l) => l.reached) && !last?.epilogue)
    console.error(`${last?.file}: the last level ended without the epilogue (is its boss broken at the exit?)`);
  const early = r.levels.slice(0, -1).find((l) => l.epilogue);
  if (early) console.error(`${early.file}: the epilogue fired before the campaign's last level`);
  console.log(
    r.ok ? `the campaign: ${list.length} levels played, the epilogue at the end` : 'the campaign: NOT finished',
  );
  return r.ok ? 0 : 1;
}

// Plays a plan headless in the engine's physics as fast as the machine allows.
import type { Level } from '../core/schema';
import type { Plan } from '../core/plan';
import type { CellRef } from '../core/grid';
import { Engine } from '../engine/engine';
import { startRecording, type Replay } from '../engine/replay';
import { Bot } from './bot';

export interface PlayResult {
  reached: boolean;
  gameSeconds: number;
  realMs: number;
  /** Index of the plan step that failed. */
  failedStep?: number;
  reason?: string;
  /** The run's inputs, when asked for with `record`. */
  replay?: Replay;
  /** Where the friend the player controlled stood when the run ended. */
  at?: CellRef;
}

export function playLevel(
  level: Level,
  plan: Plan,
  options: { maxGameSeconds?: number; record?: boolean } = {},
): PlayResult {
  const maxGameSeconds = options.maxGameSeconds ?? 600;
  const started = performance.now();
  const engine = new Engine(level, { switchGlide: 0 });
  const bot = new Bot(engine, plan);
  const recorder = options.record ? startRecording(engine) : null;
  while (engine.status !== 'complete' && !bot.failure && engine.time < maxGameSeconds) {
    engine.step(bot.next());
    bot.notice(engine.drainEvents());
    if (bot.done) break;
  }
  const realMs = performance.now() - started;
  const reached = engine.status === 'complete';
  const result: PlayResult = { reached, gameSeconds: engine.time, realMs };
  if (recorder) result.replay = recorder.toJSON();
  if (!reached) {
    result.at = engine.cellOf(engine.active);
    result.failedStep = bot.failure?.step ?? Math.min(bot.stepIndex, plan.steps.length - 1);
    result.reason =
      bot.failure?.reason ??
      (bot.done
        ? 'every step was played but the level did not end'
        : `ran out of time (${maxGameSeconds} s of game time) at step ${bot.stepIndex + 1}`);
  }
  return result;
}

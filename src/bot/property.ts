// The property the proof must have, tried on one random level: when the solver finds a route the bot beats it in
// the physics, and when the bot beats a level (playing the route of a looser model) the solver finds a route too.
import { describeStep } from '../core/plan';
import { checkLevelText, formatProblem } from '../levels/check';
import { randomLevel } from '../levels/random-level';
import { solveLevel } from '../levels/solver';
import type { Level } from '../core/schema';
import type { Plan } from '../core/plan';
import { Engine } from '../engine/engine';
import { Bot } from './bot';
import { playLevel } from './play';

export type Agreement =
  /** The solver finds a route and the bot plays it to the exit. */
  | 'both-beat'
  /** The solver finds none, and the bot does not beat the looser model's route either (or there is none). */
  | 'neither'
  /** The solver's route fails in the physics: the solver is wrong. */
  | 'solver-wrong'
  /** The bot beats the level on the looser model's route, but the solver finds no route: the solver misses it. */
  | 'solver-missed'
  /**
   * The solver says "not proven" at a moving platform it does not ride, and the bot beat the level only by standing
   * on that platform (a leap that came down on it): the proof said what it cannot count, and never "cannot be beaten".
   */
  | 'not-proven'
  /** The generator made a level the checker refuses. */
  | 'invalid';

export interface PropertyCase {
  seed: number;
  agreement: Agreement;
  /** What went wrong, for a disagreement. */
  detail: string;
}

/** Game seconds the bot may take on a random level. */
const PLAY_SECONDS = 120;

export function propertyCase(seed: number): PropertyCase {
  return propertyOf(seed, JSON.stringify(randomLevel(seed)));
}

/** The property tried on one level's text (`seed` only names it). */
export function propertyOf(seed: number, text: string): PropertyCase {
  const checked = checkLevelText(text, `random-${seed}.json`);
  if (!checked.level) return { seed, agreement: 'invalid', detail: checked.errors.map(formatProblem).join('\n') };
  const level = checked.level;
  const solved = solveLevel(level);
  if (solved.beatable) {
    const r = playLevel(level, solved.plan, { maxGameSeconds: PLAY_SECONDS });
    if (r.reached) return { seed, agreement: 'both-beat', detail: '' };
    const step = solved.plan.steps[r.failedStep ?? 0];
    return {
      seed,
      agreement: 'solver-wrong',
      detail: `step ${(r.failedStep ?? 0) + 1} (${step ? describeStep(step) : '?'}): ${r.reason}`,
    };
  }
  const loose = solveLevel(level, { relaxed: true });
  if (!loose.beatable) return { seed, agreement: 'neither', detail: '' };
  const unproven = new Set((solved.unproven ?? []).map((u) => u.entity));
  const r = playOnPlatforms(level, loose.plan, unproven);
  if (!r.reached) return { seed, agreement: 'neither', detail: '' };
  if (r.stoodOn.length > 0)
    return { seed, agreement: 'not-proven', detail: `the bot stood on ${r.stoodOn.map((id) => `"${id}"`).join(', ')}` };
  return { seed, agreement: 'solver-missed', detail: solved.reasons.join('; ') };
}

/** Plays a plan as playLevel does, noting which of the given moving platforms any friend stood on. */
function playOnPlatforms(level: Level, plan: Plan, ids: Set<string>): { reached: boolean; stoodOn: string[] } {
  const engine = new Engine(level, { switchGlide: 0 });
  const bot = new Bot(engine, plan);
  const watched = engine.entities.platforms.filter((p) => ids.has(p.entity.id));
  const stoodOn = new Set<string>();
  while (engine.status !== 'complete' && !bot.failure && engine.time < PLAY_SECONDS && !bot.done) {
    engine.step(bot.next());
    bot.notice(engine.drainEvents());
    for (const f of engine.friends) for (const p of watched) if (f.ground?.body === p.body) stoodOn.add(p.entity.id);
  }
  return { reached: engine.status === 'complete', stoodOn: [...stoodOn] };
}

export interface PropertyReport {
  cases: number;
  counts: Record<Agreement, number>;
  disagreements: PropertyCase[];
}

export function propertyRun(cases: number, firstSeed = 1): PropertyReport {
  const counts: Record<Agreement, number> = {
    'both-beat': 0,
    neither: 0,
    'solver-wrong': 0,
    'solver-missed': 0,
    'not-proven': 0,
    invalid: 0,
  };
  const disagreements: PropertyCase[] = [];
  for (let i = 0; i < cases; i++) {
    const c = propertyCase(firstSeed + i);
    counts[c.agreement]++;
    if (c.agreement !== 'both-beat' && c.agreement !== 'neither') disagreements.push(c);
  }
  return { cases, counts, disagreements };
}

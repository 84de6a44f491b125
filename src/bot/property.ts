// The property the proof must have, tried on one random level: when the solver finds a route the bot beats it in
// the physics, and when the bot beats a level (playing the route of a looser model) the solver finds a route too.
import { describeStep } from '../core/plan';
import { checkLevelText, formatProblem } from '../levels/check';
import { randomLevel } from '../levels/random-level';
import { solveLevel } from '../levels/solver';
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
  const text = JSON.stringify(randomLevel(seed));
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
  const r = playLevel(level, loose.plan, { maxGameSeconds: PLAY_SECONDS });
  if (!r.reached) return { seed, agreement: 'neither', detail: '' };
  return { seed, agreement: 'solver-missed', detail: solved.reasons.join('; ') };
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

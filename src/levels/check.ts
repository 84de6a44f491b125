// The level checker designers, the command line and the game all use: every problem of a level file at once,
// each with its file, line, column and JSON path, and (when asked) the solver's route to the exit. That the bot
// beats the route in the physics as well is src/bot/prove.ts's part, which calls this.
import type { CheckResult } from './errors';
import type { Level } from '../core/schema';
import { checkLevelWith, type Solve, type SolveResult } from './check/level';
import { solveLevel } from './solver';

export type { CheckResult, LevelProblem } from './errors';
export { formatProblem, problemsForDisplay } from './errors';
export type { Proof, Solve, SolveResult } from './check/level';

export interface CheckOptions {
  /** Also look for a route with the solver (only when the file has no errors), or prove it with this. */
  solve?: boolean | Solve;
}

/** Checks a level file's text. Never throws: whatever the text, the answer is a CheckResult. */
export function checkLevelText(text: string, file: string, options: CheckOptions = {}): CheckResult {
  const solve = options.solve === true ? solveRoute : options.solve || null;
  return checkLevelWith(text, file, solve);
}

/** The solver's answer in the checker's words: a route, no route, or not proven (what it cannot model yet). */
export function solveRoute(level: Level): SolveResult {
  const solved = solveLevel(level);
  if (solved.beatable) return { beatable: true, plan: solved.plan, proof: { by: 'solver' } };
  const unproven = solved.unproven ?? [];
  if (unproven.length > 0)
    return {
      beatable: false,
      verdict: 'not-proven',
      entity: unproven[0]!.entity,
      reasons: [...unproven.map((u) => u.reason), ...solved.reasons],
    };
  return { beatable: false, verdict: 'unbeatable', reasons: solved.reasons };
}

// The level checker designers, the command line and the game all use: every problem of a level file at once,
// each with its file, line, column and JSON path, and (when asked) the solver's proof that it can be beaten.
import type { CheckResult } from './errors';
import { checkLevelWith } from './check/level';
import { solveLevel } from './solver';

export type { CheckResult, LevelProblem } from './errors';
export { formatProblem, problemsForDisplay } from './errors';

export interface CheckOptions {
  /** Also prove the level beatable with the solver (only when it has no errors). */
  solve?: boolean;
}

/** Checks a level file's text. Never throws: whatever the text, the answer is a CheckResult. */
export function checkLevelText(text: string, file: string, options: CheckOptions = {}): CheckResult {
  return checkLevelWith(text, file, options.solve ? solveLevel : null);
}

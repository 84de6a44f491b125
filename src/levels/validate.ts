// The checker without the solver, for the game: a level file's problems at once, each placed in the file. The game
// proves a designer's level with the solver and the bot only when it needs to (src/bot/prove.ts, loaded lazily).
import type { CheckResult } from './errors';
import { checkLevelWith } from './check/level';

/** Checks a level file's text: syntax, schema and the level's own rules. Never throws. */
export function validateLevelText(text: string, file: string): CheckResult {
  return checkLevelWith(text, file, null);
}

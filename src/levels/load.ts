// Turning a level file's text into a Level the engine can run, through the same checker designers use.
import { checkLevelText } from './check';
import { LevelLoadError } from './errors';
import type { Level } from '../core/schema';

export { LevelLoadError };

/**
 * Parses, migrates and validates a level file's text (no solver: that is the checker's job, and slower).
 * Throws LevelLoadError carrying every problem, each with file, line, column and path.
 */
export function parseLevel(text: string, file: string): Level {
  const result = checkLevelText(text, file);
  if (!result.level) throw new LevelLoadError(file, result.errors);
  return result.level;
}

// Turning a level file's text into a Level the engine can run.
import { levelSchema, type Level } from './schema';

export class LevelLoadError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

/** Parses and validates a level file's text; throws LevelLoadError naming the file and what is wrong. */
export function parseLevel(text: string, file: string): Level {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LevelLoadError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const result = levelSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new LevelLoadError(file, `${first.path.join('.') || '(top)'}: ${first.message}`);
  }
  return result.data;
}

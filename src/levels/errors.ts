// What the checker says about a level file, in the words and places a designer needs: file, line, column, path.
import type { Plan } from '../core/plan';
import type { Level } from '../core/schema';

export interface LevelProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The JSON path written like `entities[3].controls[0]`; `(level)` for the whole file. */
  path: string;
  message: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
}

export interface CheckResult {
  file: string;
  /** The level with every default filled in, or null when the file has errors. */
  level: Level | null;
  errors: LevelProblem[];
  warnings: LevelProblem[];
  /** Things a designer should know that are not wrong (a migrated format, rules skipped until errors are fixed). */
  notices: string[];
  /** The solver's proof that the level can be beaten, when asked to solve and it can. */
  plan?: Plan;
  /** Whether the bot played that plan to the exit too ("beatable"), or only the solver found it. */
  proof?: { by: 'solver' | 'bot'; gameSeconds?: number; realMs?: number };
}

/** `levels/x.json:12:7 entities[3].controls[0]: no entity "door-9" (did you mean "door-1"?)` */
export function formatProblem(p: LevelProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.path}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`;
}

/** Thrown by parseLevel when a level file cannot be played; carries every problem the checker found. */
export class LevelLoadError extends Error {
  readonly file: string;
  readonly problems: LevelProblem[];
  constructor(file: string, problems: LevelProblem[] | string) {
    const list =
      typeof problems === 'string' ? [{ file, line: 1, column: 1, path: '(level)', message: problems }] : problems;
    super(list.map(formatProblem).join('\n') || `${file}: cannot be loaded`);
    this.name = 'LevelLoadError';
    this.file = file;
    this.problems = list;
  }
}

/** The most problems the in-game panel lists; the rest are counted. */
const DISPLAY_LINES = 12;

/**
 * What the game's error panel shows for a checked file: a title and one line a problem (errors first), so an
 * invalid file saved during play explains itself while the level already loaded keeps running.
 */
export function problemsForDisplay(result: CheckResult): { title: string; lines: string[] } {
  const { errors, warnings } = result;
  const title = errors.length
    ? `${result.file} cannot be played: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`
    : warnings.length
      ? `${result.file}: ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`
      : `${result.file}: ok`;
  const all = [...errors, ...warnings.map((w) => ({ ...w, message: `warning: ${w.message}` }))];
  const lines = all
    .slice(0, DISPLAY_LINES)
    .map((p) => `line ${p.line}, column ${p.column} · ${p.path}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
  if (all.length > DISPLAY_LINES) lines.push(`… and ${all.length - DISPLAY_LINES} more (npm run level -- check)`);
  return { title, lines: [...lines, ...result.notices] };
}

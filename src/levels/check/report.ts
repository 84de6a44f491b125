// Collects a file's problems, each placed at the line and column where its JSON path is written.
import type { LevelProblem } from '../errors';
import { formatPath, type JsonPath, type LevelText } from '../positions';

/** Past this many errors the rest are counted, not listed: one broken file should not bury the others. */
export const MAX_LISTED_ERRORS = 200;

/** A path, and optionally a more exact place: a fixed offset, a property's key, or a character of a string. */
export interface Where {
  path: JsonPath;
  offset?: number;
  key?: string;
  char?: number;
}

export class Report {
  readonly errors: LevelProblem[] = [];
  readonly warnings: LevelProblem[] = [];
  readonly notices: string[] = [];
  private unlisted = 0;

  constructor(
    readonly file: string,
    public text: LevelText,
    /** Maps a path in the current format to where it is written in the file (older formats name things otherwise). */
    public sourcePath: (path: JsonPath) => JsonPath = (p) => p,
  ) {}

  error(where: Where, message: string, hint?: string): void {
    if (this.errors.length >= MAX_LISTED_ERRORS) {
      this.unlisted++;
      return;
    }
    this.errors.push(this.problem(where, message, hint));
  }

  warning(where: Where, message: string, hint?: string): void {
    if (this.warnings.length < MAX_LISTED_ERRORS) this.warnings.push(this.problem(where, message, hint));
  }

  get hasErrors(): boolean {
    return this.errors.length > 0 || this.unlisted > 0;
  }

  /** Adds the count of errors that were not listed, if any. */
  finish(): void {
    if (this.unlisted > 0)
      this.notices.push(`${this.file}: ${this.unlisted} more errors not listed; fix the ones above first`);
  }

  private problem(where: Where, message: string, hint?: string): LevelProblem {
    const path = this.sourcePath(where.path);
    let offset: number;
    if (where.offset !== undefined) offset = where.offset;
    else if (where.key !== undefined) offset = this.text.keyOffset(path, where.key);
    else if (where.char !== undefined) offset = this.text.charOffset(path, where.char);
    else offset = this.text.offsetOf(path);
    const { line, column } = this.text.position(offset);
    const shown = where.key !== undefined ? [...path, where.key] : path;
    return { file: this.file, line, column, path: formatPath(shown), message, ...(hint ? { hint } : {}) };
  }
}

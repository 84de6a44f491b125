// Older level files keep working: each format version is brought up to the current one on load, with a notice.
//   1 → 2: the spawn was called `start`; the look was a bare `palette` at the top instead of a `mood` object.
import { FORMAT_VERSION } from '../core/schema';
import type { JsonPath } from './positions';

export type Migration =
  | {
      kind: 'ok';
      value: unknown;
      /** The version the file was written in. */
      from: number;
      /** Where a path of the current format is written in the file (so errors point at the designer's text). */
      sourcePath: (path: JsonPath) => JsonPath;
    }
  /** The version cannot be read: a message for `formatVersion`. */
  | { kind: 'error'; message: string; hint?: string };

const same = (path: JsonPath): JsonPath => path;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Brings a parsed level file to FORMAT_VERSION. A file that is not an object is left to the schema to explain. */
export function migrateLevel(value: unknown): Migration {
  if (!isObject(value) || !('formatVersion' in value))
    return { kind: 'ok', value, from: FORMAT_VERSION, sourcePath: same };
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      kind: 'error',
      message: `formatVersion must be a whole number from 1 to ${FORMAT_VERSION}, not ${JSON.stringify(version)}`,
      hint: `new levels use "formatVersion": ${FORMAT_VERSION}`,
    };
  if (version > FORMAT_VERSION)
    return {
      kind: 'error',
      message: `made by a newer Dreamcycle (format ${version}); this build reads up to ${FORMAT_VERSION} — update the game`,
    };
  if (version === FORMAT_VERSION) return { kind: 'ok', value, from: version, sourcePath: same };
  return { kind: 'ok', value: fromV1(value), from: 1, sourcePath: v1Path(value) };
}

function fromV1(v1: Record<string, unknown>): Record<string, unknown> {
  const { start, palette, ...rest } = v1;
  const v2: Record<string, unknown> = { ...rest, formatVersion: 2 };
  if (start !== undefined && v2.spawn === undefined) v2.spawn = start;
  if (palette !== undefined && v2.mood === undefined) v2.mood = { palette };
  return v2;
}

function v1Path(v1: Record<string, unknown>): (path: JsonPath) => JsonPath {
  return (path) => {
    if (path[0] === 'spawn' && 'start' in v1 && !('spawn' in v1)) return ['start', ...path.slice(1)];
    if (path[0] === 'mood' && 'palette' in v1 && !('mood' in v1)) return path[1] === 'palette' ? ['palette'] : [];
    return path;
  };
}

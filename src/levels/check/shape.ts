// The schema's complaints in a designer's words, each at the place in the file it is about.
import type { z } from 'zod';
import {
  decorSchema,
  DECOR_KINDS,
  entitySchema,
  ENTITY_TYPES,
  floorSchema,
  friendStart,
  gridSchema,
  levelSchema,
  moodSchema,
  spawnSchema,
  type Level,
} from '../../core/schema';
import type { JsonPath } from '../positions';
import type { Report } from './report';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

export interface ShapeResult {
  level: Level | null;
  /** Entities that failed the schema (indices in the file), so the level rules can still check the rest. */
  badEntities: Set<number>;
  /** Whether anything outside the entities failed: then the level rules cannot run. */
  fatal: boolean;
  /** For each entity of `level`, its index in the file. */
  fileIndex: number[];
  /** For each prop of `level.decor`, its index in the file. */
  decorIndex: number[];
  /** Ids of the entities that failed, so references to them are not called dangling. */
  brokenIds: Set<string>;
  /** Types of the entities that failed (when their type is known), so "no exit" is not said of a broken exit. */
  brokenTypes: Set<string>;
}

/** Validates the migrated value against the schema; reports every issue. */
export function checkShape(value: unknown, report: Report): ShapeResult {
  const parsed = levelSchema.safeParse(value);
  if (parsed.success)
    return {
      level: parsed.data,
      badEntities: new Set(),
      fatal: false,
      fileIndex: parsed.data.entities.map((_, i) => i),
      decorIndex: parsed.data.decor.map((_, i) => i),
      brokenIds: new Set(),
      brokenTypes: new Set(),
    };
  const badEntities = new Set<number>();
  // A broken prop is dropped so the level's rules still run: decor never decides whether a level is playable.
  const badDecor = new Set<number>();
  let fatal = false;
  for (const issue of parsed.error.issues) {
    describeIssue(issue, value, report);
    const [top, index] = issue.path;
    if (top === 'entities' && typeof index === 'number') badEntities.add(index);
    else if (top === 'decor' && typeof index === 'number') badDecor.add(index);
    else fatal = true;
  }
  const brokenIds = new Set<string>();
  const brokenTypes = new Set<string>();
  const raw = value as { entities?: unknown; decor?: unknown };
  if (fatal || (badEntities.size > 0 && !Array.isArray(raw.entities)))
    return { level: null, badEntities, fatal: true, fileIndex: [], decorIndex: [], brokenIds, brokenTypes };
  // Everything else is fine: check the level without the broken entities so their neighbours' problems show too.
  const fileIndex: number[] = [];
  const kept: unknown[] = [];
  const entities: unknown[] = Array.isArray(raw.entities) ? raw.entities : [];
  entities.forEach((e, i) => {
    if (!badEntities.has(i)) {
      fileIndex.push(i);
      kept.push(e);
    } else {
      const id = valueAt(e, ['id']);
      const type = valueAt(e, ['type']);
      if (typeof id === 'string') brokenIds.add(id);
      if (typeof type === 'string') brokenTypes.add(type);
    }
  });
  const salvage: Record<string, unknown> = { ...raw };
  if (Array.isArray(raw.entities)) salvage.entities = kept;
  const decorIndex: number[] = [];
  if (Array.isArray(raw.decor)) {
    const keptDecor: unknown[] = [];
    raw.decor.forEach((d, i) => {
      if (badDecor.has(i)) return;
      decorIndex.push(i);
      keptDecor.push(d);
    });
    salvage.decor = keptDecor;
  }
  const salvaged = levelSchema.safeParse(salvage);
  if (!salvaged.success)
    return { level: null, badEntities, fatal: true, fileIndex: [], decorIndex: [], brokenIds, brokenTypes };
  return { level: salvaged.data, badEntities, fatal: false, fileIndex, decorIndex, brokenIds, brokenTypes };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const part of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Object.prototype.hasOwnProperty.call(v, part) ? (v as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string')
    return v.length > 40 ? `a string of ${v.length} characters` : `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = {
  array: 'a list [ … ]',
  object: 'an object { … }',
  tuple: 'a cell [column, row]',
  string: 'a string in "double quotes"',
  number: 'a number',
  boolean: 'true or false',
};

/** The fields an object at `path` may have, for "did you mean" and "allowed here". */
function fieldsAt(path: readonly PropertyKey[], root: unknown): string[] {
  const shape = (s: { shape: object }) => Object.keys(s.shape);
  const p = path.map((x) => (typeof x === 'number' ? '#' : String(x))).join('/');
  switch (p) {
    case '':
      return shape(levelSchema);
    case 'grid':
      return shape(gridSchema);
    case 'grid/floors/#':
      return shape(floorSchema);
    case 'spawn':
      return shape(spawnSchema);
    case 'mood':
      return shape(moodSchema);
    case 'friends/#':
      return shape(friendStart);
    case 'decor/#':
      return shape(decorSchema);
    case 'entities/#/lines/#':
    case 'entities/#/whispers/#':
      return ['speaker', 'text'];
    case 'entities/#': {
      const type = valueAt(root, [...path, 'type']);
      const option = entitySchema.options.find((o) => o.shape.type.value === type);
      return option ? shape(option) : [];
    }
    default:
      return [];
  }
}

function describeIssue(issue: Issue, root: unknown, report: Report): void {
  const path = issue.path as (string | number)[];
  const last = path[path.length - 1];
  const value = valueAt(root, path);
  const where = { path };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined && typeof last === 'string')
        return report.error({ path: path.slice(0, -1) }, `missing "${last}"`, `add "${last}": ${expected}`);
      return report.error(where, `expected ${expected}, found ${describeValue(value)}`);
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const bound = big
        ? (issue as { maximum: number | bigint }).maximum
        : (issue as { minimum: number | bigint }).minimum;
      const limit = Number(bound).toLocaleString('en');
      if (issue.origin === 'string' && typeof value === 'string') {
        const at = big ? { path, char: Number(bound) } : where;
        return report.error(
          at,
          big
            ? `${value.length.toLocaleString('en')} characters; at most ${limit}`
            : `too short; at least ${limit} character${limit === '1' ? '' : 's'}`,
        );
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        if (
          /^(at|to)$/.test(String(last)) ||
          (typeof path[path.length - 2] === 'string' && path[path.length - 2] === 'loop')
        )
          return report.error(where, `a cell is [column, row]; this has ${value.length} numbers`);
        return report.error(
          where,
          big ? `${value.length} items; at most ${limit}` : `needs at least ${limit} item${limit === '1' ? '' : 's'}`,
        );
      }
      if (issue.origin === 'number')
        return report.error(
          where,
          `${String(value)} is ${big ? 'more than the most' : 'less than the least'} allowed, ${limit}`,
          `write ${String(bound)} or ${big ? 'less' : 'more'}`,
        );
      return report.error(where, issue.message);
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const said = value === undefined ? undefined : JSON.stringify(value);
      if (value === undefined && typeof last === 'string')
        return report.error({ path: path.slice(0, -1) }, `missing "${last}"`, `add "${last}": ${options.join(' or ')}`);
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '';
      if (last === 'kind' && path[0] === 'decor')
        return report.error(where, `unknown decor kind ${said ?? ''}${hint}`, `decor kinds: ${DECOR_KINDS.join(', ')}`);
      return report.error(where, `${said} is not one of ${options.join(', ')}${hint}`);
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const entityPath = last === 'type' ? path.slice(0, -1) : path;
        const type = valueAt(root, [...entityPath, 'type']);
        const list = `entity types: ${ENTITY_TYPES.join(', ')}`;
        if (type === undefined) return report.error({ path: entityPath }, 'missing "type"', list);
        const typo = typeof type === 'string' ? didYouMean(type, ENTITY_TYPES) : '';
        return report.error(
          { path: [...entityPath, 'type'] },
          `unknown entity type ${JSON.stringify(type)}${typo}`,
          list,
        );
      }
      if (last === 'speaker')
        return report.error(
          where,
          `expected a friend (mia, noah, ava, leo) or a speaker's name, found ${describeValue(value)}`,
        );
      const first = issue.errors[0]?.[0];
      return report.error(where, first ? first.message : issue.message);
    }
    case 'invalid_format':
      return report.error(where, `${describeValue(value)}: ${issue.message}`);
    case 'unrecognized_keys': {
      const allowed = fieldsAt(path, root);
      for (const key of issue.keys)
        report.error(
          { path, key },
          `unknown field "${key}"${didYouMean(key, allowed)}`,
          allowed.length ? `allowed here: ${allowed.join(', ')}` : undefined,
        );
      return;
    }
    default:
      return report.error(where, issue.message);
  }
}

export type { JsonPath };

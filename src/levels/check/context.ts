// What every level rule sees: the validated level, the grid built from it, and where each entity is in the file.
import type { Grid } from '../../core/grid';
import type { Cell, Level, TerrainKind } from '../../core/schema';
import type { JsonPath } from '../positions';
import type { Report } from './report';

export interface RuleContext {
  level: Level;
  report: Report;
  /** Index in the file of each of `level.entities` (entities that failed the schema are left out of the level). */
  fileIndex: number[];
  /** Index in the file of each of `level.decor` (props that failed the schema are left out). */
  decorIndex: number[];
  /** Ids of entities that failed the schema: references to them are not dangling. */
  brokenIds: Set<string>;
  /** Types of entities that failed the schema. */
  brokenTypes: Set<string>;
}

export interface GridContext extends RuleContext {
  grid: Grid;
}

export function entityPath(ctx: RuleContext, i: number, ...rest: (string | number)[]): JsonPath {
  return ['entities', ctx.fileIndex[i] ?? i, ...rest];
}

export function decorPath(ctx: RuleContext, i: number, ...rest: (string | number)[]): JsonPath {
  return ['decor', ctx.decorIndex[i] ?? i, ...rest];
}

export function cellText([col, row]: Cell, floor = 0): string {
  return `[${col}, ${row}]${floor > 0 ? ` on floor ${floor}` : ''}`;
}

const TERRAIN_WORDS: Record<TerrainKind, string> = {
  floor: 'floor',
  wall: 'a wall',
  void: 'void',
  'ramp-north': 'a ramp',
  'ramp-east': 'a ramp',
  'ramp-south': 'a ramp',
  'ramp-west': 'a ramp',
};

export function terrainWord(kind: TerrainKind): string {
  return TERRAIN_WORDS[kind];
}

// Everything stands somewhere sensible: inside the grid, the spawn and friends where one can stand, doors and
// walls on floor, hidden platforms over the void, and at least one exit.
import type { Cell, Entity, EntityType } from '../../core/schema';
import type { JsonPath } from '../positions';
import { cellText, entityPath, terrainWord, type GridContext } from './context';

/** Types that stand in a floor cell like a wall or a slab does (not on a wall top). */
const ON_FLOOR: ReadonlySet<EntityType> = new Set(['false-wall', 'door', 'cracked-wall', 'bridge-anchor']);
/** Types a friend walks onto (a wall top level with the floor counts). */
const STOOD_ON: ReadonlySet<EntityType> = new Set(['checkpoint', 'exit', 'pressure-plate', 'fragment']);

/** Checks every cell is inside the grid; returns false when one is not (terrain rules then skip it). */
function inside(ctx: GridContext, path: JsonPath, cell: Cell, floor: number, floorPath: JsonPath | null): boolean {
  const { grid, report } = ctx;
  let ok = true;
  if (floor >= grid.floorCount) {
    ok = false;
    report.error(
      { path: floorPath ?? path },
      `floor ${floor} does not exist`,
      `this level has ${grid.floorCount} floor${grid.floorCount === 1 ? '' : 's'} (0–${grid.floorCount - 1})`,
    );
  }
  const [col, row] = cell;
  if (!grid.inside(col, row)) {
    ok = false;
    report.error(
      { path },
      `${cellText(cell)} is outside the grid`,
      `the grid is ${grid.cols} columns × ${grid.rows} rows: columns 0–${grid.cols - 1}, rows 0–${grid.rows - 1}`,
    );
  }
  return ok;
}

function otherCells(e: Entity): { field: string; cells: Cell[] }[] {
  switch (e.type) {
    case 'moving-platform':
    case 'boss-arena':
      return [{ field: 'to', cells: [e.to] }];
    case 'doubt-hazard':
      return [{ field: 'loop', cells: e.loop }];
    default:
      return [];
  }
}

/** Entities that stand where a wall would: written on a floor cell, they are the wall. */
const WALL_LIKE: ReadonlySet<string> = new Set(['false-wall', 'cracked-wall', 'door']);

export function checkPlacement(ctx: GridContext, terrainToo: boolean): void {
  const { level, report, grid } = ctx;
  const floorPathOf = (base: JsonPath, floor: number, written: boolean) =>
    written && floor > 0 ? [...base, 'floor'] : null;

  // Spawn and friends.
  const spawn = level.spawn;
  if (inside(ctx, ['spawn', 'at'], spawn.at, spawn.floor, floorPathOf(['spawn'], spawn.floor, true)) && terrainToo) {
    if (!grid.standable(spawn.floor, spawn.at[0], spawn.at[1]))
      report.error(
        { path: ['spawn', 'at'] },
        `the spawn ${cellText(spawn.at, spawn.floor)} is on ${terrainWord(grid.terrain(spawn.floor, ...spawn.at))}`,
        'put it on floor, a ramp or a wall top level with its floor',
      );
  }
  const names = new Map<string, number>();
  const cells = new Map<string, string>();
  level.friends.forEach((f, i) => {
    const path = ['friends', i];
    if (names.has(f.friend))
      report.error(
        { path: [...path, 'friend'] },
        `${f.friend} is listed twice`,
        `friends[${names.get(f.friend)}] already places ${f.friend}`,
      );
    else names.set(f.friend, i);
    if (i === 0 && f.found === true)
      report.error(
        { path: [...path, 'found'] },
        `${f.friend} is played first, so the party cannot find them: the player must start with someone`,
        'remove "found" here, or list a friend who is in the party from the start first',
      );
    if (!inside(ctx, [...path, 'at'], f.at, f.floor, floorPathOf(path, f.floor, true)) || !terrainToo) return;
    if (!grid.standable(f.floor, f.at[0], f.at[1]))
      report.error(
        { path: [...path, 'at'] },
        `${f.friend} starts on ${terrainWord(grid.terrain(f.floor, ...f.at))} at ${cellText(f.at, f.floor)}`,
        'friends start on floor, a ramp or a wall top level with their floor',
      );
    const key = `${f.floor}:${f.at[0]}:${f.at[1]}`;
    const other = cells.get(key);
    if (other)
      report.error(
        { path: [...path, 'at'] },
        `${f.friend} starts on the same cell as ${other}`,
        'give each friend a cell of their own',
      );
    else cells.set(key, f.friend);
  });

  // Entities.
  level.entities.forEach((e, i) => {
    const at = entityPath(ctx, i, 'at');
    const okAt = inside(ctx, at, e.at, e.floor, e.floor > 0 ? entityPath(ctx, i, 'floor') : null);
    for (const { field, cells: more } of otherCells(e))
      more.forEach((c, k) =>
        inside(ctx, field === 'loop' ? entityPath(ctx, i, field, k) : entityPath(ctx, i, field), c, e.floor, null),
      );
    if (!okAt || !terrainToo) return;
    const [col, row] = e.at;
    const terrain = grid.terrain(e.floor, col, row);
    const where = `${cellText(e.at, e.floor)} is ${terrainWord(terrain)}`;
    if (ON_FLOOR.has(e.type) && !grid.walkable(e.floor, col, row))
      report.error(
        { path: at },
        `a ${e.type} stands on a floor cell, but ${where}`,
        // Designers draw a false, cracked or door wall as "#": the entity is the wall, its cell is floor.
        terrain === 'wall' && WALL_LIKE.has(e.type)
          ? `the ${e.type} is the wall itself: write "." at column ${col} of grid.floors[${e.floor}].rows[${row}]`
          : 'move it to a floor cell (".")',
      );
    else if (STOOD_ON.has(e.type) && !grid.standable(e.floor, col, row))
      report.error({ path: at }, `a friend must stand on a ${e.type}, but ${where}`, 'move it to a floor cell (".")');
    else if (e.type === 'hidden-platform' && (terrain !== 'void' || grid.standable(e.floor, col, row)))
      report.error(
        { path: at },
        `a hidden platform fills a gap in the void, but ${where}`,
        'move it to a void cell (" ")',
      );
    if (e.type === 'moving-platform' && e.at[0] !== e.to[0] && e.at[1] !== e.to[1])
      report.error(
        { path: entityPath(ctx, i, 'to') },
        `a moving platform travels on one straight line, but ${cellText(e.at)} and ${cellText(e.to)} share neither row nor column`,
      );
  });

  if (!level.entities.some((e) => e.type === 'exit') && !ctx.brokenTypes.has('exit'))
    report.error(
      { path: ['entities'] },
      'the level has no exit',
      'add { "id": "exit", "type": "exit", "at": [column, row] } on a floor cell',
    );
}

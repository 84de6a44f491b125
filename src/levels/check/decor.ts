// Props stand where they make sense: inside the grid, on a wall only when they hang on one, solid only on floor, and
// never solid where someone must stand or something must be (the spawn, a friend's start, an entity's cell).
import { WALL_DECOR_KINDS, type Cell, type Decor } from '../../core/schema';
import { DIR_STEP } from '../../core/grid';
import { cellText, decorPath, terrainWord, type GridContext } from './context';

/** Kinds that show a `label`. */
const LABELLED: ReadonlySet<Decor['kind']> = new Set(['neon-sign', 'poster']);
const WALL_KINDS = [...WALL_DECOR_KINDS].join(', ');

/** Cells someone or something needs free, by "floor:col:row", with the words for the message. */
function occupiedCells(ctx: GridContext): Map<string, string> {
  const { level } = ctx;
  const taken = new Map<string, string>();
  const put = (floor: number, [col, row]: Cell, what: string): void => {
    const key = `${floor}:${col}:${row}`;
    if (!taken.has(key)) taken.set(key, what);
  };
  put(level.spawn.floor, level.spawn.at, 'the spawn');
  for (const f of level.friends) put(f.floor, f.at, `${f.friend}'s start`);
  for (const e of level.entities) {
    // An arena's `at` is a corner of a region, not a thing standing in the cell.
    if (e.type === 'boss-arena') continue;
    put(e.floor, e.at, `${e.type} "${e.id}"`);
    if (e.type === 'moving-platform') put(e.floor, e.to, `the end of moving platform "${e.id}"`);
    if (e.type === 'doubt-hazard') for (const c of e.loop) put(e.floor, c, `the patrol of doubt hazard "${e.id}"`);
  }
  return taken;
}

export function checkDecor(ctx: GridContext, terrainToo: boolean): void {
  const { level, report, grid } = ctx;
  const taken = occupiedCells(ctx);
  const rampEnds = new Set<string>();
  for (const run of grid.ramps) {
    rampEnds.add(`${run.below.floor}:${run.below.col}:${run.below.row}`);
    rampEnds.add(`${run.above.floor}:${run.above.col}:${run.above.row}`);
  }
  level.decor.forEach((d, i) => {
    const at = decorPath(ctx, i, 'at');
    const [col, row] = d.at;
    if (d.floor >= grid.floorCount) {
      report.error(
        { path: decorPath(ctx, i, 'floor') },
        `floor ${d.floor} does not exist`,
        `this level has ${grid.floorCount} floor${grid.floorCount === 1 ? '' : 's'} (0–${grid.floorCount - 1})`,
      );
      return;
    }
    if (!grid.inside(col, row)) {
      report.error(
        { path: at },
        `${cellText(d.at)} is outside the grid`,
        `the grid is ${grid.cols} columns × ${grid.rows} rows: columns 0–${grid.cols - 1}, rows 0–${grid.rows - 1}`,
      );
      return;
    }
    if (d.label !== undefined && !LABELLED.has(d.kind))
      report.warning(
        { path: decorPath(ctx, i, 'label') },
        `a ${d.kind} shows no label`,
        'labels are drawn on neon signs and posters only',
      );
    if (!terrainToo) return;
    const terrain = grid.terrain(d.floor, col, row);
    const where = `${cellText(d.at, d.floor)} is ${terrainWord(terrain)}`;
    if (terrain === 'wall') {
      if (!WALL_DECOR_KINDS.has(d.kind))
        return report.error(
          { path: at },
          `a ${d.kind} cannot stand inside a wall: ${where}`,
          `move it to a floor cell; only ${WALL_KINDS} hang on walls`,
        );
      const faces = Object.values(DIR_STEP).some(([dc, dr]) => grid.terrain(d.floor, col + dc, row + dr) !== 'wall');
      if (!faces)
        report.warning(
          { path: at },
          `the ${d.kind} at ${cellText(d.at, d.floor)} hangs on a wall with walls on every side: nobody will see it`,
          'put it on a wall cell next to floor',
        );
    }
    if (!d.solid) return;
    const solidPath = decorPath(ctx, i, 'solid');
    if (terrain !== 'floor')
      return report.error(
        { path: solidPath },
        `a solid ${d.kind} blocks a floor cell, but ${where}`,
        'remove "solid", or move the prop to a floor cell (".")',
      );
    const key = `${d.floor}:${col}:${row}`;
    const what = taken.get(key);
    if (what)
      return report.error(
        { path: solidPath },
        `the solid ${d.kind} at ${cellText(d.at, d.floor)} blocks the cell of ${what}`,
        'move the prop, or remove "solid" so friends can walk through it',
      );
    if (rampEnds.has(key))
      report.warning(
        { path: solidPath },
        `the solid ${d.kind} at ${cellText(d.at, d.floor)} blocks the end of a ramp`,
        'move the prop off the cell where the ramp is walked onto or off',
      );
  });
}

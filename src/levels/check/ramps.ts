// Ramps lead somewhere: a run climbs to the floor above and comes out on a cell one can stand on there.
import { BODY, LEVEL_GEOMETRY } from '../../core/tuning';
import { cellText, terrainWord, type GridContext } from './context';

/** From the feet to the top of the head: the body's two spheres. */
const FRIEND_HEIGHT = BODY.headOffset + 2 * BODY.radius;

export function checkRamps(ctx: GridContext): void {
  const { report, grid } = ctx;
  for (const run of grid.ramps) {
    const top = run.cells[run.cells.length - 1]!;
    const path = ['grid', 'floors', run.floor, 'rows', top.row];
    const where = { path, char: top.col };
    const runText = `the ramp-${run.dir} run ending at ${cellText([top.col, top.row], run.floor)}`;
    if (run.floor + 1 >= grid.floorCount) {
      report.error(
        where,
        `${runText} climbs to floor ${run.floor + 1}, which does not exist`,
        'add a floor above, or make the cells floor',
      );
      continue;
    }
    const { col, row } = run.above;
    if (!grid.standable(run.floor + 1, col, row))
      report.error(
        where,
        `${runText} comes out at ${cellText([col, row], run.floor + 1)}, which is ${grid.inside(col, row) ? terrainWord(grid.terrain(run.floor + 1, col, row)) : 'outside the grid'}`,
        `put floor (".") at [${col}, ${row}] on floor ${run.floor + 1}`,
      );
    // Anything but void over a ramp where the slope has risen within a friend's height of it is a ceiling or a wall
    // the climbing friend runs into (the bot stops under it); the solver does not see it.
    const ceiling = run.toHeight - LEVEL_GEOMETRY.slabThickness;
    const rise = (k: number): number => run.fromHeight + ((k + 1) / run.cells.length) * (run.toHeight - run.fromHeight);
    const blocked = run.cells.filter(
      (c, k) => grid.terrain(run.floor + 1, c.col, c.row) !== 'void' && rise(k) + FRIEND_HEIGHT > ceiling,
    );
    if (blocked.length > 0) {
      const first = blocked[0]!;
      const cells = blocked.map((c) => `[${c.col}, ${c.row}]`).join(', ');
      report.error(
        { path: ['grid', 'floors', run.floor + 1, 'rows', first.row], char: first.col },
        `${cells} on floor ${run.floor + 1} ${blocked.length > 1 ? 'are' : 'is'} ${terrainWord(grid.terrain(run.floor + 1, first.col, first.row))}, over ${runText}: a friend climbing the ramp runs into it`,
        `leave the cells over a ramp void (" ") on floor ${run.floor + 1}`,
      );
    }
    const below = run.below;
    if (!grid.walkable(run.floor, below.col, below.row))
      report.warning(
        { path: ['grid', 'floors', run.floor, 'rows', run.cells[0]!.row], char: run.cells[0]!.col },
        `nothing to walk onto ${runText} from: ${cellText([below.col, below.row], run.floor)} is not floor`,
      );
  }
}

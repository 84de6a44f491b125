// Ramps lead somewhere: a run climbs to the floor above and comes out on a cell one can stand on there.
import { cellText, terrainWord, type GridContext } from './context';

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
    const below = run.below;
    if (!grid.walkable(run.floor, below.col, below.row))
      report.warning(
        { path: ['grid', 'floors', run.floor, 'rows', run.cells[0]!.row], char: run.cells[0]!.col },
        `nothing to walk onto ${runText} from: ${cellText([below.col, below.row], run.floor)} is not floor`,
      );
  }
}

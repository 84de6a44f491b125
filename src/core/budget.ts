// How much physics a level builds, known before it is built: a hostile or mistaken level (a checkerboard of walls
// on every floor) would otherwise hang the page for seconds building 100,000 boxes and then crawl.
import { mergeCellMask, type Grid } from './grid';

/** The most static boxes a level may build: ~1.5 s to build and a few ms per tick on the slowest machine we test. */
export const MAX_STATIC_BOXES = 40_000;

/** The static boxes each floor of the labyrinth becomes (walls and floor slabs merged into rectangles), ramps last. */
export function staticBoxesPerFloor(grid: Grid): number[] {
  const counts: number[] = [];
  for (let floor = 0; floor < grid.floorCount; floor++) {
    const walls = mergeCellMask(grid.cols, grid.rows, grid.solidCells(floor)).length;
    const slabs = mergeCellMask(grid.cols, grid.rows, grid.floorCells(floor)).length;
    counts.push(walls + slabs + grid.ramps.filter((run) => run.floor === floor).length);
  }
  return counts;
}

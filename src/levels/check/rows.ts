// The grid's text: every floor a rectangle of the same size, every character one the legend knows.
import { DEFAULT_LEGEND } from '../../core/schema';
import type { RuleContext } from './context';

/** Checks the rows; false when the grid's shape is wrong and cell rules would only add noise. */
export function checkRows(ctx: RuleContext): boolean {
  const { level, report } = ctx;
  const floors = level.grid.floors;
  const legend: Record<string, string> = { ...DEFAULT_LEGEND, ...level.grid.legend };
  const known = Object.entries(legend)
    .map(([ch, kind]) => `${JSON.stringify(ch)} ${kind}`)
    .join(', ');
  const width = floors[0]!.rows[0]!.length;
  const height = floors[0]!.rows.length;
  let ok = true;

  floors.forEach((floor, f) => {
    const floorWidth = floor.rows[0]!.length;
    floor.rows.forEach((line, r) => {
      const path = ['grid', 'floors', f, 'rows', r];
      if (line.length !== floorWidth) {
        ok = false;
        report.error(
          { path, char: Math.min(line.length, floorWidth) },
          `row ${r} is ${line.length} characters; row 0 of this floor is ${floorWidth}`,
          'every row of a floor is as long: pad with spaces (void) or # (wall)',
        );
      }
      let first = -1;
      let count = 0;
      for (let col = 0; col < line.length; col++) {
        if (legend[line[col]!] !== undefined) continue;
        if (first < 0) first = col;
        count++;
      }
      if (first >= 0) {
        ok = false;
        const ch = line[first]!;
        report.error(
          { path, char: first },
          `unknown character ${JSON.stringify(ch)} at column ${first}${count > 1 ? ` (and ${count - 1} more in this row)` : ''}`,
          `known: ${known}; add ${JSON.stringify(ch)} to grid.legend to give it a meaning`,
        );
      }
    });
    if (f > 0 && (floor.rows.length !== height || floorWidth !== width)) {
      ok = false;
      report.error(
        { path: ['grid', 'floors', f, 'rows'] },
        `floor ${f} is ${floorWidth}×${floor.rows.length} cells; floor 0 is ${width}×${height}`,
        'every floor covers the same grid: pad with spaces (void)',
      );
    }
  });
  return ok;
}

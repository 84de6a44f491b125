// Jumps and dashes at the edge of what the body carries: a gap just inside each leap is proven and the bot beats the
// level on the solver's route; a gap just outside is refused with the widest leap in metres, and the bot falls when
// it tries the looser model's route anyway. Running and standing starts, a wall or void behind the take-off, a dash
// over one cell and over two.
import { describe, expect, it } from 'vitest';
import { playLevel } from '../../src/bot/play';
import { checkLevelText } from '../../src/levels/check';
import { solveLevel } from '../../src/levels/solver';
import { leapMetres, maxGapCells } from '../../src/core/reach';
import type { Level } from '../../src/core/schema';

/**
 * A corridor on one row, as a designer writes it: `row` between walls, the friend on the first '.' facing east, the
 * exit on the last '.'.
 */
function corridor(row: string, cellSize: number, friend: 'mia' | 'leo'): Level {
  const cols = row.length + 2;
  const start = row.indexOf('.') + 1;
  const exit = row.lastIndexOf('.') + 1;
  const text = JSON.stringify({
    formatVersion: 2,
    id: 'leap-edge',
    title: 'A gap at the edge of a leap',
    grid: { cellSize, floors: [{ height: 0, rows: ['#'.repeat(cols), `#${row}#`, '#'.repeat(cols)] }] },
    spawn: { at: [start, 1], facing: 'east' },
    friends: [{ friend, at: [start, 1], facing: 'east' }],
    entities: [{ id: 'exit', type: 'exit', at: [exit, 1] }],
  });
  const checked = checkLevelText(text, 'leap-edge.json');
  if (!checked.level) throw new Error(checked.errors.map((e) => e.message).join('\n'));
  return checked.level;
}

/** The solver's verdict, and whether the bot reaches the exit on the route (the looser model's when refused). */
function verdict(level: Level): { beatable: boolean; won: boolean; leap: string; reasons: string } {
  const solved = solveLevel(level);
  const loose = solved.beatable ? solved : solveLevel(level, { relaxed: true });
  if (!loose.beatable) throw new Error('not even the looser model finds a route');
  const plan = loose.plan;
  const leap = plan.steps.find((s) => s.kind === 'jump' || s.kind === 'dash');
  return {
    beatable: solved.beatable,
    won: playLevel(level, plan, { maxGameSeconds: 60 }).reached,
    leap: leap ? `${leap.kind} ${leap.from.col}→${leap.to.col}` : 'none',
    reasons: solved.beatable ? '' : solved.reasons.join('\n'),
  };
}

// [what, row, cell size, friend, proven]: '.' ground, ' ' void; the take-off is the last '.' before the gap.
const edges: [string, string, number, 'mia' | 'leo', boolean][] = [
  ['a running jump over one 2.8 m cell', '... ...', 2.8, 'mia', true],
  ['a running jump over one 3 m cell', '... ...', 3, 'mia', false],
  ['a standing jump (wall behind) over one 2.8 m cell', '. ...', 2.8, 'mia', true],
  ['a standing jump (wall behind) over one 3 m cell', '. ...', 3, 'mia', false],
  ['a running jump onto a one-cell island and a standing jump off it, over 2.8 m cells', '.. . ...', 2.8, 'mia', true],
  ['a standing jump (wall behind) over two 1 m cells', '.  ....', 1, 'mia', true],
  ['a running jump over three 1 m cells', '...   ....', 1, 'mia', false],
  ['a dash over one 6 m cell', '.. ..', 6, 'leo', true],
  ['a dash over one 6.5 m cell', '.. ..', 6.5, 'leo', false],
  ['a dash (wall behind) over one 6 m cell', '. ..', 6, 'leo', true],
  ['a dash over two 3 m cells', '..  ..', 3, 'leo', true],
  ['a dash over two 3.3 m cells', '..  ..', 3.3, 'leo', false],
  ['a dash (wall behind) over two 3 m cells', '.  ..', 3, 'leo', true],
];

describe('leaps at the edge of what the body carries', () => {
  it.each(edges)('%s: proven exactly when the bot makes it', (_what, row, cellSize, friend, proven) => {
    const v = verdict(corridor(row, cellSize, friend));
    expect(v.leap).not.toBe('none');
    expect({ beatable: v.beatable, won: v.won }).toEqual({ beatable: proven, won: proven });
  });

  it('says how far a running jump carries when a gap is one cell too wide', () => {
    const v = verdict(corridor('... ...', 3, 'mia'));
    expect(v.reasons).toContain(`a running jump clears ${leapMetres('jump', 3)} m, so it does not clear one 3 m cell`);
    expect(leapMetres('jump', 3)).toBeGreaterThan(2.8);
    expect(leapMetres('jump', 3)).toBeLessThan(2.92);
  });

  it('says a one-cell island too narrow to stop on lacks room, and how far a friend slides', () => {
    const solved = solveLevel(corridor('..  .  ...', 1.4, 'mia'));
    expect(solved.beatable).toBe(false);
    if (solved.beatable) return;
    expect(solved.reasons.join('\n')).toContain(
      'a running jump clears its width but has no room past the landing at [5, 1] to stop (a friend comes to a stop up to 0.8 m past its centre)',
    );
  });

  it('says a jump over the gap is counted when what stops the way is a deadly hazard on the take-off', () => {
    const text = JSON.stringify({
      formatVersion: 2,
      id: 'dread-ledge',
      title: 'A jumpable gap with a deadly hazard on its take-off',
      grid: { cellSize: 2, floors: [{ height: 0, rows: ['#########', '#.... ..#', '#########'] }] },
      spawn: { at: [1, 1], facing: 'east' },
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'exit', type: 'exit', at: [7, 1] },
        { id: 'dread', type: 'doubt-hazard', at: [4, 1], drain: 1000, radius: 0.5 },
      ],
    });
    const solved = solveLevel(checkLevelText(text, 'dread-ledge.json').level!);
    expect(solved.beatable).toBe(false);
    if (solved.beatable) return;
    const said = solved.reasons.join('\n');
    expect(said).toContain('a running jump clears it (taking off at [4, 1]), but no friend makes that jump and lives');
    expect(said).not.toContain('nobody can jump it');
  });

  it("says how far Leo's dash carries, in metres and in cells of the level", () => {
    const level = corridor('..  ..', 3.3, 'leo');
    const v = verdict(level);
    expect(v.reasons).toContain(`wider than Leo's dash clears (${leapMetres('dash', 3.3)} m, 1 cell of 3.3 m)`);
    expect(leapMetres('dash', 3.3)).toBeGreaterThan(6);
    expect(leapMetres('dash', 3.3)).toBeLessThan(6.3);
    expect(verdict(corridor('.. ..', 8, 'leo')).reasons).toContain(
      `wider than Leo's dash clears (${leapMetres('dash', 8)} m, so not one 8 m cell)`,
    );
  });

  it('counts in cells what the metres allow at every cell size', () => {
    expect([1, 1.5, 2, 2.8, 2.9, 4].map((cs) => maxGapCells('jump', cs))).toEqual([2, 1, 1, 1, 0, 0]);
    expect([1, 2, 3, 3.3, 6, 6.5].map((cs) => maxGapCells('dash', cs))).toEqual([6, 3, 2, 1, 1, 0]);
    // A standing start carries as far as a run once half a cell brings the body to full speed.
    expect(maxGapCells('jump', 1, 'stand')).toBe(2);
    expect(leapMetres('jump', 2, 'stand')).toBe(leapMetres('jump', 2, 'run'));
  });
});

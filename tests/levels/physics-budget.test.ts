// A level that would build more physics than the game can hold is refused by the checker, before the engine builds
// anything; real labyrinths at the format's size caps pass.
import { describe, expect, it } from 'vitest';
import { MAX_STATIC_BOXES } from '../../src/core/budget';
import { FORMAT_VERSION } from '../../src/core/schema';
import { checkLevelText } from '../../src/levels/check';

function level(rows: string[], floors: number) {
  return JSON.stringify({
    formatVersion: FORMAT_VERSION,
    id: 'budget',
    title: 'Budget',
    grid: { cellSize: 1, floors: Array.from({ length: floors }, (_, i) => ({ height: i * 4, rows })) },
    spawn: { at: [1, 1] },
    friends: [{ friend: 'mia', at: [1, 1] }],
    entities: [{ id: 'exit', type: 'exit', at: [3, 1] }],
  });
}

const side = 128;
const open = (r: number, c: number) => r === 1 && (c === 1 || c === 2 || c === 3);

describe('the physics budget', () => {
  it('a checkerboard of walls on eight floors is refused before it is built, naming the worst floor', () => {
    const rows = Array.from({ length: side }, (_, r) =>
      Array.from({ length: side }, (_, c) => (open(r, c) || (r + c) % 2 === 0 ? '.' : '#')).join(''),
    );
    const result = checkLevelText(level(rows, 8), 'levels/checkerboard.json');
    const error = result.errors.find((e) => /physics boxes/.test(e.message));
    expect(error?.message).toMatch(
      new RegExp(`more than the game can hold \\(${MAX_STATIC_BOXES.toLocaleString('en')}\\)`),
    );
    expect(error?.path).toBe('grid.floors[0].rows');
    expect(error?.hint).toMatch(/checkerboard/);
    expect(result.level).toBeNull();
  });

  it('a full-size labyrinth of long corridors on eight floors is within it', () => {
    const rows = Array.from({ length: side }, (_, r) =>
      Array.from({ length: side }, (_, c) => (r % 4 === 0 || c === 0 || c === side - 1 ? '#' : '.')).join(''),
    );
    const result = checkLevelText(level(rows, 8), 'levels/corridors.json');
    expect(result.errors.filter((e) => /physics boxes/.test(e.message))).toEqual([]);
  });
});

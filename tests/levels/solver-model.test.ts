// What the solver's model of a level counts as a way: ramps a friend can walk up (up to the slope limit), and
// a deadly doubt hazard passed in the move right after Ava freezes it.
import { describe, expect, it } from 'vitest';
import { proveLevel } from '../../src/bot/prove';
import { solveRoute } from '../../src/levels/check';
import { levelSchema, type LevelInput } from '../../src/core/schema';

/** A room whose exit is on a block 3 m up in the east, reached by a ramp of `length` cells of `cellSize` m. */
function climb(length: number, cellSize: number): LevelInput {
  const ramp = '>'.repeat(length);
  const west = 9 - length;
  const pad = (s: string) => s.padEnd(12, '#');
  return {
    formatVersion: 2,
    id: 'climb',
    title: 'A climb',
    grid: {
      cellSize,
      floors: [
        { height: 0, rows: ['#'.repeat(12), pad(`#${'.'.repeat(west - 1)}${ramp}`), '#'.repeat(12)] },
        { height: 3, rows: ['#'.repeat(12), `#${' '.repeat(8)}..#`, '#'.repeat(12)] },
      ],
    },
    spawn: { at: [1, 1] },
    friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
    entities: [{ id: 'exit', type: 'exit', floor: 1, at: [10, 1] }],
  };
}

describe('ramps', () => {
  it('a gentle ramp is a way up, and the bot walks it', () => {
    const r = proveLevel(levelSchema.parse(climb(3, 2)));
    expect(r.beatable ? [] : r.reasons).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('a 37° ramp is walked onto straight on, and the bot climbs it', () => {
    // 3 m up over two 2 m cells.
    const r = proveLevel(levelSchema.parse(climb(2, 2)));
    expect(r.beatable ? [] : r.reasons).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('a 37° ramp a friend turns onto at its foot (the cell behind it a wall) is a way up, and the bot climbs it', () => {
    const level = climb(2, 2);
    // The corridor comes down to the ramp's foot from the north: the cell behind the foot is wall.
    level.grid.floors = [
      { height: 0, rows: ['############', '#.......####', '#######.>>##', '############'] },
      { height: 3, rows: ['############', '############', '#######   .#', '############'] },
    ];
    level.entities = [{ id: 'exit', type: 'exit', floor: 1, at: [10, 2] }];
    const r = proveLevel(levelSchema.parse(level));
    expect(r.beatable ? [] : r.reasons).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('a 45° ramp of one cell is a way up, and the bot climbs it', () => {
    // 3 m up over one 3 m cell.
    const r = proveLevel(levelSchema.parse(climb(1, 3)));
    expect(r.beatable ? [] : r.reasons).toEqual([]);
    expect(r.proof?.by).toBe('bot');
  });

  it('a ramp steeper than the slope limit is a wall, and the reason says so in a designer’s words', () => {
    // 3 m up over one 1.5 m cell: 63°.
    const r = solveRoute(levelSchema.parse(climb(1, 1.5)));
    expect(!r.beatable && r.verdict).toBe('unbeatable');
    expect(!r.beatable && r.reasons.join('\n')).toMatch(
      /the 63° ramp up from \[7, 1\] on floor 0 \(ramps up to 50° are walkable; steeper ones are walls/,
    );
  });
});

describe('Ava freezing a doubt hazard', () => {
  const corridor = (freezeSeconds: number) =>
    levelSchema.parse({
      formatVersion: 2,
      id: 'freeze',
      title: 'A corridor a frozen hazard lets through',
      grid: { floors: [{ height: 0, rows: ['##########', '#........#', '##########'] }] },
      spawn: { at: [1, 1] },
      friends: [{ friend: 'ava', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'node', type: 'code-node', at: [2, 1], controls: ['doubt'], freezeSeconds },
        { id: 'doubt', type: 'doubt-hazard', at: [5, 1], drain: 1000, radius: 0.8 },
        { id: 'exit', type: 'exit', at: [8, 1] },
      ],
    });

  it('lets Ava pass a deadly hazard right after she freezes it, and the bot does', () => {
    const r = proveLevel(corridor(20));
    expect(r.beatable ? [] : r.reasons).toEqual([]);
    expect(r.beatable && r.plan.steps.flatMap((s) => (s.kind === 'skill' ? [s.target] : []))).toEqual(['node']);
    expect(r.proof?.by).toBe('bot');
  });

  it('does not count a freeze too short for the walk past it', () => {
    const r = solveRoute(corridor(0.5));
    expect(r).toMatchObject({ beatable: false, verdict: 'unbeatable' });
    expect(!r.beatable && r.reasons.join('\n')).toMatch(/doubt hazard "doubt" at \[5, 1\] \(1000 lucidity a second/);
  });
});

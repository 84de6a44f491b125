// What the solver's model of a level counts as a way: ramps no steeper than ground a friend can stand on, and what
// it cannot count yet (Ava freezing a doubt hazard) said as "not proven" at the entity, never "cannot be beaten".
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

  it('a ramp steeper than ground a friend can stand on is no way up', () => {
    // 3 m up over one 1 m cell: 72°, where ground stops at 53°.
    const r = solveRoute(levelSchema.parse(climb(1, 1)));
    expect(r.beatable).toBe(false);
    expect(!r.beatable && r.verdict).toBe('unbeatable');
  });
});

describe('what the solver does not count yet', () => {
  it('says "not proven" at a deadly hazard a code node freezes for Ava', () => {
    const level = levelSchema.parse({
      formatVersion: 2,
      id: 'freeze',
      title: 'A corridor a frozen hazard lets through',
      grid: { floors: [{ height: 0, rows: ['##########', '#........#', '##########'] }] },
      spawn: { at: [1, 1] },
      friends: [{ friend: 'ava', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'node', type: 'code-node', at: [2, 1], controls: ['doubt'], freezeSeconds: 20 },
        { id: 'doubt', type: 'doubt-hazard', at: [5, 1], drain: 1000, radius: 0.8 },
        { id: 'exit', type: 'exit', at: [8, 1] },
      ],
    });
    const r = solveRoute(level);
    expect(r).toMatchObject({ beatable: false, verdict: 'not-proven', entity: 'doubt' });
    expect(!r.beatable && r.reasons[0]).toMatch(
      /does not count Ava freezing doubt hazard "doubt" with code node "node"/,
    );
  });
});

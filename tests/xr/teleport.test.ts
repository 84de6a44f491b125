// Teleporting in VR: only onto a cell the friend could walk to in a straight line, never through a wall, a shut
// door or onto a hidden platform Noah has not revealed, and the engine moves the body.
import { describe, expect, it } from 'vitest';
import { Grid } from '../../src/core/grid';
import { cellsOnLine, teleportVerdict, type TeleportCells } from '../../src/core/teleport';
import { TELEPORT } from '../../src/core/tuning';
import { teleportActive, teleportCheck } from '../../src/engine/teleport';
import { engineFor, hold, makeLevel } from '../helpers';

const ROOM = ['#########', '#...#...#', '#.......#', '#########'];

/** Centre of a cell in metres (cells are 2 m). */
const at = (col: number, row: number) => ({ x: (col + 0.5) * 2, z: (row + 0.5) * 2 });

describe('cells on a straight line', () => {
  it('visits every cell a segment touches, in order', () => {
    const seen: string[] = [];
    cellsOnLine(1, 1, 7, 1, 2, (c, r) => (seen.push(`${c},${r}`), true));
    expect(seen).toEqual(['0,0', '1,0', '2,0', '3,0']);
  });

  it('a diagonal through a corner touches both cells beside it', () => {
    const seen: string[] = [];
    cellsOnLine(1, 1, 5, 5, 2, (c, r) => (seen.push(`${c},${r}`), true));
    expect(seen).toEqual(['0,0', '1,0', '0,1', '1,1', '2,1', '1,2', '2,2']);
  });
});

describe('the teleport rule (pure)', () => {
  const grid = new Grid(makeLevel(ROOM));
  const open: TeleportCells = {
    standable: (f, c, r) => grid.standable(f, c, r),
    blocked: (f, c, r) => grid.terrain(f, c, r) === 'wall',
  };
  const from = { floor: 0, ...at(1, 1) };

  it('lands on a free cell in view', () => {
    const to = at(3, 1);
    expect(teleportVerdict(grid, open, from, to.x, to.z)).toEqual({ to: { floor: 0, col: 3, row: 1 }, reason: '' });
  });

  it('refuses a free cell behind a wall', () => {
    const to = at(5, 1);
    const v = teleportVerdict(grid, open, from, to.x, to.z);
    expect(v.to).toBeNull();
    expect(v.reason).toBe('something solid is in the way');
  });

  it('refuses a wall and the void as landings, and anything past its reach', () => {
    expect(teleportVerdict(grid, open, from, at(4, 1).x, at(4, 1).z).to).toBeNull();
    expect(teleportVerdict(grid, open, from, 50, 50).reason).toMatch(/too far/);
    expect(teleportVerdict(grid, open, from, from.x + TELEPORT.maxDistance + 1, from.z).reason).toMatch(/too far/);
  });

  it('goes round a wall only by two teleports, each in a straight line', () => {
    const mid = at(4, 2);
    expect(teleportVerdict(grid, open, from, mid.x, mid.z).to).not.toBeNull();
    const end = at(6, 1);
    expect(teleportVerdict(grid, open, { floor: 0, ...mid }, end.x, end.z).to).not.toBeNull();
  });
});

describe('the engine decides and moves the body', () => {
  it('a shut door blocks the way until a code node opens it', () => {
    const level = makeLevel(['#######', '#.....#', '#######'], {
      friends: [{ friend: 'ava', at: [1, 1] }],
      entities: [
        { id: 'door', type: 'door', at: [3, 1] },
        { id: 'node', type: 'code-node', at: [1, 1], controls: ['door'] },
      ],
    });
    const engine = engineFor(level);
    hold(engine, 5);
    const beyond = at(5, 1);
    expect(teleportCheck(engine, beyond.x, beyond.z).reason).toBe('something solid is in the way');
    const refused = teleportActive(engine, beyond.x, beyond.z);
    expect(refused.to).toBeNull();
    expect(engine.cellOf(engine.active).col).toBe(1);
    engine.entities.reprogram('node');
    hold(engine, 2);
    const landed = teleportActive(engine, beyond.x, beyond.z);
    expect(landed.to).toEqual({ floor: 0, col: 5, row: 1 });
    hold(engine, 10);
    expect(engine.cellOf(engine.active)).toMatchObject({ floor: 0, col: 5, row: 1 });
  });

  it('a hidden platform is no landing until Noah reveals it', () => {
    const level = makeLevel(['#######', '#.. ..#', '#######'], {
      friends: [{ friend: 'noah', at: [1, 1] }],
      entities: [{ id: 'hidden', type: 'hidden-platform', at: [3, 1] }],
    });
    const engine = engineFor(level);
    hold(engine, 5);
    const onIt = at(3, 1);
    expect(teleportCheck(engine, onIt.x, onIt.z).to).toBeNull();
    const p = engine.active.position;
    engine.entities.reveal(p.x, 0, p.z, 10);
    hold(engine, 2);
    expect(teleportCheck(engine, onIt.x, onIt.z).to).toEqual({ floor: 0, col: 3, row: 1 });
  });
});

// One truth for line of sight: src/core/sight.ts decides for the engine's aimed skills and for the solver alike.
import { describe, expect, it } from 'vitest';
import { Grid } from '../../src/core/grid';
import { EYE_HEIGHT, aimPointOf, lineOfSight } from '../../src/core/sight';
import { SolverModel } from '../../src/levels/solver/model';
import { Engine } from '../../src/engine/engine';
import { idleInput } from '../../src/engine/tick-input';
import { BODY } from '../../src/core/tuning';
import type { Level, LevelInput } from '../../src/core/schema';
import { loadLevelFile, makeLevel } from '../helpers';

const eyeAt = (grid: Grid, col: number, row: number, floor = 0) => {
  const c = grid.center(floor, col, row);
  c.y += EYE_HEIGHT;
  return c;
};
const anchorAt = (grid: Grid, col: number, row: number, floor = 0) =>
  aimPointOf(grid, { type: 'bridge-anchor', floor, at: [col, row] });

const twoFloors = (lower: string[], upper: string[], extra: Partial<LevelInput> = {}): Level =>
  makeLevel([], {
    grid: {
      wallHeight: 3,
      floors: [
        { height: 0, rows: lower },
        { height: 3, rows: upper },
      ],
    },
    ...extra,
  });

describe('line of sight', () => {
  it('sees along an open floor and not through a wall', () => {
    const grid = new Grid(makeLevel(['#######', '#.....#', '#..#..#', '#######']));
    expect(lineOfSight(grid, eyeAt(grid, 1, 1), anchorAt(grid, 5, 1))).toBe(true);
    expect(lineOfSight(grid, eyeAt(grid, 1, 2), anchorAt(grid, 5, 2))).toBe(false);
  });

  it('does not see an anchor on the floor above through the wall it stands over (the end cell counts)', () => {
    const grid = new Grid(twoFloors(['#######', '#..#..#', '#######'], ['       ', '   .   ', '       ']));
    // Over the wall at [3, 1] floor 1 stands on the wall top; the wall of floor 0 is in the way of eyes below it.
    expect(lineOfSight(grid, eyeAt(grid, 1, 1), anchorAt(grid, 3, 1, 1))).toBe(false);
  });

  it('does not see through a floor slab from below', () => {
    const grid = new Grid(twoFloors(['#######', '#.....#', '#######'], ['       ', '  ...  ', '       ']));
    expect(lineOfSight(grid, eyeAt(grid, 1, 1), anchorAt(grid, 3, 1, 1))).toBe(false);
    // With void above, the same anchor height is seen.
    const open = new Grid(twoFloors(['#######', '#.....#', '#######'], ['       ', '   .   ', '       ']));
    expect(lineOfSight(open, eyeAt(open, 1, 1), anchorAt(open, 5, 1, 0))).toBe(true);
  });

  it('is stopped by a diagonal that grazes two wall corners exactly', () => {
    const grid = new Grid(makeLevel(['######', '#..#.#', '#.#..#', '#....#', '######']));
    // From [1,1] to [3,3]... through the corner between [2,1]-[1,2] is open here; [3,1] and [2,2] are walls.
    expect(lineOfSight(grid, eyeAt(grid, 2, 1), anchorAt(grid, 3, 2))).toBe(false);
    const clear = new Grid(makeLevel(['######', '#....#', '#....#', '#....#', '######']));
    expect(lineOfSight(clear, eyeAt(clear, 2, 1), anchorAt(clear, 3, 2))).toBe(true);
  });

  it('asks about the cells where doors, bridges and platforms may stand', () => {
    const grid = new Grid(makeLevel(['#######', '#.....#', '#######']));
    const asked: string[] = [];
    lineOfSight(grid, eyeAt(grid, 1, 1), anchorAt(grid, 5, 1), (f, c, r, slab) => {
      asked.push(`${f}:${c}:${r}:${slab}`);
      return false;
    });
    expect(asked).toContain('0:3:1:false');
    expect(lineOfSight(grid, eyeAt(grid, 1, 1), anchorAt(grid, 5, 1), (_f, c) => c === 3)).toBe(false);
  });
});

/** Stands a friend on a cell, looking at a point, and presses its skill: true when the skill was used. */
function engineAccepts(
  level: Level,
  friend: number,
  col: number,
  row: number,
  floor: number,
  p: { x: number; y: number; z: number },
): boolean {
  const engine = new Engine(level, { switchGlide: 0 });
  const f = engine.friends[friend]!;
  engine.activeIndex = friend;
  const at = engine.grid.center(floor, col, row);
  f.teleport({ x: at.x, y: engine.grid.surfaceHeight(floor, at.x, at.z) ?? at.y, z: at.z });
  for (let i = 0; i < 20; i++) engine.step(idleInput());
  const dx = p.x - f.position.x;
  const dz = p.z - f.position.z;
  f.yaw = Math.atan2(-dx, -dz);
  f.pitch = Math.atan2(p.y - (f.position.y + BODY.eyeOffset), Math.hypot(dx, dz));
  engine.drainEvents();
  engine.step({ ...idleInput(), skill: true });
  return engine.drainEvents().some((e) => e.type === 'skill');
}

describe('the solver and the engine agree where an aimed skill can be used from', () => {
  for (const file of [
    'tests/fixtures/levels/all-four.json',
    'tests/fixtures/levels/reprogram.json',
    'levels/02-exam-hall.json',
  ]) {
    it(file, () => {
      const level = loadLevelFile(file);
      const model = new SolverModel(level);
      const ava = level.friends.findIndex((f) => f.friend === 'ava');
      const mia = level.friends.findIndex((f) => f.friend === 'mia');
      let tried = 0;
      for (const n of ava >= 0 ? model.nodes : []) {
        for (const a of n.aim.filter((x) => x.tall.length === 0 && x.slab.length === 0).slice(0, 6)) {
          const c = model.cellRef(a.from);
          const p = aimPointOf(model.grid, n.entity);
          expect(
            engineAccepts(level, ava, c.col, c.row, c.floor, p),
            `ava at ${JSON.stringify(c)} → ${n.entity.id}`,
          ).toBe(true);
          tried++;
        }
      }
      for (const s of mia >= 0 ? model.spans : []) {
        for (const a of s.aim.filter((x) => x.tall.length === 0 && x.slab.length === 0).slice(0, 6)) {
          const c = model.cellRef(a.from);
          const target = a.target === s.a.id ? s.a : s.b;
          const p = aimPointOf(model.grid, target);
          expect(engineAccepts(level, mia, c.col, c.row, c.floor, p), `mia at ${JSON.stringify(c)} → ${a.target}`).toBe(
            true,
          );
          tried++;
        }
      }
      expect(tried).toBeGreaterThan(0);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { BODY, MOVE } from '../../src/core/tuning';
import {
  APPROACHES,
  climbs,
  descends,
  describeCourse,
  places,
  rampCourses,
  rampLevel,
  slopeDegrees,
  type RampCourse,
} from '../ramp-course';
import { Engine } from '../../src/engine/engine';
import { idleInput } from '../../src/engine/tick-input';
import { DIR_STEP, DIR_YAW } from '../../src/core/grid';

const courses = rampCourses();
const walkable = (c: RampCourse) => slopeDegrees(c) <= MOVE.slopeLimit;

describe(`ramps up to ${MOVE.slopeLimit}° are walkable; steeper ones are walls`, () => {
  it('covers slopes from 11° to 76°, on both sides of the limit and within a degree of it', () => {
    const slopes = courses.map(slopeDegrees);
    expect(Math.min(...slopes)).toBeLessThan(12);
    expect(Math.max(...slopes)).toBeGreaterThan(75);
    expect(slopes.some((d) => d < MOVE.slopeLimit && d > MOVE.slopeLimit - 1.5)).toBe(true);
    expect(slopes.some((d) => d > MOVE.slopeLimit && d < MOVE.slopeLimit + 1.5)).toBe(true);
    expect(new Set(courses.map((c) => c.cellSize))).toEqual(new Set([1, 2, 3, 4, 8]));
    expect(new Set(courses.map((c) => c.length))).toEqual(new Set([1, 2, 3]));
    expect(new Set(courses.map((c) => c.dir)).size).toBe(4);
  });

  it('a friend reaches the top from a standstill at the foot, however it turns onto the ramp, iff within the limit', () => {
    const wrong: string[] = [];
    for (const c of courses)
      for (const approach of APPROACHES)
        for (const run of [false, true]) {
          const up = climbs(c, approach, run);
          if (up !== walkable(c))
            wrong.push(`${describeCourse(c)}, ${approach}, ${run ? 'running' : 'walking'}: ${up ? 'got up' : 'stuck'}`);
        }
    expect(wrong).toEqual([]);
  });

  it('a friend walks down every ramp to its foot; off a steep one it slides down to the room below, unharmed', () => {
    const wrong: string[] = [];
    for (const c of courses)
      for (const run of [false, true]) {
        const at = descends(c, run);
        const { foot } = places(c);
        const ok = walkable(c)
          ? at !== null && at.floor === 0 && at.col === foot.col && at.row === foot.row
          : at !== null && at.floor === 0;
        if (!ok) wrong.push(`${describeCourse(c)}, ${run ? 'running' : 'walking'}: ends ${JSON.stringify(at)}`);
      }
    expect(wrong).toEqual([]);
  });

  it('a jump does not carry a friend up a steep ramp either, pressed at any moment of a run at it, or again and again', () => {
    const steep = courses.filter((c) => !walkable(c) && c.cellSize <= 4 && c.length <= 2);
    const wrong: string[] = [];
    let highest = 0;
    for (const c of steep)
      for (const again of [false, true])
        for (let press = 0; press < 60; press += 3) {
          const e = new Engine(rampLevel(c));
          const f = e.active;
          const { foot } = places(c);
          const [dc, dr] = DIR_STEP[c.dir];
          f.teleport(e.grid.center(0, foot.col - dc, foot.row - dr), DIR_YAW[c.dir]);
          for (let t = 0; t < 300; t++) {
            const jump = t === press || (again && t > press && t % 12 === 0);
            e.step({ ...idleInput(), moveY: 1, run: true, jump });
            const feet = f.position.y - BODY.radius;
            highest = Math.max(highest, feet);
            const over = e.grid.cellOf(f.position.x, f.position.z);
            // On the block's top: over floor 1's floor, the feet at its height.
            if (e.grid.terrain(1, over.col, over.row) === 'floor' && feet > c.height - 0.1) {
              wrong.push(`${describeCourse(c)}, jump at tick ${press}${again ? ' and every 12' : ''}`);
              break;
            }
          }
        }
    expect(wrong).toEqual([]);
    // The feet never come level with the top of the lowest of them (a jump lifts them 0.68 m, the slope's first touch a little more).
    expect(highest).toBeLessThan(Math.min(...steep.map((c) => c.height)));
  });
});

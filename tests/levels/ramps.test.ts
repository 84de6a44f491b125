import { describe, expect, it } from 'vitest';
import { MOVE } from '../../src/core/tuning';
import { solveLevel } from '../../src/levels/solver';
import { playLevel } from '../../src/bot/play';
import { describeCourse, rampCourses, rampLevel, slopeDegrees } from '../ramp-course';

const courses = rampCourses();
const reasonsOf = (r: ReturnType<typeof solveLevel>): string => (r.beatable ? '' : r.reasons.join('\n'));

describe('the solver and the slope limit', () => {
  it(`counts a ramp as a way up exactly when it is ${MOVE.slopeLimit}° or gentler, as the engine does`, () => {
    const wrong: string[] = [];
    for (const c of courses) {
      const solved = solveLevel(rampLevel(c, true));
      if (solved.beatable !== slopeDegrees(c) <= MOVE.slopeLimit)
        wrong.push(`${describeCourse(c)}: ${solved.beatable ? 'beatable' : solved.reasons.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('says why a steep ramp is no way up, in a designer’s words', () => {
    const steep = courses.find((c) => slopeDegrees(c) > 60)!;
    const solved = solveLevel(rampLevel(steep, true));
    expect(solved.beatable).toBe(false);
    const reasons = reasonsOf(solved);
    expect(reasons).toContain(`ramp up from`);
    expect(reasons).toContain(`ramps up to ${MOVE.slopeLimit}° are walkable; steeper ones are walls`);
  });

  it('a ramp just over the limit is named with the tenth of a degree that makes it too steep', () => {
    const steep = { cellSize: 2, length: 1, height: 2.39, dir: 'east' as const };
    expect(slopeDegrees(steep)).toBeGreaterThan(MOVE.slopeLimit);
    expect(reasonsOf(solveLevel(rampLevel(steep, true)))).toMatch(/the 50\.[1-9]° ramp up from/);
  });

  it('the bot plays the route up every walkable ramp to the exit', () => {
    const failed: string[] = [];
    for (const c of courses.filter((c) => slopeDegrees(c) <= MOVE.slopeLimit)) {
      const level = rampLevel(c, true);
      const solved = solveLevel(level);
      if (!solved.beatable) continue;
      const played = playLevel(level, solved.plan, { maxGameSeconds: 120 });
      if (!played.reached) failed.push(`${describeCourse(c)}: ${played.reason}`);
    }
    expect(failed).toEqual([]);
  });
});

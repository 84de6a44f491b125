// A property test of the proof, on seeded random levels (any cell size, gaps, walls with doors, false and cracked
// walls, plates, nodes, anchors, hidden and moving platforms, ramps of every steepness up to a second floor, doubt
// hazards from harmless to deadly): when the solver finds a
// route the bot beats it in the physics, and when the bot beats a level the solver finds a route. `npm run fuzz`
// runs thousands of these and prints the agreement rate.
import { expect, it } from 'vitest';
import { propertyRun } from '../../src/bot/property';

it('the solver and the bot agree on 150 random levels: no route of the solver fails in the physics', () => {
  const report = propertyRun(150, 7_000);
  expect(report.counts.invalid).toBe(0);
  // Both outcomes are exercised: levels the proof beats and levels it refuses.
  expect(report.counts['both-beat']).toBeGreaterThan(50);
  expect(report.counts.neither).toBeGreaterThan(10);
  // "Beatable" is never wrong.
  expect(report.disagreements.filter((d) => d.agreement === 'solver-wrong')).toEqual([]);
  // The solver may miss a route the bot finds only where its hazard and leap counts are on the safe side; a few at
  // most (the fuzz prints them with their seeds).
  expect(report.counts['solver-missed']).toBeLessThanOrEqual(8);
});

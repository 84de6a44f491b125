// A property test of the proof, on seeded random levels (any cell size, gaps, walls with doors, false and cracked
// walls, plates, nodes, anchors, hidden and moving platforms, ramps of every steepness up to a second floor, doubt
// hazards from harmless to deadly): when the solver finds a route the bot beats it in the physics, and when the bot
// beats a level the solver finds a route. `npm run fuzz`
// runs thousands of these and prints the agreement rate.
import { expect, it } from 'vitest';
import { propertyOf, propertyRun } from '../../src/bot/property';

it('the solver and the bot agree on 500 random levels: no route of the solver fails, none the bot plays is missed', () => {
  const report = propertyRun(500, 7_000);
  expect(report.counts.invalid).toBe(0);
  // Both outcomes are exercised: levels the proof beats and levels it refuses.
  expect(report.counts['both-beat']).toBeGreaterThan(200);
  expect(report.counts.neither).toBeGreaterThan(100);
  // "Beatable" is never wrong, and a route the bot can play is never missed (`npm run fuzz` prints the rare misses
  // left over thousands of levels, with their seeds).
  expect(report.disagreements.filter((d) => d.agreement === 'solver-wrong')).toEqual([]);
  expect(report.disagreements.filter((d) => d.agreement === 'solver-missed')).toEqual([]);
  // A level won only by riding a platform the solver says it does not ride is "not proven", never "beatable".
  for (const d of report.disagreements.filter((c) => c.agreement === 'not-proven'))
    expect(d.detail).toMatch(/the bot stood on "/);
});

it('tells a level won only by landing on a platform the solver does not ride from a route the solver missed', () => {
  // A 4 m gap no jump clears, with a ferry shuttling through it at 8 m/s (random level 166 as it was generated): the
  // looser model's jump falls short, and the bot's second try comes down on the ferry. The solver says "not proven".
  const level = {
    formatVersion: 2,
    id: 'ferry-luck',
    title: 'A gap too wide to jump, with a fast ferry in it',
    grid: {
      cellSize: 4,
      floors: [{ height: 0, rows: ['###############', ...Array(3).fill('#... .........#'), '###############'] }],
    },
    spawn: { at: [2, 3] },
    friends: [{ friend: 'mia', at: [2, 3], facing: 'east' }],
    entities: [
      { id: 'ferry', type: 'moving-platform', at: [4, 2], to: [4, 3], period: 1, active: true },
      { id: 'exit', type: 'exit', at: [13, 1] },
    ],
  };
  expect(propertyOf(166, JSON.stringify(level))).toEqual({
    seed: 166,
    agreement: 'not-proven',
    detail: 'the bot stood on "ferry"',
  });
});

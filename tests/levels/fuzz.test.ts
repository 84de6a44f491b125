// A thousand seeded mutations of valid levels: whatever a hand edit or a bad upload does to a file, the checker
// answers with errors that each have a line, column and path, and never throws.
import { expect, it } from 'vitest';
import { fuzz } from '../../tools/fuzz';

it('checks 1,000 mutated levels without a throw, every error placed', () => {
  const report = fuzz(1_000, 20_42);
  const shown = report.failures.slice(0, 3).map((f) => `seed ${f.seed}: ${f.problem}`);
  expect(shown).toEqual([]);
  expect(report.cases).toBe(1_000);
  // Some mutations leave a level valid, most do not: both paths are exercised.
  expect(report.valid).toBeGreaterThan(0);
  expect(report.valid).toBeLessThan(1_000);
});

// Every shipped level is valid and proven beatable, and checking all of them stays well under a second.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkLevelText, formatProblem } from '../../src/levels/check';
import { levelFiles } from '../../tools/level/check';

it('every level in levels/ passes the checker with a plan, all under a second', () => {
  const started = performance.now();
  const results = levelFiles().map((f) => checkLevelText(readFileSync(f, 'utf8'), f, { solve: true }));
  const ms = performance.now() - started;
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    expect(r.errors.map(formatProblem), r.file).toEqual([]);
    expect(r.plan?.steps.at(-1)?.kind, r.file).toBe('exit');
  }
  expect(ms).toBeLessThan(1000);
});

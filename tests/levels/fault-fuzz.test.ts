// A thousand seeded mutations whose fault has a known place: the checker's first error points at it (the line, and
// the column where the fault is one character), never just "somewhere in the file".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { faultFuzz } from '../../tools/fuzz/fault';

const SOURCES = [
  'tests/levels/corpus/valid.json',
  'tests/levels/corpus/every-entity.json',
  ...readdirSync('tests/fixtures/levels')
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('tests/fixtures/levels', f)),
].map((f) => readFileSync(f, 'utf8'));

it('1,000 mutations with a known fault: the first error is at the fault', () => {
  const report = faultFuzz(1_000, 13, SOURCES);
  const shown = report.misplaced
    .slice(0, 5)
    .map((m) => `seed ${m.seed} (${m.kind}): expected ${m.expected}, got ${m.got}`);
  expect(shown).toEqual([]);
  expect(report.cases).toBe(1_000);
});

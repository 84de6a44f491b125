// `npm run fuzz [-- count [seed]]`: mutates valid levels in every way a hand edit or a bad upload can (values
// deleted, duplicated or retyped, text cut, characters swapped, junk inserted) and checks the checker never throws
// and puts every error at a line, column and path. The test suite runs 1,000 of these; this runs 10,000. Then it
// proves 2,000 random levels (src/bot/property.ts) and prints how often the solver and the bot agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLevelText } from '../src/levels/check';
import { seeded } from '../src/core/random';
import { propertyRun } from '../src/bot/property';
import { faultFuzz } from './fuzz/fault';

/** The same seed gives the same cases. */
export const random = seeded;

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const JUNK = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  '//',
  '/*',
  '#',
  '.',
  ' ',
  '\n',
  '\ufeff',
  '0',
  '-1e999',
  'null',
  'x',
  '\u0000',
  'é',
  '😴',
];
const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e9,
  3.5,
  '',
  'door-9',
  '#',
  [],
  {},
  [0],
  [999, 999],
  { at: [0, 0] },
  'x'.repeat(300),
];

/** Every path to a value in a JSON value. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function mutateValue(root: unknown, rng: Rng, ids: string[]): unknown {
  const all = paths(root).filter((p) => p.length > 0);
  const path = pick(rng, all);
  let parent = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const kind = Math.floor(rng() * 5);
  if (kind === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (kind === 1 && Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(parent[key as number]));
  } else if (kind === 2 && ids.length) {
    parent[key] = pick(rng, ids);
  } else if (kind === 3 && typeof parent[key] === 'number') {
    parent[key] = (parent[key] as number) + pick(rng, [-1, 1, 7, -100, 1000]);
  } else {
    parent[key] = structuredClone(pick(rng, ODD_VALUES));
  }
  return root;
}

function mutateText(text: string, rng: Rng): string {
  const at = Math.floor(rng() * (text.length + 1));
  switch (Math.floor(rng() * 5)) {
    case 0:
      return text.slice(0, at);
    case 1: {
      const other = Math.floor(rng() * text.length);
      const chars = [...text];
      [chars[at], chars[other]] = [chars[other] ?? '', chars[at] ?? ''];
      return chars.join('');
    }
    case 2:
      return text.slice(0, at) + pick(rng, JUNK) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rng() * 20));
    default:
      return text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
  }
}

/** One mutated level text: one to three changes to its values, its text, or both. */
export function mutate(text: string, rng: Rng): string {
  let out = text;
  const changes = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < changes; i++) {
    if (rng() < 0.5) {
      try {
        const value = JSON.parse(out) as unknown;
        const ids =
          JSON.stringify(value)
            .match(/"id":"[^"]*"/g)
            ?.map((m) => m.slice(6, -1)) ?? [];
        out = JSON.stringify(mutateValue(value, rng, ids), null, rng() < 0.5 ? 2 : 0);
        continue;
      } catch {
        // Already broken text: change the text instead.
      }
    }
    out = mutateText(out, rng);
  }
  return out;
}

export interface FuzzReport {
  cases: number;
  milliseconds: number;
  /** Cases that still passed every check (a mutation can leave a level valid). */
  valid: number;
  /** What went wrong: a throw, an error without a position, or the checker's own failure. */
  failures: { seed: number; problem: string; text: string }[];
}

/** The valid levels the fuzzer starts from: every shipped level and the corpus's valid files. */
export function fuzzSources(): string[] {
  const files = [
    ...readdirSync('levels')
      .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
      .map((f) => join('levels', f)),
    'tests/levels/corpus/valid.json',
    'tests/levels/corpus/every-entity.json',
  ];
  return files.map((f) => readFileSync(f, 'utf8'));
}

export function fuzz(cases: number, seed = 1, sources = fuzzSources()): FuzzReport {
  const started = performance.now();
  const failures: FuzzReport['failures'] = [];
  let valid = 0;
  for (let i = 0; i < cases; i++) {
    const caseSeed = seed * 1_000_003 + i;
    const rng = random(caseSeed);
    const text = mutate(pick(rng, sources), rng);
    try {
      // Solving every tenth case keeps the solver in the loop without making the run slow.
      const result = checkLevelText(text, 'fuzz.json', { solve: i % 10 === 0 });
      if (result.errors.length === 0) valid++;
      for (const p of [...result.errors, ...result.warnings]) {
        const placed = p.line >= 1 && p.column >= 1 && p.path.length > 0 && p.message.length > 0;
        if (!placed) failures.push({ seed: caseSeed, problem: `no position: ${JSON.stringify(p)}`, text });
        if (/checker failed|solver failed/.test(p.message)) failures.push({ seed: caseSeed, problem: p.message, text });
      }
    } catch (e) {
      failures.push({ seed: caseSeed, problem: `threw: ${(e as Error)?.stack ?? String(e)}`, text });
    }
  }
  return { cases, milliseconds: performance.now() - started, valid, failures };
}

async function main(args: string[]): Promise<number> {
  const cases = Number(args[0] ?? 10_000);
  const seed = Number(args[1] ?? 1);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz [-- <cases> [<seed> [<random levels to prove>]]]');
    return 2;
  }
  const report = fuzz(cases, seed);
  for (const f of report.failures.slice(0, 10)) console.log(`seed ${f.seed}: ${f.problem}\n${f.text.slice(0, 400)}\n`);
  console.log(
    `fuzzed ${report.cases.toLocaleString('en')} mutated levels in ${(report.milliseconds / 1000).toFixed(1)} s ` +
      `(${report.valid} still valid): ${report.failures.length} failures`,
  );
  const faults = faultFuzz(cases, seed, fuzzSources());
  for (const m of faults.misplaced.slice(0, 10))
    console.log(`seed ${m.seed} (${m.kind}): the fault is at ${m.expected}, the first error at ${m.got}`);
  console.log(
    `placed ${faults.cases.toLocaleString('en')} known faults: ${faults.misplaced.length} first errors elsewhere`,
  );
  const proofCases = Number(args[2] ?? 2_000);
  const started = performance.now();
  const proof = propertyRun(proofCases, seed);
  for (const d of proof.disagreements.slice(0, 20))
    console.log(`random level ${d.seed}: ${d.agreement}${d.detail ? ` — ${d.detail}` : ''}`);
  const agree = proof.counts['both-beat'] + proof.counts.neither;
  console.log(
    `proved ${proof.cases.toLocaleString('en')} random levels in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `the solver and the bot agree on ${((100 * agree) / proof.cases).toFixed(1)}% ` +
      `(${proof.counts['both-beat']} beaten by both, ${proof.counts.neither} by neither; ` +
      `${proof.counts['solver-wrong']} routes the bot could not play, ${proof.counts['solver-missed']} routes the solver missed, ` +
      `${proof.counts['not-proven']} "not proven" at a platform the bot won on, ` +
      `${proof.counts.invalid} invalid)`,
  );
  return report.failures.length || faults.misplaced.length || proof.counts['solver-wrong'] ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));

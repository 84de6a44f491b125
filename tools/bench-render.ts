// The frame's budgets, measured on the built game in headless Chromium (SwiftShader, fill-bound), side by side in
// one run: every level at each quality preset, the games_fps anchor and the floor of the stack drawing the same
// level, and, given `--baseline <dist>`, an earlier build interleaved page by page with this one. Prints wall time
// (median of renders, median of runs) and the CPU time Chromium spent per render, which a busy shared machine
// barely moves; the ratios the budgets name are given in both. Also the initial JavaScript (gzip) and lazy chunks.
//   node --import tsx tools/bench-render.ts [--baseline <dist>] [--levels 02,04] [--qualities low,medium] [--runs 3]
// Plays DREAMCYCLE_DIST (default dist/): build it first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from '../tests/browser/server';
import { RenderBench, type BenchLevel, type Quality, type Timing } from './bench/render';

/** The budgets of issue 12 this tool checks. */
const BUDGET = { drawCalls: 40, anchorRatio: 0.5, floorRatio: 1.5 } as const;

export interface Bundle {
  initialGzipKB: number;
  lazy: { name: string; gzipKB: number }[];
}

/** The entry script of index.html and what it imports statically is the initial JS; every other chunk is lazy. */
export function measureBundle(dist: string = DIST): Bundle {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const gz = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1024;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports only (`import … from "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w${}*,\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g))
      visit(m[1]!);
  };
  for (const m of html.matchAll(/src="\/assets\/([\w.-]+\.js)"/g)) visit(m[1]!);
  const lazy = readdirSync(assets)
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .map((f) => ({ name: f, gzipKB: gz(f) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  return { initialGzipKB: [...initial].reduce((sum, f) => sum + gz(f), 0), lazy };
}

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? null) : null;
}

/** The levels of levels/ whose file name starts with one of `prefixes` (all when null). */
function levelsToDraw(prefixes: string[] | null): BenchLevel[] {
  return readdirSync(resolve(ROOT, 'levels'))
    .filter((f) => /^\d.*\.json$/.test(f))
    .filter((f) => prefixes === null || prefixes.some((p) => f.startsWith(p)))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      path: `levels/${f}`,
      text: readFileSync(resolve(ROOT, 'levels', f), 'utf8'),
    }));
}

const ms = (t: Timing) => `${t.medianMs.toFixed(0).padStart(5)} ms (cpu ${t.cpuMs.toFixed(0).padStart(4)})`;
const ratio = (a: Timing, b: Timing) =>
  `${(a.medianMs / b.medianMs).toFixed(2)} (cpu ${(a.cpuMs / b.cpuMs).toFixed(2)})`;

async function main(): Promise<void> {
  const baseline = option('--baseline');
  const prefixes = option('--levels')?.split(',') ?? null;
  const qualities = (option('--qualities')?.split(',') ?? ['low', 'medium', 'high']) as Quality[];
  const runs = Number(option('--runs') ?? 3);
  const bundle = measureBundle();
  console.log(`initial JavaScript ${bundle.initialGzipKB.toFixed(1)} KB gzip (budget 400)`);
  for (const c of bundle.lazy.filter((c) => c.gzipKB > 1))
    console.log(`  lazy ${c.name.padEnd(46)} ${c.gzipKB.toFixed(1)} KB`);
  console.log(`render per frame, 1280×720 window, headless Chromium (SwiftShader), ${runs} runs each`);
  const bench = await RenderBench.start(runs, baseline);
  try {
    for (const level of levelsToDraw(prefixes)) {
      const ours: Partial<Record<Quality, Timing>> = {};
      const theirs: Partial<Record<Quality, Timing>> = {};
      // Interleaved: each preset of this build beside the baseline's, then the references, so load hits all alike.
      for (const q of qualities) {
        const g = await bench.game(level, q);
        ours[q] = g.timing;
        console.log(
          `  ${level.id.padEnd(18)} ${q.padEnd(6)} ${ms(g.timing)}  ${String(g.scene.drawCalls).padStart(3)} calls  ${g.buffer}`,
        );
        if (baseline) {
          const b = await bench.game(level, q, true);
          theirs[q] = b.timing;
          console.log(`  ${''.padEnd(18)} ${q.padEnd(6)} ${ms(b.timing)}  baseline`);
        }
      }
      const anchor = await bench.reference('anchor', level);
      const floor = await bench.reference('floor', level);
      console.log(`  ${''.padEnd(18)} anchor ${ms(anchor)}  ${anchor.drawCalls} calls`);
      console.log(`  ${''.padEnd(18)} floor  ${ms(floor)}  ${floor.drawCalls} calls`);
      for (const [name, t] of [
        ['this build', ours],
        ['baseline', theirs],
      ] as const) {
        const parts: string[] = [];
        if (t.medium) parts.push(`medium / anchor ${ratio(t.medium, anchor)} (budget ${BUDGET.anchorRatio})`);
        if (t.low) parts.push(`low / floor ${ratio(t.low, floor)} (budget ${BUDGET.floorRatio})`);
        if (parts.length > 0 && (name === 'this build' || baseline))
          console.log(`  ${''.padEnd(18)} ${name.padEnd(10)} ${parts.join('   ')}`);
      }
    }
  } finally {
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

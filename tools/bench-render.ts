// The look's budgets, measured on the built game in headless Chromium (SwiftShader, fill-bound): draw calls and
// triangles per frame of every level with its props at the low preset (no post-processing, so the renderer's
// count is the frame's), the low preset's frame time at 1280×720 beside the game before issue 9 when its build is
// given, and the initial JavaScript (gzip) with each lazy chunk.
//   node --import tsx tools/bench-render.ts [--baseline <dist of the earlier build>]
// Plays DREAMCYCLE_DIST (default dist/): run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { DIST, ROOT, startPreview } from '../tests/browser/server';

export interface RenderFigures {
  calls: number;
  triangles: number;
  /** Median milliseconds of one render plus a 1-pixel read, over FRAMES renders. */
  frameMs: number;
}

export interface LevelLook extends RenderFigures {
  level: string;
  /** The same level in the baseline build (before the look), same run; null without a baseline. */
  baselineMs: number | null;
}

const FRAMES = 15;
const VIEWPORT = { width: 1280, height: 720 };
const LEVEL = 'levels/01-bedroom.json';
/** The settings the game reads at start (src/ui/settings.ts's stored record), at the low preset. */
const LOW = JSON.stringify({ game: 'dreamcycle', kind: 'settings', version: 2, data: { quality: 'low' } });

/**
 * One level's figures. For the earlier build the level is served without what its format did not know yet (props,
 * hints, the boss), so it draws the same labyrinth.
 */
async function figures(browser: Browser, url: string, level: string, older = false): Promise<RenderFigures> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript((stored) => localStorage.setItem('dreamcycle.settings', stored), LOW);
    if (older)
      await page.route(
        (u) => u.pathname === `/${level}`,
        (route) => {
          const data = JSON.parse(readFileSync(resolve(ROOT, level), 'utf8')) as Record<string, unknown>;
          delete data.decor;
          delete data.hints;
          const known = new Set([
            'door',
            'pressure-plate',
            'code-node',
            'false-wall',
            'hidden-platform',
            'moving-platform',
            'cracked-wall',
            'bridge-anchor',
            'doubt-hazard',
            'fragment',
            'dialogue',
            'checkpoint',
            'exit',
            'boss-arena',
          ]);
          data.entities = ((data.entities as { type: string }[] | undefined) ?? []).filter((e) => known.has(e.type));
          return route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
        },
      );
    await page.goto(`${url}?level=${level}`);
    await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 90_000 });
    return await page.evaluate((frames) => {
      const d = window.__dreamcycle!;
      d.timeRender(); // the first render after loading may still compile
      const times: number[] = [];
      for (let i = 0; i < frames; i++) times.push(d.timeRender());
      times.sort((a, b) => a - b);
      const { calls, triangles } = d.renderInfo();
      return { calls, triangles, frameMs: times[Math.floor(times.length / 2)]! };
    }, FRAMES);
  } finally {
    await page.close();
  }
}

/** Every level in levels/ at the low preset, beside the baseline build's frame when one is given. */
export async function measureLook(baseline: string | null): Promise<LevelLook[]> {
  const levels = readdirSync(resolve(ROOT, 'levels'))
    .filter((f) => /^\d.*\.json$/.test(f))
    .sort()
    .map((f) => `levels/${f}`);
  const ours = await startPreview();
  const theirs = baseline ? await startPreview(resolve(ROOT, baseline)) : null;
  const browser = await launchChromium();
  try {
    const out: LevelLook[] = [];
    for (const level of levels) {
      const f = await figures(browser, ours.url, level);
      // Alternate the two builds level by level, so a busy machine slows both alike.
      const b = theirs ? await figures(browser, theirs.url, level, true).catch(() => null) : null;
      out.push({ level, ...f, baselineMs: b?.frameMs ?? null });
    }
    return out;
  } finally {
    await browser.close();
    await ours.stop();
    await theirs?.stop();
  }
}

/** The first level's figures (kept for tools/bench.ts). */
export async function measureRender(): Promise<RenderFigures> {
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    return await figures(browser, preview.url, LEVEL);
  } finally {
    await browser.close();
    await preview.stop();
  }
}

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--baseline');
  const baseline = at > 0 ? (process.argv[at + 1] ?? null) : null;
  const bundle = measureBundle();
  console.log(`initial JavaScript ${bundle.initialGzipKB.toFixed(1)} KB gzip (budget 400)`);
  for (const c of bundle.lazy.filter((c) => c.gzipKB > 1))
    console.log(`  lazy ${c.name.padEnd(46)} ${c.gzipKB.toFixed(1)} KB`);
  console.log(`the look at the low preset, ${VIEWPORT.width}×${VIEWPORT.height} (headless Chromium, SwiftShader)`);
  const looks = await measureLook(baseline);
  for (const l of looks)
    console.log(
      `  ${l.level.padEnd(30)} ${String(l.calls).padStart(3)} draw calls (budget 40)  ${String(l.triangles).padStart(6)} triangles  ${l.frameMs.toFixed(1).padStart(6)} ms` +
        (l.baselineMs !== null ? `  (before the look ${l.baselineMs.toFixed(1)} ms)` : ''),
    );
}

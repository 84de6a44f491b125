// What a frame costs in headless Chromium (SwiftShader, so fill-bound), measured side by side in one run: the game,
// the anchor (the same level the way three.js's games_fps example builds it) and the floor of the stack (the same
// labyrinth as one instanced mesh with plain light). Plays the built game: run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium } from '../../tests/browser/chromium';
import { ROOT, startPreview } from '../../tests/browser/server';
import { VIEW } from '../../src/core/tuning';
import { envelope } from '../../src/ui/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_RECORD, type Settings } from '../../src/ui/settings';

export const VIEWPORT = { width: 1280, height: 720 };
/** Renders timed per run; a figure is the median over several runs (page loads), with the range of the runs. */
const RENDERS = 12;
const PAGES_OUT = resolve(ROOT, '.tmp/bench-pages');

export type Quality = (typeof VIEW.qualities)[number];

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /**
   * Median over the runs of the CPU time Chromium spent per render (all its processes, user + system): SwiftShader
   * draws on the CPU, so this is the frame's work, and other programs on a shared machine barely change it.
   */
  cpuMs: number;
}

export interface SceneFigures {
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

/** A level to draw: a file the game bundles (`levels/x.json`) or any level's text served to the page. */
export interface BenchLevel {
  id: string;
  /** The game's `?level=` value. */
  path: string;
  text: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summarise(runs: { wallMs: number; cpuMs: number }[]): Timing {
  const sorted = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  return {
    medianMs: median(sorted),
    minMs: sorted[0]!,
    maxMs: sorted.at(-1)!,
    cpuMs: median(runs.map((r) => r.cpuMs)),
  };
}

/** User + system milliseconds of every Chromium process this bench started (the descendants of this node). */
function chromiumCpuMs(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state ppid … utime (12th) stime (13th).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(rest[1]));
      ticks.set(Number(entry), Number(rest[11]) + Number(rest[12]));
    } catch {
      // The process ended while being read.
    }
  }
  let sum = 0;
  for (const [pid, t] of ticks) {
    let up = parent.get(pid);
    for (let depth = 0; depth < 6 && up; depth++, up = parent.get(up))
      if (up === process.pid) {
        sum += t;
        break;
      }
  }
  return sum * 10; // clock ticks of 10 ms (USER_HZ 100 on Linux)
}

/**
 * One render plus a 1-pixel read, RENDERS times: the median wall time and the CPU time per render. The game is
 * drawn at its preset's resolution (`dpr`), set just before: the automatic step down may already have lowered it
 * on a slow machine, and would then compare a preset at another preset's resolution.
 */
async function medianRender(
  page: Page,
  handle: '__dreamcycle' | '__bench',
  dpr: number | null = null,
): Promise<{ wallMs: number; cpuMs: number }> {
  const time = (renders: number) =>
    page.evaluate(
      ({ renders, handle, dpr }) => {
        const h = (window as unknown as Record<string, { timeRender: () => number }>)[handle]!;
        if (dpr !== null) window.__dreamcycle!.gl.setPixelRatio(dpr);
        const times: number[] = [];
        for (let i = 0; i < renders; i++) times.push(h.timeRender());
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)]!;
      },
      { renders, handle, dpr },
    );
  await time(2); // the first renders after a pause (or a new resolution) may compile and allocate
  const before = chromiumCpuMs();
  const wallMs = await time(RENDERS);
  return { wallMs, cpuMs: (chromiumCpuMs() - before) / RENDERS };
}

/** Serves a level that is not bundled at the path the game is asked for, and at /level.json for the bench pages. */
async function serveLevel(page: Page, level: BenchLevel): Promise<void> {
  await page.route(
    (url) => url.pathname === '/level.json' || (!level.path.startsWith('levels/') && url.pathname === level.path),
    (route) => route.fulfill({ contentType: 'application/json', body: level.text }),
  );
}

export class RenderBench {
  private constructor(
    private readonly browser: Browser,
    private readonly gameUrl: string,
    private readonly pagesUrl: string,
    /** Another build of the game served beside this one (`--baseline`), or null. */
    private readonly baselineUrl: string | null,
    private readonly stop: () => Promise<void>,
    private readonly runs: number,
  ) {}

  /** Builds the anchor and floor pages, serves them and the built game, and starts Chromium. */
  static async start(runs = 3, baseline: string | null = null): Promise<RenderBench> {
    await build({
      root: resolve(ROOT, 'tools/bench/pages'),
      logLevel: 'warn',
      configFile: false,
      build: {
        outDir: PAGES_OUT,
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: 4000,
        rollupOptions: {
          input: {
            anchor: resolve(ROOT, 'tools/bench/pages/anchor.html'),
            floor: resolve(ROOT, 'tools/bench/pages/floor.html'),
          },
        },
      },
    });
    const game = await startPreview();
    const before = baseline ? await startPreview(resolve(ROOT, baseline)) : null;
    const pages: PreviewServer = await preview({
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: PAGES_OUT },
      preview: { host: '127.0.0.1', port: 0 },
    });
    const browser = await launchChromium();
    const pagesUrl = pages.resolvedUrls?.local[0] ?? '';
    return new RenderBench(
      browser,
      game.url,
      pagesUrl,
      before?.url ?? null,
      async () => {
        await browser.close();
        await game.stop();
        await before?.stop();
        await pages.close();
      },
      runs,
    );
  }

  async close(): Promise<void> {
    await this.stop();
  }

  /**
   * The game drawing a level at a quality preset: timing over several page loads, and the last frame's figures;
   * `baseline` draws the other build given to start() instead.
   */
  async game(
    level: BenchLevel,
    quality: Quality,
    baseline = false,
  ): Promise<{ timing: Timing; scene: SceneFigures; buffer: string }> {
    const url = baseline ? this.baselineUrl : this.gameUrl;
    if (url === null) throw new Error('RenderBench.game: no baseline build was given to RenderBench.start().');
    const runs: { wallMs: number; cpuMs: number }[] = [];
    let buffer = '';
    let scene: SceneFigures | null = null;
    const settings: Settings = { ...DEFAULT_SETTINGS, quality };
    const stored = envelope(SETTINGS_RECORD, settings);
    for (let run = 0; run < this.runs; run++) {
      const page = await this.browser.newPage({ viewport: VIEWPORT });
      try {
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, stored]);
        await serveLevel(page, level);
        await page.goto(`${url}?level=${level.path}`);
        await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 120_000 });
        // What the automatic step down had left (a slow machine lowers the resolution while the level loads).
        const stepped = await page.evaluate(() => window.__dreamcycle!.gl.getPixelRatio());
        runs.push(await medianRender(page, '__dreamcycle', VIEW.dpr[quality]));
        buffer = await page.evaluate((stepped) => {
          const canvas = window.__dreamcycle!.gl.domElement;
          return `${canvas.width}×${canvas.height} (dpr ${stepped} before the bench set it)`;
        }, stepped);
        // Labels are laid out in a worker: until they are, a text's glyph count is unknown and three counts its
        // triangles as infinite. The figures are of the frame with everything in place.
        await page
          .waitForFunction(() => Number.isFinite(window.__dreamcycle!.renderInfo().triangles), null, {
            timeout: 30_000,
          })
          .catch(() => {});
        scene = await page.evaluate(() => {
          const d = window.__dreamcycle!;
          const { calls, triangles } = d.renderInfo();
          return {
            drawCalls: calls,
            triangles,
            geometries: d.gl.info.memory.geometries,
            textures: d.gl.info.memory.textures,
            programs: d.gl.info.programs?.length ?? 0,
          };
        });
      } finally {
        await page.close();
      }
    }
    return { timing: summarise(runs), scene: scene!, buffer };
  }

  /** JS heap kept after `loads` level files dropped on one page, one after another (a full collection each side). */
  async heapOverLoads(levels: BenchLevel[], loads: number): Promise<number> {
    const page = await this.browser.newPage({ viewport: { width: 320, height: 180 } });
    try {
      await page.goto(`${this.gameUrl}?level=${levels[0]!.path}`);
      await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 120_000 });
      const drop = async (level: BenchLevel, n: number) => {
        await page.evaluate(
          ({ name, text }) => {
            (window as unknown as { __previous?: unknown }).__previous = window.__dreamcycle?.engine;
            const data = new DataTransfer();
            data.items.add(new File([text], name, { type: 'application/json' }));
            window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          },
          { name: `${n}-${level.id}.json`, text: level.text },
        );
        await page.waitForFunction(
          () => window.__dreamcycle?.engine !== (window as unknown as { __previous?: unknown }).__previous,
          null,
          { timeout: 60_000 },
        );
      };
      const heap = () =>
        page.evaluate(async () => {
          for (let i = 0; i < 3; i++) {
            (window as unknown as { gc?: () => void }).gc?.();
            await new Promise((r) => setTimeout(r, 50));
          }
          return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
        });
      for (const [i, level] of levels.entries()) await drop(level, -1 - i);
      const before = await heap();
      for (let n = 0; n < loads; n++) await drop(levels[n % levels.length]!, n);
      await drop(levels[0]!, loads);
      return (await heap()) - before;
    } finally {
      await page.close();
    }
  }

  /** The anchor or the floor page drawing the same level. */
  async reference(kind: 'anchor' | 'floor', level: BenchLevel): Promise<Timing & { drawCalls: number }> {
    const runs: { wallMs: number; cpuMs: number }[] = [];
    let drawCalls = 0;
    for (let run = 0; run < this.runs; run++) {
      const page = await this.browser.newPage({ viewport: VIEWPORT });
      try {
        await serveLevel(page, level);
        await page.goto(`${this.pagesUrl}${kind}.html`);
        await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 300_000 });
        runs.push(await medianRender(page, '__bench'));
        drawCalls = await page.evaluate(() => window.__bench!.renderInfo().calls);
      } finally {
        await page.close();
      }
    }
    return { ...summarise(runs), drawCalls };
  }
}

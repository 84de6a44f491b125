// Loading levels over and over in one page gives back what each one took: the renderer's geometries, textures and
// shader programs, the physics bodies and the JS heap return to where they were.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { clickToPlay, drop, expect, openGame, openPage, screenshot, type Test } from '../harness';
import { ROOT } from '../server';

const LOADS = 50;
/** Heap a level load may keep, averaged over the loads (bytes): a level's engine and scene are several MB. */
const HEAP_PER_LOAD = 80e3;
const LEVELS = ['01-bedroom.json', '02-exam-hall.json', '03-neon-rooftops.json', '04-the-lab.json'];

/** Drops a level file on the page, the way a designer does, and waits until its engine draws frames. */
async function dropLevel(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __previous?: unknown }).__previous = window.__dreamcycle?.engine));
  await drop(page, name, text);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __previous?: unknown };
      return !!window.__dreamcycle && window.__dreamcycle.engine !== w.__previous;
    },
    null,
    { timeout: 15_000 },
  );
  await page.evaluate(() => ((window as unknown as { __previous?: unknown }).__previous = window.__dreamcycle!.engine));
  const frames = await page.evaluate(() => window.__dreamcycle!.frames());
  await page.waitForFunction((f) => window.__dreamcycle!.frames() > f + 1, frames, { timeout: 15_000 });
}

interface Memory {
  geometries: number;
  textures: number;
  programs: number;
  bodies: number;
  heap: number;
  level: string;
}

/** The renderer's and the engine's counts, and the JS heap after full collections (forced through the DevTools). */
async function measure(page: Page, cdp: CDPSession): Promise<Memory> {
  // Several rounds: a collection can free what only a finalizer of the round before let go.
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counts = await page.evaluate(() => {
    const d = window.__dreamcycle!;
    return {
      geometries: d.gl.info.memory.geometries,
      textures: d.gl.info.memory.textures,
      programs: d.gl.info.programs?.length ?? 0,
      bodies: d.engine.world.bodies.length,
      level: d.engine.level.id,
    };
  });
  return { ...counts, heap: usedSize };
}

/** Loads `count` levels in turn, then the first one again, so every measure is taken on the same level. */
async function loadMany(page: Page, texts: string[], from: number, count: number): Promise<void> {
  for (let n = from; n < from + count; n++)
    await dropLevel(page, `${n}-${LEVELS[n % LEVELS.length]}`, texts[n % LEVELS.length]!);
  await dropLevel(page, `back-${from}-${LEVELS[0]}`, texts[0]!);
}

const kb = (bytes: number) => `${(bytes / 1e3).toFixed(0)} kB`;

export const tests: Test[] = [
  {
    name: `leaks: ${LOADS} level loads in one page, with sound, give back the renderer's memory, the bodies and the heap`,
    async run(ctx) {
      // A small page: what is measured here is memory, and small frames keep fifty loads quick.
      const { page, check } = await openPage(ctx, { width: 320, height: 180 });
      const texts = LEVELS.map((f) => readFileSync(resolve(ROOT, 'levels', f), 'utf8'));
      await openGame(page, `${ctx.url}?level=levels/${LEVELS[0]}`);
      // The click starts the sound too: each level builds its own ambient bed and placed sounds, and gives them back.
      await clickToPlay(page);
      await page.waitForFunction(() => window.__dreamcycleSound?.state() === 'running', null, { timeout: 15_000 });
      const cdp = await page.context().newCDPSession(page);
      // Warm-up: every level once, so shaders and caches every level shares are made before the baseline.
      for (let i = 0; i < LEVELS.length; i++) await dropLevel(page, `warm-${LEVELS[i]}`, texts[i]!);
      await dropLevel(page, `base-${LEVELS[0]}`, texts[0]!);
      const base = await measure(page, cdp);
      const half = LOADS / 2 - 1;
      await loadMany(page, texts, 0, half);
      const mid = await measure(page, cdp);
      await loadMany(page, texts, half, half);
      const end = await measure(page, cdp);
      await screenshot(page, 'leaks-after-50-loads.png');
      const perLoad = (end.heap - base.heap) / LOADS;
      const perLoadLate = (end.heap - mid.heap) / (LOADS / 2);
      console.log(
        `    after ${LOADS} loads: geometries ${base.geometries} → ${end.geometries}, textures ${base.textures} → ` +
          `${end.textures}, programs ${base.programs} → ${end.programs}, bodies ${base.bodies} → ${end.bodies}, ` +
          `heap ${(base.heap / 1e6).toFixed(2)} → ${(mid.heap / 1e6).toFixed(2)} → ${(end.heap / 1e6).toFixed(2)} MB ` +
          `(${kb(perLoad)} a load over all ${LOADS}, ${kb(perLoadLate)} over the last ${LOADS / 2})`,
      );
      expect(end.level === base.level, `the last load plays ${end.level}, not ${base.level}`);
      expect(end.geometries <= base.geometries, `geometries grew from ${base.geometries} to ${end.geometries}`);
      expect(end.textures <= base.textures, `textures grew from ${base.textures} to ${end.textures}`);
      expect(end.programs <= base.programs, `shader programs grew from ${base.programs} to ${end.programs}`);
      expect(end.bodies === base.bodies, `physics bodies: ${base.bodies} at first, ${end.bodies} at the end`);
      // What a load keeps shows as steady growth, measured on the same level after full collections. A sound graph
      // left running kept 150–210 kB a load; code warming up, Tone's param timelines (1,000 events each at most) and
      // the browser's timing buffers come to ~40 kB a load over the first 25 and stop growing (~20 kB, noise, after).
      expect(
        perLoad < HEAP_PER_LOAD,
        `the JS heap grew by ${kb(perLoad)} a level load over ${LOADS} loads (at most ${kb(HEAP_PER_LOAD)})`,
      );
      expect(
        perLoadLate < HEAP_PER_LOAD,
        `the JS heap grew by ${kb(perLoadLate)} a level load over the last ${LOADS / 2} loads (at most ${kb(HEAP_PER_LOAD)})`,
      );
      check();
      await page.close();
    },
  },
];

// Draw calls, triangles and frame time of the first level in headless Chromium (software WebGL, 960×540).
// Plays the built game: run `npm run build` first. `node --import tsx tools/bench-render.ts`.
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/browser/chromium';
import { startPreview } from '../tests/browser/server';

export interface RenderFigures {
  calls: number;
  triangles: number;
  /** Median milliseconds of one render plus a 1-pixel read, over FRAMES renders. */
  frameMs: number;
}

const FRAMES = 60;
const LEVEL = 'levels/01-bedroom.json';

export async function measureRender(): Promise<RenderFigures> {
  const preview = await startPreview();
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
      await page.goto(`${preview.url}?level=${LEVEL}`);
      await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 30_000 });
      return await page.evaluate((frames) => {
        const d = window.__dreamcycle!;
        const times: number[] = [];
        for (let i = 0; i < frames; i++) times.push(d.timeRender());
        times.sort((a, b) => a - b);
        const { calls, triangles } = d.renderInfo();
        return { calls, triangles, frameMs: times[Math.floor(times.length / 2)]! };
      }, FRAMES);
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await measureRender();
  console.log(`render ${LEVEL} at 960×540 (headless Chromium, software GL)`);
  console.log(`  draw calls per frame   ${f.calls}`);
  console.log(`  triangles per frame    ${f.triangles}`);
  console.log(`  frame time (median)    ${f.frameMs.toFixed(2)} ms over ${FRAMES} renders`);
}

// Draw calls of the VR scene, both eyes, in every level of levels/: the built game in headless Chromium with an
// emulated Meta Quest 3 (iwer) entering VR as a player would. A Quest's budget is under XR_RENDER.drawCallBudget.
// Plays the built game: run `npm run build` first. `node --import tsx tools/bench-xr.ts`.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/browser/chromium';
import { ROOT, startPreview } from '../tests/browser/server';
import { XR_RENDER } from '../src/core/tuning';

export interface XrRenderFigures {
  level: string;
  /** The most draw calls of one VR frame (both eyes, wrist menu shown) over FRAMES frames, and that frame's triangles. */
  calls: number;
  triangles: number;
}

const FRAMES = 20;
const IWER = resolve(ROOT, 'node_modules/iwer/build/iwer.min.js');

export function campaignLevels(): string[] {
  return readdirSync(resolve(ROOT, 'levels'))
    .filter((f) => /^\d.*\.json$/.test(f))
    .sort()
    .map((f) => `levels/${f}`);
}

export async function measureXrRender(levels: string[] = campaignLevels()): Promise<XrRenderFigures[]> {
  const preview = await startPreview();
  try {
    const browser = await launchChromium();
    try {
      const out: XrRenderFigures[] = [];
      for (const level of levels) {
        const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
        await page.addInitScript({ path: IWER });
        await page.addInitScript(() => {
          const iwer = (
            window as unknown as {
              IWER: { XRDevice: new (c: unknown) => Record<string, unknown>; metaQuest3: unknown };
            }
          ).IWER;
          const device = new iwer.XRDevice(iwer.metaQuest3) as {
            stereoEnabled: boolean;
            installRuntime(o: object): void;
          };
          device.stereoEnabled = true;
          device.installRuntime({ forceInstall: true });
          (window as unknown as { __iwerDevice: unknown }).__iwerDevice = device;
        });
        await page.goto(`${preview.url}?level=${level}`);
        await page.waitForFunction(
          () => window.__dreamcycleXr !== undefined && (window.__dreamcycle?.frames() ?? 0) > 3,
          null,
          {
            timeout: 60_000,
          },
        );
        await page.evaluate(() => window.__dreamcycleXr!.enter());
        await page.waitForFunction(() => window.__dreamcycleXr!.presenting(), null, { timeout: 20_000 });
        // The worst case the player meets: the wrist menu glanced at (the left hand raised before the eyes).
        await page.evaluate(() => {
          const head = window.__dreamcycleXr!.rig.head.position;
          const w = window as unknown as {
            __iwerDevice: { controllers: { left: { position: { set(x: number, y: number, z: number): void } } } };
          };
          w.__iwerDevice.controllers.left.position.set(head.x - 0.02, head.y - 0.1, head.z - 0.45);
        });
        let calls = 0;
        let triangles = 0;
        for (let i = 0; i < FRAMES; i++) {
          const start = await page.evaluate(() => window.__dreamcycle!.frames());
          await page.waitForFunction((s) => window.__dreamcycle!.frames() > s, start, { timeout: 10_000 });
          const info = await page.evaluate(() => window.__dreamcycle!.renderInfo());
          if (info.calls > calls) ({ calls, triangles } = info);
        }
        out.push({ level, calls, triangles });
        await page.close();
      }
      return out;
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}

/** One line per level for `npm run bench`. */
export function xrRenderLines(figures: readonly XrRenderFigures[]): string[] {
  return figures.map(
    (f) =>
      `  ${f.level.padEnd(32)} ${String(f.calls).padStart(3)} draw calls (both eyes), ${f.triangles} triangles  ${f.calls < XR_RENDER.drawCallBudget ? 'within' : 'OVER'} the budget of ${XR_RENDER.drawCallBudget}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('VR scene (emulated Quest 3, both eyes, headless Chromium):');
  for (const line of xrRenderLines(await measureXrRender())) console.log(line);
}

// Browser tests: the built game in real headless Chromium, played with real key and mouse events.
// `npm run build && npm run test:browser`. Screenshots go to tests/browser/output/ — look at them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { decodePng, distinctColours } from './png';
import { ROOT, startPreview, type Preview } from './server';

const OUTPUT = resolve(ROOT, 'tests/browser/output');
const FIXTURES = resolve(ROOT, 'tests/browser/fixtures');
const VIEWPORT = { width: 960, height: 540 };

interface Context {
  browser: Browser;
  url: string;
}

interface Test {
  name: string;
  run(ctx: Context): Promise<void>;
  /** Why the test cannot run yet; it is reported as skipped, not passed. */
  skip?: () => string | null;
}

class Failure extends Error {}

function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Failure(message);
}

/** A page that records every uncaught exception and console error; `check()` fails the test on any. */
async function openPage(ctx: Context): Promise<{ page: Page; check(): void }> {
  const page = await ctx.browser.newPage({ viewport: VIEWPORT });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return {
    page,
    check() {
      expect(problems.length === 0, `the page reported errors:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** Opens the game and waits until the first frames are drawn and the test handle is there. */
async function openGame(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 30_000 });
}

/** Saves a screenshot and fails when it is one colour. */
async function screenshot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot();
  writeFileSync(resolve(OUTPUT, name), png);
  const colours = distinctColours(decodePng(png));
  expect(colours > 8, `${name} is nearly blank: ${colours} distinct colours`);
}

interface Where {
  x: number;
  y: number;
  z: number;
  camX: number;
  camY: number;
  camZ: number;
  standable: boolean;
  name: string;
  tick: number;
}

function where(page: Page): Promise<Where> {
  return page.evaluate(() => {
    const d = window.__dreamcycle!;
    const e = d.engine;
    const f = e.active;
    const c = e.cellOf(f);
    return {
      x: f.position.x,
      y: f.position.y,
      z: f.position.z,
      camX: d.camera.position.x,
      camY: d.camera.position.y,
      camZ: d.camera.position.z,
      standable: e.grid.standable(c.floor, c.col, c.row),
      name: f.name,
      tick: e.tick,
    };
  });
}

/** Clicks the game to start and waits until the engine ticks. */
async function clickToPlay(page: Page): Promise<void> {
  await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.waitForFunction(
    () => {
      const e = window.__dreamcycle!.engine;
      return e.tick > 10;
    },
    null,
    { timeout: 10_000 },
  );
}

const tests: Test[] = [
  {
    name: 'walking: click to play, hold W for a second, the friend walks and stays in the labyrinth',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await screenshot(page, 'walk-before.png');
      await clickToPlay(page);
      const before = await where(page);
      await page.keyboard.down('KeyW');
      await page.waitForTimeout(1000);
      await page.keyboard.up('KeyW');
      await page.waitForTimeout(250);
      const after = await where(page);
      await screenshot(page, 'walk-after.png');
      const moved = Math.hypot(after.x - before.x, after.z - before.z);
      const camera = Math.hypot(after.camX - before.camX, after.camZ - before.camZ);
      console.log(
        `    ${after.name} walked ${moved.toFixed(2)} m in ${after.tick - before.tick} ticks; the camera moved ${camera.toFixed(2)} m`,
      );
      expect(moved > 1, `the friend moved only ${moved.toFixed(2)} m holding W for a second`);
      expect(
        after.standable,
        `the friend ended off the labyrinth at (${after.x.toFixed(2)}, ${after.y.toFixed(2)}, ${after.z.toFixed(2)})`,
      );
      expect(camera > 1, `the camera moved only ${camera.toFixed(2)} m`);
      check();
      await page.close();
    },
  },
  {
    name: 'a broken level file shows a readable error panel naming the file, not a blank page',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = 'broken-level.json';
      await page.route(
        (url) => url.pathname === `/fixtures/${file}`,
        (route) =>
          route.fulfill({ contentType: 'application/json', body: readFileSync(resolve(FIXTURES, file), 'utf8') }),
      );
      await page.goto(`${ctx.url}?level=/fixtures/${file}`);
      const panel = page.getByText(file).first();
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await page.locator('body').innerText();
      await screenshot(page, 'broken-level.png');
      console.log(`    the page says: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
      expect(/cellSize|friends|grid|spawn/i.test(text), 'the panel does not say what is wrong in the file');
      check();
      await page.close();
    },
  },
  {
    name: 'friends and skills: 1–4 and Tab switch friends, a real left click uses each skill',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = 'four-friends.json';
      await page.route(
        (url) => url.pathname === `/fixtures/${file}`,
        (route) =>
          route.fulfill({ contentType: 'application/json', body: readFileSync(resolve(FIXTURES, file), 'utf8') }),
      );
      await openGame(page, `${ctx.url}?level=/fixtures/${file}`);
      await clickToPlay(page);
      const state = () =>
        page.evaluate(() => {
          const e = window.__dreamcycle!.engine;
          return {
            active: e.active.name,
            bridges: e.entities.bridges.length,
            revealed: e.entities.revealed('fw'),
            doorOpen: e.entities.doorOpen('door'),
            x: e.active.position.x,
          };
        });
      const useSkill = async () => {
        await page.mouse.down();
        await page.waitForTimeout(80);
        await page.mouse.up();
      };
      const switchBy = async (key: string, friend: string) => {
        await page.keyboard.press(key);
        await page.waitForTimeout(700);
        const s = await state();
        expect(s.active === friend, `pressing ${key} made ${s.active} active, not ${friend}`);
      };

      await useSkill();
      await page.waitForTimeout(800);
      expect((await state()).bridges === 1, 'Mia clicked at the anchor but no bridge stands');
      await screenshot(page, 'skill-mia-bridge.png');

      await switchBy('Digit2', 'noah');
      await screenshot(page, 'switch-noah.png');
      await useSkill();
      await page.waitForTimeout(350);
      await screenshot(page, 'skill-noah-diagnose.png');
      expect((await state()).revealed, "Noah's diagnose did not reveal the false wall");

      await switchBy('Digit3', 'ava');
      await useSkill();
      await page.waitForTimeout(500);
      expect((await state()).doorOpen, 'Ava clicked at the code node but the door did not open');
      await screenshot(page, 'skill-ava-reprogram.png');

      await switchBy('Tab', 'leo');
      const before = (await state()).x;
      await useSkill();
      await page.waitForTimeout(500);
      const dashed = (await state()).x - before;
      console.log(`    Leo's overclock carried him ${dashed.toFixed(2)} m`);
      expect(dashed > 1, `Leo's overclock moved him only ${dashed.toFixed(2)} m`);
      await screenshot(page, 'skill-leo-overclock.png');

      await switchBy('Digit1', 'mia');
      await screenshot(page, 'switch-mia.png');
      check();
      await page.close();
    },
  },
];

async function main(): Promise<number> {
  mkdirSync(OUTPUT, { recursive: true });
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    preview = await startPreview();
    browser = await launchChromium();
    const ctx: Context = { browser, url: preview.url };
    for (const test of tests) {
      const reason = test.skip?.();
      if (reason) {
        skipped++;
        console.log(`SKIP ${test.name}\n    ${reason}`);
        continue;
      }
      const started = Date.now();
      try {
        await test.run(ctx);
        passed++;
        console.log(`PASS ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${test.name}\n    ${(e as Error).message}`);
        for (const ctxPage of browser.contexts().flatMap((c) => c.pages())) await ctxPage.close().catch(() => {});
      }
    }
  } catch (e) {
    failed++;
    console.log(`FAIL could not run the browser tests: ${(e as Error).message}`);
  } finally {
    await browser?.close().catch(() => {});
    await preview?.stop();
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();

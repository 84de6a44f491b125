// What every browser test stands on: pages that fail on any error, the game opened and played, screenshots.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { decodePng, distinctColours } from './png';
import { ROOT } from './server';

export const OUTPUT = resolve(ROOT, 'tests/browser/output');
export const FIXTURES = resolve(ROOT, 'tests/browser/fixtures');
export const VIEWPORT = { width: 960, height: 540 };

export interface Context {
  browser: Browser;
  url: string;
}

export interface Test {
  name: string;
  run(ctx: Context): Promise<void>;
  /** Why the test cannot run yet; it is reported as skipped, not passed. */
  skip?: () => string | null;
}

export class Failure extends Error {}

export function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Failure(message);
}

/** A page that records every uncaught exception and console error; `check()` fails the test on any. */
export async function openPage(ctx: Context, viewport = VIEWPORT): Promise<{ page: Page; check(): void }> {
  const page = await ctx.browser.newPage({ viewport });
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
export async function openGame(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 30_000 });
}

/** Drops a level file on the game, the way a designer drags one from their editor. */
export async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      (document.querySelector('.stage') ?? window).dispatchEvent(event);
    },
    { name, text },
  );
}

/** Seconds a nearly blank screenshot is taken again: on a loaded machine a model or panel can lag a few frames. */
const BLANK_RETRY_MS = 10_000;

/** Saves a screenshot and fails when it stays nearly one colour. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const until = Date.now() + BLANK_RETRY_MS;
  for (;;) {
    const png = await page.screenshot();
    writeFileSync(resolve(OUTPUT, name), png);
    const colours = distinctColours(decodePng(png));
    if (colours > 8 || Date.now() > until) {
      expect(colours > 8, `${name} is nearly blank: ${colours} distinct colours`);
      return;
    }
    await page.waitForTimeout(500);
  }
}

export interface Where {
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

export function where(page: Page): Promise<Where> {
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
export async function clickToPlay(page: Page): Promise<void> {
  const size = page.viewportSize() ?? VIEWPORT;
  await page.mouse.click(size.width / 2, size.height / 2);
  await page.waitForFunction(
    () => {
      const e = window.__dreamcycle!.engine;
      return e.tick > 10;
    },
    null,
    { timeout: 10_000 },
  );
}

/** Serves a file of tests/browser/fixtures at /fixtures/<file> for this page. */
export async function routeFixture(page: Page, file: string, body?: string): Promise<string> {
  await page.route(
    (url) => url.pathname === `/fixtures/${file}`,
    (route) =>
      route.fulfill({ contentType: 'application/json', body: body ?? readFileSync(resolve(FIXTURES, file), 'utf8') }),
  );
  return `/fixtures/${file}`;
}

// A designer sees the proof of their level file wherever they are: on the start screen before Play (above its dim
// layer, covering no button), in the headset, and in the level error panel when the file cannot be played — long
// lists scroll with "Back to the game" in view, a broken JSON says file, line, column and path, and a file dropped
// while the last one is still proved is the only one the line speaks of.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToPlay, drop, expect, openGame, openPage, OUTPUT, routeFixture, screenshot, type Test } from '../harness';
import { decodePng } from '../png';
import { ROOT } from '../server';
import { axeCheck } from './input';
import { openInVr, xrFrames } from './xr';

const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** axe-core, put in the page before the game's own scripts (the game's CSP lets no script tag in later). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The proof worker's script held back, as on a slow connection, until the test has seen "proving"; then let go. */
function heldWorker() {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  return {
    async route(page: Page): Promise<void> {
      await page.route(/level-proof-worker[^/]*\.js$/, async (route) => {
        await held;
        // A worker stopped by a newer drop has no request left to go on with.
        await route.continue().catch(() => {});
      });
    },
    release,
  };
}

/** Records every text the screen-reader region says from the first script on (a MutationObserver). */
async function watchAnnouncer(page: Page): Promise<void> {
  // A string, not a function: the test runner's compiler would name the inner function with a helper the page lacks.
  await page.addInitScript(`(() => {
    const said = [];
    window.__proofSaid = said;
    const look = () => {
      const text = document.querySelector('.proof-announcer')?.textContent ?? '';
      if (text !== (said[said.length - 1] ?? '')) said.push(text);
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  })()`);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __proofSaid: string[] }).__proofSaid);

interface LineSeen {
  text: string;
  /** The element at the line's centre is the line (or inside it): nothing covers it. */
  onTop: boolean;
  /** What is at the line's centre instead, when something covers it. */
  hit: string;
  /** The Play button is still what is at its own centre: the line covers no button. */
  playFree: boolean;
  inStartPanel: boolean;
  box: { left: number; top: number; right: number; bottom: number };
  colour: string;
  live: string | null;
  announcer: string;
}

/**
 * The proof lines on the page, and of the first: whether it sits inside `container`, is what a click at its centre
 * reaches, and (given a button's name) leaves that button free to click.
 */
function lineWithin(
  page: Page,
  container: string,
  button?: string,
): Promise<{ count: number; inside: boolean; onTop: boolean; buttonFree: boolean; text: string }> {
  return page.evaluate(
    ({ container, button }) => {
      // (No helper function in here: the test runner's transform would name it with a helper the page lacks.)
      const lines = document.querySelectorAll('.hud-proof');
      const line = lines[0];
      const r = line?.getBoundingClientRect();
      const hit = r ? document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2) : null;
      const pressable = [...document.querySelectorAll('button')].find((b) => b.textContent === button);
      const b = pressable?.getBoundingClientRect();
      const atButton = b ? document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2) : null;
      return {
        count: lines.length,
        inside: !!line?.closest(container),
        onTop: !!hit && !!line?.contains(hit),
        buttonFree: !!pressable && atButton === pressable,
        text: line?.textContent ?? '',
      };
    },
    { container, button },
  );
}

/** Where the proof line is and what a click at its centre would reach. */
function lineSeen(page: Page): Promise<LineSeen | null> {
  return page.evaluate(() => {
    const line = document.querySelector('.hud-proof');
    if (!line) return null;
    const r = line.getBoundingClientRect();
    const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    const play = document.querySelector('.overlay-start .button-primary');
    const p = play?.getBoundingClientRect();
    const atPlay = p ? document.elementFromPoint((p.left + p.right) / 2, (p.top + p.bottom) / 2) : null;
    const announcer = document.querySelector('.proof-announcer');
    return {
      text: line.textContent ?? '',
      onTop: hit !== null && line.contains(hit),
      hit: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing',
      playFree: play !== null && atPlay === play,
      inStartPanel: line.closest('.overlay-start .panel') !== null,
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      colour: getComputedStyle(line).color,
      live: announcer?.getAttribute('aria-live') ?? null,
      announcer: announcer?.textContent ?? '',
    };
  });
}

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * The contrast of the line's text over what is really drawn behind it: the darkest and lightest pixels of the
 * line's padding strip (no letters there) in the screenshot just taken, against the text's colour.
 */
function measuredContrast(png: string, seen: LineSeen, scale = 1): number {
  const picture = decodePng(readFileSync(resolve(OUTPUT, png)));
  const text = (seen.colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  let worst = Infinity;
  // The strip 2–4 px under the line's top edge, from past the left border to before the right edge.
  for (let y = Math.ceil(seen.box.top + 2); y <= seen.box.top + 4; y++) {
    for (let x = Math.ceil(seen.box.left + 6); x < seen.box.right - 4; x += 2) {
      const i = (Math.round(y * scale) * picture.width + Math.round(x * scale)) * 4;
      const bg = [picture.pixels[i]!, picture.pixels[i + 1]!, picture.pixels[i + 2]!];
      const [hi, lo] = [luminance(text), luminance(bg)].sort((a, b) => b - a) as [number, number];
      worst = Math.min(worst, (hi + 0.05) / (lo + 0.05));
    }
  }
  return worst;
}

/** Checks the line as the designer sees it on the start screen; returns the measured contrast. */
async function checkOnStart(page: Page, kind: 'proving' | 'beatable', png: string): Promise<number> {
  const seen = await lineSeen(page);
  expect(seen !== null, `no proof line on the start screen while ${kind}`);
  const start = await page.evaluate(() => document.querySelector('.overlay-start') !== null);
  expect(start, `the start screen is gone while ${kind}`);
  expect(seen.inStartPanel, `the ${kind} line is not in the start screen's panel`);
  expect(seen.onTop, `the ${kind} line is covered on the start screen by ${seen.hit}`);
  expect(seen.playFree, `the ${kind} line covers the Play button`);
  const size = page.viewportSize()!;
  expect(
    seen.box.left >= 0 && seen.box.top >= 0 && seen.box.right <= size.width && seen.box.bottom <= size.height,
    `the ${kind} line runs off the screen: ${JSON.stringify(seen.box)}`,
  );
  expect(seen.live === 'polite', `the screen-reader region is ${seen.live ?? 'missing'}, not polite`);
  expect(
    seen.text.endsWith(seen.announcer) && seen.announcer !== '',
    `screen readers hear "${seen.announcer}" while the line says "${seen.text}"`,
  );
  await screenshot(page, png);
  const ratio = measuredContrast(png, seen);
  console.log(`    ${kind} on the start screen: "${seen.text}"; contrast ${ratio.toFixed(1)}:1 over what is drawn`);
  expect(ratio >= 4.5, `the ${kind} line's text has ${ratio.toFixed(2)}:1 over its background, under 4.5:1`);
  return ratio;
}

/** The world panel's text in VR, as the scene holds it. */
const worldText = (page: Page) =>
  page.evaluate(() => {
    const text = window.__dreamcycle!.scene.getObjectByName('xr-world-text') as unknown as
      { text?: string } | undefined;
    const panel = window.__dreamcycle!.scene.getObjectByName('xr-world-panel');
    return { text: text?.text ?? '', shown: !!panel?.visible };
  });

/** Waits until the VR world panel's text matches. */
async function waitWorldText(page: Page, pattern: RegExp, timeout: number): Promise<string> {
  await page.waitForFunction(
    (source) => {
      const text = window.__dreamcycle!.scene.getObjectByName('xr-world-text') as unknown as
        { text?: string } | undefined;
      return new RegExp(source).test(text?.text ?? '');
    },
    pattern.source,
    { timeout },
  );
  return (await worldText(page)).text;
}

const BEATABLE = /is beatable — the bot reached the exit in \d+ steps? \/ \d+\.\d s of game time$/;

export const tests: Test[] = [
  {
    name: 'proofline: a level opened with ?level= shows "proving", then "beatable", on top of the start screen',
    async run(ctx) {
      const ratios: number[] = [];
      // The neon rooftops at night on a small screen, then under the exam hall's white sky on a wide one.
      const roofs = read('levels/03-neon-rooftops.json');
      const bright = roofs.replace('"palette": "neon"', '"palette": "exam"');
      expect(bright !== roofs, 'the rooftops have no neon palette to change');
      for (const { size, text, sky } of [
        { size: { width: 960, height: 540 }, text: roofs, sky: 'night' },
        { size: { width: 1280, height: 720 }, text: bright, sky: 'white-sky' },
      ]) {
        const { page, check } = await openPage(ctx, size);
        await watchAnnouncer(page);
        await page.addInitScript({ path: AXE });
        const worker = heldWorker();
        await worker.route(page);
        const url = await routeFixture(page, 'my-rooftops.json', text);
        await openGame(page, `${ctx.url}?level=${url}`);
        await page.waitForFunction(() => document.querySelector('.hud-proof-proving') !== null, null, {
          timeout: 15_000,
        });
        const proving = (await lineSeen(page))!.text;
        expect(
          proving === '◌ Proving “Neon rooftops” (/fixtures/my-rooftops.json): the bot is playing the solver’s route…',
          `the line says: ${proving}`,
        );
        ratios.push(await checkOnStart(page, 'proving', `proofline-start-proving-${sky}.png`));
        await axeCheck(page, `the start screen while proving (${sky})`);
        worker.release();
        await page.waitForFunction(() => document.querySelector('.hud-proof-beatable') !== null, null, {
          timeout: 120_000,
        });
        const beatable = (await lineSeen(page))!.text;
        expect(BEATABLE.test(beatable), `the line says: ${beatable}`);
        ratios.push(await checkOnStart(page, 'beatable', `proofline-start-beatable-${sky}.png`));
        const heard = await said(page);
        console.log(`    screen readers heard: ${heard.map((t) => JSON.stringify(t)).join(' → ')}`);
        expect(
          heard.filter((t) => t.startsWith('Proving')).length === 1 &&
            heard.filter((t) => BEATABLE.test(t)).length === 1,
          `screen readers heard "proving" and "beatable" not once each: ${heard.join(' | ')}`,
        );

        // Play: the line moves to the top right of the HUD, still the one line, and no menu covers it. The HUD lets
        // clicks through to the game, so what is at its centre is the game's canvas, not the line.
        await clickToPlay(page);
        const playing = await page.evaluate(() => {
          const lines = document.querySelectorAll('.hud-proof');
          const r = lines[0]?.getBoundingClientRect();
          const hit = r ? document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2) : null;
          return { count: lines.length, hud: !!lines[0]?.closest('.hud'), covered: !!hit?.closest('.overlay') };
        });
        expect(playing.count === 1 && playing.hud, `while playing: ${JSON.stringify(playing)}`);
        expect(!playing.covered, 'while playing, a screen over the game covers the proof line');
        check();
        await page.close();
      }
      console.log(`    measured contrast over the start screen: ${ratios.map((r) => r.toFixed(1)).join(', ')}`);
    },
  },
  {
    name: 'proofline: in VR the proof of the level file is on the panel in front of the player, then its problems',
    async run(ctx) {
      const worker = heldWorker();
      const { page, check } = await openInVr(ctx, 'xr-room.json', worker.route);
      const proving = await waitWorldText(page, /Proving/, 30_000);
      console.log(`    VR panel: ${JSON.stringify(proving)}`);
      expect(
        proving.includes('Proving “Two rooms and a door, for VR” (/fixtures/xr-room.json)'),
        `the VR panel says: ${proving}`,
      );
      expect((await worldText(page)).shown, 'the VR panel with the proof line is hidden');
      await screenshot(page, 'proofline-vr-proving.png');
      worker.release();
      const beatable = await waitWorldText(page, /is beatable/, 120_000);
      console.log(`    VR panel: ${JSON.stringify(beatable)}`);
      expect(
        /“Two rooms and a door, for VR” \(\/fixtures\/xr-room\.json\) is beatable — the bot reached the exit in \d+ steps?/.test(
          beatable,
        ),
        `the VR panel says: ${beatable}`,
      );
      await xrFrames(page, 3);
      await screenshot(page, 'proofline-vr-beatable.png');

      // A file the solver refuses, dropped while in the headset: its problem is read there, not only on the desktop.
      await drop(page, 'my-gap.json', read('tests/fixtures/levels/outside/12-gap-ten-cm-too-wide.json'));
      const refused = await waitWorldText(page, /is not proven beatable/, 120_000);
      console.log(`    VR panel: ${JSON.stringify(refused)}`);
      expect(
        /my-gap\.json is not proven beatable: 1 problem\nmy-gap\.json:\d+:\d+ the level cannot be beaten/.test(refused),
        `the VR panel says: ${refused}`,
      );
      expect(!/beatable —/.test(refused), `a refused level is called beatable in VR: ${refused}`);
      await xrFrames(page, 3);
      await screenshot(page, 'proofline-vr-refused.png');
      check();
      await page.close();
    },
  },
  {
    name: 'proofline: the error panel a designer reads — a long list scrolls under its heading with "Back to the game" in view; a broken JSON is placed',
    async run(ctx) {
      const { page, check } = await openPage(ctx, { width: 960, height: 540 });
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      await clickToPlay(page);

      const level = JSON.parse(read('levels/01-bedroom.json')) as { entities: unknown[] };
      for (let i = 0; i < 30; i++) level.entities.push({ id: `door-${i}`, type: 'door', at: [999, 1] });
      await drop(page, 'many-doors.json', JSON.stringify(level, null, 2));
      await page.waitForFunction(() => document.querySelector('.panel-problems') !== null, null, { timeout: 15_000 });
      const panel = await page.evaluate(() => {
        const p = document.querySelector('.panel-problems')!;
        const list = p.querySelector('.problems')!;
        const button = [...p.querySelectorAll('button')].find((b) => b.textContent === 'Back to the game')!;
        const b = button.getBoundingClientRect();
        const r = p.getBoundingClientRect();
        const heading = p.querySelector('h2')!.getBoundingClientRect();
        return {
          heading: p.querySelector('h2')!.textContent,
          box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
          headingTop: heading.top,
          buttonOnTop: document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2) === button,
          listScrolls: list.scrollHeight > list.clientHeight + 1,
          listOverflow: getComputedStyle(list).overflowY,
          items: list.querySelectorAll('li').length,
        };
      });
      console.log(`    a file with 30 problems: ${JSON.stringify(panel)}`);
      expect(panel.heading === 'many-doors.json cannot be played: 30 problems', `the panel says: ${panel.heading}`);
      expect(panel.items === 30, `the panel lists ${panel.items} problems of 30`);
      expect(
        panel.box.top >= 0 && panel.box.bottom <= 540 && panel.box.right <= 960,
        `the panel runs off the screen: ${JSON.stringify(panel.box)}`,
      );
      expect(panel.listScrolls && panel.listOverflow === 'auto', 'the long list does not scroll inside the panel');
      expect(panel.buttonOnTop, '"Back to the game" is out of view under a long list');
      await screenshot(page, 'proofline-panel-long.png');
      // The list scrolls to its end and the heading stays where it was.
      await page.evaluate(() => {
        const list = document.querySelector('.panel-problems .problems')!;
        list.scrollTop = list.scrollHeight;
      });
      const last = await page.evaluate(() => {
        const items = document.querySelectorAll('.panel-problems .problems li');
        const li = items[items.length - 1]!.getBoundingClientRect();
        const list = document.querySelector('.panel-problems .problems')!.getBoundingClientRect();
        // The number "30." hangs left of the item, about 2.2 em wide: it is inside the list's box, not clipped.
        const size = parseFloat(getComputedStyle(items[items.length - 1]!).fontSize);
        return {
          numberShown: li.left - 2.2 * size >= list.left,
          inView: li.bottom <= list.bottom + 1 && li.top >= list.top - 1,
          headingTop: document.querySelector('.panel-problems h2')!.getBoundingClientRect().top,
        };
      });
      expect(last.inView, 'the last problem cannot be scrolled into view');
      expect(last.numberShown, 'the list scrolls its numbers out of sight ("30." is cut to "0.")');
      expect(Math.abs(last.headingTop - panel.headingTop) < 1, 'the heading scrolled away with the list');
      await screenshot(page, 'proofline-panel-long-end.png');

      // A broken JSON: one place for the mistake, with its line, column and where in the level it is.
      const bedroom = read('levels/01-bedroom.json');
      const at = bedroom.indexOf('"title"');
      const broken = `${bedroom.slice(0, at)}"title" "oops",${bedroom.slice(at + '"title":'.length)}`;
      const lineOf = bedroom.slice(0, at).split('\n').length;
      await drop(page, 'broken.json', broken);
      await page.waitForFunction(
        () => /broken\.json cannot be played/.test(document.querySelector('.panel-problems h2')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      const first = await page.evaluate(() => document.querySelector('.panel-problems li')?.textContent ?? '');
      console.log(`    broken JSON, first problem: ${JSON.stringify(first)}`);
      expect(
        new RegExp(`^broken\\.json:${lineOf}:\\d+ title`).test(first),
        `the first problem is not placed at line ${lineOf}, property title: ${first}`,
      );
      expect(/expected ":"/.test(first), `the first problem does not say what is missing: ${first}`);
      await screenshot(page, 'proofline-panel-broken-json.png');
      check();
      await page.close();
    },
  },
  {
    name: 'proofline: a file dropped while the last one is still proved — the line speaks of the newer only, and never calls the older beatable',
    async run(ctx) {
      const { page, check } = await openPage(ctx, { width: 960, height: 540 });
      await watchAnnouncer(page);
      const worker = heldWorker();
      await worker.route(page);
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      const roofs = read('levels/03-neon-rooftops.json');
      await drop(page, 'first.json', roofs.replace('"title": "', '"title": "First: '));
      await page.waitForFunction(
        () => /first\.json/.test(document.querySelector('.hud-proof')?.textContent ?? ''),
        null,
        {
          timeout: 15_000,
        },
      );
      // The first proof is still waiting for its worker when the second file comes.
      const gap = read('tests/fixtures/levels/outside/12-gap-ten-cm-too-wide.json');
      await drop(page, 'second.json', gap);
      await page.waitForFunction(
        () => /second\.json/.test(document.querySelector('.hud-proof')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      await screenshot(page, 'proofline-second-drop-proving.png');
      // The designer plays it and pauses while it is still proved: the line is in the pause menu, above its dim layer.
      await clickToPlay(page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Paused' }).waitFor({ state: 'visible', timeout: 10_000 });
      const paused = await lineWithin(page, '[aria-label="Paused"]', 'Resume');
      console.log(`    paused while proving: ${JSON.stringify(paused)}`);
      expect(paused.count === 1 && paused.inside, 'the proof line is not in the pause menu');
      expect(paused.onTop, 'the proof line is covered in the pause menu');
      expect(paused.buttonFree, 'the proof line covers "Resume"');
      expect(/^◌ Proving .*\(second\.json\)/.test(paused.text), `the pause menu's line says: ${paused.text}`);
      await screenshot(page, 'proofline-pause-proving.png');

      // Back in the game, a broken save of another file opens the error panel over the HUD's corner: the line of
      // the level still being proved comes into the panel, on top, and is the only copy.
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.waitForFunction(() => document.querySelector('[aria-label="Paused"]') === null, null, {
        timeout: 10_000,
      });
      await drop(page, 'other.json', '{ "formatVersion": 2, "title" "oops" }');
      await page.waitForFunction(
        () => /other\.json cannot be played/.test(document.querySelector('.panel-problems h2')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      const beside = await lineWithin(page, '.panel-problems');
      console.log(`    a broken file over the game while proving: ${JSON.stringify(beside)}`);
      expect(beside.count === 1 && beside.inside, 'the proof line is not in the error panel over the game');
      expect(beside.onTop, 'the proof line is covered under the error panel');
      expect(/^◌ Proving .*\(second\.json\)/.test(beside.text), `the panel's proof line says: ${beside.text}`);
      await screenshot(page, 'proofline-panel-while-proving.png');
      worker.release();
      await page.waitForFunction(
        () => /second\.json/.test(document.querySelector('.panel-problems h2')?.textContent ?? ''),
        null,
        { timeout: 120_000 },
      );
      const heard = await said(page);
      const line = await page.evaluate(() => document.querySelector('.hud-proof')?.textContent ?? '');
      const heading = await page.evaluate(() => document.querySelector('.panel-problems h2')?.textContent ?? '');
      console.log(`    screen readers heard: ${heard.map((t) => JSON.stringify(t)).join(' → ')}`);
      expect(!heard.some((t) => /first\.json.*beatable/.test(t)), `the replaced proof was called beatable: ${heard}`);
      expect(line === '', `the line still says: ${line}`);
      expect(heading === 'second.json is not proven beatable: 1 problem', `the panel says: ${heading}`);
      const proofs = await page.evaluate(() => window.__dreamcycleProof!);
      expect(
        proofs.asked === 2 && proofs.answered === 1 && proofs.last?.name === 'second.json',
        `the proofs: ${JSON.stringify(proofs)}`,
      );
      await screenshot(page, 'proofline-second-drop-refused.png');
      check();
      await page.close();
    },
  },
];

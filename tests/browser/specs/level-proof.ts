// A designer drops a level file on the running game: it plays at once, and its proof (the solver's route played by
// the bot in the physics, seconds of work) runs in a worker while the game keeps drawing frames. A level the bot
// beats shows no panel but a status line ("proving…", then "beatable"); one it cannot prove says why in the level
// error panel, and the level keeps running.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToPlay, drop, expect, openGame, openPage, routeFixture, screenshot, type Test } from '../harness';
import { ROOT } from '../server';

/** Counts the page's animation frames from now on, and the longest wait between two. */
function watchFrames(page: Page): Promise<void> {
  // A string, not a function: the test runner's compiler would name the inner function with a helper the page lacks.
  return page.evaluate(`(() => {
    const watch = { frames: 0, longest: 0, last: performance.now() };
    window.__frameWatch = watch;
    requestAnimationFrame(function tick(t) {
      watch.longest = Math.max(watch.longest, t - watch.last);
      watch.last = t;
      watch.frames++;
      requestAnimationFrame(tick);
    });
  })()`);
}

interface Seen {
  frames: number;
  longest: number;
  gameFrames: number;
  tick: number;
  level: string;
  answered: number;
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const watch = (window as unknown as { __frameWatch: { frames: number; longest: number } }).__frameWatch;
    const d = window.__dreamcycle!;
    return {
      frames: watch.frames,
      longest: watch.longest,
      gameFrames: d.frames(),
      tick: d.engine.tick,
      level: d.engine.level.id,
      answered: window.__dreamcycleProof?.answered ?? 0,
    };
  });
}

const panelText = (page: Page) => page.evaluate(() => document.querySelector('.panel-problems')?.textContent ?? '');

/** Records every text the proof's status line shows from now on (a MutationObserver sees lines too brief to poll). */
function watchProofLine(page: Page): Promise<void> {
  // A string, not a function: the test runner's compiler would name the inner function with a helper the page lacks.
  return page.evaluate(`(() => {
    const lines = [];
    window.__proofLines = lines;
    const look = () => {
      const text = document.querySelector('.hud-proof')?.textContent ?? '';
      if (text !== (lines[lines.length - 1] ?? '')) lines.push(text);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
}

/** The status line's texts seen since `watchProofLine` (an empty text is a line that went away). */
const proofLines = (page: Page) => page.evaluate(() => (window as unknown as { __proofLines: string[] }).__proofLines);
const proofLineNow = (page: Page) => page.evaluate(() => document.querySelector('.hud-proof')?.textContent ?? '');

const BEATABLE = /beatable — the bot reached the exit in (\d+) steps? \/ (\d+\.\d) s of game time$/;

export const tests: Test[] = [
  {
    name: 'level proof: a dropped level is proved in a worker while the game keeps drawing, and the verdict is shown',
    async run(ctx) {
      const { page, check } = await openPage(ctx, { width: 320, height: 180 });
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      await clickToPlay(page);

      // The rooftops take the bot seconds to play through: long enough to see frames drawn while it proves.
      const rooftops = readFileSync(resolve(ROOT, 'levels/03-neon-rooftops.json'), 'utf8');
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').length);
      await drop(page, 'designer-rooftops.json', rooftops);
      await page.waitForFunction(() => window.__dreamcycle?.engine.level.id === 'neon-rooftops', null, {
        timeout: 60_000,
      });
      await clickToPlay(page);
      await page.waitForFunction(() => (window.__dreamcycleProof?.answered ?? 0) > 0, null, { timeout: 120_000 });
      const worker = await page.evaluate(
        (from) =>
          performance
            .getEntriesByType('resource')
            .slice(from)
            .some((e) => /level-proof-worker/.test(e.name)),
        resources,
      );
      expect(worker, 'no proof worker was loaded: the proof ran on the game thread');

      // The designer saves a change and drops the file again while playing: the level reloads where the friends
      // stand and goes on, and the game draws and ticks all the while the new text is proved.
      const engine = await page.evaluate(() => {
        (window as unknown as { __before?: unknown }).__before = window.__dreamcycle!.engine;
        return window.__dreamcycleProof!.answered;
      });
      await drop(page, 'designer-rooftops.json', rooftops.replace('"title": "', '"title": "Saved: '));
      await page.waitForFunction(
        () => window.__dreamcycle!.engine !== (window as unknown as { __before?: unknown }).__before,
        null,
        { timeout: 60_000 },
      );
      await watchFrames(page);
      const start = await seen(page);
      expect(start.answered === engine, 'the proof ended before the reloaded level was drawn: nothing to watch');
      await page.waitForFunction((n) => (window.__dreamcycleProof?.answered ?? 0) > n, start.answered, {
        timeout: 120_000,
      });
      const end = await seen(page);
      const verdict = await page.evaluate(() => window.__dreamcycleProof!.last!);
      console.log(
        `    while the rooftops were proved: ${end.frames - start.frames} frames drawn (${end.gameFrames - start.gameFrames} ` +
          `by the game), ${end.tick - start.tick} engine ticks, longest wait between frames ` +
          `${Math.round(end.longest)} ms; verdict: ${verdict.errors.length ? verdict.errors[0]!.message : 'beatable'}`,
      );
      expect(verdict.name === 'designer-rooftops.json', `the last proof was of ${verdict.name}`);
      expect(verdict.errors.length === 0, `the bot did not beat the rooftops: ${verdict.errors[0]?.message}`);
      // The game drew and ticked while the proof ran: a proof on the game's thread lets no frame through until it
      // ends. How many depends on how fast the machine proves the level, so one frame is the proof.
      expect(end.gameFrames > start.gameFrames, `the game drew no frame while the level was proved`);
      expect(end.tick > start.tick, `the engine stood still at tick ${start.tick} while the level was proved`);
      expect(end.level === 'neon-rooftops', `the level changed to ${end.level}`);
      expect((await panelText(page)) === '', `a level the bot beat shows a panel: ${await panelText(page)}`);

      // A level the solver cannot prove: it plays, and the panel says why, next to the running level.
      const shuttle = readFileSync(resolve(ROOT, 'tests/fixtures/proof/shuttle-fast.json'), 'utf8');
      await drop(page, 'designer-shuttle.json', shuttle);
      await page.waitForFunction(
        () => /not proven/.test(document.querySelector('.panel-problems')?.textContent ?? ''),
        null,
        {
          timeout: 60_000,
        },
      );
      const panel = await panelText(page);
      expect(panel.includes('designer-shuttle.json'), `the panel does not name the file: ${panel}`);
      expect(/the solver does not ride moving platform "shuttle"/.test(panel), `the panel says: ${panel}`);
      const shown = await page.evaluate(() => ({
        level: window.__dreamcycle!.engine.level.id,
        frames: window.__dreamcycle!.frames(),
      }));
      expect(shown.level === 'shuttle-fast', `the level behind the panel is ${shown.level}, not the dropped one`);
      await page.waitForFunction((f) => window.__dreamcycle!.frames() > f + 5, shown.frames, { timeout: 60_000 });
      expect(!/beatable/.test(await proofLineNow(page)), `a level not proven says: ${await proofLineNow(page)}`);
      await screenshot(page, 'level-proof-not-proven.png');
      check();
      await page.close();
    },
  },
  {
    name: 'level proof: a designer sees "proving" while the bot plays their level, then "beatable" with its steps',
    async run(ctx) {
      const { page, check } = await openPage(ctx, { width: 1280, height: 720 });
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      await clickToPlay(page);
      await watchProofLine(page);
      // The bedroom greets the player with Noah's first line; the dropped level must not keep showing it.
      await page.waitForFunction(
        () => /so big/.test(document.querySelector('.hud-subtitle')?.textContent ?? ''),
        null,
        {
          timeout: 60_000,
        },
      );

      // A dark level: the neon rooftops at night.
      const rooftops = readFileSync(resolve(ROOT, 'levels/03-neon-rooftops.json'), 'utf8');
      await drop(page, 'my-rooftops.json', rooftops.replace('"title": "', '"title": "My <b>'));
      await page.waitForFunction(() => window.__dreamcycle?.engine.level.id === 'neon-rooftops', null, {
        timeout: 60_000,
      });
      await clickToPlay(page);
      const carried = await page.evaluate(() => document.querySelector('.hud-subtitle')?.textContent ?? '');
      expect(!/so big/.test(carried), `the bedroom's subtitle stayed over the dropped level: ${carried}`);
      const proving = await proofLineNow(page);
      if (/^◌ Proving/.test(proving)) await screenshot(page, 'level-proof-proving-dark.png');
      await page.waitForFunction(() => /beatable/.test(document.querySelector('.hud-proof')?.textContent ?? ''), null, {
        timeout: 120_000,
      });
      const lines = await proofLines(page);
      const verdict = await page.evaluate(() => window.__dreamcycleProof!.last!);
      console.log(`    the status line said: ${lines.map((l) => JSON.stringify(l)).join(' → ')}`);
      const first = lines.find((l) => l !== '') ?? '';
      // The level's title is shown as the designer wrote it, as text: "<b>" is not bold, it is two letters and a bracket.
      expect(
        first === '◌ Proving “My <b>Neon rooftops” (my-rooftops.json): the bot is playing the solver’s route…',
        `the first line was not "proving": ${first}`,
      );
      const beatable = (await proofLineNow(page)).match(BEATABLE);
      expect(beatable !== null, `the beatable line says: ${await proofLineNow(page)}`);
      expect(verdict.beaten !== undefined, 'the proof handle has no steps for a level the bot beat');
      expect(
        Number(beatable[1]) === verdict.beaten.steps &&
          Number(beatable[2]) === Number(verdict.beaten.gameSeconds.toFixed(1)),
        `the line says ${beatable[1]} steps / ${beatable[2]} s, the proof ${verdict.beaten.steps} / ${verdict.beaten.gameSeconds}`,
      );
      expect((await panelText(page)) === '', `a level the bot beat shows a panel: ${await panelText(page)}`);
      const place = await page.evaluate(() => {
        const line = document.querySelector('.hud-proof')!;
        const cross = document.querySelector('.hud-crosshair')!.getBoundingClientRect();
        const box = line.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(line).fontSize);
        // Screen readers hear the line from the page's one proof region (a copy that never remounts), not the HUD's.
        const region = document.querySelector('.proof-announcer');
        const same = !!region?.textContent && (line.textContent ?? '').endsWith(region.textContent);
        const live = same ? (region.getAttribute('aria-live') ?? null) : null;
        const apart =
          box.bottom < cross.top || box.top > cross.bottom || box.right < cross.left || box.left > cross.right;
        return { apart, size, live, bold: line.querySelector('b') !== null, onScreen: box.bottom <= innerHeight };
      });
      expect(place.apart, 'the status line covers the crosshair');
      expect(place.onScreen, 'the status line runs off the bottom of the screen');
      expect(place.size >= 16, `the status line's text is ${place.size} px`);
      expect(place.live === 'polite', `the status line is announced ${place.live ?? 'not at all'}, not politely`);
      expect(!place.bold, "the level's title was read as HTML");
      await screenshot(page, 'level-proof-beatable-dark.png');

      // A bright level: the same rooftops under the exam hall's white sky.
      const bright = rooftops.replace('"palette": "neon"', '"palette": "exam"');
      expect(bright !== rooftops, 'the rooftops have no neon palette to change');
      await drop(page, 'my-rooftops-by-day.json', bright.replace('"title": "', '"title": "By day: '));
      await page.waitForFunction(() => window.__dreamcycle!.engine.level.title.startsWith('By day'), null, {
        timeout: 60_000,
      });
      await clickToPlay(page);
      if (/^◌ Proving/.test(await proofLineNow(page))) await screenshot(page, 'level-proof-proving-bright.png');
      await page.waitForFunction(
        () => /By day.*beatable/.test(document.querySelector('.hud-proof')?.textContent ?? ''),
        null,
        { timeout: 120_000 },
      );
      const byDay = await proofLines(page);
      expect(
        byDay.some((l) => l.startsWith('◌ Proving “By day: Neon rooftops” (my-rooftops-by-day.json)')),
        `the second drop was never "proving": ${byDay.join(' | ')}`,
      );
      await screenshot(page, 'level-proof-beatable-bright.png');

      // A level the solver cannot prove: "proving", then the panel, and never a "beatable" line.
      const shuttle = readFileSync(resolve(ROOT, 'tests/fixtures/proof/shuttle-fast.json'), 'utf8');
      const before = (await proofLines(page)).length;
      await drop(page, 'my-shuttle.json', shuttle);
      await page.waitForFunction(
        () => /not proven/.test(document.querySelector('.panel-problems')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
      const after = (await proofLines(page)).slice(before);
      console.log(`    then for the shuttle: ${after.map((l) => JSON.stringify(l)).join(' → ')}`);
      expect(
        after.some((l) => /^◌ Proving .*my-shuttle\.json/.test(l)),
        `the shuttle was never "proving": ${after}`,
      );
      expect(!after.some((l) => /beatable/.test(l)), `a level not proven was called beatable: ${after.join(' | ')}`);
      expect((await proofLineNow(page)) === '', `the status line still says: ${await proofLineNow(page)}`);
      await screenshot(page, 'level-proof-not-proven-wide.png');
      check();
      await page.close();
    },
  },
  {
    name: 'level proof: a level file opened with ?level= is proved too, and its "beatable" line read',
    async run(ctx) {
      const { page, check } = await openPage(ctx, { width: 1280, height: 720 });
      const jump = readFileSync(resolve(ROOT, 'tests/fixtures/levels/jump.json'), 'utf8');
      const url = await routeFixture(page, 'my-jump.json', jump);
      await openGame(page, `${ctx.url}?level=${url}`);
      await page.waitForFunction(() => (window.__dreamcycleProof?.answered ?? 0) > 0, null, { timeout: 60_000 });
      const verdict = await page.evaluate(() => window.__dreamcycleProof!.last!);
      expect(verdict.name === url, `the proof was of ${verdict.name}, not ${url}`);
      expect(verdict.errors.length === 0, `the bot did not beat jump.json: ${verdict.errors[0]?.message}`);
      const line = await proofLineNow(page);
      expect(BEATABLE.test(line) && line.includes('(/fixtures/my-jump.json)'), `the status line says: ${line}`);
      check();
      await page.close();
    },
  },
];

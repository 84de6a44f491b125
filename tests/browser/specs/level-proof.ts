// A designer drops a level file on the running game: it plays at once, and its proof (the solver's route played by
// the bot in the physics, seconds of work) runs in a worker while the game keeps drawing frames. A level the bot
// beats shows no panel; one it cannot prove says why in the level error panel, and the level keeps running.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToPlay, expect, openGame, openPage, screenshot, type Test } from '../harness';
import { ROOT } from '../server';

/** Drops a file on the page the way a designer does. */
async function drop(page: Page, name: string, text: string): Promise<void> {
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
        timeout: 15_000,
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
        { timeout: 15_000 },
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
      // The game drew and ticked all along: a proof on the game's thread lets no frame through until it ends.
      expect(end.gameFrames - start.gameFrames >= 5, `the game drew ${end.gameFrames - start.gameFrames} frames`);
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
      await page.waitForFunction((f) => window.__dreamcycle!.frames() > f + 5, shown.frames, { timeout: 10_000 });
      await screenshot(page, 'level-proof-not-proven.png');
      check();
      await page.close();
    },
  },
];

// A run played in the browser, with real keys and mouse, is recorded from its first tick; the replay played
// headless in node ends in exactly the state the browser's engine was in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLevel } from '../../../src/levels/load';
import { parseReplay, playReplay } from '../../../src/engine/replay';
import { levelHash } from '../../../src/engine/level-hash';
import { clickToPlay, expect, FIXTURES, openGame, openPage, routeFixture, screenshot, type Test } from '../harness';

export const tests: Test[] = [
  {
    name: 'replay: a run played in the browser replays headless to the same final state',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = 'four-friends.json';
      await routeFixture(page, file);
      await openGame(page, `${ctx.url}?level=/fixtures/${file}`);
      await clickToPlay(page);
      // Run, turn with the mouse, jump, switch friends, use a skill: input that changes between and inside frames.
      await page.keyboard.down('ShiftLeft');
      await page.keyboard.down('KeyW');
      await page.waitForTimeout(500);
      await page.mouse.move(600, 270, { steps: 5 });
      await page.keyboard.press('Space');
      await page.waitForTimeout(400);
      await page.keyboard.up('KeyW');
      await page.keyboard.up('ShiftLeft');
      await page.keyboard.press('Digit2');
      await page.keyboard.down('KeyD');
      await page.waitForTimeout(500);
      await page.keyboard.up('KeyD');
      await page.mouse.down();
      await page.mouse.up();
      await page.keyboard.press('Tab');
      await page.keyboard.down('KeyS');
      await page.waitForTimeout(400);
      await page.keyboard.up('KeyS');
      await page.waitForTimeout(200);
      await screenshot(page, 'replay-recorded-run.png');
      const recorded = await page.evaluate(() => JSON.stringify(window.__dreamcycle!.replay()));
      check();
      await page.close();

      expect(recorded !== 'null', 'the game did not record the run');
      const replay = parseReplay(recorded, 'browser run');
      const level = parseLevel(readFileSync(resolve(FIXTURES, file), 'utf8'), file);
      expect(replay.level.hash === levelHash(level), 'the browser recorded another level than the fixture');
      const moved = replay.final.friends.some((f, i) => {
        const s = replay.start.friends[i]!;
        return Math.hypot(f.p[0] - s.p[0], f.p[2] - s.p[2]) > 1;
      });
      expect(replay.ticks > 60 && moved, `the run did little: ${replay.ticks} ticks, friends moved: ${moved}`);
      const result = playReplay(replay, level, file);
      console.log(
        `    ${replay.ticks} ticks recorded in ${replay.inputs.length} runs of input; headless: ${result.matches ? 'same final state' : result.difference}`,
      );
      expect(result.matches, `the headless replay ended elsewhere: ${result.difference}`);
    },
  },
];

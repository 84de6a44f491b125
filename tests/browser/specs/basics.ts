// The first browser tests: walking, a broken level, the four friends and their skills.
import { clickToPlay, expect, openGame, openPage, routeFixture, screenshot, where, type Test } from '../harness';

/** Ticks W is held at most: 4 s of game time, four times what a metre takes at walking speed. */
const WALK_TICKS = 240;

export const tests: Test[] = [
  {
    name: 'walking: click to play, hold W, the friend walks and stays in the labyrinth',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      // A level file straight away (the page's own address opens on the campaign's title).
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      await screenshot(page, 'walk-before.png');
      await clickToPlay(page);
      const before = await where(page);
      // Held until the friend has walked a metre or the game has run a generous number of ticks: a slow machine
      // runs fewer ticks a second, so the test counts ticks and metres, never wall time.
      await page.keyboard.down('KeyW');
      let held = before;
      for (let polls = 0; polls < 600; polls++) {
        await page.waitForTimeout(50);
        held = await where(page);
        const walked = Math.hypot(held.x - before.x, held.z - before.z);
        if (walked > 1.5 || held.tick - before.tick > WALK_TICKS) break;
      }
      await page.keyboard.up('KeyW');
      // Until the friend has stopped (or the same generous number of ticks).
      let after = held;
      for (let polls = 0; polls < 600; polls++) {
        await page.waitForTimeout(50);
        const now = await where(page);
        const still = Math.hypot(now.x - after.x, now.z - after.z) < 1e-3;
        after = now;
        if (still || now.tick - held.tick > WALK_TICKS) break;
      }
      await screenshot(page, 'walk-after.png');
      const moved = Math.hypot(after.x - before.x, after.z - before.z);
      const camera = Math.hypot(after.camX - before.camX, after.camZ - before.camZ);
      console.log(
        `    ${after.name} walked ${moved.toFixed(2)} m in ${after.tick - before.tick} ticks; the camera moved ${camera.toFixed(2)} m`,
      );
      expect(moved > 1, `the friend moved only ${moved.toFixed(2)} m holding W for ${held.tick - before.tick} ticks`);
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
      await routeFixture(page, file);
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
      await routeFixture(page, file);
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

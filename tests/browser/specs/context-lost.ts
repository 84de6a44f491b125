// The graphics card drops the WebGL context (a driver reset, a tab in the background too long): the game pauses,
// the context comes back, the scene is drawn again, and play goes on from the same engine state.
import { clickToPlay, expect, openGame, openPage, screenshot, type Test } from '../harness';

export const tests: Test[] = [
  {
    name: 'context lost: the game pauses, the scene comes back and play goes on from the same state',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, `${ctx.url}?level=levels/02-exam-hall.json`);
      await clickToPlay(page);
      await page.keyboard.down('KeyW');
      await page.waitForTimeout(500);
      await page.keyboard.up('KeyW');
      await page.waitForTimeout(200);
      const lose = () =>
        page.evaluate(() => {
          const ext = window.__dreamcycle!.gl.getContext().getExtension('WEBGL_lose_context')!;
          (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
          ext.loseContext();
        });
      const state = () =>
        page.evaluate(() => {
          const d = window.__dreamcycle!;
          const f = d.engine.active;
          return {
            tick: d.engine.tick,
            x: f.position.x,
            z: f.position.z,
            lost: d.gl.getContext().isContextLost(),
            frames: d.frames(),
            paused: !!document.querySelector('[aria-label="Paused"]'),
          };
        });
      await lose();
      await page.waitForTimeout(800);
      const during = await state();
      await page.waitForTimeout(800);
      const stillDuring = await state();
      console.log(`    during: ${JSON.stringify(during)} then ${JSON.stringify(stillDuring)}`);
      expect(during.lost, 'the context was not lost');
      expect(during.paused, 'the game did not pause when the context was lost');
      expect(
        stillDuring.tick === during.tick,
        `the engine ran on while the screen was lost (${during.tick} → ${stillDuring.tick})`,
      );

      await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
      await page.waitForFunction(() => !window.__dreamcycle!.gl.getContext().isContextLost(), null, {
        timeout: 10_000,
      });
      // Resume from the pause menu, as a player would.
      await page.getByRole('button', { name: /resume/i }).click();
      await page.waitForFunction((f) => window.__dreamcycle!.frames() > f + 5, stillDuring.frames, { timeout: 15_000 });
      const after = await state();
      await screenshot(page, 'context-restored.png');
      console.log(
        `    lost at tick ${during.tick}; after restoring, tick ${after.tick}, friend at (${after.x.toFixed(2)}, ${after.z.toFixed(2)})`,
      );
      expect(Math.hypot(after.x - during.x, after.z - during.z) < 0.5, 'the friend moved while the game was paused');
      expect(after.tick >= during.tick, 'the engine went back in time');
      check();
      await page.close();
    },
  },
];

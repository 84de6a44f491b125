// When the drawing breaks mid-game the player sees what happened, can copy a report that carries the replay of the
// run, and can go back to the title; the console gets the error once, not once a frame; the page never goes white.
import { clickToPlay, expect, openGame, openPage, screenshot, type Test } from '../harness';

export const tests: Test[] = [
  {
    name: 'errors: a render that throws every frame shows a panel with a report and a way back, logged once',
    async run(ctx) {
      const { page } = await openPage(ctx);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const logged: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') logged.push(m.text());
      });
      await openGame(page, `${ctx.url}?level=levels/02-exam-hall.json`);
      await clickToPlay(page);
      await page.keyboard.down('KeyW');
      await page.waitForTimeout(400);
      await page.keyboard.up('KeyW');
      // A fault in the renderer, as a driver bug would give: every frame's render throws.
      await page.evaluate(() => {
        const gl = window.__dreamcycle!.gl;
        (window as unknown as { __render: unknown }).__render = gl.render;
        gl.render = () => {
          throw new Error('the GPU driver lost its way');
        };
      });
      const panel = page.getByRole('alertdialog');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(1500); // many frames' worth of time: the error must still be logged once
      await screenshot(page, 'errors-panel.png');
      const text = await panel.innerText();
      expect(text.includes('the GPU driver lost its way'), `the panel does not say what happened: ${text}`);
      const mine = logged.filter((l) => l.includes('the GPU driver lost its way') || l.includes('Dreamcycle:'));
      console.log(`    console errors about it: ${mine.length}`);
      expect(mine.length === 1, `the error was logged ${mine.length} times:\n  ${mine.slice(0, 3).join('\n  ')}`);

      await page.getByRole('button', { name: 'Copy report' }).click();
      await page.getByRole('button', { name: 'Report copied' }).waitFor({ timeout: 5000 });
      const report = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
        what: string;
        level: { id: string };
        replay: { level: { hash: string }; ticks: number; inputs: unknown[] } | null;
      };
      expect(report.what === 'the GPU driver lost its way', `the report says "${report.what}"`);
      expect(report.level?.id === 'exam-hall', `the report names level ${report.level?.id}`);
      expect(
        !!report.replay && report.replay.ticks > 0 && report.replay.inputs.length > 0 && !!report.replay.level.hash,
        'the report carries no replay of the run',
      );

      // The driver recovers; the player goes back to the title.
      await page.evaluate(() => {
        const gl = window.__dreamcycle!.gl;
        gl.render = (window as unknown as { __render: typeof gl.render }).__render;
      });
      await page.getByRole('button', { name: 'Back to the title' }).click();
      await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible', timeout: 15_000 });
      await screenshot(page, 'errors-back-at-title.png');
      await page.close();
    },
  },
];

// The self-doubt boss of levels/05-the-cycle.json as a player sees it, phase by phase: shrouded, its cores shown,
// the loop with a doubt wave and a whisper's blur, and broken. Screenshots named boss-*.png — look at them.
// The phases are stepped through the engine's own boss (its rules are proven in tests/engine/boss.test.ts).
import type { Page } from 'playwright-core';
import { clickToPlay, expect, openGame, openPage, screenshot, type Test } from '../harness';

/** Stands the friend in control in the arena's south, facing the boss, looking up at it. */
async function faceTheBoss(page: Page): Promise<void> {
  await page.evaluate(() => {
    const e = window.__dreamcycle!.engine;
    e.active.teleport(e.grid.center(0, 9, 13), 0);
    e.active.pitch = 0.28;
  });
  await page.waitForTimeout(400);
}

function phaseOf(page: Page): Promise<string> {
  return page.evaluate(() => window.__dreamcycle!.engine.boss!.phase);
}

function visible(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => window.__dreamcycle!.scene.getObjectByName(n)?.visible ?? false, name);
}

export const tests: Test[] = [
  {
    name: 'boss: shrouded, cores, the loop with a doubt wave and a whisper, broken — each phase drawn',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, `${ctx.url}?level=levels/05-the-cycle.json`);
      await clickToPlay(page);
      await faceTheBoss(page);
      expect((await phaseOf(page)) === 'shrouded', 'the boss starts shrouded');
      expect(await visible(page, 'boss-figure'), 'the boss figure is drawn');
      expect(await visible(page, 'boss-shroud'), 'the shroud is drawn while the boss is shrouded');
      await screenshot(page, 'boss-1-shrouded.png');

      // Noah's scan reaches it.
      await page.evaluate(() => {
        const b = window.__dreamcycle!.engine.boss!;
        b.reveal(b.x, b.y, b.z, 9, []);
      });
      expect((await phaseOf(page)) === 'cores', 'the scan shows its cores');
      await page
        .waitForFunction(() => !window.__dreamcycle!.scene.getObjectByName('boss-shroud')?.visible, null, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      expect(!(await visible(page, 'boss-shroud')), 'the shroud is gone');
      const cores = await page.evaluate(
        () => window.__dreamcycle!.engine.entities.views().filter((v) => v.type === 'boss-core' && v.visible).length,
      );
      expect(cores === 2, `both cores show over the void (${cores} visible)`);
      // Turned towards the eastern core, with the boss at the left of the view.
      await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        const core = e.grid.center(0, 12, 8);
        const p = e.active.position;
        e.active.yaw = Math.atan2(-(core.x - p.x), -(core.z - p.z)) + 0.25;
        e.active.pitch = 0.05;
      });
      await page.waitForTimeout(300);
      await screenshot(page, 'boss-2-cores.png');
      await faceTheBoss(page);

      // Leo's dashes break both cores (stepped here as the engine does on a dash into each).
      await page.evaluate(() => {
        const b = window.__dreamcycle!.engine.boss! as unknown as {
          cores: { broken: boolean }[];
          enter(phase: string): void;
        };
        for (const c of b.cores) c.broken = true;
        b.enter('loop');
      });
      await page.waitForFunction(() => (window.__dreamcycle!.engine.boss!.wave?.radius ?? 0) > 6, null, {
        timeout: 60_000,
      });
      expect(await visible(page, 'boss-doubt-wave'), 'the doubt wave is drawn as it spreads');
      await screenshot(page, 'boss-3-loop-wave.png');
      await page.waitForFunction(() => window.__dreamcycle!.engine.boss!.blurred, null, { timeout: 90_000 });
      await page.waitForTimeout(150);
      const filter = await page.evaluate(() => window.__dreamcycle!.gl.domElement.style.filter);
      expect(/blur\(/.test(filter), `a whisper blurs the view (canvas filter "${filter}")`);
      await screenshot(page, 'boss-4-whisper.png');

      // Ava rewrites the four nodes in order.
      const refused = await page.evaluate(() => {
        const b = window.__dreamcycle!.engine.boss!;
        return b.nodes.map((n) => b.reprogram(n.entity.id));
      });
      expect(
        refused.every((r) => r === null),
        `every node rewritten in order: ${JSON.stringify(refused)}`,
      );
      expect((await phaseOf(page)) === 'broken', 'the cycle is broken');
      await page.waitForTimeout(1200);
      await screenshot(page, 'boss-5-broken.png');
      await page.waitForTimeout(2000);
      expect(!(await visible(page, 'boss-figure')), 'the broken boss has come apart');
      const after = await page.evaluate(() => window.__dreamcycle!.gl.domElement.style.filter);
      expect(after === '', `the blur is gone once the cycle breaks (filter "${after}")`);
      check();
      await page.close();
    },
  },
];

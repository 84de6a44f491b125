// A moving platform far from every friend is drawn on its way all the same, and when a friend walks up to it the
// slab she can step on is where it is drawn. Screenshots platform-*.png — look at them.
import type { Page } from 'playwright-core';
import type { InstancedMesh } from 'three';
import { clickToPlay, expect, openGame, openPage, routeFixture, screenshot, where, type Test } from '../harness';

interface Slab {
  /** Where the view drew the slab's centre at its last frame. */
  drawnX: number;
  /** Where the engine has it: its clock's place, and the slab a friend can stand on. */
  clockX: number;
  bodyX: number;
  /** Metres the slab moves in one tick. */
  perTick: number;
  tick: number;
}

function slab(page: Page): Promise<Slab> {
  return page.evaluate(() => {
    const d = window.__dreamcycle!;
    const mesh = d.scene.getObjectByName('entity-moving-platform') as InstancedMesh;
    const m = mesh.instanceMatrix.array;
    const p = d.engine.entities.platforms[0]!;
    return {
      drawnX: m[12]!,
      clockX: p.x,
      bodyX: p.body.position.x,
      perTick: Math.abs(p.x - p.previousX),
      tick: d.engine.tick,
    };
  });
}

export const tests: Test[] = [
  {
    name: 'platforms: a shuttle far down the hall moves while nobody is near it, and stands where it is drawn when Mia walks up',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = await routeFixture(page, 'far-shuttle.json', undefined);
      await openGame(page, `${ctx.url}?level=${file}`);
      await clickToPlay(page);
      // The shuttle runs from x 27 to x 35; Mia stands at x 3.
      const first = await slab(page);
      let last = first;
      for (let polls = 0; polls < 400 && last.tick - first.tick < 90; polls++) {
        await page.waitForTimeout(50);
        last = await slab(page);
      }
      const far = await where(page);
      console.log(
        `    with Mia at x ${far.x.toFixed(1)}: the slab drawn at x ${first.drawnX.toFixed(2)}, then ` +
          `${last.drawnX.toFixed(2)} ${last.tick - first.tick} ticks later (its clock says ${last.clockX.toFixed(2)})`,
      );
      expect(Math.abs(last.drawnX - first.drawnX) > 0.5, `the far slab was drawn standing still at ${last.drawnX}`);
      for (const s of [first, last])
        expect(s.drawnX > 26.9 && s.drawnX < 35.1, `the slab was drawn off its trip, at x ${s.drawnX.toFixed(2)}`);
      // Drawn between the tick before and this one: within one tick's travel of its clock.
      expect(
        Math.abs(last.drawnX - last.clockX) <= last.perTick + 1e-6,
        `drawn at ${last.drawnX.toFixed(3)}, its clock at ${last.clockX.toFixed(3)}`,
      );
      await screenshot(page, 'platform-far.png');

      // Mia walks east to the edge of the chasm.
      await page.keyboard.down('KeyW');
      let at = far;
      for (let polls = 0; polls < 600 && at.x < 23 && at.tick - far.tick < 900; polls++) {
        await page.waitForTimeout(50);
        at = await where(page);
      }
      await page.keyboard.up('KeyW');
      expect(at.x >= 23, `Mia got only to x ${at.x.toFixed(2)}`);
      // Near it, the slab she can step on moves in the physics, exactly where its clock and the view have it.
      const near: Slab[] = [];
      for (let polls = 0; polls < 400 && near.length < 20; polls++) {
        await page.waitForTimeout(50);
        const s = await slab(page);
        if (near.length === 0 || s.tick !== near[near.length - 1]!.tick) near.push(s);
      }
      for (const s of near) {
        expect(s.bodyX === s.clockX, `tick ${s.tick}: the slab stands at x ${s.bodyX}, its clock says ${s.clockX}`);
        expect(
          Math.abs(s.drawnX - s.bodyX) <= s.perTick + 1e-6,
          `tick ${s.tick}: drawn at x ${s.drawnX.toFixed(3)}, the slab is at ${s.bodyX.toFixed(3)}`,
        );
      }
      expect(new Set(near.map((s) => s.bodyX)).size > 5, 'the slab near Mia stood still');
      console.log(
        `    Mia at the edge (x ${at.x.toFixed(1)}): the slab at x ${near[0]!.bodyX.toFixed(2)} … ` +
          `${near[near.length - 1]!.bodyX.toFixed(2)}, drawn within one tick's travel`,
      );
      await screenshot(page, 'platform-near.png');
      check();
      await page.close();
    },
  },
];

// Soft blob shadows under the friends, by quality preset: drawn at high (one per friend, on the ground under each),
// not drawn at low. Screenshot shadows-high.png looks at another friend standing in the exam hall — look at it.
import type { Page } from 'playwright-core';
import type { InstancedMesh } from 'three';
import { envelope } from '../../../src/ui/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_RECORD } from '../../../src/ui/settings';
import type { Quality } from '../../../src/view/quality';
import { clickToPlay, expect, openGame, openPage, screenshot, type Context, type Test } from '../harness';

const LEVEL = 'levels/02-exam-hall.json';

async function openAt(ctx: Context, quality: Quality) {
  const opened = await openPage(ctx);
  const stored = envelope(SETTINGS_RECORD, { ...DEFAULT_SETTINGS, quality });
  await opened.page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, stored]);
  await openGame(opened.page, `${ctx.url}?level=${LEVEL}`);
  return opened;
}

/** The shadow mesh as drawn: whether it is seen, its instance count, and each disc's height under its friend. */
function shadows(page: Page) {
  return page.evaluate(() => {
    const d = window.__dreamcycle!;
    const mesh = d.scene.getObjectByName('figure-shadows') as InstancedMesh | undefined;
    if (!mesh) return null;
    const m = mesh.instanceMatrix.array;
    const discs = d.engine.friends.map((f, i) => ({
      name: f.name,
      dx: m[i * 16 + 12]! - f.position.x,
      dz: m[i * 16 + 14]! - f.position.z,
      below: f.position.y - m[i * 16 + 13]!,
    }));
    return { visible: mesh.visible, count: mesh.count, friends: d.engine.friends.length, discs };
  });
}

export const tests: Test[] = [
  {
    name: 'shadows: at high quality a soft shadow lies on the ground under each friend',
    async run(ctx) {
      const { page, check } = await openAt(ctx, 'high');
      await clickToPlay(page);
      // Look at the nearest other friend, a little down, so their feet and shadow are in view.
      await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        const me = e.active.position;
        let nearest = e.friends.find((f) => f !== e.active)!;
        for (const f of e.friends) {
          if (f === e.active) continue;
          const d = Math.hypot(f.position.x - me.x, f.position.z - me.z);
          if (d < Math.hypot(nearest.position.x - me.x, nearest.position.z - me.z)) nearest = f;
        }
        const dx = nearest.position.x - me.x;
        const dz = nearest.position.z - me.z;
        e.active.yaw = Math.atan2(-dx, -dz);
        e.active.pitch = -Math.atan2(1.5, Math.hypot(dx, dz));
      });
      await page.waitForTimeout(500);
      const seen = await shadows(page);
      expect(seen !== null, 'no mesh named figure-shadows in the scene at high quality');
      expect(seen.visible, 'the friends’ shadows are hidden at high quality');
      expect(seen.count === seen.friends, `${seen.count} shadows for ${seen.friends} friends`);
      for (const disc of seen.discs) {
        console.log(`    ${disc.name}: shadow ${disc.below.toFixed(2)} m below the body's centre`);
        expect(
          Math.hypot(disc.dx, disc.dz) < 0.3,
          `${disc.name}'s shadow is ${Math.hypot(disc.dx, disc.dz).toFixed(2)} m to the side of them`,
        );
        // The feet sphere's centre is 0.35 m above the ground; the shadow lies on the ground just above it.
        expect(disc.below > 0.2 && disc.below < 0.5, `${disc.name}'s shadow is ${disc.below.toFixed(2)} m below them`);
      }
      await screenshot(page, 'shadows-high.png');
      // A friend lifted high above the floor (as at the top of a jump): their shadow is fainter and smaller.
      const lifted = await page.evaluate(
        () =>
          new Promise<{ strength: number; radius: number; standing: number }>((done) => {
            const d = window.__dreamcycle!;
            const mesh = d.scene.getObjectByName('figure-shadows') as InstancedMesh;
            const i = d.engine.friends.findIndex((f) => f !== d.engine.active);
            const friend = d.engine.friends[i]!;
            const standing = mesh.instanceMatrix.array[i * 16]!;
            friend.body.position.y += 1.25;
            friend.previous.y += 1.25;
            requestAnimationFrame(() =>
              done({
                strength: mesh.geometry.getAttribute('aStrength').getX(i),
                radius: mesh.instanceMatrix.array[i * 16]!,
                standing,
              }),
            );
          }),
      );
      console.log(
        `    lifted 1.25 m: shadow strength ${lifted.strength.toFixed(2)}, radius ${lifted.standing.toFixed(2)} → ${lifted.radius.toFixed(2)} m`,
      );
      expect(
        lifted.strength < 0.8,
        `a friend 1.25 m up still casts a shadow of strength ${lifted.strength.toFixed(2)}`,
      );
      expect(lifted.radius < lifted.standing, 'a lifted friend’s shadow does not shrink');
      check();
      await page.close();
    },
  },
  {
    name: 'shadows: at low quality no shadows are drawn',
    async run(ctx) {
      const { page, check } = await openAt(ctx, 'low');
      const seen = await shadows(page);
      expect(seen === null || !seen.visible, `the low preset draws ${seen?.count} friends' shadows`);
      check();
      await page.close();
    },
  },
];

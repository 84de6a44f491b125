// VR without a headset: an emulated Meta Quest 3 (iwer) installed in the page before the game loads, the game
// entered through its own "Enter VR", and the emulated controllers moved and pressed as a player would.
import { resolve } from 'node:path';
import * as THREE from 'three';
import type { Page } from 'playwright-core';
import { expect, openGame, openPage, routeFixture, screenshot, where, type Context, type Test } from '../harness';
import { ROOT } from '../server';
import { teleportArc } from '../../../src/xr/locomotion';
import { XR_COMFORT, XR_RENDER } from '../../../src/core/tuning';

const IWER = resolve(ROOT, 'node_modules/iwer/build/iwer.min.js');
const LEVEL = 'xr-room.json';

interface IwerController {
  updateAxes(id: string, x: number, y: number): void;
  updateButtonValue(id: string, value: number): void;
  quaternion: { set(x: number, y: number, z: number, w: number): unknown };
}

declare global {
  interface Window {
    IWER?: {
      XRDevice: new (config: unknown) => {
        installRuntime(options: { forceInstall: boolean }): void;
        stereoEnabled: boolean;
        controllers: { left: IwerController; right: IwerController };
      };
      metaQuest3: unknown;
    };
    __iwer?: { controllers: { left: IwerController; right: IwerController } };
  }
}

/** Opens the xr room with an emulated Quest 3 installed before any of the game's scripts run, and enters VR. */
export async function openInVr(
  ctx: Context,
  level = LEVEL,
  /** Runs on the page before the game loads (routes a test needs). */
  before?: (page: Page) => Promise<void>,
): Promise<{ page: Page; check(): void }> {
  const opened = await openPage(ctx);
  const { page } = opened;
  // Say which file failed when something the VR layer loads (profiles, models, the font) does not arrive.
  page.on('requestfailed', (r) => console.log(`    request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
  page.on('response', (r) => {
    if (r.status() >= 400) console.log(`    ${r.status()} for ${r.url()}`);
  });
  await page.addInitScript({ path: IWER });
  await page.addInitScript(() => {
    const device = new window.IWER!.XRDevice(window.IWER!.metaQuest3);
    // Both eyes, as a headset draws them: the draw calls counted are the real ones.
    device.stereoEnabled = true;
    // Chromium already has an (empty) navigator.xr on 127.0.0.1; without forceInstall iwer would step aside.
    device.installRuntime({ forceInstall: true });
    window.__iwer = device;
  });
  await routeFixture(page, level);
  await before?.(page);
  await openGame(page, `${ctx.url}?level=/fixtures/${level}`);
  await page.waitForFunction(() => window.__dreamcycleXr !== undefined, null, { timeout: 20_000 });
  await page.evaluate(() => window.__dreamcycleXr!.enter());
  await page.waitForFunction(() => window.__dreamcycleXr!.presenting(), null, { timeout: 15_000 });
  await xrFrames(page, 5);
  return opened;
}

/** Waits until the game has drawn `n` more frames. */
export async function xrFrames(page: Page, n: number): Promise<void> {
  const start = await page.evaluate(() => window.__dreamcycle!.frames());
  await page.waitForFunction((s) => window.__dreamcycle!.frames() >= s, start + n, { timeout: 15_000 });
}

/** Puts the left controller at (dx, dy, dz) metres from the head, turned `tilt` radians about x. */
async function placeLeftWrist(page: Page, dx: number, dy: number, dz: number, tilt: number): Promise<void> {
  await page.evaluate(
    ({ dx, dy, dz, tilt }) => {
      const head = window.__dreamcycleXr!.rig.head.position;
      const left = window.__iwer!.controllers.left as unknown as {
        position: { set(x: number, y: number, z: number): void };
        quaternion: { set(x: number, y: number, z: number, w: number): void };
      };
      left.position.set(head.x + dx, head.y + dy, head.z + dz);
      left.quaternion.set(Math.sin(tilt / 2), 0, 0, Math.cos(tilt / 2));
    },
    { dx, dy, dz, tilt },
  );
  await xrFrames(page, 8);
}

/** Raises the left wrist in front of the eyes, as a player glances at a watch: the wrist menu shows. */
export function raiseLeftWrist(page: Page): Promise<void> {
  return placeLeftWrist(page, -0.02, -0.1, -0.45, 1.1);
}

/** Lowers the left wrist to the hip, as a player does after choosing on the watch: the wrist menu hides. */
function lowerLeftWrist(page: Page): Promise<void> {
  return placeLeftWrist(page, -0.25, -0.7, -0.1, 0);
}

async function controller(page: Page, hand: 'left' | 'right', change: string, ...args: number[]): Promise<void> {
  await page.evaluate(
    ({ hand, change, args }) => {
      const c = window.__iwer!.controllers[hand] as unknown as Record<string, (...a: unknown[]) => void>;
      if (change === 'trigger' || change === 'squeeze' || change.endsWith('-button'))
        c.updateButtonValue!.call(c, change, args[0]);
      else c.updateAxes!.call(c, change, args[0], args[1]);
    },
    { hand, change, args },
  );
}

/** A button pressed for a few frames and let go, as a finger would. */
async function tap(page: Page, hand: 'left' | 'right', button: string): Promise<void> {
  await controller(page, hand, button, 1);
  await xrFrames(page, 3);
  await controller(page, hand, button, 0);
  await xrFrames(page, 3);
}

/** Points the right controller along a direction in the play area's space (yaw left positive, pitch up). */
async function pointRight(
  page: Page,
  yaw: number,
  pitch: number,
  input: 'controllers' | 'hands' = 'controllers',
): Promise<void> {
  const q = new THREE.Quaternion().setFromEuler(new THREE.Euler(pitch, yaw, 0, 'YXZ'));
  await page.evaluate(
    ({ x, y, z, w, input }) =>
      void (window.__iwer as unknown as Record<string, { right: IwerController }>)[input]!.right.quaternion.set(
        x,
        y,
        z,
        w,
      ),
    { x: q.x, y: q.y, z: q.z, w: q.w, input },
  );
  await xrFrames(page, 2);
}

function engineState(page: Page) {
  return page.evaluate(() => {
    const e = window.__dreamcycle!.engine;
    const f = e.active;
    const c = e.cellOf(f);
    return {
      name: f.name,
      x: f.position.x,
      z: f.position.z,
      yaw: f.yaw,
      cell: [c.col, c.row],
      originYaw: window.__dreamcycleXr!.rig.originYaw,
      lastTeleport: window.__dreamcycleXr!.rig.lastTeleport,
    };
  });
}

/**
 * Aims the teleport arc with the real right stick and controller at the centre of a cell (the pitch found by
 * bisection on the same arc the game draws), lets go, and returns what the rig saw.
 */
async function teleportTo(page: Page, col: number, row: number): Promise<{ valid: boolean; reason: string }> {
  const cs = 2;
  const tx = (col + 0.5) * cs;
  const tz = (row + 0.5) * cs;
  const before = await engineState(page);
  // Yaw in the play area's space: the world direction turned back by the play area's yaw.
  const worldYaw = Math.atan2(-(tx - before.x), -(tz - before.z));
  const yaw = worldYaw - before.originYaw;
  let lo = -1.2;
  let hi = 0.7;
  const out = new Float32Array(XR_COMFORT.arcPoints * 3);
  const want = Math.hypot(tx - before.x, tz - before.z);
  for (let i = 0; i < 9; i++) {
    const pitch = (lo + hi) / 2;
    await pointRight(page, yaw, pitch);
    const ray = await page.evaluate(() => window.__dreamcycleXr!.rightRay());
    expect(ray !== null, 'the right controller is not tracked in VR');
    const [ox, oy, oz] = ray.origin;
    const [dx, dy, dz] = ray.direction;
    const land = teleportArc(ox, oy, oz, dx, dy, dz, 0, out).land;
    const reach = land ? Math.hypot(land.x - before.x, land.z - before.z) : Infinity;
    if (reach < want) lo = pitch;
    else hi = pitch;
  }
  await controller(page, 'right', 'thumbstick', 0, -1);
  await xrFrames(page, 3);
  const seen = await page.evaluate(() => ({
    valid: window.__dreamcycleXr!.rig.arcValid,
    reason: window.__dreamcycleXr!.rig.arcReason,
    aiming: window.__dreamcycleXr!.rig.aiming,
  }));
  expect(seen.aiming, 'pushing the right stick forward did not start the teleport arc');
  await controller(page, 'right', 'thumbstick', 0, 0);
  await xrFrames(page, 3);
  return seen;
}

export const tests: Test[] = [
  {
    name: 'VR: Enter VR with an emulated Quest 3 renders frames under the draw-call budget; the wrist panel shows the active friend; X switches friend; leaving VR returns to the desktop view',
    async run(ctx) {
      const { page, check } = await openInVr(ctx);
      const frames = await page.evaluate(() => window.__dreamcycle!.frames());
      await xrFrames(page, 10);
      const info = await page.evaluate(() => window.__dreamcycle!.renderInfo());
      await screenshot(page, 'xr-session.png');
      console.log(
        `    VR frames drawn: ${frames}+; last frame ${info.calls} draw calls (both eyes), ${info.triangles} triangles`,
      );
      expect(info.calls > 0, 'the VR session drew nothing');
      expect(
        info.calls < XR_RENDER.drawCallBudget,
        `the VR scene takes ${info.calls} draw calls; the budget is under ${XR_RENDER.drawCallBudget}`,
      );
      const wrist = () =>
        page.evaluate(() => {
          const text = window.__dreamcycle!.scene.getObjectByName('xr-wrist-status') as unknown as
            { text: string } | undefined;
          const panel = window.__dreamcycle!.scene.getObjectByName('xr-wrist');
          return { text: text?.text ?? '', active: window.__dreamcycle!.engine.active.name, shown: !!panel?.visible };
        });
      await raiseLeftWrist(page);
      const first = await wrist();
      console.log(`    wrist: ${JSON.stringify(first.text)}`);
      expect(first.shown, 'the wrist menu is hidden while the player looks at the raised left wrist');
      expect(
        first.active === 'mia' && first.text.startsWith('Mia'),
        `the wrist panel says "${first.text}" while ${first.active} is active`,
      );
      await tap(page, 'left', 'x-button');
      await xrFrames(page, 8);
      const second = await wrist();
      console.log(`    after X: ${second.active}, wrist: ${JSON.stringify(second.text)}`);
      expect(
        second.active === 'noah',
        `X on the left controller did not switch to the next friend (active: ${second.active})`,
      );
      expect(second.text.startsWith('Noah'), `the wrist panel still says "${second.text}" after switching to Noah`);
      await raiseLeftWrist(page);
      await screenshot(page, 'xr-wrist-noah.png');
      await page.evaluate(() => window.__dreamcycleXr!.exit());
      await page.waitForFunction(() => !window.__dreamcycleXr!.presenting(), null, { timeout: 10_000 });
      await page.waitForTimeout(500);
      const desk = await where(page);
      await screenshot(page, 'xr-after-leaving.png');
      const phase = await page.evaluate(() => document.body.innerText);
      expect(
        Math.hypot(desk.camX - desk.x, desk.camZ - desk.z) < 0.5,
        `after leaving VR the desktop camera is not at ${desk.name}'s eyes`,
      );
      expect(/paused|resume/i.test(phase), 'after leaving VR the pause menu is not shown on the desktop');
      check();
      await page.close();
    },
  },
  {
    name: 'VR moving: the left thumbstick walks the friend (smooth), the right stick snap-turns by the set angle, a teleport onto a free cell lands and one through a wall is refused',
    async run(ctx) {
      const { page, check } = await openInVr(ctx);
      await page.evaluate(() => window.__dreamcycleXr!.changeSettings({ vrLocomotion: 'smooth', vrTurn: 'snap-45' }));
      const a = await engineState(page);
      await controller(page, 'left', 'thumbstick', 0, -1);
      // The vignette eases in while walking and out at a wall: its strongest moment while the stick is held counts.
      let moving = 0;
      for (let i = 0; i < 8; i++) {
        await page.waitForTimeout(100);
        moving = Math.max(moving, await page.evaluate(() => window.__dreamcycleXr!.rig.vignette));
      }
      await screenshot(page, 'xr-smooth-vignette.png');
      await controller(page, 'left', 'thumbstick', 0, 0);
      await xrFrames(page, 5);
      const b = await engineState(page);
      const walked = Math.hypot(b.x - a.x, b.z - a.z);
      console.log(`    left stick forward 0.8 s: ${b.name} walked ${walked.toFixed(2)} m`);
      expect(walked > 0.5, `the left thumbstick moved the friend only ${walked.toFixed(2)} m`);
      const still = await page.evaluate(() => window.__dreamcycleXr!.rig.vignette);
      console.log(`    comfort vignette: ${moving.toFixed(2)} closed while walking, ${still.toFixed(2)} standing`);
      expect(moving > 0.1 && still === 0, `the vignette is ${moving} while walking and ${still} standing still`);

      // Frames here are slow (many ticks each): the height is watched between frames, not only at the end.
      const y0 = await page.evaluate(() => {
        const w = window as unknown as { __top: number; __probe: number };
        const friend = window.__dreamcycle!.engine.active;
        w.__top = friend.position.y;
        w.__probe = window.setInterval(() => (w.__top = Math.max(w.__top, friend.position.y)), 4);
        return friend.position.y;
      });
      await controller(page, 'right', 'a-button', 1);
      await xrFrames(page, 8);
      await controller(page, 'right', 'a-button', 0);
      const top = await page.evaluate(() => {
        const w = window as unknown as { __top: number; __probe: number };
        window.clearInterval(w.__probe);
        return w.__top;
      });
      console.log(`    A: the friend rose ${(top - y0).toFixed(2)} m`);
      expect(top - y0 > 0.2, `A did not make the friend jump (rose ${(top - y0).toFixed(2)} m)`);
      await xrFrames(page, 20);

      const yaw0 = (await engineState(page)).yaw;
      await controller(page, 'right', 'thumbstick', 1, 0);
      await xrFrames(page, 4);
      await controller(page, 'right', 'thumbstick', 0, 0);
      await xrFrames(page, 4);
      const yaw1 = (await engineState(page)).yaw;
      const turned = (Math.atan2(Math.sin(yaw1 - yaw0), Math.cos(yaw1 - yaw0)) * 180) / Math.PI;
      console.log(`    right stick right once: turned ${turned.toFixed(1)}°`);
      expect(Math.abs(turned + 45) < 1, `a snap turn right turned ${turned.toFixed(1)}°, not -45°`);
      await page.evaluate(() => window.__dreamcycleXr!.changeSettings({ vrTurn: 'snap-30' }));
      await controller(page, 'right', 'thumbstick', -1, 0);
      await xrFrames(page, 4);
      await controller(page, 'right', 'thumbstick', 0, 0);
      await xrFrames(page, 4);
      const yaw2 = (await engineState(page)).yaw;
      const back = (Math.atan2(Math.sin(yaw2 - yaw1), Math.cos(yaw2 - yaw1)) * 180) / Math.PI;
      console.log(`    with snap 30° chosen, right stick left once: turned ${back.toFixed(1)}°`);
      expect(Math.abs(back - 30) < 1, `a 30° snap turn left turned ${back.toFixed(1)}°`);

      await page.evaluate(() => window.__dreamcycleXr!.changeSettings({ vrLocomotion: 'teleport' }));
      const start = await engineState(page);
      // Mia stands in the west room; [5, 2] is open floor in it, [9, 2] is behind the wall at column 7.
      const ok = await teleportTo(page, 5, 2);
      const landed = await engineState(page);
      await screenshot(page, 'xr-teleport-landed.png');
      console.log(
        `    teleport from ${JSON.stringify(start.cell)} to [5, 2]: arc ${ok.valid ? 'green' : `red (${ok.reason})`}, now at ${JSON.stringify(landed.cell)}`,
      );
      expect(ok.valid, `the arc onto the free cell [5, 2] was refused: ${ok.reason}`);
      expect(
        landed.cell[0] === 5 && landed.cell[1] === 2,
        `the teleport to [5, 2] ended at ${JSON.stringify(landed.cell)}`,
      );
      const refused = await teleportTo(page, 9, 2);
      const after = await engineState(page);
      console.log(
        `    teleport through the wall to [9, 2]: arc ${refused.valid ? 'green' : `red (${refused.reason})`}, now at ${JSON.stringify(after.cell)}`,
      );
      expect(!refused.valid, 'the arc through the wall to [9, 2] was shown as allowed');
      expect(
        after.cell[0] === 5 && after.cell[1] === 2,
        `a teleport through the wall moved the friend to ${JSON.stringify(after.cell)}`,
      );
      expect(after.lastTeleport?.landed === false, 'the refused teleport was not reported as refused');
      check();
      await page.close();
    },
  },
  {
    name: 'VR skills: Ava chosen on the wrist menu points the right controller at the code node, pulls the trigger, and the node opens its door',
    async run(ctx) {
      const { page, check } = await openInVr(ctx);
      await raiseLeftWrist(page);
      // Raise the right hand 30 cm in front of the wrist panel, point at Ava's row (the third) and pull the trigger.
      await page.evaluate(() => {
        const panel = window.__dreamcycleXr!.rig.wristPanel!;
        const origin = window.__dreamcycleXr!.rig.originObject()!;
        panel.updateMatrixWorld();
        const front = panel.localToWorld(panel.position.clone().set(0, 0, 0.3));
        const local = origin.worldToLocal(front);
        (
          window.__iwer!.controllers.right as unknown as { position: { set(x: number, y: number, z: number): void } }
        ).position.set(local.x, local.y, local.z);
      });
      await xrFrames(page, 2);
      const row = await page.evaluate(() => {
        const panel = window.__dreamcycleXr!.rig.wristPanel!;
        const rows = window.__dreamcycleXr!.rig.wristRows;
        panel.updateMatrixWorld();
        const p = panel.localToWorld(panel.position.clone().set(0, rows.top - 2 * rows.height, 0));
        const ray = window.__dreamcycleXr!.rightRay()!;
        return { p: [p.x, p.y, p.z], o: ray.origin, originYaw: window.__dreamcycleXr!.rig.originYaw };
      });
      const d = new THREE.Vector3(row.p[0]! - row.o[0], row.p[1]! - row.o[1], row.p[2]! - row.o[2]).normalize();
      await pointRight(page, Math.atan2(-d.x, -d.z) - row.originYaw, Math.asin(d.y));
      const hover = await page.evaluate(() => window.__dreamcycleXr!.rig.wristHover);
      expect(hover === 2, `pointing at Ava's row, the wrist menu sees row ${hover}`);
      await tap(page, 'right', 'trigger');
      await xrFrames(page, 6);
      const who = await engineState(page);
      expect(who.name === 'ava', `the wrist menu chose ${who.name}, not Ava`);
      await screenshot(page, 'xr-wrist-ava.png');
      // The watch glanced at, the wrist goes down: the right ray is free of the menu for the skill.
      await lowerLeftWrist(page);
      const hidden = await page.evaluate(() => window.__dreamcycleXr!.rig.wristHover);
      expect(hidden < 0, `with the wrist lowered the wrist menu still takes the ray (row ${hidden})`);

      // Ava at [2, 1]; the node at [5, 1] is a terminal 1 m above the floor.
      const aim = await page.evaluate(() => {
        const ray = window.__dreamcycleXr!.rightRay()!;
        return { o: ray.origin, originYaw: window.__dreamcycleXr!.rig.originYaw };
      });
      const node = new THREE.Vector3(5.5 * 2 - aim.o[0], 1.0 - aim.o[1], 1.5 * 2 - aim.o[2]).normalize();
      await pointRight(page, Math.atan2(-node.x, -node.z) - aim.originYaw, Math.asin(node.y));
      const doorBefore = await page.evaluate(() => window.__dreamcycle!.engine.entities.doorOpen('door'));
      const aimedHover = await page.evaluate(() => window.__dreamcycleXr!.rig.wristHover);
      expect(aimedHover < 0, `aimed at the code node, the right ray is taken by the wrist menu (row ${aimedHover})`);
      await tap(page, 'right', 'trigger');
      await xrFrames(page, 6);
      const doorAfter = await page.evaluate(() => window.__dreamcycle!.engine.entities.doorOpen('door'));
      await screenshot(page, 'xr-node-reprogrammed.png');
      console.log(`    door open before the trigger: ${doorBefore}, after: ${doorAfter}`);
      expect(
        !doorBefore && doorAfter,
        'the trigger pointed at the code node did not reprogram it (the door stays shut)',
      );
      check();
      await page.close();
    },
  },
  {
    name: 'VR hands: where the headset tracks hands, Ava points her right hand at the code node and a pinch reprograms it',
    async run(ctx) {
      const { page, check } = await openInVr(ctx);
      // Ava is the third friend: X twice, then the controllers are put down and the hands tracked.
      await tap(page, 'left', 'x-button');
      await tap(page, 'left', 'x-button');
      expect((await engineState(page)).name === 'ava', 'X twice did not reach Ava');
      await page.evaluate(() => {
        (window.__iwer as unknown as { primaryInputMode: string }).primaryInputMode = 'hand';
      });
      await xrFrames(page, 10);
      // A hand's ray need not leave along the wrist's own axis: aim, read the ray, correct.
      let yaw = 0;
      let pitch = 0;
      for (let i = 0; i < 4; i++) {
        const seen = await page.evaluate(() => window.__dreamcycleXr!.rightRay());
        expect(seen !== null, 'no right hand ray while hands are tracked');
        const want = new THREE.Vector3(5.5 * 2 - seen.origin[0], 1.0 - seen.origin[1], 1.5 * 2 - seen.origin[2]);
        want.normalize();
        const [dx, dy, dz] = seen.direction;
        yaw += Math.atan2(-want.x, -want.z) - Math.atan2(-dx, -dz);
        pitch += Math.asin(want.y) - Math.asin(dy);
        await pointRight(page, yaw, pitch, 'hands');
      }
      const pinch = (v: number) =>
        page.evaluate((value) => {
          const iwer = window.__iwer as unknown as { hands: { right: { updatePinchValue(v: number): void } } };
          iwer.hands.right.updatePinchValue(value);
        }, v);
      await pinch(1);
      await xrFrames(page, 4);
      await pinch(0);
      await xrFrames(page, 6);
      const open = await page.evaluate(() => window.__dreamcycle!.engine.entities.doorOpen('door'));
      await screenshot(page, 'xr-hands-pinch.png');
      console.log(`    door open after the pinch: ${open}`);
      expect(open, 'a right pinch pointed at the code node did not reprogram it');
      check();
      await page.close();
    },
  },
];

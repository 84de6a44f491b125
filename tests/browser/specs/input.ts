// Every player can play: a gamepad stood in through the Gamepad API walks, switches friends and runs the menus;
// the keyboard alone runs every menu; a rebound key still works after a reload; auto-walk needs no key held; axe
// finds no serious accessibility problem on any menu; no text under 16 px. Screenshots named input-*.png.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { clickToPlay, expect, openPage, routeFixture, screenshot, type Context, type Test } from '../harness';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Standard-mapping button indices. */
const PAD = { A: 0, B: 1, X: 2, Y: 3, LB: 4, RB: 5, LT: 6, START: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

declare global {
  interface Window {
    __pad?: { press(button: number, down: boolean): void; axis(axis: number, value: number): void };
  }
}

/**
 * Replaces the Gamepad API with one standard pad the test moves, connected once the page has loaded. Written as
 * page source text: the test runner's compiler would add helpers to a function that the page does not have.
 */
const PAD_SCRIPT = `
(() => {
  const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
  const pad = {
    id: 'Test pad (STANDARD GAMEPAD Vendor: 0000 Product: 0000)',
    index: 0, connected: true, mapping: 'standard', timestamp: 0, axes: [0, 0, 0, 0], buttons,
  };
  Object.defineProperty(Navigator.prototype, 'getGamepads', { value: () => [pad, null, null, null], configurable: true });
  window.__pad = {
    press: (button, down) => {
      buttons[button].pressed = down;
      buttons[button].touched = down;
      buttons[button].value = down ? 1 : 0;
      pad.timestamp = performance.now();
    },
    axis: (axis, value) => {
      pad.axes[axis] = value;
      pad.timestamp = performance.now();
    },
  };
  addEventListener('load', () => {
    const event = new Event('gamepadconnected');
    Object.defineProperty(event, 'gamepad', { value: pad });
    dispatchEvent(event);
  });
})();
`;

/**
 * Desktop Chromium refuses to lock the pointer again for about a second after the user left the lock. This machine
 * may take longer than that to show the pause menu, so the stand-in refuses the first request after an exit, however
 * late, as the browser gives it: a rejected promise and a pointerlockerror event.
 */
const REFUSE_LOCK_AFTER_EXIT = `
(() => {
  const request = Element.prototype.requestPointerLock;
  let exitedAt = -Infinity;
  let refuseNext = false;
  document.addEventListener('pointerlockchange', () => {
    if (!document.pointerLockElement) {
      exitedAt = performance.now();
      refuseNext = true;
    }
  });
  Element.prototype.requestPointerLock = function (...args) {
    window.lockAskedAfter = performance.now() - exitedAt;
    if (refuseNext) {
      refuseNext = false;
      queueMicrotask(() => document.dispatchEvent(new Event('pointerlockerror')));
      return Promise.reject(new DOMException('The user has exited the lock before this request was completed.', 'SecurityError'));
    }
    return request.apply(this, args);
  };
})();
`;

async function plugInPad(page: Page): Promise<void> {
  await page.addInitScript({ content: PAD_SCRIPT });
}

/** Two animation frames: the game has polled the pad at least once since. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** A press the game polls: held until it has been seen (a slow frame here may last longer than a human press). */
async function tap(page: Page, button: number): Promise<void> {
  await page.evaluate((b) => window.__pad!.press(b, true), button);
  await frames(page);
  await page.evaluate((b) => window.__pad!.press(b, false), button);
  await frames(page);
}

/** The labels of the dialogs open now, topmost last. */
function dialogs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="dialog"]')]
      .filter((d) => d.getBoundingClientRect().width > 0)
      .map((d) => d.getAttribute('aria-label') ?? '?'),
  );
}

/** The text of the focused control. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') || el?.innerText || el?.tagName || '').trim().split('\n')[0]!;
  });
}

async function waitForDialog(page: Page, label: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (l) => [...document.querySelectorAll('[role="dialog"]')].some((d) => d.getAttribute('aria-label') === l),
    label,
    { timeout },
  );
  await page.waitForTimeout(150);
}

/** The start screen of a loose level, with the 3D scene drawn behind it (it loads as its own chunk). */
async function waitForStart(page: Page): Promise<void> {
  await waitForDialog(page, 'Start');
  await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 30_000 });
}

async function waitForPlay(page: Page): Promise<void> {
  const from = await page.evaluate(() => window.__dreamcycle?.engine.tick ?? 0);
  try {
    await page.waitForFunction(
      (t) =>
        (window.__dreamcycle?.engine.tick ?? 0) > t &&
        [...document.querySelectorAll('[role="dialog"]')].every((d) => d.getBoundingClientRect().width === 0),
      from,
      { timeout: 20_000 },
    );
  } catch {
    const tick = await page.evaluate(() => window.__dreamcycle?.engine.tick);
    throw new Error(
      `play did not go on: the engine is at tick ${tick} (was ${from}); dialogs: ${JSON.stringify(await dialogs(page))}`,
    );
  }
}

function friend(page: Page): Promise<{ name: string; x: number; z: number; tick: number }> {
  return page.evaluate(() => {
    const e = window.__dreamcycle!.engine;
    const f = e.active;
    return { name: f.name, x: f.position.x, z: f.position.z, tick: e.tick };
  });
}

/** Waits for this many engine ticks (game time, 60 a second), however slowly this machine draws. */
async function waitTicks(page: Page, ticks: number): Promise<void> {
  const from = await page.evaluate(() => window.__dreamcycle!.engine.tick);
  await page.waitForFunction((t) => window.__dreamcycle!.engine.tick >= t, from + ticks, { timeout: 60_000 });
}

/** Moves the focus with a key or pad direction until the focused control starts with `text`. */
async function focusOn(page: Page, text: string, step: () => Promise<void>, tries = 20): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if ((await focused(page)).startsWith(text)) return;
    await step();
  }
  throw new Error(`the focus never reached "${text}"; it is on "${await focused(page)}"`);
}

/** Waits for the menus' entrance animations to end, so a screenshot shows them as a player sees them. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** No text on screen smaller than 16 px; returns the smallest found. */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], .visually-hidden'))
        continue;
      const px = parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: `${text.slice(0, 40)} (.${el.className || el.tagName})` };
    }
    return smallest;
  });
}

async function expectReadable(page: Page, where: string): Promise<void> {
  const small = await smallestText(page);
  console.log(`    ${where}: smallest text ${small.px} px (${small.text})`);
  expect(small.px >= 16, `${where}: "${small.text}" is ${small.px} px, under 16 px`);
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core on the page as it is; fails on any serious or critical violation. */
export async function axeCheck(page: Page, screen: string): Promise<number> {
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  // axe takes a control inside a <label> as named by it; the browser names only the label's first labelable
  // element. Every control must be named the browser's way.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('[role="dialog"] input, [role="dialog"] select')]
      .filter((el) => el.tabIndex >= 0 && el.type !== 'hidden')
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map(
        (el) => `${el.tagName.toLowerCase()}[type=${el.type}] near "${el.parentElement?.textContent?.slice(0, 30)}"`,
      ),
  );
  expect(unnamed.length === 0, `${screen}: controls without a name: ${unnamed.join('; ')}`);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.length - bad.length;
  const minorIds = result.violations.filter((v) => !bad.includes(v)).map((v) => v.id);
  console.log(
    `    axe on ${screen}: ${bad.length} serious or critical, ${minor} minor or moderate${minor ? ` (${minorIds.join(', ')})` : ''}`,
  );
  expect(
    bad.length === 0,
    `axe on ${screen}:\n      ${bad
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      )
      .join('\n      ')}`,
  );
  return result.violations.length;
}

/** A page with room for axe's script (the game's CSP forbids inline scripts; a test may bypass it). */
async function openAxePage(ctx: Context, width = 960, height = 540) {
  const page = await ctx.browser.newPage({ viewport: { width, height }, bypassCSP: true });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return {
    page,
    check() {
      expect(problems.length === 0, `the page reported errors:\n  ${problems.join('\n  ')}`);
    },
  };
}

export const tests: Test[] = [
  {
    name: 'input: a gamepad alone runs the title menu, rebinds jump to LT, starts a game, walks, jumps with LT, and opens, moves through and closes pause',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await plugInPad(page);
      await page.goto(ctx.url);
      await waitForDialog(page, 'Dreamcycle');
      const start = await focused(page);
      console.log(`    the title menu opens with "${start}" focused`);
      expect(/New game|Continue/.test(start), `the title menu opened with "${start}" focused, not its first entry`);

      // Down the menu to Settings, into it, and back out with B.
      await focusOn(page, 'Settings', () => tap(page, PAD.DOWN));
      await tap(page, PAD.A);
      await waitForDialog(page, 'Settings');
      // Down the rebinding table to Jump, right to its gamepad slot, A, then LT: jump is on LT now.
      await focusOn(
        page,
        'Jump, Gamepad',
        async () => tap(page, (await focused(page)).startsWith('Jump,') ? PAD.RIGHT : PAD.DOWN),
        80,
      );
      await tap(page, PAD.A);
      await tap(page, PAD.LT);
      const slot = await focused(page);
      console.log(`    rebound by the pad alone: "${slot}"`);
      expect(slot.includes(': LT'), `the jump slot says "${slot}" after pressing LT`);
      await tap(page, PAD.B);
      await waitForDialog(page, 'Dreamcycle');
      expect(!(await dialogs(page)).includes('Settings'), 'B did not close the settings');

      // Up again (the menu wraps) to New game, and A starts it.
      await focusOn(page, 'New game', () => tap(page, PAD.UP));
      await tap(page, PAD.A);
      await waitForPlay(page);

      // The left stick walks.
      const before = await friend(page);
      await page.evaluate(() => window.__pad!.axis(1, -1));
      await waitTicks(page, 60);
      await page.evaluate(() => window.__pad!.axis(1, 0));
      await waitTicks(page, 10);
      const after = await friend(page);
      const walked = Math.hypot(after.x - before.x, after.z - before.z);
      console.log(
        `    ${after.name} walked ${walked.toFixed(2)} m with the left stick pushed for ${after.tick - before.tick} ticks`,
      );
      expect(walked > 1, `the left stick moved the friend only ${walked.toFixed(2)} m`);

      // LT, bound in the settings, jumps.
      const ground = await page.evaluate(() => window.__dreamcycle!.engine.active.position.y);
      await page.evaluate(() => window.__pad!.press(6, true));
      let peak = ground;
      for (let i = 0; i < 20; i++) {
        await frames(page);
        peak = Math.max(peak, await page.evaluate(() => window.__dreamcycle!.engine.active.position.y));
      }
      await page.evaluate(() => window.__pad!.press(6, false));
      console.log(`    LT lifted the friend ${(peak - ground).toFixed(2)} m`);
      // A jump rises about 0.7 m; standing still rises 0 m. Frames here are slow, so the peak is sampled coarsely.
      expect(peak - ground > 0.15, `LT (jump, rebound) lifted the friend only ${(peak - ground).toFixed(2)} m`);

      // Start pauses; the d-pad moves in the pause menu; B resumes; Start pauses again and Start resumes.
      await tap(page, PAD.START);
      await waitForDialog(page, 'Paused');
      const first = await focused(page);
      await tap(page, PAD.DOWN);
      const second = await focused(page);
      console.log(`    pause menu: "${first}" then the d-pad moved to "${second}"`);
      expect(first.startsWith('Resume') && second !== first, `the d-pad did not move from "${first}"`);
      await settle(page);
      await screenshot(page, 'input-pad-pause.png');
      await tap(page, PAD.B);
      await waitForPlay(page);
      await tap(page, PAD.START);
      await waitForDialog(page, 'Paused');
      await tap(page, PAD.START);
      await waitForPlay(page);
      check();
      await page.close();
    },
  },
  {
    name: 'input: a gamepad switches friends (RB next, LB previous, d-pad picks one) and the prompts name pad buttons',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await plugInPad(page);
      const file = await routeFixture(page, 'four-friends.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await tap(page, PAD.A);
      await waitForPlay(page);
      const names: string[] = [(await friend(page)).name];
      for (const button of [PAD.RB, PAD.RB, PAD.LB, PAD.RIGHT, PAD.LEFT]) {
        await tap(page, button);
        await page.waitForTimeout(500);
        names.push((await friend(page)).name);
      }
      console.log(`    friends: ${names.join(' → ')}`);
      expect(names[1] !== names[0] && names[2] !== names[1], 'RB did not move to the next friend');
      expect(names[3] === names[1], `LB did not go back to ${names[1]}: ${names[3]}`);
      expect(
        names[4] === 'noah' && names[5] === 'leo',
        `the d-pad did not pick Noah then Leo: ${names[4]}, ${names[5]}`,
      );
      const skillKey = await page.locator('.hud-skill kbd').first().innerText();
      console.log(`    the skill panel names "${skillKey}" once the pad is in use`);
      expect(skillKey === 'RT', `the skill panel shows "${skillKey}", not the pad's RT`);
      await screenshot(page, 'input-pad-hud.png');
      check();
      await page.close();
    },
  },
  {
    name: 'input: the keyboard alone runs the title, the settings, a game, Esc to pause and Esc to resume, and quits',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await page.goto(ctx.url);
      await waitForDialog(page, 'Dreamcycle');
      await focusOn(page, 'Settings', () => page.keyboard.press('ArrowDown'));
      await page.keyboard.press('Enter');
      await waitForDialog(page, 'Settings');
      // Through every section tab with the arrows and Enter.
      await focusOn(page, 'Controls & bindings', () => page.keyboard.press('Tab'));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const tab = await page.locator('[role="tab"][aria-selected="true"]').innerText();
      console.log(`    ArrowRight + Enter opened the "${tab}" section`);
      expect(tab !== 'Controls & bindings', 'the arrows and Enter did not change the settings section');
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Dreamcycle');
      expect(!(await dialogs(page)).includes('Settings'), 'Esc did not close the settings');
      await focusOn(page, 'New game', () => page.keyboard.press('ArrowUp'));
      await page.keyboard.press('Enter');
      console.log(`    Enter on New game: dialogs open ${JSON.stringify(await dialogs(page))}`);
      await waitForPlay(page);
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await page.waitForTimeout(400);
      await page.keyboard.press('Escape');
      await waitForPlay(page);
      console.log('    Esc opened the pause menu and Esc closed it');
      // Looking and the skill without a mouse: L turns, R uses the friend's skill.
      const yaw = () => page.evaluate(() => window.__dreamcycle!.engine.active.yaw);
      const facing = await yaw();
      await page.keyboard.down('KeyL');
      await waitTicks(page, 30);
      await page.keyboard.up('KeyL');
      const turned = Math.abs((await yaw()) - facing);
      await page.keyboard.down('KeyR');
      await waitTicks(page, 4);
      await page.keyboard.up('KeyR');
      const cooling = await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        return e.skillStatus(e.active).cooldownLeft;
      });
      console.log(
        `    L turned the friend ${turned.toFixed(2)} rad; after R the skill cools down for ${cooling.toFixed(1)} s`,
      );
      expect(turned > 0.3, `holding L turned the friend only ${turned.toFixed(2)} rad`);
      expect(cooling > 0, 'R did not use the skill');
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await focusOn(page, 'Quit to title', () => page.keyboard.press('ArrowDown'));
      await page.keyboard.press('Enter');
      await waitForDialog(page, 'Dreamcycle');
      check();
      await page.close();
    },
  },
  {
    name: 'input: forward rebound to O in the pause menu drives the friend after a reload; W no longer does',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = await routeFixture(page, 'input-corridor.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await clickToPlay(page);
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await page.getByRole('button', { name: 'Settings' }).click();
      await waitForDialog(page, 'Settings');
      await page.getByRole('button', { name: /^Move forward, Key or mouse/ }).click();
      await screenshot(page, 'input-rebind-listening.png');
      await page.keyboard.press('KeyO');
      const label = await page.getByRole('button', { name: /^Move forward, Key or mouse/ }).innerText();
      expect(label.trim() === 'O', `the slot shows "${label}" after pressing O`);
      // A conflict, shown and resolved: E (interact) on jump too, then kept on interact.
      await page.getByRole('button', { name: /^Jump, Second key/ }).click();
      await page.keyboard.press('KeyE');
      const alert = await page.locator('.bindings-conflicts').innerText();
      console.log(`    conflict shown: ${alert.replace(/\s+/g, ' ').slice(0, 120)}`);
      expect(/Jump/.test(alert) && /Interact/.test(alert), 'the conflict does not name both actions');
      await screenshot(page, 'input-rebind-conflict.png');
      await page.locator('.bindings-conflicts').getByRole('button', { name: 'Interact' }).click();
      expect((await page.locator('.bindings-conflicts').count()) === 0, 'the conflict stayed after it was resolved');

      await page.reload();
      await waitForStart(page);
      await clickToPlay(page);
      const at = await friend(page);
      await page.keyboard.down('KeyW');
      await waitTicks(page, 40);
      await page.keyboard.up('KeyW');
      const afterW = await friend(page);
      await page.keyboard.down('KeyO');
      await waitTicks(page, 60);
      await page.keyboard.up('KeyO');
      await waitTicks(page, 10);
      const afterI = await friend(page);
      const byW = Math.hypot(afterW.x - at.x, afterW.z - at.z);
      const byI = Math.hypot(afterI.x - afterW.x, afterI.z - afterW.z);
      console.log(`    after the reload: W moved ${byW.toFixed(2)} m, O moved ${byI.toFixed(2)} m`);
      expect(byI > 1, `the rebound key O moved the friend only ${byI.toFixed(2)} m`);
      expect(byW < 0.2, `W still moved the friend ${byW.toFixed(2)} m after it was rebound`);
      check();
      await page.close();
    },
  },
  {
    name: 'input: auto-walk carries the friend down the corridor with no key held, and a second press stops it',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = await routeFixture(page, 'input-corridor.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await clickToPlay(page);
      const start = await friend(page);
      await page.keyboard.press('KeyF');
      await waitTicks(page, 120);
      const walked = await friend(page);
      const status = await page.locator('.hud-input-status').innerText();
      await screenshot(page, 'input-auto-walk.png');
      expect(/Auto-walk/.test(status) && /F/.test(status), `the HUD does not say auto-walk is on: "${status}"`);
      await page.keyboard.press('KeyF');
      await waitTicks(page, 30);
      const stopped = await friend(page);
      await waitTicks(page, 30);
      const still = await friend(page);
      const along = walked.x - start.x;
      const drift = Math.hypot(still.x - stopped.x, still.z - stopped.z);
      console.log(
        `    auto-walk: ${along.toFixed(2)} m down the corridor in ${walked.tick - start.tick} ticks with no key held; ${drift.toFixed(2)} m in ${still.tick - stopped.tick} ticks after the second press`,
      );
      expect(along > 4, `auto-walk carried the friend only ${along.toFixed(2)} m`);
      expect(drift < 0.1, `the friend kept walking ${drift.toFixed(2)} m after auto-walk was pressed again`);
      check();
      await page.close();
    },
  },
  {
    name: 'input: Resume right after Esc, when Chromium refuses the lock, plays on with drag-look; the next click locks',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      // Headless Chromium grants the lock at once; a desktop Chromium refuses it for about a second after the user
      // left it with Esc. The page gets that refusal as the browser gives it: a rejected promise and an event.
      await page.addInitScript({ content: REFUSE_LOCK_AFTER_EXIT });
      const file = await routeFixture(page, 'input-corridor.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await page.evaluate(() => {
        const w = window as unknown as { lockRefused: number };
        w.lockRefused = 0;
        document.addEventListener('pointerlockerror', () => w.lockRefused++);
      });
      await clickToPlay(page);
      await page.waitForFunction(() => document.pointerLockElement !== null, null, { timeout: 5000 });
      await page.keyboard.press('Escape');
      // Esc gives the pointer back before any click can follow it.
      await page.waitForFunction(() => document.pointerLockElement === null, null, { timeout: 5000 });
      // At once, inside the browser's refusal window after the user left the lock: a real click on Resume.
      const resume = page.locator('[role="dialog"][aria-label="Paused"] button', { hasText: 'Resume' });
      await resume.waitFor({ state: 'attached', timeout: 10_000 });
      const box = (await resume.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPlay(page);
      await page.waitForTimeout(300);
      const locked = await page.evaluate(() => document.pointerLockElement !== null);
      const refused = await page.evaluate(() => (window as unknown as { lockRefused: number }).lockRefused);
      const after = await page.evaluate(() => (window as unknown as { lockAskedAfter: number }).lockAskedAfter);
      const yaw = () => page.evaluate(() => window.__dreamcycle!.engine.active.yaw);
      const before = await yaw();
      // Drag with the right button: looks without the lock, and without using the skill.
      await page.mouse.move(480, 270);
      await page.mouse.down({ button: 'right' });
      for (let i = 1; i <= 10; i++) await page.mouse.move(480 + i * 15, 270);
      await page.mouse.up({ button: 'right' });
      await waitTicks(page, 10);
      const turned = Math.abs((await yaw()) - before);
      console.log(
        `    Resume asked for the lock ${after.toFixed(0)} ms after Esc left it: locked ${locked}, refusals ${refused}; dragging turned the friend ${turned.toFixed(2)} rad`,
      );
      expect(!locked && refused > 0, 'the browser was not asked again, or did not refuse, right after Esc');
      expect(turned > 0.05, `looking did not work after the refused lock: turned ${turned.toFixed(3)} rad`);
      expect((await dialogs(page)).length === 0, 'a menu is open: play did not go on after the refused lock');
      await page.mouse.click(480, 270);
      await page.waitForFunction(() => document.pointerLockElement !== null, null, { timeout: 5000 });
      console.log('    the next click took the lock');
      check();
      await page.close();
    },
  },
  {
    name: 'input: at 960×540 a toast does not cover the friend cards and the pause menu scrolls to its last control',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = await routeFixture(page, 'input-corridor.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await clickToPlay(page);
      // Ava is not in this level: asking for her shows a toast.
      await page.keyboard.press('Digit3');
      await page.locator('.hud-toasts li').first().waitFor({ timeout: 10_000 });
      const overlap = await page.evaluate(() => {
        const toasts = [...document.querySelectorAll('.hud-toasts li')].map((e) => e.getBoundingClientRect());
        const cards = [...document.querySelectorAll('.hud-friend')].map((e) => e.getBoundingClientRect());
        let covered = false;
        for (const a of toasts)
          for (const b of cards)
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) covered = true;
        return {
          toasts: toasts.length,
          cards: cards.length,
          covered,
          toastTop: Math.min(...toasts.map((t) => t.top)),
          cardsBottom: Math.max(...cards.map((c) => c.bottom)),
        };
      });
      await screenshot(page, 'input-toast-960.png');
      console.log(
        `    ${overlap.toasts} toast from y=${overlap.toastTop.toFixed(0)}; ${overlap.cards} friend cards end at y=${overlap.cardsBottom.toFixed(0)}`,
      );
      expect(overlap.cards > 0 && overlap.toasts > 0, 'no toast or no friend cards to compare');
      expect(!overlap.covered, 'a toast covers a friend card');

      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await settle(page);
      const summary = page.locator('[role="dialog"][aria-label="Paused"] summary');
      if ((await summary.count()) > 0) await summary.first().click();
      const last = await page.evaluate(() => {
        const dialog = document.querySelector('[role="dialog"][aria-label="Paused"]')!;
        const rows = dialog.querySelectorAll('table tr, button');
        const row = rows[rows.length - 1] as HTMLElement;
        row.scrollIntoView({ block: 'nearest' });
        const r = row.getBoundingClientRect();
        // Every ancestor that clips must show the row.
        let clipped = false;
        for (let el = row.parentElement; el && el !== document.body; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.overflowY === 'visible') continue;
          const c = el.getBoundingClientRect();
          if (r.top < c.top - 1 || r.bottom > c.bottom + 1) clipped = true;
        }
        return {
          text: row.innerText.replace(/\s+/g, ' ').slice(0, 60),
          top: r.top,
          bottom: r.bottom,
          clipped,
          height: innerHeight,
        };
      });
      await screenshot(page, 'input-pause-controls-960.png');
      console.log(
        `    the pause menu's last row "${last.text}" shows at y=${last.top.toFixed(0)}–${last.bottom.toFixed(0)}`,
      );
      expect(
        !last.clipped && last.bottom <= last.height && last.top >= 0,
        `"${last.text}" cannot be scrolled into view`,
      );
      check();
      await page.close();
    },
  },
  {
    name: 'input: text settings apply at once and stay: large subtitles without speaker names, larger text, subtitles off',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await page.goto(ctx.url);
      await waitForDialog(page, 'Dreamcycle');
      await page.getByRole('button', { name: 'Settings' }).click();
      await waitForDialog(page, 'Settings');
      await page.getByRole('tab', { name: 'Text & subtitles' }).click();
      await page.getByRole('radio', { name: 'Large' }).first().click();
      await page.getByRole('checkbox', { name: 'Speaker names in subtitles' }).click();
      await page.getByRole('radio', { name: 'Larger' }).click();
      const root = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      const applied = await root();
      console.log(`    text size Larger: the page's base text is ${applied} at once`);
      expect(applied === '22px', `the base text is ${applied} after choosing Larger, not 22px`);
      await screenshot(page, 'input-settings-larger-text.png');

      // After a reload the choice is still there, and a subtitle shows large with no speaker name.
      await page.reload();
      await waitForDialog(page, 'Dreamcycle');
      expect((await root()) === '22px', 'the text size was not kept after a reload');
      await focusOn(page, 'New game', () => page.keyboard.press('ArrowUp'));
      await page.keyboard.press('Enter');
      await waitForPlay(page);
      const subtitle = page.locator('.hud-subtitle');
      await subtitle.waitFor({ state: 'visible', timeout: 60_000 });
      const look = await page.evaluate(() => {
        const s = document.querySelector('.hud-subtitle')!;
        const speaker = s.querySelector('.hud-speaker');
        return {
          size: getComputedStyle(s).fontSize,
          speaker: speaker ? getComputedStyle(speaker).display : 'none',
          text: (s as HTMLElement).innerText,
        };
      });
      await screenshot(page, 'input-subtitle-large.png');
      console.log(`    subtitle "${look.text.slice(0, 50)}" at ${look.size}, speaker name display ${look.speaker}`);
      expect(look.size === '33px', `a large subtitle is ${look.size}, not 1.5 × 22 px`);
      expect(look.speaker === 'none', 'the speaker name still shows with speaker names off');

      // Subtitles off, from the pause menu, hides them at once.
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('tab', { name: 'Text & subtitles' }).click();
      await page.getByRole('checkbox', { name: 'Subtitles', exact: true }).click();
      const hidden = await page.evaluate(() => document.documentElement.dataset.subtitles);
      expect(hidden === 'off', 'subtitles were not turned off');
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.hud-subtitle')].some((s) => getComputedStyle(s).display !== 'none'),
      );
      expect(!shown, 'a subtitle still shows with subtitles off');
      check();
      await page.close();
    },
  },
  {
    name: 'input: camera comfort applies at once: the field of view by the keyboard, reduced motion takes the glide away',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = await routeFixture(page, 'four-friends.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await clickToPlay(page);
      const camera = () =>
        page.evaluate(() => ({
          fov: (window.__dreamcycle!.camera as unknown as { fov: number }).fov,
          glide: window.__dreamcycle!.engine.camera.glideSeconds,
        }));
      const before = await camera();
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('tab', { name: 'Camera & comfort' }).click();
      await page.getByRole('slider', { name: 'Field of view' }).focus();
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
      await page.getByRole('checkbox', { name: 'Reduced motion' }).click();
      const after = await camera();
      console.log(
        `    field of view ${before.fov}° → ${after.fov}°; camera glide ${before.glide} s → ${after.glide} s`,
      );
      expect(after.fov === before.fov + 15, `15 steps right made the field of view ${after.fov}°, from ${before.fov}°`);
      expect(before.glide > 0 && after.glide === 0, `reduced motion left a camera glide of ${after.glide} s`);
      check();
      await page.close();
    },
  },
  {
    name: 'input: axe finds no serious or critical problem on the title, chapters, memories, settings, start, pause and level card screens',
    async run(ctx) {
      const { page, check } = await openAxePage(ctx);
      await page.goto(ctx.url);
      await waitForDialog(page, 'Dreamcycle');
      await axeCheck(page, 'the title menu');
      for (const [button, screen] of [
        ['Chapters', 'the chapters'],
        ['Memories', 'the memories'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: false }).first().click();
        await page.waitForTimeout(300);
        await axeCheck(page, screen);
        await page.keyboard.press('Escape');
        await waitForDialog(page, 'Dreamcycle');
      }
      await page.getByRole('button', { name: 'Settings' }).click();
      await waitForDialog(page, 'Settings');
      const tabs = await page.locator('[role="tab"]').allInnerTexts();
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab }).click();
        await page.waitForTimeout(150);
        await axeCheck(page, `settings: ${tab}`);
      }
      await page.keyboard.press('Escape');

      const file = await routeFixture(page, 'four-friends.json');
      await page.goto(`${ctx.url}?level=${file}`);
      await waitForStart(page);
      await axeCheck(page, 'the start screen');
      await clickToPlay(page);
      await page.keyboard.press('Escape');
      await waitForDialog(page, 'Paused');
      await axeCheck(page, 'the pause menu');

      // The level card: auto-walk down the corridor to its exit.
      const corridor = await routeFixture(page, 'input-corridor.json');
      await page.goto(`${ctx.url}?level=${corridor}`);
      await waitForStart(page);
      await clickToPlay(page);
      await page.keyboard.press('KeyF');
      // 22 cells of walking: about 11 s of game time, longer here where frames are slow.
      await waitForDialog(page, 'Level complete', 120_000);
      await settle(page);
      await axeCheck(page, 'the level card');
      await screenshot(page, 'input-level-card.png');
      check();
      await page.close();
    },
  },
  {
    name: 'input: no text under 16 px at 1280×720; screenshots of the settings and the HUD at 960×540 and 1280×720',
    async run(ctx) {
      for (const [width, height] of [
        [1280, 720],
        [960, 540],
      ] as const) {
        const { page, check } = await openAxePage(ctx, width, height);
        await page.goto(ctx.url);
        await waitForDialog(page, 'Dreamcycle');
        if (width === 1280) await expectReadable(page, 'the title menu');
        await page.getByRole('button', { name: 'Settings' }).click();
        await waitForDialog(page, 'Settings');
        await settle(page);
        if (width === 1280) await expectReadable(page, 'the settings');
        await screenshot(page, `input-settings-${width}.png`);
        await page.getByRole('tab', { name: 'Text & subtitles' }).click();
        await screenshot(page, `input-settings-text-${width}.png`);
        await page.keyboard.press('Escape');

        const file = await routeFixture(page, 'four-friends.json');
        await page.goto(`${ctx.url}?level=${file}`);
        await waitForStart(page);
        await clickToPlay(page);
        await page.waitForTimeout(600);
        if (width === 1280) await expectReadable(page, 'the HUD');
        await screenshot(page, `input-hud-${width}.png`);
        await page.keyboard.press('Escape');
        await waitForDialog(page, 'Paused');
        await settle(page);
        if (width === 1280) await expectReadable(page, 'the pause menu');
        await screenshot(page, `input-pause-${width}.png`);
        check();
        await page.close();
      }
    },
  },
];

// The campaign as a player meets it: the title over a living dream, New game, the chapters, the memories, the pause
// menu, the level card and the next chapter, the epilogue, a damaged save, and the trail of Show the way.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { InstancedMesh } from 'three';
import { playLevel } from '../../../src/bot/play';
import type { Level } from '../../../src/core/schema';
import { solveLevel } from '../../../src/levels/solver';
import { resolve } from 'node:path';
import { expect, FIXTURES, openGame, openPage, screenshot, type Test } from '../harness';

const PROGRESS_KEY = 'dreamcycle.progress';

/** Stores a save before the game's own scripts run. */
async function withSave(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only on the first load of the page: a reload must see what the game wrote since.
      if (!sessionStorage.getItem('campaign-test-seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('campaign-test-seeded', '1');
      }
    },
    [PROGRESS_KEY, raw],
  );
}

/** The level the running engine plays and how far it has ticked. */
function running(page: Page) {
  return page.evaluate(() => {
    const e = window.__dreamcycle?.engine;
    return e ? { id: e.level.id, tick: e.tick, status: e.status } : null;
  });
}

/** The bot's run of a level, recorded as a replay in node (the solver's plan played in the physics). */
function botRun(level: Level, name: string) {
  const solved = solveLevel(level);
  expect(solved.beatable, `${name}: the solver finds no way to the exit`);
  const run = playLevel(level, solved.plan, { record: true });
  expect(run.reached && run.replay !== undefined, `${name}: the bot did not reach the exit (${run.reason ?? ''})`);
  return { replay: run.replay!, seconds: run.gameSeconds };
}

/** Waits until the menus' fade-ins have finished (the software renderer draws only a few frames a second). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    null,
    {
      timeout: 20_000,
    },
  );
}

/** A screenshot once the menus have settled. */
async function picture(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
}

function stored(page: Page, key: string) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

async function titleShows(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Dreamcycle' }).waitFor({ state: 'visible', timeout: 20_000 });
}

function everythingFinished(): string {
  const chapters = ['bedroom', 'exam-hall', 'neon-rooftops', 'the-lab', 'the-cycle'];
  return JSON.stringify({
    game: 'dreamcycle',
    kind: 'progress',
    version: 1,
    data: {
      chapters: Object.fromEntries(
        chapters.map((id, i) => [
          id,
          { completed: true, bestSeconds: 200 + i * 60, fragments: [], assisted: id === 'the-lab' },
        ]),
      ),
      resume: null,
      finished: true,
    },
  });
}

export const tests: Test[] = [
  {
    name: 'campaign: the title over a living dream; New game with the keyboard starts level 1',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await titleShows(page);
      // The scene behind the title moves: the camera is not where it was a few frames ago.
      const camera = () =>
        page.evaluate(() => ({
          p: window.__dreamcycle!.camera.position.toArray(),
          frames: window.__dreamcycle!.frames(),
        }));
      const before = await camera();
      await page.waitForFunction((f) => window.__dreamcycle!.frames() >= f + 4, before.frames, { timeout: 30_000 });
      const after = await camera();
      const drift = Math.hypot(after.p[0]! - before.p[0]!, after.p[2]! - before.p[2]!);
      console.log(`    the title camera drifted ${drift.toFixed(2)} m in ${after.frames - before.frames} frames`);
      expect(drift > 0.02, `the title scene is still: the camera moved ${drift.toFixed(3)} m`);
      const idle = await running(page);
      expect(idle?.tick === 0, `the level behind the title is being played (tick ${idle?.tick})`);
      await picture(page, 'campaign-title.png');

      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(/New game/.test(focused), `the first focused control is "${focused}", not New game`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window.__dreamcycle?.engine.tick ?? 0) > 10, null, { timeout: 10_000 });
      const now = await running(page);
      expect(now?.id === 'bedroom', `New game plays ${now?.id}, not the bedroom`);
      expect(
        !(await page.getByRole('dialog', { name: 'Dreamcycle' }).isVisible()),
        'the title is still shown while level 1 runs',
      );
      await page.keyboard.down('KeyW');
      await page.waitForTimeout(600);
      await page.keyboard.up('KeyW');
      await picture(page, 'campaign-level-1.png');
      check();
      await page.close();
    },
  },
  {
    name: "campaign: finishing level 1 (the bot's run replayed through the page's input) shows the card and goes on to level 2",
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await titleShows(page);
      await page.getByRole('button', { name: /New game/ }).click();
      await page.waitForFunction(() => window.__dreamcycle?.engine.level.id === 'bedroom');
      // The bot plays the level the page plays (the build's own copy of levels/01-bedroom.json).
      const level = await page.evaluate(() => window.__dreamcycle!.engine.level);
      const { replay, seconds } = botRun(level, 'levels/01-bedroom.json');
      console.log(`    the bot's run of level 1: ${replay.ticks} ticks (${seconds.toFixed(1)} s of game time)`);
      await page.evaluate((r) => window.__dreamcyclePlayReplay!(r), replay);
      const card = page.getByRole('dialog', { name: 'Level complete' });
      await card.waitFor({ state: 'visible', timeout: 30_000 + seconds * 3000 });
      const text = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
      console.log(`    the card says: ${text}`);
      expect(/Chapter 1 complete/.test(text), `the card does not say chapter 1 is complete: ${text}`);
      expect(/Time\s*\d+:\d\d\.\d/.test(text), `the card shows no time: ${text}`);
      expect(/Memories\s*\d+ of \d+/.test(text), `the card shows no memories found of all: ${text}`);
      await page.waitForTimeout(800);
      await picture(page, 'campaign-level-card.png');
      const progress = JSON.parse((await stored(page, PROGRESS_KEY))!).data;
      expect(progress.chapters.bedroom?.completed === true, 'finishing level 1 was not saved');
      expect(progress.resume?.chapter === 'exam-hall', `Continue would go to ${progress.resume?.chapter}`);

      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(/On to chapter 2/.test(focused), `the focused control is "${focused}", not the way on`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => window.__dreamcycle?.engine.level.id === 'exam-hall' && window.__dreamcycle.engine.tick > 10,
        null,
        { timeout: 15_000 },
      );
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: a save with everything finished lists the chapters and opens the epilogue, then back to the title',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await withSave(page, everythingFinished());
      await openGame(page, ctx.url);
      await titleShows(page);
      await page.getByRole('button', { name: 'Chapters' }).click();
      const list = page.getByRole('dialog', { name: 'Chapters' });
      await list.waitFor({ state: 'visible' });
      await page.waitForTimeout(700);
      const text = (await list.innerText()).replace(/\s+/g, ' ');
      console.log(`    chapters: ${text.slice(0, 300)}`);
      expect(/best \d+:\d\d/.test(text), 'no best time in the chapter list');
      expect(/assisted/i.test(text), 'the assisted chapter is not marked');
      expect(/of \d+ memories/.test(text), 'no memories found of all in the chapter list');
      expect(
        (await list.getByRole('button', { disabled: true }).count()) === 0,
        'a finished campaign has locked chapters',
      );
      await picture(page, 'campaign-chapters.png');

      await list.getByRole('button', { name: /Epilogue/ }).click();
      const epilogue = page.getByRole('dialog', { name: 'Epilogue' });
      await epilogue.waitFor({ state: 'visible' });
      await page.waitForFunction(() => window.__dreamcycle?.engine.level.id === 'epilogue-sunrise', null, {
        timeout: 20_000,
      });
      const scene = await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        return { id: e.level.id, palette: e.level.mood.palette, friends: e.friends.map((f) => f.name).sort() };
      });
      expect(scene.id === 'epilogue-sunrise' && scene.palette === 'sunrise', `the epilogue draws ${scene.id}`);
      expect(scene.friends.join() === 'ava,leo,mia,noah', `the sunrise shows ${scene.friends.join()}`);
      await page.waitForTimeout(1200);
      await picture(page, 'campaign-epilogue.png');
      await epilogue.getByRole('button', { name: 'Go on' }).click();
      await page.waitForTimeout(1200);
      await picture(page, 'campaign-epilogue-friends.png');
      await epilogue.getByRole('button', { name: 'Go on' }).click();
      const vow = (await epilogue.innerText()).replace(/\s+/g, ' ');
      expect(/The vow/.test(vow) && /sleep/.test(vow), `the vow is not shown: ${vow}`);
      await page.waitForTimeout(1200);
      await picture(page, 'campaign-epilogue-vow.png');
      await epilogue.getByRole('button', { name: 'Credits' }).click();
      await page.waitForTimeout(1200);
      await picture(page, 'campaign-credits.png');
      await epilogue.getByRole('button', { name: 'Back to the title' }).click();
      await titleShows(page);
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: a damaged save is kept aside, the player is told, and New game starts',
    async run(ctx) {
      const broken = '{"game":"dreamcycle","kind":"progress","version":1,"data":{"chapters":{"bedroom":';
      const { page, check } = await openPage(ctx);
      await withSave(page, broken);
      await openGame(page, ctx.url);
      await titleShows(page);
      const notice = (await page.getByRole('status').filter({ hasText: 'kept' }).first().innerText()).trim();
      console.log(`    the title says: ${notice}`);
      expect(
        notice.includes(`${PROGRESS_KEY}.kept-aside`),
        `the notice does not say where the save is kept: ${notice}`,
      );
      expect((await stored(page, `${PROGRESS_KEY}.kept-aside`)) === broken, 'the damaged save was not kept aside');
      await picture(page, 'campaign-damaged-save.png');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window.__dreamcycle?.engine.tick ?? 0) > 10, null, { timeout: 10_000 });
      const now = await running(page);
      expect(now?.id === 'bedroom', `New game after a damaged save plays ${now?.id}`);
      const fresh = JSON.parse((await stored(page, PROGRESS_KEY))!);
      expect(fresh.kind === 'progress' && fresh.data.resume.chapter === 'bedroom', 'the new progress was not saved');
      expect((await stored(page, `${PROGRESS_KEY}.kept-aside`)) === broken, 'saving new progress lost the kept save');
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: memories found can be read again; Continue; the pause menu opens with Esc, saves a replay, closes with Esc',
    async run(ctx) {
      const save = JSON.stringify({
        game: 'dreamcycle',
        kind: 'progress',
        version: 1,
        data: {
          chapters: {
            bedroom: {
              completed: true,
              bestSeconds: 250.4,
              fragments: ['blanket-code', 'night-light'],
              assisted: false,
            },
          },
          resume: { chapter: 'exam-hall', checkpoint: null, active: 'mia', friends: [], read: [], seconds: 0 },
          finished: false,
        },
      });
      const { page, check } = await openPage(ctx);
      await withSave(page, save);
      await openGame(page, ctx.url);
      await titleShows(page);
      await page.getByRole('button', { name: 'Memories' }).click();
      const memories = page.getByRole('dialog', { name: 'Memories' });
      await memories.waitFor({ state: 'visible' });
      const links = memories.locator('.memory-link');
      expect((await links.count()) === 2, 'two memories found, but not two listed');
      await links.nth(1).click();
      await page.waitForTimeout(700);
      const page1 = (await memories.locator('.memory-page').innerText()).trim();
      expect(page1.length > 20, `the memory cannot be read: "${page1}"`);
      await picture(page, 'campaign-memories.png');
      await memories.getByRole('button', { name: 'Back' }).click();
      await titleShows(page);

      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(/Continue/.test(focused) && /exam hall/i.test(focused), `the first control is "${focused}", not Continue`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => window.__dreamcycle?.engine.level.id === 'exam-hall' && window.__dreamcycle.engine.tick > 10,
      );
      await page.keyboard.press('Escape');
      const pause = page.getByRole('dialog', { name: 'Paused' });
      await pause.waitFor({ state: 'visible', timeout: 5000 });
      const tick = (await running(page))!.tick;
      await page.waitForTimeout(700);
      expect((await running(page))!.tick === tick, 'the level goes on behind the pause menu');
      await picture(page, 'campaign-pause.png');
      // Save replay hands the run so far to the browser as a file.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        pause.getByRole('button', { name: /Save replay/ }).click(),
      ]);
      const file = await download.path();
      const replay = JSON.parse(readFileSync(file, 'utf8')) as { level: { id: string }; ticks: number };
      console.log(`    Save replay gave ${download.suggestedFilename()}: ${replay.ticks} ticks of ${replay.level.id}`);
      expect(replay.level.id === 'exam-hall' && replay.ticks >= tick, 'the saved replay is not the run being played');
      await page.keyboard.press('Escape');
      await pause.waitFor({ state: 'hidden', timeout: 5000 });
      const resumed = await page
        .waitForFunction((t) => (window.__dreamcycle?.engine.tick ?? 0) > t, tick, { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      expect(resumed, 'Esc closed the pause menu but the level did not go on');
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: Show the way, turned on in the settings, draws a trail of light that starts at the friend',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await titleShows(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByRole('tab', { name: 'Assist' }).click();
      await settings.getByRole('checkbox', { name: /Show the way/ }).check();
      await settings.getByRole('button', { name: 'Back' }).click();
      await titleShows(page);
      await page.getByRole('button', { name: /New game/ }).click();
      // The trail appears once the solver, in its worker, has planned from where the friends stand.
      const trail = () =>
        page.evaluate(() => {
          const d = window.__dreamcycle!;
          const mesh = d.scene.getObjectByName('way-trail') as InstancedMesh | undefined;
          const f = d.engine.active.position;
          if (!mesh || mesh.count === 0) return null;
          const m = mesh.instanceMatrix.array;
          const last = (mesh.count - 1) * 16;
          return {
            motes: mesh.count,
            first: [m[12]!, m[13]!, m[14]!],
            last: [m[last + 12]!, m[last + 13]!, m[last + 14]!],
            friend: [f.x, f.y, f.z],
          };
        });
      await page.waitForFunction(
        () =>
          ((window.__dreamcycle?.scene.getObjectByName('way-trail') as { count?: number } | undefined)?.count ?? 0) > 2,
        null,
        { timeout: 60_000 },
      );
      const seen = (await trail())!;
      const start = Math.hypot(seen.first[0]! - seen.friend[0]!, seen.first[2]! - seen.friend[2]!);
      const reach = Math.hypot(seen.last[0]! - seen.friend[0]!, seen.last[2]! - seen.friend[2]!);
      console.log(
        `    ${seen.motes} motes; the first ${start.toFixed(2)} m from the friend, the last ${reach.toFixed(1)} m away`,
      );
      expect(start < 0.5, `the trail starts ${start.toFixed(2)} m from the friend, not at their feet`);
      expect(reach > 2, `the trail leads only ${reach.toFixed(2)} m away`);
      const says = await page.locator('.hud-way').innerText();
      expect(/The way/.test(says), `the HUD does not say where the way leads: "${says}"`);
      await picture(page, 'campaign-show-the-way.png');
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: Play a level file picks a file from the title, plays it loose, and leaves the progress alone',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await titleShows(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: /Play a level file/ }).click(),
      ]);
      await chooser.setFiles(resolve(FIXTURES, 'four-friends.json'));
      const start = page.getByRole('dialog', { name: 'Start' });
      await start.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForFunction(() => !!window.__dreamcycle && window.__dreamcycle.engine.level.id !== 'bedroom');
      const id = (await running(page))!.id;
      await start.getByRole('button', { name: /Play/ }).click();
      await page.waitForFunction(() => (window.__dreamcycle?.engine.tick ?? 0) > 10, null, { timeout: 10_000 });
      console.log(`    the picked file plays level "${id}"`);
      expect((await stored(page, PROGRESS_KEY)) === null, 'playing a loose level file wrote campaign progress');
      check();
      await page.close();
    },
  },
  {
    name: 'campaign: Skip this puzzle, turned on in the settings, asks, moves the party on to the next checkpoint and marks the chapter assisted',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, ctx.url);
      await titleShows(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByRole('tab', { name: 'Assist' }).click();
      await settings.getByRole('checkbox', { name: /Skip this puzzle/ }).check();
      await settings.getByRole('button', { name: 'Back' }).click();
      await titleShows(page);
      await page.getByRole('button', { name: /New game/ }).click();
      await page.waitForFunction(() => (window.__dreamcycle?.engine.tick ?? 0) > 10, null, { timeout: 15_000 });
      await page.keyboard.press('Escape');
      const pause = page.getByRole('dialog', { name: 'Paused' });
      await pause.waitFor({ state: 'visible', timeout: 5000 });
      await pause.getByRole('button', { name: /Skip this puzzle/ }).click();
      const ask = page.getByRole('dialog', { name: 'Skip this puzzle' });
      await ask.waitFor({ state: 'visible' });
      await picture(page, 'campaign-skip-puzzle.png');
      await ask.getByRole('button', { name: /Skip to the next checkpoint/ }).click();
      await page.waitForFunction(() => window.__dreamcycle?.engine.entities.checkpointId != null, null, {
        timeout: 60_000,
      });
      const at = await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        const cp = e.level.entities.find((x) => x.id === e.entities.checkpointId)!;
        return {
          id: cp.id,
          at: cp.at,
          cells: e.friends.map((f) => ({ ...e.cellOf(f), friend: f.name })),
          played: { ...e.cellOf(e.active), friend: e.active.name },
        };
      });
      console.log(`    the party stands at checkpoint ${at.id} [${at.at.join(', ')}]`);
      // The friend played stands on the checkpoint; the others stand where the route leaves them.
      console.log(`    friends: ${at.cells.map((c) => `${c.friend} [${c.col}, ${c.row}]`).join(', ')}`);
      expect(
        at.played.col === at.at[0] && at.played.row === at.at[1],
        `${at.played.friend}, the friend played, is at [${at.played.col}, ${at.played.row}], not on the checkpoint`,
      );
      const progress = JSON.parse((await stored(page, PROGRESS_KEY))!).data;
      expect(progress.chapters.bedroom?.assisted === true, 'the chapter is not marked assisted');
      expect(progress.resume?.checkpoint === at.id, 'Continue would not come back to the checkpoint skipped to');
      expect(!(await ask.isVisible()), 'the question is still open after skipping');
      check();
      await page.close();
    },
  },
];

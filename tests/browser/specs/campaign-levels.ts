// The five campaign levels as a player first sees them: each loads without an error, draws its memory's props
// within the draw-call budget, and is photographed from the places a designer wants checked by eye.
// Screenshots named campaign-levels-*.png — look at them.
import type { Page } from 'playwright-core';
import { clickToPlay, expect, openGame, openPage, screenshot, type Test } from '../harness';

/** The most draw calls a campaign level may cost with its props (props of one kind are drawn instanced). */
const DRAW_CALL_BUDGET = 40;

interface View {
  /** What the picture should show, for its file name. */
  name: string;
  col: number;
  row: number;
  floor: number;
  /** Degrees; 0 looks north, 90 west, 180 south, 270 east (the engine's yaw). */
  yaw: number;
}

const LEVELS: { file: string; id: string; views: View[] }[] = [
  {
    file: '01-bedroom',
    id: 'bedroom',
    views: [
      { name: 'toy-corner', col: 2, row: 2, floor: 0, yaw: 270 },
      { name: 'rug-room', col: 10, row: 4, floor: 0, yaw: 300 },
      { name: 'torn-floor', col: 12, row: 7, floor: 0, yaw: 180 },
      { name: 'top-bunk', col: 2, row: 8, floor: 1, yaw: 0 },
    ],
  },
  {
    file: '02-exam-hall',
    id: 'exam-hall',
    views: [
      { name: 'desks', col: 6, row: 8, floor: 0, yaw: 300 },
      { name: 'gallery', col: 19, row: 10, floor: 1, yaw: 90 },
      { name: 'records', col: 10, row: 12, floor: 0, yaw: 240 },
    ],
  },
  {
    file: '03-neon-rooftops',
    id: 'neon-rooftops',
    views: [
      { name: 'first-roof', col: 3, row: 3, floor: 0, yaw: 270 },
      { name: 'leo-tower', col: 12, row: 10, floor: 1, yaw: 270 },
      { name: 'street', col: 3, row: 16, floor: 0, yaw: 200 },
    ],
  },
  {
    file: '04-the-lab',
    id: 'the-lab',
    views: [
      { name: 'workshop', col: 6, row: 4, floor: 0, yaw: 270 },
      { name: 'servers', col: 10, row: 9, floor: 0, yaw: 200 },
      { name: 'shaft', col: 12, row: 14, floor: 0, yaw: 180 },
    ],
  },
  {
    file: '05-the-cycle',
    id: 'the-cycle',
    views: [
      { name: 'loop', col: 9, row: 21, floor: 1, yaw: 90 },
      { name: 'arena', col: 9, row: 13, floor: 0, yaw: 0 },
      { name: 'nodes', col: 2, row: 12, floor: 0, yaw: 315 },
    ],
  },
];

/** Puts the active friend on a cell facing a way, for a photograph (the test stands in for walking there). */
async function stand(page: Page, v: View): Promise<void> {
  await page.evaluate((view) => {
    const e = window.__dreamcycle!.engine;
    const f = e.active;
    const c = e.grid.center(view.floor, view.col, view.row);
    f.body.position.set(c.x, c.y + 0.4, c.z);
    f.body.velocity.set(0, 0, 0);
    f.yaw = (view.yaw * Math.PI) / 180;
    f.pitch = -0.05;
  }, v);
  await page.waitForTimeout(700);
}

export const tests: Test[] = LEVELS.map((level) => ({
  name: `campaign levels: ${level.file} loads, draws its props within ${DRAW_CALL_BUDGET} draw calls, photographed`,
  async run(ctx) {
    const { page, check } = await openPage(ctx);
    await openGame(page, `${ctx.url}?level=levels/${level.file}.json`);
    await clickToPlay(page);
    const id = await page.evaluate(() => window.__dreamcycle!.engine.level.id);
    expect(id === level.id, `?level=levels/${level.file}.json ran level "${id}", not "${level.id}"`);
    let most = 0;
    for (const v of level.views) {
      await stand(page, v);
      await screenshot(page, `campaign-levels-${level.file}-${v.name}.png`);
      // One plain render of the scene: with post-processing on, the renderer counts only its last pass.
      const calls = await page.evaluate(() => {
        const d = window.__dreamcycle!;
        d.timeRender();
        return d.renderInfo().calls;
      });
      most = Math.max(most, calls);
    }
    console.log(`    ${level.file}: at most ${most} draw calls in its photographs`);
    expect(most <= DRAW_CALL_BUDGET, `${level.file} costs ${most} draw calls; the budget is ${DRAW_CALL_BUDGET}`);
    check();
    await page.close();
  },
}));

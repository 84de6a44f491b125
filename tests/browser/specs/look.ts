// The look of the dream: every level has its own picture, the effects follow the quality and reduced motion,
// the sound starts on the first click and is silent at volume 0. Screenshots named look-*.png — look at them.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { decodePng } from '../png';
import { clickToPlay, expect, openGame, openPage, OUTPUT, type Test } from '../harness';

const LEVELS = ['01-bedroom', '02-exam-hall', '03-neon-rooftops', '04-the-lab'];

/** Mean colour of a screenshot, 0–255 a channel. */
function meanColour(png: Buffer): [number, number, number] {
  const { pixels, width, height } = decodePng(png);
  let r = 0;
  let g = 0;
  let b = 0;
  const n = width * height;
  for (let i = 0; i < n; i++) {
    r += pixels[i * 4]!;
    g += pixels[i * 4 + 1]!;
    b += pixels[i * 4 + 2]!;
  }
  return [r / n, g / n, b / n];
}

async function shoot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot();
  writeFileSync(resolve(OUTPUT, name), png);
  return png;
}

export const tests: Test[] = [
  {
    name: 'look: every level has a picture of its own (mean colours of screenshots differ)',
    async run(ctx) {
      const means: { level: string; mean: [number, number, number] }[] = [];
      for (const level of LEVELS) {
        const { page, check } = await openPage(ctx);
        await openGame(page, `${ctx.url}?level=levels/${level}.json`);
        await clickToPlay(page);
        await page.waitForTimeout(600);
        const mean = meanColour(await shoot(page, `look-level-${level}.png`));
        means.push({ level, mean });
        console.log(`    ${level}: mean colour rgb(${mean.map((c) => c.toFixed(0)).join(', ')})`);
        check();
        await page.close();
      }
      for (let i = 0; i < means.length; i++)
        for (let j = i + 1; j < means.length; j++) {
          const a = means[i]!;
          const b = means[j]!;
          const d = Math.hypot(a.mean[0] - b.mean[0], a.mean[1] - b.mean[1], a.mean[2] - b.mean[2]);
          expect(d > 12, `${a.level} and ${b.level} look alike: their mean colours are only ${d.toFixed(1)} apart`);
        }
    },
  },
];

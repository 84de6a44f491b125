// The look of the dream: every level has its own picture, the effects follow the quality and reduced motion,
// the sound starts on the first click and is silent at volume 0. Screenshots named look-*.png — look at them.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { decodePng, encodePng } from '../png';
import { ROOT } from '../server';
import { expect, openGame, openPage, OUTPUT, routeFixture, VIEWPORT, type Test } from '../harness';

const LEVELS = ['01-bedroom', '02-exam-hall', '03-neon-rooftops', '04-the-lab', '05-the-cycle'];

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

/** Stores settings the game reads at start (the record src/ui/settings.ts keeps). */
async function withSettings(page: Page, data: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (stored) => localStorage.setItem('dreamcycle.settings', stored),
    JSON.stringify({ game: 'dreamcycle', kind: 'settings', version: 2, data }),
  );
}

/** Clicks to play and waits for the engine to tick; frames are slow in software rendering on a busy machine. */
async function play(page: Page): Promise<void> {
  await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.waitForFunction(() => window.__dreamcycle!.engine.tick > 10, null, { timeout: 60_000 });
}

/** Turns the active friend down the longest open view with the most props in it (a picture of the memory). */
async function faceTheProps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const e = window.__dreamcycle!.engine;
    const me = e.active.position;
    const floor = e.cellOf(e.active).floor;
    const cs = e.grid.cellSize;
    let best = e.active.yaw;
    let most = -1;
    for (let k = 0; k < 24; k++) {
      const yaw = (k / 24) * Math.PI * 2;
      const fx = -Math.sin(yaw);
      const fz = -Math.cos(yaw);
      // How far the eye sees before a wall, up to 16 m.
      let open = 0;
      while (open < 16) {
        const x = me.x + fx * open;
        const z = me.z + fz * open;
        if (e.grid.terrain(floor, Math.floor(x / cs), Math.floor(z / cs)) === 'wall') break;
        open += 0.25;
      }
      let seen = 0;
      for (const d of e.level.decor ?? []) {
        const c = e.grid.center(d.floor, d.at[0], d.at[1]);
        const dx = c.x - me.x;
        const dz = c.z - me.z;
        const far = Math.hypot(dx, dz);
        if (far < 1 || far > open + cs) continue;
        if ((dx * fx + dz * fz) / far > Math.cos(0.6)) seen += 1;
      }
      const score = Math.min(open, 12) + seen * 2;
      if (score > most) {
        most = score;
        best = yaw;
      }
    }
    e.active.yaw = best;
    e.active.pitch = -0.06;
  });
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
        await play(page);
        await faceTheProps(page);
        await page.waitForTimeout(1500);
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
  {
    name: "look: a skill in use shows its effect and the friend's hands in first person",
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
      await play(page);
      // 2 is Noah, whoever starts the level.
      await page.keyboard.press('Digit2');
      await page.waitForTimeout(900);
      // Noah's diagnose: the pulse ring sweeps over the walls and his hand holds the tablet up.
      await page.mouse.down();
      await page.waitForTimeout(60);
      await page.mouse.up();
      // Frames are slow in software rendering: wait for the pulse to have spread a little, not for a time.
      await page
        .waitForFunction(() => (window.__dreamcycle!.engine.entities.pulse?.progress ?? 0) > 0.3, null, {
          timeout: 10_000,
        })
        .catch(() => {});
      const used = await page.evaluate(() => {
        const d = window.__dreamcycle!;
        const hands = d.scene.getObjectByName('first-person-hands');
        return { pulse: d.engine.entities.pulse !== null, hands: hands?.visible ?? false };
      });
      await shoot(page, 'look-skill-diagnose.png');
      expect(used.pulse, 'a left click as Noah sent no diagnose pulse');
      expect(used.hands, "Noah's hands are not shown in first person while he uses his skill");
      check();
      await page.close();
    },
  },
  {
    name: 'look: the friends read as people, each with a figure of their own',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      const file = 'four-friends.json';
      await routeFixture(page, file);
      await openGame(page, `${ctx.url}?level=/fixtures/${file}`);
      await play(page);
      // Mia looks back west along the corridor at Noah, Ava and Leo.
      await page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        e.active.yaw = Math.PI / 2;
        e.active.pitch = -0.12;
      });
      await page.waitForTimeout(500);
      const figures = await page.evaluate(() => {
        const d = window.__dreamcycle!;
        return d.engine.friends
          .filter((f) => f !== d.engine.active)
          .map((f) => {
            const mesh = d.scene.getObjectByName(`friend-${f.name}`) as
              { visible: boolean; geometry: { attributes: Record<string, { count: number }> } } | undefined;
            return {
              name: f.name,
              visible: mesh?.visible ?? false,
              vertices: mesh?.geometry.attributes.position?.count ?? 0,
              parts: mesh ? 'part' in mesh.geometry.attributes : false,
            };
          });
      });
      await shoot(page, 'look-friends.png');
      console.log(`    ${figures.map((f) => `${f.name} ${f.vertices} vertices`).join(', ')}`);
      for (const f of figures) {
        expect(f.visible, `${f.name} is not drawn while another friend is active`);
        expect(f.parts, `${f.name}'s figure has no moving parts (arms, legs): it is a single shape`);
      }
      const counts = new Set(figures.map((f) => f.vertices));
      expect(
        counts.size === figures.length,
        'two friends have the same figure: each should have a silhouette of their own',
      );
      check();
      await page.close();
    },
  },
  {
    name: 'look: the sound starts on the first click and is silent at volume 0',
    async run(ctx) {
      const listen = async (masterVolume: number | null) => {
        const { page, check } = await openPage(ctx);
        if (masterVolume !== null)
          await page.addInitScript((volume) => {
            const data = { masterVolume: volume };
            localStorage.setItem(
              'dreamcycle.settings',
              JSON.stringify({ game: 'dreamcycle', kind: 'settings', version: 2, data }),
            );
          }, masterVolume);
        await openGame(page, `${ctx.url}?level=levels/01-bedroom.json`);
        const before = await page.evaluate(() => window.__dreamcycleSound !== undefined);
        expect(!before, 'the sound started before the player clicked');
        await play(page);
        await page.waitForFunction(() => window.__dreamcycleSound?.state() === 'running', null, { timeout: 15_000 });
        // Walk a little (footsteps) and listen for two seconds: the loudest moment of the master output.
        await page.keyboard.down('KeyW');
        let peak = 0;
        for (let i = 0; i < 20; i++) {
          peak = Math.max(peak, await page.evaluate(() => window.__dreamcycleSound!.peak()));
          await page.waitForTimeout(100);
        }
        await page.keyboard.up('KeyW');
        const volumes = await page.evaluate(() => window.__dreamcycleSound!.volumes());
        check();
        await page.close();
        return { peak, volumes };
      };
      const loud = await listen(null);
      console.log(`    default volume ${loud.volumes.master}: peak ${loud.peak.toFixed(4)}`);
      expect(loud.peak > 0.001, `nothing is heard at the default volume (peak ${loud.peak})`);
      const quiet = await listen(0);
      console.log(`    master volume ${quiet.volumes.master}: peak ${quiet.peak.toFixed(6)}`);
      expect(quiet.volumes.master === 0, `the master volume setting was not read (it is ${quiet.volumes.master})`);
      expect(quiet.peak < 1e-4, `the game is heard at master volume 0 (peak ${quiet.peak})`);
    },
  },
  {
    name: 'look: post-processing is on at high, off with reduced motion and at low (never loaded)',
    async run(ctx) {
      const effectsAt = async (settings: Record<string, unknown>, shot: string | null) => {
        const { page, check } = await openPage(ctx);
        await withSettings(page, settings);
        await openGame(page, `${ctx.url}?level=levels/03-neon-rooftops.json`);
        if (settings.quality === 'high' && settings.reducedMotion !== true)
          await page.waitForFunction(() => window.__dreamcycle!.effects().length > 0, null, { timeout: 60_000 });
        else await page.waitForTimeout(1500);
        const seen = await page.evaluate(() => ({
          effects: [...window.__dreamcycle!.effects()],
          chunk: performance.getEntriesByType('resource').some((r) => /\/Effects-[\w-]+\.js$/.test(r.name)),
          pixelRatio: window.__dreamcycle!.gl.getPixelRatio(),
        }));
        if (shot) {
          // Frames with every effect are slow in software rendering: a few ticks are enough for the picture.
          await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 2);
          await page.waitForFunction(() => window.__dreamcycle!.engine.tick > 2, null, { timeout: 120_000 });
          await faceTheProps(page);
          await page.waitForTimeout(1500);
          await shoot(page, shot);
        }
        check();
        await page.close();
        return seen;
      };
      const high = await effectsAt({ quality: 'high' }, 'look-high-neon.png');
      console.log(`    high: ${high.effects.join(', ')} at pixel ratio ${high.pixelRatio}`);
      expect(
        high.effects.includes('bloom'),
        `no bloom at high quality (effects: ${high.effects.join(', ') || 'none'})`,
      );
      expect(high.effects.includes('chromatic-aberration'), 'no chromatic aberration at high quality');
      const calm = await effectsAt({ quality: 'high', reducedMotion: true }, null);
      console.log(
        `    high with reduced motion: ${calm.effects.join(', ') || 'no effects'}, chunk loaded: ${calm.chunk}`,
      );
      expect(calm.effects.length === 0, `reduced motion still draws ${calm.effects.join(', ')}`);
      expect(!calm.chunk, 'reduced motion still loads the post-processing chunk');
      const low = await effectsAt({ quality: 'low' }, null);
      console.log(
        `    low: ${low.effects.join(', ') || 'no effects'} at pixel ratio ${low.pixelRatio}, chunk loaded: ${low.chunk}`,
      );
      expect(
        low.effects.length === 0 && !low.chunk,
        `the low preset draws post-processing (${low.effects.join(', ')})`,
      );
      expect(low.pixelRatio < high.pixelRatio, `the low preset draws as many pixels as high (${low.pixelRatio})`);
    },
  },
  {
    name: 'look: the title screen draws a memory behind it, and the sunrise sky is its own',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      // The title at the size of every other picture.
      await page.setViewportSize({ width: 960, height: 540 });
      await page.goto(ctx.url);
      await page.waitForFunction(() => (window.__dreamcycle?.frames() ?? 0) > 3, null, { timeout: 60_000 });
      await page.waitForTimeout(2000);
      const title = meanColour(await shoot(page, 'look-title.png'));
      check();
      await page.close();
      // The epilogue's sky: the bedroom under the sunrise mood.
      const sun = await openPage(ctx);
      const level = JSON.parse(readFileSync(resolve(ROOT, 'levels/01-bedroom.json'), 'utf8')) as {
        mood: { palette: string };
      };
      level.mood.palette = 'sunrise';
      const file = await routeFixture(sun.page, 'look-sunrise.json', JSON.stringify(level));
      await openGame(sun.page, `${ctx.url}?level=${file}`);
      await play(sun.page);
      await sun.page.evaluate(() => {
        const e = window.__dreamcycle!.engine;
        e.active.pitch = 0.35;
      });
      await sun.page.waitForTimeout(1500);
      const sunrise = meanColour(await shoot(sun.page, 'look-sunrise.png'));
      sun.check();
      await sun.page.close();
      console.log(
        `    title rgb(${title.map((c) => c.toFixed(0)).join(', ')}), sunrise rgb(${sunrise.map((c) => c.toFixed(0)).join(', ')})`,
      );
      // A sunrise is warm: more red than blue.
      expect(
        sunrise[0] > sunrise[2],
        `the sunrise sky is not warm: rgb(${sunrise.map((c) => c.toFixed(0)).join(', ')})`,
      );
    },
  },
  {
    name: 'look: a doubt hazard reads as danger on a bright sky (exam hall) and a dark one (neon rooftops)',
    async run(ctx) {
      for (const level of ['02-exam-hall', '03-neon-rooftops']) {
        const { page, check } = await openPage(ctx);
        await openGame(page, `${ctx.url}?level=levels/${level}.json`);
        // A photograph of the hazard from 3 m away on open floor, drawn and read back in one go.
        const photo = await page.evaluate(() => {
          const d = window.__dreamcycle!;
          const e = d.engine;
          const hazard = e.entities.views().find((v) => v.type === 'doubt-hazard')!;
          const cs = e.grid.cellSize;
          const floor = e.level.entities.find((x) => x.id === hazard.id)!.floor;
          const y = (e.grid.heights[floor] ?? 0) + 0.9;
          let at = { x: hazard.x + 3, z: hazard.z };
          for (let k = 0; k < 8; k++) {
            const a = (k / 8) * Math.PI * 2;
            const x = hazard.x + Math.cos(a) * 3;
            const z = hazard.z + Math.sin(a) * 3;
            if (e.grid.walkable(floor, Math.floor(x / cs), Math.floor(z / cs))) {
              at = { x, z };
              break;
            }
          }
          const camera = d.camera as unknown as {
            position: { set(x: number, y: number, z: number): void };
            lookAt(x: number, y: number, z: number): void;
            updateMatrixWorld(): void;
          };
          camera.position.set(at.x, y + 0.3, at.z);
          camera.lookAt(hazard.x, y, hazard.z);
          camera.updateMatrixWorld();
          d.gl.render(d.scene, d.camera);
          const gl = d.gl.getContext();
          const width = gl.drawingBufferWidth;
          const height = gl.drawingBufferHeight;
          const pixels = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          return { width, height, pixels: Array.from(pixels) };
        });
        // WebGL rows run bottom to top.
        const { width, height } = photo;
        const pixels = new Uint8Array(width * height * 4);
        for (let y = 0; y < height; y++)
          pixels.set(photo.pixels.slice((height - 1 - y) * width * 4, (height - y) * width * 4), y * width * 4);
        writeFileSync(resolve(OUTPUT, `look-hazard-${level}.png`), encodePng({ width, height, pixels }));
        // Redness (red over the other channels) of the hazard's middle and of the frame's edges around it.
        const redness = (x0: number, y0: number, x1: number, y1: number) => {
          let sum = 0;
          let n = 0;
          for (let y = Math.floor(y0); y < y1; y++)
            for (let x = Math.floor(x0); x < x1; x++) {
              const i = (y * width + x) * 4;
              sum += pixels[i]! - Math.max(pixels[i + 1]!, pixels[i + 2]!);
              n++;
            }
          return sum / n;
        };
        const r = height * 0.08;
        const middle = redness(width / 2 - r, height / 2 - r, width / 2 + r, height / 2 + r);
        const edges = (redness(0, 0, width * 0.15, height) + redness(width * 0.85, 0, width, height)) / 2;
        console.log(
          `    ${level}: redness of the hazard ${middle.toFixed(0)}, of what is around it ${edges.toFixed(0)}`,
        );
        expect(
          middle > edges + 40,
          `${level}: the doubt hazard does not stand out as danger (redness ${middle.toFixed(0)} against ${edges.toFixed(0)})`,
        );
        check();
        await page.close();
      }
    },
  },
];

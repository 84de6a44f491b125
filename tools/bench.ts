// `npm run bench`: how fast the engine ticks, how long levels take to build, and what a frame costs to draw.
//   --no-render   skip the headless Chromium part
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/engine';
import { playLevel } from '../src/bot/play';
import { parseLevel } from '../src/levels/load';
import { solveLevel } from '../src/levels/solver';
import { heapGrowthOverTicks, measureAnchorTick, measureTick } from './bench/engine';

const TICKS = 10_000;
const args = process.argv.slice(2);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const files = readdirSync('levels')
  .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
  .sort();
console.log(
  `engine: ${TICKS} ticks at 60 Hz per level with all four friends (one run about, idle ones rest), node ${process.version};`,
);
console.log(
  '  anchor: three.js games_fps physics for one walker on the same level (Capsule vs Octree, 5 substeps a frame)',
);
for (const file of files) {
  const text = readFileSync(join('levels', file), 'utf8');
  const level = parseLevel(text, join('levels', file));
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) builds.push(new Engine(level).buildMs);
  builds.sort((a, b) => a - b);
  const tick = measureTick(level, TICKS);
  const anchor = measureAnchorTick(level, TICKS);
  const heap = heapGrowthOverTicks(level, TICKS);
  const engine = new Engine(level);
  console.log(
    `${file.padEnd(28)} tick median ${tick.medianMs.toFixed(4)} ms  p95 ${tick.p95Ms.toFixed(4)} ms  ` +
      `anchor median ${anchor.medianMs.toFixed(4)} ms (×${(tick.medianMs / anchor.medianMs).toFixed(2)})  ` +
      `heap kept ${(heap.retainedBytes / 1024).toFixed(0)} KB, ${heap.allocatedBytesPerTick.toFixed(0)} B allocated per tick  ` +
      `build ${percentile(builds, 0.5).toFixed(2)} ms  level: ${engine.levelChunks} static chunks, ${engine.levelShapes} boxes`,
  );
}

console.log('bot (solver plan played in the physics, headless):');
for (const file of files) {
  const level = parseLevel(readFileSync(join('levels', file), 'utf8'), join('levels', file));
  const solved = solveLevel(level);
  if (!solved.beatable) {
    console.log(`  ${file.padEnd(28)} not beatable: ${solved.reasons[0]}`);
    continue;
  }
  playLevel(level, solved.plan); // warm the JIT
  const runs = [0, 1, 2].map(() => playLevel(level, solved.plan));
  const best = runs.reduce((a, b) => (b.realMs < a.realMs ? b : a));
  console.log(
    `  ${file.padEnd(28)} ${best.reached ? 'reached the exit' : 'FAILED'}  ${best.gameSeconds.toFixed(1)} s of game in ${best.realMs.toFixed(1)} ms  = ${((best.gameSeconds * 1000) / best.realMs).toFixed(0)}× real time`,
  );
}

if (!args.includes('--no-render')) {
  try {
    const { measureRender } = await import('./bench-render');
    const r = await measureRender();
    console.log(
      `render (headless Chromium, SwiftShader, 960×540, levels/01-bedroom.json): ${r.calls} draw calls, ${r.triangles} triangles per frame, ${r.frameMs.toFixed(1)} ms per frame`,
    );
  } catch (e) {
    console.log(`render: not measured (${(e as Error).message}) — run \`npm run build\` first and install chromium`);
  }
}

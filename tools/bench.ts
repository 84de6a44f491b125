// `npm run bench`: how fast the engine ticks, how long levels take to build, and what a frame costs to draw.
//   --no-render   skip the headless Chromium part
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/engine';
import { seeded } from '../src/core/random';
import { idleInput, type InputSource, type TickInput } from '../src/engine/tick-input';
import { playLevel } from '../src/bot/play';
import { parseLevel } from '../src/levels/load';
import { solveLevel } from '../src/levels/solver';
import { FRIEND_NAMES, type Level } from '../src/core/schema';

const TICKS = 10_000;
const args = process.argv.slice(2);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** The same level with all four friends in it, on standable cells near the spawn. */
function withFourFriends(level: Level): Level {
  const engine = new Engine(level);
  const grid = engine.grid;
  const taken = new Set(level.friends.map((f) => `${f.floor}:${f.at[0]}:${f.at[1]}`));
  const friends = [...level.friends];
  const s = level.spawn;
  for (const name of FRIEND_NAMES) {
    if (friends.some((f) => f.friend === name)) continue;
    search: for (let r = 0; r < 20; r++)
      for (let dr = -r; dr <= r; dr++)
        for (let dc = -r; dc <= r; dc++) {
          const col = s.at[0] + dc;
          const row = s.at[1] + dr;
          const key = `${s.floor}:${col}:${row}`;
          if (!taken.has(key) && grid.walkable(s.floor, col, row)) {
            taken.add(key);
            friends.push({ friend: name, at: [col, row], floor: s.floor, facing: 'north' });
            break search;
          }
        }
  }
  return { ...level, friends };
}

/** Ticks the engine with a player who runs about, turns, jumps and switches friends. */
function benchTicks(level: Level): { median: number; p95: number; mean: number } {
  const engine = new Engine(level);
  const random = seeded(7);
  let input: TickInput = idleInput();
  const source: InputSource = { next: () => input };
  const times: number[] = [];
  for (let t = 0; t < TICKS + 600; t++) {
    if (t % 30 === 0) {
      const a = random() * Math.PI * 2;
      input = {
        ...idleInput(),
        moveX: Math.sin(a),
        moveY: Math.cos(a),
        run: random() < 0.5,
        jump: random() < 0.2,
        lookYaw: random() - 0.5,
        cycle: random() < 0.1 ? 1 : 0,
      };
    } else input = { ...input, lookYaw: 0, cycle: 0 };
    const start = performance.now();
    engine.step(source.next());
    const ms = performance.now() - start;
    if (t >= 600) times.push(ms); // the first ten seconds warm the JIT
  }
  times.sort((a, b) => a - b);
  return {
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

const files = readdirSync('levels')
  .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
  .sort();
const rows: string[] = [];
let largest: { level: Level; cells: number } | null = null;
for (const file of files) {
  const text = readFileSync(join('levels', file), 'utf8');
  const level = parseLevel(text, join('levels', file));
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) builds.push(new Engine(level).buildMs);
  builds.sort((a, b) => a - b);
  const ticks = benchTicks(level);
  const engine = new Engine(level);
  const cells = engine.grid.cols * engine.grid.rows * engine.grid.floorCount;
  if (!largest || cells > largest.cells) largest = { level, cells };
  rows.push(
    `${file.padEnd(28)} friends ${String(level.friends.length).padStart(1)}  tick median ${ticks.median.toFixed(4)} ms  p95 ${ticks.p95.toFixed(4)} ms  ` +
      `build ${percentile(builds, 0.5).toFixed(2)} ms  level: ${engine.levelChunks} static chunks, ${engine.levelShapes} boxes`,
  );
}
console.log(`engine: ${TICKS} ticks at 60 Hz per level, node ${process.version}`);
for (const r of rows) console.log(r);
if (largest) {
  const four = withFourFriends(largest.level);
  const t = benchTicks(four);
  console.log(
    `four friends on the largest level (${largest.level.id}): tick median ${t.median.toFixed(4)} ms  p95 ${t.p95.toFixed(4)} ms  mean ${t.mean.toFixed(4)} ms`,
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

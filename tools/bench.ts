// `npm run bench [-- --json] [--no-render] [--quick]`: every level of levels/ and a generated stress level at the
// format's caps, measured beside what a player would otherwise get, in the same run, with the budgets checked.
//   engine (node): the tick with every friend present beside three.js games_fps's Octree + Capsule step for one
//     walker; level ready (parse + validate + build); `level check` (solver + bot); heap over 10,000 ticks;
//   render (headless Chromium, SwiftShader, 1280×720; needs `npm run build`): draw calls, triangles, geometries,
//     textures and programs; the frame at each quality preset, beside the anchor (games_fps-style) and the floor of
//     the stack (one instanced mesh); heap over 50 level loads in the page;
//   once: initial JS gzip and each lazy chunk, the bot over the campaign, the VR scene's draw calls.
// --json prints one object on stdout (progress goes to stderr); --quick measures fewer ticks and one render run.
// Zod without eval, as the browser runs it (the page's Content Security Policy forbids eval).
import '../src/core/no-eval';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { Engine } from '../src/engine/engine';
import { playLevel } from '../src/bot/play';
import { proveLevelText } from '../src/bot/prove';
import { checkLevelText, solveRoute } from '../src/levels/check';
import { stressLevel } from '../src/levels/stress';
import { heapGrowthOverTicks, measureAnchorTick, measureTick } from './bench/engine';
import type { BenchLevel, RenderBench, SceneFigures, Timing } from './bench/render';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const render = !args.includes('--no-render');
const TICKS = quick ? 2_000 : 10_000;
const say = (line: string) => (json ? console.error(line) : console.log(line));

const BUDGET = {
  drawCalls: 40,
  tickMs: 0.1,
  tickVsAnchor: 1.0,
  readyCampaignMs: 30,
  readyStressMs: 300,
  renderVsAnchor: 0.5,
  renderVsFloorLow: 1.5,
  initialJsKB: 400,
  botSpeedup: 100,
  stressCheckMs: 5_000,
  xrDrawCalls: 100,
};

interface LevelFigures {
  id: string;
  tickMedianMs: number;
  tickP95Ms: number;
  anchorTickMs: number;
  tickRatio: number;
  readyMs: number;
  /** Ready for the first level a fresh page loads (nothing compiled yet), median of fresh processes. */
  readyColdMs: number;
  checkMs: number;
  /** CPU time of the check (solver + bot) in this process: what the check costs, whatever else the machine runs. */
  checkCpuMs: number;
  /** The bot's game seconds per real second while it played the check's route (null when not beaten). */
  checkBotSpeedup: number | null;
  beatable: boolean;
  heapGrowthBytes: number;
  allocatedBytesPerTick: number;
  drawCalls: number | null;
  triangles: number | null;
  geometries: number | null;
  textures: number | null;
  programs: number | null;
  renderMs: number | null;
  renderRange: [number, number] | null;
  presetMs: Record<string, number> | null;
  anchorRenderMs: number | null;
  renderRatio: number | null;
  floorRenderMs: number | null;
  floorRatio: number | null;
  renderCpuRatio: number | null;
  floorCpuRatio: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function benchLevels(): BenchLevel[] {
  const files = readdirSync('levels')
    .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
    .sort();
  return [
    ...files.map((f) => ({
      id: f.replace(/\.json$/, ''),
      path: `levels/${f}`,
      text: readFileSync(join('levels', f), 'utf8'),
    })),
    { id: 'stress (128×128×8, 1,000 entities)', path: '/bench/stress.json', text: JSON.stringify(stressLevel(1)) },
  ];
}

function measureEngine(
  level: BenchLevel,
): Omit<
  LevelFigures,
  | 'drawCalls'
  | 'triangles'
  | 'geometries'
  | 'textures'
  | 'programs'
  | 'renderMs'
  | 'renderRange'
  | 'presetMs'
  | 'anchorRenderMs'
  | 'renderRatio'
  | 'floorRenderMs'
  | 'floorRatio'
  | 'renderCpuRatio'
  | 'floorCpuRatio'
> {
  const checked = checkLevelText(level.text, level.path);
  if (!checked.level) throw new Error(`${level.path} is not a valid level: ${checked.errors[0]?.message}`);
  const parsed = checked.level;
  // Ready: what the game does before the first tick — parse, validate, build the world.
  const ready = median(
    Array.from(
      { length: quick ? 3 : 7 },
      () => timed(() => new Engine(checkLevelText(level.text, level.path).level!)).ms,
    ),
  );
  const readyCold = median(
    Array.from({ length: quick ? 1 : 3 }, () =>
      Number(
        execFileSync(
          process.execPath,
          ['--import', 'tsx', 'tools/bench/ready-cold.ts', level.path.startsWith('levels/') ? level.path : 'stress'],
          { encoding: 'utf8' },
        ),
      ),
    ),
  );
  const cpuBefore = process.cpuUsage();
  const check = timed(() => proveLevelText(level.text, level.path));
  const cpu = process.cpuUsage(cpuBefore);
  const proof = check.value.proof;
  const tick = measureTick(parsed, TICKS);
  const anchor = measureAnchorTick(parsed, TICKS);
  const heap = heapGrowthOverTicks(parsed, 10_000);
  return {
    id: level.id,
    tickMedianMs: tick.medianMs,
    tickP95Ms: tick.p95Ms,
    anchorTickMs: anchor.medianMs,
    tickRatio: tick.medianMs / anchor.medianMs,
    readyMs: ready,
    readyColdMs: readyCold,
    checkMs: check.ms,
    checkCpuMs: (cpu.user + cpu.system) / 1000,
    checkBotSpeedup: proof?.gameSeconds && proof.realMs ? proof.gameSeconds / (proof.realMs / 1000) : null,
    beatable: check.value.errors.length === 0 && !!check.value.plan,
    heapGrowthBytes: heap.retainedBytes,
    allocatedBytesPerTick: heap.allocatedBytesPerTick,
  };
}

/** The bot over the campaign: game seconds played per real second, the median of three runs. */
function botSpeedup(levels: BenchLevel[]): number {
  const campaign = levels.filter((l) => l.path.startsWith('levels/'));
  const plans = campaign.map((l) => {
    const level = checkLevelText(l.text, l.path).level!;
    const solved = solveRoute(level);
    return solved.beatable ? { level, plan: solved.plan } : null;
  });
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    let game = 0;
    let real = 0;
    for (const p of plans) {
      if (!p) continue;
      const played = playLevel(p.level, p.plan);
      game += played.gameSeconds;
      real += played.realMs / 1000;
    }
    runs.push(game / real);
  }
  return median(runs);
}

async function measureRenders(bench: RenderBench, level: BenchLevel, figures: LevelFigures): Promise<void> {
  const presets: Record<string, { timing: Timing; scene: SceneFigures }> = {};
  for (const quality of ['low', 'medium', 'high'] as const) presets[quality] = await bench.game(level, quality);
  const anchor = await bench.reference('anchor', level);
  const floor = await bench.reference('floor', level);
  // The default preset is medium; the floor is compared at low, where neither has post-processing or shadows.
  const byDefault = presets.medium!;
  Object.assign(figures, {
    ...byDefault.scene,
    renderMs: byDefault.timing.medianMs,
    renderRange: [byDefault.timing.minMs, byDefault.timing.maxMs],
    presetMs: Object.fromEntries(Object.entries(presets).map(([q, p]) => [q, p.timing.medianMs])),
    anchorRenderMs: anchor.medianMs,
    renderRatio: byDefault.timing.medianMs / anchor.medianMs,
    floorRenderMs: floor.medianMs,
    floorRatio: presets.low!.timing.medianMs / floor.medianMs,
    // The same ratios in Chromium's CPU time per render: SwiftShader draws on the CPU, so a busy machine moves
    // wall times far more than these.
    renderCpuRatio: byDefault.timing.cpuMs / anchor.cpuMs,
    floorCpuRatio: presets.low!.timing.cpuMs / floor.cpuMs,
  });
}

const fmt = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function main(): Promise<number> {
  const levels = benchLevels();
  say(
    `Dreamcycle bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  const results: LevelFigures[] = [];
  for (const level of levels) {
    say(`  engine: ${level.id}…`);
    results.push({
      ...measureEngine(level),
      drawCalls: null,
      triangles: null,
      geometries: null,
      textures: null,
      programs: null,
      renderMs: null,
      renderRange: null,
      presetMs: null,
      anchorRenderMs: null,
      renderRatio: null,
      floorRenderMs: null,
      floorRatio: null,
      renderCpuRatio: null,
      floorCpuRatio: null,
    });
  }
  say('  bot over the campaign…');
  const bot = botSpeedup(levels);

  let bundle: { initialGzipKB: number; lazy: { name: string; gzipKB: number }[] } | null = null;
  let xrDrawCalls: number | null = null;
  let pageHeap: number | null = null;
  if (render) {
    const { measureBundle } = await import('./bench-render');
    const { RenderBench } = await import('./bench/render');
    bundle = measureBundle();
    const bench = await RenderBench.start(quick ? 1 : 3);
    try {
      for (let i = 0; i < levels.length; i++) {
        // The stress level is for the engine and the checker: its games_fps-style anchor (a mesh per cell of eight
        // 128 × 128 floors, and an octree over them) takes minutes to build in the page.
        if (!levels[i]!.path.startsWith('levels/')) continue;
        say(`  render: ${levels[i]!.id}…`);
        await measureRenders(bench, levels[i]!, results[i]!);
      }
      say('  heap over 50 level loads in the page…');
      pageHeap = await bench.heapOverLoads(
        levels.filter((l) => l.path.startsWith('levels/')),
        50,
      );
    } finally {
      await bench.close();
    }
    say('  VR scene…');
    const { measureXrRender } = await import('./bench-xr');
    xrDrawCalls = Math.max(...(await measureXrRender()).map((f) => f.calls));
  }

  const report = {
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    },
    levels: results,
    initialJsGzipKB: bundle?.initialGzipKB ?? null,
    lazyChunks: bundle?.lazy ?? null,
    botSpeedup: bot,
    xrDrawCalls,
    pageHeapGrowthBytes: pageHeap,
    budgets: BUDGET,
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }

  console.log(
    '\n| level | tick median / p95 (ms) | anchor tick (ms) | ×anchor | ready warm / cold (ms) | check wall / cpu (ms) | bot in check (×real) | heap kept (KB) | draw calls | triangles | geometries / textures / programs | frame low / medium / high (ms) | anchor frame (ms) | ×anchor wall / cpu | floor frame (ms) | low ×floor wall / cpu |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.id} | ${r.tickMedianMs.toFixed(4)} / ${r.tickP95Ms.toFixed(4)} | ${r.anchorTickMs.toFixed(4)} | ${r.tickRatio.toFixed(2)} | ${r.readyMs.toFixed(1)} / ${r.readyColdMs.toFixed(1)} | ${r.checkMs.toFixed(0)} / ${r.checkCpuMs.toFixed(0)}${r.beatable ? '' : ' (NOT beatable)'} | ${r.checkBotSpeedup === null ? '—' : r.checkBotSpeedup.toFixed(0)} | ${(r.heapGrowthBytes / 1024).toFixed(0)} | ${r.drawCalls ?? '—'} | ${r.triangles ?? '—'} | ${r.geometries === null ? '—' : `${r.geometries} / ${r.textures} / ${r.programs}`} | ` +
        `${r.presetMs ? `${fmt(r.presetMs.low!)} / ${fmt(r.presetMs.medium!)} / ${fmt(r.presetMs.high!)}` : '—'} | ${fmt(r.anchorRenderMs)} | ${fmt(r.renderRatio, 2)} / ${fmt(r.renderCpuRatio, 2)} | ${fmt(r.floorRenderMs)} | ${fmt(r.floorRatio, 2)} / ${fmt(r.floorCpuRatio, 2)} |`,
    );
  if (bundle) {
    console.log(`\ninitial JavaScript ${bundle.initialGzipKB.toFixed(1)} KB gzip; lazy chunks:`);
    for (const c of bundle.lazy.filter((c) => c.gzipKB >= 1))
      console.log(`  ${c.name.padEnd(48)} ${c.gzipKB.toFixed(1)} KB`);
  }
  console.log(`bot over the campaign: ${bot.toFixed(0)}× real time (median of 3 runs)`);
  if (xrDrawCalls !== null) console.log(`VR scene: at most ${xrDrawCalls} draw calls a frame (both eyes)`);
  if (pageHeap !== null) console.log(`JS heap over 50 level loads in one page: ${(pageHeap / 1e6).toFixed(1)} MB`);

  const campaign = results.filter((r) => !r.id.startsWith('stress'));
  const stress = results.find((r) => r.id.startsWith('stress'))!;
  const largest = campaign.reduce((a, b) => (b.readyMs > a.readyMs ? b : a));
  const coldest = campaign.reduce((a, b) => (b.readyColdMs > a.readyColdMs ? b : a));
  const busiest = campaign.reduce((a, b) => ((b.drawCalls ?? 0) > (a.drawCalls ?? 0) ? b : a));
  const worstTick = [largest, stress].reduce((a, b) => (b.tickMedianMs > a.tickMedianMs ? b : a));
  const worstTickRatio = [largest, stress].reduce((a, b) => (b.tickRatio > a.tickRatio ? b : a));
  const lines: [string, string, boolean | null][] = [
    [
      `draw calls, busiest level (${busiest.id})`,
      `${busiest.drawCalls ?? '—'} ≤ ${BUDGET.drawCalls}`,
      busiest.drawCalls === null ? null : busiest.drawCalls <= BUDGET.drawCalls,
    ],
    [
      `engine tick median (${worstTick.id})`,
      `${worstTick.tickMedianMs.toFixed(4)} ms ≤ ${BUDGET.tickMs}`,
      worstTick.tickMedianMs <= BUDGET.tickMs,
    ],
    [
      `engine tick vs anchor (${worstTickRatio.id})`,
      `${worstTickRatio.tickRatio.toFixed(2)} ≤ ${BUDGET.tickVsAnchor}`,
      worstTickRatio.tickRatio <= BUDGET.tickVsAnchor,
    ],
    [
      `level ready, largest campaign level (${largest.id})`,
      `${largest.readyMs.toFixed(1)} ms ≤ ${BUDGET.readyCampaignMs}`,
      largest.readyMs <= BUDGET.readyCampaignMs,
    ],
    [
      'level ready, stress level',
      `${stress.readyMs.toFixed(0)} ms ≤ ${BUDGET.readyStressMs}`,
      stress.readyMs <= BUDGET.readyStressMs,
    ],
    [
      `level ready, first load of a page, largest campaign level (${coldest.id})`,
      `${coldest.readyColdMs.toFixed(1)} ms ≤ ${BUDGET.readyCampaignMs}`,
      coldest.readyColdMs <= BUDGET.readyCampaignMs,
    ],
    [
      'level ready, first load of a page, stress level',
      `${stress.readyColdMs.toFixed(0)} ms ≤ ${BUDGET.readyStressMs}`,
      stress.readyColdMs <= BUDGET.readyStressMs,
    ],
    ...campaign.map((r): [string, string, boolean | null] => [
      `render vs anchor, medium (${r.id})`,
      `${fmt(r.renderRatio, 2)} ≤ ${BUDGET.renderVsAnchor}`,
      r.renderRatio === null ? null : r.renderRatio <= BUDGET.renderVsAnchor,
    ]),
    ...campaign.map((r): [string, string, boolean | null] => [
      `render vs floor, low (${r.id})`,
      `${fmt(r.floorRatio, 2)} ≤ ${BUDGET.renderVsFloorLow}`,
      r.floorRatio === null ? null : r.floorRatio <= BUDGET.renderVsFloorLow,
    ]),
    [
      'initial JS, gzip',
      `${fmt(bundle?.initialGzipKB ?? null)} KB ≤ ${BUDGET.initialJsKB}`,
      bundle ? bundle.initialGzipKB <= BUDGET.initialJsKB : null,
    ],
    ['bot over the campaign', `${bot.toFixed(0)}× ≥ ${BUDGET.botSpeedup}×`, bot >= BUDGET.botSpeedup],
    ['stress level beaten by the check', stress.beatable ? 'beatable' : 'NOT beatable', stress.beatable],
    [
      'stress level check (solver + bot), wall / cpu',
      `${stress.checkMs.toFixed(0)} / ${stress.checkCpuMs.toFixed(0)} ms ≤ ${BUDGET.stressCheckMs}`,
      stress.checkMs <= BUDGET.stressCheckMs,
    ],
    [
      'bot on the stress level',
      `${fmt(stress.checkBotSpeedup, 0)}× ≥ ${BUDGET.botSpeedup}×`,
      stress.checkBotSpeedup === null ? false : stress.checkBotSpeedup >= BUDGET.botSpeedup,
    ],
    [
      'heap kept over 10,000 ticks (largest level)',
      `${(largest.heapGrowthBytes / 1024).toFixed(0)} KB ~ 0`,
      largest.heapGrowthBytes < 256 * 1024,
    ],
    [
      'VR scene draw calls',
      `${xrDrawCalls ?? '—'} < ${BUDGET.xrDrawCalls}`,
      xrDrawCalls === null ? null : xrDrawCalls < BUDGET.xrDrawCalls,
    ],
  ];
  console.log('\nbudgets:');
  for (const [what, figure, ok] of lines)
    console.log(`  ${ok === null ? 'not measured' : verdict(ok)}  ${what}: ${figure}`);
  return 0;
}

process.exitCode = await main();

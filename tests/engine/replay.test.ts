// A run is its inputs: recorded, saved as JSON and played again, it ends in the same state; on a changed level it
// is refused.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { parseReplay, playReplay, ReplayInput, startRecording, type Replay } from '../../src/engine/replay';
import { levelHash } from '../../src/engine/level-hash';
import { idleInput, type InputSource, type TickInput } from '../../src/engine/tick-input';
import { teleportCheck } from '../../src/engine/teleport';
import { playLevel } from '../../src/bot/play';
import { FRIEND_NAMES, type Level } from '../../src/core/schema';
import { loadLevelFile } from '../helpers';
import { seeded } from '../random';
import { plans } from '../fixtures/levels/plans';

const allFour = loadLevelFile('tests/fixtures/levels/all-four.json');

/** A restless player: new intent every few ticks, every button, every friend key, frames of uneven length. */
function recordRestlessRun(level: Level, seed: number, seconds: number): Replay {
  const engine = new Engine(level);
  const recorder = startRecording(engine);
  const random = seeded(seed);
  let held: TickInput = idleInput();
  const source: InputSource = {
    next() {
      if (random() < 0.15) {
        const a = random() * Math.PI * 2;
        held = {
          moveX: Math.sin(a),
          moveY: Math.cos(a),
          lookYaw: (random() - 0.5) * 0.4,
          lookPitch: (random() - 0.5) * 0.2,
          run: random() < 0.5,
          jump: random() < 0.3,
          skill: random() < 0.3,
          interact: random() < 0.2,
          switchTo: random() < 0.1 ? FRIEND_NAMES[Math.floor(random() * 4)]! : null,
          cycle: random() < 0.05 ? 1 : 0,
          commands: held.commands,
        };
      } else held = { ...held, lookYaw: 0, lookPitch: 0, switchTo: null, cycle: 0 };
      return held;
    },
  };
  while (engine.time < seconds) engine.frame(0.004 + random() * 0.05, source);
  return JSON.parse(JSON.stringify(recorder.toJSON())) as Replay;
}

describe('replays', () => {
  it('a restless run recorded from frames of any length replays headless to the same final state', () => {
    const replay = recordRestlessRun(allFour, 11, 20);
    expect(replay.ticks).toBeGreaterThan(1000);
    const again = parseReplay(JSON.stringify(replay), 'run.json');
    const result = playReplay(again, allFour);
    expect(result.difference).toBeNull();
    expect(result.matches).toBe(true);
    expect(result.engine.snapshot().tick).toBe(replay.ticks);
    // The run did things worth checking: friends moved and switched.
    const start = replay.start.friends.map((f) => f.p);
    expect(replay.final.friends.some((f, i) => Math.hypot(f.p[0] - start[i]![0], f.p[2] - start[i]![2]) > 2)).toBe(
      true,
    );
  });

  it("the bot's run to the exit, recorded, replays to the exit", () => {
    const run = playLevel(allFour, plans['all-four']!, { maxGameSeconds: 60, record: true });
    expect(run.reached).toBe(true);
    const replay = parseReplay(JSON.stringify(run.replay), 'run.json');
    expect(replay.final.status).toBe('complete');
    const result = playReplay(replay, allFour);
    expect(result.matches).toBe(true);
    expect(result.reached).toBe(true);
  });

  it('a VR teleport and an assist skip taken between ticks replay at the same tick to the same state', () => {
    const bedroom = loadLevelFile('levels/01-bedroom.json');
    const engine = new Engine(bedroom);
    const recorder = startRecording(engine);
    const walk: TickInput = { ...idleInput(), moveY: 1 };
    for (let t = 0; t < 40; t++) engine.step(walk);
    // The player points the arc at a cell a few steps off and lets go; later asks to skip to the rug's checkpoint.
    const p = engine.active.position;
    const here = engine.grid.cellOf(p.x, p.z);
    const near = [...Array(49).keys()]
      .map((i) => engine.grid.center(0, here.col + (i % 7) - 3, here.row + Math.floor(i / 7) - 3))
      .filter((c) => Math.hypot(c.x - p.x, c.z - p.z) > 2)
      .find((c) => teleportCheck(engine, c.x, c.z).to !== null)!;
    const verdict = engine.teleportActive(near.x, near.z);
    for (let t = 0; t < 30; t++) engine.step(walk);
    expect(engine.skipPuzzle('cp-rug')).toBe(true);
    for (let t = 0; t < 30; t++) engine.step(idleInput());
    const replay = parseReplay(JSON.stringify(recorder.toJSON()), 'run.json');
    const commands = replay.inputs.flatMap((run) => run[8] ?? []).map((c) => c.kind);
    expect(commands).toEqual(['teleport', 'skip']);
    expect(verdict.to, verdict.reason).not.toBeNull();
    const result = playReplay(replay, bedroom);
    expect(result.difference).toBeNull();
    // Without its commands the same inputs end elsewhere: the commands are what the replay carries.
    const stripped = { ...replay, inputs: replay.inputs.map((run) => run.slice(0, 8) as typeof run) };
    expect(playReplay(stripped, bedroom).matches).toBe(false);
  });

  it('inputs held for many ticks take one entry each', () => {
    const engine = new Engine(allFour);
    const recorder = startRecording(engine);
    for (let t = 0; t < 300; t++) engine.step({ ...idleInput(), moveY: 1, run: t >= 100 });
    const replay = recorder.toJSON();
    expect(replay.ticks).toBe(300);
    expect(replay.inputs.map((r) => r[0])).toEqual([100, 200]);
  });

  it('a replay whose recorded end was altered does not match, and says where', () => {
    const replay = recordRestlessRun(allFour, 12, 5);
    replay.final.friends[0]!.p[1] += 0.001;
    const result = playReplay(replay, allFour);
    expect(result.matches).toBe(false);
    expect(result.difference).toMatch(/^final\.friends\[0\]\.p\[1\]: recorded /);
  });

  it('a replay of a changed level is refused, naming both hashes', () => {
    const replay = recordRestlessRun(allFour, 13, 2);
    const rows = allFour.grid.floors[0]!.rows.map((r, i) => (i === 1 ? r.replace('..', '.#') : r));
    const changed: Level = {
      ...allFour,
      grid: { ...allFour.grid, floors: [{ ...allFour.grid.floors[0]!, rows }] },
    };
    const recorded = levelHash(allFour);
    const now = levelHash(changed);
    expect(now).not.toBe(recorded);
    expect(() => playReplay(replay, changed, 'levels/edited.json')).toThrow(
      new RegExp(`hash ${recorded}.*levels/edited\\.json has content hash ${now}.*level changed`),
    );
  });

  it('the same level written with other whitespace and key order has the same hash', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const reordered = JSON.parse(JSON.stringify(reverse(allFour), null, 7)) as Level;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(allFour)[0]);
    expect(levelHash(reordered)).toBe(levelHash(allFour));
  });

  it('a replay from another engine version is refused', () => {
    const replay = recordRestlessRun(allFour, 14, 1);
    replay.engineVersion += 1;
    expect(() => playReplay(replay, allFour)).toThrow(/engine version .*Record the run again/);
  });

  it('a damaged replay file is refused with where it is damaged', () => {
    const replay = recordRestlessRun(allFour, 15, 1);
    const text = JSON.stringify({ ...replay, inputs: [[0, 0, 0, 0, 0, 0, null, 0]] });
    expect(() => parseReplay(text, 'run.json')).toThrow(/^run\.json: .*inputs\[0\]\[0\]/);
    expect(() => parseReplay('{"format":1', 'run.json')).toThrow(/run\.json: not a replay: the file is not JSON/);
  });
});

describe('a replay played on screen', () => {
  it('fed as the input source of frames of any length, it plays the recorded run to the same end', () => {
    const replay = recordRestlessRun(allFour, 21, 6);
    const engine = new Engine(allFour, { switchGlide: replay.switchGlide });
    const source = new ReplayInput(replay);
    const random = seeded(4);
    while (engine.tick < replay.ticks) {
      // The last frame stops on the last recorded tick, as the game pauses when the replay ends.
      const left = replay.ticks - engine.tick;
      engine.frame(Math.min(0.001 + random() * 0.1, left / 60 - 1e-6), source);
      if (left === 1 && engine.tick < replay.ticks) engine.step(source.next());
    }
    expect(source.done).toBe(true);
    expect(JSON.parse(JSON.stringify(engine.snapshot()))).toEqual(replay.final);
  });
});

// Replays: the engine is deterministic, so a run is its inputs. A replay holds every tick's input (run-length
// encoded), the level's content hash, the engine's version and the state the run ended in; playing the inputs
// again on the same level must end in that same state.
import { z } from 'zod';
import { FRIEND_NAMES, type FriendName, type Level } from '../core/schema';
import { Engine, ENGINE_VERSION, type EngineSnapshot } from './engine';
import { levelHash } from './level-hash';
import { idleInput, NO_COMMANDS, type EngineCommand, type InputSource, type TickInput } from './tick-input';

export const REPLAY_FORMAT = 1;

/**
 * One tick's input, packed: move x, move y, look yaw, look pitch, buttons (run 1, jump 2, skill 4, interact 8),
 * switch, cycle, and the commands applied before the tick (a teleport, a skip) when there were any.
 */
export type PackedInput =
  | [number, number, number, number, number, FriendName | null, number]
  | [number, number, number, number, number, FriendName | null, number, EngineCommand[]];
/** A run of ticks that all had the same input: how many, then the input. */
export type InputRun = [number, ...PackedInput];

export interface Replay {
  format: typeof REPLAY_FORMAT;
  /** The engine's version that recorded it: another version may simulate the same inputs differently. */
  engineVersion: number;
  level: { id: string; title: string; hash: string; file?: string };
  /** The camera glide setting of the run (the camera is not in the snapshots, but a replay on screen uses it). */
  switchGlide: number;
  ticks: number;
  inputs: InputRun[];
  /** The state the run began in (a run resumed from a save does not begin at the level's start). */
  start: EngineSnapshot;
  /** The state the run ended in. */
  final: EngineSnapshot;
}

const RUN = 1;
const JUMP = 2;
const SKILL = 4;
const INTERACT = 8;

function pack(i: TickInput): PackedInput {
  const buttons = (i.run ? RUN : 0) | (i.jump ? JUMP : 0) | (i.skill ? SKILL : 0) | (i.interact ? INTERACT : 0);
  if (i.commands.length === 0) return [i.moveX, i.moveY, i.lookYaw, i.lookPitch, buttons, i.switchTo, i.cycle];
  // A copy as JSON holds it: the deeds of a skip are the solver's objects.
  const commands = JSON.parse(JSON.stringify(i.commands)) as EngineCommand[];
  return [i.moveX, i.moveY, i.lookYaw, i.lookPitch, buttons, i.switchTo, i.cycle, commands];
}

function unpackInto(run: InputRun, out: TickInput): TickInput {
  out.moveX = run[1];
  out.moveY = run[2];
  out.lookYaw = run[3];
  out.lookPitch = run[4];
  out.run = (run[5] & RUN) !== 0;
  out.jump = (run[5] & JUMP) !== 0;
  out.skill = (run[5] & SKILL) !== 0;
  out.interact = (run[5] & INTERACT) !== 0;
  out.switchTo = run[6];
  out.cycle = run[7];
  out.commands = run[8] ?? NO_COMMANDS;
  return out;
}

function sameInput(run: InputRun, i: TickInput): boolean {
  // A command happens once: its tick is a run of its own.
  if (run.length > 8 || i.commands.length > 0) return false;
  const buttons = (i.run ? RUN : 0) | (i.jump ? JUMP : 0) | (i.skill ? SKILL : 0) | (i.interact ? INTERACT : 0);
  return (
    run[1] === i.moveX &&
    run[2] === i.moveY &&
    run[3] === i.lookYaw &&
    run[4] === i.lookPitch &&
    run[5] === buttons &&
    run[6] === i.switchTo &&
    run[7] === i.cycle
  );
}

/** A plain copy of a snapshot as JSON will hold it (so -0 and 0 compare alike). */
function plain(s: EngineSnapshot): EngineSnapshot {
  return JSON.parse(JSON.stringify(s)) as EngineSnapshot;
}

/** Records every input an engine ticks with, from whatever source (keyboard, bot, test). */
export class ReplayRecorder {
  private readonly engine: Engine;
  private readonly runs: InputRun[] = [];
  private readonly start: EngineSnapshot;
  private readonly file: string | undefined;
  private stopped = false;

  constructor(engine: Engine, file?: string) {
    if (engine.inputTap) throw new Error('this engine is already being recorded: stop that recording first');
    this.engine = engine;
    this.file = file;
    this.start = plain(engine.snapshot());
    engine.inputTap = (input) => this.push(input);
  }

  /** Ticks recorded so far. */
  get ticks(): number {
    let n = 0;
    for (const r of this.runs) n += r[0];
    return n;
  }

  /** Stops listening to the engine; the replay recorded so far can still be taken. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.engine.inputTap) this.engine.inputTap = null;
  }

  /** The run so far, ending in the engine's state now. */
  toJSON(): Replay {
    const level = this.engine.level;
    const replay: Replay = {
      format: REPLAY_FORMAT,
      engineVersion: ENGINE_VERSION,
      level: { id: level.id, title: level.title, hash: levelHash(level) },
      switchGlide: this.engine.camera.glideSeconds,
      ticks: this.ticks,
      inputs: this.runs.map((r) => [...r] as InputRun),
      start: this.start,
      final: plain(this.engine.snapshot()),
    };
    if (this.file !== undefined) replay.level.file = this.file;
    return replay;
  }

  private push(input: TickInput): void {
    const last = this.runs[this.runs.length - 1];
    if (last && sameInput(last, input)) last[0]++;
    else this.runs.push([1, ...pack(input)]);
  }
}

const recordings = new WeakMap<Engine, ReplayRecorder>();

/** Starts recording an engine's run; `recorder.toJSON()` is the replay to save (JSON.stringify it). */
export function startRecording(engine: Engine, file?: string): ReplayRecorder {
  const recorder = new ReplayRecorder(engine, file);
  recordings.set(engine, recorder);
  return recorder;
}

/** The recording of this engine's run, if one was started (the pause menu's "Save replay" reads it). */
export function recordingOf(engine: Engine): ReplayRecorder | null {
  return recordings.get(engine) ?? null;
}

/** Feeds a replay's inputs back, tick by tick; idle input once they are all played. */
export class ReplayInput implements InputSource {
  private runIndex = 0;
  private left = 0;
  private readonly current = idleInput();
  private readonly idle = idleInput();
  private readonly noLook = { yaw: 0, pitch: 0 };

  constructor(private readonly replay: Replay) {}

  /** Every recorded tick has been played. */
  get done(): boolean {
    return this.left === 0 && this.runIndex >= this.replay.inputs.length;
  }

  next(): TickInput {
    if (this.left === 0) {
      const run = this.replay.inputs[this.runIndex];
      if (!run) return this.idle;
      this.runIndex++;
      this.left = run[0];
      unpackInto(run, this.current);
    }
    this.left--;
    return this.current;
  }

  /** A replay has no mouse between ticks (so the game's camera can use it like the keyboard's source). */
  pendingLook(): { yaw: number; pitch: number } {
    return this.noLook;
  }
}

/** Why a replay cannot be played on a level, in words a person acts on; null when it can. */
export function replayRefusal(replay: Replay, level: Level, levelName = `level "${level.id}"`): string | null {
  if (replay.engineVersion !== ENGINE_VERSION)
    return (
      `this replay was recorded by engine version ${replay.engineVersion}, and this is version ${ENGINE_VERSION}: ` +
      'the same inputs may play differently, so it cannot be checked. Record the run again with this version.'
    );
  const hash = levelHash(level);
  if (replay.level.hash !== hash)
    return (
      `this replay was recorded on level "${replay.level.id}" with content hash ${replay.level.hash}, but ` +
      `${levelName} has content hash ${hash}: the level changed since the run was recorded (or it is another ` +
      'level), so its inputs would play a different game. Play the level again and record a new replay.'
    );
  return null;
}

export interface ReplayResult {
  /** The replay ended in exactly the recorded state. */
  matches: boolean;
  /** Where the states first differ ("friends[0].p[1]: recorded 1.2, replayed 1.3"), or null. */
  difference: string | null;
  /** The run reached the exit. */
  reached: boolean;
  engine: Engine;
}

/** Plays a replay headless on its level and compares the end with the recorded end. Throws the refusal. */
export function playReplay(replay: Replay, level: Level, levelName?: string): ReplayResult {
  const refusal = replayRefusal(replay, level, levelName);
  if (refusal) throw new Error(refusal);
  const engine = new Engine(level, { switchGlide: replay.switchGlide });
  const startDiff = difference(replay.start, plain(engine.snapshot()), 'start');
  if (startDiff)
    throw new Error(
      `this replay does not begin at the level's start (${startDiff}): it was recorded from a resumed or changed ` +
        'game, which a replay cannot reproduce.',
    );
  const source = new ReplayInput(replay);
  for (let t = 0; t < replay.ticks; t++) engine.step(source.next());
  const diff = difference(replay.final, plain(engine.snapshot()), 'final');
  return { matches: diff === null, difference: diff, reached: engine.status === 'complete', engine };
}

/** The first place two plain values differ, as a path with both values; null when they are equal. */
export function difference(recorded: unknown, replayed: unknown, path: string): string | null {
  if (recorded === replayed) return null;
  if (typeof recorded !== 'object' || typeof replayed !== 'object' || recorded === null || replayed === null)
    return `${path}: recorded ${JSON.stringify(recorded)}, replayed ${JSON.stringify(replayed)}`;
  if (Array.isArray(recorded) !== Array.isArray(replayed)) return `${path}: recorded and replayed differ in kind`;
  const a = recorded as Record<string, unknown>;
  const b = replayed as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = difference(a[k], b[k], Array.isArray(recorded) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

const cellRef = z.object({ floor: z.number().int(), col: z.number().int(), row: z.number().int() });
const command = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('teleport'), x: z.number(), z: z.number() }),
  // The deeds are the solver's plan steps; the engine reads the cells and names it needs from them.
  z.object({
    kind: z.literal('skip'),
    checkpoint: z.string(),
    deeds: z.array(
      z.looseObject({ kind: z.string(), friend: z.enum(FRIEND_NAMES).optional(), from: cellRef.optional() }),
    ),
  }),
]);
const packedInput = z
  .tuple([
    z.number().int().positive(),
    z.number(),
    z.number(),
    z.number(),
    z.number(),
    z.number().int().min(0).max(15),
    z.enum(FRIEND_NAMES).nullable(),
    z.number().int().min(-1).max(1),
  ])
  .rest(z.array(command).min(1))
  .refine((run) => run.length <= 9, 'a tick holds its input and at most one list of commands');

const replaySchema = z.object({
  format: z.literal(REPLAY_FORMAT),
  engineVersion: z.number().int(),
  level: z.object({ id: z.string(), title: z.string(), hash: z.string(), file: z.string().optional() }),
  switchGlide: z.number().min(0),
  ticks: z.number().int().min(0),
  inputs: z.array(packedInput),
  start: z.record(z.string(), z.unknown()),
  final: z.record(z.string(), z.unknown()),
});

/** Reads a replay file's text; errors say what is wrong and where (`file: inputs[3][0]: …`). */
export function parseReplay(text: string, file = 'replay'): Replay {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not a replay: the file is not JSON (${(e as Error).message})`, { cause: e });
  }
  const parsed = replaySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top)';
    throw new Error(`${file}: not a replay this game can read: ${where.replace(/^\./, '')}: ${issue.message}`);
  }
  const replay = parsed.data as unknown as Replay;
  const counted = replay.inputs.reduce((n, r) => n + r[0], 0);
  if (counted !== replay.ticks)
    throw new Error(
      `${file}: the replay says ${replay.ticks} ticks but its inputs hold ${counted}: the file is damaged`,
    );
  return replay;
}

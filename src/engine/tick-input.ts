// What the engine takes each tick: the player's intent, already turned into actions by src/input
// (keyboard and mouse now; gamepad and XR controllers feed the same shape).
import type { FriendName } from '../core/schema';
import type { PlanStep } from '../core/plan';

/**
 * What the player does to the dream that is not a button held: a VR teleport, an assist skip. The engine applies it
 * between ticks and hands it to its input tap with the next tick's input, so a replay gives it back at the same tick.
 */
export type EngineCommand =
  { kind: 'teleport'; x: number; z: number } | { kind: 'skip'; checkpoint: string; deeds: readonly PlanStep[] };

/** The commands of a tick with none, shared so that idle input allocates nothing. */
export const NO_COMMANDS: readonly EngineCommand[] = Object.freeze([]);

export interface TickInput {
  /** Strafe (-1 left … 1 right) and forward (-1 back … 1 forward), length ≤ 1. */
  moveX: number;
  moveY: number;
  /** Turn since the last tick, radians: yaw left is positive, pitch up is positive. */
  lookYaw: number;
  lookPitch: number;
  run: boolean;
  /** Held states of the buttons; presses are counted by the engine from their edges. */
  jump: boolean;
  skill: boolean;
  interact: boolean;
  /** Take control of this friend this tick (each friend keeps one key in every level: Mia 1 … Leo 4), or null. */
  switchTo: FriendName | null;
  /** Cycle friends this tick: 1 next, -1 previous, 0 none. */
  cycle: number;
  /** Commands applied before this tick (a replay's teleports and skips), in order; usually NO_COMMANDS. */
  commands: readonly EngineCommand[];
}

export function idleInput(): TickInput {
  return {
    moveX: 0,
    moveY: 0,
    lookYaw: 0,
    lookPitch: 0,
    run: false,
    jump: false,
    skill: false,
    interact: false,
    switchTo: null,
    cycle: 0,
    commands: NO_COMMANDS,
  };
}

/** Where a frame's ticks get their input: the browser's action state, a bot, a replay or a test. */
export interface InputSource {
  /** The input for the next tick. Called once per tick; one-shot parts (look, switch) are consumed. */
  next(): TickInput;
}

// The game's actions and the state every device writes into. Keyboard and mouse feed it now; a gamepad or an XR
// controller presses the same actions with its own control names ("Pad0:A", "XR:right-trigger"), so the engine
// never learns which device a press came from.
import { FRIEND_NAMES, type FriendName } from '../core/schema';
import { idleInput, type TickInput } from '../engine/tick-input';

export type Action =
  | 'forward'
  | 'back'
  | 'left'
  | 'right'
  | 'run'
  | 'jump'
  | 'interact'
  | 'skill'
  | 'friend1'
  | 'friend2'
  | 'friend3'
  | 'friend4'
  | 'next'
  | 'previous'
  | 'pause';

export const ACTIONS: readonly Action[] = [
  'forward',
  'back',
  'left',
  'right',
  'run',
  'jump',
  'interact',
  'skill',
  'friend1',
  'friend2',
  'friend3',
  'friend4',
  'next',
  'previous',
  'pause',
];

/** What each action is called on the controls screen. */
export const ACTION_LABEL: Readonly<Record<Action, string>> = {
  forward: 'Move forward',
  back: 'Move back',
  left: 'Step left',
  right: 'Step right',
  run: 'Run',
  jump: 'Jump',
  interact: 'Interact',
  skill: 'Use skill',
  friend1: 'Friend 1',
  friend2: 'Friend 2',
  friend3: 'Friend 3',
  friend4: 'Friend 4',
  next: 'Next friend',
  previous: 'Previous friend',
  pause: 'Pause',
};

/**
 * Controls bound to each action. Keys are `KeyboardEvent.code` names (the key's place, not its letter, so WASD is
 * WASD on AZERTY too); mouse buttons are `Mouse0` (left), `Mouse1` (middle), `Mouse2` (right).
 * Looking is the mouse's movement (or a stick later), not a binding.
 */
export type Bindings = Record<Action, string[]>;

export const DEFAULT_BINDINGS: Readonly<Bindings> = {
  forward: ['KeyW', 'ArrowUp'],
  back: ['KeyS', 'ArrowDown'],
  left: ['KeyA', 'ArrowLeft'],
  right: ['KeyD', 'ArrowRight'],
  run: ['ShiftLeft', 'ShiftRight'],
  jump: ['Space'],
  interact: ['KeyE'],
  skill: ['Mouse0'],
  friend1: ['Digit1', 'Numpad1'],
  friend2: ['Digit2', 'Numpad2'],
  friend3: ['Digit3', 'Numpad3'],
  friend4: ['Digit4', 'Numpad4'],
  next: ['Tab', 'KeyQ'],
  previous: [],
  pause: ['Escape'],
};

/** A copy of the defaults with some actions rebound. */
export function withBindings(changes: Partial<Bindings>, base: Readonly<Bindings> = DEFAULT_BINDINGS): Bindings {
  const out = {} as Bindings;
  for (const action of ACTIONS) out[action] = [...(changes[action] ?? base[action])];
  return out;
}

/** Control name → the actions it triggers (one control may serve several actions). */
export function controlIndex(bindings: Readonly<Bindings>): Map<string, Action[]> {
  const index = new Map<string, Action[]>();
  for (const action of ACTIONS) {
    for (const control of bindings[action]) {
      const list = index.get(control);
      if (list) list.push(action);
      else index.set(control, [action]);
    }
  }
  return index;
}

/** Actions that happen once per press rather than while held: they are queued until a tick takes them. */
const ONE_SHOT: ReadonlySet<Action> = new Set([
  'friend1',
  'friend2',
  'friend3',
  'friend4',
  'next',
  'previous',
  'pause',
]);

/** Presses waiting for a tick; more than this and the oldest are dropped (a player mashing keys during a hitch). */
const MAX_QUEUED_SHOTS = 4;

type Shot = { switchTo: FriendName } | { cycle: 1 | -1 };

/**
 * Held actions, analog axes and look turned since the last tick, written by any device and read once per engine
 * tick with `next()`. A control held on two devices counts until both let go.
 */
export class ActionState {
  /** Control (e.g. "KeyW") → the actions it holds down now. */
  private readonly held = new Map<string, Action[]>();
  /** Actions pressed since the last tick, so a tap shorter than a tick still reaches the engine. */
  private readonly tapped = new Set<Action>();
  private readonly shots: Shot[] = [];
  private lookYaw = 0;
  private lookPitch = 0;
  /** Analog movement from a stick (-1…1), added to the keys' digital movement. */
  axisX = 0;
  axisY = 0;
  /** Called when pause is pressed (the UI decides what pausing means). */
  onPause: (() => void) | null = null;

  /** A control went down. Returns whether it held anything new (a key repeat does not). */
  press(control: string, actions: readonly Action[]): boolean {
    if (this.held.has(control) || actions.length === 0) return false;
    this.held.set(control, [...actions]);
    for (const action of actions) {
      this.tapped.add(action);
      this.shoot(action);
    }
    return true;
  }

  release(control: string): void {
    this.held.delete(control);
  }

  /** Lets go of everything (focus lost, pointer lock lost, paused). */
  releaseAll(): void {
    this.held.clear();
    this.tapped.clear();
    this.axisX = 0;
    this.axisY = 0;
  }

  /** Forgets everything, queued switches and unused turn too (the game was paused). */
  clear(): void {
    this.releaseAll();
    this.shots.length = 0;
    this.lookYaw = 0;
    this.lookPitch = 0;
  }

  isHeld(action: Action): boolean {
    for (const actions of this.held.values()) if (actions.includes(action)) return true;
    return false;
  }

  /** Turn to add to the next tick, radians: yaw left positive, pitch up positive. */
  addLook(yaw: number, pitch: number): void {
    this.lookYaw += yaw;
    this.lookPitch += pitch;
  }

  /** Turn not yet taken by a tick: the camera may show it at once so looking feels immediate. */
  pendingLook(): { yaw: number; pitch: number } {
    return { yaw: this.lookYaw, pitch: this.lookPitch };
  }

  /** The input for one engine tick; consumes the look, taps and at most one queued friend switch. */
  next(): TickInput {
    const input = idleInput();
    const on = (a: Action) => this.tapped.has(a) || this.isHeld(a);
    let x = (on('right') ? 1 : 0) - (on('left') ? 1 : 0) + this.axisX;
    let y = (on('forward') ? 1 : 0) - (on('back') ? 1 : 0) + this.axisY;
    const length = Math.hypot(x, y);
    if (length > 1) {
      x /= length;
      y /= length;
    }
    input.moveX = x;
    input.moveY = y;
    input.run = on('run');
    input.jump = on('jump');
    input.skill = on('skill');
    input.interact = on('interact');
    input.lookYaw = this.lookYaw;
    input.lookPitch = this.lookPitch;
    this.lookYaw = 0;
    this.lookPitch = 0;
    this.tapped.clear();
    const shot = this.shots.shift();
    if (shot && 'switchTo' in shot) input.switchTo = shot.switchTo;
    else if (shot) input.cycle = shot.cycle;
    return input;
  }

  private shoot(action: Action): void {
    if (!ONE_SHOT.has(action)) return;
    if (action === 'pause') {
      this.onPause?.();
      return;
    }
    const shot: Shot =
      action === 'next'
        ? { cycle: 1 }
        : action === 'previous'
          ? { cycle: -1 }
          : { switchTo: FRIEND_NAMES[Number(action.slice(-1)) - 1]! };
    this.shots.push(shot);
    if (this.shots.length > MAX_QUEUED_SHOTS) this.shots.shift();
  }
}

// The game's actions and the state every device writes into. Keyboard and mouse, the gamepad and XR controllers
// press the same actions with their own control names ("KeyW", "Mouse0", "PadA", "XR:right-trigger"), so the
// engine never learns which device a press came from.
import { FRIEND_NAMES, type FriendName } from '../core/schema';
import { idleInput, type TickInput } from '../engine/tick-input';
import { KEY_LOOK, TICK } from '../core/tuning';

export type Action =
  | 'forward'
  | 'back'
  | 'left'
  | 'right'
  | 'lookLeft'
  | 'lookRight'
  | 'lookUp'
  | 'lookDown'
  | 'run'
  | 'autoWalk'
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
  'lookLeft',
  'lookRight',
  'lookUp',
  'lookDown',
  'run',
  'autoWalk',
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
  lookLeft: 'Turn left',
  lookRight: 'Turn right',
  lookUp: 'Look up',
  lookDown: 'Look down',
  run: 'Run',
  autoWalk: 'Auto-walk',
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
 * WASD on AZERTY too), `Shift+Tab` for a key pressed with Shift; mouse buttons are `Mouse0` (left), `Mouse1`
 * (middle), `Mouse2` (right); gamepad buttons are `Pad` + their standard-mapping name (PAD_BUTTONS).
 * Looking and moving are also the mouse's movement and the sticks, which are not bindings.
 */
export type Bindings = Record<Action, string[]>;

export const DEFAULT_BINDINGS: Readonly<Bindings> = {
  forward: ['KeyW', 'ArrowUp'],
  back: ['KeyS', 'ArrowDown'],
  left: ['KeyA', 'ArrowLeft'],
  right: ['KeyD', 'ArrowRight'],
  // Looking with keys, so the game plays with the keyboard alone (the mouse and the right stick look too).
  lookLeft: ['KeyJ'],
  lookRight: ['KeyL'],
  lookUp: ['KeyI'],
  lookDown: ['KeyK'],
  run: ['ShiftLeft', 'ShiftRight', 'PadB', 'PadLS'],
  autoWalk: ['KeyF', 'PadY'],
  jump: ['Space', 'PadA'],
  interact: ['KeyE', 'PadX'],
  skill: ['Mouse0', 'KeyR', 'PadRT'],
  friend1: ['Digit1', 'Numpad1', 'PadUp'],
  friend2: ['Digit2', 'Numpad2', 'PadRight'],
  friend3: ['Digit3', 'Numpad3', 'PadDown'],
  friend4: ['Digit4', 'Numpad4', 'PadLeft'],
  next: ['Tab', 'KeyQ', 'PadRB'],
  previous: ['Shift+Tab', 'PadLB'],
  pause: ['Escape', 'PadStart'],
};

/** The standard-mapping gamepad's buttons by index (https://w3c.github.io/gamepad/#remapping). */
export const PAD_BUTTONS = [
  'PadA',
  'PadB',
  'PadX',
  'PadY',
  'PadLB',
  'PadRB',
  'PadLT',
  'PadRT',
  'PadSelect',
  'PadStart',
  'PadLS',
  'PadRS',
  'PadUp',
  'PadDown',
  'PadLeft',
  'PadRight',
  'PadHome',
] as const;

export type Device = 'keyboard' | 'mouse' | 'gamepad';

export function deviceOf(control: string): Device {
  if (control.startsWith('Pad')) return 'gamepad';
  if (control.startsWith('Mouse')) return 'mouse';
  return 'keyboard';
}

/** Actions that never share a control with another: what they do would fight (e.g. one key both jumps and pauses). */
export interface Conflict {
  control: string;
  actions: Action[];
}

/**
 * Controls bound to more than one action. Each friend's key and next/previous are separate actions, so any control
 * on two actions is a conflict the player should see and resolve.
 */
export function conflicts(bindings: Readonly<Bindings>): Conflict[] {
  const out: Conflict[] = [];
  for (const [control, actions] of controlIndex(bindings)) {
    if (actions.length > 1) out.push({ control, actions });
  }
  return out;
}

/**
 * Binds `control` to `action` on its device, replacing the control in `slot` of that device's list (or adding it).
 * A control already on another action stays there: the conflict is shown, and `resolve` decides.
 */
export function bind(bindings: Readonly<Bindings>, action: Action, control: string, slot: number): Bindings {
  const out = withBindings({}, bindings);
  const device = deviceKind(control);
  const list = out[action].filter((c) => c !== control);
  const same = list.filter((c) => deviceKind(c) === device);
  if (slot < same.length) list[list.indexOf(same[slot]!)] = control;
  else list.push(control);
  out[action] = list;
  return out;
}

/** Takes `control` off every action but `keep`: the player chose which action keeps it. */
export function resolveConflict(bindings: Readonly<Bindings>, control: string, keep: Action): Bindings {
  const out = withBindings({}, bindings);
  for (const action of ACTIONS) if (action !== keep) out[action] = out[action].filter((c) => c !== control);
  return out;
}

/** Takes one control off one action. */
export function unbind(bindings: Readonly<Bindings>, action: Action, control: string): Bindings {
  const out = withBindings({}, bindings);
  out[action] = out[action].filter((c) => c !== control);
  return out;
}

/** Keyboard and mouse share the player's hand slots on the controls screen; the gamepad has its own. */
export function deviceKind(control: string): 'keys' | 'gamepad' {
  return deviceOf(control) === 'gamepad' ? 'gamepad' : 'keys';
}

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
  'autoWalk',
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
  /** Multiplies how fast the look keys turn (the mouse sensitivity setting). */
  keyLookSensitivity = 1;
  /** Run is a switch: one press starts running, the next stops (nothing to hold). */
  toggleRun = false;
  private runLatched = false;
  private walkingOn = false;

  /** Whether auto-walk carries the friend forward now (pressed once, walks until pressed again or back). */
  get autoWalking(): boolean {
    return this.walkingOn;
  }

  /** Ends auto-walk (the player pulled the stick back). */
  stopAutoWalk(): void {
    this.walkingOn = false;
  }

  /** Whether the friend runs now, held or toggled. */
  get running(): boolean {
    return this.toggleRun ? this.runLatched : this.isHeld('run');
  }

  /** A control went down. Returns whether it held anything new (a key repeat does not). */
  press(control: string, actions: readonly Action[]): boolean {
    if (this.held.has(control) || actions.length === 0) return false;
    this.held.set(control, [...actions]);
    for (const action of actions) {
      this.tapped.add(action);
      if (action === 'run' && this.toggleRun) this.runLatched = !this.runLatched;
      if (action === 'back') this.walkingOn = false;
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
    this.walkingOn = false;
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
    if (this.walkingOn) y = Math.max(y, 1);
    const length = Math.hypot(x, y);
    if (length > 1) {
      x /= length;
      y /= length;
    }
    input.moveX = x;
    input.moveY = y;
    input.run = this.toggleRun ? this.runLatched : on('run');
    input.jump = on('jump');
    input.skill = on('skill');
    input.interact = on('interact');
    // Keys turn at a steady rate, sensitivity applied like the mouse's.
    const turn = KEY_LOOK.speed * this.keyLookSensitivity * TICK;
    input.lookYaw = this.lookYaw + ((on('lookLeft') ? 1 : 0) - (on('lookRight') ? 1 : 0)) * turn;
    input.lookPitch = this.lookPitch + ((on('lookUp') ? 1 : 0) - (on('lookDown') ? 1 : 0)) * turn;
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
    if (action === 'autoWalk') {
      this.walkingOn = !this.walkingOn;
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

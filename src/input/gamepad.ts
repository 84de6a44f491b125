// A standard-mapping gamepad into the game's actions, read once per frame (the Gamepad API has no events for
// buttons). While playing: the left stick moves, the right stick looks, buttons press their bound actions in the
// same ActionState the keyboard writes. In menus: the d-pad or left stick moves the focus, A activates, B goes
// back, Start pauses or resumes — so every menu works with the gamepad alone.
import { PAD } from '../core/tuning';
import { controlIndex, DEFAULT_BINDINGS, PAD_BUTTONS, type ActionState, type Bindings } from './actions';
import type { EventTargetLike } from './desktop';

export interface PadSettings {
  padSensitivity: number;
  padInvertY: boolean;
  /** Radial dead zone, 0…<1 of the stick's reach. */
  padDeadZone: number;
}

export type MenuDirection = 'up' | 'down' | 'left' | 'right';

/** What the gamepad does in a menu; focus-nav gives it. */
export interface MenuNavigator {
  move(direction: MenuDirection): void;
  /** A: press the focused control. */
  activate(): void;
  /** B: back out of the open dialog (close it, or resume from the pause menu). */
  back(): void;
  /** Start: open or close the pause menu. */
  start(): void;
}

/** The parts of a `Gamepad` read here, so tests hand in plain objects. */
export interface PadLike {
  index: number;
  mapping: string;
  connected: boolean;
  axes: readonly number[];
  buttons: readonly { pressed: boolean; value: number }[];
}

export interface GamepadInputOptions {
  actions: ActionState;
  settings: () => PadSettings;
  /** 'play' feeds the actions, 'menu' moves the focus. */
  mode: () => 'play' | 'menu';
  menu?: MenuNavigator;
  /** Called on any use of a pad, so prompts name the pad's buttons. */
  onUse?: () => void;
  bindings?: Readonly<Bindings>;
  getGamepads?: () => readonly (PadLike | null)[];
  window?: EventTargetLike;
  /** Calls `poll` every frame; tests leave it out and call `poll` themselves. */
  frames?: { request(fn: (ms: number) => void): number; cancel(id: number): void };
}

export interface GamepadInput {
  /** Reads every pad once: call once per frame with the frame's seconds. */
  poll(seconds: number): void;
  setBindings(bindings: Readonly<Bindings>): void;
  /** Pads seen, by index (connected and standard mapping or not). */
  readonly connected: number;
  dispose(): void;
}

const scratch = { x: 0, y: 0 };

/**
 * Radial dead zone: a stick within `deadZone` of its centre reads (0, 0); beyond, its length is rescaled so the
 * edge of the dead zone is 0 and full tilt is 1, keeping its direction (a square dead zone would snap diagonals).
 */
export function radialDeadZone(x: number, y: number, deadZone: number, out = { x: 0, y: 0 }): { x: number; y: number } {
  const length = Math.hypot(x, y);
  if (length <= deadZone || length === 0) {
    out.x = 0;
    out.y = 0;
    return out;
  }
  const scaled = Math.min(1, (Math.min(length, 1) - deadZone) / (1 - deadZone));
  out.x = (x / length) * scaled;
  out.y = (y / length) * scaled;
  return out;
}

function pressedNow(button: { pressed: boolean; value: number } | undefined): boolean {
  return !!button && (button.pressed || button.value > PAD.triggerPress);
}

/** Menu directions from the d-pad (buttons 12–15) and the left stick. */
function menuDirection(pad: PadLike): MenuDirection | null {
  if (pressedNow(pad.buttons[12])) return 'up';
  if (pressedNow(pad.buttons[13])) return 'down';
  if (pressedNow(pad.buttons[14])) return 'left';
  if (pressedNow(pad.buttons[15])) return 'right';
  const x = pad.axes[0] ?? 0;
  const y = pad.axes[1] ?? 0;
  if (Math.max(Math.abs(x), Math.abs(y)) < PAD.menuStick) return null;
  if (Math.abs(y) >= Math.abs(x)) return y < 0 ? 'up' : 'down';
  return x < 0 ? 'left' : 'right';
}

const A = 0;
const B = 1;
const START = 9;

export function createGamepadInput(options: GamepadInputOptions): GamepadInput {
  const { actions } = options;
  const getPads =
    options.getGamepads ??
    (() => (typeof navigator !== 'undefined' && navigator.getGamepads ? navigator.getGamepads() : []));
  let index = controlIndex(options.bindings ?? DEFAULT_BINDINGS);
  /** Per pad index: which buttons were down at the last poll (presses are their edges). */
  const wasDown = new Map<number, { before: boolean[]; down: boolean[] }>();
  /** The menu direction held, and when it moves the focus again. */
  let held: MenuDirection | null = null;
  let repeatIn = 0;
  let lastMode: 'play' | 'menu' | null = null;
  let seen = 0;

  function control(pad: PadLike, button: number): string {
    return `${PAD_BUTTONS[button] ?? `PadButton${button}`}@${pad.index}`;
  }

  function releasePad(pad: PadLike): void {
    for (let b = 0; b < pad.buttons.length; b++) actions.release(control(pad, b));
  }

  function pollPlay(pad: PadLike, seconds: number, down: boolean[], before: boolean[]): void {
    const settings = options.settings();
    const move = radialDeadZone(pad.axes[0] ?? 0, pad.axes[1] ?? 0, settings.padDeadZone, scratch);
    actions.axisX += move.x;
    // Stick up reads negative; forward is positive.
    actions.axisY -= move.y;
    if (move.y > PAD.stopAutoWalk) actions.stopAutoWalk();
    const look = radialDeadZone(pad.axes[2] ?? 0, pad.axes[3] ?? 0, settings.padDeadZone, scratch);
    const k = PAD.lookSpeed * settings.padSensitivity * seconds;
    // Stick right turns right (yaw left is positive); stick up (negative) looks up unless inverted.
    actions.addLook(-look.x * k, (settings.padInvertY ? look.y : -look.y) * k);
    for (let b = 0; b < down.length; b++) {
      if (down[b] === (before[b] ?? false)) continue;
      const name = control(pad, b);
      if (down[b]) actions.press(name, index.get(PAD_BUTTONS[b] ?? '') ?? []);
      else actions.release(name);
    }
  }

  function pollMenu(pad: PadLike, down: boolean[], before: boolean[]): void {
    const menu = options.menu;
    if (!menu) return;
    const edge = (b: number) => !!down[b] && !before[b];
    if (edge(A)) menu.activate();
    if (edge(B)) menu.back();
    if (edge(START)) menu.start();
  }

  function poll(seconds: number): void {
    const mode = options.mode();
    if (mode !== lastMode) {
      // Entering or leaving play: a stick or button still held from before does not carry over.
      for (const pad of getPads()) if (pad) releasePad(pad);
      held = null;
      lastMode = mode;
    }
    // Sticks are summed over pads each frame; the keyboard's own axis is never set, so starting at 0 is right.
    actions.axisX = 0;
    actions.axisY = 0;
    let direction: MenuDirection | null = null;
    let used = false;
    for (const pad of getPads()) {
      if (!pad || !pad.connected || pad.mapping !== 'standard') continue;
      let state = wasDown.get(pad.index);
      if (!state) wasDown.set(pad.index, (state = { before: [], down: [] }));
      // Swap the two arrays instead of allocating: last poll's `down` is this poll's `before`.
      const before = state.down;
      const down = state.before;
      state.before = before;
      state.down = down;
      down.length = pad.buttons.length;
      for (let b = 0; b < pad.buttons.length; b++) {
        down[b] = pressedNow(pad.buttons[b]);
        if (down[b] !== (before[b] ?? false)) used = true;
      }
      if (mode === 'play') pollPlay(pad, seconds, down, before);
      else {
        pollMenu(pad, down, before);
        direction ??= menuDirection(pad);
      }
      for (const a of pad.axes) if (Math.abs(a) > PAD.menuStick) used = true;
    }
    if (used) options.onUse?.();
    if (mode === 'menu') stepMenu(direction, seconds);
  }

  /** One move per push; holding repeats after a delay (never needed: every push moves once). */
  function stepMenu(direction: MenuDirection | null, seconds: number): void {
    if (!direction) {
      held = null;
      return;
    }
    if (direction !== held) {
      held = direction;
      repeatIn = PAD.menuRepeatDelay;
      options.menu?.move(direction);
      return;
    }
    repeatIn -= seconds;
    if (repeatIn <= 0) {
      repeatIn = PAD.menuRepeat;
      options.menu?.move(direction);
    }
  }

  const onConnect = () => {
    seen++;
    options.onUse?.();
  };
  const onDisconnect = (e: { gamepad?: PadLike }) => {
    const pad = e.gamepad;
    if (!pad) return;
    releasePad(pad);
    wasDown.delete(pad.index);
  };
  const win = options.window;
  win?.addEventListener('gamepadconnected', onConnect);
  win?.addEventListener('gamepaddisconnected', onDisconnect);

  let frame = 0;
  let last = 0;
  const loop = (ms: number) => {
    const seconds = last ? Math.min(PAD.menuRepeatDelay, (ms - last) / 1000) : 0;
    last = ms;
    poll(seconds);
    frame = options.frames!.request(loop);
  };
  if (options.frames) frame = options.frames.request(loop);

  return {
    poll,
    setBindings(bindings) {
      index = controlIndex(bindings);
    },
    get connected() {
      return seen;
    },
    dispose() {
      if (options.frames) options.frames.cancel(frame);
      win?.removeEventListener('gamepadconnected', onConnect);
      win?.removeEventListener('gamepaddisconnected', onDisconnect);
      for (const pad of getPads()) if (pad) releasePad(pad);
    },
  };
}

// Keyboard and mouse into the game's actions. Keys are read by `event.code`, so the layout does not matter.
//
// Looking: with pointer lock, every mouse movement turns. A browser may refuse pointer lock (headless Chromium,
// an iframe, a user who said no): then the game still plays and looking works by dragging — move the mouse with a
// button held over the game (the right button drags without using the skill). Every click on the game asks for
// the lock again, so a player who lost it gets it back by clicking.
import type { InputSource, TickInput } from '../engine/tick-input';
import { ActionState, controlIndex, DEFAULT_BINDINGS, type Action, type Bindings } from './actions';

/** Radians turned per pixel of mouse movement at sensitivity 1. */
export const LOOK_RADIANS_PER_PIXEL = 0.0022;

export interface LookSettings {
  /** Multiplies LOOK_RADIANS_PER_PIXEL. */
  mouseSensitivity: number;
  invertY: boolean;
}

/** The few parts of the page the desktop input listens to, so tests can hand in small fakes. */
export interface EventTargetLike {
  addEventListener(type: string, listener: (event: never) => void, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: string, listener: (event: never) => void, options?: boolean | EventListenerOptions): void;
}

export interface PointerLockDocument extends EventTargetLike {
  pointerLockElement: unknown;
  visibilityState?: string;
  exitPointerLock?: () => void;
}

export interface LockableElement extends EventTargetLike {
  requestPointerLock?: () => unknown;
}

export interface DesktopInputOptions {
  bindings?: Readonly<Bindings>;
  /** Read on every mouse movement, so changed settings apply at once. */
  look?: () => LookSettings;
  /** Esc pressed, or pointer lock lost while playing. */
  onPause?: () => void;
  window?: EventTargetLike;
  document?: PointerLockDocument;
}

export interface DesktopInput extends InputSource {
  readonly actions: ActionState;
  /** Only while playing: keys are taken from the browser (Tab does not move focus) and presses count. */
  enabled: boolean;
  /** Whether the mouse is captured; false means looking works by dragging. */
  readonly pointerLocked: boolean;
  /** Whether the browser refused pointer lock the last time it was asked. */
  readonly pointerLockRefused: boolean;
  next(): TickInput;
  pendingLook(): { yaw: number; pitch: number };
  requestPointerLock(): void;
  exitPointerLock(): void;
  setBindings(bindings: Readonly<Bindings>): void;
  dispose(): void;
}

interface KeyEventLike {
  code: string;
  defaultPrevented?: boolean;
  repeat?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  preventDefault(): void;
}

interface MouseEventLike {
  button: number;
  buttons?: number;
  movementX?: number;
  movementY?: number;
  preventDefault?(): void;
}

const DEFAULT_LOOK: LookSettings = { mouseSensitivity: 1, invertY: false };

/** `Tab` → `Shift+Tab`; null for Shift itself. */
export function shiftedControl(code: string): string | null {
  return code.startsWith('Shift') ? null : `Shift+${code}`;
}

export function createDesktopInput(
  target: HTMLElement | LockableElement,
  options: DesktopInputOptions = {},
): DesktopInput {
  const element = target as LockableElement;
  const win: EventTargetLike = options.window ?? (window as unknown as EventTargetLike);
  const doc: PointerLockDocument = options.document ?? (document as unknown as PointerLockDocument);
  const look = options.look ?? (() => DEFAULT_LOOK);
  const actions = new ActionState();
  actions.onPause = () => options.onPause?.();
  let index = controlIndex(options.bindings ?? DEFAULT_BINDINGS);
  let enabled = false;
  let refused = false;
  /** Whether we had the lock, so losing it (Esc in the browser) pauses. */
  let hadLock = false;
  let buttonsDown = 0;

  const locked = () => doc.pointerLockElement === element && element !== undefined;

  function boundTo(control: string): Action[] {
    return index.get(control) ?? [];
  }

  const onKeyDown = (e: KeyEventLike) => {
    // A press a menu already took (the Esc that closed the pause menu) does not also reach the game.
    if (!enabled || e.defaultPrevented) return;
    // Browser shortcuts (Ctrl+R, Cmd+W …) stay the browser's.
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // A key bound with Shift (Shift+Tab: previous friend) is its own control; without such a binding Shift only runs.
    const shifted = e.shiftKey ? shiftedControl(e.code) : e.code;
    const control = shifted && index.has(shifted) ? shifted : e.code;
    const bound = boundTo(control);
    if (bound.length === 0) return;
    e.preventDefault();
    if (e.repeat) return;
    actions.press(control, bound);
  };

  const onKeyUp = (e: KeyEventLike) => {
    actions.release(e.code);
    const shifted = shiftedControl(e.code);
    if (shifted) actions.release(shifted);
  };

  const onMouseDown = (e: MouseEventLike) => {
    if (!enabled) return;
    buttonsDown |= 1 << e.button;
    if (!locked()) input.requestPointerLock();
    const control = `Mouse${e.button}`;
    actions.press(control, boundTo(control));
  };

  const onMouseUp = (e: MouseEventLike) => {
    buttonsDown &= ~(1 << e.button);
    actions.release(`Mouse${e.button}`);
  };

  const onMouseMove = (e: MouseEventLike) => {
    if (!enabled) return;
    // Without the lock, only a drag over the game turns (the fallback when the browser refuses the lock).
    const dragging = buttonsDown !== 0 && e.buttons !== 0;
    if (!locked() && !dragging) return;
    const { mouseSensitivity, invertY } = look();
    const k = LOOK_RADIANS_PER_PIXEL * mouseSensitivity;
    const dx = e.movementX ?? 0;
    const dy = e.movementY ?? 0;
    // Mouse right turns right (yaw left is positive); mouse up (negative movementY) looks up.
    actions.addLook(-dx * k, (invertY ? dy : -dy) * k);
  };

  const onContextMenu = (e: MouseEventLike) => {
    if (enabled) e.preventDefault?.();
  };

  const letGo = () => {
    buttonsDown = 0;
    actions.releaseAll();
  };

  const onVisibility = () => {
    if (doc.visibilityState === undefined || doc.visibilityState === 'hidden') letGo();
  };

  const onLockChange = () => {
    if (locked()) {
      hadLock = true;
      refused = false;
      return;
    }
    letGo();
    if (hadLock && enabled) options.onPause?.();
    hadLock = false;
  };

  const onLockError = () => {
    refused = true;
  };

  const listen: [EventTargetLike, string, (e: never) => void][] = [
    [win, 'keydown', onKeyDown],
    [win, 'keyup', onKeyUp],
    [win, 'mouseup', onMouseUp],
    [win, 'blur', letGo],
    [element, 'mousedown', onMouseDown],
    [element, 'contextmenu', onContextMenu],
    [doc, 'mousemove', onMouseMove],
    [doc, 'visibilitychange', onVisibility],
    [doc, 'pointerlockchange', onLockChange],
    [doc, 'pointerlockerror', onLockError],
  ];
  for (const [target, type, fn] of listen) target.addEventListener(type, fn);

  const input: DesktopInput = {
    actions,
    get enabled() {
      return enabled;
    },
    set enabled(on: boolean) {
      if (enabled && !on) {
        buttonsDown = 0;
        actions.clear();
      }
      enabled = on;
    },
    get pointerLocked() {
      return locked();
    },
    get pointerLockRefused() {
      return refused;
    },
    next: () => actions.next(),
    pendingLook: () => actions.pendingLook(),
    requestPointerLock() {
      if (locked() || !element.requestPointerLock) {
        if (!element.requestPointerLock) refused = true;
        return;
      }
      try {
        // Newer browsers return a promise that rejects when the lock is refused; older ones fire pointerlockerror.
        const result = element.requestPointerLock() as Promise<void> | undefined;
        if (result && typeof result.catch === 'function') result.catch(onLockError);
      } catch {
        onLockError();
      }
    },
    exitPointerLock() {
      hadLock = false;
      if (locked()) doc.exitPointerLock?.();
    },
    setBindings(bindings) {
      letGo();
      index = controlIndex(bindings);
    },
    dispose() {
      for (const [target, type, fn] of listen) target.removeEventListener(type, fn);
      letGo();
      actions.onPause = null;
    },
  };
  return input;
}

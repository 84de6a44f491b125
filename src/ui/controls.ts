// How controls are written on screen: "W", "Shift", "Click", "Esc", "A", "RT". Every text that names a control
// asks here, with the bindings in force and the device the player last used, so a rebound key or a gamepad shows
// in prompts and hints at once. No UI text names a key itself.
import { useSyncExternalStore } from 'react';
import { deviceKind, type Action, type Bindings } from '../input/actions';
import { bindingsOf } from './settings';
import { useGame } from './store';

const NAMED: Record<string, string> = {
  Mouse0: 'Click',
  Mouse1: 'Middle click',
  Mouse2: 'Right click',
  Mouse3: 'Mouse back',
  Mouse4: 'Mouse forward',
  Space: 'Space',
  ShiftLeft: 'Shift',
  ShiftRight: 'Shift',
  ControlLeft: 'Ctrl',
  ControlRight: 'Ctrl',
  AltLeft: 'Alt',
  AltRight: 'Alt',
  Escape: 'Esc',
  Tab: 'Tab',
  Enter: 'Enter',
  Backspace: 'Backspace',
  CapsLock: 'Caps Lock',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  PadA: 'A',
  PadB: 'B',
  PadX: 'X',
  PadY: 'Y',
  PadLB: 'LB',
  PadRB: 'RB',
  PadLT: 'LT',
  PadRT: 'RT',
  PadSelect: 'View',
  PadStart: 'Menu',
  PadLS: 'Left stick click',
  PadRS: 'Right stick click',
  PadUp: 'D-pad ↑',
  PadDown: 'D-pad ↓',
  PadLeft: 'D-pad ←',
  PadRight: 'D-pad →',
  PadHome: 'Home',
};

/** Which side a modifier key is on, for the controls table where both sides show next to each other. */
const SIDED = /^(Shift|Control|Alt)(Left|Right)$/;

/**
 * `KeyW` → "W", `Digit1` → "1", `Mouse0` → "Click", `PadA` → "A", `Shift+Tab` → "Shift+Tab". `sided` names
 * "Left Shift" and "Right Shift" apart (the rebinding table); prompts just say "Shift".
 */
export function controlLabel(code: string, sided = false): string {
  if (code.startsWith('Shift+')) return `Shift+${controlLabel(code.slice(6))}`;
  const side = sided ? SIDED.exec(code) : null;
  if (side) return `${side[2]} ${NAMED[code]!}`;
  if (NAMED[code]) return NAMED[code];
  const key = /^Key([A-Z])$/.exec(code);
  if (key) return key[1]!;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1]!;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `Num ${numpad[1]!}`;
  return code;
}

/** Which hand the player is using: the keyboard and mouse, or the gamepad. Prompts name that device's control. */
export type HandDevice = 'keys' | 'gamepad';

let lastDevice: HandDevice = 'keys';
const listeners = new Set<() => void>();

/** Called by the input when a device is used; prompts switch to it. */
export function noteDevice(device: HandDevice): void {
  if (device === lastDevice) return;
  lastDevice = device;
  for (const l of listeners) l();
}

export function currentDevice(): HandDevice {
  return lastDevice;
}

/** What the hands have switched on, for the HUD to say: auto-walk, and run when it is a toggle. */
export interface InputStatus {
  autoWalking: boolean;
  runLocked: boolean;
}

let readStatus: () => InputStatus = () => ({ autoWalking: false, runLocked: false });

/** The input says where its switches are read (player-input does, once). */
export function setInputStatus(read: () => InputStatus): void {
  readStatus = read;
}

export function inputStatus(): InputStatus {
  return readStatus();
}

/** The bindings in force now (the defaults with the player's changes). */
export function currentBindings(): Bindings {
  return bindingsOf(useGame.getState().settings);
}

/** Re-renders the caller when the bindings or the device in use change, so its key names stay true. */
export function useControls(): { bindings: Bindings; device: HandDevice } {
  const device = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => lastDevice,
    // Rendering without a browser (tests, server) starts from the keyboard.
    () => 'keys' as HandDevice,
  );
  const changes = useGame((s) => s.settings.bindings);
  return { bindings: bindingsOf({ bindings: changes }), device };
}

function onDevice(list: readonly string[], device: HandDevice): string[] {
  const mine = list.filter((c) => deviceKind(c) === device);
  return mine.length ? mine : [...list];
}

/** Every distinct label bound to an action on the device in use, e.g. "Tab / Q". */
export function actionKeys(
  action: Action,
  bindings: Readonly<Bindings> = currentBindings(),
  device: HandDevice = lastDevice,
): string {
  const labels = [...new Set(onDevice(bindings[action], device).map((c) => controlLabel(c)))];
  return labels.length ? labels.join(' / ') : 'unbound';
}

/** The first label bound to an action on the device in use, for short prompts: "Click — reprogram node". */
export function actionKey(
  action: Action,
  bindings: Readonly<Bindings> = currentBindings(),
  device: HandDevice = lastDevice,
): string {
  const first = onDevice(bindings[action], device)[0];
  return first ? controlLabel(first) : 'unbound';
}

/** The controls as the start screen lists them, for the device in use. */
export function controlsList(
  bindings: Readonly<Bindings> = currentBindings(),
  device: HandDevice = lastDevice,
): { keys: string; what: string }[] {
  const key = (a: Action) => actionKeys(a, bindings, device);
  const pad = device === 'gamepad';
  const friends = (['friend1', 'friend2', 'friend3', 'friend4'] as const).map((a) => actionKey(a, bindings, device));
  const move = (['forward', 'left', 'back', 'right'] as const).map((a) =>
    controlLabel(onDevice(bindings[a], device)[0] ?? ''),
  );
  const arrows = (['forward', 'left', 'back', 'right'] as const)
    .map((a) => controlLabel(onDevice(bindings[a], device)[1] ?? ''))
    .filter(Boolean);
  return [
    {
      keys: pad
        ? 'Right stick'
        : `Mouse / ${(['lookUp', 'lookLeft', 'lookDown', 'lookRight'] as const).map((a) => actionKey(a, bindings, device)).join('')}`,
      what: 'Look around',
    },
    {
      keys: pad ? 'Left stick' : `${move.join('')}${arrows.length ? ` / ${arrows.join('')}` : ''}`,
      what: 'Move',
    },
    { keys: key('run'), what: 'Run' },
    { keys: key('autoWalk'), what: 'Auto-walk: keeps walking until pressed again' },
    { keys: key('jump'), what: 'Jump' },
    { keys: key('skill'), what: "Use the friend's skill" },
    { keys: key('interact'), what: 'Interact: read a fragment, take a checkpoint' },
    { keys: friends.join(' '), what: 'Pick a friend: Mia, Noah, Ava, Leo' },
    { keys: key('next'), what: 'Next friend' },
    { keys: key('previous'), what: 'Previous friend' },
    { keys: key('pause'), what: 'Pause' },
  ];
}

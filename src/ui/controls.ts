// How controls are written on screen: "W", "Shift", "Click", "Esc".
import { DEFAULT_BINDINGS, type Action, type Bindings } from '../input/actions';

const NAMED: Record<string, string> = {
  Mouse0: 'Click',
  Mouse1: 'Middle click',
  Mouse2: 'Right click',
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
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** `KeyW` → "W", `Digit1` → "1", `Mouse0` → "Click". */
export function controlLabel(code: string): string {
  if (NAMED[code]) return NAMED[code];
  const key = /^Key([A-Z])$/.exec(code);
  if (key) return key[1]!;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return digit[1]!;
  return code;
}

/** Every distinct label bound to an action, e.g. "Tab / Q". */
export function actionKeys(action: Action, bindings: Readonly<Bindings> = DEFAULT_BINDINGS): string {
  const labels = [...new Set(bindings[action].map(controlLabel))];
  return labels.length ? labels.join(' / ') : 'unbound';
}

/** The first label bound to an action, for short prompts: "Click — reprogram node". */
export function actionKey(action: Action, bindings: Readonly<Bindings> = DEFAULT_BINDINGS): string {
  const first = bindings[action][0];
  return first ? controlLabel(first) : '—';
}

/** The controls as the start screen lists them. */
export function controlsList(bindings: Readonly<Bindings> = DEFAULT_BINDINGS): { keys: string; what: string }[] {
  const move = (['forward', 'left', 'back', 'right'] as const).map((a) => controlLabel(bindings[a][0] ?? ''));
  const arrows = (['forward', 'left', 'back', 'right'] as const)
    .map((a) => controlLabel(bindings[a][1] ?? ''))
    .filter(Boolean);
  return [
    { keys: 'Mouse', what: 'Look around' },
    { keys: `${move.join('')}${arrows.length ? ` / ${arrows.join('')}` : ''}`, what: 'Move' },
    { keys: actionKeys('run', bindings), what: 'Run' },
    { keys: actionKeys('jump', bindings), what: 'Jump' },
    { keys: actionKeys('skill', bindings), what: "Use the friend's skill" },
    { keys: actionKeys('interact', bindings), what: 'Interact: read a fragment, take a checkpoint' },
    { keys: '1–4', what: 'Pick a friend' },
    { keys: actionKeys('next', bindings), what: 'Next friend' },
    { keys: actionKeys('pause', bindings), what: 'Pause' },
  ];
}

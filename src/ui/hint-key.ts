// What a tutorial hint calls the control it teaches: the key the player bound (or the gamepad's), never a fixed one.
import type { HintAction } from '../core/schema';
import type { Bindings } from '../input/actions';
import { actionKey, type HandDevice } from './controls';

/** The label that replaces {key} in a hint's text: "Space", "WASD", "1", "Mouse", "A". */
export function hintKey(action: HintAction, bindings: Readonly<Bindings>, device: HandDevice): string {
  const pad = device === 'gamepad';
  switch (action) {
    case 'move': {
      if (pad) return 'Left stick';
      const keys = (['forward', 'left', 'back', 'right'] as const).map((a) => actionKey(a, bindings, device));
      return keys.every((k) => k.length === 1) ? keys.join('') : keys.join(' ');
    }
    case 'look': {
      if (pad) return 'Right stick';
      // The mouse, or the look keys for a player without one.
      const keys = (['lookUp', 'lookLeft', 'lookDown', 'lookRight'] as const).map((a) =>
        actionKey(a, bindings, device),
      );
      return keys.every((k) => k.length === 1) ? `Mouse or ${keys.join('')}` : 'Mouse';
    }
    case 'switch':
      return (['friend1', 'friend2', 'friend3', 'friend4'] as const)
        .map((a) => actionKey(a, bindings, device))
        .join(' ');
    default:
      return actionKey(action, bindings, device);
  }
}

/** A hint's text cut at {key}, so the key can be drawn as a key between the words (the words stay plain text). */
export function hintParts(text: string): string[] {
  return text.split('{key}');
}

// Rebinding: every action can take any key, mouse button or pad button; conflicts are found and resolved; the
// defaults have none; Shift+Tab is its own control (previous friend); run and walk need no holding.
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ActionState,
  bind,
  conflicts,
  DEFAULT_BINDINGS,
  deviceOf,
  resolveConflict,
  unbind,
} from '../../src/input/actions';
import { createDesktopInput } from '../../src/input/desktop';
import { actionKey, controlLabel, controlsList } from '../../src/ui/controls';
import { fakePage } from './fake-page';

describe('bindings', () => {
  it('the defaults bind every action on the keyboard and the pad (mouse counts as keys) and have no conflict', () => {
    expect(conflicts(DEFAULT_BINDINGS)).toEqual([]);
    for (const action of ACTIONS) {
      const controls = DEFAULT_BINDINGS[action];
      expect(
        controls.some((c) => deviceOf(c) !== 'gamepad'),
        `${action} on keys`,
      ).toBe(true);
      if (!['forward', 'back', 'left', 'right', 'lookLeft', 'lookRight', 'lookUp', 'lookDown'].includes(action)) {
        // Moving and looking are the sticks on the pad.
        expect(
          controls.some((c) => deviceOf(c) === 'gamepad'),
          `${action} on the pad`,
        ).toBe(true);
      }
    }
  });

  it('binding a key replaces the slot on its own device and leaves the other devices alone', () => {
    const b = bind(DEFAULT_BINDINGS, 'jump', 'KeyJ', 0);
    expect(b.jump).toEqual(['KeyJ', 'PadA']);
    expect(conflicts(b)).toEqual([{ control: 'KeyJ', actions: ['lookLeft', 'jump'] }]);
    const second = bind(b, 'jump', 'Mouse2', 1);
    expect(second.jump).toEqual(['KeyJ', 'PadA', 'Mouse2']);
    const pad = bind(second, 'jump', 'PadRB', 0);
    expect(pad.jump).toEqual(['KeyJ', 'PadRB', 'Mouse2']);
    // The defaults were not touched.
    expect(DEFAULT_BINDINGS.jump).toEqual(['Space', 'PadA']);
  });

  it('a key taken from another action shows as a conflict until the player picks which action keeps it', () => {
    const b = bind(DEFAULT_BINDINGS, 'jump', 'KeyE', 0);
    expect(conflicts(b)).toEqual([{ control: 'KeyE', actions: ['jump', 'interact'] }]);
    const keepJump = resolveConflict(b, 'KeyE', 'jump');
    expect(conflicts(keepJump)).toEqual([]);
    expect(keepJump.jump).toContain('KeyE');
    expect(keepJump.interact).not.toContain('KeyE');
    const keepInteract = resolveConflict(b, 'KeyE', 'interact');
    expect(keepInteract.jump).not.toContain('KeyE');
    expect(keepInteract.interact).toContain('KeyE');
  });

  it('a control can be taken off an action', () => {
    expect(unbind(DEFAULT_BINDINGS, 'next', 'KeyQ').next).toEqual(['Tab', 'PadRB']);
  });

  it('labels name the key, the mouse button and the pad button', () => {
    expect(controlLabel('ShiftLeft')).toBe('Shift');
    expect(controlLabel('ShiftRight', true)).toBe('Right Shift');
    expect(['KeyW', 'Digit1', 'Mouse0', 'PadA', 'PadRT', 'Shift+Tab', 'Escape'].map((c) => controlLabel(c))).toEqual([
      'W',
      '1',
      'Click',
      'A',
      'RT',
      'Shift+Tab',
      'Esc',
    ]);
  });

  it('prompts show the key bound now and on the device in use, never a fixed one', () => {
    const rebound = bind(DEFAULT_BINDINGS, 'interact', 'KeyG', 0);
    expect(actionKey('interact', rebound, 'keys')).toBe('G');
    expect(actionKey('interact', rebound, 'gamepad')).toBe('X');
    const list = controlsList(rebound, 'keys');
    expect(list.find((c) => c.what.startsWith('Interact'))?.keys).toBe('G');
    expect(controlsList(rebound, 'gamepad').find((c) => c.what === 'Move')?.keys).toBe('Left stick');
  });
});

function desktop() {
  const page = fakePage();
  const input = createDesktopInput(page.element, { window: page.window, document: page.document });
  input.enabled = true;
  return { ...page, input };
}

describe('keyboard with rebinding', () => {
  it('a rebound key drives its action and the old key no longer does', () => {
    const { input, key } = desktop();
    input.setBindings(bind(DEFAULT_BINDINGS, 'jump', 'KeyJ', 0));
    key('Space').down();
    expect(input.next().jump).toBe(false);
    key('Space').up();
    key('KeyJ').down();
    expect(input.next().jump).toBe(true);
  });

  it('Shift+Tab goes to the previous friend while Tab goes to the next, and Shift alone still runs', () => {
    const { input, window } = desktop();
    window.fire('keydown', { code: 'ShiftLeft', shiftKey: true });
    const tab = window.fire('keydown', { code: 'Tab', shiftKey: true });
    expect(tab.defaultPrevented).toBe(true);
    const t = input.next();
    expect(t.cycle).toBe(-1);
    expect(t.run).toBe(true);
    window.fire('keyup', { code: 'Tab', shiftKey: true });
    window.fire('keyup', { code: 'ShiftLeft' });
    window.fire('keydown', { code: 'Tab' });
    expect(input.next().cycle).toBe(1);
  });
});

describe('keyboard alone', () => {
  it('look keys turn left, right, up and down at a steady rate, faster with more sensitivity', () => {
    const actions = new ActionState();
    actions.press('KeyJ', ['lookLeft']);
    const left = actions.next().lookYaw;
    expect(left).toBeGreaterThan(0);
    actions.release('KeyJ');
    actions.press('KeyL', ['lookRight']);
    expect(actions.next().lookYaw).toBeCloseTo(-left, 9);
    actions.release('KeyL');
    actions.press('KeyI', ['lookUp']);
    expect(actions.next().lookPitch).toBeCloseTo(left, 9);
    actions.keyLookSensitivity = 2;
    expect(actions.next().lookPitch).toBeCloseTo(left * 2, 9);
  });

  it('every action has a key (the skill too: R beside the click)', () => {
    for (const action of ACTIONS)
      expect(
        DEFAULT_BINDINGS[action].some((c) => deviceOf(c) === 'keyboard'),
        action,
      ).toBe(true);
  });
});

describe('no holds, no mashing', () => {
  it('toggle run: one press starts running, the next stops, nothing held', () => {
    const actions = new ActionState();
    actions.toggleRun = true;
    actions.press('ShiftLeft', ['run']);
    actions.release('ShiftLeft');
    expect(actions.next().run).toBe(true);
    expect(actions.next().run).toBe(true);
    actions.press('ShiftLeft', ['run']);
    actions.release('ShiftLeft');
    expect(actions.next().run).toBe(false);
  });

  it('auto-walk walks forward with no key held until pressed again, and back ends it', () => {
    const actions = new ActionState();
    actions.press('KeyF', ['autoWalk']);
    actions.release('KeyF');
    for (let i = 0; i < 100; i++) expect(actions.next().moveY).toBe(1);
    actions.press('KeyF', ['autoWalk']);
    actions.release('KeyF');
    expect(actions.next().moveY).toBe(0);
    actions.press('KeyF', ['autoWalk']);
    actions.release('KeyF');
    actions.press('KeyS', ['back']);
    actions.release('KeyS');
    actions.next();
    expect(actions.next().moveY).toBe(0);
  });

  it('auto-walk still steers: a side key adds a diagonal no faster than walking', () => {
    const actions = new ActionState();
    actions.press('KeyF', ['autoWalk']);
    actions.press('KeyD', ['right']);
    const t = actions.next();
    expect(t.moveX).toBeGreaterThan(0);
    expect(Math.hypot(t.moveX, t.moveY)).toBeCloseTo(1, 6);
  });

  it('pausing ends auto-walk, so the friend does not walk off when play resumes', () => {
    const actions = new ActionState();
    actions.press('KeyF', ['autoWalk']);
    actions.clear();
    expect(actions.next().moveY).toBe(0);
  });
});

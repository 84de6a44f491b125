// A player at a keyboard and mouse: what the engine's ticks receive.
import { describe, expect, it, vi } from 'vitest';
import { createDesktopInput, LOOK_RADIANS_PER_PIXEL, type LookSettings } from '../../src/input/desktop';
import { withBindings } from '../../src/input/actions';
import { fakePage } from './fake-page';

function setup(look: LookSettings = { mouseSensitivity: 1, invertY: false }) {
  const page = fakePage();
  const onPause = vi.fn();
  const input = createDesktopInput(page.element, {
    window: page.window,
    document: page.document,
    look: () => look,
    onPause,
  });
  input.enabled = true;
  return { ...page, input, onPause, look };
}

describe('desktop input', () => {
  it('holding W walks forward every tick until W is let go', () => {
    const { input, key } = setup();
    key('KeyW').down();
    expect(input.next().moveY).toBe(1);
    expect(input.next().moveY).toBe(1);
    key('KeyW').up();
    expect(input.next().moveY).toBe(0);
  });

  it('W and D together move diagonally no faster than W alone', () => {
    const { input, key } = setup();
    key('KeyW').down();
    key('KeyD').down();
    const t = input.next();
    expect(t.moveX).toBeGreaterThan(0);
    expect(t.moveY).toBeGreaterThan(0);
    expect(Math.hypot(t.moveX, t.moveY)).toBeCloseTo(1, 6);
  });

  it('arrow keys move like WASD, Shift runs, Space jumps, E interacts, left click uses the skill', () => {
    const { input, key, element } = setup();
    key('ArrowLeft').down();
    key('ShiftLeft').down();
    key('Space').down();
    key('KeyE').down();
    element.fire('mousedown', { button: 0, buttons: 1 });
    const t = input.next();
    expect(t.moveX).toBe(-1);
    expect(t).toMatchObject({ run: true, jump: true, interact: true, skill: true });
  });

  it('keys are read by their place on the keyboard, not the letter they type', () => {
    const { input, window } = setup();
    // On an AZERTY keyboard the key in W's place types "z" but its code is still KeyW.
    window.fire('keydown', { code: 'KeyW', key: 'z' });
    expect(input.next().moveY).toBe(1);
  });

  it('a jump tapped between two ticks still reaches the engine once', () => {
    const { input, key } = setup();
    key('Space').down();
    key('Space').up();
    expect(input.next().jump).toBe(true);
    expect(input.next().jump).toBe(false);
  });

  it('mouse movement under pointer lock turns: right turns right, up looks up, scaled by sensitivity', () => {
    const { input, element, document, look } = setup();
    element.fire('mousedown', { button: 0, buttons: 1 });
    element.fire('mouseup', { button: 0, buttons: 0 });
    expect(input.pointerLocked).toBe(true);
    document.fire('mousemove', { movementX: 100, movementY: -50, buttons: 0 });
    document.fire('mousemove', { movementX: 100, movementY: 0, buttons: 0 });
    expect(input.pendingLook().yaw).toBeCloseTo(-200 * LOOK_RADIANS_PER_PIXEL);
    const t = input.next();
    expect(t.lookYaw).toBeCloseTo(-200 * LOOK_RADIANS_PER_PIXEL);
    expect(t.lookPitch).toBeCloseTo(50 * LOOK_RADIANS_PER_PIXEL);
    // The turn is taken by one tick only.
    expect(input.next().lookYaw).toBe(0);
    expect(input.pendingLook()).toEqual({ yaw: 0, pitch: 0 });

    look.mouseSensitivity = 2;
    look.invertY = true;
    document.fire('mousemove', { movementX: 0, movementY: -10, buttons: 0 });
    expect(input.next().lookPitch).toBeCloseTo(-20 * LOOK_RADIANS_PER_PIXEL);
  });

  it('switching friends with 1–4, Tab and Q happens exactly once per press, even if a frame runs no tick', () => {
    const { input, key } = setup();
    key('Digit3').down();
    // A frame with no tick: nothing asks yet. The press waits.
    key('Digit3').up();
    expect(input.next().switchTo).toBe('ava');
    expect(input.next().switchTo).toBe(null);

    // Holding Tab (the browser repeats the key) cycles once.
    const tab = key('Tab');
    tab.down();
    tab.down();
    tab.down();
    expect(input.next().cycle).toBe(1);
    expect(input.next().cycle).toBe(0);
    tab.up();

    key('KeyQ').down();
    expect(input.next().cycle).toBe(1);
    expect(input.next().cycle).toBe(0);
  });

  it('two presses between ticks arrive on two ticks, in order', () => {
    const { input, key } = setup();
    key('Digit2').down();
    key('Digit2').up();
    key('Digit1').down();
    key('Digit1').up();
    expect(input.next().switchTo).toBe('noah');
    expect(input.next().switchTo).toBe('mia');
    expect(input.next().switchTo).toBe(null);
  });

  it('Tab does not move the browser focus while playing, but does in menus', () => {
    const { input, key } = setup();
    expect(key('Tab').down().defaultPrevented).toBe(true);
    key('Tab').up();
    input.enabled = false;
    expect(key('Tab').down().defaultPrevented).toBe(false);
    expect(input.next().cycle).toBe(0);
  });

  it('leaves browser shortcuts alone', () => {
    const { key } = setup();
    expect(key('KeyW', { ctrlKey: true }).down().defaultPrevented).toBe(false);
  });

  it('lets go of every held key when the window loses focus', () => {
    const { input, key, window } = setup();
    key('KeyW').down();
    key('ShiftLeft').down();
    expect(input.next()).toMatchObject({ moveY: 1, run: true });
    window.fire('blur');
    // The keyup happens in another window and never arrives.
    expect(input.next()).toMatchObject({ moveY: 0, run: false });
  });

  it('lets go of held keys when the tab is hidden', () => {
    const { input, key, document } = setup();
    key('KeyD').down();
    document.visibilityState = 'hidden';
    document.fire('visibilitychange');
    expect(input.next().moveX).toBe(0);
  });

  it('losing pointer lock (Esc in the browser) lets go of keys and pauses', () => {
    const { input, key, element, document, onPause } = setup();
    input.requestPointerLock();
    key('KeyW').down();
    element.fire('mousedown', { button: 0, buttons: 1 });
    document.exitPointerLock();
    expect(onPause).toHaveBeenCalledTimes(1);
    expect(input.next()).toMatchObject({ moveY: 0, skill: false });
  });

  it('Esc pauses without pointer lock too', () => {
    const { key, onPause } = setup();
    key('Escape').down();
    expect(onPause).toHaveBeenCalledTimes(1);
  });

  it('when the browser refuses pointer lock, the game still plays and dragging looks around', async () => {
    const { input, element, document, window, key } = setup();
    element.lockAnswer = 'reject';
    input.requestPointerLock();
    await Promise.resolve();
    expect(input.pointerLocked).toBe(false);
    expect(input.pointerLockRefused).toBe(true);

    // Moving the mouse without a button does not turn (the cursor is free).
    document.fire('mousemove', { movementX: 40, movementY: 0, buttons: 0 });
    expect(input.next().lookYaw).toBe(0);
    // Dragging with the right button turns.
    element.fire('mousedown', { button: 2, buttons: 2 });
    document.fire('mousemove', { movementX: 40, movementY: 0, buttons: 2 });
    expect(input.next().lookYaw).toBeCloseTo(-40 * LOOK_RADIANS_PER_PIXEL);
    // The button is let go anywhere on the page.
    window.fire('mouseup', { button: 2, buttons: 0 });
    document.fire('mousemove', { movementX: 40, movementY: 0, buttons: 0 });
    expect(input.next().lookYaw).toBe(0);

    // Keys work as always.
    key('KeyW').down();
    expect(input.next().moveY).toBe(1);
  });

  it('a pointerlockerror event (older browsers) also falls back to dragging', () => {
    const { input, element } = setup();
    element.lockAnswer = 'refuse';
    input.requestPointerLock();
    expect(input.pointerLockRefused).toBe(true);
    expect(input.pointerLocked).toBe(false);
  });

  it('bindings can be changed: jump on J', () => {
    const { input, key } = setup();
    input.setBindings(withBindings({ jump: ['KeyJ'] }));
    key('Space').down();
    expect(input.next().jump).toBe(false);
    key('KeyJ').down();
    expect(input.next().jump).toBe(true);
  });

  it('dispose removes every listener', () => {
    const { input, window, document, element } = setup();
    input.dispose();
    expect(window.listenerCount() + document.listenerCount() + element.listenerCount()).toBe(0);
  });
});

// A player with a standard gamepad: the same actions the keyboard gives reach the engine's ticks, the sticks
// respect the dead zone and the per-device sensitivity, and every menu is reachable by the pad alone.
import { describe, expect, it } from 'vitest';
import { ActionState, PAD_BUTTONS } from '../../src/input/actions';
import {
  createGamepadInput,
  radialDeadZone,
  type MenuDirection,
  type PadLike,
  type PadSettings,
} from '../../src/input/gamepad';
import { PAD } from '../../src/core/tuning';

function pad(): PadLike & {
  press(name: (typeof PAD_BUTTONS)[number], down?: boolean): void;
  stick(i: number, v: number): void;
} {
  const buttons = PAD_BUTTONS.map(() => ({ pressed: false, value: 0 }));
  const axes = [0, 0, 0, 0];
  return {
    index: 0,
    mapping: 'standard',
    connected: true,
    axes,
    buttons,
    press(name, down = true) {
      const b = buttons[PAD_BUTTONS.indexOf(name)]!;
      b.pressed = down;
      b.value = down ? 1 : 0;
    },
    stick(i, v) {
      axes[i] = v;
    },
  };
}

function setup(settings: Partial<PadSettings> = {}, mode: 'play' | 'menu' = 'play') {
  const actions = new ActionState();
  const p = pad();
  const menu: (MenuDirection | 'activate' | 'back' | 'start')[] = [];
  const state = { mode, pauses: 0, used: 0 };
  actions.onPause = () => state.pauses++;
  const input = createGamepadInput({
    actions,
    settings: () => ({ padSensitivity: 1, padInvertY: false, padDeadZone: 0.15, ...settings }),
    mode: () => state.mode,
    menu: {
      move: (d) => menu.push(d),
      activate: () => menu.push('activate'),
      back: () => menu.push('back'),
      start: () => menu.push('start'),
    },
    onUse: () => state.used++,
    getGamepads: () => [p],
  });
  return { actions, pad: p, input, menu, state };
}

describe('radial dead zone', () => {
  it('a stick resting inside the dead zone reads centred, in any direction', () => {
    expect(radialDeadZone(0.1, 0.1, 0.15)).toEqual({ x: 0, y: 0 });
    expect(radialDeadZone(-0.14, 0, 0.15)).toEqual({ x: 0, y: 0 });
  });

  it('just past the dead zone reads small, full tilt reads 1, and the direction is kept', () => {
    const edge = radialDeadZone(0.16, 0, 0.15);
    expect(edge.x).toBeGreaterThan(0);
    expect(edge.x).toBeLessThan(0.05);
    const full = radialDeadZone(Math.SQRT1_2, Math.SQRT1_2, 0.15);
    expect(Math.hypot(full.x, full.y)).toBeCloseTo(1, 6);
    expect(full.x).toBeCloseTo(full.y, 6);
  });

  it('a diagonal just outside a square dead zone is not snapped to an axis', () => {
    const d = radialDeadZone(0.3, 0.12, 0.15);
    expect(d.y / d.x).toBeCloseTo(0.12 / 0.3, 6);
  });
});

describe('gamepad in play', () => {
  it('the left stick walks: forward when pushed up, with analog strength', () => {
    const { actions, pad, input } = setup();
    pad.stick(1, -1);
    input.poll(1 / 60);
    expect(actions.next().moveY).toBeCloseTo(1, 6);
    pad.stick(1, -0.5);
    input.poll(1 / 60);
    const half = actions.next().moveY;
    expect(half).toBeGreaterThan(0.3);
    expect(half).toBeLessThan(0.6);
    pad.stick(1, 0.05);
    input.poll(1 / 60);
    expect(actions.next().moveY).toBe(0);
  });

  it('the right stick turns, faster with more sensitivity, and inverts Y only for the pad when asked', () => {
    const slow = setup({ padSensitivity: 1 });
    slow.pad.stick(2, 1);
    slow.input.poll(0.1);
    const slowYaw = slow.actions.next().lookYaw;
    expect(slowYaw).toBeCloseTo(-PAD.lookSpeed * 0.1, 6);

    const fast = setup({ padSensitivity: 2 });
    fast.pad.stick(2, 1);
    fast.input.poll(0.1);
    expect(fast.actions.next().lookYaw).toBeCloseTo(slowYaw * 2, 6);

    const up = setup();
    up.pad.stick(3, -1);
    up.input.poll(0.1);
    expect(up.actions.next().lookPitch).toBeGreaterThan(0);
    const inverted = setup({ padInvertY: true });
    inverted.pad.stick(3, -1);
    inverted.input.poll(0.1);
    expect(inverted.actions.next().lookPitch).toBeLessThan(0);
  });

  it('A jumps, X interacts, RT uses the skill, B runs, RB and LB cycle friends, the d-pad picks a friend', () => {
    const { actions, pad, input } = setup();
    pad.press('PadA');
    pad.press('PadX');
    pad.press('PadB');
    pad.buttons[7]!.value = 0.8; // RT is analog: past the press threshold
    input.poll(1 / 60);
    expect(actions.next()).toMatchObject({ jump: true, interact: true, run: true, skill: true });
    pad.press('PadRB');
    input.poll(1 / 60);
    expect(actions.next().cycle).toBe(1);
    pad.press('PadLB');
    input.poll(1 / 60);
    expect(actions.next().cycle).toBe(-1);
    pad.press('PadRight');
    input.poll(1 / 60);
    expect(actions.next().switchTo).toBe('noah');
  });

  it('a button held over many frames presses once (no repeats from polling)', () => {
    const { actions, pad, input } = setup();
    pad.press('PadRB');
    for (let i = 0; i < 10; i++) input.poll(1 / 60);
    expect(actions.next().cycle).toBe(1);
    expect(actions.next().cycle).toBe(0);
  });

  it('Start pauses, through the same action as Esc', () => {
    const { pad, input, state } = setup();
    pad.press('PadStart');
    input.poll(1 / 60);
    expect(state.pauses).toBe(1);
  });

  it('Y starts auto-walk; pulling the stick back ends it', () => {
    const { actions, pad, input } = setup();
    pad.press('PadY');
    input.poll(1 / 60);
    pad.press('PadY', false);
    input.poll(1 / 60);
    for (let i = 0; i < 5; i++) expect(actions.next().moveY).toBe(1);
    pad.stick(1, 0.9);
    input.poll(1 / 60);
    pad.stick(1, 0);
    input.poll(1 / 60);
    expect(actions.next().moveY).toBe(0);
  });

  it('a pad that is not standard mapping is ignored rather than misread', () => {
    const { actions, pad, input } = setup();
    (pad as { mapping: string }).mapping = '';
    pad.press('PadA');
    input.poll(1 / 60);
    expect(actions.next().jump).toBe(false);
  });
});

describe('gamepad in menus', () => {
  it('the d-pad and the left stick move the focus once per push, A activates, B backs out, Start is Start', () => {
    const { pad, input, menu, actions } = setup({}, 'menu');
    pad.press('PadDown');
    input.poll(1 / 60);
    input.poll(1 / 60);
    pad.press('PadDown', false);
    input.poll(1 / 60);
    pad.stick(0, 0.9);
    input.poll(1 / 60);
    pad.stick(0, 0);
    input.poll(1 / 60);
    pad.press('PadA');
    input.poll(1 / 60);
    pad.press('PadB');
    input.poll(1 / 60);
    pad.press('PadStart');
    input.poll(1 / 60);
    expect(menu).toEqual(['down', 'right', 'activate', 'back', 'start']);
    // Nothing reached the game.
    expect(actions.next()).toMatchObject({ jump: false, moveX: 0, moveY: 0, cycle: 0, switchTo: null });
  });

  it('holding a direction moves again after a delay (holding is never required)', () => {
    const { pad, input, menu } = setup({}, 'menu');
    pad.press('PadUp');
    input.poll(1 / 60);
    input.poll(PAD.menuRepeatDelay / 2);
    expect(menu).toEqual(['up']);
    input.poll(PAD.menuRepeatDelay);
    expect(menu).toEqual(['up', 'up']);
  });

  it('the A that resumed play from a menu does not also jump', () => {
    const { pad, input, actions, state } = setup({}, 'menu');
    pad.press('PadA');
    input.poll(1 / 60);
    state.mode = 'play';
    input.poll(1 / 60);
    input.poll(1 / 60);
    expect(actions.next().jump).toBe(false);
  });
});

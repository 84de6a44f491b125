// Comfort in VR as pure rules: sticks, snap and smooth turns, the vignette, the teleport arc, seated height.
import { describe, expect, it } from 'vitest';
import { XR_COMFORT } from '../../src/core/tuning';
import {
  deadzone,
  glancedAt,
  pitchOf,
  snapDegrees,
  stickHeld,
  teleportArc,
  turnStep,
  viewLift,
  vignetteClose,
  yawOf,
} from '../../src/xr/locomotion';

const deg = (r: number) => (r * 180) / Math.PI;

describe('snap turns', () => {
  it('turn by the chosen angle once per push, right negative, left positive', () => {
    const snap = { armed: true };
    expect(deg(turnStep('snap-45', 1, 1 / 72, snap))).toBeCloseTo(-45);
    // Held over: no second turn until the stick comes back.
    expect(turnStep('snap-45', 1, 1 / 72, snap)).toBe(0);
    expect(turnStep('snap-45', 0, 1 / 72, snap)).toBe(0);
    expect(deg(turnStep('snap-30', -0.9, 1 / 72, snap))).toBeCloseTo(30);
  });

  it('a stick resting half-way does not turn, and 45° is the default angle', () => {
    const snap = { armed: true };
    expect(turnStep('snap-45', 0.5, 1 / 72, snap)).toBe(0);
    expect(XR_COMFORT.defaultSnapDegrees).toBe(45);
    expect(snapDegrees('snap-45')).toBe(45);
    expect(snapDegrees('snap-30')).toBe(30);
    expect(snapDegrees('smooth')).toBe(0);
  });

  it('smooth turning turns by rate × time and ignores a drifting stick', () => {
    const snap = { armed: true };
    expect(turnStep('smooth', 1, 0.5, snap)).toBeCloseTo(-XR_COMFORT.smoothTurnSpeed * 0.5);
    expect(turnStep('smooth', XR_COMFORT.stickDeadzone / 2, 0.5, snap)).toBe(0);
  });
});

describe('the comfort vignette', () => {
  it('stays open standing still or with the setting at 0, and closes with speed up to its limit', () => {
    expect(vignetteClose(0, 1)).toBe(0);
    expect(vignetteClose(3, 0)).toBe(0);
    const half = vignetteClose(XR_COMFORT.vignetteFullSpeed / 2, 1);
    const full = vignetteClose(XR_COMFORT.vignetteFullSpeed * 3, 1);
    expect(half).toBeCloseTo(XR_COMFORT.vignetteMaxClose / 2);
    expect(full).toBeCloseTo(XR_COMFORT.vignetteMaxClose);
    expect(vignetteClose(XR_COMFORT.vignetteFullSpeed, 0.5)).toBeCloseTo(full / 2);
  });
});

describe('sticks', () => {
  it('the dead zone cuts small movement and stretches the rest back to full', () => {
    expect(deadzone(0.1)).toBe(0);
    expect(deadzone(1)).toBe(1);
    expect(deadzone(-1)).toBe(-1);
    expect(deadzone(0.5)).toBeGreaterThan(0.4);
  });

  it('a stick as a button presses past one threshold and lets go under a lower one', () => {
    expect(stickHeld(0.5, false)).toBe(false);
    expect(stickHeld(0.7, false)).toBe(true);
    expect(stickHeld(0.4, true)).toBe(true);
    expect(stickHeld(0.2, true)).toBe(false);
  });
});

describe('the teleport arc', () => {
  const out = new Float32Array(XR_COMFORT.arcPoints * 3);

  it('comes down on the ground ahead, farther when aimed higher', () => {
    const low = teleportArc(0, 1.2, 0, 0, -0.2, -Math.sqrt(1 - 0.04), 0, out).land!;
    const high = teleportArc(0, 1.2, 0, 0, 0.3, -Math.sqrt(1 - 0.09), 0, out).land!;
    expect(low.y).toBe(0);
    expect(low.z).toBeLessThan(0);
    expect(Math.abs(high.z)).toBeGreaterThan(Math.abs(low.z));
  });

  it('ends on its landing point and never lands when aimed straight up past its points', () => {
    const r = teleportArc(0, 1.2, 0, 0, -0.5, -Math.sqrt(0.75), 0, out);
    expect(out[(r.count - 1) * 3 + 1]).toBe(0);
    expect(teleportArc(0, 1.2, 0, 0, 1, 0, -1000, out).land).toBeNull();
  });
});

describe('the view', () => {
  it('seated play lifts the view by the chosen height; standing never does', () => {
    expect(viewLift(true, 0.45)).toBe(0.45);
    expect(viewLift(false, 0.45)).toBe(0);
  });

  it('yaw and pitch follow the engine: yaw 0 looks north (-z), left is positive, up is positive', () => {
    expect(yawOf(0, -1)).toBeCloseTo(0);
    expect(yawOf(-1, 0)).toBeCloseTo(Math.PI / 2);
    expect(pitchOf(1)).toBeCloseTo(Math.PI / 2);
  });
});

describe('the wrist menu', () => {
  it('shows when the player looks at the wrist and hides when they look away', () => {
    const head = { x: 0, y: 1.6, z: 0 };
    const ahead = { x: 0, y: 0, z: -1 };
    expect(glancedAt(head, ahead, { x: 0, y: 1.4, z: -0.45 }, XR_COMFORT.wristGlanceAngle)).toBe(true);
    expect(glancedAt(head, ahead, { x: -0.25, y: 1.0, z: -0.1 }, XR_COMFORT.wristGlanceAngle)).toBe(false);
  });
});

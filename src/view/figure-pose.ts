// A friend's pose this frame from the engine's state: stride from distance walked, swing from speed, the jump
// from ground contact, the skill pose from the skill's cooldown. Drawing only: it reads, never decides.
import type { Friend } from '../engine/friend';
import { MOVE, VIEW } from '../core/tuning';

export interface Pose {
  /** Stride phase in radians, advanced by distance walked. */
  phase: number;
  /** 0–1: how far into the skill pose (1 just used, 0 over). */
  skill: number;
  limbs: { armLeft: number; armRight: number; legLeft: number; legRight: number };
  bob: number;
  lean: number;
}

export function newPose(): Pose {
  return { phase: 0, skill: 0, limbs: { armLeft: 0, armRight: 0, legLeft: 0, legRight: 0 }, bob: 0, lean: 0 };
}

/**
 * Updates `pose` for one frame. `speed` is the friend's horizontal speed (m/s), `skillAge` seconds since the skill
 * was used (Infinity when not recently), `time` seconds for the idle breath.
 */
export function updatePose(
  pose: Pose,
  friend: Friend,
  speed: number,
  skillAge: number,
  dt: number,
  time: number,
): void {
  const airborne = friend.ground === null && friend.airTime > 0.08;
  pose.phase += speed * dt * VIEW.strideRadiansPerMetre;
  const run = Math.min(1, Math.max(0, (speed - MOVE.walkSpeed) / (MOVE.runSpeed - MOVE.walkSpeed)));
  const moving = Math.min(1, speed / MOVE.walkSpeed);
  const swing = (VIEW.walkSwing + (VIEW.runSwing - VIEW.walkSwing) * run) * moving;
  const s = Math.sin(pose.phase);
  const l = pose.limbs;
  if (airborne) {
    // Arms up and out, one knee forward: a leap.
    l.armLeft = -2.3;
    l.armRight = -2.1;
    l.legLeft = -0.7;
    l.legRight = 0.35;
    pose.bob = 0;
    pose.lean = 0.1;
  } else {
    l.armLeft = s * swing;
    l.armRight = -s * swing;
    l.legLeft = -s * swing;
    l.legRight = s * swing;
    // Idle: a slow breath; moving: a bob with each step and a lean into the run.
    pose.bob = moving > 0.05 ? Math.abs(Math.cos(pose.phase)) * 0.05 * moving : Math.sin(time * 1.6) * 0.01;
    pose.lean = -0.12 * run;
  }
  pose.skill = skillAge < VIEW.skillPoseSeconds ? 1 - skillAge / VIEW.skillPoseSeconds : 0;
  // The skill: the right arm reaches forward to the target.
  if (pose.skill > 0) l.armRight = -1.45 * Math.min(1, pose.skill * 3);
}

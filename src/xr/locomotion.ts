// Comfort rules of moving in VR, as pure functions: sticks, snap and smooth turns, the vignette, the teleport arc
// and the height of the view. The XR rig calls them each frame; node tests check them.
import { XR_COMFORT } from '../core/tuning';

export type VrTurn = 'snap-45' | 'snap-30' | 'smooth';

/** A stick axis with the dead zone taken out and the rest stretched back to 0…1. */
export function deadzone(v: number, zone: number = XR_COMFORT.stickDeadzone): number {
  const a = Math.abs(v);
  if (a <= zone) return 0;
  return (Math.sign(v) * (a - zone)) / (1 - zone);
}

/** Degrees of one snap turn for a turn setting; 0 for smooth turning. */
export function snapDegrees(turn: VrTurn): number {
  return turn === 'snap-30' ? 30 : turn === 'snap-45' ? 45 : 0;
}

/** A snap turn fires once per push of the stick: it re-arms only when the stick comes back towards the centre. */
export interface SnapState {
  armed: boolean;
}

/**
 * Radians to turn this frame from the turning stick's x (right is positive). Turning left is positive yaw.
 * Snap turns give the whole angle on the frame the stick is pushed; smooth turns a rate times the frame's time.
 */
export function turnStep(turn: VrTurn, stickX: number, seconds: number, snap: SnapState): number {
  if (turn === 'smooth') {
    snap.armed = true;
    const s = deadzone(stickX);
    return s === 0 ? 0 : -s * XR_COMFORT.smoothTurnSpeed * seconds;
  }
  const a = Math.abs(stickX);
  if (a < XR_COMFORT.stickRelease) {
    snap.armed = true;
    return 0;
  }
  if (!snap.armed || a < XR_COMFORT.stickPress) return 0;
  snap.armed = false;
  return (-Math.sign(stickX) * snapDegrees(turn) * Math.PI) / 180;
}

/**
 * How far the comfort vignette closes (0 open … XR_COMFORT.vignetteMaxClose) for the body's speed the player
 * caused, scaled by the player's strength setting (0–1). Standing still or teleporting leaves it open.
 */
export function vignetteClose(speed: number, strength: number): number {
  if (!(speed > 0) || !(strength > 0)) return 0;
  const s = Math.min(1, speed / XR_COMFORT.vignetteFullSpeed);
  return Math.min(1, strength) * XR_COMFORT.vignetteMaxClose * s;
}

/** Metres the view is lifted above the body's feet on top of the headset's own height. */
export function viewLift(seated: boolean, seatedHeight: number): number {
  return seated ? Math.max(0, seatedHeight) : 0;
}

/** The pushed state of a stick axis used as a button (teleport aim): pressed past one threshold, let go under another. */
export function stickHeld(value: number, wasHeld: boolean): boolean {
  return wasHeld ? value > XR_COMFORT.stickRelease : value > XR_COMFORT.stickPress;
}

export interface ArcResult {
  /** Points written into `out` (x, y, z each). */
  count: number;
  /** Where the arc meets the ground height, or null when it does not within its points. */
  land: { x: number; y: number; z: number } | null;
}

/**
 * The teleport arc: a throw from the hand along `dir` (unit) that falls under gravity, sampled into `out`,
 * ending where it comes down to `groundY`. The player aims far by pointing up, near by pointing down.
 */
export function teleportArc(
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
  groundY: number,
  out: Float32Array,
): ArcResult {
  const { arcSpeed: v, arcGravity: g, arcStep: dt } = XR_COMFORT;
  const points = Math.min(XR_COMFORT.arcPoints, Math.floor(out.length / 3));
  let px = ox;
  let py = oy;
  let pz = oz;
  let count = 0;
  for (let i = 0; i < points; i++) {
    const t = i * dt;
    const x = ox + dx * v * t;
    const y = oy + dy * v * t - 0.5 * g * t * t;
    const z = oz + dz * v * t;
    if (i > 0 && y <= groundY && py > groundY) {
      // Cut the last segment where it crosses the ground.
      const k = (py - groundY) / (py - y);
      const lx = px + (x - px) * k;
      const lz = pz + (z - pz) * k;
      out[count * 3] = lx;
      out[count * 3 + 1] = groundY;
      out[count * 3 + 2] = lz;
      return { count: count + 1, land: { x: lx, y: groundY, z: lz } };
    }
    out[count * 3] = x;
    out[count * 3 + 1] = y;
    out[count * 3 + 2] = z;
    count++;
    px = x;
    py = y;
    pz = z;
  }
  return { count, land: null };
}

/** Whether a point lies within `angle` radians of where the head looks: the wrist menu shows when glanced at. */
export function glancedAt(head: Vec3, forward: Vec3, point: Vec3, angle: number): boolean {
  const dx = point.x - head.x;
  const dy = point.y - head.y;
  const dz = point.z - head.z;
  const d = Math.hypot(dx, dy, dz);
  if (d < 1e-6) return true;
  return (dx * forward.x + dy * forward.y + dz * forward.z) / d >= Math.cos(angle);
}

interface Vec3 {
  x: number;
  y: number;
  z: number;
}

/** Yaw (engine convention: 0 looks towards -z, left positive) of a direction in the world. */
export function yawOf(dx: number, dz: number): number {
  return Math.atan2(-dx, -dz);
}

/** Pitch (up positive) of a unit direction. */
export function pitchOf(dy: number): number {
  return Math.asin(Math.max(-1, Math.min(1, dy)));
}

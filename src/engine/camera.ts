// The first-person camera: at the active friend's eyes, gliding to the new friend after a switch.
// It advances in the engine's fixed ticks, so the glide takes the same time at 5 fps and at 240 fps.
import type { Vec3Like } from '../core/grid';
import type { Friend } from './friend';
import { wrapAngle } from './friend';

export interface CameraPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
}

const eye: Vec3Like = { x: 0, y: 0, z: 0 };

function copyPose(to: CameraPose, from: CameraPose): void {
  to.x = from.x;
  to.y = from.y;
  to.z = from.z;
  to.yaw = from.yaw;
  to.pitch = from.pitch;
}

export class CameraRig {
  /** Seconds a glide takes; 0 cuts straight to the new friend. */
  glideSeconds: number;
  private from: CameraPose | null = null;
  private progress = 1;
  private readonly prevPose: CameraPose = { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };
  private readonly pose: CameraPose = { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };

  constructor(glideSeconds: number) {
    this.glideSeconds = glideSeconds;
  }

  /** Starts a glide from where the camera is now. */
  glide(): void {
    if (this.glideSeconds <= 0) return;
    this.from = { ...this.pose };
    this.progress = 0;
  }

  get gliding(): boolean {
    return this.progress < 1;
  }

  /** One tick: follow the friend, blending from the old pose while a glide runs. */
  update(friend: Friend, dt: number, snap = false): void {
    copyPose(this.prevPose, this.pose);
    friend.eye(eye);
    let { x, y, z } = eye;
    let yaw = friend.yaw;
    let pitch = friend.pitch;
    if (this.from && this.progress < 1) {
      this.progress = Math.min(1, this.progress + dt / this.glideSeconds);
      const t = smoothstep(this.progress);
      const f = this.from;
      x = f.x + (x - f.x) * t;
      y = f.y + (y - f.y) * t;
      z = f.z + (z - f.z) * t;
      yaw = f.yaw + wrapAngle(yaw - f.yaw) * t;
      pitch = f.pitch + (pitch - f.pitch) * t;
      if (this.progress >= 1) this.from = null;
    }
    this.pose.x = x;
    this.pose.y = y;
    this.pose.z = z;
    this.pose.yaw = yaw;
    this.pose.pitch = pitch;
    if (snap) copyPose(this.prevPose, this.pose);
  }

  /**
   * The pose to draw, `alpha` of the way from the last tick to the next. Look turns that have not reached a
   * tick yet are added so the mouse feels immediate.
   */
  interpolated(alpha: number, pendingYaw = 0, pendingPitch = 0, out: CameraPose = { ...this.pose }): CameraPose {
    const a = this.prevPose;
    const b = this.pose;
    out.x = a.x + (b.x - a.x) * alpha;
    out.y = a.y + (b.y - a.y) * alpha;
    out.z = a.z + (b.z - a.z) * alpha;
    // Facing is not interpolated: it follows the mouse at once.
    out.yaw = b.yaw + pendingYaw;
    out.pitch = b.pitch + pendingPitch;
    return out;
  }

  current(): Readonly<CameraPose> {
    return this.pose;
  }
}

function smoothstep(t: number): number {
  return t * t * (3 - 2 * t);
}

// A friend in the dream: a physical body in the cannon-es world and the controller that walks it.
import * as CANNON from 'cannon-es';
import type { FriendName } from '../core/schema';
import { BODY, LOOK, LUCIDITY, MOVE, SKILLS, TICK } from '../core/tuning';
import { GROUP } from './physics/groups';
import { GroundRay } from './physics/ground-ray';
import type { TickInput } from './tick-input';
import type { Vec3Like } from '../core/grid';

export type MotionState = 'idle' | 'walk' | 'run' | 'jump' | 'fall';

export interface Ground {
  /** Normal of the surface under the friend. */
  nx: number;
  ny: number;
  nz: number;
  /** Distance from the feet sphere's centre down to the surface. */
  distance: number;
  body: CANNON.Body;
}

const rayResult = new CANNON.RaycastResult();

/** The top face's normal of each tilted level box (a ramp) the feet have touched; null for boxes along the axes. */
const rampTops = new WeakMap<CANNON.Shape, CANNON.Vec3 | null>();
const shapeTurn = new CANNON.Quaternion();
/** A contact whose normal is this close to a ramp's top face's (cosine of the angle between) is on the face. */
const RAMP_FACE = 0.9999;

/** The normal of a ramp's top face, when `shape` of `body` is a ramp; worked out once per shape. */
function rampTop(body: CANNON.Body, shape: CANNON.Shape): CANNON.Vec3 | null {
  const known = rampTops.get(shape);
  if (known !== undefined) return known;
  let top: CANNON.Vec3 | null = null;
  const i = body.shapes.indexOf(shape);
  if (body.type === CANNON.Body.STATIC && shape.type === CANNON.Shape.types.BOX && i >= 0) {
    body.quaternion.mult(body.shapeOrientations[i]!, shapeTurn);
    if (shapeTurn.x !== 0 || shapeTurn.y !== 0 || shapeTurn.z !== 0) top = shapeTurn.vmult(new CANNON.Vec3(0, 1, 0));
  }
  rampTops.set(shape, top);
  return top;
}

/** A sphere whose bounds are worked out field by field: cannon-es's loops over the names of the axes, every tick. */
class FriendSphere extends CANNON.Sphere {
  override calculateWorldAABB(pos: CANNON.Vec3, _quat: CANNON.Quaternion, min: CANNON.Vec3, max: CANNON.Vec3): void {
    const r = this.radius;
    min.x = pos.x - r;
    max.x = pos.x + r;
    min.y = pos.y - r;
    max.y = pos.y + r;
    min.z = pos.z - r;
    max.z = pos.z + r;
  }
}
/** Slower than this (m/s) on still ground, with nothing to do, a friend rests. */
const REST_SPEED = 1e-3;
/** A friend or a moving platform nearer than this (horizontally, and within WAKE_HEIGHT) wakes a resting friend. */
export const WAKE_DISTANCE = 1.5;
export const WAKE_HEIGHT = 2.5;

export class Friend {
  readonly name: FriendName;
  readonly slot: number;
  readonly body: CANNON.Body;
  /** Facing: yaw about +y (0 looks north, towards -z) and pitch (up positive). */
  yaw: number;
  pitch = 0;
  lucidity: number = LUCIDITY.max;
  motion: MotionState = 'idle';
  ground: Ground | null = null;
  /** Seconds since last on the ground (for coyote time). */
  airTime = 0;
  /** Seconds left in which a pressed jump is kept. */
  jumpBuffered = 0;
  /** Position at the previous tick, for drawing between ticks. */
  readonly previous = new CANNON.Vec3();
  /** Extra velocity from a skill (Leo's dash) that the controller keeps for a while. */
  boost: { vx: number; vz: number; seconds: number; gravity: boolean } | null = null;
  /** Seconds left in which a jump is Leo's high jump (opened when his dash ends). */
  highJumpLeft = 0;
  /** Velocity a moving platform added last tick; taken out again before steering so it does not pile up. */
  private carryX = 0;
  private carryZ = 0;
  /** Upward speed the ground's slope gave last tick: rising faster than this is a jump, not a climb. */
  private climb = 0;
  /** Upward speed the friend would have after this tick's step if nothing touched it. */
  private freeVy = 0;
  /** The ground probe's own result, reused every tick. */
  private readonly groundHit: Ground;
  /** The ground probe sees everything but this friend's own body. */
  private readonly probe: GroundRay;

  constructor(name: FriendName, slot: number, world: CANNON.World, at: Vec3Like, yaw: number) {
    this.name = name;
    this.slot = slot;
    this.yaw = yaw;
    const body = new CANNON.Body({
      mass: BODY.mass,
      fixedRotation: true,
      linearDamping: 0,
      angularDamping: 1,
      collisionFilterGroup: GROUP.friend(slot),
      collisionFilterMask: GROUP.all,
    });
    body.addShape(new FriendSphere(BODY.radius));
    body.addShape(new FriendSphere(BODY.radius), new CANNON.Vec3(0, BODY.headOffset, 0));
    body.allowSleep = false;
    body.position.set(at.x, at.y + BODY.radius + 0.02, at.z);
    body.updateMassProperties();
    world.addBody(body);
    this.body = body;
    this.previous.copy(body.position);
    this.groundHit = { nx: 0, ny: 1, nz: 0, distance: 0, body };
    this.probe = new GroundRay(GROUP.all & ~GROUP.friend(slot), rayResult);
  }

  /**
   * Resting: asleep in the physics (no integration, no contacts with still things) until something wakes it.
   * A friend rests when it stands still on ground that never moves and nothing is asked of it.
   */
  get resting(): boolean {
    return this.body.sleepState === CANNON.Body.SLEEPING;
  }

  /** Whether this friend could rest this tick with no input of its own. */
  canRest(): boolean {
    const g = this.ground;
    const v = this.body.velocity;
    return (
      g !== null &&
      g.body.type === CANNON.Body.STATIC &&
      g.ny >= MOVE.minGroundNormalY &&
      this.boost === null &&
      this.jumpBuffered === 0 &&
      this.highJumpLeft === 0 &&
      this.carryX === 0 &&
      this.carryZ === 0 &&
      v.x * v.x + v.y * v.y + v.z * v.z < REST_SPEED * REST_SPEED
    );
  }

  /** Stops simulating the friend: it stays exactly where it stands. */
  rest(): void {
    this.body.sleep();
    this.previous.copy(this.body.position);
    this.airTime = 0;
    this.motion = 'idle';
  }

  wake(): void {
    if (this.body.sleepState !== CANNON.Body.AWAKE) this.body.wakeUp();
  }

  get position(): CANNON.Vec3 {
    return this.body.position;
  }

  /** Where the eyes are: the camera for the active friend. */
  eye(out: Vec3Like = { x: 0, y: 0, z: 0 }): Vec3Like {
    out.x = this.body.position.x;
    out.y = this.body.position.y + BODY.eyeOffset;
    out.z = this.body.position.z;
    return out;
  }

  /** Unit vector of where the friend looks. */
  lookDir(out: Vec3Like = { x: 0, y: 0, z: 0 }): Vec3Like {
    const cp = Math.cos(this.pitch);
    out.x = -Math.sin(this.yaw) * cp;
    out.y = Math.sin(this.pitch);
    out.z = -Math.cos(this.yaw) * cp;
    return out;
  }

  teleport(at: Vec3Like, yaw?: number): void {
    this.wake();
    this.body.position.set(at.x, at.y + BODY.radius + 0.02, at.z);
    this.body.velocity.set(0, 0, 0);
    this.previous.copy(this.body.position);
    this.ground = null;
    this.boost = null;
    this.highJumpLeft = 0;
    this.carryX = 0;
    this.carryZ = 0;
    this.jumpBuffered = 0;
    this.airTime = 0;
    if (yaw !== undefined) {
      this.yaw = yaw;
      this.pitch = 0;
    }
  }

  turn(dYaw: number, dPitch: number): void {
    this.yaw = wrapAngle(this.yaw + dYaw);
    this.pitch = Math.max(-LOOK.maxPitch, Math.min(LOOK.maxPitch, this.pitch + dPitch));
  }

  /** Feels for the ground under the feet; ignores the friend's own body. */
  probeGround(world: CANNON.World): Ground | null {
    const p = this.body.position;
    this.probe.cast(world, p.x, p.y, p.z, p.y - BODY.radius - MOVE.groundSnap);
    if (!rayResult.hasHit || !rayResult.body) return null;
    const n = rayResult.hitNormalWorld;
    if (n.y < MOVE.minGroundNormalY) return null;
    const g = this.groundHit;
    g.nx = n.x;
    g.ny = n.y;
    g.nz = n.z;
    g.distance = rayResult.distance;
    g.body = rayResult.body;
    return g;
  }

  /**
   * Sets the velocity for this tick from the input. `input` is null for friends the player is not controlling:
   * they stand still but keep their weight and still fall.
   */
  control(world: CANNON.World, input: TickInput | null, jumpPressed: boolean): void {
    const v = this.body.velocity;
    const dt = TICK;
    this.previous.copy(this.body.position);
    let ground = v.y - this.climb > MOVE.jumpSpeed * 0.5 ? null : this.probeGround(world);
    this.climb = 0;
    this.ground = ground;
    if (ground) this.airTime = 0;
    else this.airTime += dt;
    if (jumpPressed) this.jumpBuffered = MOVE.jumpBuffer;
    else this.jumpBuffered = Math.max(0, this.jumpBuffered - dt);
    if (this.highJumpLeft > 0) this.highJumpLeft = Math.max(0, this.highJumpLeft - dt);
    v.x -= this.carryX;
    v.z -= this.carryZ;
    this.carryX = 0;
    this.carryZ = 0;

    // Wish direction in the world from the stick and the facing.
    let wishX = 0;
    let wishZ = 0;
    let speed = 0;
    if (input) {
      const mx = input.moveX;
      const my = input.moveY;
      const len = Math.sqrt(mx * mx + my * my);
      if (len > 1e-3) {
        const s = Math.sin(this.yaw);
        const c = Math.cos(this.yaw);
        const k = Math.min(1, len) / len;
        // forward is (-sin, -cos), right is (cos, -sin)
        wishX = (mx * c - my * s) * k;
        wishZ = (-mx * s - my * c) * k;
        speed = input.run ? MOVE.runSpeed : MOVE.walkSpeed;
      }
    }

    if (this.boost) {
      const b = this.boost;
      v.x = b.vx;
      v.z = b.vz;
      if (!b.gravity) v.y = 0;
      b.seconds -= dt;
      if (b.seconds <= 0) this.endBoost();
      this.touchRamps(world, null);
      this.applyGravityCompensation(!b.gravity);
      this.motion = 'run';
      return;
    }

    const accel = (ground ? MOVE.groundAccel : MOVE.airAccel) * dt;
    approach(v, wishX * speed, wishZ * speed, accel);
    ground = this.touchRamps(world, ground);
    this.ground = ground;

    const canJump = ground !== null || this.airTime < MOVE.coyoteTime;
    if (this.jumpBuffered > 0 && canJump && input) {
      v.y = this.highJumpLeft > 0 ? SKILLS.overclock.highJumpSpeed : MOVE.jumpSpeed;
      this.highJumpLeft = 0;
      this.jumpBuffered = 0;
      this.airTime = MOVE.coyoteTime;
      this.ground = null;
      this.motion = 'jump';
      this.applyGravityCompensation(false);
      return;
    }

    if (ground) {
      // Move along the surface: on a ramp the velocity follows the slope, so walking down does not hop.
      v.y = -(ground.nx * v.x + ground.nz * v.z) / ground.ny;
      this.climb = Math.max(0, v.y);
      // Stay glued when the ground is a little below the feet (ramp tops, edges of slabs).
      const gap = ground.distance * ground.ny - BODY.radius;
      if (gap > 0.02) v.y -= Math.min(gap / dt, 4);
      // A moving surface carries whoever stands on it.
      const gv = ground.body.velocity;
      if (ground.body.type === CANNON.Body.KINEMATIC) {
        v.x += gv.x;
        v.z += gv.z;
        v.y += gv.y;
        this.carryX = gv.x;
        this.carryZ = gv.z;
      }
      this.applyGravityCompensation(true);
      this.motion = speed === 0 ? 'idle' : input?.run ? 'run' : 'walk';
    } else {
      if (v.y < -MOVE.maxFallSpeed) v.y = -MOVE.maxFallSpeed;
      this.applyGravityCompensation(false);
      this.motion = v.y > 0 ? 'jump' : 'fall';
    }
  }

  /**
   * Holds the slope limit on the ramps the feet touch (the physics' contacts of the last step): a walkable ramp the
   * friend heads into is the ground, even while the ray under the centre still sees the floor at its foot (else the
   * contact there eats the forward speed, more the steeper it is); a steeper one is a wall, the push into it taken
   * out so the contact never turns it into a climb. Returns the ground to move on.
   */
  private touchRamps(world: CANNON.World, ground: Ground | null): Ground | null {
    const body = this.body;
    const feet = body.shapes[0];
    const v = body.velocity;
    const contacts = world.contacts;
    for (let i = 0; i < contacts.length; i++) {
      const c = contacts[i]!;
      // The contact's normal points from bi to bj: into the friend when the friend is bj.
      let top: CANNON.Vec3 | null;
      let sign: number;
      if (c.bj === body && c.sj === feet) {
        top = rampTop(c.bi, c.si);
        sign = 1;
      } else if (c.bi === body && c.si === feet) {
        top = rampTop(c.bj, c.sj);
        sign = -1;
      } else continue;
      // Only the ramp's top face: its edges and ends are left to the ray and the physics.
      if (!top || sign * (c.ni.x * top.x + c.ni.y * top.y + c.ni.z * top.z) < RAMP_FACE) continue;
      const into = v.x * top.x + v.z * top.z;
      if (into >= 0) continue;
      if (top.y >= MOVE.minGroundNormalY) {
        if (ground === null || top.y >= ground.ny) continue;
        const g = this.groundHit;
        g.nx = top.x;
        g.ny = top.y;
        g.nz = top.z;
        g.distance = BODY.radius / top.y;
        g.body = sign === 1 ? c.bi : c.bj;
        ground = g;
      } else {
        const across = top.x * top.x + top.z * top.z;
        v.x -= (top.x * into) / across;
        v.z -= (top.z * into) / across;
        // Nor does it lift: what the contact gave on the first touch (a rise a wall would not give) is taken back.
        if (v.y > 0 && v.y > this.freeVy) v.y = Math.max(this.freeVy, 0);
      }
    }
    return ground;
  }

  /** A dash ends at running speed (not dash speed) and opens the high-jump window. */
  private endBoost(): void {
    this.boost = null;
    const v = this.body.velocity;
    const h = Math.sqrt(v.x * v.x + v.z * v.z);
    if (h > MOVE.runSpeed) {
      v.x *= MOVE.runSpeed / h;
      v.z *= MOVE.runSpeed / h;
    }
    this.highJumpLeft = SKILLS.overclock.highJumpWindow;
  }

  private applyGravityCompensation(on: boolean): void {
    // Grounded friends do not feel gravity; the world's gravity would make them slide down ramps.
    const gravity = this.body.world!.gravity.y;
    if (on) this.body.force.y += this.body.mass * -gravity;
    this.freeVy = this.body.velocity.y + (on ? 0 : gravity * TICK);
  }

  /** The horizontal speed, m/s. */
  speed(): number {
    return Math.hypot(this.body.velocity.x, this.body.velocity.z);
  }
}

/** Moves the horizontal velocity towards (tx, tz) by at most `step`. */
function approach(v: CANNON.Vec3, tx: number, tz: number, step: number): void {
  const dx = tx - v.x;
  const dz = tz - v.z;
  const d = Math.sqrt(dx * dx + dz * dz);
  if (d <= step) {
    v.x = tx;
    v.z = tz;
  } else {
    v.x += (dx / d) * step;
    v.z += (dz / d) * step;
  }
}

export function wrapAngle(a: number): number {
  const twoPi = Math.PI * 2;
  a = a % twoPi;
  if (a > Math.PI) a -= twoPi;
  if (a < -Math.PI) a += twoPi;
  return a;
}

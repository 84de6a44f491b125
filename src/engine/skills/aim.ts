// Aimed skills pick the entity nearest the crosshair: within the aim cone, within reach of the eyes,
// and with nothing of the level or its solid entities in between.
import * as CANNON from 'cannon-es';
import type { EntityOf } from '../../core/schema';
import type { Friend } from '../friend';
import { GROUP } from '../physics/groups';
import type { AimScene } from './types';
import { ENTITY, SKILLS } from '../../core/tuning';

export type AimType = 'bridge-anchor' | 'code-node';

const eye = { x: 0, y: 0, z: 0 };
const look = { x: 0, y: 0, z: 0 };
const from = new CANNON.Vec3();
const to = new CANNON.Vec3();
const hit = new CANNON.RaycastResult();
const rayOptions = { collisionFilterMask: GROUP.level | GROUP.entity, skipBackfaces: true };

/** The point a friend aims at on an entity. */
export function aimPoint(engine: Pick<AimScene, 'grid'>, e: EntityOf<AimType>): { x: number; y: number; z: number } {
  const c = engine.grid.center(e.floor, e.at[0], e.at[1]);
  c.y += e.type === 'bridge-anchor' ? ENTITY.anchorAimHeight : ENTITY.nodeAimHeight;
  return c;
}

export interface Aim<T extends AimType> {
  target: EntityOf<T> | null;
  /** Why nothing was picked, for the skill-failed event. */
  reason: string;
}

export function aim<T extends AimType>(engine: AimScene, friend: Friend, type: T, reach: number): Aim<T> {
  friend.eye(eye);
  friend.lookDir(look);
  let best: EntityOf<T> | null = null;
  let bestAngle: number = SKILLS.aimCone;
  let reason = type === 'bridge-anchor' ? 'no bridge anchor at the crosshair' : 'no code node at the crosshair';
  for (const e of engine.level.entities) {
    // Ava reprograms the boss's cycle nodes as she does code nodes.
    if (e.type !== type && !(type === 'code-node' && e.type === 'cycle-node')) continue;
    const p = aimPoint(engine, e as EntityOf<AimType>);
    const dx = p.x - eye.x;
    const dy = p.y - eye.y;
    const dz = p.z - eye.z;
    const d = Math.hypot(dx, dy, dz);
    if (d < 1e-6) continue;
    const cos = (dx * look.x + dy * look.y + dz * look.z) / d;
    const angle = Math.acos(Math.max(-1, Math.min(1, cos)));
    if (angle > bestAngle) continue;
    if (d > reach) {
      reason = `"${e.id}" is ${d.toFixed(1)} m away; reach is ${reach} m`;
      continue;
    }
    from.set(eye.x, eye.y, eye.z);
    to.set(p.x, p.y, p.z);
    hit.reset();
    engine.world.raycastClosest(from, to, rayOptions, hit);
    if (hit.hasHit && hit.distance < d - 0.05) {
      reason = `something stands between you and "${e.id}"`;
      continue;
    }
    best = e as EntityOf<T>;
    bestAngle = angle;
  }
  return { target: best, reason };
}

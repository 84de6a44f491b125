// One tick of the physics, visiting only what can move. cannon-es's World.step walks every body five times a tick
// (gravity, the solver's three passes, damping, integration, clearing forces): on a level of 2,500 still bodies
// that is most of the tick. Still bodies never gain a force or a velocity, so they are left out, and kinematic
// ones (platforms) are only moved, and only those the world lists as moving (moving-kinematic.ts). The friends
// see the same operations in the same order as in World.internalStep, so they move as cannon-es would move them.
// The world has no constraints, no sleeping by cannon-es (friends rest by our own rule), no materials and no
// contact event listeners: the bookkeeping for those (collision matrices, overlap keepers) is not done.
import * as CANNON from 'cannon-es';
import { empty, keptArray } from './kept-array';
import { kinematicThatMove } from './moving-kinematic';

/** The moving bodies of a world (dynamic and kinematic), in the world's order; refreshed when bodies are added. */
export class MovingBodies {
  readonly list: CANNON.Body[] = [];
  /** The dynamic ones (the friends): the only bodies a force or a contact changes. */
  readonly dynamic: CANNON.Body[] = [];
  /** The kinematic ones (platforms), moved only by their velocity. */
  readonly kinematic: CANNON.Body[] = [];
  private counted = -1;

  of(world: CANNON.World): CANNON.Body[] {
    if (this.counted === world.bodies.length) return this.list;
    this.counted = world.bodies.length;
    this.list.length = 0;
    this.dynamic.length = 0;
    this.kinematic.length = 0;
    for (const b of world.bodies) {
      if (b.type !== CANNON.Body.STATIC) this.list.push(b);
      if (b.type === CANNON.Body.DYNAMIC) this.dynamic.push(b);
      if (b.type === CANNON.Body.KINEMATIC) this.kinematic.push(b);
    }
    return this.list;
  }
}

/**
 * cannon-es's Gauss-Seidel solver over the dynamic bodies only. A still or kinematic body's solve mass is zero, so
 * its corrections stay zero and the solver never changes its velocity: resetting and adding them is skipped.
 * It also stops once an iteration leaves every velocity as it was: cannon-es's own rule waits for the impulses to
 * settle, which two contacts sharing one normal never do, so a friend along a wall cost all ten iterations.
 */
export class MovingSolver extends CANNON.GSSolver {
  readonly moving = new MovingBodies();
  /** Stop once an iteration changes no velocity (off: cannon-es's own rule alone, to compare with it). */
  stopWhenSettled = true;

  constructor() {
    super();
    this.equations = keptArray();
  }

  override removeAllEquations(): void {
    empty(this.equations);
  }

  override solve(dt: number, world: CANNON.World): number {
    let iter: number;
    const maxIter = this.iterations;
    const tolSquared = this.tolerance * this.tolerance;
    const equations = this.equations;
    const Neq = equations.length;
    this.moving.of(world);
    const bodies = this.moving.dynamic;
    const Nbodies = bodies.length;
    const h = dt;
    if (Neq === 0) return 0;
    for (let i = 0; i !== Nbodies; i++) bodies[i]!.updateSolveMassProperties();
    const invCs = solveInvCs;
    const Bs = solveBs;
    const lambda = solveLambda;
    if (invCs.length < Neq) {
      invCs.length = Neq;
      Bs.length = Neq;
      lambda.length = Neq;
    }
    for (let i = 0; i !== Neq; i++) {
      const c = equations[i]!;
      lambda[i] = 0.0;
      Bs[i] = (c as unknown as ContactB).computeB(h);
      invCs[i] = 1.0 / c.computeC();
    }
    for (let i = 0; i !== Nbodies; i++) {
      const b = bodies[i]!;
      b.vlambda.set(0, 0, 0);
      b.wlambda.set(0, 0, 0);
    }
    const before = solveBefore.length < Nbodies * 6 ? (solveBefore = new Float64Array(Nbodies * 6)) : solveBefore;
    for (iter = 0; iter !== maxIter; iter++) {
      let deltalambdaTot = 0.0;
      if (this.stopWhenSettled) for (let i = 0; i !== Nbodies; i++) keepCorrections(bodies[i]!, before, i * 6);
      for (let j = 0; j !== Neq; j++) {
        const c = equations[j]!;
        const B = Bs[j]!;
        const invC = invCs[j]!;
        const lambdaj = lambda[j]!;
        const GWlambda = c.computeGWlambda();
        let deltalambda = invC * (B - GWlambda - c.eps * lambdaj);
        if (lambdaj + deltalambda < c.minForce) deltalambda = c.minForce - lambdaj;
        else if (lambdaj + deltalambda > c.maxForce) deltalambda = c.maxForce - lambdaj;
        lambda[j] = lambdaj + deltalambda;
        deltalambdaTot += deltalambda > 0.0 ? deltalambda : -deltalambda;
        c.addToWlambda(deltalambda);
      }
      if (deltalambdaTot * deltalambdaTot < tolSquared) break;
      // Two contacts with one normal on one friend (both its spheres against a wall) share its push between them
      // back and forth for ever, each pass moving the friend by nothing: the velocities have settled, so stop.
      if (this.stopWhenSettled && iter !== 0 && settled(bodies, before)) break;
    }
    for (let i = 0; i !== Nbodies; i++) {
      const b = bodies[i]!;
      b.vlambda.vmul(b.linearFactor, b.vlambda);
      b.velocity.vadd(b.vlambda, b.velocity);
      b.wlambda.vmul(b.angularFactor, b.wlambda);
      b.angularVelocity.vadd(b.wlambda, b.angularVelocity);
    }
    const invDt = 1 / h;
    for (let l = Neq - 1; l >= 0; l--) equations[l]!.multiplier = lambda[l]! * invDt;
    return iter;
  }
}

/** m/s: an iteration changing no friend's velocity by more than this leaves them as they are. */
const SETTLED_SPEED = 1e-6;
let solveBefore = new Float64Array(24);

/** A body's velocity corrections so far (linear then angular) into `out` from `at`. */
function keepCorrections(b: CANNON.Body, out: Float64Array, at: number): void {
  const v = b.vlambda;
  const w = b.wlambda;
  out[at] = v.x;
  out[at + 1] = v.y;
  out[at + 2] = v.z;
  out[at + 3] = w.x;
  out[at + 4] = w.y;
  out[at + 5] = w.z;
}

/** Whether the last iteration changed no body's velocity corrections by more than SETTLED_SPEED. */
function settled(bodies: CANNON.Body[], before: Float64Array): boolean {
  for (let i = 0; i !== bodies.length; i++) {
    const v = bodies[i]!.vlambda;
    const w = bodies[i]!.wlambda;
    const o = i * 6;
    if (
      Math.abs(v.x - before[o]!) > SETTLED_SPEED ||
      Math.abs(v.y - before[o + 1]!) > SETTLED_SPEED ||
      Math.abs(v.z - before[o + 2]!) > SETTLED_SPEED ||
      Math.abs(w.x - before[o + 3]!) > SETTLED_SPEED ||
      Math.abs(w.y - before[o + 4]!) > SETTLED_SPEED ||
      Math.abs(w.z - before[o + 5]!) > SETTLED_SPEED
    )
      return false;
  }
  return true;
}

/** Contact and friction equations take only the step (Equation's own computeB takes a and b too). */
interface ContactB {
  computeB(h: number): number;
}

// Kept between ticks so no tick allocates: the solver's numbers, the pairs, and the pools of equations.
const solveInvCs: number[] = [];
const solveBs: number[] = [];
const solveLambda: number[] = [];
const pairsA = keptArray<CANNON.Body>();
const pairsB = keptArray<CANNON.Body>();
const oldContacts: CANNON.ContactEquation[] = [];
const frictionPool: CANNON.FrictionEquation[] = [];
/** Worlds whose per-tick arrays are kept arrays already. */
const kept = new WeakSet<CANNON.World>();

/** Everything World.step(dt) does for a world made by createWorld (its solver a MovingSolver), on the moving bodies. */
export function stepWorld(world: CANNON.World, dt: number): void {
  world.dt = dt;
  const solver = world.solver as MovingSolver;
  if (!kept.has(world)) {
    kept.add(world);
    world.contacts = keptArray();
    world.frictionEquations = keptArray();
  }
  solver.moving.of(world);
  // Only dynamic bodies feel gravity, damping and forces; kinematic ones only move by their velocity.
  const dynamic = solver.moving.dynamic;
  const D = dynamic.length;
  const gravity = world.gravity;
  for (let i = 0; i !== D; i++) {
    const b = dynamic[i]!;
    const f = b.force;
    const m = b.mass;
    f.x += m * gravity.x;
    f.y += m * gravity.y;
    f.z += m * gravity.z;
  }
  empty(pairsA);
  empty(pairsB);
  world.broadphase.collisionPairs(world, pairsA, pairsB);

  // Last tick's equations go back to the pools the narrowphase draws from.
  const contacts = world.contacts;
  for (let i = 0; i !== contacts.length; i++) oldContacts.push(contacts[i]!);
  empty(contacts);
  const friction = world.frictionEquations;
  for (let i = 0; i !== friction.length; i++) frictionPool.push(friction[i]!);
  empty(friction);
  world.narrowphase.getContacts(pairsA, pairsB, world, contacts, oldContacts, friction, frictionPool);

  for (let i = 0; i < friction.length; i++) solver.addEquation(friction[i]!);
  for (let k = 0; k !== contacts.length; k++) solver.addEquation(contacts[k]!);
  solver.solve(dt, world);
  solver.removeAllEquations();

  for (let i = 0; i !== D; i++) {
    const b = dynamic[i]!;
    const v = b.velocity;
    v.scale(linearKept.of(1.0 - b.linearDamping, dt), v);
    const av = b.angularVelocity;
    av.scale(angularKept.of(1.0 - b.angularDamping, dt), av);
  }
  const quatNormalize = world.stepnumber % (world.quatNormalizeSkip + 1) === 0;
  // Each body's integration touches only that body, so the friends and the platforms go in two runs.
  for (let i = 0; i !== D; i++) dynamic[i]!.integrate(dt, quatNormalize, world.quatNormalizeFast);
  // The platforms that move this tick (the others are parked where they stand).
  const kinematic = kinematicThatMove(world) ?? solver.moving.kinematic;
  for (let i = 0; i !== kinematic.length; i++) {
    const b = kinematic[i]!;
    // A platform standing still: integrating would move it by nothing (and make its bounds be computed again).
    if (atRest(b)) b.previousPosition.copy(b.position);
    else b.integrate(dt, quatNormalize, world.quatNormalizeFast);
  }
  for (let i = 0; i !== D; i++) {
    const b = dynamic[i]!;
    b.force.set(0, 0, 0);
    b.torque.set(0, 0, 0);
  }
  world.broadphase.dirty = true;
  world.stepnumber += 1;
  world.time += dt;
}

/** Math.pow of the last base and exponent asked, kept: every friend has the same damping and the step is fixed. */
class KeptPower {
  private base = NaN;
  private exponent = NaN;
  private value = NaN;

  of(base: number, exponent: number): number {
    if (base !== this.base || exponent !== this.exponent) {
      this.base = base;
      this.exponent = exponent;
      this.value = Math.pow(base, exponent);
    }
    return this.value;
  }
}
const linearKept = new KeptPower();
const angularKept = new KeptPower();

function atRest(b: CANNON.Body): boolean {
  const v = b.velocity;
  const w = b.angularVelocity;
  return v.x === 0 && v.y === 0 && v.z === 0 && w.x === 0 && w.y === 0 && w.z === 0;
}

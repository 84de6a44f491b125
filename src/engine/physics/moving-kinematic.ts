// Which kinematic bodies (platforms) move in a world's physics step. A world that says nothing moves all of them;
// one that lists some leaves the others parked: not integrated, not filed again, standing where they are.
import type * as CANNON from 'cannon-es';

const lists = new WeakMap<CANNON.World, readonly CANNON.Body[]>();

/** From now on only `bodies` (kept by reference: the caller may refill it each tick) move among the kinematic. */
export function moveOnlyKinematic(world: CANNON.World, bodies: readonly CANNON.Body[]): void {
  if (lists.get(world) !== bodies) lists.set(world, bodies);
}

/** The kinematic bodies that move in `world`, or undefined when all of them do. */
export function kinematicThatMove(world: CANNON.World): readonly CANNON.Body[] | undefined {
  return lists.get(world);
}

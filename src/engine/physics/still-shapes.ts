// Where each shape of a still body sits in the world, worked out once. cannon-es works out every shape's place
// again for every pair and every ray, tick after tick; a chunk of the labyrinth holds dozens of boxes that never
// move. The numbers are computed with the same operations cannon-es uses, so they are the same to the last bit.
import * as CANNON from 'cannon-es';
import { boxSides, type BoxSides } from './sphere-box';
import { ShapeIndex } from './shape-index';

/** A still body of this many boxes or more gets its boxes filed by place (fewer are as quick to test one by one). */
const FILED_FROM = 4;

export interface StillShapes {
  /** Per shape: its centre in the world. */
  readonly at: CANNON.Vec3[];
  /** Per shape: its turn in the world. */
  readonly turn: CANNON.Quaternion[];
  /** Per shape: whether the turn is none (a box along the axes). */
  readonly straight: boolean[];
  /** Per box shape: its sides, corners and edges for the sphere–box test, worked out when a sphere first nears it. */
  readonly sides: (BoxSides | undefined)[];
  /** Its boxes filed by place (null: too few, or not all boxes), made on first need. */
  index: ShapeIndex | null | undefined;
}

const known = new WeakMap<CANNON.Body, StillShapes>();

/** The world places of a still body's shapes (the body must never move). */
export function stillShapes(body: CANNON.Body): StillShapes {
  let shapes = known.get(body);
  if (shapes) return shapes;
  shapes = { at: [], turn: [], straight: [], sides: [], index: undefined };
  for (let i = 0; i < body.shapes.length; i++) {
    const q = new CANNON.Quaternion();
    const x = new CANNON.Vec3();
    body.quaternion.mult(body.shapeOrientations[i]!, q);
    body.quaternion.vmult(body.shapeOffsets[i]!, x);
    x.vadd(body.position, x);
    shapes.at.push(x);
    shapes.turn.push(q);
    shapes.straight.push(q.x === 0 && q.y === 0 && q.z === 0);
    shapes.sides.push(undefined);
  }
  known.set(body, shapes);
  return shapes;
}

/** A still body's boxes filed by place, or null when it has few shapes or any that is not a box. */
export function stillShapeIndex(still: StillShapes, body: CANNON.Body): ShapeIndex | null {
  if (still.index !== undefined) return still.index;
  const boxes = body.shapes.filter((s): s is CANNON.Box => s.type === CANNON.Shape.types.BOX);
  if (boxes.length < FILED_FROM || boxes.length !== body.shapes.length) return (still.index = null);
  // A turned box reaches at most its half diagonal from its centre.
  const reach = (i: number, along: 'x' | 'z') =>
    still.straight[i] ? boxes[i]!.halfExtents[along] : boxes[i]!.halfExtents.length();
  const reachX = boxes.map((_, i) => reach(i, 'x'));
  const reachZ = boxes.map((_, i) => reach(i, 'z'));
  return (still.index = new ShapeIndex(still.at, reachX, reachZ));
}

/** The sides of a still body's box shape `i` (worked out on first call, kept after). */
export function stillBoxSides(still: StillShapes, i: number, box: CANNON.Box): BoxSides {
  return (still.sides[i] ??= boxSides(box.halfExtents, still.turn[i]!));
}

const inBox = new CANNON.Vec3();
const unturn = new CANNON.Quaternion();

/**
 * Whether a sphere at `centre` lies outside a box grown by its radius, so that they cannot touch: the box's
 * centre `at`, its turn and half extents. cannon-es's sphere–box test finds no contact for such a pair.
 */
export function sphereMissesBox(
  centre: CANNON.Vec3,
  radius: number,
  box: CANNON.Box,
  at: CANNON.Vec3,
  turn: CANNON.Quaternion,
  /** Where the sphere's centre is in the box's own frame, for a caller that goes on testing. */
  local: CANNON.Vec3 = inBox,
): boolean {
  centre.vsub(at, local);
  if (turn.x !== 0 || turn.y !== 0 || turn.z !== 0) {
    turn.conjugate(unturn);
    unturn.vmult(local, local);
  }
  const h = box.halfExtents;
  return (
    local.x > h.x + radius ||
    local.x < -h.x - radius ||
    local.y > h.y + radius ||
    local.y < -h.y - radius ||
    local.z > h.z + radius ||
    local.z < -h.z - radius
  );
}

// A friend's spheres touching the labyrinth's boxes get exactly the contacts cannon-es's own narrowphase would give
// (same points, same normals, to the last bit): on faces, along edges and at corners, of boxes straight or tilted
// like ramps, still or carried like platforms, with the friend first or second in the pair.
import { describe, expect, it } from 'vitest';
import * as CANNON from 'cannon-es';
import { seeded } from '../../src/core/random';
import { createWorld } from '../../src/engine/physics/world';

interface Inside {
  currentContactMaterial: CANNON.ContactMaterial;
}

function bits(c: CANNON.ContactEquation): string {
  const v = [c.ri, c.rj, c.ni].flatMap((p) => [p.x, p.y, p.z]).map((x) => (Object.is(x, -0) ? '-0' : String(x)));
  return [c.bi.id, c.bj.id, c.si.id, c.sj.id, ...v].join(' ');
}

/** Where on its box a contact lies: 'face', 'edge' or 'corner' (how many of the box's bounds it sits on). */
function kind(c: CANNON.ContactEquation, box: CANNON.Body, shape: number): string {
  const world = box === c.bj ? c.rj.vadd(box.position) : c.ri.vadd(box.position);
  const at = box.quaternion.vmult(box.shapeOffsets[shape]!).vadd(box.position);
  const turn = box.quaternion.mult(box.shapeOrientations[shape]!);
  const local = turn.conjugate().vmult(world.vsub(at));
  const h = (box.shapes[shape] as CANNON.Box).halfExtents;
  const on = [local.x - h.x, local.y - h.y, local.z - h.z, local.x + h.x, local.y + h.y, local.z + h.z];
  const n = on.filter((d) => Math.abs(d) < 1e-9).length;
  return n >= 3 ? 'corner' : n === 2 ? 'edge' : 'face';
}

describe('sphere–box contacts', () => {
  it("are cannon-es's own on faces, edges and corners of still, tilted and moving boxes", () => {
    const random = seeded(11);
    const found = new Map<string, number>();
    let compared = 0;
    for (let n = 0; n < 2500; n++) {
      const world = createWorld();
      world.dt = 1 / 60;
      const theirs = new CANNON.Narrowphase(world);
      const chunk = new CANNON.Body({ type: CANNON.Body.STATIC, mass: 0 });
      chunk.position.set(random() * 100, random() * 10, random() * 100);
      const boxes = 1 + Math.floor(random() * 10);
      for (let b = 0; b < boxes; b++) {
        const turn = new CANNON.Quaternion();
        // Tilted like a ramp (about x or z), or any way at all.
        const axis = random() < 0.5 ? new CANNON.Vec3(1, 0, 0) : new CANNON.Vec3(0, 0, 1);
        if (random() < 0.05) axis.set(random() - 0.5, random() - 0.5, random() - 0.5).normalize();
        if (random() < 0.25) turn.setFromAxisAngle(axis, random() * 2 - 1);
        const half = new CANNON.Vec3(0.1 + random() * 3, 0.1 + random() * 2, 0.1 + random() * 3);
        const offset = new CANNON.Vec3(random() * 6 - 3, random() * 2 - 1, random() * 6 - 3);
        chunk.addShape(new CANNON.Box(half), offset, turn);
      }
      const moving = random() < 0.3;
      const entity = new CANNON.Body({ type: moving ? CANNON.Body.KINEMATIC : CANNON.Body.STATIC, mass: 0 });
      entity.addShape(new CANNON.Box(new CANNON.Vec3(0.2 + random(), 0.2 + random(), 0.2 + random())));
      entity.position.set(chunk.position.x + random() * 4 - 2, chunk.position.y, chunk.position.z + random() * 4 - 2);
      const friend = new CANNON.Body({ mass: 1, fixedRotation: true });
      const r = 0.2 + random() * 0.3;
      friend.addShape(new CANNON.Sphere(r));
      friend.addShape(new CANNON.Sphere(r), new CANNON.Vec3(0, 0.5 + random() * 0.5, 0));
      // Near one of the chunk's boxes: anywhere around it, or right at one of its corners.
      const target = Math.floor(random() * boxes);
      const at = chunk.shapeOffsets[target]!.vadd(chunk.position);
      const h = (chunk.shapes[target] as CANNON.Box).halfExtents;
      const c = Math.floor(random() * 16);
      const spread = (e: number, bit: number) =>
        c < 8 ? (random() * 2 - 1) * (e + r * 1.3) : (c & bit ? e : -e) + (random() - 0.5) * r;
      friend.position.set(at.x + spread(h.x, 1), at.y + spread(h.y, 2), at.z + spread(h.z, 4));
      world.addBody(chunk);
      world.addBody(friend);
      world.addBody(entity);
      const friendFirst = random() < 0.5;
      const p1 = friendFirst ? [friend, friend] : [chunk, entity];
      const p2 = friendFirst ? [chunk, entity] : [friend, friend];
      // Three ticks' worth: a still box's sides are worked out on the first and kept for the next.
      for (let round = 0; round < 3; round++) {
        const ours: CANNON.ContactEquation[] = [];
        const cannons: CANNON.ContactEquation[] = [];
        (world.narrowphase as unknown as Inside).currentContactMaterial = world.defaultContactMaterial;
        (theirs as unknown as Inside).currentContactMaterial = world.defaultContactMaterial;
        world.narrowphase.getContacts(p1, p2, world, ours, [], [], []);
        CANNON.Narrowphase.prototype.getContacts.call(theirs, p1, p2, world, cannons, [], [], []);
        expect(ours.map(bits)).toEqual(cannons.map(bits));
        for (const contact of cannons) {
          const box = contact.bi === friend ? contact.bj : contact.bi;
          const shape = box.shapes.indexOf(contact.si instanceof CANNON.Box ? contact.si : contact.sj);
          const k = kind(contact, box, shape);
          found.set(k, (found.get(k) ?? 0) + 1);
        }
        compared++;
        friend.position.vadd(
          new CANNON.Vec3(random() - 0.5, random() - 0.5, random() - 0.5).scale(0.1),
          friend.position,
        );
      }
    }
    expect(compared).toBe(7500);
    // The runs compared hold every kind of contact, many times over.
    expect(found.get('face')).toBeGreaterThan(1000);
    expect(found.get('edge')).toBeGreaterThan(100);
    expect(found.get('corner')).toBeGreaterThan(50);
  });
});

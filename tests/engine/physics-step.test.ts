// The engine's own physics step (only what moves, the still boxes placed once, the grid broadphase) must move
// friends exactly as cannon-es's own World.step with its naive broadphase would: same positions, to the last bit.
import { describe, expect, it } from 'vitest';
import * as CANNON from 'cannon-es';
import { Grid } from '../../src/core/grid';
import { BODY, TICK } from '../../src/core/tuning';
import { seeded } from '../../src/core/random';
import { buildLevelBodies, createWorld } from '../../src/engine/physics/world';
import { stepWorld, type MovingSolver } from '../../src/engine/physics/step';
import { loadLevelFile } from '../helpers';

interface Scene {
  world: CANNON.World;
  friends: CANNON.Body[];
  platform: CANNON.Body;
}

/** The level's labyrinth, four friend-shaped bodies near the spawn and a kinematic slab sliding past them. */
function scene(grid: Grid, cannonOwn: boolean, stopWhenSettled = false): Scene {
  const world = createWorld();
  if (cannonOwn) {
    const solver = new CANNON.GSSolver();
    solver.iterations = 10;
    world.solver = solver;
    world.broadphase = new CANNON.NaiveBroadphase();
    world.broadphase.useBoundingBoxes = true;
    world.narrowphase.getContacts = CANNON.Narrowphase.prototype.getContacts;
    world.narrowphase.sphereBox = CANNON.Narrowphase.prototype.sphereBox;
  }
  // cannon-es's own stopping rule alone (the settled-velocity rule is compared on its own below).
  if (!cannonOwn) (world.solver as MovingSolver).stopWhenSettled = stopWhenSettled;
  buildLevelBodies(world, grid);
  const start = grid.center(0, 2, 2);
  const friends = [0, 1, 2, 3].map((i) => {
    const body = new CANNON.Body({ mass: BODY.mass, fixedRotation: true, angularDamping: 1 });
    body.addShape(new CANNON.Sphere(BODY.radius));
    body.addShape(new CANNON.Sphere(BODY.radius), new CANNON.Vec3(0, BODY.headOffset, 0));
    body.position.set(start.x + (i % 2) * 0.8, start.y + BODY.radius + 0.5 * i, start.z + Math.floor(i / 2) * 0.8);
    body.allowSleep = false;
    body.updateMassProperties();
    world.addBody(body);
    return body;
  });
  const platform = new CANNON.Body({ type: CANNON.Body.KINEMATIC, mass: 0 });
  platform.addShape(new CANNON.Box(new CANNON.Vec3(1, 0.2, 1)));
  platform.position.set(start.x, start.y + 0.2, start.z + 3);
  platform.allowSleep = false;
  world.addBody(platform);
  return { world, friends, platform };
}

describe('the physics step', () => {
  for (const file of ['levels/01-bedroom.json', 'levels/03-neon-rooftops.json']) {
    it(`moves bodies on ${file} exactly as cannon-es's own step does (walking, falling, resting, a platform)`, () => {
      const grid = new Grid(loadLevelFile(file));
      const ours = scene(grid, false);
      const theirs = scene(grid, true);
      const random = seeded(3);
      let touching = 0;
      for (let t = 0; t < 900; t++) {
        // The same pushes in both: a friend steered about, one resting for a while, the platform sliding.
        const vx = random() * 8 - 4;
        const vz = random() * 8 - 4;
        const jump = random() < 0.02;
        for (const s of [ours, theirs]) {
          const [walker, , sleeper] = s.friends;
          if (t % 20 === 0) {
            walker!.velocity.x = vx;
            walker!.velocity.z = vz;
            if (jump) walker!.velocity.y = 5;
          }
          if (t === 200) sleeper!.sleep();
          if (t === 500) sleeper!.wakeUp();
          s.platform.velocity.set(t % 240 < 120 ? 1 : -1, 0, 0);
          if (ours === s) stepWorld(s.world, TICK);
          else s.world.step(TICK);
        }
        if (ours.world.contacts.length > 0) touching++;
        for (let i = 0; i < 4; i++) {
          const a = ours.friends[i]!;
          const b = theirs.friends[i]!;
          expect([a.position.x, a.position.y, a.position.z, a.velocity.y]).toEqual([
            b.position.x,
            b.position.y,
            b.position.z,
            b.velocity.y,
          ]);
        }
      }
      // The runs compared are runs with collisions in them: the friends stood on the floor and met walls.
      expect(touching).toBeGreaterThan(600);
    });
  }

  it('stops iterating once the velocities settle, and moves friends as cannon-es does to a hundredth of a millimetre', () => {
    const grid = new Grid(loadLevelFile('levels/01-bedroom.json'));
    const ours = scene(grid, false, true);
    const theirs = scene(grid, true);
    // Solves that ran to the solver's limit of ten iterations, ours and cannon-es's.
    const toTheLimit = [0, 0];
    [ours, theirs].forEach((s, k) => {
      const solver = s.world.solver as CANNON.GSSolver;
      const solve = solver.solve.bind(solver);
      solver.solve = (dt, world) => {
        const n = solve(dt, world);
        if (n === solver.iterations) toTheLimit[k]!++;
        return n;
      };
    });
    const random = seeded(4);
    let worst = 0;
    let worstFirst = 0;
    for (let t = 0; t < 900; t++) {
      if (t === 300) worstFirst = worst;
      // A walker pushed into the walls (both its spheres against one) and about the room.
      const vx = random() * 8 - 4;
      const vz = random() * 8 - 4;
      for (const s of [ours, theirs]) {
        if (t % 20 === 0) {
          s.friends[0]!.velocity.x = vx;
          s.friends[0]!.velocity.z = vz;
        }
        s.platform.velocity.set(t % 240 < 120 ? 1 : -1, 0, 0);
        if (ours === s) stepWorld(s.world, TICK);
        else s.world.step(TICK);
      }
      for (let i = 0; i < 4; i++) {
        const a = ours.friends[i]!.position;
        const b = theirs.friends[i]!.position;
        worst = Math.max(worst, Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.z - b.z));
      }
    }
    // Within a hundredth of a millimetre for the first five seconds. Neither stops at the exact answer, and with
    // no friction or controller to take it out, a difference of micrometres a second grows as the friends
    // shove each other: within half a centimetre after fifteen seconds.
    expect(worstFirst).toBeLessThan(1e-5 * 5);
    expect(worst).toBeLessThan(5e-3);
    // cannon-es's rule ran solves to the limit (the walker along a wall); ours stopped most of them far sooner.
    expect(toTheLimit[1]).toBeGreaterThan(30);
    expect(toTheLimit[0]).toBeLessThan(toTheLimit[1]! / 2);
  });
});

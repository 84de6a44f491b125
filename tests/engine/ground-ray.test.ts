// The friends' ground probe and the grid broadphase look only at what is near (the still shapes over the ray's
// column, the platforms filed by square), and must find exactly what cannon-es finds looking at every body.
import { describe, expect, it } from 'vitest';
import * as CANNON from 'cannon-es';
import { levelSchema, type Level } from '../../src/core/schema';
import { seeded } from '../../src/core/random';
import { BODY, MOVE, TICK } from '../../src/core/tuning';
import { Engine } from '../../src/engine/engine';
import { GroundRay } from '../../src/engine/physics/ground-ray';
import { GROUP } from '../../src/engine/physics/groups';
import { stepWorld } from '../../src/engine/physics/step';
import { stressLevel } from '../../src/levels/stress';
import { loadLevelFile } from '../helpers';

/** The stress level with every platform switched on and shuttling three cells east and back every 3 s. */
function stressWithMovingPlatforms(): Level {
  const input = stressLevel(1);
  for (const e of input.entities ?? [])
    if (e.type === 'moving-platform')
      Object.assign(e, { to: [Math.min(e.at[0] + 3, 126), e.at[1]], period: 3, active: true });
  return levelSchema.parse(input);
}

const naive = new CANNON.NaiveBroadphase();
naive.useBoundingBoxes = true;

/** cannon-es's own closest hit straight down, looking at every body of the world. */
function cannonsHit(world: CANNON.World, mask: number, x: number, y: number, z: number, toY: number) {
  const result = new CANNON.RaycastResult();
  const ours = world.broadphase;
  world.broadphase = naive;
  new CANNON.Ray(new CANNON.Vec3(x, y, z), new CANNON.Vec3(x, toY, z)).intersectWorld(world, {
    mode: CANNON.Ray.CLOSEST,
    result,
    skipBackfaces: true,
    collisionFilterMask: mask,
  });
  world.broadphase = ours;
  return result;
}

const levels: [string, () => Level][] = [
  ...['01-bedroom', '02-exam-hall', '03-neon-rooftops', '04-the-lab', '05-the-cycle'].map(
    (n): [string, () => Level] => [n, () => loadLevelFile(`levels/${n}.json`)],
  ),
  ['the stress level with its platforms moving', stressWithMovingPlatforms],
];

describe('the ground probe', () => {
  for (const [name, level] of levels) {
    it(`finds on ${name} the same ground as cannon-es's ray over every body: body, shape, normal, distance`, () => {
      const engine = new Engine(level());
      const { world, grid } = engine;
      const mask = GROUP.all & ~GROUP.friend(0);
      const result = new CANNON.RaycastResult();
      const probe = new GroundRay(mask, result);
      const random = seeded(11);
      const width = grid.cols * grid.cellSize;
      const depth = grid.rows * grid.cellSize;
      let hits = 0;
      for (let i = 0; i < 6000; i++) {
        // Platforms move between the probes; some probes fall just past the level's edges.
        if (i % 50 === 0) stepWorld(world, TICK);
        const floor = Math.floor(random() * grid.floorCount);
        const x = random() * (width + 4) - 2;
        const z = random() * (depth + 4) - 2;
        const y = (grid.heights[floor] ?? 0) + random() * 0.9 - 0.1;
        const toY = y - BODY.radius - MOVE.groundSnap;
        const hit = probe.cast(world, x, y, z, toY);
        const theirs = cannonsHit(world, mask, x, y, z, toY);
        expect(hit).toBe(theirs.hasHit);
        if (!hit) continue;
        hits++;
        expect(result.body).toBe(theirs.body);
        expect(result.shape).toBe(theirs.shape);
        expect([result.distance, ...result.hitNormalWorld.toArray()]).toEqual([
          theirs.distance,
          ...theirs.hitNormalWorld.toArray(),
        ]);
      }
      // Most probes stood over some floor, so the comparison was about hits, not only misses.
      expect(hits).toBeGreaterThan(500);
    });
  }
});

describe('the grid broadphase', () => {
  it('pairs friends with moving platforms exactly as cannon-es looking at every pair does', () => {
    const engine = new Engine(stressWithMovingPlatforms());
    const world = engine.world;
    const platforms = engine.entities.platforms;
    const random = seeded(5);
    const friends = engine.friends.map((f) => f.body);
    let platformPairs = 0;
    for (let t = 0; t < 120; t++) {
      // Every platform slides about (the world lists none as parked, so the step moves them all).
      platforms.forEach((p, i) => p.body.velocity.set(Math.sin(t * 0.1 + i) * 3, 0, Math.cos(t * 0.07 + i) * 3));
      if (t % 3 === 0)
        for (const body of friends) {
          // Each friend put down on or beside some platform, now and then asleep.
          const near = platforms[Math.floor(random() * platforms.length)]!.body.position;
          body.position.set(near.x + random() * 3 - 1.5, near.y + random() * 1.2, near.z + random() * 3 - 1.5);
          body.aabbNeedsUpdate = true;
          if (random() < 0.3) body.sleep();
          else body.wakeUp();
        }
      const a1: CANNON.Body[] = [];
      const b1: CANNON.Body[] = [];
      world.broadphase.collisionPairs(world, a1, b1);
      const a2: CANNON.Body[] = [];
      const b2: CANNON.Body[] = [];
      naive.collisionPairs(world, a2, b2);
      // Pairs without a friend in them (a platform over a floor) make no contact: the grid leaves them out.
      for (let i = a2.length - 1; i >= 0; i--)
        if (a2[i]!.type !== CANNON.Body.DYNAMIC && b2[i]!.type !== CANNON.Body.DYNAMIC) {
          a2.splice(i, 1);
          b2.splice(i, 1);
        }
      expect(a1.map((b) => b.index)).toEqual(a2.map((b) => b.index));
      expect(b1.map((b) => b.index)).toEqual(b2.map((b) => b.index));
      for (let i = 0; i < a1.length; i++)
        if (a1[i]!.type === CANNON.Body.KINEMATIC || b1[i]!.type === CANNON.Body.KINEMATIC) platformPairs++;
      stepWorld(world, TICK);
    }
    // The friends did meet platforms, awake and asleep.
    expect(platformPairs).toBeGreaterThan(100);
  });
});

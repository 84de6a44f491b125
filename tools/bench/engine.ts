// What the engine's tick costs, beside what a player would otherwise get: three.js's `games_fps` physics (one
// Capsule against an Octree of the level, five substeps a frame) on the same level. Functions the bench calls.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as THREE from 'three';
import { Octree } from 'three/examples/jsm/math/Octree.js';
import { Capsule } from 'three/examples/jsm/math/Capsule.js';
import { Engine } from '../../src/engine/engine';
import { seeded } from '../../src/core/random';
import { idleInput, type TickInput } from '../../src/engine/tick-input';
import { mergeCells, rampSlab } from '../../src/core/grid';
import { FRIEND_NAMES, type Level } from '../../src/core/schema';
import { LEVEL_GEOMETRY } from '../../src/core/tuning';

export interface TickFigures {
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  ticks: number;
}

/** The same level with all four friends in it, on walkable cells near the spawn. */
export function withFourFriends(level: Level): Level {
  const grid = new Engine(level).grid;
  const taken = new Set(level.friends.map((f) => `${f.floor}:${f.at[0]}:${f.at[1]}`));
  const friends = [...level.friends];
  const s = level.spawn;
  for (const name of FRIEND_NAMES) {
    if (friends.some((f) => f.friend === name)) continue;
    search: for (let r = 0; r < 20; r++)
      for (let dr = -r; dr <= r; dr++)
        for (let dc = -r; dc <= r; dc++) {
          const col = s.at[0] + dc;
          const row = s.at[1] + dr;
          const key = `${s.floor}:${col}:${row}`;
          if (!taken.has(key) && grid.walkable(s.floor, col, row)) {
            taken.add(key);
            friends.push({ friend: name, at: [col, row], floor: s.floor, facing: 'north' });
            break search;
          }
        }
  }
  return { ...level, friends };
}

/** Segments of half a second: the player runs one way, turns, jumps now and then. */
const SEGMENT_TICKS = 30;

/**
 * A player who runs about, turns, jumps and now and then switches friends, made up front so that feeding it
 * allocates nothing: `at(tick)` returns one of a few prepared inputs.
 */
export class RestlessPlayer {
  private readonly turns: TickInput[] = [];
  private readonly holds: TickInput[] = [];

  constructor(seed = 7, segments = 64) {
    const random = seeded(seed);
    for (let i = 0; i < segments; i++) {
      const a = random() * Math.PI * 2;
      const hold: TickInput = {
        ...idleInput(),
        moveX: Math.sin(a),
        moveY: Math.cos(a),
        run: random() < 0.5,
        jump: random() < 0.2,
      };
      this.holds.push(hold);
      this.turns.push({ ...hold, lookYaw: random() - 0.5, cycle: random() < 0.1 ? 1 : 0 });
    }
  }

  at(tick: number): TickInput {
    const segment = Math.floor(tick / SEGMENT_TICKS) % this.holds.length;
    return tick % SEGMENT_TICKS === 0 ? this.turns[segment]! : this.holds[segment]!;
  }
}

function figures(times: number[]): TickFigures {
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
  return {
    medianMs: at(0.5),
    p95Ms: at(0.95),
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    ticks: times.length,
  };
}

/** Warm-up ticks (the JIT settles) before timing. */
const WARM_TICKS = 600;
/** And at least this long warming up: V8 optimises on a background thread, which a busy machine starves. */
const WARM_MS = 400;

/** The engine's tick with all four friends on the level while a player runs one of them about. */
export function measureTick(level: Level, ticks = 10_000): TickFigures {
  const engine = new Engine(withFourFriends(level), { switchGlide: 0 });
  const player = new RestlessPlayer();
  const times = new Array<number>(ticks);
  const begun = performance.now();
  let warm = Infinity;
  for (let t = 0; t < ticks + warm; t++) {
    const input = player.at(t);
    const start = performance.now();
    engine.step(input);
    const ms = performance.now() - start;
    if (t >= warm) times[t - warm] = ms;
    else if (t + 1 >= WARM_TICKS && start - begun >= WARM_MS) warm = t + 1;
    // Drained as the game does each frame, so events do not pile up.
    if (t % 4 === 0) engine.drainEvents();
  }
  return figures(times);
}

/**
 * The level as `games_fps` would hold it: meshes for the walls and floor slabs (runs of cells merged into one box,
 * which makes the anchor's octree faster to build and to query, never slower) and one per ramp run.
 */
export function anchorOctree(level: Level): { octree: Octree; buildMs: number; spawn: THREE.Vector3 } {
  const started = performance.now();
  const grid = new Engine(level).grid;
  const cs = grid.cellSize;
  const slab = LEVEL_GEOMETRY.slabThickness;
  const group = new THREE.Group();
  for (let f = 0; f < grid.floorCount; f++) {
    const h = grid.heights[f] ?? 0;
    for (const kind of ['wall', 'floor'] as const) {
      const height = kind === 'wall' ? grid.wallHeight + slab : slab;
      for (const r of mergeCells(grid.cols, grid.rows, (c, row) => grid.terrain(f, c, row) === kind)) {
        const mesh = new THREE.Mesh(new THREE.BoxGeometry(r.cols * cs, height, r.rows * cs));
        mesh.position.set((r.col + r.cols / 2) * cs, h - slab + height / 2, (r.row + r.rows / 2) * cs);
        group.add(mesh);
      }
    }
  }
  for (const run of grid.ramps) {
    const s = rampSlab(run, cs, LEVEL_GEOMETRY.rampThickness);
    const mesh = new THREE.Mesh(new THREE.BoxGeometry(s.half.x * 2, s.half.y * 2, s.half.z * 2));
    mesh.position.set(s.centre.x, s.centre.y, s.centre.z);
    if (s.axis === 'x') mesh.rotation.x = s.angle;
    else mesh.rotation.z = s.angle;
    group.add(mesh);
  }
  group.updateMatrixWorld(true);
  const octree = new Octree().fromGraphNode(group);
  const start = level.friends[0]!;
  const c = grid.center(start.floor, start.at[0], start.at[1]);
  return { octree, buildMs: performance.now() - started, spawn: new THREE.Vector3(c.x, c.y, c.z) };
}

/**
 * One frame of `games_fps`'s player physics for one walker on the level: five substeps of controls, damping,
 * gravity, a move and `octree.capsuleIntersect`, exactly as the example does them (its allocations included).
 */
export function measureAnchorTick(level: Level, frames = 10_000): TickFigures & { buildMs: number } {
  const { octree, buildMs, spawn } = anchorOctree(level);
  const GRAVITY = 30;
  const STEPS_PER_FRAME = 5;
  const collider = new Capsule(
    new THREE.Vector3(spawn.x, spawn.y + 0.35, spawn.z),
    new THREE.Vector3(spawn.x, spawn.y + 1, spawn.z),
    0.35,
  );
  const velocity = new THREE.Vector3();
  const forward = new THREE.Vector3();
  const side = new THREE.Vector3();
  let onFloor = false;
  const player = new RestlessPlayer();
  let yaw = 0;
  const collide = () => {
    const result = octree.capsuleIntersect(collider);
    onFloor = false;
    if (result) {
      onFloor = result.normal.y > 0;
      if (!onFloor) velocity.addScaledVector(result.normal, -result.normal.dot(velocity));
      if (result.depth >= 1e-10) collider.translate(result.normal.multiplyScalar(result.depth));
    }
  };
  const substep = (dt: number, input: TickInput) => {
    const speedDelta = dt * (onFloor ? 25 : 8);
    forward.set(-Math.sin(yaw), 0, -Math.cos(yaw));
    side.set(Math.cos(yaw), 0, -Math.sin(yaw));
    velocity.add(forward.multiplyScalar(speedDelta * input.moveY));
    velocity.add(side.multiplyScalar(speedDelta * input.moveX));
    if (onFloor && input.jump) velocity.y = 15;
    let damping = Math.exp(-4 * dt) - 1;
    if (!onFloor) {
      velocity.y -= GRAVITY * dt;
      damping *= 0.1;
    }
    velocity.addScaledVector(velocity, damping);
    const deltaPosition = velocity.clone().multiplyScalar(dt);
    collider.translate(deltaPosition);
    collide();
    // games_fps's teleportPlayerIfOob (sooner: a walker falling through the void would cost nothing).
    if (collider.end.y <= spawn.y - 2) {
      collider.start.set(spawn.x, spawn.y + 0.35, spawn.z);
      collider.end.set(spawn.x, spawn.y + 1, spawn.z);
      velocity.set(0, 0, 0);
    }
  };
  const times = new Array<number>(frames);
  const begun = performance.now();
  let warm = Infinity;
  for (let t = 0; t < frames + warm; t++) {
    const input = player.at(t);
    yaw += input.lookYaw;
    const start = performance.now();
    for (let i = 0; i < STEPS_PER_FRAME; i++) substep(1 / 60 / STEPS_PER_FRAME, input);
    const ms = performance.now() - start;
    if (t >= warm) times[t - warm] = ms;
    else if (t + 1 >= WARM_TICKS && start - begun >= WARM_MS) warm = t + 1;
  }
  return { ...figures(times), buildMs };
}

export interface HeapFigures {
  /** Heap kept after a full collection, grown over the ticks (a leak shows here). */
  retainedBytes: number;
  /** Bytes allocated per tick on average (garbage the collector must later sweep). */
  allocatedBytesPerTick: number;
  ticks: number;
}

let collect: (() => void) | null = null;
/** A full garbage collection, enabled at run time so the bench needs no node flag. */
function gc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  collect();
}

/**
 * What `ticks` ticks of play leave on the heap, and what they allocate: the heap in use is read every tick, and
 * its rises are summed (a collection in between shows as a fall and is skipped); reading it costs a little, which
 * an empty loop of the same reads measures and takes off.
 */
export function heapGrowthOverTicks(level: Level, ticks = 10_000): HeapFigures {
  const engine = new Engine(withFourFriends(level), { switchGlide: 0 });
  const player = new RestlessPlayer();
  for (let t = 0; t < WARM_TICKS; t++) engine.step(player.at(t));
  engine.drainEvents();
  const rises = (step: ((t: number) => void) | null): number => {
    let total = 0;
    let last = process.memoryUsage().heapUsed;
    for (let t = 0; t < ticks; t++) {
      if (step) step(t);
      const now = process.memoryUsage().heapUsed;
      if (now > last) total += now - last;
      last = now;
    }
    return total;
  };
  gc();
  const before = process.memoryUsage().heapUsed;
  const baseline = rises(null);
  const played = rises((t) => {
    engine.step(player.at(WARM_TICKS + t));
    if (t % 4 === 0) engine.drainEvents();
  });
  gc();
  const after = process.memoryUsage().heapUsed;
  return {
    retainedBytes: after - before,
    allocatedBytesPerTick: Math.max(0, played - baseline) / ticks,
    ticks,
  };
}

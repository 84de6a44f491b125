// A level at the format's caps, made from a seed: 128 × 128 cells, 8 floors, 1,000 entities. A tower of eight
// rooms in one corner is the route (each floor asks for one friend's skill, a jump or a plate, then a ramp up),
// and the open floors around it are filled with every kind of entity. `level check` and the bot must handle it in
// seconds: the bench times it, the tests prove it.
import { seeded } from '../core/random';
import { FORMAT_VERSION, LIMITS, type LevelInput } from '../core/schema';

type EntityInput = NonNullable<LevelInput['entities']>[number];

/** Side of the route's room on every floor, in cells (walls included). */
const ROOM = 12;
const SIDE = LIMITS.gridSide;
const FLOORS = LIMITS.floors;
const STOREY = 3;

export interface StressOptions {
  /** Entities in all (the route's own included); the format's cap by default. */
  entities?: number;
}

/** The level, as a designer would write it (defaults left out). */
export function stressLevel(seed = 1, options: StressOptions = {}): LevelInput {
  const rng = seeded(seed);
  const total = options.entities ?? LIMITS.entities;
  const floors: string[][][] = [];
  for (let f = 0; f < FLOORS; f++) floors.push(openFloor(rng));
  const entities: EntityInput[] = [];
  const used = new Set<string>();
  const put = (f: number, col: number, row: number, ch: string) => {
    floors[f]![row]![col] = ch;
  };
  const take = (f: number, col: number, row: number) => used.add(`${f}:${col}:${row}`);

  // The route: a room of 12 × 12 cells in the north-west corner of every floor, split by a wall at column 6 with
  // one way through at [6, 5] holding the floor's puzzle. Even floors are left by a ramp in the east half, odd
  // floors by a ramp in the west half, so every floor is crossed through its puzzle: the friends start in the west
  // half of floor 0, arrive on floor 1 in its east half, on floor 2 in its west half, and so on up.
  // Three cells long for a storey's rise, like the campaign's ramps: a steeper one stops a friend who turns onto
  // it from a standstill at its foot (a player as much as the bot).
  const EAST_RAMP: [number, number][] = [
    [9, 4],
    [9, 3],
    [9, 2],
  ];
  const WEST_RAMP: [number, number][] = [
    [2, 9],
    [2, 8],
    [2, 7],
  ];
  for (let f = 0; f < FLOORS; f++) {
    for (let r = 0; r < ROOM; r++)
      for (let c = 0; c < ROOM; c++) {
        put(f, c, r, r === 0 || c === 0 || r === ROOM - 1 || c === ROOM - 1 || c === 6 ? '#' : '.');
        take(f, c, r);
      }
    // A doorway from the east half out to the open floor, so everything on it can be reached.
    put(f, ROOM - 1, 8, '.');
    const up = f % 2 === 0 ? EAST_RAMP : WEST_RAMP;
    const below = f % 2 === 0 ? WEST_RAMP : EAST_RAMP;
    if (f < FLOORS - 1) {
      // Climbing north; the cell past its top is a wall whose top is the next floor.
      for (const [c, r] of up) put(f, c, r, '^');
      const top = up[up.length - 1]!;
      put(f, top[0], top[1] - 1, '#');
    }
    if (f > 0) {
      // Over the ramp of the floor below: nothing; it comes out on the cell north of it.
      for (const [c, r] of below) put(f, c, r, ' ');
      const top = below[below.length - 1]!;
      put(f, top[0], top[1] - 1, '.');
    }
  }
  const puzzles: ((f: number) => void)[] = [
    // Floor 0, west to east: Ava reprograms the node that opens the door.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({ id: `door-${f}`, type: 'door', floor: f, at: [6, 5] });
      entities.push({ id: `node-${f}`, type: 'code-node', floor: f, at: [4, 3], controls: [`door-${f}`] });
    },
    // Floor 1, east to west: a chasm of three cells that Mia bridges.
    (f) => {
      for (const c of [5, 6, 7]) put(f, c, 5, ' ');
      entities.push({ id: `anchor-${f}-e`, type: 'bridge-anchor', floor: f, at: [8, 5], pair: `anchor-${f}-w` });
      entities.push({ id: `anchor-${f}-w`, type: 'bridge-anchor', floor: f, at: [4, 5], pair: `anchor-${f}-e` });
    },
    // Floor 2, west to east: a false wall Noah reveals.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({ id: `false-wall-${f}`, type: 'false-wall', floor: f, at: [6, 5] });
    },
    // Floor 3, east to west: a cracked wall Leo smashes.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({ id: `cracked-${f}`, type: 'cracked-wall', floor: f, at: [6, 5] });
    },
    // Floor 4, west to east: a gap of one cell anyone jumps.
    (f) => put(f, 6, 5, ' '),
    // Floor 5, east to west: a door held open by a plate, so one friend stays while another goes through.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({ id: `door-${f}`, type: 'door', floor: f, at: [6, 5] });
      entities.push({ id: `plate-${f}`, type: 'pressure-plate', floor: f, at: [8, 7], controls: [`door-${f}`] });
    },
    // Floor 6, west to east: a mild doubt hazard patrols the way through.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({
        id: `doubt-${f}`,
        type: 'doubt-hazard',
        floor: f,
        at: [7, 7],
        drain: 5,
        loop: [[7, 3]],
        period: 4,
      });
    },
    // Floor 7, east to west: a memory to read before the exit opens.
    (f) => {
      put(f, 6, 5, '.');
      entities.push({
        id: `memory-${f}`,
        type: 'fragment',
        floor: f,
        at: [3, 3],
        title: 'The top of the tower',
        text: 'Eight floors of the same room, and at the top, the way out.',
        required: true,
      });
      entities.push({ id: 'exit', type: 'exit', floor: f, at: [2, 2] });
    },
  ];
  for (let f = 0; f < FLOORS; f++) puzzles[f]!(f);

  // The open floors: every kind of entity, placed at random on free floor cells.
  const free = (f: number): [number, number] => {
    for (;;) {
      const col = ROOM + 2 + Math.floor(rng() * (SIDE - ROOM - 4));
      const row = 2 + Math.floor(rng() * (SIDE - 4));
      if (used.has(`${f}:${col}:${row}`) || floors[f]![row]![col] !== '.') continue;
      take(f, col, row);
      return [col, row];
    }
  };
  let n = 0;
  while (entities.length < total) {
    const f = n % FLOORS;
    const id = `e${n++}`;
    const at = free(f);
    const kind = Math.floor(rng() * 10);
    switch (kind) {
      case 0:
        entities.push({ id, type: 'checkpoint', floor: f, at });
        break;
      case 1:
        entities.push({
          id,
          type: 'dialogue',
          floor: f,
          at,
          lines: [{ speaker: 'ava', text: `Floor ${f}, cell ${at.join(', ')}.` }],
        });
        break;
      case 2:
        entities.push({ id, type: 'fragment', floor: f, at, text: 'A memory nobody needs to read.' });
        break;
      case 3: {
        const loop: [number, number][] = [[Math.min(SIDE - 3, at[0] + 2), at[1]]];
        entities.push({ id, type: 'doubt-hazard', floor: f, at, drain: 2, radius: 0.5, loop, period: 8 });
        break;
      }
      case 4:
        entities.push({ id, type: 'door', floor: f, at, open: true });
        break;
      case 5:
        entities.push({ id, type: 'moving-platform', floor: f, at, to: at, period: 6 });
        break;
      case 6:
        entities.push({ id, type: 'false-wall', floor: f, at });
        break;
      case 7:
        entities.push({ id, type: 'cracked-wall', floor: f, at });
        break;
      case 8: {
        // A node for an open door beside it: Ava may toggle it, and nothing depends on it.
        const door = free(f);
        entities.push({ id: `${id}-door`, type: 'door', floor: f, at: door, open: true });
        entities.push({ id, type: 'code-node', floor: f, at, controls: [`${id}-door`] });
        break;
      }
      default:
        entities.push({ id, type: 'checkpoint', floor: f, at });
        break;
    }
  }
  entities.length = Math.min(entities.length, total);

  return {
    formatVersion: FORMAT_VERSION,
    id: `stress-${seed}`,
    title: `A level at the format's caps (seed ${seed})`,
    grid: {
      cellSize: 2,
      wallHeight: STOREY,
      floors: floors.map((rows, f) => ({ height: f * STOREY, rows: rows.map((r) => r.join('')) })),
    },
    spawn: { at: [2, 2], facing: 'east' },
    friends: [
      { friend: 'ava', at: [2, 2], facing: 'east' },
      { friend: 'mia', at: [3, 2], facing: 'east' },
      { friend: 'noah', at: [2, 3], facing: 'east' },
      { friend: 'leo', at: [3, 3], facing: 'east' },
    ],
    entities,
  };
}

/** A floor of open cells with a wall round it and pillars here and there. */
function openFloor(rng: () => number): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < SIDE; r++) {
    const row: string[] = [];
    for (let c = 0; c < SIDE; c++) {
      const edge = r === 0 || c === 0 || r === SIDE - 1 || c === SIDE - 1;
      row.push(edge || (r % 6 === 0 && c % 6 === 0 && rng() < 0.8) ? '#' : '.');
    }
    rows.push(row);
  }
  return rows;
}

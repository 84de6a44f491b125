// Small random levels from a seed, for the property test of the proof (tests/levels/property.test.ts, `npm run
// fuzz`): a room of any cell size from 1 to 8 m, one or two floors joined by a ramp, and between the friends and
// the exit a gap, a wall with a door, a false or a cracked wall, plates, nodes, anchors, hidden and moving platforms
// and doubt hazards from harmless to deadly (some with a node that freezes them). Valid by construction; beatable
// or not is for the solver and the bot to say.
import { seeded } from '../core/random';
import { FORMAT_VERSION, FRIEND_NAMES, type FriendName, type LevelInput } from '../core/schema';

type EntityInput = NonNullable<LevelInput['entities']>[number];

const CELL_SIZES = [1, 1.5, 2, 2, 2.5, 3, 4, 6, 8];
const DRAINS = [0, 2, 10, 25, 60, 200, 1000];

export function randomLevel(seed: number): LevelInput {
  const rng = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const cols = int(10, 16);
  const rows = int(5, 8);
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++)
    grid.push(
      Array.from({ length: cols }, (_, c) => (r === 0 || c === 0 || r === rows - 1 || c === cols - 1 ? '#' : '.')),
    );
  const entities: EntityInput[] = [];
  let ids = 0;
  const id = (kind: string) => `${kind}-${ids++}`;
  const friends = FRIEND_NAMES.filter(() => rng() < 0.6);
  if (friends.length === 0) friends.push(pick(FRIEND_NAMES));
  const mid = int(4, cols - 5);
  const row = int(1, rows - 2);

  // The obstacle between the start (west) and the exit (east).
  const obstacle = int(0, 5);
  if (obstacle === 0 || obstacle === 1) {
    // A gap of 1–3 void cells across the room; anchors on the row of the way across, sometimes a hidden platform.
    const width = int(1, 3);
    for (let r = 1; r < rows - 1; r++) for (let c = mid; c < mid + width; c++) grid[r]![c] = ' ';
    const anchors = rng() < 0.5;
    const hidden = rng() < 0.5;
    if (anchors)
      entities.push(
        { id: 'anchor-w', type: 'bridge-anchor', at: [mid - 1, row], pair: 'anchor-e' },
        { id: 'anchor-e', type: 'bridge-anchor', at: [mid + width, row], pair: 'anchor-w' },
      );
    else if (hidden) entities.push({ id: id('hidden'), type: 'hidden-platform', at: [mid, row] });
    else if (rng() < 0.6) entities.push(...ferry(mid, width, row, rows, rng, int));
  } else {
    // A wall across the room with one way through, holding a door, a false or a cracked wall, or nothing.
    for (let r = 1; r < rows - 1; r++) grid[r]![mid] = '#';
    grid[row]![mid] = '.';
    const what = int(0, 3);
    if (what === 0) {
      entities.push({ id: 'door', type: 'door', at: [mid, row] });
      const byPlate = rng() < 0.5;
      const side: [number, number] = [int(1, mid - 1), int(1, rows - 2)];
      if (byPlate) entities.push({ id: id('plate'), type: 'pressure-plate', at: side, controls: ['door'] });
      else entities.push({ id: id('node'), type: 'code-node', at: side, controls: ['door'] });
    } else if (what === 1) entities.push({ id: id('false'), type: 'false-wall', at: [mid, row] });
    else if (what === 2) entities.push({ id: id('crack'), type: 'cracked-wall', at: [mid, row] });
  }
  // Sometimes the exit is up on a second floor: a raised block in the east, its top reached by a ramp.
  const upper = raisedBlock(grid, mid + (obstacle <= 1 ? 3 : 1), rng, int);
  // A doubt hazard near the way through, still or patrolling, from harmless to deadly.
  if (rng() < 0.6) {
    const at: [number, number] = [Math.min(cols - 2, mid + int(-1, 2)), int(1, rows - 2)];
    if (grid[at[1]]![at[0]] === '.') {
      const doubt = id('doubt');
      entities.push({
        id: doubt,
        type: 'doubt-hazard',
        at,
        drain: pick(DRAINS),
        radius: pick([0.4, 0.8, 1.2, 2]),
        loop: rng() < 0.5 ? [] : [[at[0], Math.max(1, Math.min(rows - 2, at[1] + int(-3, 3)))]],
        period: pick([2, 4, 8]),
      });
      // Sometimes a code node west of it that Ava reprograms to freeze it, for long or short.
      const node: [number, number] = [int(1, mid - 2), int(1, rows - 2)];
      const free = !entities.some((e) => e.at[0] === node[0] && e.at[1] === node[1]);
      if (rng() < 0.3 && free && grid[node[1]]![node[0]] === '.')
        entities.push({
          id: id('freezer'),
          type: 'code-node',
          at: node,
          controls: [doubt],
          freezeSeconds: pick([1, 4, 10]),
        });
    }
  }
  // The friends start in the west, the exit is in the east.
  const starts: { friend: FriendName; at: [number, number] }[] = [];
  const taken = new Set(entities.map((e) => `${e.at[0]},${e.at[1]}`));
  for (const friend of friends) {
    for (let tries = 0; tries < 50; tries++) {
      const at: [number, number] = [int(1, Math.max(1, mid - 2)), int(1, rows - 2)];
      const k = `${at[0]},${at[1]}`;
      if (taken.has(k) || grid[at[1]]![at[0]] !== '.') continue;
      taken.add(k);
      starts.push({ friend, at });
      break;
    }
  }
  let exit: [number, number] = [cols - 2, int(1, rows - 2)];
  if (taken.has(`${exit[0]},${exit[1]}`)) exit = [cols - 2, 1];
  if (upper) entities.push({ id: 'exit', type: 'exit', floor: 1, at: [cols - 2, int(upper.top, upper.bottom)] });
  else entities.push({ id: 'exit', type: 'exit', at: exit });
  if (rng() < 0.3) {
    const at: [number, number] = [int(mid + 2, cols - 2), int(1, rows - 2)];
    if (!taken.has(`${at[0]},${at[1]}`) && !(at[0] === exit[0] && at[1] === exit[1]) && grid[at[1]]![at[0]] === '.')
      entities.push({ id: id('memory'), type: 'fragment', at, text: 'A memory to read.', required: true });
  }
  const cellSize = pick(CELL_SIZES);
  return {
    formatVersion: FORMAT_VERSION,
    id: `random-${seed}`,
    title: `Random level ${seed}`,
    grid: {
      cellSize,
      ...(upper ? { wallHeight: upper.height } : {}),
      floors: [
        { height: 0, rows: grid.map((r) => r.join('')) },
        ...(upper ? [{ height: upper.height, rows: upper.rows }] : []),
      ],
    },
    spawn: { at: starts[0]!.at },
    friends: starts.map((s) => ({ friend: s.friend, at: s.at, facing: 'east' })),
    entities,
  };
}

/** Speeds (m/s) of the random levels' moving platforms: slow, brisk, and too fast for the solver to ride. */
const FERRY_SPEEDS = [0.8, 1.5, 2.5, 4];

/**
 * A moving platform over the gap: along the way across when the gap is wider than a cell, else up and down the
 * gap. Sometimes it starts switched off, with a code node west of the gap that switches it on. The cell size is
 * drawn later: the period is set for 2 m cells, so the speed grows with the cell size.
 */
function ferry(
  mid: number,
  width: number,
  row: number,
  rows: number,
  rng: () => number,
  int: (lo: number, hi: number) => number,
): EntityInput[] {
  const along = width > 1;
  const other = row + (row + 1 < rows - 1 ? 1 : -1);
  const at: [number, number] = along ? [mid, row] : [mid, Math.min(row, other)];
  const to: [number, number] = along ? [mid + width - 1, row] : [mid, Math.max(row, other)];
  const cells = Math.abs(to[0] - at[0]) + Math.abs(to[1] - at[1]);
  const speed = FERRY_SPEEDS[int(0, FERRY_SPEEDS.length - 1)]!;
  const active = rng() < 0.7;
  const period = Math.round(Math.min(60, Math.max(1, (2 * cells * 2) / speed)) * 10) / 10;
  const out: EntityInput[] = [{ id: 'ferry', type: 'moving-platform', at, to, period, active }];
  if (!active) out.push({ id: 'ferry-node', type: 'code-node', at: [mid - 2, int(1, rows - 2)], controls: ['ferry'] });
  return out;
}

/** Storey heights of the raised block (its walls are as tall, so their tops are its floor). */
const STOREYS = [1.5, 2, 3, 4];

/**
 * Half the time, walls off a block in the room's east (west edge at least at column `from`) and puts the second
 * floor on its top, with a ramp of 1–3 cells climbing east onto it (steep or gentle, by the cell size). Floor 1 is
 * wall above floor 0's walls, so the tops of the others are never a way round. Null when there is no room or no
 * second floor this time.
 */
function raisedBlock(
  grid: string[][],
  from: number,
  rng: () => number,
  int: (lo: number, hi: number) => number,
): { rows: string[]; top: number; bottom: number; height: number } | null {
  if (rng() < 0.5) return null;
  const rows = grid.length;
  const cols = grid[0]!.length;
  const length = int(1, 3);
  const west = cols - 3;
  // The cell before the ramp's foot is floor east of the obstacle.
  if (west - length - 1 < from) return null;
  const top = int(1, rows - 3);
  const bottom = Math.min(rows - 2, top + int(1, 3));
  const rampRow = int(top, bottom);
  const height = STOREYS[int(0, STOREYS.length - 1)]!;
  const block = (c: number, r: number) => c >= west && c <= cols - 2 && r >= top && r <= bottom;
  const upper = grid.map((line, r) => line.map((ch, c) => (block(c, r) ? '.' : ch === '#' ? '#' : ' ')));
  for (let r = top; r <= bottom; r++) for (let c = west; c <= cols - 2; c++) grid[r]![c] = '#';
  for (let c = west - length; c < west; c++) grid[rampRow]![c] = '>';
  return { rows: upper.map((r) => r.join('')), top, bottom, height };
}

// Doors, false walls and cracked walls that never matter to a route: the open ground around them (or around a
// cluster of them side by side) joins up close by without them, and no aim that could matter looks past them.
// Opening, revealing or breaking them changes nothing a route needs, so the search leaves them alone.
import type { SolverModel } from './model';

/** How far (cells) round a passage or a cluster of passages the ground on its sides must join up. */
const JOIN_RADIUS = 3;
/** A cluster of passages larger than this is a wall of them, not a thing in the open: never pointless. */
const MAX_CLUSTER = 8;

/** The cells of the model's passages that never matter. */
export function pointlessPassages(m: SolverModel): Set<number> {
  const passages = [...m.doorAt.keys(), ...m.falseWallAt.keys(), ...m.crackedAt.keys()];
  const isPassage = new Set(passages);
  // First by the ground alone: every passage whose cluster's open sides join up round it.
  const local = new Set<number>();
  const done = new Set<number>();
  for (const k of passages) {
    if (done.has(k)) continue;
    const cluster = clusterOf(m, k, isPassage);
    for (const c of cluster) done.add(c);
    if (joinsAround(m, cluster, isPassage)) for (const c of cluster) local.add(c);
  }
  // Then the aims that could matter: a bridge's, and a node's that opens a door that matters, moves a platform or
  // freezes a doubt hazard.
  // A node becomes one when a door it controls turns out to matter, so this repeats until nothing changes.
  const seen = new Set<number>();
  for (const sp of m.spans) for (const a of sp.aim) for (const c of a.tall) seen.add(c);
  const counted = new Set<number>();
  const hazards = new Set(m.hazards.map((h) => h.id));
  for (;;) {
    let changed = false;
    m.nodes.forEach((n, i) => {
      if (counted.has(i)) return;
      const matters =
        n.platforms.length > 0 ||
        n.entity.controls.some((id) => hazards.has(id)) ||
        n.doors.some((d) => !pointless(m.doors[d]!.cell));
      if (!matters) return;
      counted.add(i);
      changed = true;
      for (const a of n.aim) for (const c of a.tall) seen.add(c);
    });
    if (!changed) break;
  }
  const out = new Set<number>();
  for (const k of local) if (pointless(k)) out.add(k);
  return out;

  function pointless(k: number): boolean {
    return local.has(k) && !seen.has(k);
  }
}

/** The passages joined to `k` side by side (by walking links), `k` first. */
function clusterOf(m: SolverModel, k: number, isPassage: Set<number>): number[] {
  const cluster = [k];
  const inCluster = new Set(cluster);
  for (let i = 0; i < cluster.length && cluster.length <= MAX_CLUSTER; i++)
    for (const n of m.links[cluster[i]!]!)
      if (isPassage.has(n) && !inCluster.has(n)) {
        inCluster.add(n);
        cluster.push(n);
      }
  return cluster;
}

/**
 * Every way into the cluster is ground that is always open (no ramp), and a walk from the first through
 * always-open ground of the same floor, close round the cluster, finds all the others.
 */
function joinsAround(m: SolverModel, cluster: number[], isPassage: Set<number>): boolean {
  if (cluster.length > MAX_CLUSTER) return false;
  const g = m.grid;
  const inCluster = new Set(cluster);
  const ways: number[] = [];
  let floor = -1;
  let minCol = Infinity;
  let maxCol = -Infinity;
  let minRow = Infinity;
  let maxRow = -Infinity;
  for (const k of cluster) {
    const c = m.cellRef(k);
    if (!g.inside(c.col, c.row) || (floor !== -1 && c.floor !== floor)) return false;
    floor = c.floor;
    minCol = Math.min(minCol, c.col);
    maxCol = Math.max(maxCol, c.col);
    minRow = Math.min(minRow, c.row);
    maxRow = Math.max(maxRow, c.row);
    for (const n of m.links[k]!) {
      if (inCluster.has(n)) continue;
      if (isPassage.has(n) || m.isRamp(n) || !m.alwaysOpen(n)) return false;
      ways.push(n);
    }
  }
  if (ways.length === 0) return false;
  const found = new Set<number>([ways[0]!]);
  const queue = [ways[0]!];
  for (let i = 0; i < queue.length; i++) {
    for (const n of m.links[queue[i]!]!) {
      if (found.has(n) || inCluster.has(n) || !m.alwaysOpen(n)) continue;
      const d = m.cellRef(n);
      if (d.floor !== floor) continue;
      if (d.col < minCol - JOIN_RADIUS || d.col > maxCol + JOIN_RADIUS) continue;
      if (d.row < minRow - JOIN_RADIUS || d.row > maxRow + JOIN_RADIUS) continue;
      found.add(n);
      queue.push(n);
    }
  }
  return ways.every((w) => found.has(w));
}

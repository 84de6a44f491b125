// The ground the search walks: every cell a route may need, and the ways between them. A part of the level that
// hangs off the rest by a single cell (a dead end, however large: an open floor with nothing on it a route needs)
// is left out: a walk into it can only come back out the way it went in. On a level at the format's caps this is
// most of the level, and the search's walks shrink from the whole level to the route's rooms.
import type { BossRules } from './boss';
import type { FoundRules } from './found';
import type { SolverModel } from './model';

/** What the search's other rules add to the cells a route may need (moving platforms: where a ride gets on and off). */
export interface NeededBy {
  /** Where the friends stand when the search starts (from a running game, anywhere). */
  pos: readonly number[];
  flags: Uint8Array;
  boss: BossRules | null;
  found: FoundRules | null;
  rides: { rides: readonly { from: number; on: number; off: number; to: number }[] } | null;
}

/**
 * Per cell, 1 when the search walks it: the cells in `needed` and every cell on some way between two of them that
 * does not go in and out through the same cell. Ways are the model's walking links with every passage open.
 */
export function walkedCells(m: SolverModel, needed: Iterable<number>): Uint8Array {
  const n = m.cellCount;
  const { linkStart, linkTo } = m;
  const want = new Uint8Array(n);
  for (const k of needed) if (k >= 0 && k < n) want[k] = 1;
  // One depth-first walk per part of the level that holds a needed cell, from that cell (Tarjan's cut cells).
  const disc = new Int32Array(n);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const holds = new Uint8Array(n);
  const cut = new Uint8Array(n);
  const preorder = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  let visited = 0;
  for (let root = 0; root < n; root++) {
    if (!want[root] || disc[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = ++time;
    next[root] = linkStart[root]!;
    holds[root] = 1;
    preorder[visited++] = root;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < linkStart[v + 1]!) {
        const w = linkTo[next[v]!++]!;
        if (disc[w] === 0) {
          parent[w] = v;
          disc[w] = low[w] = ++time;
          next[w] = linkStart[w]!;
          holds[w] = want[w]!;
          preorder[visited++] = w;
          stack[++top] = w;
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      // v's subtree hangs off p alone: with nothing needed in it, no way between needed cells goes in.
      if (low[v]! >= disc[p]! && !holds[v]) cut[v] = 1;
      if (holds[v]) holds[p] = 1;
    }
  }
  const walked = new Uint8Array(n);
  // Parents come before their children in preorder: a cell is walked when neither it nor an ancestor is cut off.
  for (let i = 0; i < visited; i++) {
    const v = preorder[i]!;
    const p = parent[v]!;
    walked[v] = cut[v] || (p !== -1 && !walked[p]) ? 0 : 1;
  }
  return walked;
}

/** The cells a route may need to stand on or pass: where friends start and every place a deed is done from. */
export function neededCells(m: SolverModel, by: NeededBy): number[] {
  const out: number[] = [...m.starts, ...by.pos];
  if (by.boss) {
    out.push(...by.boss.liftFrom);
    for (const c of by.boss.cores) out.push(c.cell, ...c.sides);
    for (const n of by.boss.nodes) for (const a of n.aim) out.push(a.from);
  }
  for (const w of by.found?.waiting(by.flags, by.pos) ?? []) out.push(...w.near);
  for (const r of by.rides?.rides ?? []) out.push(r.from, r.on, r.off, r.to);
  for (const e of m.exits) out.push(e.cell);
  for (const f of m.fragments) {
    out.push(f.cell);
    for (const r of f.readFrom) out.push(r.cell);
  }
  for (const p of m.plates) out.push(p.cell);
  for (const k of m.leapCells)
    for (const l of [...(m.jumpsFrom[k] ?? []), ...(m.dashesFrom[k] ?? [])])
      out.push(l.from, l.runUp, l.to, ...l.gap, ...l.beyond);
  for (const c of m.cracked) if (!m.pointless.has(c.cell)) out.push(c.cell, ...m.sideCells(c.cell));
  const hazards = new Set(m.hazards.map((h) => h.id));
  for (const n of m.nodes) {
    // A node matters when it opens a door that matters, switches a platform or freezes a doubt hazard.
    const freezes = n.entity.controls.some((id) => hazards.has(id));
    if (!freezes && n.platforms.length === 0 && n.doors.every((d) => m.pointless.has(m.doors[d]!.cell))) continue;
    for (const a of n.aim) out.push(a.from);
  }
  for (const s of m.spans) {
    out.push(...s.cells);
    for (const a of s.aim) out.push(a.from);
  }
  out.push(...m.revealCells);
  for (const h of m.hidden) if (!m.pointless.has(h.cell)) out.push(h.cell);
  // Friends pass each other only where one can step aside: the first cell of each side way off a corridor.
  if (m.friends.length > 1) out.push(...sideSteps(m, walkedCells(m, out)));
  return out;
}

/** The cells just off the walked ground beside its corridors (narrow cells), where a friend can wait out of the way. */
function sideSteps(m: SolverModel, walked: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < walked.length; k++) {
    if (!walked[k] || !m.narrow[k]) continue;
    for (const n of m.links[k]!) if (!walked[n]) out.push(n);
  }
  return out;
}

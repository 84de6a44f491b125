// How far each cell is from an exit at the very least, for the search to look towards the exit first (A*): cells
// walked with every passage open, and every leap, dash, ride or boss dash counted as free. No move of the search
// gets a friend there for less, so the route it finds is still the cheapest one.
import type { BossRules } from './boss';
import type { SolverModel } from './model';

/** Per cell, the fewest cells walked from there to an exit (Infinity where no move ever leads to one). */
export function cellsToExit(
  m: SolverModel,
  boss: BossRules | null,
  rides: { rides: readonly { from: number; to: number }[] } | null,
): Float64Array {
  const n = m.cellCount;
  // Moves that put a friend somewhere without walking there, kept backwards: landing → take-off.
  const back = new Map<number, number[]>();
  const leap = (from: number, to: number): void => {
    const list = back.get(to);
    if (list) list.push(from);
    else back.set(to, [from]);
  };
  for (const k of m.leapCells)
    for (const l of [...(m.jumpsFrom[k] ?? []), ...(m.dashesFrom[k] ?? [])]) leap(l.from, l.to);
  for (const c of m.cracked) for (const side of m.sideCells(c.cell)) leap(side, c.cell);
  for (const core of boss?.cores ?? []) for (const side of core.sides) leap(side, core.cell);
  for (const r of rides?.rides ?? []) leap(r.from, r.to);
  const dist = new Float64Array(n).fill(Infinity);
  // Outwards from every exit at once, one more cell walked per round; free moves stay in the round.
  let round: number[] = [];
  for (const e of m.exits) {
    dist[e.cell] = 0;
    round.push(e.cell);
  }
  const { linkStart, linkTo } = m;
  for (let d = 0; round.length > 0; d++) {
    const next: number[] = [];
    for (let i = 0; i < round.length; i++) {
      const k = round[i]!;
      // Reached for less since it was queued.
      if (dist[k] !== d) continue;
      for (const from of back.get(k) ?? []) {
        if (dist[from]! <= d) continue;
        dist[from] = d;
        round.push(from);
      }
      for (let e = linkStart[k]!; e < linkStart[k + 1]!; e++) {
        const nb = linkTo[e]!;
        if (dist[nb]! <= d + 1) continue;
        dist[nb] = d + 1;
        next.push(nb);
      }
    }
    round = next;
  }
  return dist;
}

// A friend standing in a corridor is in the others' way: bodies do not pass each other. Where no open spot is in
// reach, it walks ahead or aside into a pocket, a cell with one way in, and stands in nobody's way but that cell's.
import type { WorldRules, WorldState } from './world';

/**
 * The pocket the last walk (from `start`) reached first by `closer`: a cell whose only way in is the way the walk
 * came (another friend's cell counts as a way: that friend would be shut in behind). -1 when it reached none.
 */
export function nearestPocket(
  rules: WorldRules,
  s: WorldState,
  start: number,
  closer: (a: number, b: number) => boolean,
): number {
  const { linkStart, linkTo } = rules.model;
  let pick = -1;
  for (const k of rules.order) {
    if (k === start || (pick !== -1 && !closer(k, pick))) continue;
    let ways = 0;
    for (let e = linkStart[k]!; e < linkStart[k + 1]! && ways < 2; e++) {
      const n = linkTo[e]!;
      // Every passable, walked neighbour of a reached cell is reached too, unless a friend stands there.
      if (rules.reached(n) || s.pos.includes(n)) ways++;
    }
    if (ways === 1) pick = k;
  }
  return pick;
}

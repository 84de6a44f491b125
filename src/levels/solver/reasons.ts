// Why a level cannot be beaten, in a designer's words: what no friend ever reaches and what stands in the way.
import { leapMetres, leapReach, maxGapCells } from '../../core/reach';
import { MOVE, SKILLS } from '../../core/tuning';
import type { FriendName } from '../../core/schema';
import type { SolverModel } from './model';
import type { WorldRules } from './world';
import type { RideRules } from './platforms';

/** Said of a deadly hazard a code node freezes: how the solver counts the freeze. */
const FROZEN_NOTE =
  ' (a freeze counts for the one move right after Ava reprograms the node, for as long as it lasts: a longer ' +
  'freeze or the node nearer the hazard helps)';

/** Blockers listed per unreachable goal before "and N more". */
const MAX_BLOCKERS = 6;

/**
 * `culprits` narrows the doubt hazards the friends walked into to those without which the way would be survivable
 * (all of them when no single one is).
 */
export function explainUnbeatable(
  rules: WorldRules,
  reachedEver: Uint8Array,
  everFlags: Uint8Array,
  culprits: (ids: string[]) => string[] = (ids) => ids,
  reachedBy?: Uint8Array[],
): string[] {
  const m = rules.model;
  const reachedCount = reachedEver.reduce((n, r) => n + r, 0);
  const has = (f: FriendName): boolean => m.friends.includes(f);
  const where = (k: number): string => {
    const c = m.cellRef(k);
    return `at [${c.col}, ${c.row}]${m.grid.floorCount > 1 ? ` on floor ${c.floor}` : ''}`;
  };
  const inTheWay = friendInTheWay(m, reachedEver, reachedBy, where);
  const blockers = blockersOf(m, reachedEver, everFlags, rules, has, where, inTheWay);
  const cutBy = blockers.length
    ? `the way on is cut by ${listed(blockers)}`
    : 'nothing the solver knows of opens the way (walls, or a ledge only a fall reaches)';
  const reasons: string[] = [];
  if (m.exits.length === 0) reasons.push('the level has no exit');
  const exitReached = m.exits.some((e) => reachedEver[e.cell]);
  for (const e of m.exits) {
    if (reachedEver[e.cell]) continue;
    reasons.push(
      `exit "${e.entity.id}" ${where(e.cell)} is unreachable: the friends can reach ${reachedCount} cells; ${cutBy}`,
    );
  }
  m.fragments.forEach((f, i) => {
    if (everFlags[rules.readAt + i]) return;
    const what = `required fragment "${f.entity.id}" ${where(f.cell)} is never read`;
    if (f.hidden !== -1 && !everFlags[rules.revealedAt + f.hidden]) {
      reasons.push(
        has('noah')
          ? `${what}: it is hidden and Noah never gets within ${SKILLS.diagnose.radius} m of it to reveal it`
          : `${what}: it is hidden and only Noah's diagnosis reveals it, but Noah is not in the level`,
      );
    } else if (!f.readFrom.some((r) => reachedEver[r.cell])) {
      reasons.push(`${what}: no friend reaches it or a cell beside it; ${cutBy}`);
    } else {
      reasons.push(`${what}: the friends reach it, but never while they can still reach the exit`);
    }
  });
  // The hazards (in the order the solver's sweeps list them) whose reach the friends walked into.
  const walkedInto = m.hazards
    .filter((h) => h.drain > 0)
    .filter((_, i) => [...m.sweeps.at].some(([k, list]) => reachedEver[k] && list.includes(i)));
  const named =
    reasons.length === 0 && exitReached && walkedInto.length > 1 ? culprits(walkedInto.map((h) => h.id)) : [];
  const deadly = named.length > 0 ? walkedInto.filter((h) => named.includes(h.id)) : walkedInto;
  if (reasons.length === 0 && exitReached && deadly.length > 0) {
    const frozen = deadly.some((h) => m.nodes.some((n) => n.entity.controls.includes(h.id)));
    reasons.push(
      `every way to the exit passes doubt ${deadly.length === 1 ? 'hazard' : 'hazards'} ${deadly
        .map((h) => `"${h.id}" ${where(m.key(h.floor, h.at))} (${h.drain} lucidity a second within ${h.radius} cells)`)
        .join(', ')}, and no friend gets past with lucidity left${frozen ? FROZEN_NOTE : ''}`,
    );
  } else if (reasons.length === 0 && exitReached) {
    reasons.push(
      'the friends reach the exit and every fragment, but never all in one playthrough (a one-way choice cuts them off)',
    );
  }
  return reasons;
}

function listed(items: string[]): string {
  if (items.length <= MAX_BLOCKERS) return items.join(', ');
  return `${items.slice(0, MAX_BLOCKERS).join(', ')} and ${items.length - MAX_BLOCKERS} more`;
}

/** What stands on the edge of everything the friends ever reached. */
function blockersOf(
  m: SolverModel,
  reachedEver: Uint8Array,
  everFlags: Uint8Array,
  rules: WorldRules,
  has: (f: FriendName) => boolean,
  where: (k: number) => string,
  inTheWay: InTheWay,
): string[] {
  const edge = new Set<number>();
  for (let k = 0; k < m.cellCount; k++) {
    if (!reachedEver[k]) continue;
    for (const n of [...m.links[k]!, ...m.sideCells(k)]) if (!reachedEver[n]) edge.add(n);
  }
  const out: string[] = [];
  // Ramps whose foot the friends reached but that the solver does not walk up from there.
  for (const run of m.grid.ramps) {
    const foot = m.grid.key(run.below.floor, run.below.col, run.below.row);
    const first = m.grid.key(run.floor, run.cells[0]!.col, run.cells[0]!.row);
    if (!reachedEver[foot] || reachedEver[first]) continue;
    const length = run.cells.length * m.grid.cellSize;
    const exact = (Math.atan2(run.toHeight - run.fromHeight, length) * 180) / Math.PI;
    // Just over the limit, a tenth of a degree shows why (50.2°, not 50°).
    const degrees = Math.round(exact) > MOVE.slopeLimit ? Math.round(exact) : Math.ceil(exact * 10) / 10;
    out.push(
      `the ${degrees}° ramp up from ${where(foot).replace(/^at /, '')} (ramps up to ${MOVE.slopeLimit}° are ` +
        'walkable; steeper ones are walls: a longer run or a lower storey is gentler)',
    );
  }
  const spansSaid = new Set<number>();
  for (const k of [...edge].sort((a, b) => a - b)) {
    const d = m.doorAt.get(k);
    if (d !== undefined) {
      out.push(doorReason(m, d, has, inTheWay));
      continue;
    }
    const fw = m.falseWallAt.get(k);
    if (fw !== undefined) {
      const near = m.revealCells.filter((c) => m.revealsFrom[c]!.includes(fw));
      out.push(
        has('noah')
          ? `false wall "${m.hidden[fw]!.id}" (${inTheWay('noah', near)}Noah never gets within ${SKILLS.diagnose.radius} m of it)`
          : `false wall "${m.hidden[fw]!.id}" (only Noah's diagnosis reveals it, and Noah is not in the level)`,
      );
      continue;
    }
    const cr = m.crackedAt.get(k);
    if (cr !== undefined) {
      out.push(
        has('leo')
          ? `cracked wall "${m.cracked[cr]!.entity.id}" (${inTheWay('leo', m.sideCells(k))}Leo never stands beside it)`
          : `cracked wall "${m.cracked[cr]!.entity.id}" (only Leo's overclock breaks it, and Leo is not in the level)`,
      );
      continue;
    }
    if (!m.isVoid(k)) continue;
    const hp = m.platformAt.get(k);
    if (hp !== undefined && !everFlags[rules.revealedAt + hp]) {
      out.push(
        `hidden platform "${m.hidden[hp]!.id}" ${where(k)} (${has('noah') ? 'Noah never gets near enough to reveal it' : 'Noah is not in the level to reveal it'})`,
      );
      continue;
    }
    const spans = m.spansOver.get(k);
    if (!spans) {
      out.push(`void ${where(k)} (no bridge anchors span it${runUpNote(m, k, where, reachedEver) || gapNote(m)})`);
      continue;
    }
    if (spans.every((s) => spansSaid.has(s))) continue;
    spans.forEach((s) => spansSaid.add(s));
    const names = spans.map((s) => `"${m.spans[s]!.a.id}"–"${m.spans[s]!.b.id}"`).join(', ');
    out.push(
      has('mia')
        ? `void ${where(k)} (anchors ${names} span it, but ${inTheWay(
            'mia',
            spans.flatMap((s) => m.spans[s]!.aim.map((a) => a.from)),
          )}Mia never gets within ${SKILLS.bridge.reach} m of an anchor with a clear line of sight)`
        : `void ${where(k)} (anchors ${names} span it, but Mia is not in the level)`,
    );
  }
  return [...new Set(out)];
}

/**
 * When the void cell is in a gap no wider than a running jump clears, what the jump lacks instead: ground behind the
 * take-off to run up from, or room past the landing to stop (the first it finds, along a row or a column); or, when a
 * jump over it is counted, that no friend makes it alive.
 */
function runUpNote(m: SolverModel, k: number, where: (k: number) => string, reached: Uint8Array): string {
  const g = m.grid;
  const c = m.cellRef(k);
  const maxGap = maxGapCells('jump', g.cellSize);
  const at = (n: number, dc: number, dr: number): number =>
    g.inside(c.col + dc * n, c.row + dr * n) ? g.key(c.floor, c.col + dc * n, c.row + dr * n) : -1;
  const ground = (q: number): boolean => q >= 0 && m.maybeWalkable(q) && !m.isRamp(q) && !m.isWall(q);
  const edge = (dc: number, dr: number): number => {
    let n = 1;
    // A hidden platform over the void is both: a landing, or part of a wider gap.
    while (at(n, dc, dr) >= 0 && m.isVoid(at(n, dc, dr)) && !ground(at(n, dc, dr))) n++;
    return n;
  };
  // A take-off from which a jump over this gap is counted, with room to stop.
  let counted: number | undefined;
  for (const [dc, dr] of [
    [1, 0],
    [0, 1],
  ] as const) {
    const ahead = edge(dc, dr);
    const back = edge(-dc, -dr);
    if (ahead + back - 1 > maxGap) continue;
    const ends = [at(-back, dc, dr), at(ahead, dc, dr)] as const;
    if (!ends.every(ground)) continue;
    for (const [from, to] of [
      [ends[0], ends[1]],
      [ends[1], ends[0]],
    ] as const) {
      const stops = (q: number): boolean => !m.isVoid(q) || ground(q);
      const leaps = m.jumpsFrom[from]?.filter((l) => l.to === to) ?? [];
      if (leaps.some((l) => l.beyond.every(stops))) {
        // A take-off the friends reach says more than one across the gap.
        if (counted === undefined || (reached[from] && !reached[counted])) counted = from;
        continue;
      }
      const cs = g.cellSize;
      if (leaps.length === 0)
        return `, and a running jump clears its width but has no ground behind the take-off ${where(from)} to run up from (from standing it clears ${leapMetres('jump', cs, 'stand')} m)`;
      const gapCells = ahead + back - 1;
      const slide = (leapReach('jump', cs, gapCells)?.rests ?? 0) - (gapCells + 1) * cs;
      return `, and a running jump clears its width but has no room past the landing ${where(to)} to stop (a friend comes to a stop up to ${slide.toFixed(1)} m past its centre)`;
    }
  }
  if (counted !== undefined)
    return `, and a running jump clears it (taking off ${where(counted)}), but no friend makes that jump and lives (a doubt hazard by the take-off or the landing, or no way to the take-off)`;
  return '';
}

/** Why nobody jumps or dashes the gap either: the widest each clears in metres (src/core/reach.ts), in cells of this level. */
function gapNote(m: SolverModel): string {
  const cs = m.grid.cellSize;
  const cells = (n: number) => `${n} cell${n === 1 ? '' : 's'} of ${cs} m`;
  const jump = maxGapCells('jump', cs);
  const jumpM = leapMetres('jump', cs);
  const jumps =
    jump > 0
      ? `a running jump clears ${jumpM} m, ${cells(jump)}`
      : `a running jump clears ${jumpM} m, so it does not clear one ${cs} m cell`;
  if (!m.friends.includes('leo')) return `, and nobody can jump it (${jumps}; Leo's dash is not available)`;
  const dash = maxGapCells('dash', cs);
  const dashes = dash > 0 ? cells(dash) : `so not one ${cs} m cell`;
  return `, and it is wider than Leo's dash clears (${leapMetres('dash', cs)} m, ${dashes}) or has no room past the landing to stop`;
}

function doorReason(m: SolverModel, d: number, has: (f: FriendName) => boolean, inTheWay: InTheWay): string {
  const door = m.doors[d]!;
  const name = `door "${door.entity.id}"`;
  if (door.nodes.length === 0 && door.plates.length === 0) return `${name} (no code node or plate controls it)`;
  const parts: string[] = [];
  if (door.nodes.length > 0) {
    const nodes = door.nodes.map((n) => `"${n}"`).join(', ');
    parts.push(
      has('ava')
        ? `${inTheWay('ava', aimCells(m, door.nodes))}Ava never reaches code node ${nodes} within ${SKILLS.reprogram.reach} m with a clear line of sight`
        : `code node ${nodes} controls it, but only Ava reprograms nodes and she is not in the level`,
    );
  }
  if (door.plates.length > 0) {
    const plates = door.plates.map((p) => `"${p}"`).join(', ');
    parts.push(
      m.friends.length < 2
        ? `plate ${plates} holds it open only while a friend stands on it, and there is only one friend, who cannot stand there and go through`
        : `no friend can stand on plate ${plates} while another goes through`,
    );
  }
  return `${name} (${parts.join('; ')})`;
}

/** The cells Ava could reprogram any of these nodes from. */
function aimCells(m: SolverModel, nodes: string[]): number[] {
  return m.nodes.filter((n) => nodes.includes(n.entity.id)).flatMap((n) => n.aim.map((a) => a.from));
}

/** "Mia stands in Ava's way at [2, 1] with no room to step aside, so " when that is what keeps `friend` off `cells`. */
type InTheWay = (friend: FriendName, cells: number[]) => string;

const NAME: Record<FriendName, string> = { mia: 'Mia', ava: 'Ava', leo: 'Leo', noah: 'Noah' };

/**
 * A friend's reason is another friend when some friend reached one of the cells it needed and it never did: then
 * the cells on the way there are searched for a friend who started on them (or else who stood on the first of them).
 */
function friendInTheWay(
  m: SolverModel,
  reachedEver: Uint8Array,
  reachedBy: Uint8Array[] | undefined,
  where: (k: number) => string,
): InTheWay {
  return (friend, cells) => {
    const g = m.friends.indexOf(friend);
    const mine = reachedBy?.[g];
    if (!mine || !cells.some((c) => reachedEver[c]) || cells.some((c) => mine[c])) return '';
    // The shortest way from where the friend got to the nearest of the cells, over ground some friend reached.
    const from = new Int32Array(m.cellCount).fill(-2);
    const queue: number[] = [];
    for (let k = 0; k < m.cellCount; k++)
      if (mine[k]) {
        from[k] = -1;
        queue.push(k);
      }
    const goal = new Set(cells);
    let end = -1;
    for (let i = 0; i < queue.length && end === -1; i++) {
      for (const n of m.links[queue[i]!]!) {
        if (from[n] !== -2 || !reachedEver[n]) continue;
        from[n] = queue[i]!;
        if (goal.has(n)) {
          end = n;
          break;
        }
        queue.push(n);
      }
    }
    if (end === -1) return '';
    const way: number[] = [];
    for (let k = end; k !== -1 && !mine[k]; k = from[k]!) way.unshift(k);
    const others = (k: number): number[] => m.friends.map((_, i) => i).filter((i) => i !== g && reachedBy![i]![k]);
    const started = way.find((k) => others(k).some((i) => m.starts[i] === k));
    const at = started ?? way[0]!;
    const who = started !== undefined ? others(at).filter((i) => m.starts[i] === at) : others(at);
    if (who.length === 0) return '';
    const names = who.map((i) => NAME[m.friends[i]!]).join(' or ');
    return `${names} ${who.length > 1 ? 'stand' : 'stands'} in ${NAME[friend]}'s way ${where(at)} with no room to step aside, so `;
  };
}

/**
 * What the solver cannot model yet, that a route the search did not find might need: each is named with its
 * entity, so the checker says "not proven" at that entity's line instead of "cannot be beaten".
 */
export function unmodelled(_m: SolverModel, rides: RideRules | null): { entity: string; reason: string }[] {
  return rides?.unmodelled() ?? [];
}

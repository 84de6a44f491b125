// What a designer can change when doubt hazards cut every way to the exit: the drain at which a friend would get
// past, found by proving the level again with that hazard's drain lowered (only what a proof found is said).
import type { EntityOf, Level } from '../../core/schema';

/** Proofs tried with a lowered drain: the figure said is within drain / 2^TRIES of the highest that passes. */
const TRIES = 10;
/** A level whose refusal took more states than this gets the advice without the figure (each try is a proof). */
const MAX_STATES = 20_000;

/**
 * The reasons with what to change added to the one about doubt hazards: for a single hazard, the drain a friend gets
 * past (proven), a smaller reach, a way round it; for one on a patrol, a patrol with room to wait for a gap.
 */
export function adviseOnHazards(
  level: Level,
  reasons: string[],
  states: number,
  beatable: (level: Level) => boolean,
): string[] {
  return reasons.map((reason) => {
    if (!reason.startsWith('every way to the exit passes doubt')) return reason;
    const ids = [...reason.matchAll(/"([^"]+)" at \[/g)].map((m) => m[1]);
    const named = level.entities.filter(
      (e): e is EntityOf<'doubt-hazard'> => e.type === 'doubt-hazard' && ids.includes(e.id),
    );
    const hazard = named.length === 1 ? named[0]! : null;
    if (!hazard) return `${reason}: lower their drains or reaches, or give the friends a way round out of their reach`;
    const proving = states <= MAX_STATES;
    const passes = proving ? highestDrainPassing(level, hazard, beatable) : 0;
    const freeze = proving ? shortestFreezePassing(level, hazard, beatable) : null;
    const longer = freeze === null ? '' : `, a freeze of ${freeze} s (its node's freezeSeconds)`;
    const drain =
      passes > 0 ? `a drain of ${passes} a second or less gets a friend past; so would ` : 'to let a friend past, try ';
    const patrol = hazard.loop.length > 0 ? ', a patrol that leaves a gap long enough to cross while it is away' : '';
    return `${reason}: ${drain}a smaller reach (${hazard.radius} ${hazard.radius === 1 ? 'cell' : 'cells'} now)${longer}${patrol}, or a way round out of its reach`;
  });
}

/** The highest drain (whole lucidity a second, below the hazard's own) with which the level is proven; 0 if none. */
function highestDrainPassing(
  level: Level,
  hazard: EntityOf<'doubt-hazard'>,
  beatable: (level: Level) => boolean,
): number {
  const withDrain = (drain: number): Level => ({
    ...level,
    entities: level.entities.map((e) => (e === hazard ? { ...hazard, drain } : e)),
  });
  let passes = 0;
  let fails = hazard.drain;
  for (let i = 0; i < TRIES && fails - passes > 1; i++) {
    const mid = Math.floor((passes + fails) / 2);
    if (mid <= 0) break;
    if (beatable(withDrain(mid))) passes = mid;
    else fails = mid;
  }
  return passes;
}

/** The longest freeze a node may give (the level format's cap), seconds. */
const LONGEST_FREEZE = 60;

/**
 * The shortest freeze (whole seconds, up to the format's cap) that proves the level when every node freezing the
 * hazard gives it; null when no node freezes it, or even the longest freeze does not.
 */
function shortestFreezePassing(
  level: Level,
  hazard: EntityOf<'doubt-hazard'>,
  beatable: (level: Level) => boolean,
): number | null {
  const nodes = level.entities.filter((e) => e.type === 'code-node' && e.controls.includes(hazard.id));
  if (nodes.length === 0) return null;
  const withFreeze = (seconds: number): Level => ({
    ...level,
    entities: level.entities.map((e) => (nodes.includes(e) ? { ...e, freezeSeconds: seconds } : e)),
  });
  if (!beatable(withFreeze(LONGEST_FREEZE))) return null;
  let passes = LONGEST_FREEZE;
  let fails = 0;
  for (let i = 0; i < TRIES && passes - fails > 1; i++) {
    const mid = Math.ceil((passes + fails) / 2);
    if (beatable(withFreeze(mid))) passes = mid;
    else fails = mid;
  }
  return passes;
}

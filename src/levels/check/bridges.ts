// Mia's bridges: the two anchors of a pair face each other on one floor, on one row or column, across nothing but
// void, no longer than her longest bridge.
import { SKILLS } from '../../core/tuning';
import { cellText, entityPath, terrainWord, type GridContext } from './context';

export function checkBridges(ctx: GridContext): void {
  const { level, report, grid } = ctx;
  const index = new Map(level.entities.map((e, i) => [e.id, i]));
  level.entities.forEach((a, i) => {
    if (a.type !== 'bridge-anchor') return;
    const j = index.get(a.pair);
    const b = j === undefined ? undefined : level.entities[j];
    // Check each pair once, from its first anchor; a one-sided or wrong pair is the reference rule's to report.
    if (!b || b.type !== 'bridge-anchor' || b.pair !== a.id || j! <= i) return;
    if (!grid.inside(...a.at) || !grid.inside(...b.at) || a.floor >= grid.floorCount) return;
    const path = entityPath(ctx, j!, 'at');
    const pair = `"${a.id}" ${cellText(a.at, a.floor)} and "${b.id}" ${cellText(b.at, b.floor)}`;
    if (a.floor !== b.floor)
      return report.error(
        { path },
        // Floor 0 is named too: "[2, 1] and [6, 1] on floor 1" reads as if both were on floor 1.
        `"${a.id}" [${a.at.join(', ')}] on floor ${a.floor} and "${b.id}" [${b.at.join(', ')}] on floor ${b.floor} are on different floors`,
        `a bridge is level: put both anchors on one floor ("floor": ${b.floor} on "${a.id}", or ${a.floor} on "${b.id}")`,
      );
    const [ac, ar] = a.at;
    const [bc, br] = b.at;
    if (ac !== bc && ar !== br)
      return report.error(
        { path },
        `${pair} are not on one straight line`,
        'put both anchors on the same row or the same column',
      );
    const dc = Math.sign(bc - ac);
    const dr = Math.sign(br - ar);
    const span = Math.abs(bc - ac) + Math.abs(br - ar) - 1;
    if (span === 0) return report.error({ path }, `${pair} are next to each other: there is no gap to bridge`);
    if (span > SKILLS.bridge.maxSpanCells)
      return report.error(
        { path },
        `${pair} are ${span} void cells apart; Mia bridges at most ${SKILLS.bridge.maxSpanCells}`,
        'move the anchors closer or add a landing between them',
      );
    for (let k = 1; k <= span; k++) {
      const c = ac + dc * k;
      const r = ar + dr * k;
      const terrain = grid.terrain(a.floor, c, r);
      if (terrain === 'void' && !grid.standable(a.floor, c, r)) continue;
      // A void cell over a wall whose top is level with this floor is ground to walk on, not a gap.
      const what =
        terrain === 'void'
          ? `a wall top (the wall of floor ${a.floor - 1} below is walkable ground here)`
          : terrainWord(terrain);
      return report.error(
        { path },
        `the bridge from "${a.id}" to "${b.id}" crosses ${what} at ${cellText([c, r], a.floor)}`,
        'a bridge spans nothing but void: anchors sit on the floor at either edge of a gap',
      );
    }
  });
}

// The self-doubt boss is whole: one boss, its cores and cycle nodes named and of the right type, each core floating
// over the void on the line of its bridge, and all four friends in the level (no one friend can beat it).
import { FRIEND_NAMES, type EntityOf, type EntityType } from '../../core/schema';
import { SKILL_OF } from '../../core/skills';
import type { JsonPath } from '../positions';
import { cellText, entityPath, terrainWord, type GridContext, type RuleContext } from './context';
import { didYouMean } from './suggest';

function refTo(
  ctx: RuleContext,
  byId: Map<string, number>,
  ref: string,
  path: JsonPath,
  type: EntityType,
  words: string,
): number | null {
  const { level, report } = ctx;
  if (ctx.brokenIds.has(ref)) return null;
  const target = byId.get(ref);
  if (target === undefined) {
    const same = level.entities.filter((t) => t.type === type).map((t) => t.id);
    report.error({ path }, `no entity "${ref}"${didYouMean(ref, same) || didYouMean(ref, byId.keys())}`, words);
    return null;
  }
  const other = level.entities[target]!;
  if (other.type !== type) {
    report.error({ path }, `"${ref}" is ${/^[aeiou]/.test(other.type) ? 'an' : 'a'} ${other.type}`, words);
    return null;
  }
  return target;
}

/** References and the party: runs without the grid. */
export function checkBossReferences(ctx: RuleContext): void {
  const { level, report } = ctx;
  const byId = new Map<string, number>();
  level.entities.forEach((e, i) => {
    if (!byId.has(e.id)) byId.set(e.id, i);
  });
  const bosses = level.entities.flatMap((e, i) => (e.type === 'boss' ? [i] : []));
  bosses
    .slice(1)
    .forEach((i) =>
      report.error(
        { path: entityPath(ctx, i, 'type') },
        `a second boss: the level already has boss "${level.entities[bosses[0]!]!.id}"`,
        'one boss a level',
      ),
    );
  const owner = new Map<string, string>();
  for (const i of bosses) {
    const boss = level.entities[i] as EntityOf<'boss'>;
    for (const field of ['cores', 'nodes'] as const) {
      const type = field === 'cores' ? 'boss-core' : 'cycle-node';
      const seen = new Set<string>();
      boss[field].forEach((ref, k) => {
        const path = entityPath(ctx, i, field, k);
        if (seen.has(ref)) return report.error({ path }, `"${ref}" is listed twice`, `each ${type} once`);
        seen.add(ref);
        if (refTo(ctx, byId, ref, path, type, `a boss's ${field} are ${type} entities`) !== null)
          owner.set(ref, boss.id);
      });
    }
    const missing = FRIEND_NAMES.filter((f) => !level.friends.some((s) => s.friend === f));
    if (missing.length)
      report.error(
        { path: entityPath(ctx, i) },
        `the boss needs all four friends, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the level`,
        `add ${missing.map((f) => `${f} (${SKILL_OF[f]})`).join(', ')} to "friends"`,
      );
  }
  level.entities.forEach((e, i) => {
    if (e.type === 'boss-core')
      refTo(
        ctx,
        byId,
        e.anchor,
        entityPath(ctx, i, 'anchor'),
        'bridge-anchor',
        'a core names the anchor Mia bridges from',
      );
    if ((e.type === 'boss-core' || e.type === 'cycle-node') && !owner.has(e.id) && !bosses.length)
      report.error(
        { path: entityPath(ctx, i, 'type') },
        `${e.type} "${e.id}" belongs to no boss: the level has none`,
        'add a { "type": "boss", "cores": […], "nodes": […] } entity, or remove this one',
      );
    else if ((e.type === 'boss-core' || e.type === 'cycle-node') && !owner.has(e.id) && !ctx.brokenTypes.has('boss'))
      report.warning(
        { path: entityPath(ctx, i, 'id') },
        `${e.type} "${e.id}" is not listed by the boss, so it does nothing`,
        `add "${e.id}" to the boss's "${e.type === 'boss-core' ? 'cores' : 'nodes'}"`,
      );
  });
}

/** Each core floats over a void cell between its anchor and that anchor's pair, where Mia's bridge passes. */
export function checkBossCores(ctx: GridContext): void {
  const { level, report, grid } = ctx;
  const byId = new Map(level.entities.map((e) => [e.id, e]));
  level.entities.forEach((e, i) => {
    if (e.type !== 'boss-core') return;
    const a = byId.get(e.anchor);
    if (a?.type !== 'bridge-anchor') return;
    const b = byId.get(a.pair);
    if (b?.type !== 'bridge-anchor') return;
    const path = entityPath(ctx, i, 'at');
    const [col, row] = e.at;
    const terrain = grid.terrain(e.floor, col, row);
    if (terrain !== 'void' || grid.standable(e.floor, col, row))
      return report.error(
        { path },
        `a core floats over the void, but ${cellText(e.at, e.floor)} is ${terrainWord(terrain)}`,
        'put it on a void cell (" ") the bridge crosses',
      );
    const between =
      e.floor === a.floor &&
      ((col === a.at[0] && col === b.at[0] && row > Math.min(a.at[1], b.at[1]) && row < Math.max(a.at[1], b.at[1])) ||
        (row === a.at[1] && row === b.at[1] && col > Math.min(a.at[0], b.at[0]) && col < Math.max(a.at[0], b.at[0])));
    if (!between)
      report.error(
        { path },
        `core "${e.id}" at ${cellText(e.at, e.floor)} is not on the bridge from "${a.id}" ${cellText(a.at, a.floor)} to "${b.id}" ${cellText(b.at, b.floor)}`,
        'put the core on a void cell between the two anchors, where Leo can dash into it from the bridge',
      );
  });
}

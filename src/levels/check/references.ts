// Ids are unique and every reference names an entity of the right type: a node controls doors, platforms and
// hazards; a plate holds doors; a bridge anchor pairs with another anchor that pairs back.
import type { EntityType } from '../../core/schema';
import { formatPath } from '../positions';
import { entityPath, type RuleContext } from './context';
import { didYouMean } from './suggest';

const CONTROLLED: Partial<Record<EntityType, { field: 'controls' | 'pair'; types: EntityType[]; words: string }>> = {
  'code-node': {
    field: 'controls',
    types: ['door', 'moving-platform', 'doubt-hazard'],
    words: 'a code node controls doors, moving platforms and doubt hazards',
  },
  'pressure-plate': { field: 'controls', types: ['door'], words: 'a pressure plate holds doors open' },
  'bridge-anchor': {
    field: 'pair',
    types: ['bridge-anchor'],
    words: 'a bridge anchor pairs with another bridge anchor',
  },
};

export function checkReferences(ctx: RuleContext): void {
  const { level, report } = ctx;
  const byId = new Map<string, number>();
  level.entities.forEach((e, i) => {
    const first = byId.get(e.id);
    if (first === undefined) byId.set(e.id, i);
    else
      report.error(
        { path: entityPath(ctx, i, 'id') },
        `id "${e.id}" is already used by ${formatPath(entityPath(ctx, first))}`,
        'every entity needs its own id',
      );
  });

  level.entities.forEach((e, i) => {
    const rule = CONTROLLED[e.type];
    if (!rule) return;
    const refs: string[] = rule.field === 'pair' && 'pair' in e ? [e.pair] : 'controls' in e ? e.controls : [];
    const seen = new Set<string>();
    refs.forEach((ref, k) => {
      const path = rule.field === 'pair' ? entityPath(ctx, i, 'pair') : entityPath(ctx, i, 'controls', k);
      if (seen.has(ref)) return report.warning({ path }, `"${ref}" is listed twice`);
      seen.add(ref);
      if (ctx.brokenIds.has(ref)) return;
      const target = byId.get(ref);
      if (target === undefined) {
        const sameType = level.entities.filter((t) => rule.types.includes(t.type)).map((t) => t.id);
        const guess = didYouMean(ref, sameType) || didYouMean(ref, byId.keys());
        return report.error({ path }, `no entity "${ref}"${guess}`);
      }
      const other = level.entities[target]!;
      if (target === i) return report.error({ path }, `"${ref}" is this ${e.type} itself`, rule.words);
      if (!rule.types.includes(other.type))
        return report.error(
          { path },
          `"${ref}" is ${/^[aeiou]/.test(other.type) ? 'an' : 'a'} ${other.type}`,
          rule.words,
        );
      if (e.type === 'bridge-anchor' && other.type === 'bridge-anchor' && other.pair !== e.id)
        report.error(
          { path },
          `"${ref}" pairs with "${other.pair}", not with "${e.id}"`,
          `anchors pair both ways: set ${formatPath(entityPath(ctx, target, 'pair'))} to "${e.id}"`,
        );
    });
  });

  // A closed door nothing opens is a wall; the solver says so too, but the reason is plainer here.
  const opened = new Set(
    level.entities.flatMap((e) => (e.type === 'code-node' || e.type === 'pressure-plate' ? e.controls : [])),
  );
  level.entities.forEach((e, i) => {
    if (e.type === 'door' && !e.open && !opened.has(e.id))
      report.warning(
        { path: entityPath(ctx, i, 'id') },
        `door "${e.id}" is closed and no code node or pressure plate controls it`,
        'add its id to a node\'s or plate\'s "controls", or set "open": true',
      );
  });
}

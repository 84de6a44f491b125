// A hint names its key as {key}, so the game can show the key the player bound (never a key written into the level).
import { entityPath, type RuleContext } from './context';

/** Written keys a designer might type instead of {key}. */
const WRITTEN_KEY = /\b(space|shift|tab|esc|escape|click|wasd|[1-4])\b/i;

export function checkHints(ctx: RuleContext): void {
  const { level, report } = ctx;
  level.entities.forEach((e, i) => {
    if (e.type !== 'hint' || e.text.includes('{key}')) return;
    if (WRITTEN_KEY.test(e.text))
      report.warning(
        { path: entityPath(ctx, i, 'text') },
        `hint "${e.id}" names a key itself; a player who changed the binding would be told the wrong key`,
        'write {key} where the key goes: "Press {key} to jump"',
      );
  });
}

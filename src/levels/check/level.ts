// The whole check of one level file, cheapest first: size and syntax, format version, schema, then the level's
// own rules, then (when asked) the solver. Every problem is collected; nothing here throws on any input.
import { Grid } from '../../core/grid';
import type { CheckResult } from '../errors';
import { migrateLevel } from '../migrate';
import { LevelText } from '../positions';
import { FORMAT_VERSION, type Level } from '../../core/schema';
import type { Plan } from '../../core/plan';
import { checkBossCores, checkBossReferences } from './boss';
import { checkPhysicsBudget } from './bodies';
import { checkBridges } from './bridges';
import { checkDecor } from './decor';
import { checkHints } from './hints';
import type { GridContext, RuleContext } from './context';
import { checkPlacement } from './placement';
import { checkRamps } from './ramps';
import { checkReferences } from './references';
import { Report } from './report';
import { checkRows } from './rows';
import { checkShape } from './shape';
import { readJson } from './syntax';

/** How a level was proven: by the solver's route alone, or by the bot reaching the exit in the physics too. */
export interface Proof {
  by: 'solver' | 'bot';
  /** Game seconds and real milliseconds the bot took, when it played. */
  gameSeconds?: number;
  realMs?: number;
}

/**
 * What a proof says. `not-proven`: the solver cannot model something the level may need (named by `entity`);
 * `bot-failed`: the solver has a route the bot could not play (`entity` or `cell` says where).
 */
export type SolveResult =
  | { beatable: true; plan: Plan; proof?: Proof }
  | {
      beatable: false;
      reasons: string[];
      verdict?: 'unbeatable' | 'not-proven' | 'bot-failed';
      entity?: string;
      cell?: { floor: number; col: number; row: number };
      proof?: Proof;
    };
export type Solve = (level: Level) => SolveResult;

export function checkLevelWith(text: string, file: string, solve: Solve | null): CheckResult {
  const report = new Report(file, new LevelText('', undefined));
  let level: Level | null = null;
  let plan: Plan | undefined;
  let proof: Proof | undefined;
  try {
    level = checkText(text, report);
    if (level && !report.hasErrors && solve) ({ plan, proof } = runSolver(level, solve, report));
  } catch (e) {
    // A checker bug must not take the game or the command line down with it.
    report.error(
      { path: [], offset: 0 },
      `the checker failed on this file: ${(e as Error)?.message ?? String(e)}`,
      'please report it with the file',
    );
  }
  report.finish();
  const ok = !report.hasErrors;
  return {
    file,
    level: ok ? level : null,
    errors: report.errors,
    warnings: report.warnings,
    notices: report.notices,
    ...(ok && plan ? { plan } : {}),
    ...(ok && plan && proof ? { proof } : {}),
  };
}

function checkText(text: string, report: Report): Level | null {
  const json = readJson(text, report);
  if (!json) return null;

  const migration = migrateLevel(json.value);
  if (migration.kind === 'error') {
    report.error({ path: ['formatVersion'] }, migration.message, migration.hint);
    return null;
  }
  if (migration.from !== FORMAT_VERSION) {
    report.notices.push(
      `${report.file}: format ${migration.from} migrated to ${FORMAT_VERSION} — when you next edit it, set "formatVersion": ${FORMAT_VERSION}, rename "start" to "spawn" and move "palette" into "mood": { "palette": … }`,
    );
  }
  report.sourcePath = migration.sourcePath;

  const shape = checkShape(migration.value, report);
  if (!shape.level || shape.fatal) {
    if (shape.fatal)
      report.notices.push(
        `${report.file}: the level's own rules (references, cells, bridges) are checked once the errors above are fixed`,
      );
    return null;
  }
  const level = shape.level;
  const ctx: RuleContext = {
    level,
    report,
    fileIndex: shape.fileIndex,
    decorIndex: shape.decorIndex,
    brokenIds: shape.brokenIds,
    brokenTypes: shape.brokenTypes,
  };
  checkReferences(ctx);
  checkBossReferences(ctx);
  checkHints(ctx);
  const rowsOk = checkRows(ctx);
  // Terrain rules see the bare labyrinth; where a solid prop sits on something, the decor rule says so plainly.
  const gridCtx: GridContext = { ...ctx, grid: new Grid({ ...level, decor: [] }) };
  checkPlacement(gridCtx, rowsOk);
  checkDecor(gridCtx, rowsOk);
  if (rowsOk) {
    checkBridges(gridCtx);
    checkRamps(gridCtx);
    checkPhysicsBudget(gridCtx);
    checkBossCores(gridCtx);
  } else
    report.notices.push(
      `${report.file}: terrain, bridges and ramps are checked once every floor is a rectangle of known characters`,
    );
  return level;
}

function runSolver(level: Level, solve: Solve, report: Report): { plan?: Plan; proof?: Proof } {
  const exitIndex = level.entities.findIndex((e) => e.type === 'exit');
  const where = { path: exitIndex >= 0 ? ['entities', exitIndex, 'at'] : ['spawn'] };
  let result: SolveResult;
  try {
    result = solve(level);
  } catch (e) {
    report.error(where, `the solver failed: ${(e as Error)?.message ?? String(e)}`, 'please report it with the file');
    return {};
  }
  if (result.beatable) return { plan: result.plan, ...(result.proof ? { proof: result.proof } : {}) };
  // Said at the entity it is about, or at the cell's character in its row, or else at the exit.
  const entityIndex = result.entity ? level.entities.findIndex((e) => e.id === result.entity) : -1;
  const cell = result.cell;
  const at =
    entityIndex >= 0
      ? { path: ['entities', entityIndex] }
      : cell
        ? { path: ['grid', 'floors', cell.floor, 'rows', cell.row], char: cell.col }
        : where;
  const reasons = result.reasons.join('; ');
  if (result.verdict === 'not-proven')
    report.error(
      at,
      `not proven: ${reasons}`,
      'the solver cannot model this yet, so the level is not called beatable; npm run level -- play <file> tries it',
    );
  else if (result.verdict === 'bot-failed')
    report.error(
      at,
      `not beaten: ${reasons}`,
      'the solver found a route the physics does not allow; npm run level -- play <file> plays it, and the map shows the route',
    );
  else
    report.error(
      at,
      `the level cannot be beaten: ${reasons || 'no route from the spawn reaches the exit'}`,
      'npm run level -- map <file> shows what the friends can reach',
    );
  return {};
}

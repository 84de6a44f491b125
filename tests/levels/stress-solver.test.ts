import { describe, expect, it } from 'vitest';
import { solveLevel, type SolveResult } from '../../src/levels/solver';
import { checkLevelText } from '../../src/levels/check';
import { proveLevel } from '../../src/bot/prove';
import { stressLevel } from '../../src/levels/stress';
import { SolverModel } from '../../src/levels/solver/model';
import { neededCells, walkedCells } from '../../src/levels/solver/prune';
import { LIMITS, levelSchema, type Level, type LevelInput } from '../../src/core/schema';
import type { Plan, PlanStep } from '../../src/core/plan';
import { makeLevel } from '../helpers';

type EntityInput = NonNullable<LevelInput['entities']>[number];

function planOf(result: SolveResult): Plan {
  if (!result.beatable) throw new Error(`expected a route, got: ${result.reasons.join(' / ')}`);
  return result.plan;
}

const stepsOf = <K extends PlanStep['kind']>(plan: Plan, kind: K): Extract<PlanStep, { kind: K }>[] =>
  plan.steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);

describe('the generated level at the format caps', () => {
  const input = stressLevel(1);

  it('is a valid level as large as the format allows', () => {
    const checked = checkLevelText(JSON.stringify(input), 'stress.json');
    expect(checked.errors).toEqual([]);
    const level = checked.level!;
    expect(level.entities).toHaveLength(LIMITS.entities);
    expect(level.grid.floors).toHaveLength(LIMITS.floors);
    expect(level.grid.floors[0]!.rows).toHaveLength(LIMITS.gridSide);
    expect(level.grid.floors[0]!.rows[0]).toHaveLength(LIMITS.gridSide);
  });

  it('has a route up the tower through every floor’s puzzle, read memory and all', () => {
    const level = levelSchema.parse(input);
    const plan = planOf(solveLevel(level));
    const skills = stepsOf(plan, 'skill');
    expect(skills.some((s) => s.skill === 'reprogram' && s.target === 'node-0')).toBe(true);
    // Floor 1's gap is bridged (Mia may aim at its anchors from the floor below, as the engine allows).
    expect(skills.some((s) => s.skill === 'bridge' && /^anchor-1-/.test(s.target ?? ''))).toBe(true);
    expect(stepsOf(plan, 'dash').some((s) => s.to.floor === 3 && s.to.col === 6 && s.to.row === 5)).toBe(true);
    expect(stepsOf(plan, 'jump').some((s) => s.from.floor === 4)).toBe(true);
    // Someone holds the plate on floor 5 down while another goes through its door.
    expect(stepsOf(plan, 'walk').some((s) => s.path.at(-1)!.floor === 5 && s.path.at(-1)!.col === 8)).toBe(true);
    expect(stepsOf(plan, 'read').map((s) => s.fragment)).toEqual(['memory-7']);
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'exit', at: { floor: 7, col: 2, row: 2 } });
  });

  it('is finished by the bot up all eight floors (the tower alone, with few entities on the open floors)', () => {
    const level = levelSchema.parse(stressLevel(1, { entities: 40 }));
    const proof = proveLevel(level);
    if (!proof.beatable) throw new Error(proof.reasons.join(' / '));
    expect(proof.proof).toMatchObject({ by: 'bot' });
  });
});

describe('the ground the search walks', () => {
  // A corridor from Mia to the exit, with a room that hangs off it by one cell.
  const rows = ['##########', '#........#', '####.#####', '###...####', '###...####', '##########'];
  const exit: EntityInput = { id: 'exit', type: 'exit', at: [8, 1] };
  const walked = (level: Level): ((col: number, row: number) => boolean) => {
    const m = new SolverModel(level);
    const on = walkedCells(
      m,
      neededCells(m, { pos: m.starts, flags: new Uint8Array(0), boss: null, found: null, rides: null }),
    );
    return (col, row) => on[m.grid.key(0, col, row)] === 1;
  };

  it('leaves out a room that hangs off the way by one cell when nothing in it is needed', () => {
    const level = makeLevel(rows, { entities: [exit] });
    const on = walked(level);
    expect(on(1, 1) && on(4, 1) && on(8, 1)).toBe(true);
    expect(on(4, 2) || on(4, 3) || on(3, 4)).toBe(false);
    const plan = planOf(solveLevel(level));
    expect(stepsOf(plan, 'walk')[0]!.path.every((c) => c.row === 1)).toBe(true);
  });

  it('keeps the way into that room when a memory to read is in it', () => {
    const memory: EntityInput = { id: 'memory', type: 'fragment', at: [4, 4], required: true, text: 'Kept.' };
    const level = makeLevel(rows, { entities: [exit, memory] });
    const on = walked(level);
    expect(on(4, 2) && on(4, 3)).toBe(true);
    const plan = planOf(solveLevel(level));
    expect(stepsOf(plan, 'read').map((s) => s.fragment)).toEqual(['memory']);
  });

  it('keeps both ways round a loop between the friend and the exit', () => {
    const level = makeLevel(['#######', '#.....#', '#.###.#', '#.....#', '#######'], {
      entities: [{ id: 'exit', type: 'exit', at: [5, 1] }],
    });
    const on = walked(level);
    for (let col = 1; col <= 5; col++) expect(on(col, 3)).toBe(true);
  });

  it('still says what cuts the way off when the exit cannot be reached', () => {
    const level = makeLevel(['#########', '#..   ..#', '#########'], {
      entities: [{ id: 'exit', type: 'exit', at: [7, 1] }],
    });
    const result = solveLevel(level);
    if (result.beatable) throw new Error('expected no route');
    expect(result.reasons.join('\n')).toMatch(/void at \[3, 1\]/);
  });
});

describe('passages that never matter', () => {
  const open = Array.from({ length: 9 }, (_, r) => (r === 0 || r === 8 ? '#########' : '#.......#'));
  const key = (level: Level, col: number, row: number) => new SolverModel(level).grid.key(0, col, row);

  it('are a door and a cracked wall side by side in open ground', () => {
    const level = makeLevel(open, {
      entities: [
        { id: 'exit', type: 'exit', at: [7, 7] },
        { id: 'door', type: 'door', at: [4, 4] },
        { id: 'crack', type: 'cracked-wall', at: [5, 4] },
      ],
    });
    const m = new SolverModel(level);
    expect(m.pointless.has(key(level, 4, 4)) && m.pointless.has(key(level, 5, 4))).toBe(true);
  });

  it('are not the door that is the only way to the exit', () => {
    const level = makeLevel(['#######', '#.....#', '#######'], {
      entities: [
        { id: 'exit', type: 'exit', at: [5, 1] },
        { id: 'door', type: 'door', at: [3, 1] },
        { id: 'node', type: 'code-node', at: [1, 1], controls: ['door'] },
      ],
      friends: [{ friend: 'ava', at: [2, 1] }],
    });
    const m = new SolverModel(level);
    expect(m.pointless.has(key(level, 3, 1))).toBe(false);
    expect(solveLevel(level).beatable).toBe(true);
  });
});

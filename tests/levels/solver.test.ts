import { describe, expect, it } from 'vitest';
import { solveLevel, type SolveResult } from '../../src/levels/solver';
import type { Plan, PlanStep } from '../../src/core/plan';
import type { FriendName, Level, LevelInput } from '../../src/core/schema';
import type { CellRef } from '../../src/core/grid';
import { Grid } from '../../src/core/grid';
import { loadLevelFile, makeLevel } from '../helpers';

type EntityInput = NonNullable<LevelInput['entities']>[number];
const exitAt = (col: number, row = 1): EntityInput => ({ id: 'exit', type: 'exit', at: [col, row] });
const withFriends = (...friends: [FriendName, number, number][]): Partial<LevelInput> => ({
  friends: friends.map(([friend, col, row]) => ({ friend, at: [col, row] })),
});

function corridor(
  row: string,
  entities: EntityInput[],
  friends: [FriendName, number, number][] = [['mia', 1, 1]],
): Level {
  const wall = '#'.repeat(row.length);
  return makeLevel([wall, row, wall], { entities, ...withFriends(...friends) });
}

function beatable(result: SolveResult): Plan {
  if (!result.beatable) throw new Error(`expected a plan, got: ${result.reasons.join(' / ')}`);
  return result.plan;
}

function reasonsOf(result: SolveResult): string {
  if (result.beatable) throw new Error('expected the level to be unbeatable');
  return result.reasons.join('\n');
}

const stepsOf = <K extends PlanStep['kind']>(plan: Plan, kind: K): Extract<PlanStep, { kind: K }>[] =>
  plan.steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);

/** Where each friend ends the plan, following walks, jumps and dashes. */
function finalCells(level: Level, plan: Plan): Map<string, CellRef> {
  const at = new Map<string, CellRef>(
    level.friends.map((f) => [f.friend, { floor: f.floor, col: f.at[0], row: f.at[1] }]),
  );
  for (const s of plan.steps) {
    if (s.kind === 'walk') at.set(s.friend, s.path[s.path.length - 1]!);
    if (s.kind === 'jump' || s.kind === 'dash') at.set(s.friend, s.to);
  }
  return at;
}

/** A player could follow the plan: walks start where the friend stands and go cell to neighbouring cell. */
function expectFollowable(level: Level, plan: Plan): void {
  const grid = new Grid(level);
  const at = new Map<string, CellRef>(
    level.friends.map((f) => [f.friend, { floor: f.floor, col: f.at[0], row: f.at[1] }]),
  );
  let active: string = level.friends[0]!.friend;
  for (const s of plan.steps) {
    if (s.kind === 'switch') {
      active = s.friend;
      continue;
    }
    expect(s.friend).toBe(active);
    const here = at.get(s.friend)!;
    const start = s.kind === 'walk' ? s.path[0]! : s.kind === 'exit' ? s.at : s.from;
    expect(start).toEqual(here);
    if (s.kind === 'walk') {
      for (let i = 1; i < s.path.length; i++) {
        const [a, b] = [s.path[i - 1]!, s.path[i]!];
        const side = a.floor === b.floor && Math.abs(a.col - b.col) + Math.abs(a.row - b.row) === 1;
        const ramp = grid.ramps.some(
          (r) =>
            [a, b].some((c) => c.floor === r.floor && r.cells.some((rc) => rc.col === c.col && rc.row === c.row)) &&
            [a, b].some((c) => c.floor === r.above.floor && c.col === r.above.col && c.row === r.above.row),
        );
        expect(side || ramp, `step ${JSON.stringify(a)} → ${JSON.stringify(b)}`).toBe(true);
      }
      at.set(s.friend, s.path[s.path.length - 1]!);
    }
    if (s.kind === 'jump' || s.kind === 'dash') at.set(s.friend, s.to);
  }
  expect(plan.steps[plan.steps.length - 1]!.kind).toBe('exit');
}

describe('solveLevel', () => {
  it('walks an open corridor to the exit', () => {
    const level = corridor('#....#', [exitAt(4)]);
    const plan = beatable(solveLevel(level));
    expect(plan.steps).toEqual([
      {
        kind: 'walk',
        friend: 'mia',
        path: [1, 2, 3, 4].map((col) => ({ floor: 0, col, row: 1 })),
      },
      { kind: 'exit', friend: 'mia', at: { floor: 0, col: 4, row: 1 } },
    ]);
  });

  it('names a chasm with no anchors as what cuts the way', () => {
    const result = solveLevel(corridor('#..    ..#', [exitAt(8)]));
    const reasons = reasonsOf(result);
    expect(reasons).toContain('exit "exit" at [8, 1] is unreachable');
    expect(reasons).toContain('void at [3, 1] (no bridge anchors span it');
  });

  it('lets Mia bridge the same chasm between anchors', () => {
    const anchors: EntityInput[] = [
      { id: 'a-west', type: 'bridge-anchor', at: [2, 1], pair: 'a-east' },
      { id: 'a-east', type: 'bridge-anchor', at: [7, 1], pair: 'a-west' },
    ];
    const level = corridor('#..    ..#', [exitAt(8), ...anchors]);
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'skill')).toEqual([expect.objectContaining({ friend: 'mia', skill: 'bridge' })]);
    expect(stepsOf(plan, 'walk').some((w) => w.path.some((c) => c.col === 5))).toBe(true);
    expectFollowable(level, plan);
  });

  it('says a door no node or plate controls keeps the exit shut', () => {
    const reasons = reasonsOf(solveLevel(corridor('#.....#', [exitAt(5), { id: 'door-1', type: 'door', at: [3, 1] }])));
    expect(reasons).toContain('door "door-1" (no code node or plate controls it)');
  });

  it('has Ava reprogram the node that opens the door', () => {
    const level = corridor(
      '#.....#',
      [
        exitAt(5),
        { id: 'door-1', type: 'door', at: [3, 1] },
        { id: 'node-1', type: 'code-node', at: [2, 1], controls: ['door-1'] },
      ],
      [['ava', 1, 1]],
    );
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'skill')).toEqual([expect.objectContaining({ skill: 'reprogram', target: 'node-1' })]);
    expectFollowable(level, plan);
  });

  it('says the node needs Ava when only Mia is there', () => {
    const level = corridor('#.....#', [
      exitAt(5),
      { id: 'door-1', type: 'door', at: [3, 1] },
      { id: 'node-1', type: 'code-node', at: [2, 1], controls: ['door-1'] },
    ]);
    expect(reasonsOf(solveLevel(level))).toContain('Ava');
  });

  const plateLevel = (friends: [FriendName, number, number][]): Level =>
    corridor(
      '#.......#',
      [
        exitAt(7),
        { id: 'plate-1', type: 'pressure-plate', at: [2, 1], controls: ['door-1'] },
        { id: 'door-1', type: 'door', at: [5, 1] },
      ],
      friends,
    );

  it('says a plate cannot hold a door open for a friend who is alone', () => {
    const reasons = reasonsOf(solveLevel(plateLevel([['mia', 1, 1]])));
    expect(reasons).toContain('plate "plate-1" holds it open only while a friend stands on it');
  });

  it('leaves one friend on the plate while the other goes through', () => {
    const level = plateLevel([
      ['mia', 1, 1],
      ['noah', 3, 1],
    ]);
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'switch').length).toBeGreaterThan(0);
    const last = finalCells(level, plan);
    const onPlate = [...last.values()].some((c) => c.col === 2 && c.row === 1);
    expect(onPlate).toBe(true);
    expectFollowable(level, plan);
  });

  it('needs Noah to find a false wall', () => {
    const wall: EntityInput = { id: 'fake', type: 'false-wall', at: [3, 1] };
    expect(reasonsOf(solveLevel(corridor('#.....#', [exitAt(5), wall])))).toContain(
      'false wall "fake" (only Noah\'s diagnosis reveals it, and Noah is not in the level)',
    );
    const level = corridor(
      '#.....#',
      [exitAt(5), wall],
      [
        ['mia', 1, 1],
        ['noah', 1, 1],
      ],
    );
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'skill')).toEqual([
      expect.objectContaining({ friend: 'noah', skill: 'diagnose', target: null }),
    ]);
    expectFollowable(level, plan);
  });

  it('needs Leo to smash a cracked wall', () => {
    const wall: EntityInput = { id: 'crack', type: 'cracked-wall', at: [3, 1] };
    expect(reasonsOf(solveLevel(corridor('#.....#', [exitAt(5), wall])))).toContain('cracked wall "crack"');
    const level = corridor('#.....#', [exitAt(5), wall], [['leo', 1, 1]]);
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'dash')).toEqual([
      { kind: 'dash', friend: 'leo', from: { floor: 0, col: 2, row: 1 }, to: { floor: 0, col: 3, row: 1 } },
    ]);
    expectFollowable(level, plan);
  });

  it('needs Leo to dash a two-cell gap', () => {
    expect(solveLevel(corridor('#...  ..#', [exitAt(7)])).beatable).toBe(false);
    const level = corridor('#...  ..#', [exitAt(7)], [['leo', 1, 1]]);
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'dash')).toEqual([
      { kind: 'dash', friend: 'leo', from: { floor: 0, col: 3, row: 1 }, to: { floor: 0, col: 6, row: 1 } },
    ]);
    expectFollowable(level, plan);
  });

  it('lets Leo dash onto stepping stones Noah reveals in a chasm, and on across', () => {
    const stones: EntityInput[] = [
      { id: 'stone-1', type: 'hidden-platform', at: [6, 1] },
      { id: 'stone-2', type: 'hidden-platform', at: [7, 1] },
    ];
    const row = '#...      ..#';
    expect(solveLevel(corridor(row, [exitAt(11), ...stones], [['leo', 1, 1]])).beatable).toBe(false);
    // Noah keeps to a second row: friends do not walk through each other.
    const level = makeLevel(['#############', row, '#...#########', '#############'], {
      entities: [exitAt(11), ...stones],
      ...withFriends(['leo', 1, 1], ['noah', 1, 2]),
    });
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'skill')).toEqual([expect.objectContaining({ friend: 'noah', skill: 'diagnose' })]);
    expect(stepsOf(plan, 'dash').map((s) => [s.from.col, s.to.col])).toEqual([
      [3, 6],
      [7, 10],
    ]);
    expectFollowable(level, plan);
  });

  it('jumps a one-cell gap with a run-up, and from a standing start with a wall behind', () => {
    const level = corridor('#... ..#', [exitAt(6)]);
    const plan = beatable(solveLevel(level));
    expect(stepsOf(plan, 'jump')).toEqual([
      { kind: 'jump', friend: 'mia', from: { floor: 0, col: 3, row: 1 }, to: { floor: 0, col: 5, row: 1 } },
    ]);
    expectFollowable(level, plan);
    // A one-cell ledge with a wall behind: the bot runs from the ledge's centre and is at full speed before the press.
    const ledge = corridor('#. ..#', [exitAt(4)], [['mia', 1, 1]]);
    expectFollowable(ledge, beatable(solveLevel(ledge)));
  });

  it('toggles a door shut again when one node opens one door and closes the other', () => {
    // node-1 swaps door-x (closed) and door-y (open): Ava opens x, walks through, then swaps them back.
    const level = corridor(
      '#.......#',
      [
        exitAt(7),
        { id: 'door-x', type: 'door', at: [3, 1] },
        { id: 'door-y', type: 'door', at: [6, 1], open: true },
        { id: 'node-1', type: 'code-node', at: [2, 1], controls: ['door-x', 'door-y'] },
      ],
      [['ava', 1, 1]],
    );
    const plan = beatable(solveLevel(level));
    const uses = stepsOf(plan, 'skill');
    expect(uses.map((u) => u.target)).toEqual(['node-1', 'node-1']);
    expect(uses[1]!.from.col).toBeGreaterThan(3);
    expectFollowable(level, plan);
  });

  it('reads every required fragment before the exit, hidden ones after Noah reveals them', () => {
    const rows = ['#######', '#.....#', '#.#####', '#.#....', '#######'];
    const level = makeLevel(rows, {
      friends: [
        { friend: 'mia', at: [1, 1] },
        { friend: 'noah', at: [2, 1] },
      ],
      entities: [
        exitAt(5),
        { id: 'memo', type: 'fragment', at: [1, 3], text: 'The night before the exam.', required: true },
        { id: 'secret', type: 'fragment', at: [4, 3], text: 'A drawer he never opened.', required: true, hidden: true },
        { id: 'aside', type: 'fragment', at: [3, 1], text: 'Not needed.' },
      ],
    });
    // "secret" lies in a walled-off room: Noah reveals it, but nobody can get beside it to read it.
    const result = solveLevel(level);
    const reasons = reasonsOf(result);
    expect(reasons).toContain('required fragment "secret" at [4, 3] is never read: no friend reaches it');

    const open = makeLevel(['#######', '#.....#', '#.#.#.#', '#.#...#', '#######'], {
      friends: [
        { friend: 'mia', at: [1, 1] },
        { friend: 'noah', at: [2, 1] },
      ],
      entities: [
        exitAt(5),
        { id: 'memo', type: 'fragment', at: [1, 3], text: 'The night before the exam.', required: true },
        { id: 'secret', type: 'fragment', at: [4, 3], text: 'A drawer he never opened.', required: true, hidden: true },
      ],
    });
    const plan = beatable(solveLevel(open));
    const reads = stepsOf(plan, 'read').map((r) => r.fragment);
    expect(reads.sort()).toEqual(['memo', 'secret']);
    const diagnose = plan.steps.findIndex((s) => s.kind === 'skill' && s.skill === 'diagnose');
    const readSecret = plan.steps.findIndex((s) => s.kind === 'read' && s.fragment === 'secret');
    expect(diagnose).toBeGreaterThanOrEqual(0);
    expect(diagnose).toBeLessThan(readSecret);
    expectFollowable(open, plan);
  });

  it('gives up with a clear message instead of searching forever', () => {
    const result = solveLevel(corridor('#..    ..#', [exitAt(8)]), { maxStates: 0 });
    expect(reasonsOf(result)).toContain('search gave up after');
  });

  it('proves levels/01-bedroom.json beatable with a plan a player can follow', () => {
    const level = loadLevelFile('levels/01-bedroom.json');
    const plan = beatable(solveLevel(level));
    expectFollowable(level, plan);
    expect(plan.level).toBe('bedroom');
  });
});

describe('solveLevel on a level that needs all four friends', () => {
  it('holds the plate, reveals, smashes, bridges and reprograms in an order that works', () => {
    const level = loadLevelFile('tests/fixtures/solver/all-skills.json');
    const plan = beatable(solveLevel(level));
    expectFollowable(level, plan);
    const used = new Set(stepsOf(plan, 'skill').map((s) => s.skill));
    expect([...used].sort()).toEqual(['bridge', 'diagnose', 'reprogram']);
    expect(stepsOf(plan, 'dash').map((d) => d.friend)).toEqual(['leo']);
    expect(stepsOf(plan, 'read').map((r) => r.fragment)).toEqual(['memory-drawer']);
  });
});

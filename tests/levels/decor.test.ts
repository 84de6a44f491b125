// A designer furnishes a labyrinth with props: the checker places each mistake at its line, column and path, a solid
// prop blocks its cell for the solver and the engine alike, and hints and the boss are checked whole.
import { describe, expect, it } from 'vitest';
import { checkLevelText, type CheckResult } from '../../src/levels/check';
import { Grid } from '../../src/core/grid';
import { renderMapSvg } from '../../src/levels/map';
import { teleportCheck } from '../../src/engine/teleport';
import { DECOR_KINDS, type LevelInput } from '../../src/core/schema';
import { engineFor, hold } from '../helpers';

type Decor = NonNullable<LevelInput['decor']>[number];
type EntityInput = NonNullable<LevelInput['entities']>[number];

/** A 9×5 room: spawn at [1, 1], exit at [7, 3]. */
function room(decor: unknown[], entities: unknown[] = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      formatVersion: 2,
      id: 'furnished',
      title: 'A furnished room',
      grid: { floors: [{ height: 0, rows: ['#########', '#.......#', '#.......#', '#.......#', '#########'] }] },
      spawn: { at: [1, 1], facing: 'east' },
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [{ id: 'exit', type: 'exit', at: [7, 3] }, ...entities],
      decor,
      ...extra,
    },
    null,
    2,
  );
}

function check(text: string, solve = false): CheckResult {
  return checkLevelText(text, 'levels/furnished.json', { solve });
}

/** The 1-based line of the n-th (from 0) occurrence of `marker`. */
function lineOf(text: string, marker: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(marker, at + 1);
  if (at < 0) throw new Error(`marker ${marker} not in the text`);
  return text.slice(0, at).split('\n').length;
}

describe('decor in the level format', () => {
  it('accepts a furnished bedroom with every default filled in', () => {
    const decor: Decor[] = [
      { kind: 'bed', at: [2, 1], rotation: 90, size: 1.2, tint: '#8fb3ff', solid: true },
      { kind: 'clock', at: [4, 0] },
      { kind: 'neon-sign', at: [0, 2], label: 'LEVEL UP', tint: '#ff3df0' },
      { kind: 'teddy', at: [3, 3], offset: [0.25, -0.25] },
    ];
    const result = check(room(decor), true);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const d = result.level!.decor;
    expect(d).toHaveLength(4);
    expect(d[1]).toEqual({ kind: 'clock', at: [4, 0], floor: 0, offset: [0, 0], rotation: 0, size: 1, solid: false });
    expect(result.plan).toBeDefined();
  });

  it('names every decor kind a designer can use', () => {
    expect(DECOR_KINDS).toContain('lab-bench');
    expect(DECOR_KINDS).toContain('server-rack');
    expect(DECOR_KINDS.length).toBeGreaterThanOrEqual(20);
  });

  it('suggests the kind meant by a typo, at the line where it is written', () => {
    const text = room([
      { kind: 'bed', at: [2, 2] },
      { kind: 'desc', at: [3, 2] },
    ]);
    const result = check(text);
    expect(result.errors).toHaveLength(1);
    const e = result.errors[0]!;
    expect(e.path).toBe('decor[1].kind');
    expect(e.message).toBe('unknown decor kind "desc" (did you mean "desk"?)');
    expect(e.hint).toMatch(/decor kinds: bed, desk, chair/);
    expect(e.line).toBe(lineOf(text, '"desc"'));
  });

  it('still checks the rest of the level when a prop is broken', () => {
    const text = room(
      [{ kind: 'rug', at: [2, 2], size: 9 }],
      [
        { id: 'node', type: 'code-node', at: [3, 2], controls: ['dor'] },
        { id: 'door', type: 'door', at: [5, 2] },
      ],
    );
    const result = check(text);
    expect(result.errors.map((e) => e.path)).toEqual(['decor[0].size', 'entities[1].controls[0]']);
    expect(result.errors[1]!.message).toMatch(/no entity "dor" \(did you mean "door"\?\)/);
  });

  it('hangs only clocks, posters, windows, neon signs and vents on walls', () => {
    const text = room([
      { kind: 'poster', at: [3, 0], label: 'WINNERS ONLY' },
      { kind: 'bookshelf', at: [5, 0] },
    ]);
    const result = check(text);
    expect(result.errors).toHaveLength(1);
    const e = result.errors[0]!;
    expect(e.path).toBe('decor[1].at');
    expect(e.message).toBe('a bookshelf cannot stand inside a wall: [5, 0] is a wall');
    expect(e.hint).toMatch(/only clock, poster, window, neon-sign, vent hang on walls/);
    expect(e.line).toBe(lineOf(text, '"bookshelf"') + 1);
  });

  it('refuses a solid prop on the spawn, a friend, an entity or the void, each at its "solid"', () => {
    const text = JSON.stringify(
      {
        formatVersion: 2,
        id: 'blocked',
        title: 'Blocked',
        grid: { floors: [{ height: 0, rows: ['#########', '#.......#', '#...  ..#', '#.......#', '#########'] }] },
        spawn: { at: [1, 1] },
        friends: [
          { friend: 'mia', at: [1, 1] },
          { friend: 'noah', at: [2, 1] },
        ],
        entities: [
          { id: 'exit', type: 'exit', at: [7, 3] },
          { id: 'tale', type: 'fragment', at: [6, 1], text: 'I was nine.' },
        ],
        decor: [
          { kind: 'bed', at: [1, 1], solid: true },
          { kind: 'desk', at: [2, 1], solid: true },
          { kind: 'crate', at: [6, 1], solid: true },
          { kind: 'pillar', at: [4, 2], solid: true },
          { kind: 'chair', at: [3, 3], solid: true },
        ],
      },
      null,
      2,
    );
    const result = check(text);
    expect(result.errors.map((e) => [e.path, e.message])).toEqual([
      ['decor[0].solid', 'the solid bed at [1, 1] blocks the cell of the spawn'],
      ['decor[1].solid', "the solid desk at [2, 1] blocks the cell of noah's start"],
      ['decor[2].solid', 'the solid crate at [6, 1] blocks the cell of fragment "tale"'],
      ['decor[3].solid', 'a solid pillar blocks a floor cell, but [4, 2] is void'],
    ]);
    expect(result.errors[2]!.line).toBe(lineOf(text, '"solid"', 2));
    expect(result.errors[2]!.column).toBeGreaterThan(1);
  });

  it('warns of a label nothing shows and of a hint that writes its key', () => {
    const text = room(
      [{ kind: 'bed', at: [2, 2], label: 'Leo' }],
      [{ id: 'h-jump', type: 'hint', at: [2, 1], action: 'jump', text: 'Press Space to jump' }],
    );
    const result = check(text);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(['entities[1].text', 'decor[0].label']);
    expect(result.warnings[0]!.hint).toMatch(/\{key\}/);
  });
});

describe('a solid prop blocks its cell for the solver and the engine alike', () => {
  /** A corridor two cells wide; a bed and a desk fill the top lane at columns 3 and 4. */
  const corridor = (decor: unknown[]): string =>
    JSON.stringify({
      formatVersion: 2,
      id: 'corridor',
      title: 'Corridor',
      grid: { floors: [{ height: 0, rows: ['#########', '#.......#', '#.......#', '#########'] }] },
      spawn: { at: [1, 1], facing: 'east' },
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [{ id: 'exit', type: 'exit', at: [7, 1] }],
      decor,
    });

  it('the grid calls a solid prop cell unwalkable and a non-solid one walkable', () => {
    const level = check(
      corridor([
        { kind: 'bed', at: [3, 1], solid: true },
        { kind: 'rug', at: [4, 1] },
      ]),
    ).level!;
    const grid = new Grid(level);
    expect(grid.walkable(0, 3, 1)).toBe(false);
    expect(grid.solid(0, 3, 1)).toBe(true);
    expect(grid.terrain(0, 3, 1)).toBe('floor');
    expect(grid.walkable(0, 4, 1)).toBe(true);
  });

  it('the solver walks around solid props and gives up when they close the way', () => {
    const around = check(corridor([{ kind: 'bed', at: [3, 1], solid: true }]), true);
    const walks = around.plan!.steps.flatMap((s) => (s.kind === 'walk' ? s.path : []));
    expect(walks.some((c) => c.col === 3 && c.row === 1)).toBe(false);
    expect(walks.some((c) => c.col === 3 && c.row === 2)).toBe(true);

    const closed = check(
      corridor([
        { kind: 'server-rack', at: [4, 1], solid: true },
        { kind: 'server-rack', at: [4, 2], solid: true },
      ]),
      true,
    );
    expect(closed.errors).toHaveLength(1);
    expect(closed.errors[0]!.message).toMatch(/cannot be beaten/);
  });

  it('the map draws a solid prop as a box in its cell, named by its kind', () => {
    const level = check(
      corridor([
        { kind: 'bed', at: [3, 1], solid: true },
        { kind: 'rug', at: [4, 1] },
      ]),
    ).level!;
    const svg = renderMapSvg(level);
    expect(svg.match(/class="decor-solid"/g)).toHaveLength(1);
    expect(svg).toContain('<title>solid bed</title>');
  });

  it('a VR teleport is refused onto or through a solid prop, and goes over a rug', () => {
    const level = check(
      JSON.stringify({
        formatVersion: 2,
        id: 'single-file',
        title: 'Single file',
        grid: { floors: [{ height: 0, rows: ['#########', '#.......#', '#########'] }] },
        spawn: { at: [1, 1], facing: 'east' },
        friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
        entities: [{ id: 'exit', type: 'exit', at: [7, 1] }],
        decor: [
          { kind: 'bed', at: [3, 1], solid: true },
          { kind: 'rug', at: [2, 1] },
        ],
      }),
    ).level!;
    const engine = engineFor(level);
    hold(engine, 5);
    const at = (col: number) => engine.grid.center(0, col, 1);
    expect(teleportCheck(engine, at(3).x, at(3).z).to).toBeNull();
    expect(teleportCheck(engine, at(5).x, at(5).z).reason).toBe('something solid is in the way');
    expect(teleportCheck(engine, at(2).x, at(2).z).to).toEqual({ floor: 0, col: 2, row: 1 });
  });

  it('a friend walking into a solid bed stops at it; a rug is walked over', () => {
    const level = check(
      corridor([
        { kind: 'bed', at: [3, 1], solid: true },
        { kind: 'rug', at: [2, 2] },
      ]),
    ).level!;
    const engine = engineFor(level);
    hold(engine, 120, { moveY: 1 });
    const mia = engine.friends[0]!;
    // The bed's cell starts at x = 6 m: Mia stops against it, her body's radius short.
    expect(mia.position.x).toBeLessThan(3 * level.grid.cellSize);
    expect(mia.position.x).toBeGreaterThan(2 * level.grid.cellSize);
    expect(Math.abs(mia.position.z - 1.5 * level.grid.cellSize)).toBeLessThan(0.2);
  });
});

describe('the boss is checked whole', () => {
  const arena = (entities: EntityInput[], friends = ['mia', 'noah', 'ava', 'leo']): string =>
    JSON.stringify(
      {
        formatVersion: 2,
        id: 'arena',
        title: 'Arena',
        grid: { floors: [{ height: 0, rows: ['#########', '#.......#', '#..   ..#', '#.......#', '#########'] }] },
        spawn: { at: [1, 1] },
        friends: friends.map((friend, i) => ({ friend, at: [1 + i, 1] })),
        entities: [{ id: 'exit', type: 'exit', at: [7, 3] }, ...entities],
      },
      null,
      2,
    );
  const anchors: EntityInput[] = [
    { id: 'a1', type: 'bridge-anchor', at: [2, 2], pair: 'a2' },
    { id: 'a2', type: 'bridge-anchor', at: [6, 2], pair: 'a1' },
  ];

  it('accepts a boss whose cores float on the line of their bridges', () => {
    const result = check(
      arena([
        ...anchors,
        { id: 'boss', type: 'boss', at: [4, 3], cores: ['core'], nodes: ['n1'] },
        { id: 'core', type: 'boss-core', at: [4, 2], anchor: 'a1' },
        { id: 'n1', type: 'cycle-node', at: [6, 3] },
      ]),
    );
    expect(result.errors).toEqual([]);
  });

  it('says what is wrong with its parts, its cores and its party', () => {
    const text = arena(
      [
        ...anchors,
        { id: 'boss', type: 'boss', at: [4, 3], cores: ['core', 'a1'], nodes: ['n2'] },
        { id: 'core', type: 'boss-core', at: [3, 1], anchor: 'a1' },
        { id: 'n1', type: 'cycle-node', at: [6, 3] },
      ],
      ['mia', 'noah'],
    );
    const result = check(text);
    expect(result.errors.map((e) => [e.path, e.message])).toEqual([
      ['entities[3].cores[1]', '"a1" is a bridge-anchor'],
      ['entities[3].nodes[0]', 'no entity "n2" (did you mean "n1"?)'],
      ['entities[3]', 'the boss needs all four friends, but ava, leo are not in the level'],
      ['entities[4].at', 'a core floats over the void, but [3, 1] is floor'],
    ]);
    expect(result.warnings.map((w) => w.message)).toContain(
      'cycle-node "n1" is not listed by the boss, so it does nothing',
    );
  });
});

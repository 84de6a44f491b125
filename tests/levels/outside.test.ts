// Levels written by hand from outside the team (tests/fixtures/levels/outside/README.md): `level check` gives each the
// verdict a designer expects — beatable ones are played to the exit by the bot, the subtly broken ones are refused
// with a reason that names the cell or entity at fault, at its line in the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText, formatProblem } from '../../src/levels/check';
import { proveLevelText } from '../../src/bot/prove';
import { parseLevel } from '../../src/levels/load';
import { renderMapSvg } from '../../src/levels/map';
import { solveLevel } from '../../src/levels/solver';
import { describeStep } from '../../src/core/plan';
import { Engine } from '../../src/engine/engine';
import { idleInput } from '../../src/engine/tick-input';

const dir = 'tests/fixtures/levels/outside/';
const prove = (name: string, edit: (text: string) => string = (t) => t) => {
  const file = `${dir}${name}.json`;
  return proveLevelText(edit(readFileSync(file, 'utf8')), file);
};

// 07-noah-hidden-way has a one-cell stepping stone between two gaps: jumped onto, then off from a standing start.
const beatable = [
  '01-small-cells-jump',
  '02-gentle-ramp',
  '03-three-floors-steep',
  '04-dash-big-cells',
  '05-bridge-from-anchor',
  '06-anchor-upstairs',
  '07-noah-hidden-way',
  '08-ava-node-door-shuttle',
  '09-plate-hold',
  '10-doubt-gauntlet',
  '11-big-cells-fragments',
];

describe('levels from outside the team', () => {
  it.each(beatable)('%s is beatable: the bot reaches the exit on the route the solver found', (name) => {
    const result = prove(name);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.plan?.steps.at(-1)?.kind).toBe('exit');
    expect(result.proof?.by).toBe('bot');
  });

  const refused: [string, RegExp, string][] = [
    ['12-gap-ten-cm-too-wide', /void at \[4, 1\].*does not clear one 3\.3 m cell/, 'entities[0].at'],
    ['13-door-no-node-opens', /door "exit-door" \(no code node or plate controls it\)/, 'entities[3].at'],
    ['14-ramp-too-steep', /56° ramp up from \[3, 1\]/, 'entities[0].at'],
  ];
  it.each(refused)('%s is not beatable, and says why at the exit’s line', (name, why, path) => {
    const result = prove(name);
    expect(result.proof).toBeUndefined();
    const lines = result.errors.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${dir}${name}\\.json:\\d+:\\d+ ${path.replace(/[[\]]/g, '\\$&')}: `));
    expect(lines[0]).toMatch(why);
    expect(lines[0]).toContain('the level cannot be beaten');
  });

  it('the same gap at 2.8 m is proven: the body’s radius catches the far edge, and the bot jumps it', () => {
    const result = prove('12-gap-ten-cm-too-wide', (t) => t.replace('"cellSize": 3.3', '"cellSize": 2.8'));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.plan?.steps.map((s) => s.kind)).toContain('jump');
    expect(result.proof?.by).toBe('bot');
  });

  it('the door nothing opens is also a warning on the door itself', () => {
    const result = prove('13-door-no-node-opens');
    expect(result.warnings.map(formatProblem).join('\n')).toMatch(
      /13-door-no-node-opens\.json:15:\d+ entities\[2\]\.id: door "exit-door" is closed and no code node or pressure plate controls it — add its id/,
    );
  });

  it('the deadly whisper is deadly: without the node that freezes it, 10-doubt-gauntlet cannot be beaten', () => {
    const result = prove('10-doubt-gauntlet', (t) => t.replace('"controls": ["dread"]', '"controls": ["murmur"]'));
    expect(result.proof).toBeUndefined();
    expect(result.errors.map(formatProblem).join('\n')).toMatch(/"dread" at \[10, 1\] \(1000 lucidity a second/);
  });

  it('12-gap-ten-cm-too-wide is 10 cm too wide in the game too: no take-off clears 3.3 m, a good one clears 3.2 m', () => {
    const landsFrom = (cellSize: number): number | null => {
      const text = readFileSync(`${dir}12-gap-ten-cm-too-wide.json`, 'utf8').replace(
        '"cellSize": 3.3',
        `"cellSize": ${cellSize}`,
      );
      const level = parseLevel(text, '12-gap-ten-cm-too-wide.json');
      const edge = 4 * cellSize; // the east edge of [3, 1], where the gap starts
      // Run east at full speed and press jump when the body's centre is `offset` metres past the edge.
      for (let offset = -0.4; offset <= 0.45; offset += 0.05) {
        const engine = new Engine(level, { switchGlide: 0 });
        let jumped = false;
        for (let t = 0; t < 600; t++) {
          const jump: boolean = !jumped && engine.active.position.x >= edge + offset;
          jumped ||= jump;
          engine.step({ ...idleInput(), moveY: 1, run: true, jump });
          if (engine.drainEvents().some((e) => e.type === 'respawn')) break;
          if (engine.status === 'complete') return offset;
        }
      }
      return null;
    };
    expect(landsFrom(3.3)).toBeNull();
    expect(landsFrom(3.2)).not.toBeNull();
  });
});

describe('mistakes a designer makes in those levels, and what check says', () => {
  const check = (name: string, edit: (text: string) => string): string[] => {
    const file = `${dir}${name}.json`;
    return checkLevelText(edit(readFileSync(file, 'utf8')), file).errors.map(formatProblem);
  };

  it('a doubled comma: its line and column, and to remove one', () => {
    const lines = check('05-bridge-from-anchor', (t) => t.replace('"pair": "far" },', '"pair": "far" },,'));
    expect(lines).toEqual([
      `${dir}05-bridge-from-anchor.json:13:76 entities: expected a value, found a second "," — remove one of the two commas`,
    ]);
  });

  it('anchors on two floors: both floors named, floor 0 too, and which "floor" to set', () => {
    const lines = check('06-anchor-upstairs', (t) =>
      t.replace('"floor": 1, "pair": "balcony-east"', '"floor": 0, "pair": "balcony-east"'),
    );
    expect(lines.join('\n')).toContain(
      '"balcony-west" [2, 1] on floor 0 and "balcony-east" [6, 1] on floor 1 are on different floors — a bridge is level: put both anchors on one floor ("floor": 1 on "balcony-west", or 0 on "balcony-east")',
    );
  });

  it('a balcony over a wall: the bridge crosses a wall top, not "void"', () => {
    // 06-anchor-upstairs with a wall under the balcony's gap: its top, level with floor 1, is ground, not a gap.
    const lines = check('06-anchor-upstairs', (t) =>
      t
        .replace('"#.......#", "#.......#", "#.......#"', '"#.......#", "#.#####.#", "#.......#"')
        .replace('"#..   ..#", "#       #"', '"#       #", "#..   ..#"')
        .replace(/"at": \[(\d), 1\], "floor": 1/g, '"at": [$1, 2], "floor": 1'),
    );
    expect(lines.join('\n')).toMatch(
      /crosses a wall top \(the wall of floor 0 below is walkable ground here\) at \[3, 2\] on floor 1 — a bridge spans nothing but void/,
    );
  });

  it('a number over its limit: which, where, and the largest to write (as JSON, without a thousands comma)', () => {
    const lines = check('10-doubt-gauntlet', (t) => t.replace('"drain": 1000', '"drain": 5000'));
    expect(lines).toEqual([
      `${dir}10-doubt-gauntlet.json:15:85 entities[2].drain: 5000 is more than the most allowed, 1,000 — write 1000 or less`,
    ]);
  });

  it('a false wall drawn as "#": the entity is the wall, so its cell is written "."', () => {
    const lines = check('07-noah-hidden-way', (t) => t.replace('"#...   ....#"', '"#...   ..#.#"'));
    expect(lines).toEqual([
      `${dir}07-noah-hidden-way.json:14:55 entities[1].at: a false-wall stands on a floor cell, but [9, 1] is a wall — the false-wall is the wall itself: write "." at column 9 of grid.floors[0].rows[1]`,
    ]);
  });

  it('a landing over the top of a ramp: the cell on the floor above, at its row and column, and to leave it void', () => {
    const lines = check('03-three-floors-steep', (t) =>
      t.replace('"rows": ["           ###", "           ..#"', '"rows": ["         #####", "          ...#"'),
    );
    expect(lines).toEqual([
      `${dir}03-three-floors-steep.json:11:60 grid.floors[2].rows[1]: [10, 1] on floor 2 is floor, over the ramp-east run ending at [10, 1] on floor 1: a friend climbing the ramp runs into it — leave the cells over a ramp void (" ") on floor 2`,
    ]);
  });
});

describe('the map of an outside level', () => {
  const load = (name: string) => parseLevel(readFileSync(`${dir}${name}.json`, 'utf8'), `${dir}${name}.json`);

  it('numbers the route as check does, walks included, so "step 3" is one step in both', () => {
    const level = load('06-anchor-upstairs');
    const solved = solveLevel(level);
    if (!solved.beatable) throw new Error('06-anchor-upstairs has a route');
    const svg = renderMapSvg(level, solved.plan);
    solved.plan.steps.forEach((step, i) => expect(svg).toContain(`${i + 1}. ${describeStep(step)}`));
    expect(svg).toMatch(/\d+\. (mia|noah) walks /);
  });

  it('says under the legend why there is no route, when there is none', () => {
    const level = load('12-gap-ten-cm-too-wide');
    const solved = solveLevel(level);
    if (solved.beatable) throw new Error('12-gap-ten-cm-too-wide has no route');
    const svg = renderMapSvg(level, null, solved.reasons);
    expect(svg).toContain('No route drawn');
    expect(svg).toContain('exit &quot;exit&quot; at [5, 1] is unreachable');
  });

  it('gives each reason once, naming the gap that cuts the way, when the stepping stone is too short to run from', () => {
    const file = `${dir}07-noah-hidden-way.json`;
    const text = readFileSync(file, 'utf8').replace('"cellSize": 2', '"cellSize": 1.7');
    const solved = solveLevel(parseLevel(text, file));
    if (solved.beatable) throw new Error('07-noah-hidden-way at 1.7 m cells has no route');
    expect(new Set(solved.reasons).size).toBe(solved.reasons.length);
    expect(solved.reasons).toEqual([
      expect.stringMatching(/^exit "exit" at \[10, 1\] is unreachable: .*void at \[4, 1\]/),
      expect.stringMatching(/^required fragment "secret" at \[7, 1\] is never read: .*void at \[4, 1\]/),
    ]);
    // The gap is one cell, as wide as a jump clears: what is missing is room to stop on the stone.
    expect(solved.reasons[0]).toContain(
      'a running jump clears its width but has no room past the landing at [5, 1] to stop',
    );
    expect(solved.reasons[0]).not.toContain('nobody can jump it');
  });

  it('names only the doubt hazard that kills, when the node freezes a harmless one instead', () => {
    const file = `${dir}10-doubt-gauntlet.json`;
    const text = readFileSync(file, 'utf8').replace('"controls": ["dread"]', '"controls": ["murmur"]');
    const solved = solveLevel(parseLevel(text, file));
    if (solved.beatable) throw new Error('10-doubt-gauntlet with "dread" never frozen has no route');
    expect(solved.reasons).toEqual([expect.stringMatching(/^every way to the exit passes doubt hazard "dread" /)]);
    expect(solved.reasons[0]).not.toMatch(/murmur|nag/);
  });

  it('is wide enough for its legend even for a level three cells high', () => {
    const svg = renderMapSvg(load('01-small-cells-jump'), null);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    // The third column of symbols starts 440 px in; its longest line is about 260 px at 9 px.
    expect(width).toBeGreaterThanOrEqual(16 + 440 + 260);
  });
});

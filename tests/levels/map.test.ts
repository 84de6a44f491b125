import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../../src/levels/map';
import { solveLevel } from '../../src/levels/solver';
import { loadLevelFile } from '../helpers';

/** A small well-formedness check: every tag closes in order, attributes are quoted, text has no bare & or <. */
function expectWellFormed(svg: string): void {
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    expect(between, `text before ${m[0]}`).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    last = m.index + m[0].length;
    if (m[1]) expect(stack.pop(), `closing ${m[2]}`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('renderMapSvg', () => {
  for (const file of ['levels/01-bedroom.json', 'tests/fixtures/solver/all-skills.json']) {
    it(`draws ${file} with every entity, the friends and the route`, () => {
      const level = loadLevelFile(file);
      const result = solveLevel(level);
      if (!result.beatable) throw new Error(result.reasons.join('\n'));
      const svg = renderMapSvg(level, result.plan);
      expectWellFormed(svg);
      for (const e of level.entities) expect(svg).toContain(`id="entity-${e.id}"`);
      for (const f of level.friends) expect(svg).toContain(`id="start-${f.friend}"`);
      for (let floor = 0; floor < level.grid.floors.length; floor++) expect(svg).toContain(`id="floor-${floor}"`);
      const walkers = new Set(result.plan.steps.filter((s) => s.kind === 'walk').map((s) => s.friend));
      for (const friend of walkers) expect(svg).toContain(`class="route-${friend}"`);
      expect(svg).toContain('reaches the exit');
    });
  }

  it('escapes text a designer wrote', () => {
    const level = loadLevelFile('tests/fixtures/solver/all-skills.json');
    const svg = renderMapSvg(level, null);
    expectWellFormed(svg);
    expect(svg).toContain('Every skill &amp; every symbol &lt;test&gt;');
    expect(svg).toContain('No route drawn');
  });
});

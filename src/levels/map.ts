// The level seen from above, one panel per floor, with every entity, the friends' starts and the solver's route.
// A designer would rather look than read: each symbol has a shape and a letter, and each friend's route a colour
// and a dash pattern of its own.
import { Grid, type CellRef } from '../core/grid';
import { describeStep, type Plan, type PlanStep } from '../core/plan';
import type { Entity, FriendName, Level } from '../core/schema';

/** Pixels per cell side. */
const CELL = 28;
const GAP = 36;
const MARGIN = 16;
const HEADER = 34;
/** The legend's three columns of symbols need this much width even for a small level. */
const LEGEND_WIDTH = 740;
/** Characters a line of the solver's reasons holds at the legend's font size. */
const REASON_CHARS = 120;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

const FILL = {
  floor: '#ece6d6',
  wall: '#4b4459',
  wallTop: '#8c849a',
  void: '#17141f',
  ramp: '#d7c28e',
  page: '#fbfaf6',
} as const;

/** Colour and dash pattern per friend: the routes differ by both, never by colour alone. */
export const FRIEND_STYLE: Readonly<Record<FriendName, { color: string; dash: string; letter: string }>> = {
  mia: { color: '#d63f8c', dash: '', letter: 'M' },
  noah: { color: '#2f7fd8', dash: '9 5', letter: 'N' },
  ava: { color: '#d98a00', dash: '2 4', letter: 'A' },
  leo: { color: '#219a52', dash: '12 4 3 4', letter: 'L' },
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`);
}

/**
 * The level seen from above, floor by floor, with the solver's route; with no route, `reasons` (the solver's words)
 * are written under the legend so the picture says why.
 */
export function renderMapSvg(level: Level, plan?: Plan | null, reasons: readonly string[] = []): string {
  const grid = new Grid(level);
  const panelW = grid.cols * CELL;
  const panelH = grid.rows * CELL;
  const originX = (floor: number): number => MARGIN + floor * (panelW + GAP);
  const px = (c: { floor: number; col: number; row: number }): [number, number] => [
    originX(c.floor) + (c.col + 0.5) * CELL,
    MARGIN + HEADER + (c.row + 0.5) * CELL,
  ];
  const body: string[] = [];
  for (let floor = 0; floor < grid.floorCount; floor++) body.push(floorPanel(level, grid, floor, originX(floor)));
  const byId = new Map(level.entities.map((e) => [e.id, e]));
  const at = (e: { floor: number; at: readonly [number, number] }): [number, number] =>
    px({ floor: e.floor, col: e.at[0], row: e.at[1] });
  body.push('<g id="links">');
  for (const e of level.entities) body.push(links(e, byId, at));
  body.push('</g>', '<g id="entities">');
  for (const e of level.entities) body.push(entitySymbol(e, at, px));
  body.push('</g>', '<g id="starts">');
  const [sx, sy] = at(level.spawn);
  body.push(
    `<g id="spawn"><circle cx="${sx}" cy="${sy}" r="${CELL * 0.42}" fill="none" stroke="#000" stroke-width="2"/>` +
      `<text x="${sx}" y="${sy - CELL * 0.5}" font-size="8" text-anchor="middle" ${FONT}>spawn</text></g>`,
  );
  for (const f of level.friends) {
    const [x, y] = at(f);
    const style = FRIEND_STYLE[f.friend];
    body.push(
      `<g id="start-${f.friend}"><circle cx="${x}" cy="${y}" r="${CELL * 0.3}" fill="${style.color}" stroke="#fff" stroke-width="1.5"/>` +
        `<text x="${x}" y="${y + 4}" font-size="11" font-weight="bold" fill="#fff" text-anchor="middle" ${FONT}>${style.letter}</text></g>`,
    );
  }
  body.push('</g>');
  const routeLines = plan ? route(level, plan, px, body) : [];
  const legendY = MARGIN + HEADER + panelH + 24;
  const legendLines = legend(level, MARGIN, legendY, routeLines, reasons);
  const width = Math.max(MARGIN * 2 + grid.floorCount * panelW + (grid.floorCount - 1) * GAP, LEGEND_WIDTH);
  const height = legendY + legendLines.height + MARGIN;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(`${level.title} (${level.id})`)}</title>`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<line x1="0" y1="0" x2="0" y2="6" stroke="#b9b1c9" stroke-width="2"/></pattern>` +
      `<marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">` +
      `<path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="${FILL.page}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 2}" font-size="14" font-weight="bold" dominant-baseline="hanging" ${FONT}>${escapeXml(level.title)}</text>`,
    ...body,
    legendLines.svg,
    '</svg>',
    '',
  ].join('\n');
}

function floorPanel(level: Level, grid: Grid, floor: number, x0: number): string {
  const y0 = MARGIN + HEADER;
  const spec = level.grid.floors[floor]!;
  const out: string[] = [`<g id="floor-${floor}">`];
  out.push(
    `<text x="${x0}" y="${y0 - 6}" font-size="11" ${FONT}>${escapeXml(`floor ${floor}${spec.name ? `: ${spec.name}` : ''} — height ${spec.height} m`)}</text>`,
  );
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const t = grid.terrain(floor, col, row);
      const fill =
        t === 'floor'
          ? FILL.floor
          : t === 'wall'
            ? FILL.wall
            : t === 'void'
              ? grid.standable(floor, col, row)
                ? FILL.wallTop
                : FILL.void
              : FILL.ramp;
      out.push(
        `<rect x="${x0 + col * CELL}" y="${y0 + row * CELL}" width="${CELL}" height="${CELL}" fill="${fill}" stroke="#0002" stroke-width="0.5"/>`,
      );
    }
  }
  // Solid props block their cells like walls (the solver walks around them): drawn as a filled box with the kind.
  for (const d of level.decor) {
    if (d.floor !== floor || !grid.decorBlocks(floor, d.at[0], d.at[1])) continue;
    const [x, y] = [x0 + d.at[0] * CELL, y0 + d.at[1] * CELL];
    out.push(
      `<rect class="decor-solid" x="${x + 3}" y="${y + 3}" width="${CELL - 6}" height="${CELL - 6}" rx="2" fill="#8d6e63" stroke="#3e2723"><title>${escapeXml(`solid ${d.kind}`)}</title></rect>`,
    );
  }
  for (const run of grid.ramps.filter((r) => r.floor === floor)) {
    const first = run.cells[0]!;
    const last = run.cells[run.cells.length - 1]!;
    const c = (p: { col: number; row: number }): [number, number] => [
      x0 + (p.col + 0.5) * CELL,
      y0 + (p.row + 0.5) * CELL,
    ];
    const [ax, ay] = c(first);
    const [bx, by] = c(last);
    const dx = Math.sign(bx - ax) || (run.dir === 'east' ? 1 : run.dir === 'west' ? -1 : 0);
    const dy = Math.sign(by - ay) || (run.dir === 'south' ? 1 : run.dir === 'north' ? -1 : 0);
    out.push(
      `<line class="ramp" x1="${ax - dx * CELL * 0.35}" y1="${ay - dy * CELL * 0.35}" x2="${bx + dx * CELL * 0.35}" y2="${by + dy * CELL * 0.35}" ` +
        `stroke="#6b5320" stroke-width="2.5" marker-end="url(#arrow)"><title>ramp up to floor ${run.above.floor}</title></line>`,
    );
  }
  out.push(
    `<rect x="${x0}" y="${y0}" width="${grid.cols * CELL}" height="${grid.rows * CELL}" fill="none" stroke="#000" stroke-width="1"/>`,
  );
  out.push('</g>');
  return out.join('\n');
}

type At = (e: { floor: number; at: readonly [number, number] }) => [number, number];

/** Lines from nodes and plates to what they control, and dashed lines between paired anchors. */
function links(e: Entity, byId: Map<string, Entity>, at: At): string {
  const [x, y] = at(e);
  const line = (to: Entity, stroke: string, dash: string): string => {
    const [tx, ty] = at(to);
    return `<line x1="${x}" y1="${y}" x2="${tx}" y2="${ty}" stroke="${stroke}" stroke-width="1.5" stroke-dasharray="${dash}" opacity="0.8"/>`;
  };
  switch (e.type) {
    case 'code-node':
      return e.controls
        .map((id) => byId.get(id))
        .filter((t) => t !== undefined)
        .map((t) => line(t, '#12a4b8', ''))
        .join('');
    case 'pressure-plate':
      return e.controls
        .map((id) => byId.get(id))
        .filter((t) => t !== undefined)
        .map((t) => line(t, '#8a6d3b', '1 3'))
        .join('');
    case 'bridge-anchor': {
      const pair = byId.get(e.pair);
      if (pair?.type !== 'bridge-anchor') return '';
      // Mutual pairs draw their line once.
      return pair.pair !== e.id || e.id < pair.id ? line(pair, '#e7d26b', '6 4') : '';
    }
    case 'moving-platform': {
      const [tx, ty] = at({ floor: e.floor, at: e.to });
      return `<line x1="${x}" y1="${y}" x2="${tx}" y2="${ty}" stroke="#9d7be0" stroke-width="2" marker-end="url(#arrow)"/>`;
    }
    case 'doubt-hazard': {
      if (e.loop.length === 0) return '';
      const pts = [e.at, ...e.loop, e.at].map((c) => at({ floor: e.floor, at: c }).join(',')).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="#d0342c" stroke-width="1.5" stroke-dasharray="3 3"/>`;
    }
    default:
      return '';
  }
}

/** One entity's symbol: a shape, a letter inside and its id under it (over it in odd columns). */
function entitySymbol(e: Entity, at: At, px: (c: CellRef) => [number, number]): string {
  const [x, y] = at(e);
  const h = CELL / 2;
  // Ids of neighbours in a row would run into each other: odd columns write theirs along the cell's top instead.
  const labelY = e.at[0] % 2 === 1 ? y - h + 7 : y + h - 1;
  const label = `<text x="${x}" y="${labelY}" font-size="7" text-anchor="middle" fill="#000" stroke="#fff" stroke-width="2" paint-order="stroke" ${FONT}>${escapeXml(e.id)}</text>`;
  const letter = (l: string, fill = '#000'): string =>
    `<text x="${x}" y="${y + 3}" font-size="9" font-weight="bold" text-anchor="middle" fill="${fill}" ${FONT}>${l}</text>`;
  let shape: string;
  switch (e.type) {
    case 'door':
      shape = `<rect x="${x - h + 2}" y="${y - 5}" width="${CELL - 4}" height="10" fill="${e.open ? '#9be39b' : '#e0524a'}" stroke="#000"/>${letter('D')}`;
      break;
    case 'pressure-plate':
      shape = `<rect x="${x - 8}" y="${y - 8}" width="16" height="16" rx="3" fill="#c9a66b" stroke="#5c4520"/>${letter('P')}`;
      break;
    case 'code-node':
      shape = `<path d="M${x},${y - 10} L${x + 10},${y} L${x},${y + 10} L${x - 10},${y} z" fill="#5fd6e6" stroke="#0b6470"/>${letter('&lt;/&gt;').replace('font-size="9"', 'font-size="6"')}`;
      break;
    case 'bridge-anchor':
      shape = `<circle cx="${x}" cy="${y}" r="8" fill="#f3e27a" stroke="#7a6a10"/>${letter('B')}`;
      break;
    case 'false-wall':
      shape = `<rect x="${x - h + 1}" y="${y - h + 1}" width="${CELL - 2}" height="${CELL - 2}" fill="url(#hatch)" stroke="#b9b1c9" stroke-dasharray="3 2"/>${letter('F', '#fff')}`;
      break;
    case 'hidden-platform':
      shape = `<rect x="${x - h + 3}" y="${y - h + 3}" width="${CELL - 6}" height="${CELL - 6}" fill="none" stroke="#9fe0ff" stroke-width="1.5" stroke-dasharray="3 2"/>${letter('H', '#9fe0ff')}`;
      break;
    case 'cracked-wall':
      shape =
        `<rect x="${x - h + 1}" y="${y - h + 1}" width="${CELL - 2}" height="${CELL - 2}" fill="#6d5f63" stroke="#000"/>` +
        `<polyline points="${x - 6},${y - 10} ${x - 1},${y - 3} ${x - 5},${y + 2} ${x + 3},${y + 10}" fill="none" stroke="#f5d0a0" stroke-width="1.5"/>${letter('C', '#fff')}`;
      break;
    case 'doubt-hazard':
      shape = `<circle cx="${x}" cy="${y}" r="${Math.max(4, e.radius * CELL)}" fill="#d0342c33" stroke="#d0342c"/>${letter('!', '#7a0f0a')}`;
      break;
    case 'fragment':
      shape = `<path d="M${x},${y - 9} L${x + 8},${y} L${x},${y + 9} L${x - 8},${y} z" fill="${e.hidden ? 'none' : '#f6f0ff'}" stroke="#7c4dcc" stroke-width="${e.required ? 2.5 : 1}" stroke-dasharray="${e.hidden ? '2 2' : ''}"/>${letter('¶', '#7c4dcc')}`;
      break;
    case 'dialogue':
      shape = `<path d="M${x - 9},${y - 7} h18 v11 h-10 l-5,5 v-5 h-3 z" fill="#fff" stroke="#555"/>${letter('…', '#555')}`;
      break;
    case 'checkpoint':
      shape = `<line x1="${x - 5}" y1="${y + 9}" x2="${x - 5}" y2="${y - 9}" stroke="#000" stroke-width="1.5"/><path d="M${x - 5},${y - 9} L${x + 8},${y - 5} L${x - 5},${y - 1} z" fill="#4fc3f7" stroke="#000"/>`;
      break;
    case 'exit':
      shape = `<rect x="${x - h + 2}" y="${y - h + 2}" width="${CELL - 4}" height="${CELL - 4}" fill="#4caf50" stroke="#1b5e20" stroke-width="2"/>${letter('EXIT', '#fff').replace('font-size="9"', 'font-size="7"')}`;
      break;
    case 'moving-platform':
      shape = `<rect x="${x - 9}" y="${y - 6}" width="18" height="12" fill="#c7b5f0" stroke="#5b3fa8"/>${letter('MP')}`;
      break;
    case 'hint':
      shape = `<circle cx="${x}" cy="${y}" r="7" fill="#fff" stroke="#2e7d32"/>${letter('?', '#2e7d32')}`;
      break;
    case 'boss':
      shape = `<circle cx="${x}" cy="${y}" r="${h}" fill="#c2185b" stroke="#000"/>${letter('B!', '#fff')}`;
      break;
    case 'boss-core':
      shape = `<circle cx="${x}" cy="${y}" r="8" fill="#ff2f6d" stroke="#5a0020"/>${letter('◆', '#fff')}`;
      break;
    case 'cycle-node':
      shape = `<path d="M${x},${y - 10} L${x + 10},${y} L${x},${y + 10} L${x - 10},${y} z" fill="#ff8ad0" stroke="#7a0f52"/>${letter('↻')}`;
      break;
    case 'boss-arena': {
      const [x1, y1] = px({ floor: e.floor, col: Math.min(e.at[0], e.to[0]), row: Math.min(e.at[1], e.to[1]) });
      const [x2, y2] = px({ floor: e.floor, col: Math.max(e.at[0], e.to[0]), row: Math.max(e.at[1], e.to[1]) });
      shape = `<rect x="${x1 - h}" y="${y1 - h}" width="${x2 - x1 + CELL}" height="${y2 - y1 + CELL}" fill="none" stroke="#c2185b" stroke-width="2.5" stroke-dasharray="8 4"/>${letter('BOSS', '#c2185b')}`;
      break;
    }
  }
  return `<g id="entity-${escapeXml(e.id)}" class="${e.type}"><title>${escapeXml(`${e.type} "${e.id}"`)}</title>${shape}${label}</g>`;
}

/**
 * Draws each friend's route and numbered markers for everything but walking; returns one numbered line a step, numbered
 * as `level check` numbers them, so "step 4" is the same step in the picture and in the terminal.
 */
function route(level: Level, plan: Plan, px: (c: CellRef) => [number, number], body: string[]): string[] {
  const friendIndex = new Map(level.friends.map((f, i) => [f.friend, i]));
  const offset = (friend: FriendName): number => ((friendIndex.get(friend) ?? 0) - 1.5) * 3;
  const point = (friend: FriendName, c: CellRef): [number, number] => {
    const [x, y] = px(c);
    return [x + offset(friend), y + offset(friend)];
  };
  const lines: string[] = [];
  const marks: string[] = [];
  body.push('<g id="route">');
  const draw = (friend: FriendName, cells: CellRef[], extra = ''): void => {
    const style = FRIEND_STYLE[friend];
    // A ramp step joins two floors: the line breaks there and goes on in the other floor's panel.
    let run: CellRef[] = [];
    const flush = (): void => {
      if (run.length > 1) {
        body.push(
          `<polyline class="route-${friend}" points="${run.map((c) => point(friend, c).join(',')).join(' ')}" fill="none" stroke="${style.color}" stroke-width="2.5" stroke-linejoin="round" stroke-dasharray="${style.dash}"${extra}/>`,
        );
      }
      run = [];
    };
    for (const c of cells) {
      if (run.length && run[run.length - 1]!.floor !== c.floor) flush();
      run.push(c);
    }
    flush();
  };
  let n = 0;
  const mark = (step: PlanStep, c: CellRef): void => {
    const [x, y] = point(step.friend, c);
    const style = FRIEND_STYLE[step.friend];
    marks.push(
      `<g class="step"><circle cx="${x + 8}" cy="${y - 8}" r="7" fill="#fff" stroke="${style.color}" stroke-width="2"/>` +
        `<text x="${x + 8}" y="${y - 5}" font-size="8" font-weight="bold" text-anchor="middle" ${FONT}>${n}</text></g>`,
    );
  };
  const at = new Map<FriendName, CellRef>(
    level.friends.map((f) => [f.friend, { floor: f.floor, col: f.at[0], row: f.at[1] }]),
  );
  for (const step of plan.steps) {
    n++;
    lines.push(`${n}. ${describeStep(step)}`);
    switch (step.kind) {
      case 'walk':
        draw(step.friend, step.path);
        at.set(step.friend, step.path[step.path.length - 1]!);
        break;
      case 'jump':
      case 'dash':
        draw(step.friend, [step.from, step.to], ' marker-end="url(#arrow)"');
        mark(step, step.from);
        at.set(step.friend, step.to);
        break;
      case 'switch': {
        const c = at.get(step.friend);
        if (c) mark(step, c);
        break;
      }
      case 'skill':
      case 'read':
        mark(step, step.from);
        break;
      case 'exit':
        mark(step, step.at);
        break;
    }
  }
  body.push(...marks, '</g>');
  return lines;
}

function legend(
  level: Level,
  x: number,
  y: number,
  routeLines: string[],
  reasons: readonly string[],
): { svg: string; height: number } {
  const out: string[] = ['<g id="legend">'];
  const text = (tx: number, ty: number, s: string, size = 10): string =>
    `<text x="${tx}" y="${ty}" font-size="${size}" ${FONT}>${escapeXml(s)}</text>`;
  out.push(text(x, y, 'Legend', 12));
  const swatches: [string, string][] = [
    [FILL.floor, 'floor'],
    [FILL.wall, 'wall'],
    [FILL.void, 'void'],
    [FILL.wallTop, 'wall top (walkable)'],
    [FILL.ramp, 'ramp (arrow points uphill)'],
  ];
  swatches.forEach(([fill, name], i) => {
    const sx = x + i * 125;
    out.push(
      `<rect x="${sx}" y="${y + 10}" width="14" height="14" fill="${fill}" stroke="#000" stroke-width="0.5"/>`,
      text(sx + 18, y + 21, name, 9),
    );
  });
  const symbols = [
    'D door (red closed, green open)',
    'P pressure plate (dotted line to its doors)',
    '</> code node (line to what it controls)',
    'B bridge anchor (dashed line to its pair)',
    'F false wall',
    'H hidden platform',
    'C cracked wall',
    '! doubt hazard (radius, dashed loop)',
    '¶ memory fragment (thick: required, dashed: hidden)',
    '… dialogue',
    'flag: checkpoint',
    'EXIT exit',
    'MP moving platform',
    'BOSS boss arena',
    'ring: spawn',
  ];
  symbols.forEach((s, i) => out.push(text(x + (i % 3) * 220, y + 42 + Math.floor(i / 3) * 14, s, 9)));
  let ly = y + 42 + Math.ceil(symbols.length / 3) * 14 + 8;
  level.friends.forEach((f, i) => {
    const style = FRIEND_STYLE[f.friend];
    const fx = x + i * 135;
    out.push(
      `<line x1="${fx}" y1="${ly}" x2="${fx + 36}" y2="${ly}" stroke="${style.color}" stroke-width="2.5" stroke-dasharray="${style.dash}"/>`,
      `<circle cx="${fx + 46}" cy="${ly}" r="6" fill="${style.color}"/>`,
      `<text x="${fx + 46}" y="${ly + 3}" font-size="8" fill="#fff" text-anchor="middle" ${FONT}>${style.letter}</text>`,
      text(fx + 56, ly + 3, `${f.friend}${i === 0 ? ' (starts)' : ''}`, 9),
    );
  });
  ly += 18;
  if (routeLines.length) {
    out.push(text(x, ly, 'Route (the steps of level check; markers on all but walks)', 11));
    routeLines.forEach((l, i) => out.push(text(x + 4, ly + 14 + i * 12, l, 9)));
    ly += 14 + routeLines.length * 12;
  } else {
    out.push(text(x, ly, 'No route drawn', 10));
    ly += 14;
    for (const line of [...new Set(reasons)].flatMap((r) => wrap(r, REASON_CHARS))) {
      out.push(text(x + 4, ly, line, 9));
      ly += 12;
    }
  }
  out.push('</g>');
  return { svg: out.join('\n'), height: ly - y + 4 };
}

/** Splits a long sentence at spaces into lines of at most `width` characters (a longer word keeps its own line). */
function wrap(sentence: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// The HUD's text keeps a contrast of at least 4.5:1 (WCAG AA) over ANY scene behind it: each panel's colour is read
// from the stylesheets the page loads (ui.css, then access.css, later rules winning), laid over a white and a black
// scene, and the text colour measured against both. Friends' colours come from the view's palette.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRIEND_LOOK } from '../../src/view/friend-look';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';

type RGBA = [number, number, number, number];

const CSS = ['src/ui/ui.css', 'src/ui/access.css', 'src/ui/proof-status.css'].map((f) =>
  readFileSync(resolve(__dirname, '../..', f), 'utf8'),
);

/** The last value a property gets in rules whose selector list names exactly `selector`. */
function declared(selector: string, property: string): string | null {
  let value: string | null = null;
  for (const css of CSS) {
    const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const rule of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const selectors = rule[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' '));
      if (!selectors.includes(selector)) continue;
      for (const decl of rule[2]!.split(';')) {
        const at = decl.indexOf(':');
        if (at > 0 && decl.slice(0, at).trim() === property) value = decl.slice(at + 1).trim();
      }
    }
  }
  return value;
}

function parseColour(value: string, vars: Record<string, string> = {}): RGBA {
  const v = value.replace(
    /var\((--[\w-]+)(?:,\s*([^)]+))?\)/g,
    (_, name: string, fallback?: string) => vars[name] ?? fallback ?? '',
  );
  const hex = /^#([0-9a-f]{6})$/i.exec(v);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+([\d.]+)%,\s*(.+)\)$/.exec(v);
  if (mix) {
    // CSS color-mix with premultiplied alpha: p of the first, 1 - p of the second.
    const a = parseColour(mix[1]!, vars);
    const b = parseColour(mix[3]!, vars);
    const p = Number(mix[2]) / 100;
    const alpha = a[3] * p + b[3] * (1 - p);
    const ch = (i: number) => (a[i]! * a[3] * p + b[i]! * b[3] * (1 - p)) / alpha;
    return [ch(0), ch(1), ch(2), alpha];
  }
  throw new Error(`cannot read the colour "${value}"`);
}

function over(top: RGBA, under: [number, number, number]): [number, number, number] {
  return [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
const BLACK: [number, number, number] = [0, 0, 0];

/** The worst contrast of text on a panel, over a white and a black scene. */
function worst(text: RGBA, panel: RGBA): number {
  return Math.min(
    ...[WHITE, BLACK].map((scene) => {
      const bg = over(panel, scene);
      return contrast(over(text, bg), bg);
    }),
  );
}

const HUD_TEXT = parseColour(declared('.hud', 'color')!);

describe('HUD contrast', () => {
  const panels = [
    '.hud .hud-prompt',
    '.hud .hud-skill',
    '.hud .hud-readout',
    '.hud .hud-toasts li',
    '.hud .hud-lucidity',
    '.hud .hud-friend',
    '.hud-proof',
  ];
  for (const selector of panels) {
    it(`text on ${selector} stays 4.5:1 or more over a white or a black scene`, () => {
      const bg = declared(selector, 'background');
      expect(bg, `${selector} has no background`).not.toBeNull();
      const ratio = worst(HUD_TEXT, parseColour(bg!));
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('subtitles at the default background keep 4.5:1, the speaker name too', () => {
    const vars = { '--subtitle-background': String(DEFAULT_SETTINGS.subtitleBackground) };
    const panel = parseColour(declared('.hud-subtitle', 'background')!, vars);
    expect(worst(HUD_TEXT, panel)).toBeGreaterThanOrEqual(4.5);
    expect(worst(parseColour(declared('.hud-speaker', 'color')!), panel)).toBeGreaterThanOrEqual(4.5);
  });

  it("the played friend's card keeps 4.5:1 in each friend's colour", () => {
    for (const [name, look] of Object.entries(FRIEND_LOOK)) {
      const panel = parseColour(declared('.hud .hud-friend-active', 'background')!, { '--friend': look.color });
      expect(worst(HUD_TEXT, panel), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the measure is right: white on black is 21:1, a mid grey on white under 4.5:1', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast([119, 119, 119], WHITE)).toBeLessThan(4.5);
  });
});

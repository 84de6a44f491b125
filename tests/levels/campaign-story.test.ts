// What the campaign promises a player, read from the five level files: the tutorial teaches every control with the
// player's own key, Leo joins on the rooftops, levels 2–5 have more than one floor, every level shows its memory with
// props and carries fragments of Leo's past and of each friend's own doubt.
import { describe, expect, it } from 'vitest';
import type { EntityOf, Level } from '../../src/core/schema';
import { loadLevelFile } from '../helpers';

const CAMPAIGN = [
  { file: '01-bedroom', palette: 'dusk' },
  { file: '02-exam-hall', palette: 'exam' },
  { file: '03-neon-rooftops', palette: 'neon' },
  { file: '04-the-lab', palette: 'lab' },
  { file: '05-the-cycle', palette: 'cycle' },
] as const;

const levels: Level[] = CAMPAIGN.map((c) => loadLevelFile(`levels/${c.file}.json`));
const byFile = new Map<string, Level>(CAMPAIGN.map((c, i) => [c.file, levels[i]!]));

function entities<T extends EntityOf<'hint'>['type'] | 'fragment' | 'dialogue'>(level: Level, type: T): EntityOf<T>[] {
  return level.entities.filter((e): e is EntityOf<T> => e.type === type);
}

describe('the campaign', () => {
  it.each(CAMPAIGN.map((c, i) => [c.file, c.palette, i] as const))('%s has the %s mood', (_, palette, i) => {
    expect(levels[i]!.mood.palette).toBe(palette);
  });

  it('the tutorial teaches moving, looking, jumping, switching, the bridge and the scan, each with the bound key', () => {
    const hints = entities(byFile.get('01-bedroom')!, 'hint');
    const actions = new Set(hints.map((h) => h.action));
    for (const a of ['move', 'look', 'jump', 'interact', 'friend1', 'friend2', 'next', 'skill'] as const)
      expect(actions, `no hint teaches "${a}"`).toContain(a);
    for (const h of hints) expect(h.text, `hint "${h.id}" names no key`).toContain('{key}');
  });

  it('Leo is not in the first two memories and joins on the rooftops, where the party must reach him', () => {
    const has = (file: string): boolean => byFile.get(file)!.friends.some((f) => f.friend === 'leo');
    expect([has('01-bedroom'), has('02-exam-hall')]).toEqual([false, false]);
    expect([has('03-neon-rooftops'), has('04-the-lab'), has('05-the-cycle')]).toEqual([true, true, true]);
    const rooftops = byFile.get('03-neon-rooftops')!;
    expect(rooftops.friends[0]!.friend, 'the rooftops start with someone else than Leo').not.toBe('leo');
  });

  it.each(CAMPAIGN.slice(1).map((c) => c.file))('%s has more than one floor', (file) => {
    expect(byFile.get(file)!.grid.floors.length).toBeGreaterThan(1);
  });

  it.each(CAMPAIGN.map((c) => c.file))('%s shows its memory with props of several kinds', (file) => {
    const kinds = new Set(byFile.get(file)!.decor.map((d) => d.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('fragments across the campaign tell Leo’s past and each friend’s own doubt', () => {
    const titles = levels.flatMap((l) => entities(l, 'fragment').map((f) => f.title ?? ''));
    for (const friend of ['Mia', 'Noah', 'Ava'])
      expect(titles.filter((t) => t.startsWith(`${friend}:`)).length, friend).toBeGreaterThanOrEqual(3);
    expect(titles.filter((t) => !/^(Mia|Noah|Ava):/.test(t)).length).toBeGreaterThanOrEqual(10);
  });

  it('every level has fragments and dialogue, every speaker a friend or the doubt', () => {
    for (const level of levels) {
      expect(entities(level, 'fragment').length, level.id).toBeGreaterThanOrEqual(3);
      const speakers = entities(level, 'dialogue').flatMap((d) => d.lines.map((l) => l.speaker));
      expect(speakers.length, level.id).toBeGreaterThanOrEqual(6);
      for (const s of speakers) expect(['mia', 'noah', 'ava', 'leo', "Leo's doubt"], level.id).toContain(s);
    }
  });
});

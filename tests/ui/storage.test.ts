// What the game keeps in localStorage survives new versions, damage, other sites and full or forbidden storage,
// and nothing the player had is ever thrown away.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  asideKeyOf,
  envelope,
  GAME_MARK,
  StoredRecord,
  type KeyValueStorage,
  type RecordKind,
} from '../../src/ui/storage';
import { fullStorage, memoryStorage } from './memory-storage';

// A toy record with three versions: 1 {name}, 2 {name, lamps}, 3 {title, lamps: string[]}.
const lampSchema = z.object({ title: z.string(), lamps: z.array(z.string()) });
type Lamps = z.infer<typeof lampSchema>;
const LAMPS: RecordKind<Lamps> = {
  key: 'test.lamps',
  kind: 'lamps',
  version: 3,
  schema: lampSchema,
  migrations: {
    1: (d) => ({ ...(d as object), lamps: 0 }),
    2: (d) => {
      const old = d as { name: string; lamps: number };
      return { title: old.name, lamps: Array.from({ length: old.lamps }, (_, i) => `lamp ${i + 1}`) };
    },
  },
  fallback: () => ({ title: 'new', lamps: [] }),
};

const stored = (version: number, data: unknown) => JSON.stringify({ game: GAME_MARK, kind: 'lamps', version, data });

describe('versioned storage', () => {
  it('a first visit gets the fallback and no problem', () => {
    const loaded = new StoredRecord(memoryStorage(), LAMPS).load();
    expect(loaded).toMatchObject({ value: { title: 'new', lamps: [] }, source: 'fallback', problem: null });
  });

  it('what is saved is loaded on the next visit', () => {
    const storage = memoryStorage();
    expect(new StoredRecord(storage, LAMPS).save({ title: 'hall', lamps: ['a'] })).toEqual({ ok: true });
    const loaded = new StoredRecord(storage, LAMPS).load();
    expect(loaded).toMatchObject({ value: { title: 'hall', lamps: ['a'] }, source: 'stored', storedVersion: 3 });
    expect(JSON.parse(storage.data.get('test.lamps')!)).toMatchObject({
      game: 'dreamcycle',
      kind: 'lamps',
      version: 3,
    });
  });

  it('every older version is migrated step by step to the current one', () => {
    const v1 = new StoredRecord(memoryStorage({ 'test.lamps': stored(1, { name: 'attic' }) }), LAMPS).load();
    expect(v1).toMatchObject({ value: { title: 'attic', lamps: [] }, storedVersion: 1, problem: null });
    const v2 = new StoredRecord(memoryStorage({ 'test.lamps': stored(2, { name: 'hall', lamps: 2 }) }), LAMPS).load();
    expect(v2.value).toEqual({ title: 'hall', lamps: ['lamp 1', 'lamp 2'] });
  });

  const unusable: [string, string, string][] = [
    ['damaged JSON', '{"game":"dreamcycle","kind":"lamps","vers', 'corrupt'],
    ['another site’s data', '{"theme":"dark","user":42}', 'foreign'],
    ['a bare string', '"hello"', 'foreign'],
    [
      'another kind of record of ours',
      JSON.stringify({ game: GAME_MARK, kind: 'other', version: 1, data: {} }),
      'foreign',
    ],
    ['another game’s envelope', JSON.stringify({ game: 'othergame', kind: 'lamps', version: 1, data: {} }), 'foreign'],
    ['a newer version', stored(9, { title: 'future', lamps: [], stars: 3 }), 'newer'],
    ['data of the wrong shape', stored(3, { title: 5, lamps: 'x' }), 'invalid'],
    ['a version that is not a number of ours', stored(0, {}), 'corrupt'],
  ];
  for (const [what, raw, unreadable] of unusable) {
    it(`${what} is kept aside, the player is told, and the game starts fresh`, () => {
      const storage = memoryStorage({ 'test.lamps': raw });
      const box = new StoredRecord(storage, LAMPS, 'Your lamps');
      const loaded = box.load();
      expect(loaded.unreadable).toBe(unreadable);
      expect(loaded.value).toEqual({ title: 'new', lamps: [] });
      expect(loaded.asideKey).toBe('test.lamps.kept-aside');
      expect(storage.data.get('test.lamps.kept-aside')).toBe(raw);
      expect(loaded.problem).toContain('Your lamps');
      expect(loaded.problem).toContain('test.lamps.kept-aside');
      // Saving afterwards writes the new record and leaves the kept value alone.
      expect(box.save({ title: 'after', lamps: [] }).ok).toBe(true);
      expect(storage.data.get('test.lamps.kept-aside')).toBe(raw);
    });
  }

  it('a second unusable value does not overwrite the first one kept aside', () => {
    const storage = memoryStorage({ 'test.lamps': 'broken two', [asideKeyOf('test.lamps', 0)]: 'broken one' });
    const loaded = new StoredRecord(storage, LAMPS).load();
    expect(loaded.asideKey).toBe('test.lamps.kept-aside.2');
    expect(storage.data.get('test.lamps.kept-aside')).toBe('broken one');
    expect(storage.data.get('test.lamps.kept-aside.2')).toBe('broken two');
  });

  it('the same unusable value seen again is not copied twice', () => {
    const storage = memoryStorage({ 'test.lamps': 'broken' });
    new StoredRecord(storage, LAMPS).load();
    new StoredRecord(storage, LAMPS).load();
    expect([...storage.data.keys()].sort()).toEqual(['test.lamps', 'test.lamps.kept-aside']);
  });

  it('a bare value from before envelopes is read as its version when the kind says so', () => {
    const kind = { ...LAMPS, bareVersion: 2 };
    const loaded = new StoredRecord(memoryStorage({ 'test.lamps': '{"name":"old","lamps":1}' }), kind).load();
    expect(loaded).toMatchObject({ value: { title: 'old', lamps: ['lamp 1'] }, storedVersion: 2, problem: null });
  });

  it('a full storage: the game still starts, saving says the storage is full, and nothing is overwritten', () => {
    const storage = fullStorage({ 'test.lamps': 'broken' });
    const box = new StoredRecord(storage, LAMPS);
    const loaded = box.load();
    expect(loaded.value).toEqual({ title: 'new', lamps: [] });
    expect(loaded.asideKey).toBeNull();
    expect(loaded.problem).toContain('stays under "test.lamps"');
    const saved = box.save({ title: 'x', lamps: [] });
    expect(saved.ok).toBe(false);
    expect(storage.data.get('test.lamps')).toBe('broken');
    // A full storage without anything to keep: saving reports the full quota.
    const clean = new StoredRecord(fullStorage(), LAMPS);
    clean.load();
    expect(clean.save({ title: 'x', lamps: [] })).toEqual({ ok: false, problem: "the browser's storage is full" });
  });

  it('storage that throws on every call, or no storage at all, never breaks the game', () => {
    const forbidding: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError: access is denied');
      },
      setItem: () => {
        throw new Error('SecurityError: access is denied');
      },
    };
    const box = new StoredRecord(forbidding, LAMPS);
    expect(box.load().value).toEqual({ title: 'new', lamps: [] });
    expect(box.save({ title: 'x', lamps: [] }).ok).toBe(false);
    const none = new StoredRecord(null, LAMPS);
    expect(none.load()).toMatchObject({ source: 'fallback', problem: null });
    expect(none.save({ title: 'x', lamps: [] }).ok).toBe(false);
    expect(envelope(LAMPS, { title: 'x', lamps: [] })).toContain('"version":3');
  });
});

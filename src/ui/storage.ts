// Versioned records in localStorage that survive the game changing and never lose what the player had.
//
// A record is kept as an envelope `{"game":"dreamcycle","kind":"progress","version":2,"data":{…}}`. Reading one
// migrates older versions step by step to the current one. A value this version cannot use — not JSON, another
// site's data under our key, the wrong kind, a newer version, data that fails the schema — is KEPT ASIDE under
// another key (never deleted), the defaults are used, and the caller gets a sentence to tell the player. Storage
// that throws (disabled, private mode, full quota) never breaks the game: the value of this visit still applies.
//
// Usage (settings, progress, anything the game keeps):
//   const PROGRESS: RecordKind<Progress> = { key, kind: 'progress', version: 2, schema, migrations, fallback };
//   const box = new StoredRecord(browserStorage(), PROGRESS);
//   const { value, problem } = box.load();   // problem: null, or what happened and where the old value is kept
//   const saved = box.save(next);            // { ok: true } or { ok: false, problem } (full, forbidden, blocked)
import type { z } from 'zod';

/** The part of localStorage the game uses; tests hand in a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage, or null when the browser forbids it (private windows, blocked storage, no DOM). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Marks every envelope the game writes, so another site's data under the same key is told apart. */
export const GAME_MARK = 'dreamcycle';

/** How many numbered keep-aside keys are tried before giving up. */
const MAX_ASIDE_SLOTS = 100;

export interface RecordKind<T> {
  /** The localStorage key. */
  key: string;
  /** What the record is ("progress", "settings"), written in the envelope. */
  kind: string;
  /** The version this game writes; older ones are migrated up to it. */
  version: number;
  /** The shape of the current version's data. */
  schema: z.ZodType<T>;
  /** `migrations[n]` turns the data of version n into version n + 1; one for every version below `version`. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The value of a first visit. */
  fallback: () => T;
  /**
   * Data stored before envelopes existed: a bare value (not an envelope) under the key is read as this version.
   * Without it, a bare value is foreign and is kept aside.
   */
  bareVersion?: number;
}

/** Why a stored value was not used. */
export type Unreadable = 'corrupt' | 'foreign' | 'newer' | 'invalid';

export interface Loaded<T> {
  value: T;
  /** Where the value came from: a stored record (perhaps migrated), or the fallback. */
  source: 'stored' | 'fallback';
  /** The version the stored record had before it was migrated (null for the fallback). */
  storedVersion: number | null;
  /** Set when a stored value could not be used. */
  unreadable: Unreadable | null;
  /** Where the unusable value is kept now; null when there was nothing to keep or it could not be moved. */
  asideKey: string | null;
  /** A sentence for the player when something was not as expected; null when all is well. */
  problem: string | null;
}

export type Saved = { ok: true } | { ok: false; problem: string };

interface Envelope {
  game: string;
  kind: string;
  version: number;
  data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.game === 'string' && typeof v.kind === 'string' && typeof v.version === 'number' && 'data' in v;
}

/** The key an unusable value is kept under: `<key>.kept-aside`, then `.kept-aside.2`, … */
export function asideKeyOf(key: string, slot: number): string {
  return slot === 0 ? `${key}.kept-aside` : `${key}.kept-aside.${slot + 1}`;
}

/** Wraps data in the envelope the game writes. */
export function envelope<T>(kind: RecordKind<T>, data: T): string {
  const e: Envelope = { game: GAME_MARK, kind: kind.kind, version: kind.version, data };
  return JSON.stringify(e);
}

interface Decoded {
  data?: unknown;
  version?: number;
  unreadable?: Unreadable;
  reason?: string;
}

/** Reads a stored text as data of the current version, or says why it cannot be used. Never throws. */
export function decode<T>(kind: RecordKind<T>, raw: string): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { unreadable: 'corrupt', reason: `it is not JSON (${(e as Error).message})` };
  }
  let version: number;
  let data: unknown;
  if (isEnvelope(parsed)) {
    if (parsed.game !== GAME_MARK || parsed.kind !== kind.kind)
      return { unreadable: 'foreign', reason: `it is a "${parsed.kind}" record of "${parsed.game}"` };
    if (!Number.isInteger(parsed.version) || parsed.version < 1)
      return { unreadable: 'corrupt', reason: `its version ${parsed.version} is not a version number` };
    if (parsed.version > kind.version)
      return {
        unreadable: 'newer',
        reason: `it was written by a newer version of Dreamcycle (format ${parsed.version}; this one reads up to ${kind.version})`,
      };
    version = parsed.version;
    data = parsed.data;
  } else if (kind.bareVersion !== undefined && typeof parsed === 'object' && parsed !== null) {
    version = kind.bareVersion;
    data = parsed;
  } else {
    return { unreadable: 'foreign', reason: 'it is not something Dreamcycle wrote' };
  }
  const from = version;
  try {
    for (; version < kind.version; version++) {
      const step = kind.migrations[version];
      if (!step) return { unreadable: 'invalid', reason: `no way to bring format ${version} up to date` };
      data = step(data);
    }
  } catch (e) {
    return {
      unreadable: 'invalid',
      reason: `format ${from} could not be brought up to date (${(e as Error).message})`,
    };
  }
  const checked = kind.schema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the record';
    return { unreadable: 'invalid', reason: `${where}: ${issue?.message ?? 'not valid'}` };
  }
  return { data: checked.data, version: from };
}

const PROBLEM_WORDS: Record<Unreadable, string> = {
  corrupt: 'is damaged',
  foreign: 'holds something else',
  newer: 'is from a newer version of the game',
  invalid: 'could not be read',
};

/** One versioned record in storage, loaded once and saved as often as the game likes. */
export class StoredRecord<T> {
  /**
   * Saving would overwrite a value that could not be kept aside: saves are held back for this visit, so nothing
   * is thrown away.
   */
  private blocked = false;

  constructor(
    private readonly storage: KeyValueStorage | null,
    readonly kind: RecordKind<T>,
    /** What the record is called in sentences for the player ("Your progress", "Your settings"). */
    private readonly title = `The saved ${kind.kind}`,
  ) {}

  /** Whether the game can write here at all this visit. */
  get available(): boolean {
    return this.storage !== null && !this.blocked;
  }

  load(): Loaded<T> {
    const fresh = (problem: string | null = null): Loaded<T> => ({
      value: this.kind.fallback(),
      source: 'fallback',
      storedVersion: null,
      unreadable: null,
      asideKey: null,
      problem,
    });
    if (!this.storage) return fresh();
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.kind.key);
    } catch (e) {
      return fresh(`${this.title} could not be read: the browser refused (${(e as Error).message}).`);
    }
    if (raw === null) return fresh();
    const decoded = decode(this.kind, raw);
    if (decoded.unreadable === undefined) {
      return {
        value: decoded.data as T,
        source: 'stored',
        storedVersion: decoded.version ?? null,
        unreadable: null,
        asideKey: null,
        problem: null,
      };
    }
    const asideKey = this.putAside(raw);
    const kept = asideKey
      ? `It is kept in localStorage under "${asideKey}"`
      : `It could not be moved (the storage refused), so it stays under "${this.kind.key}" and nothing is saved this visit`;
    if (!asideKey) this.blocked = true;
    return {
      ...fresh(
        `${this.title} ${PROBLEM_WORDS[decoded.unreadable]}: ${decoded.reason}. ${kept}; the game starts fresh.`,
      ),
      unreadable: decoded.unreadable,
      asideKey,
    };
  }

  save(value: T): Saved {
    if (!this.storage) return { ok: false, problem: 'the browser does not let the game keep anything' };
    if (this.blocked)
      return { ok: false, problem: `an unreadable record under "${this.kind.key}" is kept there, not overwritten` };
    try {
      this.storage.setItem(this.kind.key, envelope(this.kind, value));
      return { ok: true };
    } catch (e) {
      const name = (e as Error).name;
      const full = name === 'QuotaExceededError' || /quota/i.test((e as Error).message);
      return {
        ok: false,
        problem: full ? "the browser's storage is full" : `the browser refused (${(e as Error).message})`,
      };
    }
  }

  /** Keeps a value under the first free keep-aside key (or one that already holds the same text). */
  private putAside(raw: string): string | null {
    const storage = this.storage;
    if (!storage) return null;
    try {
      for (let slot = 0; slot < MAX_ASIDE_SLOTS; slot++) {
        const key = asideKeyOf(this.kind.key, slot);
        const there = storage.getItem(key);
        if (there === raw) return key;
        if (there === null) {
          storage.setItem(key, raw);
          // Read back: some storages drop writes silently when full.
          return storage.getItem(key) === raw ? key : null;
        }
      }
    } catch {
      // Full or forbidden: the value stays where it is and saves are held back.
    }
    return null;
  }
}

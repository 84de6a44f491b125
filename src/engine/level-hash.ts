// A level's content hash: the same for the same level whatever its whitespace or key order, different when
// anything the engine reads changes. Replays carry it so a run is never played on a level it was not recorded on.
import type { Level } from '../core/schema';

/** Hex digest of the level's content (two 53-bit hashes of its canonical JSON). */
export function levelHash(level: Level): string {
  const text = canonicalJson(level);
  return (
    hash53(text, 0x9e3779b9).toString(16).padStart(14, '0') + hash53(text, 0x85ebca6b).toString(16).padStart(14, '0')
  );
}

/** JSON with object keys sorted, so two files that say the same thing give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** cyrb53: a fast string hash with good spread (not for secrets: a replay is not a signature). */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

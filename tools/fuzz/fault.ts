// Mutations whose fault has a known place: a stray character between tokens, a key's colon deleted, a number made
// 1e999, a value given the wrong type, a property written twice, a control character inside a string, a file cut
// short. The checker's first error must point at that place, not just somewhere in the file.
import { createScanner } from 'jsonc-parser';
import { checkLevelText } from '../../src/levels/check';
import { seeded } from '../../src/core/random';

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// jsonc-parser's token kinds (its const enum cannot be read under isolatedModules).
const T = { openBrace: 1, closeBrace: 2, colon: 6, string: 10, number: 11, eof: 17, lineBreak: 14, trivia: 15 };

interface Token {
  kind: number;
  offset: number;
  length: number;
}

function tokens(text: string): Token[] {
  const scanner = createScanner(text, true);
  const out: Token[] = [];
  for (let kind = scanner.scan() as number; kind !== T.eof; kind = scanner.scan() as number)
    out.push({ kind, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
  return out;
}

function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export interface FaultCase {
  kind: string;
  text: string;
  /** Where the first error must be; `column` is left out where only the line is certain. */
  expect: { line: number; column?: number };
}

/** One mutation of a valid level with the place its fault must be reported. */
export function mutateWithFault(source: string, rng: Rng): FaultCase {
  const all = tokens(source);
  const kinds = ['stray', 'colon', 'huge-number', 'wrong-type', 'twice', 'control', 'cut'] as const;
  for (;;) {
    const kind = pick(rng, kinds);
    const token = pick(rng, all);
    const i = all.indexOf(token);
    const next = all[i + 1];
    switch (kind) {
      case 'stray': {
        // A character no JSON token starts with, put where a token starts: the error is exactly there.
        const text = source.slice(0, token.offset) + '@' + source.slice(token.offset);
        return { kind, text, expect: place(text, token.offset) };
      }
      case 'colon': {
        if (token.kind !== T.colon || !next) continue;
        const text = source.slice(0, token.offset) + ' ' + source.slice(token.offset + 1);
        return { kind, text, expect: { line: place(text, token.offset).line } };
      }
      case 'huge-number': {
        if (token.kind !== T.number) continue;
        const text = source.slice(0, token.offset) + '1e999' + source.slice(token.offset + token.length);
        return { kind, text, expect: place(text, token.offset) };
      }
      case 'wrong-type': {
        // A property's value (a number or string) replaced by a value of another type.
        if ((token.kind !== T.number && token.kind !== T.string) || all[i - 1]?.kind !== T.colon) continue;
        const value = token.kind === T.number ? '"seven"' : '{}';
        const text = source.slice(0, token.offset) + value + source.slice(token.offset + token.length);
        return { kind, text, expect: { line: place(text, token.offset).line } };
      }
      case 'twice': {
        // A "key": value pair of scalars copied right after itself.
        const value = all[i + 2];
        if (token.kind !== T.string || next?.kind !== T.colon || !value) continue;
        if (value.kind !== T.number && value.kind !== T.string) continue;
        if (all[i - 1]?.kind !== T.openBrace && all[i - 1]?.kind !== 5 /* comma */) continue;
        const pair = source.slice(token.offset, value.offset + value.length);
        const end = value.offset + value.length;
        const text = source.slice(0, end) + ', ' + pair + source.slice(end);
        return { kind, text, expect: place(text, end + 2) };
      }
      case 'control': {
        if (token.kind !== T.string || token.length < 3) continue;
        const at = token.offset + 1 + Math.floor(rng() * (token.length - 2));
        const text = source.slice(0, at) + '\u0001' + source.slice(at);
        return { kind, text, expect: place(text, at) };
      }
      case 'cut': {
        // Cut inside the file: it ends too early, and the error is where it ends.
        if (token.offset < 2 || token.kind === T.lineBreak || token.kind === T.trivia) continue;
        const text = source.slice(0, token.offset).trimEnd();
        return { kind, text, expect: { line: place(text, text.length).line } };
      }
    }
  }
}

export interface FaultReport {
  cases: number;
  misplaced: { seed: number; kind: string; expected: string; got: string; text: string }[];
}

export function faultFuzz(cases: number, seed: number, sources: string[]): FaultReport {
  const misplaced: FaultReport['misplaced'] = [];
  for (let n = 0; n < cases; n++) {
    const caseSeed = seed * 1_000_003 + n;
    const rng = seeded(caseSeed);
    const c = mutateWithFault(pick(rng, sources), rng);
    let got = 'no error';
    let ok = false;
    try {
      const first = checkLevelText(c.text, 'fault.json').errors[0];
      if (first) {
        got = `${first.line}:${first.column} ${first.message}`;
        ok = first.line === c.expect.line && (c.expect.column === undefined || first.column === c.expect.column);
      }
    } catch (e) {
      got = `threw ${(e as Error).message}`;
    }
    if (!ok)
      misplaced.push({
        seed: caseSeed,
        kind: c.kind,
        expected: `${c.expect.line}:${c.expect.column ?? '*'}`,
        got,
        text: c.text,
      });
  }
  return { cases, misplaced };
}

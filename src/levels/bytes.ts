// A level file as bytes, before it is text: UTF-16, binary data and broken UTF-8 get a clear error at the byte where
// they start, and a file over the size cap is refused before it is decoded at all.
import { LIMITS } from '../core/schema';
import type { CheckResult, LevelProblem } from './errors';

export type DecodedLevel = { text: string } | { problem: LevelProblem };

const UTF16_HINT = 'save the file as UTF-8 (the encoding menu of your editor); levels are UTF-8 JSON';

/** Line and column (from 1) of a byte offset, counting characters of the valid UTF-8 before it. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++; // continuation bytes belong to the character before
  }
  return { line, column };
}

/** Where UTF-8 decoding first fails, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Turns a file's bytes into the text the checker reads, or says why it cannot be read as a level. */
export function decodeLevelBytes(bytes: Uint8Array, file: string): DecodedLevel {
  const problem = (offset: number, message: string, hint?: string): DecodedLevel => ({
    problem: { file, ...placeOfByte(bytes, offset), path: '(level)', message, ...(hint ? { hint } : {}) },
  });
  if (bytes.length > LIMITS.fileBytes)
    return problem(
      0,
      `the file is ${bytes.length.toLocaleString('en')} bytes`,
      `a level may be at most ${LIMITS.fileBytes.toLocaleString('en')} bytes; is this the right file?`,
    );
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return problem(0, 'the file is UTF-16 text', UTF16_HINT);
  // UTF-16 without a byte order mark: "{" followed or preceded by a zero byte.
  if (bytes.length >= 2 && ((bytes[0] === 0 && bytes[1] !== 0) || (bytes[0] !== 0 && bytes[1] === 0)))
    return problem(0, 'the file looks like UTF-16 text (every other byte is zero)', UTF16_HINT);
  const zero = bytes.indexOf(0);
  if (zero >= 0)
    return problem(
      zero,
      'the file holds binary data (a zero byte), not text',
      'a level is a JSON text file; is this the right file?',
    );
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    return problem(
      bad,
      `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} is not UTF-8 text`,
      'save the file as UTF-8; if it is not a level, pick another file',
    );
  // The byte order mark is kept so the syntax check can point at it.
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** A CheckResult for a file that could not be decoded. */
export function unreadableResult(problem: LevelProblem): CheckResult {
  return { file: problem.file, level: null, errors: [problem], warnings: [], notices: [] };
}

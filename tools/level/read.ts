// Reads a level file from disk as bytes, so UTF-16, binary files and huge files get the checker's clear error.
import { readFileSync, statSync } from 'node:fs';
import { LIMITS } from '../../src/core/schema';
import { decodeLevelBytes, type DecodedLevel } from '../../src/levels/bytes';

export function readLevelFileSync(path: string, file = path): DecodedLevel {
  const size = statSync(path).size;
  // A huge file is refused by its size, never read into memory.
  const bytes = size > LIMITS.fileBytes ? new Uint8Array(size > 0 ? LIMITS.fileBytes + 1 : 0) : readFileSync(path);
  const decoded = decodeLevelBytes(bytes, file);
  if ('problem' in decoded && size > LIMITS.fileBytes)
    decoded.problem.message = `the file is ${size.toLocaleString('en')} bytes`;
  return decoded;
}

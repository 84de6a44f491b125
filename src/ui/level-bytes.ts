// Level files arrive as bytes (a fetch, a dropped file): the size cap stops a huge one before it is read whole, and
// what is not UTF-8 text is refused with the checker's own positioned error.
import { LIMITS } from '../core/schema';
import { decodeLevelBytes } from '../levels/bytes';
import { LevelLoadError } from '../levels/errors';

const tooBig = (name: string, bytes: number) =>
  new LevelLoadError(name, [
    {
      file: name,
      line: 1,
      column: 1,
      path: '(level)',
      message: `the file is ${bytes.toLocaleString('en')} bytes or more`,
      hint: `a level may be at most ${LIMITS.fileBytes.toLocaleString('en')} bytes; is this the right file?`,
    },
  ]);

function decode(bytes: Uint8Array, name: string): string {
  const decoded = decodeLevelBytes(bytes, name);
  if ('problem' in decoded) throw new LevelLoadError(name, [decoded.problem]);
  return decoded.text;
}

/** Reads a fetched level, stopping as soon as it passes the size cap. Throws LevelLoadError. */
export async function readLevelResponse(response: Response, name: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > LIMITS.fileBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooBig(name, declared);
  }
  if (!response.body) return decode(new Uint8Array(await response.arrayBuffer()), name);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > LIMITS.fileBytes) {
      await reader.cancel().catch(() => {});
      throw tooBig(name, length);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return decode(bytes, name);
}

/** Reads a picked or dropped file the same way. Throws LevelLoadError. */
export async function readLevelFile(file: Blob, name: string): Promise<string> {
  if (file.size > LIMITS.fileBytes) throw tooBig(name, file.size);
  return decode(new Uint8Array(await file.arrayBuffer()), name);
}

// Level files from a server or a drop: a huge one is stopped before it is read whole, what is not UTF-8 text is
// refused at its place, and the level being played keeps running.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, LIMITS } from '../../src/core/schema';
import { LevelLoadError } from '../../src/levels/errors';
import { readLevelFile, readLevelResponse } from '../../src/ui/level-bytes';
import { loadLevel } from '../../src/ui/level-source';
import { createGameStore } from '../../src/ui/store';

const LEVEL = JSON.stringify({
  formatVersion: FORMAT_VERSION,
  id: 'bytes',
  title: 'Bytes',
  grid: { cellSize: 2, floors: [{ height: 0, rows: ['#####', '#...#', '#####'] }] },
  spawn: { at: [1, 1] },
  friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
  entities: [{ id: 'exit', type: 'exit', at: [3, 1] }],
});

/** A body that counts how much of it was read, and never ends on its own. */
function endlessResponse(): { response: Response; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(body), pulled: () => pulled };
}

async function refusal(promise: Promise<unknown>): Promise<LevelLoadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof LevelLoadError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('reading level files as bytes', () => {
  it('a valid file reads as its text', async () => {
    expect(await readLevelResponse(new Response(LEVEL), 'x.json')).toBe(LEVEL);
    expect(await readLevelFile(new Blob([LEVEL]), 'x.json')).toBe(LEVEL);
  });

  it('a server that never stops sending is cut off just past the size cap', async () => {
    const { response, pulled } = endlessResponse();
    const e = await refusal(readLevelResponse(response, 'https://example.test/endless.json'));
    expect(e.problems[0]!.message).toMatch(/bytes or more/);
    expect(pulled()).toBeLessThan(LIMITS.fileBytes + 256 * 1024);
  });

  it('a declared length over the cap is refused before the body is read', async () => {
    const { response, pulled } = endlessResponse();
    const declared = new Response(response.body, { headers: { 'content-length': String(50_000_000) } });
    const e = await refusal(readLevelResponse(declared, 'big.json'));
    expect(e.problems[0]!.message).toMatch(/50,000,000 bytes/);
    expect(pulled()).toBeLessThan(256 * 1024);
  });

  it('a dropped file over the cap is refused by its size', async () => {
    const e = await refusal(readLevelFile(new Blob([new Uint8Array(LIMITS.fileBytes + 1)]), 'huge.json'));
    expect(e.file).toBe('huge.json');
  });

  it('a UTF-16 file is refused with a hint to save it as UTF-8', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(LEVEL, 'utf16le')]);
    const e = await refusal(readLevelFile(new Blob([bytes]), 'utf16.json'));
    expect(e.problems[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/UTF-16/) });
    expect(e.problems[0]!.hint).toMatch(/UTF-8/);
  });

  it('a broken file leaves the level being played running', () => {
    const store = createGameStore(null);
    const engine = loadLevel(LEVEL, 'levels/bytes.json', store);
    expect(engine).not.toBeNull();
    for (const broken of [LEVEL.slice(0, 40), '\ufeff' + LEVEL, LEVEL.replace('"Bytes"', '"\\ud800"'), '[[[[']) {
      expect(loadLevel(broken, 'levels/bytes.json', store)).toBeNull();
      expect(store.getState().engine).toBe(engine);
      expect(store.getState().problems?.problems.length).toBeGreaterThan(0);
    }
  });
});

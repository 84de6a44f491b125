// The JSON Schema editors use is generated from the zod schema; the committed file must match it, and every
// level file points at it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText, SCHEMA_PATH } from '../../tools/level/schema';
import { FORMAT_VERSION } from '../../src/core/schema';

describe('levels/level.schema.json', () => {
  it('is up to date with src/core/schema.ts', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed === schemaText(), `${SCHEMA_PATH} is out of date: run \`npm run level -- schema\``).toBe(true);
  });

  it('is named by every level, and every level is in the current format', () => {
    for (const file of readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'level.schema.json')) {
      const text = readFileSync(`levels/${file}`, 'utf8');
      expect(
        text.startsWith('{\n  "$schema": "./level.schema.json",'),
        `${file} must start with "$schema": "./level.schema.json"`,
      ).toBe(true);
      expect((JSON.parse(text) as { formatVersion: number }).formatVersion, file).toBe(FORMAT_VERSION);
    }
  });
});

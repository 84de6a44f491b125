// `npm run level -- schema`: writes levels/level.schema.json from the zod schema, so editors autocomplete levels.
import { writeFileSync } from 'node:fs';
import { levelJsonSchema } from '../../src/core/schema';

export const SCHEMA_PATH = 'levels/level.schema.json';

/** The file's exact text: pretty, two spaces, a trailing newline. */
export function schemaText(): string {
  return `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
}

export async function run(args: string[]): Promise<number> {
  if (args.length) {
    console.error('usage: npm run level -- schema   (writes levels/level.schema.json)');
    return 2;
  }
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
  return 0;
}

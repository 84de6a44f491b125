// One level made ready in a fresh process, as a page makes ready the first level it loads: parse, validate and
// build with nothing compiled yet, zod without eval as in the browser. tools/bench.ts runs it once per level.
//   node --import tsx tools/bench/ready-cold.ts <levels/file.json | stress>   → prints the milliseconds
import '../../src/core/no-eval';
import { readFileSync } from 'node:fs';
import { Engine } from '../../src/engine/engine';
import { checkLevelText } from '../../src/levels/check';
import { stressLevel } from '../../src/levels/stress';

const path = process.argv[2] ?? '';
const text = path === 'stress' ? JSON.stringify(stressLevel(1)) : readFileSync(path, 'utf8');
const start = performance.now();
const checked = checkLevelText(text, path);
if (!checked.level) throw new Error(`${path} is not a valid level: ${checked.errors[0]?.message}`);
new Engine(checked.level);
console.log(performance.now() - start);

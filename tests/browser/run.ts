// Browser tests: the built game in real headless Chromium, played with real key and mouse events.
// `npm run build && npm run test:browser [words…]`: runs every spec in tests/browser/specs (or those whose file or
// test name holds one of the words). Screenshots go to tests/browser/output/ — look at them.
// DREAMCYCLE_DIST serves another build folder than dist/.
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { OUTPUT, type Context, type Test } from './harness';
import { startPreview, type Preview } from './server';

const SPECS = resolve(import.meta.dirname, 'specs');

async function loadTests(words: string[]): Promise<Test[]> {
  const tests: Test[] = [];
  for (const file of readdirSync(SPECS)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const spec = (await import(pathToFileURL(resolve(SPECS, file)).href)) as { tests: Test[] };
    for (const test of spec.tests) {
      const label = `${file} ${test.name}`.toLowerCase();
      if (words.length === 0 || words.some((w) => label.includes(w.toLowerCase()))) tests.push(test);
    }
  }
  return tests;
}

async function main(): Promise<number> {
  mkdirSync(OUTPUT, { recursive: true });
  const tests = await loadTests(process.argv.slice(2));
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    preview = await startPreview();
    browser = await launchChromium();
    const ctx: Context = { browser, url: preview.url };
    for (const test of tests) {
      const reason = test.skip?.();
      if (reason) {
        skipped++;
        console.log(`SKIP ${test.name}\n    ${reason}`);
        continue;
      }
      const started = Date.now();
      try {
        await test.run(ctx);
        passed++;
        console.log(`PASS ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${test.name}\n    ${(e as Error).message}`);
        for (const ctxPage of browser.contexts().flatMap((c) => c.pages())) await ctxPage.close().catch(() => {});
      }
    }
  } catch (e) {
    failed++;
    console.log(`FAIL could not run the browser tests: ${(e as Error).message}`);
  } finally {
    await browser?.close().catch(() => {});
    await preview?.stop();
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();

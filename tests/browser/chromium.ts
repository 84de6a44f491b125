// Debian's Chromium driven by playwright-core, with software WebGL (flags measured in /work/shared/TOOLCHAIN.md).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './server';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  // Browser profiles go to the project's .tmp/, not the shared /tmp.
  const tmp = resolve(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, TMPDIR: tmp },
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
      // window.gc() for the leak tests: the heap is measured after a full collection.
      '--js-flags=--expose-gc',
    ],
  });
}

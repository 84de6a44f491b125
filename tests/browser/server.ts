// Serves the built game with `vite preview` on a free port of 127.0.0.1, for the browser tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build the tests play: dist/, or another folder (so several builds can be tested side by side). */
export const DIST = resolve(ROOT, process.env.DREAMCYCLE_DIST ?? 'dist');

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Serves `dist` (DREAMCYCLE_DIST or dist/ by default; the look's benchmark also serves an earlier build). */
export async function startPreview(dist: string = DIST): Promise<Preview> {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run \`npm run build\` first (the browser tests play the built game).`);
  }
  const port = await freePort();
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview stopped before serving:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 20 s:\n${output}`);
}

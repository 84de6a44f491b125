// The VR parts of the build: the WebXR input profiles the game serves itself (never a CDN), and the
// @react-three/xr emulator (iwer, its dev UI and synthetic rooms, megabytes) kept out of every bundle.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The profiles a Quest's controllers and hands need, and the fallback every controller with a stick can use. */
export const XR_PROFILES = ['meta-quest-touch-plus', 'generic-hand', 'generic-trigger-squeeze-thumbstick'] as const;
/** Where the game serves them (src/xr/xr-store.ts reads the same name). */
export const XR_PROFILES_PATH = 'xr-profiles';

const SOURCE = resolve(import.meta.dirname, '../node_modules/@webxr-input-profiles/assets/dist/profiles');
const TYPES: Record<string, string> = { '.json': 'application/json', '.glb': 'model/gltf-binary' };

/** The file under SOURCE a request for `/xr-profiles/<rest>` may read, or null when it is not one we serve. */
export function profileFile(rest: string): string | null {
  const clean = normalize(decodeURIComponent(rest)).replace(/^[/\\]+/, '');
  if (clean.includes('..')) return null;
  const top = clean.split(/[/\\]/)[0];
  if (clean !== 'profilesList.json' && !XR_PROFILES.includes(top as (typeof XR_PROFILES)[number])) return null;
  return join(SOURCE, clean);
}

/** Serves the profiles in `vite` (dev) and copies them next to the built game. */
export function xrProfiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'dreamcycle-xr-profiles',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(`/${XR_PROFILES_PATH}/`, (req, res, next) => {
        const file = profileFile((req.url ?? '').split('?')[0] ?? '');
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        const ext = file.slice(file.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      const target = join(outDir, XR_PROFILES_PATH);
      cpSync(join(SOURCE, 'profilesList.json'), join(target, 'profilesList.json'));
      for (const profile of XR_PROFILES) cpSync(join(SOURCE, profile), join(target, profile), { recursive: true });
    },
  };
}

const STUB = '\0dreamcycle-no-xr-emulator';

/**
 * @react-three/xr imports its emulator lazily when `emulate` is on. The game never turns it on (tests install iwer
 * themselves), so the import resolves to a stub that says so instead of shipping the emulator's chunks.
 */
export function noXrEmulator(): Plugin {
  return {
    name: 'dreamcycle-no-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /[/\\]@pmndrs[/\\]xr[/\\]dist[/\\]store\.js$/.test(importer))
        return STUB;
      return null;
    },
    load(id) {
      if (id !== STUB) return null;
      return `export function emulate() { throw new Error('The XR emulator is not part of this build: createXRStore must be called with emulate: false (src/xr/xr-store.ts).'); }`;
    },
  };
}

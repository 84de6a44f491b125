import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import basicSsl from '@vitejs/plugin-basic-ssl';
import { contentSecurityPolicy, SECURITY_HEADERS } from './tools/csp';
import { noXrEmulator, xrProfiles } from './tools/vite-xr';

export default defineConfig(({ mode }) => ({
  // `npm run dev:xr` (mode xr) serves over HTTPS with a self-signed certificate, so a headset on the network may
  // open WebXR; every mode serves the controller profiles itself.
  plugins: [react(), contentSecurityPolicy(), noXrEmulator(), xrProfiles(), ...(mode === 'xr' ? [basicSsl()] : [])],
  // Level files are served as they are so `?level=levels/x.json` plays any file without a rebuild.
  publicDir: false,
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
}));

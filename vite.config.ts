import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, SECURITY_HEADERS } from './tools/csp';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // Level files are served as they are so `?level=levels/x.json` plays any file without a rebuild.
  publicDir: false,
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
});

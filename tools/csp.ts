// The game's Content Security Policy: what the built game needs and nothing more. No inline scripts and no eval;
// levels, fonts, sounds and XR controller profiles come from the game's own origin. blob: is for the workers and
// audio worklets that text rendering and sound build at run time; data: for the favicon and embedded textures.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob:",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  // `?level=` fetches level files from this origin only (src/ui/level-source.ts refuses other origins first).
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Headers `vite preview` sends with every answer; frame-ancestors only works as a header. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Writes the policy into the built index.html as a meta tag. The dev server is left without it: its hot reload
 * injects an inline script the policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'dreamcycle-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // A hang still fails; the fuzz and the property test take tens of seconds alone and more on a busy 2-core machine.
    testTimeout: 300_000,
  },
});

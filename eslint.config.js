import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/browser/output/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // The house: dependencies point one way, downward. Each folder lists what it may not import.
  ...boundaries({
    core: { forbid: ['engine', 'levels', 'bot', 'input', 'audio', 'view', 'ui', 'xr', 'App'], screen: false },
    engine: { forbid: ['levels', 'bot', 'input', 'audio', 'view', 'ui', 'xr', 'App'], screen: false },
    levels: { forbid: ['engine', 'bot', 'input', 'audio', 'view', 'ui', 'xr', 'App'], screen: false },
    bot: { forbid: ['input', 'audio', 'view', 'ui', 'xr', 'App'], screen: false },
    input: { forbid: ['bot', 'audio', 'view', 'ui', 'xr', 'App'], screen: true },
    audio: { forbid: ['bot', 'input', 'view', 'ui', 'xr', 'App'], screen: true },
    view: { forbid: ['bot', 'ui', 'xr', 'App'], screen: true },
    ui: { forbid: ['xr', 'App'], screen: true },
    xr: { forbid: ['App'], screen: true },
  }),
);

/** One ESLint block per folder of src/: what it may not import, and whether it may touch a screen (React, three). */
function boundaries(folders) {
  return Object.entries(folders).map(([folder, { forbid, screen }]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(screen
              ? []
              : [
                  {
                    group: ['react', 'react-dom', '@react-three/*', 'three', 'three/*'],
                    message: `src/${folder} runs in node without a screen.`,
                  },
                ]),
            {
              group: forbid.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
              message: `src/${folder} stands below these folders: dependencies point one way, downward (see README, "How the code is laid out").`,
            },
          ],
        },
      ],
    },
  }));
}

// Lint that guards the layers (docs/ARCHITECTURE.md, "Who may import whom"), the hooks' rules and
// import circles. The boundaries test (test/unit/architecture) stays as the backstop.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A folder may not import these; each message says which rule of the map it breaks. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const noNode = { group: ['node:*'], message: 'shared/ and the renderer are pure TypeScript: no Node built-ins.' };
const noElectronPackage = { group: ['electron'], message: 'Only electron/main and electron/preload may import Electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'docs/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Let import-x parse the TypeScript it follows, so it sees circles through .ts files.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The benchmarks' page.evaluate callbacks run in the browser.
    files: ['scripts/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  layer(['shared/**'], [noNode, noElectronPackage, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' }]),
  layer(
    ['electron/core/**'],
    [
      noElectronPackage,
      {
        group: ['**/main/**', '**/preload/**', '**/web/**', '**/cli/**', '**/launcher/**', '**/renderer/**'],
        message: 'electron/core serves every shell and imports none of them.',
      },
    ],
  ),
  layer(
    ['electron/cli/**'],
    [
      noElectronPackage,
      { group: ['**/web/**', '**/main/**', '**/launcher/**', '**/renderer/**'], message: 'The command line runs on electron/core alone.' },
    ],
  ),
  layer(
    ['electron/web/**'],
    [
      noElectronPackage,
      { group: ['**/main/**', '**/cli/**', '**/launcher/**', '**/renderer/**'], message: 'Browser mode runs on electron/core alone.' },
    ],
  ),
  layer(
    ['electron/main/**'],
    [
      {
        group: ['**/web/**', '**/cli/**', '**/launcher/**', '**/renderer/**'],
        message: 'The desktop shell routes to electron/core; browser mode, the CLI and the launcher are separate programs.',
      },
    ],
  ),
  layer(
    ['electron/launcher/**'],
    [
      noElectronPackage,
      { group: ['**/main/**', '**/cli/**', '**/renderer/**'], message: 'The launcher starts Electron as a process; it imports only core and web.' },
    ],
  ),
  layer(
    ['electron/preload/**'],
    [
      {
        group: ['**/core/**', '**/web/**', '**/cli/**', '**/main/**', '**/renderer/**', 'zod'],
        message: 'The preload is small: Electron and shared/contracts only.',
      },
    ],
  ),
  layer(
    ['renderer/**'],
    [noNode, noElectronPackage, { group: ['**/electron/**'], message: 'The renderer reaches Node only through the command map.' }],
  ),
  layer(
    ['renderer/src/components/**'],
    [
      noNode,
      noElectronPackage,
      { group: ['**/electron/**', '**/parts/**', '**/workspace/**', '**/library/**'], message: 'components/ are generic: no screen-specific code.' },
    ],
  ),
  layer(
    ['renderer/src/parts/**'],
    [
      noNode,
      noElectronPackage,
      { group: ['**/electron/**', '**/workspace/**', '**/library/**'], message: 'A part does not know the workspace around it.' },
    ],
  ),
);

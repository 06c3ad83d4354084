// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events',
  'worker_threads', 'zlib', 'buffer', 'process', 'readline', 'assert', 'module', 'vm', 'tls', 'dns',
];
const nodePatterns = ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'main/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // LAYER RULES (see ../shared/docs/style.md). Do not relax these to make an import compile:
  // move the code to the right layer instead.
  // ---------------------------------------------------------------------------------------------
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'shared/ is plain TypeScript: no Node modules (move this to main/).' },
          { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'shared/ must not import React.' },
          { group: ['@tiptap/*', 'prosemirror-view', '@tiptap/pm/view'], message: 'shared/ must not import TipTap view code.' },
          { group: ['**/main/**', '../main', '../../main', '**/renderer/**', '../renderer', '../../renderer'], message: 'shared/ must not import main/ or renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.mjs'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '../renderer', '../../renderer', 'react', 'react-dom', '@tiptap/*'], message: 'main/ must not import renderer code.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '../main', '../../main'], message: 'renderer/ must not import main/: use the host API declared in shared/host.' },
          { group: nodePatterns, message: 'renderer/ runs in a sandboxed page: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'renderer/ must not import Electron: use the host API.' },
        ],
      }],
    },
  },
  {
    files: ['main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/services/**', '../services/*', 'node:*', ...NODE_BUILTINS], message: 'the preload sees only contextBridge/ipcRenderer and shared types.' },
        ],
      }],
    },
  },
);

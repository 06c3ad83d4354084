// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS, layerGlobs } from './scripts/layers/layers.mjs';
import { layersPlugin } from './scripts/eslint/layersRule.mjs';
import { grammarPlugin } from './scripts/eslint/grammarRule.mjs';

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
  // LAYER RULES (see ../shared/docs/style.md). An allow-list: scripts/layers/layers.mjs names what
  // each layer may import, and a file in no layer is an error. Do not relax these to make an import
  // compile: move the code to the right layer instead.
  // ---------------------------------------------------------------------------------------------
  {
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  // ---------------------------------------------------------------------------------------------
  // ONE GRAMMAR: the resolution text's patterns (in the six languages) are written in shared/grammar
  // only; everywhere else in the product they are imported from there. Tests may spell them.
  // ---------------------------------------------------------------------------------------------
  {
    files: ['shared/**', 'main/**', 'renderer/**'],
    ignores: ['shared/grammar/**'],
    plugins: { grammar: grammarPlugin },
    rules: { 'grammar/patterns': 'error' },
  },
  ...LAYERS.filter((layer) => layer.globals.length > 0).map((layer) => ({
    ...layerGlobs(layer),
    rules: {
      'no-restricted-globals': ['error', ...layer.globals.map((name) => ({ name, message: `${layer.title} must not use the global '${name}': ${layer.hint}` }))],
    },
  })),
);

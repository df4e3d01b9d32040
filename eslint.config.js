// npm run lint: ESLint's and typescript-eslint's recommended rules, and no import cycles (import-x/no-cycle),
// with imports resolved as TypeScript resolves them (a `.js` specifier naming a `.ts` file).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { configs as tsConfigs } from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  tsConfigs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // tsc already checks what these check in TypeScript (typescript-eslint's performance advice), and more exactly:
    // it finds the types of `@modelcontextprotocol/sdk/*.js`, whose exports map the resolver does not follow.
    files: ['**/*.ts'],
    rules: {
      'import-x/no-unresolved': 'off',
      'import-x/named': 'off',
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-named-as-default-member': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);

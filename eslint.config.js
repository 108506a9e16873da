// ESLint: TypeScript's recommended rules and React's hooks rules over everything we write.
// Formatting is Prettier's job (npm run format), not ESLint's. `npm run lint` runs both checks.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', 'dist-viewer/', 'node_modules/', 'schema/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // tsc (noUnusedLocals/Parameters) already reports these, with the same `_` convention.
      '@typescript-eslint/no-unused-vars': 'off',
      // Escaping XML, sniffing binary files and cleaning pasted text match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The two rules of hooks. The React Compiler's rules (v7's recommended set) are not used: the
    // canvas keeps derived React Flow elements in a ref on purpose (see flowElements.ts).
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);

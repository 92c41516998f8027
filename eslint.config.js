// Lint gate (part of npm test, 0 warnings): typescript-eslint's type-aware recommended rules over the TypeScript
// of src/, scripts/ and tests/. .astro files are type-checked by astro check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist*/**', 'tmp/**', 'node_modules/**', '.astro/**', 'public/**', '**/*.astro', '**/*.mjs', 'src/scripts/site.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The ideographic space (U+3000) is Chinese typography in labels and notes, not a stray character.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // `const { body, ...rest } = …` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringContaining …) are typed `any`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);

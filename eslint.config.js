// Lint rules: typescript-eslint's recommended set, plus a ban on writing HTML strings into the DOM
// anywhere except the one sanitising module (src/ui/sanitize.ts), and promise rules with type
// information for the app's code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noRawHtml = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Use textContent, or src/ui/sanitize.ts for Markdown.' },
    { property: 'outerHTML', message: 'Use textContent, or src/ui/sanitize.ts for Markdown.' },
    { property: 'insertAdjacentHTML', message: 'Use textContent, or src/ui/sanitize.ts for Markdown.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', 'bench/.out/', 'bench/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...noRawHtml,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        { selector: "CallExpression[callee.property.name='todo']", message: 'No placeholder tests.' },
        { selector: "CallExpression[callee.callee.property.name='skipIf']", message: 'No conditionally skipped tests.' },
        { selector: "CallExpression[callee.callee.property.name='runIf']", message: 'No conditionally run tests.' },
      ],
    },
  },
  {
    // With type information: a promise is awaited, handled or marked `void`, never dropped by
    // mistake, and never passed where a callback's result is ignored.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  { files: ['src/ui/sanitize.ts'], rules: { 'no-restricted-properties': 'off' } },
);

// Lint and architecture checks, run by `make test`. The boundaries rules keep the layering of
// README's "Structure": features import shared code and other features' public index only;
// shared code never imports a feature.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'app', mode: 'full', pattern: ['src/main.tsx', 'src/App.tsx', 'src/layout/**'] },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        {
          type: 'shared',
          mode: 'full',
          pattern: ['src/components/**', 'src/hooks/**', 'src/lib/**', 'src/api/**', 'src/auth/**', 'src/*.ts'],
        },
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // `as never` switches the generated API types off; type the call or the fixture instead.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'Do not cast to never.' },
      ],
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'app', allow: ['app', 'feature', 'shared'] },
            { from: 'feature', allow: ['feature', 'shared'] },
            { from: 'shared', allow: ['shared'] },
          ],
        },
      ],
      // Another feature is reached through its index (its public API), never its internals.
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          rules: [
            { target: ['feature'], allow: 'index.ts' },
            { target: ['app', 'shared'], allow: '**' },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The app is the composition root: its router loads each route page lazily and it prefetches the
    // overview's summary, so it reaches into features directly (an index would pull every widget into
    // the initial bundle).
    files: ['src/main.tsx', 'src/App.tsx', 'src/layout/**'],
    rules: { 'boundaries/entry-point': 'off' },
  },
);

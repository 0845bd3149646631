import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Libs talk to each other through their index only (@commend/<lib>), which keeps
      // their insides private and makes cycles visible. The same holds for an app another part
      // imports (the test harness builds the API through @commend/api): a relative path that
      // climbs into libs/ or apps/, or into another lib's src/, at any depth, bypasses that.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@commend/*/*'], message: 'Import another lib through its index: @commend/<lib>.' },
            {
              regex: '^(\\.\\./)+(libs|apps)/',
              message: 'Import a lib or an app through its index: @commend/<name>.',
            },
            {
              regex: '^(\\.\\./){2,}[^./][^/]*/src(/|$)',
              message: 'Import another lib as @commend/<lib>.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read response bodies, which are untyped JSON.
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);

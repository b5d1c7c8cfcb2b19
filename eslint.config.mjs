// Lint, and the core/shell boundary enforced mechanically: the core imports no editor,
// protocol, file-system or network module.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'http', 'https', 'net', 'tls', 'dgram', 'dns', 'child_process', 'worker_threads', 'url', 'stream', 'crypto', 'process', 'vm'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.e2e/**', 'node_modules/**', 'core/src/facts/generated/**', 'test-output/**', 'bench/**', 'scripts/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The core has no editor or protocol types.' },
          { group: ['node:*', ...NODE_BUILTINS], message: 'The core does no I/O: it receives text, never paths.' },
        ],
      }],
    },
  },
);

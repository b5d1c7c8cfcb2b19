// Runs every compiled *.test.js under out/ with node's test runner. tsc emits ES modules
// there, so out/ is marked as such first.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync('out/package.json', '{ "type": "module" }\n');
const filter = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.test.js') && (filter.length === 0 || filter.some((f) => path.includes(f)))) files.push(path);
  }
};
walk('out');
if (files.length === 0) {
  console.error('runTests: no test files found under out/ (did the build run?)');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// Parses and validates the bundled fact base once, at build time, into dist/facts.json, so
// the server and the CLI start without parsing YAML. A broken bundled file fails the build.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsc emits ES modules into out/; mark the folder so Node does not guess (and warn) on import.
writeFileSync(join(root, 'out', 'package.json'), '{ "type": "module" }\n');
const { parseFactFile, assembleFactBase } = await import(join(root, 'out/core/src/index.js'));
const { textHash } = await import(join(root, 'out/host/src/compiledFacts.js'));
const factsDir = join(root, 'facts');
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.ya?ml$/.test(entry.name)) files.push(path);
  }
};
walk(factsDir);
const compiled = {};
const parsed = [];
for (const path of files.sort()) {
  const text = readFileSync(path, 'utf8');
  const file = parseFactFile(path, text);
  if (file.kind === 'broken') {
    for (const p of file.problems) console.error(`${relative(root, p.path)}:${p.line + 1}:${p.column + 1} error ${p.message}`);
    process.exit(1);
  }
  parsed.push(file);
  compiled[relative(factsDir, path).split('\\').join('/')] = {
    hash: textHash(text),
    kind: file.kind,
    data: file.kind === 'parties' ? file.parties : file.instrument,
    ...(file.kind === 'instrument' ? { idLine: file.idLine } : {}),
  };
}
const { problems } = assembleFactBase([{ name: 'default', files: parsed }]);
if (problems.length > 0) {
  for (const p of problems) console.error(`${relative(root, p.path)}:${p.line + 1}:${p.column + 1} error ${p.message}`);
  process.exit(1);
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'facts.json'), JSON.stringify(compiled));

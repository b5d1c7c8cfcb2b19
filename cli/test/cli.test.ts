// The CLI as users run it: the bundled dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const WRONG = 'The Putin–Kim pact was signed in Pyongyang on July 19, 2024. A Russian military delegation, arriving on July 19, held talks in Pyongyang.\n';
const CLEAN = 'The Putin–Kim pact was signed in Pyongyang on 19 June 2024 and entered into force on 4 December 2024.\n';

test('text format: path:line:col severity code message, exit 1 on errors', () => {
  const dir = workspace({ 'brief.md': `# Brief\n\n${WRONG}` });
  const { code, stdout } = run(['brief.md'], { cwd: dir });
  assert.equal(code, 1);
  const column = WRONG.indexOf('July 19, 2024') + 1;
  assert.match(stdout, new RegExp(`^brief\\.md:3:${column} error treaty\\.signed-date .*19 June 2024`, 'm'));
  assert.doesNotMatch(stdout, /arriving/);
});

test('exit 0 on a clean brief; the json contract lists every file', () => {
  const dir = workspace({ 'a.md': CLEAN, 'sub/b.md': CLEAN, 'notes.txt': WRONG });
  const { code, stdout } = run(['--format', 'json', '.'], { cwd: dir });
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.ok(report.factBase.instruments >= 33);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path).sort(), ['a.md', 'sub/b.md']);
  for (const f of report.files) assert.deepEqual(f.diagnostics, []);
});

test('json diagnostics: LSP positions in UTF-16 with CRLF and non-ASCII, fixes in original coordinates', () => {
  const text = '# 한반도 — «брифинг» 🚀\r\n\r\n“Moscow’s” view: the Putin–Kim pact was signed on 19 July 2024 — in Pyongyang.\r\n';
  const dir = workspace({ 'b.md': text });
  const { code, stdout } = run(['--format', 'json', 'b.md'], { cwd: dir });
  assert.equal(code, 1);
  const [d] = JSON.parse(stdout).files[0].diagnostics;
  const line = text.split('\r\n')[2];
  const character = line.indexOf('19 July 2024');
  assert.deepEqual(d.range, { start: { line: 2, character }, end: { line: 2, character: character + '19 July 2024'.length } });
  assert.equal(d.severity, 'error');
  assert.equal(d.code, 'treaty.signed-date');
  assert.equal(d.expected, '19 June 2024');
  assert.deepEqual(d.fixes[0].edits, [{ range: d.range, newText: '19 June 2024' }]);
});

test('stdin with "-"', () => {
  const { code, stdout } = run(['--format', 'json', '-'], { input: WRONG });
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.files[0].path, '<stdin>');
  assert.equal(report.files[0].diagnostics[0].code, 'treaty.signed-date');
});

test('--fix writes the preferred fixes, keeps CRLF and BOM, and reports what remains', () => {
  const text = '\uFEFFThe Putin–Kim pact was signed in Moscow on July 19, 2024.\r\nIt entered into force on 4 December 2024.\r\n';
  const dir = workspace({ 'f.md': text });
  const { code, stdout } = run(['--fix', 'f.md'], { cwd: dir });
  assert.equal(code, 0, stdout);
  assert.equal(readFileSync(join(dir, 'f.md'), 'utf8'), text.replace('Moscow', 'Pyongyang').replace('July 19, 2024', 'June 19, 2024'));
});

test('sarif output is valid SARIF 2.1.0', () => {
  const dir = workspace({ 'brief.md': WRONG });
  const { code, stdout } = run(['--format', 'sarif', 'brief.md'], { cwd: dir });
  assert.equal(code, 1);
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const log = JSON.parse(stdout) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startColumn: number } } }[] }[] }[] };
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
  const result = log.runs[0].results[0];
  assert.equal(result.ruleId, 'treaty.signed-date');
  assert.equal(result.level, 'error');
  assert.equal(result.locations[0].physicalLocation.region.startColumn, WRONG.indexOf('July 19, 2024') + 1);
});

test('a broken fact directory: file:line:col errors and exit 2, the rest still checks', () => {
  const bad = 'id: broken-one\ntitle: "A broken instrument"\nkind: treaty\nsigned:\n  date: {value: "2024-02-30", sources: [s]}\nsources:\n  s: {url: "https://example.org", title: "Example"}\n';
  const dir = workspace({ 'facts/broken.yaml': bad, 'brief.md': WRONG });
  const { code, stderr, stdout } = run(['--facts', 'facts', 'brief.md'], { cwd: dir });
  assert.equal(code, 2);
  assert.match(stderr, /facts\/broken\.yaml:5:\d+ error `2024-02-30` is not a real date/);
  assert.match(stdout, /treaty\.signed-date/);
});

test('a workspace config adds fact directories and severities', () => {
  const own = 'id: test-accord-2020\ntitle: "Test Accord on Widgets"\nshortTitles: ["Widget Accord"]\nkind: agreement\nsigned:\n  date: {value: "2020-05-04", sources: [s]}\nsources:\n  s: {url: "https://example.org", title: "Example"}\n';
  const dir = workspace({ '.treaty-check.yaml': 'facts: [myfacts]\nseverity:\n  treaty.signed-date: warning\n', 'myfacts/accord.yaml': own, 'b.md': 'The Widget Accord was signed on 5 May 2020.\n' });
  const { code, stdout } = run(['--format', 'json', 'b.md'], { cwd: dir });
  assert.equal(code, 0);
  const [d] = JSON.parse(stdout).files[0].diagnostics;
  assert.equal(d.severity, 'warning');
  assert.equal(d.expected, '4 May 2020');
});

test('a config path may not leave the workspace', () => {
  const dir = workspace({ '.treaty-check.yaml': 'facts: [../elsewhere]\n', 'b.md': CLEAN });
  const { code, stderr } = run(['b.md'], { cwd: dir });
  assert.equal(code, 2);
  assert.match(stderr, /\.treaty-check\.yaml:1:\d+ error Fact directory "\.\.\/elsewhere" is outside the workspace/);
});

test('usage errors, unreadable and binary files: exit 2, the others still checked', () => {
  assert.equal(run(['--format', 'xml']).code, 2);
  assert.equal(run(['--bogus']).code, 2);
  const dir = workspace({ 'good.md': WRONG });
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  const { code, stdout, stderr } = run(['--format', 'json', 'good.md', 'binary.md', 'missing.md'], { cwd: dir });
  assert.equal(code, 2);
  assert.match(stderr, /binary\.md: not a text file/);
  assert.match(stderr, /missing\.md: no such file/);
  const report = JSON.parse(stdout);
  assert.equal(report.files.find((f: { path: string }) => f.path === 'good.md').diagnostics[0].code, 'treaty.signed-date');
});

test('many files are checked in parallel with the same results, in the same order, as on one thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-many-'));
  const samples = ['russia-dprk-treaty-brief.md', 'alliances-overview.md', 'korean-peninsula-한반도.md'];
  for (let i = 0; i < 24; i++) cpSync(join(root, 'samples', samples[i % samples.length]), join(dir, `b${String(i).padStart(2, '0')}.md`));
  writeFileSync(join(dir, 'b99-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  const parallel = run(['--format', 'json', '--jobs', '3', '.'], { cwd: dir });
  const single = run(['--format', 'json', '--jobs', '1', '.'], { cwd: dir });
  assert.equal(parallel.code, 2);
  assert.match(parallel.stderr, /b99-binary\.md: not a text file/);
  const files = JSON.parse(parallel.stdout).files;
  assert.equal(files.length, 25);
  assert.ok(files.filter((f: { diagnostics: unknown[] }) => f.diagnostics.length > 0).length >= 8);
  assert.deepEqual(files, JSON.parse(single.stdout).files);
});

test('--cache FILE keeps parsed fact files; a second run reads them and gives the same report', () => {
  const own = 'id: test-accord-2020\ntitle: "Test Accord on Widgets"\nshortTitles: ["Widget Accord"]\nkind: agreement\nsigned:\n  date: {value: "2020-05-04", sources: [s]}\nsources:\n  s: {url: "https://example.org", title: "Example"}\n';
  const dir = workspace({ '.treaty-check.yaml': 'facts: [myfacts]\n', 'myfacts/accord.yaml': own, 'b.md': 'The Widget Accord was signed on 5 May 2020.\n' });
  const first = run(['--format', 'json', '--cache', '.cache/facts.json', 'b.md'], { cwd: dir });
  const cached = JSON.parse(readFileSync(join(dir, '.cache', 'facts.json'), 'utf8'));
  assert.deepEqual(Object.values(cached.files).map((f) => (f as { data: { id: string } }).data.id), ['test-accord-2020']);
  const second = run(['--format', 'json', '--cache', '.cache/facts.json', 'b.md'], { cwd: dir });
  assert.equal(first.code, 1);
  assert.equal(second.code, 1);
  assert.deepEqual(JSON.parse(second.stdout), JSON.parse(first.stdout));
  assert.equal(JSON.parse(second.stdout).files[0].diagnostics[0].expected, '4 May 2020');
});

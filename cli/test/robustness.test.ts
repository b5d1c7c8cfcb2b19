// The CLI (bundled dist/cli.js, in a child process) under hostile files: --fix writes
// atomically, keeps the file's mode, line ends and BOM, and never touches a file it could
// not fully check; unreadable, non-UTF-8, binary and non-regular files give exit 2 with a
// clear message while every other file is still checked.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const HANG_GUARD_MS = 60_000;

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

function run(args: string[], cwd: string): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: HANG_GUARD_MS, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.signal, null, `the CLI was stopped by the hang guard (${HANG_GUARD_MS} ms)`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

const dirs: string[] = [];
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-robust-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const WRONG = 'The Putin–Kim pact was signed in Moscow on July 19, 2024.';
const FIXED = 'The Putin–Kim pact was signed in Pyongyang on June 19, 2024.';
const jsonFiles = (r: Run) => JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string; severity: string }[]; error?: string }[];

test('--fix writes atomically: no temp file left, mode kept, a new inode swapped in whole', () => {
  const dir = workspace({ 'brief.md': `# Brief\n\n${WRONG}\n`, 'notes/other.md': 'Nothing to fix.\n' });
  const path = join(dir, 'brief.md');
  chmodSync(path, 0o640);
  const before = statSync(path);
  const r = run(['--fix', '.'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(readFileSync(path, 'utf8'), `# Brief\n\n${FIXED}\n`);
  const after = statSync(path);
  assert.equal(after.mode & 0o7777, 0o640, 'the original mode is kept');
  assert.notEqual(after.ino, before.ino, 'the fixed text was renamed into place, not written over the original');
  assert.deepEqual(readdirSync(dir).sort(), ['brief.md', 'notes'], 'no temp file left behind');
  assert.deepEqual(readdirSync(join(dir, 'notes')), ['other.md']);
});

test('--fix keeps CRLF, CR, mixed line ends and the BOM; only the claimed spans change', () => {
  const texts: Record<string, string> = {
    'crlf.md': `\uFEFF# Brief\r\n\r\n${WRONG}\r\nIt entered into force on 4 December 2024.\r\n`,
    'cr.md': `# Brief\r\r${WRONG}\r`,
    'mixed.md': `# Brief\n\r\n${WRONG}\r\rNothing else.\n`,
    'bom-lf.md': `\uFEFF${WRONG}\n`,
    'no-final-eol.md': `${WRONG}`,
  };
  const dir = workspace(texts);
  const r = run(['--fix', '.'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const [name, text] of Object.entries(texts)) {
    const bytes = readFileSync(join(dir, name));
    assert.equal(bytes.toString('utf8'), text.replace(WRONG, FIXED), name);
    assert.equal(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), text.startsWith('\uFEFF'), `${name}: BOM kept as it was`);
  }
});

test('--fix never touches a file it could not fully check: a too-large brief stays byte for byte', () => {
  const big = `${WRONG}\n\n${'Filler prose about nothing in particular. '.repeat(52_000)}\n`;
  assert.ok(big.length > 2_000_000);
  const dir = workspace({ 'big.md': big, 'small.md': `${WRONG}\n` });
  const path = join(dir, 'big.md');
  const before = statSync(path);
  const r = run(['--fix', '--format', 'json', '.'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(readFileSync(path).equals(Buffer.from(big, 'utf8')), 'the too-large brief is unchanged');
  assert.equal(statSync(path).ino, before.ino);
  assert.equal(statSync(path).mtimeMs, before.mtimeMs);
  const files = jsonFiles(r);
  assert.deepEqual(files.find((f) => f.path === 'big.md')!.diagnostics.map((d) => [d.code, d.severity]), [['treaty.document-too-large', 'information']]);
  // The other brief was fixed.
  assert.equal(readFileSync(join(dir, 'small.md'), 'utf8'), `${FIXED}\n`);
  assert.deepEqual(readdirSync(dir).sort(), ['big.md', 'small.md']);
});

test('unreadable, non-UTF-8, binary and non-regular files: exit 2, a clear message, the others still checked', () => {
  const latin1 = Buffer.from('Le traité a été signé à Moscou le 19 juillet 2024.\n', 'latin1');
  const png = readFileSync(join(root, 'images', readdirSync(join(root, 'images')).find((n) => n.endsWith('.png'))!));
  const lateNul = Buffer.concat([Buffer.from(`${WRONG}\n`), Buffer.alloc(9000, 0x20), Buffer.from([0])]);
  const dir = workspace({
    'a-good.md': `${WRONG}\n`,
    'b-latin1.md': latin1,
    'c-binary.md': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x41]),
    'd-image.md': png,
    'e-truncated-utf8.md': Buffer.concat([Buffer.from(WRONG), Buffer.from([0xe2, 0x80])]),
    'f-utf16.md': Buffer.from(`\uFEFF${WRONG}`, 'utf16le'),
    'g-late-nul.md': lateNul,
    'z-good.md': `${WRONG}\n`,
  });
  execFileSync('mkfifo', [join(dir, 'h-fifo.md')]);
  const before = new Map(readdirSync(dir).filter((n) => n.endsWith('.md') && !n.includes('fifo')).map((n) => [n, readFileSync(join(dir, n))]));

  for (const fix of [false, true]) {
    const r = run([...(fix ? ['--fix'] : []), '--format', 'json', ...[...before.keys()].sort(), 'h-fifo.md', '/dev/zero'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.ok(r.ms < HANG_GUARD_MS);
    const messages: [string, RegExp][] = [
      ['b-latin1.md', /b-latin1\.md: not UTF-8 text/],
      ['c-binary.md', /c-binary\.md: not a text file \(it contains NUL bytes\)/],
      ['d-image.md', /d-image\.md: not a text file/],
      ['e-truncated-utf8.md', /e-truncated-utf8\.md: not UTF-8 text/],
      ['f-utf16.md', /f-utf16\.md: not a text file/],
      ['h-fifo.md', /h-fifo\.md: not a regular file/],
      ['/dev/zero', /\/dev\/zero: not a regular file/],
    ];
    for (const [, message] of messages) assert.match(r.stderr, message);
    const files = jsonFiles(r);
    for (const [name] of messages) assert.ok(files.find((f) => f.path === name)?.error, `${name} is reported with its error`);
    // The good files are still checked (and fixed with --fix).
    for (const name of ['a-good.md', 'z-good.md']) {
      const report = files.find((f) => f.path === name)!;
      if (fix) assert.deepEqual(report.diagnostics, [], name);
      else assert.deepEqual(report.diagnostics.map((d) => d.code).sort(), ['treaty.signed-date', 'treaty.signed-place'], name);
    }
    // A NUL after the first 8 KB: the text is still UTF-8 and is checked.
    assert.ok(files.find((f) => f.path === 'g-late-nul.md')!.error === undefined);
  }
  // The files that could not be checked were never touched.
  for (const [name, bytes] of before) if (!name.includes('good') && name !== 'g-late-nul.md') assert.ok(readFileSync(join(dir, name)).equals(bytes), `${name} unchanged`);
  assert.deepEqual(readdirSync(dir).filter((n) => n.includes('.tmp')), []);
});

/** dist/cli.js with the fact base beside it, in a folder every user can read. */
function readableCopyOfCli(): string {
  const copy = mkdtempSync(join(tmpdir(), 'treaty-cli-copy-'));
  cpSync(join(dirname(cli), '..', 'facts'), join(copy, 'facts'), { recursive: true });
  mkdirSync(join(copy, 'dist'));
  for (const name of ['cli.js', 'facts.json']) if (existsSync(join(dirname(cli), name))) cpSync(join(dirname(cli), name), join(copy, 'dist', name));
  const open = (path: string) => {
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) open(join(path, entry));
  };
  open(copy);
  return join(copy, 'dist', 'cli.js');
}

test('a file that cannot be read (permissions) is exit 2 with the reason, the others still checked', () => {
  const dir = workspace({ 'locked.md': `${WRONG}\n`, 'open.md': `${WRONG}\n` });
  chmodSync(dir, 0o777);
  chmodSync(join(dir, 'open.md'), 0o666);
  chmodSync(join(dir, 'locked.md'), 0o000);
  // Root reads through permissions: run the CLI as an unprivileged user then, from a copy of
  // the bundle that user can read (the checkout itself may sit in a root-only folder).
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const cliPath = asRoot ? readableCopyOfCli() : cli;
  const result = spawnSync(process.execPath, [cliPath, '--fix', '--format', 'json', 'locked.md', 'open.md', 'missing.md'], { cwd: dir, encoding: 'utf8', timeout: HANG_GUARD_MS, ...user });
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /locked\.md: cannot read it \(EACCES\)/);
  assert.match(result.stderr, /missing\.md: no such file or directory/);
  const files = JSON.parse(result.stdout).files as { path: string; diagnostics: unknown[]; error?: string }[];
  assert.match(files.find((f) => f.path === 'locked.md')!.error ?? '', /EACCES/);
  assert.deepEqual(files.find((f) => f.path === 'open.md')!.diagnostics, []);
  assert.equal(readFileSync(join(dir, 'open.md'), 'utf8'), `${FIXED}\n`);
  chmodSync(join(dir, 'locked.md'), 0o600);
  assert.equal(readFileSync(join(dir, 'locked.md'), 'utf8'), `${WRONG}\n`);
});

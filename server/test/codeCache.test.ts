// The V8 code cache the server starts from (host/src/codeCache.ts): written where none was
// usable, used next time, never used for another bundle or a broken file, and through the
// real server: a cache in the folder the client names.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { codeCacheName, runWithCodeCache } from '../../host/src/codeCache.js';
import { startServer, uriOf } from './harness.js';

declare global {
  var codeCacheRuns: string[] | undefined;
}

/** A bundle that records that it ran, what its CommonJS variables were, and exports a value. */
function writeBundle(dir: string, tag: string): string {
  const path = join(dir, 'bundle.js');
  writeFileSync(path, [
    `(globalThis.codeCacheRuns ??= []).push(${JSON.stringify(tag)} + ':' + __filename + ':' + __dirname + ':' + typeof require('node:path').join);`,
    `module.exports = { tag: ${JSON.stringify(tag)}, twice: (n) => n * 2 };`,
    '',
  ].join('\n'));
  return path;
}

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));

describe('code cache', () => {
  test('runs the bundle as CommonJS, writes a cache where none was usable, and uses it next time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-code-cache-'));
    const store = join(dir, 'store');
    const bundle = writeBundle(dir, 'one');
    globalThis.codeCacheRuns = [];
    const first = runWithCodeCache({ bundle, readDirs: [store], writeDir: store, writeAfterMs: 60_000 });
    assert.equal(first.usedCache, undefined);
    assert.deepEqual(globalThis.codeCacheRuns, [`one:${bundle}:${dir}:function`]);
    const written = first.writeNow();
    assert.ok(written);
    assert.deepEqual(caches(store), [codeCacheName(bundle, readFileSync(bundle))]);
    assert.equal(first.writeNow(), undefined, 'one cache per run');

    const second = runWithCodeCache({ bundle, readDirs: [store], writeDir: store, writeAfterMs: 60_000 });
    assert.equal(second.usedCache, written);
    assert.deepEqual(second.refused, []);
    assert.equal(second.writeNow(), undefined, 'nothing to write after a cache was used');
    assert.equal(globalThis.codeCacheRuns.length, 2, 'the bundle ran again from its cache');
  });

  test('a rebuilt bundle of the same length never runs the old cache, and the old one is dropped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-code-cache-'));
    const bundle = writeBundle(dir, 'aaa');
    runWithCodeCache({ bundle, readDirs: [dir], writeDir: dir, writeAfterMs: 60_000 }).writeNow();
    const before = caches(dir);
    writeBundle(dir, 'bbb');
    globalThis.codeCacheRuns = [];
    const rebuilt = runWithCodeCache({ bundle, readDirs: [dir], writeDir: dir, writeAfterMs: 60_000 });
    assert.equal(rebuilt.usedCache, undefined);
    assert.match(globalThis.codeCacheRuns[0], /^bbb:/);
    rebuilt.writeNow();
    const after = caches(dir);
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before);
  });

  test('a broken cache file is refused, the bundle still runs, and a good cache replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-code-cache-'));
    const bundle = writeBundle(dir, 'broken');
    const name = codeCacheName(bundle, readFileSync(bundle));
    writeFileSync(join(dir, name), Buffer.alloc(4096, 7));
    globalThis.codeCacheRuns = [];
    const run = runWithCodeCache({ bundle, readDirs: [dir], writeDir: dir, writeAfterMs: 60_000 });
    assert.deepEqual(run.refused, [join(dir, name)]);
    assert.equal(globalThis.codeCacheRuns.length, 1);
    run.writeNow();
    assert.equal(runWithCodeCache({ bundle, readDirs: [dir], writeAfterMs: 60_000 }).usedCache, join(dir, name));
  });

  test('without a folder to write to, nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-code-cache-'));
    const bundle = writeBundle(dir, 'readonly');
    const run = runWithCodeCache({ bundle, readDirs: [dir], writeAfterMs: 60_000 });
    assert.equal(run.writeNow(), undefined);
    assert.deepEqual(caches(dir), []);
  });

  test('the real server writes its cache in the folder the client names, and starts from it next time', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'treaty-code-cache-')), 'code-cache');
    // Another V8 configuration (as VS Code's is): the cache built into dist/ is refused.
    const start = () => startServer({ nodeArgs: ['--stack-size=1000'], args: [`--code-cache-dir=${store}`] });
    const uri = uriOf(join(tmpdir(), 'code-cache-brief.md'));
    const text = 'The Treaty on Comprehensive Strategic Partnership was signed in Pyongyang on June 20, 2024.\n';
    const check = async () => {
      const server = await start();
      try {
        server.open(uri, text);
        return (await server.pull(uri)).map((d) => d.code);
      } finally {
        await server.stop(); // The cache is written as the server exits.
      }
    };
    assert.deepEqual(await check(), ['treaty.signed-date']);
    const [cache] = caches(store);
    assert.match(cache, /^serverBundle-[0-9a-f]{16}\.cache$/);
    const written = statSync(join(store, cache));
    assert.deepEqual(await check(), ['treaty.signed-date']);
    const after = statSync(join(store, cache));
    assert.equal(after.ino, written.ino, 'the second start used the cache instead of writing a new one');
    assert.equal(after.mtimeMs, written.mtimeMs);
  });
});

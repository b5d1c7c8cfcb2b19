// The on-disk cache of parsed workspace fact files: a warm start reads no YAML, a changed
// file is parsed again, a damaged or foreign cache is ignored, and broken files are never
// cached (they must be reported at their line and column every time).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadFactBase } from '../../host/src/loadFactBase.js';

const SOURCES = 'sources:\n  s: {url: "https://example.org/x", title: "Example"}\n';
const instrument = (id: string, title: string) => `id: ${id}\ntitle: "${title}"\nkind: treaty\nsigned:\n  date: {value: "2024-06-19", sources: [s]}\n${SOURCES}`;

/** Runs `check` with an empty fact directory and a cache path in a fresh temporary folder. */
function inWorkspace(check: (facts: string, cacheFile: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-cache-'));
  const facts = join(dir, 'facts');
  mkdirSync(facts);
  try {
    check(facts, join(dir, 'cache', 'facts.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a warm start takes good files from the cache and parses only what changed', () => {
  inWorkspace((facts, cacheFile) => {
    writeFileSync(join(facts, 'a.yaml'), instrument('a', 'Alpha Treaty'));
    writeFileSync(join(facts, 'b.yaml'), instrument('b', 'Beta Treaty'));
    writeFileSync(join(facts, 'c.yaml'), 'id: c\ntitle: [broken\n');
    const first = loadFactBase({ extraDirs: [facts], cacheFile });
    assert.deepEqual([...first.factBase.instruments.keys()].sort(), ['a', 'b']);
    assert.equal(first.brokenFiles.length, 1);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
    assert.deepEqual(Object.keys(stored.files).map((p) => p.slice(facts.length + 1)).sort(), ['a.yaml', 'b.yaml']);

    // Cached entries are used as they are: prove it by changing one in the cache only.
    stored.files[join(facts, 'a.yaml')].data.title = 'Alpha Treaty From Cache';
    writeFileSync(cacheFile, JSON.stringify(stored));
    const second = loadFactBase({ extraDirs: [facts], cacheFile });
    assert.equal(second.factBase.instruments.get('a')?.title, 'Alpha Treaty From Cache');
    assert.equal(second.problems.length, 1, 'the broken file is still reported');
    assert.match(second.problems[0].message, /YAML/);

    // A changed file (new size and time) is parsed again.
    writeFileSync(join(facts, 'a.yaml'), instrument('a', 'Alpha Treaty Revised'));
    utimesSync(join(facts, 'a.yaml'), new Date(), new Date(Date.now() + 5000));
    const third = loadFactBase({ extraDirs: [facts], cacheFile });
    assert.equal(third.factBase.instruments.get('a')?.title, 'Alpha Treaty Revised');
    assert.equal(JSON.parse(readFileSync(cacheFile, 'utf8')).files[join(facts, 'a.yaml')].data.title, 'Alpha Treaty Revised');
  });
});

test('a damaged, foreign or malformed cache is ignored, never trusted', () => {
  inWorkspace((facts, cacheFile) => {
    writeFileSync(join(facts, 'a.yaml'), instrument('a', 'Alpha Treaty'));
    loadFactBase({ extraDirs: [facts], cacheFile });
    const good = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const entry = good.files[join(facts, 'a.yaml')];
    for (const damaged of [
      'not json {',
      '\u0000\u0001binary',
      JSON.stringify({ ...good, form: 'some other version' }),
      JSON.stringify({ ...good, files: { [join(facts, 'a.yaml')]: { ...entry, data: { id: 'a', title: 42 } } } }),
      JSON.stringify({ ...good, files: { [join(facts, 'a.yaml')]: { ...entry, data: null } } }),
      JSON.stringify({ form: good.form, files: 'nope' }),
    ]) {
      writeFileSync(cacheFile, damaged);
      const loaded = loadFactBase({ extraDirs: [facts], cacheFile });
      assert.equal(loaded.factBase.instruments.get('a')?.title, 'Alpha Treaty', damaged.slice(0, 40));
      assert.equal(loaded.problems.length, 0);
    }
  });
});

test('a reload in which no file changed returns the loaded fact base itself; a change builds a new one', () => {
  inWorkspace((facts, cacheFile) => {
    writeFileSync(join(facts, 'a.yaml'), instrument('a', 'Alpha Treaty'));
    const first = loadFactBase({ extraDirs: [facts], cacheFile });
    // The cache on disk is neither read nor written again: a reload after a settings change
    // must not cost a read and a rewrite of the whole cache (seconds with 10,000 files).
    writeFileSync(cacheFile, 'a cache a reload must not touch');
    const again = loadFactBase({ extraDirs: [facts], cacheFile, previous: first }, first.goodFiles, undefined, first.stamps);
    assert.equal(again, first);
    assert.equal(readFileSync(cacheFile, 'utf8'), 'a cache a reload must not touch');
    writeFileSync(join(facts, 'a.yaml'), instrument('a', 'Alpha Treaty Changed'));
    utimesSync(join(facts, 'a.yaml'), new Date(), new Date(Date.now() + 5000));
    const changed = loadFactBase({ extraDirs: [facts], cacheFile, previous: first }, first.goodFiles, undefined, first.stamps);
    assert.notEqual(changed, first);
    assert.equal(changed.factBase.instruments.get('a')?.title, 'Alpha Treaty Changed');
  });
});

test('the cache is written in ASCII and gives back names in any script', () => {
  inWorkspace((facts, cacheFile) => {
    const title = 'Treaty of Friendship — 한미상호방위조약, Договор “Dружба” 😀';
    writeFileSync(join(facts, 'a.yaml'), instrument('a', title));
    loadFactBase({ extraDirs: [facts], cacheFile });
    const bytes = readFileSync(cacheFile);
    assert.ok(bytes.every((b) => b < 0x80), 'the cache file holds only ASCII');
    // Change a word in the cache only: the warm load must show it, escapes decoded.
    writeFileSync(cacheFile, bytes.toString('latin1').replace('Friendship', 'Amity'));
    const warm = loadFactBase({ extraDirs: [facts], cacheFile });
    assert.equal(warm.factBase.instruments.get('a')?.title, title.replace('Friendship', 'Amity'));
  });
});

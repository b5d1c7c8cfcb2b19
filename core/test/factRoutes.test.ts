// The two routes into a fact file: the quick one (js-yaml) must give exactly the data and
// the `id` line the positioned one gives, and must leave anything unusual to it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFactFile } from '../src/index.js';
import { positionedParse } from '../src/facts/factFile.js';
import { AliasTrie } from '../src/facts/aliasTrie.js';
import { nameKey, tokenize } from '../src/text/normalize.js';

const FACTS = join(import.meta.dirname, '../../../facts');

function factFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? factFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

const dataOf = (file: ReturnType<typeof parseFactFile>) =>
  file.kind === 'instrument' ? { kind: file.kind, data: file.instrument, idLine: file.idLine } : file.kind === 'parties' ? { kind: file.kind, data: file.parties } : { kind: file.kind, problems: file.problems };

test('every bundled fact file reads the same by both routes', () => {
  const paths = factFiles(FACTS);
  assert.ok(paths.length >= 30);
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    assert.deepEqual(dataOf(parseFactFile(path, text)), dataOf(positionedParse(path, text)), path);
  }
});

const SOURCES = 'sources:\n  kcna: {url: "https://kcnawatch.org/x", title: "KCNA"}\n';

test('anchors, aliases, CRLF, a BOM and flow style read the same by both routes', () => {
  const cases = [
    `id: a\ntitle: "Treaty A"\nkind: treaty\nsigned:\n  date: &d {value: "2024-06-19", sources: [kcna]}\nentryIntoForce:\n  date: *d\n${SOURCES}`,
    `\uFEFFid: a\r\ntitle: "Treaty A"\r\nkind: treaty\r\n${SOURCES.replace(/\n/g, '\r\n')}`,
    `{id: a, title: "Treaty A", kind: treaty, sources: {kcna: {url: "https://kcnawatch.org/x", title: "KCNA"}}}\n`,
    `# comment\n\nkind: treaty\ntitle: 'It''s Treaty A'\nid: a\n${SOURCES}`,
  ];
  for (const text of cases) {
    const quick = parseFactFile('a.yaml', text);
    assert.equal(quick.kind, 'instrument', text);
    assert.deepEqual(dataOf(quick), dataOf(positionedParse('a.yaml', text)), text);
  }
});

test('a file that keeps no text still finds positions by reading it again', () => {
  const text = `id: a\ntitle: "Treaty A"\nkind: treaty\n${SOURCES}`;
  let reads = 0;
  const parsed = parseFactFile('a.yaml', text, () => {
    reads++;
    return text;
  });
  assert.equal(parsed.kind, 'instrument');
  assert.equal(reads, 0);
  if (parsed.kind !== 'instrument') return;
  assert.deepEqual(parsed.locate(['title']), { line: 1, column: 7, endLine: 1, endColumn: 17 });
  assert.equal(reads, 1);
});

test('the name trie: shared prefixes, longest match, exact lookup', () => {
  const trie = new AliasTrie<string>();
  const add = (name: string, value: string) => trie.add(nameKey(name), value);
  add('Treaty of Friendship', 'short');
  add('Treaty of Friendship and Cooperation', 'long');
  add('Treaty of Friendship and Mutual Assistance', 'other');
  add('Treaty on Friendship, Cooperation and Mutual Assistance', 'third');
  add('Friendship', 'word');
  const scan = (text: string) => trie.scan(text, tokenize(text)).map((m) => [m.values.join('+'), tokenize(text).slice(m.first, m.last).map((t) => t.text).join(' ')]);
  assert.deepEqual(scan('the Treaty of Friendship and Cooperation was signed'), [['long', 'treaty of friendship and cooperation']]);
  assert.deepEqual(scan('the Treaty of Friendship and trade'), [['short', 'treaty of friendship']]);
  assert.deepEqual(scan('Treaty on the Friendship and Mutual Assistance'), [['other', 'treaty on the friendship and mutual assistance']]);
  assert.deepEqual(scan('Treaty of Friendship, Cooperation and Mutual Assistance'), [['third', 'treaty of friendship cooperation and mutual assistance']]);
  assert.deepEqual(scan('Friendship and Treaty. Of Friendship'), [['word', 'friendship'], ['word', 'friendship']]);
  assert.deepEqual(trie.exact(nameKey('treaty of friendship and cooperation')), ['long']);
  assert.deepEqual(trie.exact(nameKey('Treaty of Friendship and')), []);
  assert.deepEqual(trie.exact(nameKey('Treaty')), []);
});

test('name words: the plain fast path gives what the tokenizer gives', () => {
  const names = ['Treaty of Friendship, Co-operation and Mutual Assistance', 'U.S.–Japan Security Treaty', 'Eco-Treaty', 'Neighbourhood Defence Organisation', 'Sino–Soviet “Friendship” Treaty (1950)', 'Договор о дружбе', '한미상호방위조약', 'The Treaty of 1961', 'co-op pact', 'ROK-US Mutual Defense Treaty', 'Colour-Honours'];
  for (const name of names) assert.deepEqual(nameKey(name), ((words) => { while (words.length > 1 && ['the', 'a', 'an'].includes(words[0])) words.shift(); return words; })(tokenize(name).map((t) => t.text)), name);
});

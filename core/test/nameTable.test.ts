// The table of names keeps words and postings in flat integer arrays; read back, it must
// say what a list of names says: each name's words and owner, and for each word the
// names holding it, ascending, once each, stop words left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { NameTable } from '../src/facts/nameTable.js';
import { assertProperty } from './fuzzKit.js';

const STOP = new Set(['the', 'of']);

test('the name table reads back the names, owners and postings it was given', async () => {
  const word = fc.constantFrom('the', 'of', 'treaty', 'pact', 'korea', 'friendship', 'defense', '1961', 'w1', 'w2', 'w3');
  const entry = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), words: fc.array(word as fc.Arbitrary<string>, { maxLength: 7 }) });
  await assertProperty(fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
    const table = new NameTable(STOP);
    entries.forEach((e, i) => table.add(`name ${i}`, e.id, e.words));
    table.finish();
    assert.equal(table.count, entries.length);
    entries.forEach((e, i) => assert.deepEqual(table.at(i), { name: `name ${i}`, id: e.id, words: e.words }));
    for (const w of ['the', 'of', 'treaty', 'pact', 'korea', 'friendship', 'defense', '1961', 'w1', 'w2', 'w3', 'absent']) {
      const expected = STOP.has(w) ? [] : entries.flatMap((e, i) => (e.words.includes(w) ? [i] : []));
      assert.deepEqual(table.namesWith(w), expected, w);
      assert.equal(table.countWith(w), expected.length, w);
    }
  }), 2000);
});

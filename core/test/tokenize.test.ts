// The tokenizer cuts ASCII words by hand and hands everything else to its Unicode
// pattern: the tokens must be exactly those of the pattern alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../src/text/normalize.js';
import { assertProperty } from './fuzzKit.js';

const WORD = /(?:\p{L}\.){2,}|(?:[Cc]o-(?=\p{L}))?[\p{L}\p{N}]+/gu;

/** The words as the Unicode pattern alone finds them (before spelling is applied). */
const patternWords = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const tokenWords = (text: string) => tokenize(text).map((t) => [t.start, t.end]);

test('tokens: initials, co- words, curly quotes, accents, other scripts and emoji', () => {
  const text = 'The U.S.–R.O.K. co-operation treaty, Korea’s “Co-op” café, Договор 한국어 😀 ﬁnal Ǆ 1961.';
  assert.deepEqual(tokenWords(text), patternWords(text));
  assert.deepEqual(tokenize(text).map((t) => t.text), ['the', 'us', 'rok', 'cooperation', 'treaty', 'korea', 's', 'coop', 'café', 'договор', '한국어', 'ﬁnal', 'ǆ', '1961']);
  assert.deepEqual(tokenize('Neighbourhood defence organisation').map((t) => t.text), ['neighborhood', 'defense', 'organization']);
});

test('tokens of generated text equal the Unicode pattern alone', async () => {
  const piece = fc.constantFrom('U.S.', 'U.', 'S', '.', 'co-', 'Co-op', 'co-2', 'coo-', 'a', 'Korea', '’', 'é', 'café', '—', '1', '2.', '-', ' ', 'ß', 'İ', 'ﬁ', '한국', 'Ё', 'x', '\u0301', '😀', 'I.', '.A.', '\r\n');
  await assertProperty(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
    const text = pieces.join('');
    assert.deepEqual(tokenWords(text), patternWords(text), JSON.stringify(text));
  }), 3000);
});

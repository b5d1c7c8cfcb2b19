// The name trie keeps its nodes and edges in integer arrays; these properties hold it to
// a plain reading of its rules: at each token, the longest name whose words follow one
// another (articles inside skipped, but not after a comma; "on" read as "of"; only name gaps
// between; no comma after a number), matches
// left to right without overlap; exact lookup by the same words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AliasTrie, matchWords } from '../src/facts/aliasTrie.js';
import { tokenize, type Token } from '../src/text/normalize.js';
import { assertProperty } from './fuzzKit.js';

const VOCABULARY = ['treaty', 'of', 'on', 'the', 'a', 'friendship', 'and', 'mutual', 'defense', 'pact', '1961', 'korea', 'us'];
const GAPS = [' ', ' ', ' ', ' – ', '-', ', ', '. ', ' (', ' & ', '; ', ' and the '];

const ARTICLES = new Set(['the', 'a', 'an']);
const NAME_GAP = /^[\s\-\u2010-\u2015\u2212'’‘"“”.,&()/]{1,4}$/u;

/** Where the name `words` (already in matchWords form) ends if it starts at token `first`. */
function referenceEnd(words: readonly string[], tokens: readonly Token[], text: string, first: number): number | undefined {
  if (tokens[first].text !== words[0]) return undefined;
  let i = first + 1;
  for (let k = 1; k < words.length; k++) {
    let j = i;
    for (; j < tokens.length; j++) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (!NAME_GAP.test(gap) || (/\.\s/.test(gap) && tokens[j - 1].end - tokens[j - 1].start !== 1)) return undefined;
      // A number before a comma ends a date ("July 27, 1953, the …"): no name runs on past it.
      if (gap.includes(',') && /^\d+$/.test(tokens[j - 1].text)) return undefined;
      if (!ARTICLES.has(tokens[j].text)) break;
      // An article after a comma opens a new phrase ("in San Francisco, the treaty").
      if (gap.includes(',')) return undefined;
    }
    if (j >= tokens.length || (tokens[j].text === 'on' ? 'of' : tokens[j].text) !== words[k]) return undefined;
    i = j + 1;
  }
  return i;
}

function referenceScan(names: readonly [string[], number][], text: string) {
  const tokens = tokenize(text);
  const found: [number, number, number[]][] = [];
  for (let first = 0; first < tokens.length; ) {
    let best: { last: number; words: string } | undefined;
    for (const [words] of names) {
      const last = referenceEnd(words, tokens, text, first);
      if (last !== undefined && (!best || last > best.last)) best = { last, words: words.join(' ') };
    }
    if (!best) {
      first++;
      continue;
    }
    const values = [...new Set(names.filter(([w]) => w.join(' ') === best.words).map(([, v]) => v))];
    found.push([first, best.last, values]);
    first = best.last;
  }
  return found;
}

test('the name trie matches what a plain reading of its rules matches', async () => {
  const word = fc.constantFrom(...VOCABULARY);
  const name = fc.array(word, { minLength: 1, maxLength: 5 });
  const text = fc.array(fc.tuple(word, fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  await assertProperty(fc.property(fc.array(name, { minLength: 1, maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 3 }), (rawNames, texts) => {
    const trie = new AliasTrie<number>();
    const names: [string[], number][] = [];
    rawNames.forEach((raw, value) => {
      const words = matchWords(raw);
      const earlier = [...new Set(names.filter(([w]) => w.join(' ') === words.join(' ')).map(([, v]) => v))];
      assert.deepEqual(trie.add(raw, value), earlier, 'add returns the values the name already had');
      names.push([words, value]);
    });
    for (const t of texts) {
      const got = trie.scan(t, tokenize(t)).map((m) => [m.first, m.last, [...m.values]]);
      assert.deepEqual(got, referenceScan(names, t), JSON.stringify({ rawNames, t }));
    }
    for (const raw of rawNames) {
      const words = matchWords(raw).join(' ');
      assert.deepEqual([...trie.exact(raw)], [...new Set(names.filter(([w]) => w.join(' ') === words).map(([, v]) => v))]);
      assert.deepEqual(trie.exact([...raw, 'pact', 'korea', 'us']).length > 0, names.some(([w]) => w.join(' ') === matchWords([...raw, 'pact', 'korea', 'us']).join(' ')));
    }
  }), 3000);
});

test('the name trie grows past its first arrays and keeps every name', () => {
  const trie = new AliasTrie<number>();
  const names: string[][] = [];
  for (let n = 0; n < 5000; n++) names.push(['treaty', `w${n % 97}`, 'of', `x${n}`, ...(n % 3 === 0 ? ['and', `y${n % 7}`] : [])]);
  names.forEach((words, n) => trie.add(words, n));
  names.forEach((words, n) => assert.deepEqual(trie.exact(words), [n]));
  const text = 'the Treaty W5 on X5 and the Treaty W12 of X109 and Y4';
  assert.deepEqual(trie.scan(text, tokenize(text)).map((m) => m.values), [[5], [109]]);
});

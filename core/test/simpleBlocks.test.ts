// The parser-free reader of simple blocks must give exactly the prose the parser path
// gives, on real blocks and on generated ones full of near-misses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_CODES, parseMarkdown } from '../src/index.js';
import { splitBlocks } from '../src/document/blocks.js';
import { extractProse } from '../src/document/proseSegments.js';
import { simpleBlockProse } from '../src/document/simpleBlocks.js';
import { assertProperty } from './fuzzKit.js';
import { repoRoot } from './helpers.js';

/** The simple reader's prose and units when it takes the block, next to the parser's. */
function bothPaths(text: string) {
  const quick = simpleBlockProse(text);
  if (!quick) return undefined;
  const full = extractProse(text, parseMarkdown(text), ALL_CODES);
  return { quick: { text: quick.text, units: quick.units }, full: { text: full.text, units: full.units } };
}

test('the simple reader equals the parser on every block of the fixtures and samples it takes', () => {
  const taken = { heading: 0, list: 0, strong: 0, all: 0 };
  for (const dir of ['core/test/fixtures', 'samples']) {
    for (const name of readdirSync(join(repoRoot, dir)).filter((n) => n.endsWith('.md'))) {
      for (const block of splitBlocks(readFileSync(join(repoRoot, dir, name), 'utf8'))) {
        if (block.frontMatter) continue;
        const both = bothPaths(block.text);
        if (!both) continue;
        assert.deepEqual(both.quick, both.full, `${name}: ${block.text.slice(0, 80)}`);
        taken.all++;
        if (block.text.startsWith('#')) taken.heading++;
        if (/^(?:[-*+]|\d+[.)]) /.test(block.text)) taken.list++;
        if (block.text.includes('**')) taken.strong++;
      }
    }
  }
  assert.ok(taken.all > 100, `only ${taken.all} blocks were read without the parser`);
  for (const [kind, count] of Object.entries(taken)) assert.ok(count > 0, `no ${kind} block was read without the parser`);
});

// Words, mostly plain, sometimes markup or its near-misses.
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Treaty', 'signed', 'a', '19 June 2024', 'Seoul,', 'x_y', 'the', '“quoted”', '한국', 'Договор', '—', '😀', 'https://a.b/c_d?x=1&y=2', 'on', '2024.', 'SEOUL, Dec 05 (AFP):') },
  { weight: 1, arbitrary: fc.constantFrom(':', '.', ',', '_a', 'a_', '&amp;', '&#42;', '!', '?', ')', '(', '%', '^', '~', '>', '#', '-', '*', '1.', ' ', '  ', '`', '<b>', '\\', '|', '[^1]', '\t') },
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const inline = fc.array(fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('**', '**', '*', '__', '** '), words(1, 3), fc.constantFrom('**', ':**', '.**', '** ', '*')).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '!'), words(1, 3), fc.constantFrom('https://x.y/a', 'u', 'a_b*c', 'x.org/(a)', 'https://x.y/a?b=1&c=2', 'a&amp;b', '<u>', 'u "t"', '')).map(([bang, t, u]) => `${bang}[${t}](${u})`) },
), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const lead = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('', '', '', '# ', '## ', '- ', '* ', '1. ', '12) ', '> ') },
  { weight: 1, arbitrary: fc.constantFrom('####### ', '#', '+ ', '>', '   ', '    ', '-  ', '* * ', '1. 2. ', '- > ') },
);
const lineEnd = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('\n', '\r\n', ' \n') }, { weight: 1, arbitrary: fc.constantFrom('  \n', '\r', '\n\n') });
const block = fc.tuple(lead, inline, fc.array(fc.tuple(lineEnd, lead, inline), { maxLength: 3 }), fc.constantFrom('', '\n', '\r\n', ' ', '  ', ' #', '\n===', '\n---'))
  .map(([first, text, more, tail]) => first + text + more.map(([end, l, t]) => end + l + t).join('') + tail);

/** Both paths agree on every generated text the simple reader takes, and it takes at least `minTaken`. */
async function assertSamePaths(texts: fc.Arbitrary<string>, runs: number, minTaken: number): Promise<void> {
  let taken = 0;
  await assertProperty(fc.property(texts, (text) => {
    const both = bothPaths(text);
    if (!both) return;
    taken++;
    assert.deepEqual(both.quick, both.full, JSON.stringify(text));
  }), runs);
  assert.ok(taken > minTaken, `only ${taken} of ${runs} generated texts were read without the parser`);
}

test('the simple reader equals the parser on generated blocks, or leaves them to it', () => assertSamePaths(block, 8000, 250));

// Tables: cells of plain text and near-misses, rows with the wrong number of cells, bad delimiter rows.
const cell = fc.oneof({ weight: 8, arbitrary: words(1, 3) }, { weight: 2, arbitrary: inline }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '-', '—', '**a**', ':---', 'a \\| b', '`x`', '# h', '> q', '1. x') });
const row = (n: number) => fc.array(fc.tuple(fc.constantFrom('', ' ', '  '), cell, fc.constantFrom('', ' ')), { minLength: n, maxLength: n }).map((cells) => `|${cells.map(([a, c, b]) => a + c + b).join('|')}|`);
const delimiterRow = (n: number) => fc.array(fc.constantFrom('---', ' --- ', ':--', '--:', ':-:', ' : --', '', 'x'), { minLength: n, maxLength: n }).map((cells) => `|${cells.join('|')}|`);
const table = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(
  row(n),
  fc.oneof({ weight: 6, arbitrary: delimiterRow(n) }, { weight: 1, arbitrary: delimiterRow(n + 1) }),
  fc.array(fc.oneof({ weight: 6, arbitrary: row(n) }, { weight: 1, arbitrary: row(n + 1) }, { weight: 1, arbitrary: fc.constantFrom('| a', 'a |', 'plain', '|', '||') }), { maxLength: 4 }),
  fc.constantFrom('\n', '\r\n'),
  fc.constantFrom('', '\n', ' '),
)).map(([header, delimiter, rows, end, tail]) => [header, delimiter, ...rows].join(end) + tail);

test('the simple reader equals the parser on generated tables, or leaves them to it', () => assertSamePaths(table, 4000, 100));

test('markup the simple reader does not handle goes to the parser', () => {
  for (const text of ['a *b* c', 'a _b_ c', 'a `b` c', '    code', 'Title\n===', 'a\n---', 'a <!-- c --> b', 'a | b\n--|--', '- a\n  b', '> a\n>\n> b', '> - a', '- > a',
    '[a][b]', '![a](b)', '[https://x.y](https://x.y)', '[a](b "t")', 'a  \nb', 'a\\\nb', '- - a', '1. 2. a', 'a \\* b', '**a*', '**a **', '# a #', 'a[^1]', '~~~\na', '* * *', '- ', 'a\r\nb\rc', '| a | b |\n| --- |\n| c | d |', '| a |\n| --- |\n| b | c |', 'a | b\n--- | ---']) {
    assert.equal(simpleBlockProse(text), undefined, JSON.stringify(text));
  }
});

test('headings, one-line lists, quotes, tables, strong labels and inline links are read without the parser', () => {
  for (const text of ['# Heading', '- item', '1. item\n2) item', '> a quote\n> on two lines', '| Treaty | Signed |\n| --- | :-: |\n| **New START** | 8 April 2010 |', '**Signed:** 19 June 2024', 'See [the text](https://x.org/a?b=1&c=2).', 'A plain paragraph.\r\nOn two lines.']) {
    assert.ok(simpleBlockProse(text), JSON.stringify(text));
  }
  const text = '- **Signed:** 19 June 2024, per [the record](https://x.org/r).\n';
  const prose = simpleBlockProse(text)!;
  assert.equal(prose.text.length, text.length);
  assert.equal(prose.text.replace(/ +/g, ' ').trim(), 'Signed: 19 June 2024, per the record .');
  assert.deepEqual(prose.units, [{ start: 2, end: text.length - 1 }]);
});

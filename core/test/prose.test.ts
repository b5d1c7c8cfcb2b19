// The plain-paragraph fast path must give exactly the prose the parser gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALL_CODES, parseMarkdown } from '../src/index.js';
import { splitBlocks } from '../src/document/blocks.js';
import { extractProse, plainParagraphProse } from '../src/document/proseSegments.js';
import { repoRoot } from './helpers.js';

test('fast path equals the parser on every plain block of the fixtures and samples', () => {
  let fast = 0;
  for (const dir of ['core/test/fixtures', 'samples']) {
    for (const name of readdirSync(join(repoRoot, dir)).filter((n) => n.endsWith('.md'))) {
      for (const block of splitBlocks(readFileSync(join(repoRoot, dir, name), 'utf8'))) {
        const quick = plainParagraphProse(block.text);
        if (!quick || block.frontMatter) continue;
        fast++;
        const full = extractProse(block.text, parseMarkdown(block.text), ALL_CODES);
        assert.deepEqual({ text: quick.text, units: quick.units }, { text: full.text, units: full.units }, `${name}: ${block.text.slice(0, 80)}`);
      }
    }
  }
  assert.ok(fast > 50, `only ${fast} blocks took the fast path`);
});

test('any Markdown syntax sends a block to the parser', () => {
  for (const text of ['# Heading', '- item', '1. item', '> quote', 'a *b* c', 'a `b` c', '[a](b)', 'a  \nb', '    code', 'Title\n===', 'a &amp; b', 'a <!-- c --> b', 'x | y']) {
    assert.equal(plainParagraphProse(text), undefined, text);
  }
  assert.ok(plainParagraphProse('The treaty was signed in Pyongyang on 19 June 2024.'));
});

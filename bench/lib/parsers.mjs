// What each Markdown parser extension costs on one document, paired against
// remark-parse alone: the evidence for choosing the product's parser configuration.
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { measurePaired, pairedRatio, summarize } from './stats.mjs';

function withExtensions(micromark, fromMarkdown) {
  return unified().use(remarkParse).use(function extensions() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...micromark);
    (data.fromMarkdownExtensions ??= []).push(...fromMarkdown);
  }).freeze();
}

export function compareParsers(text, blocks, productParse) {
  const processors = {
    'remark-parse': unified().use(remarkParse).freeze(),
    '+ gfm table': withExtensions([gfmTable()], [gfmTableFromMarkdown()]),
    '+ gfm footnote': withExtensions([gfmFootnote()], [gfmFootnoteFromMarkdown()]),
    '+ table + footnote': withExtensions([gfmTable(), gfmFootnote()], [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()]),
  };
  const cases = { 'product parseMarkdown': () => productParse(text) };
  for (const [name, p] of Object.entries(processors)) cases[name] = () => p.parse(text);
  cases['product parseMarkdown, per block'] = () => {
    for (const b of blocks) productParse(b);
  };
  cases[`product parseMarkdown of '' ×${blocks.length}`] = () => {
    for (let i = 0; i < blocks.length; i++) productParse('');
  };
  const samples = measurePaired(cases, { warmup: 5, iterations: 25 });
  const lines = [`${'parser'.padEnd(40)} ${'median ms'.padStart(10)} ${'÷ remark-parse'.padStart(15)}`];
  for (const name of Object.keys(cases)) {
    lines.push(`${name.padEnd(40)} ${summarize(samples[name]).median.toFixed(1).padStart(10)} ${pairedRatio(samples, name, 'remark-parse').median.toFixed(2).padStart(15)}`);
  }
  return `${lines.join('\n')}\n`;
}

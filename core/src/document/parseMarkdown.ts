// The one Markdown parser configuration the checker uses (with its guard against
// pathological markup, tameMarkup): remark-parse plus GFM tables
// and footnotes only. Each extension costs parse time on every keystroke, so:
// - no GFM autolink literals (≈ +60% parse time): bare URLs are masked by a regex instead;
// - no strikethrough or task lists: they change no prose the checker reads;
// - no remark-frontmatter: front matter is cut off by the block splitter before parsing.
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

function remarkTablesAndFootnotes(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkTablesAndFootnotes).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(tameMarkup(text));
}

// The parser's time grows faster than the text on some inputs: thousands of unmatched
// emphasis or link delimiters, backtick runs or comment openers in one block, containers
// nested thousands deep (10,000 nested lists take minutes). Such markup is blanked before
// parsing, keeping the length, so every offset still points into the original text: the
// words are still read as prose, only that markup is not. The delimiter limit grows with
// the block (its cost grows with the square of the count): real briefs stay far below it
// (the fixtures' busiest block has 52 delimiters in 1,188 characters; the limit there is 106).
const MAX_DELIMITERS = 256;
const delimiterLimit = (length: number) => Math.min(MAX_DELIMITERS, 32 + Math.floor(length / 16));
const DELIMITER = /[*_[\]`]|<(?!!--[ \t]*treaty-check-[^\r\n]{0,200}?-->)/g;
/** Block quote and list markers on one line, and the indentation that nests lists. */
const MAX_NESTING = 16;
const MAX_INDENT = 64;
const DEEP_LINE = /^[ \t>*+\-0-9.)]{17,}[^\r\n]*/gm;
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))/y;

export function tameMarkup(text: string): string {
  const limit = delimiterLimit(text.length);
  let delimiters = 0;
  for (let i = 0; i < text.length && delimiters <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60) delimiters++;
  }
  const flat = delimiters > limit ? text.replace(DELIMITER, (c) => ' '.repeat(c.length)) : text;
  return flat.replace(DEEP_LINE, (line) => (tooDeep(line) ? ' '.repeat(line.length) : line));
}

function tooDeep(line: string): boolean {
  if (/^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length > MAX_INDENT) return true;
  let markers = 0;
  CONTAINER_MARKER.lastIndex = 0;
  while (CONTAINER_MARKER.exec(line)) if (++markers > MAX_NESTING) return true;
  return false;
}

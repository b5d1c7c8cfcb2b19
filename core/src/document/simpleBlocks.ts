// Most blocks of a brief use only a little Markdown: a paragraph, an ATX heading, a list
// of one-line items, a block quote, a plain table, with **strong** labels and
// [inline](links) inside. Such a block is read here without the parser (the parse was
// most of a check's cost), and gives exactly the prose the parser path gives: property
// tests hold the two paths together. Anything else (emphasis, code, HTML, escapes,
// footnotes, nesting, any doubt) returns undefined and goes to the parser.
import { finishProse, type BlockProse, type ProseUnit } from './proseSegments.js';

type Range = [number, number];

const HEADING = /^(#{1,6}) (?=[^\s#])/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)]) (?=\S)/;
const QUOTE = /^> (?=\S)/;
/** What may not open a paragraph line (or an item's or a quote's text): block syntax ('**' may). */
const BLOCK_OPENER = /^(?:[\s#>+=~-]|\*\s|\*[\s*]*$|\d{1,9}[.)](?:\s|$))/;
/**
 * Characters that stop an inline span: constructs this reader does not handle. Character
 * references ('&amp;') need nothing: the parser keeps them inside the text node.
 */
const OTHER_INLINE = /[`<\\|\t]/;
/** Link text and destination: plain characters only. */
const LINK_TEXT = /^[^[\]*_`<>\\!|^&%\r\n]+$/;
const LINK_DESTINATION = /^[^\s()<>[\]\\`]+$/;
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
const LOOKS_LIKE_URL = /:\/\/|^www\.|@/;
/** What may follow a closing `**` so that it closes and cannot open. */
const AFTER_STRONG = /^(?:$|[ \r\n]|[.,;:)?!](?=$|[ \r\n]))/;

interface Line {
  start: number;
  /** End of the content, before the line ending. */
  end: number;
}

export function simpleBlockProse(blockText: string): BlockProse | undefined {
  const lines = contentLines(blockText);
  if (!lines) return undefined;
  const units: ProseUnit[] = [];
  const ranges: Range[] = [];
  const first = blockText.slice(lines[0].start, lines[0].end);
  const reader = HEADING.test(first) ? readHeading : LIST_ITEM.test(first) ? readList : QUOTE.test(first) ? readQuote : first.startsWith('|') ? readTable : readParagraph;
  if (!reader(blockText, lines, units, ranges)) return undefined;

  const parts: string[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= start) continue;
    if (start > cursor) parts.push(' '.repeat(start - cursor));
    parts.push(blockText.slice(start, end));
    cursor = end;
  }
  if (cursor < blockText.length) parts.push(' '.repeat(blockText.length - cursor));
  return { text: finishProse(parts.join(''), units), units, directives: [], directiveProblems: [] };
}

/** A block reader: fills the units and text ranges, or answers false (the parser decides). */
type Reader = (text: string, lines: Line[], units: ProseUnit[], ranges: Range[]) => boolean;

const readHeading: Reader = (text, lines, units, ranges) => {
  const { start, end } = lines[0];
  const line = text.slice(start, end);
  if (lines.length > 1 || /[\s#]$/.test(line)) return false;
  units.push({ start, end });
  return inlineRanges(text, start + HEADING.exec(line)![0].length, end, ranges);
};

/** One-line items, each its own paragraph. */
const readList: Reader = (text, lines, units, ranges) => {
  for (const { start, end } of lines) {
    const line = text.slice(start, end);
    const marker = LIST_ITEM.exec(line);
    if (!marker || BLOCK_OPENER.test(line.slice(marker[0].length)) || /\s$/.test(line)) return false;
    const content = start + marker[0].length;
    units.push({ start: content, end });
    if (!inlineRanges(text, content, end, ranges)) return false;
  }
  return true;
};

/** One paragraph: its text runs on across line ends and the quote markers between. */
const readQuote: Reader = (text, lines, units, ranges) => {
  for (const { start, end } of lines) {
    const line = text.slice(start, end);
    if (!QUOTE.test(line) || BLOCK_OPENER.test(line.slice(2)) || / {2}$/.test(line)) return false;
  }
  const start = lines[0].start + 2;
  const end = lines[lines.length - 1].end;
  units.push({ start, end });
  return inlineRanges(text, start, end, ranges);
};

/** The paragraph ends with its line, its text before the line's trailing spaces. */
const readParagraph: Reader = (text, lines, units, ranges) => {
  for (const { start, end } of lines) {
    const line = text.slice(start, end);
    if (BLOCK_OPENER.test(line) || / {2}$/.test(line)) return false;
  }
  const start = lines[0].start;
  const end = lines[lines.length - 1].end;
  let textEnd = end;
  while (textEnd > start && text[textEnd - 1] === ' ') textEnd--;
  units.push({ start, end });
  return inlineRanges(text, start, textEnd, ranges);
};

/**
 * A GFM table with a pipe at both ends of every row and as many cells in every row as in
 * the header. A cell runs from its pipe to the next (the last one takes the closing pipe);
 * its text is trimmed.
 */
const readTable: Reader = (text, lines, units, ranges) => {
  if (lines.length < 2) return false;
  const rows = lines.map(({ start, end }) => cellsOf(text, start, end));
  const width = rows[0]?.length;
  if (!width || rows.some((cells) => cells?.length !== width)) return false;
  if (!rows[1]!.every(([s, e]) => TABLE_DELIMITER.test(text.slice(s + 1, e)))) return false;
  for (const [i, cells] of rows.entries()) {
    if (i === 1) continue;
    for (const [k, [s, e]] of cells!.entries()) {
      units.push({ start: s, end: k === width - 1 ? e + 1 : e });
      let from = s + 1;
      let to = e;
      while (from < to && text[from] === ' ') from++;
      while (to > from && text[to - 1] === ' ') to--;
      if (from < to && !inlineRanges(text, from, to, ranges)) return false;
    }
  }
  return true;
};

const TABLE_DELIMITER = /^ *:?-+:? *$/;

/** The cells of one table row as [pipe, next pipe) pairs, or undefined when it is not a plain row. */
function cellsOf(text: string, start: number, end: number): Range[] | undefined {
  if (text[start] !== '|' || text[end - 1] !== '|' || end - start < 2) return undefined;
  const cells: Range[] = [];
  let pipe = start;
  for (let i = start + 1; i < end; i++) {
    if (text[i] !== '|') continue;
    cells.push([pipe, i]);
    pipe = i;
  }
  return cells;
}

/**
 * The block's lines up to its last non-blank one, or undefined when a blank line or a
 * lone carriage return (old Mac line ends) would need the parser's judgement.
 */
function contentLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const cr = text.indexOf('\r', start);
    if (cr >= 0 && cr < end) return undefined;
    lines.push({ start, end });
    start = next;
  }
  while (lines.length > 0 && text.slice(lines[lines.length - 1].start, lines[lines.length - 1].end).trim() === '') lines.pop();
  if (lines.length === 0 || lines.some((l) => l.end === l.start || text.slice(l.start, l.end).trim() === '')) return undefined;
  return lines;
}

/**
 * The text-node ranges of the inline content [start, end) of one paragraph, appended to
 * `ranges`; false when it holds anything but plain text, `**strong**` and `[text](url)`
 * (neither across a line end).
 */
function inlineRanges(text: string, start: number, end: number, ranges: Range[]): boolean {
  let textStart = start;
  const flush = (to: number) => {
    if (to > textStart) ranges.push([textStart, to]);
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '*') {
      const close = strongEnd(text, start, end, i);
      if (close < 0) return false;
      flush(i);
      ranges.push([i + 2, close]);
      textStart = close + 2;
      i = close + 1;
    } else if (c === '[') {
      const close = linkEnd(text, end, i);
      if (close < 0) return false;
      flush(i);
      ranges.push([i + 1, text.indexOf(']', i)]);
      textStart = close + 1;
      i = close;
    } else if (c === ']' || (c === '!' && text[i + 1] === '[') || (c === '_' && !(isAlphanumeric(text[i - 1]) && isAlphanumeric(text[i + 1])))) {
      return false;
    } else if (OTHER_INLINE.test(c)) {
      return false;
    }
  }
  flush(end);
  return true;
}

/** Index of the closing `**` of a strong span opening at i, or -1. */
function strongEnd(text: string, lineStart: number, end: number, i: number): number {
  if (text[i + 1] !== '*' || (i > lineStart && text[i - 1] !== ' ' && text[i - 1] !== '\n')) return -1;
  const close = text.indexOf('**', i + 2);
  if (close < 0 || close + 2 > end) return -1;
  const inner = text.slice(i + 2, close);
  if (inner === '' || /^\s|\s$|[*[\]_`<>\\!|&\r\n]/.test(inner)) return -1;
  const after = text.slice(close + 2, end);
  if (!AFTER_STRONG.test(after)) return -1;
  // A closer after punctuation and before punctuation could also open: leave it to the parser.
  if (/[.,;:)?!]$/.test(inner) && /^[.,;:)?!]/.test(after)) return -1;
  return close;
}

/** Index of the `)` ending an inline link `[text](destination)` opening at i, or -1. */
function linkEnd(text: string, end: number, i: number): number {
  const labelEnd = text.indexOf(']', i);
  if (labelEnd < 0 || labelEnd >= end || text[labelEnd + 1] !== '(') return -1;
  const close = text.indexOf(')', labelEnd);
  if (close < 0 || close >= end) return -1;
  const label = text.slice(i + 1, labelEnd);
  const destination = text.slice(labelEnd + 2, close);
  // A link whose text is its address is masked as a URL by the parser path: leave it there.
  if (!LINK_TEXT.test(label) || !LINK_DESTINATION.test(destination) || LOOKS_LIKE_URL.test(label) || label === destination || CHARACTER_REFERENCE.test(destination)) return -1;
  return close;
}

function isAlphanumeric(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z0-9]$/.test(c);
}

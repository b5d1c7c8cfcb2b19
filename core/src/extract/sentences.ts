// Splits a prose unit into sentences. Robust to abbreviations ("U.S.", "Art. 4", "No. 1",
// "e.g.", "Jan."), initials ("Robert L. Gallucci"), footnote markers ("2024.[1] The") and
// closing quotes ("2024.” The").
import { MONTH_ABBREVIATION, MONTH_NAME } from '../text/monthNames.js';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'art', 'arts', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sen', 'rep',
  'st', 'vs', 'v', 'approx', 'para', 'paras', 'vol', 'pp', 'p', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'prof', 'pres',
  'gov', 'amb', 'dept', 'min', 'cf', 'ch', 'sec', 'fig', 'op', 'cit', 'ibid', 'al', 'd.c', 'u.s.s.r', 'p.m', 'a.m', 'ca',
  'mt', 'ft', 'hon', 'rev', 'est', 'res',
]);

const END = /[.!?。！？]+/g;
const AFTER_END = /^(?:\s*(?:\[\^?\w{1,4}\]|\^\d{1,3}|\(\d{1,3}\)))*["'”’»)\]]*(?:\s*(?:\[\^?\w{1,4}\]|\^\d{1,3}))*/;

export function splitSentences(text: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  // Search only up to the unit's end: a list of 40,000 items is 40,000 units, and a search
  // that ran on to the end of the block from each of them would be quadratic.
  const scope = text.slice(0, end);
  END.lastIndex = start;
  for (let m = END.exec(scope); m; m = END.exec(scope)) {
    const dot = m.index;
    let stop = dot + m[0].length;
    const tail = AFTER_END.exec(text.slice(stop, Math.min(end, stop + 40)));
    if (tail) stop += tail[0].length;
    if (stop < end && !/\s/.test(text[stop])) continue;
    const next = skipSpace(text, stop, end);
    if (next >= end) break;
    if (m[0] === '.' && !isSentenceEnd(text, sentenceStart, dot, next)) continue;
    sentences.push({ start: sentenceStart, end: stop });
    sentenceStart = next;
    END.lastIndex = next;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) sentences.push({ start: sentenceStart, end: last });
  return /[\r\n]/.test(text.slice(start, end)) ? sentences.flatMap((s) => splitAtShortLines(text, s)) : sentences;
}

/**
 * A short line without closing punctuation before a line of prose is a line of its own: a
 * byline or a date line of pasted web text ("January 24, 2003 / On January 10, 2003, North
 * Korea announced …"), and so is a line that is only a date. Hard-wrapped prose has long
 * lines; short lines in a row (an infobox) are read together. Lines end in LF, CRLF or CR.
 */
function splitAtShortLines(text: string, span: Span): Span[] {
  const lines: Span[] = [];
  LINE.lastIndex = span.start;
  for (let m = LINE.exec(text); m && m.index < span.end; m = LINE.exec(text)) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    lines.push({ start: m.index, end: Math.min(span.end, m.index + m[0].length) });
  }
  if (lines.length < 2) return [span];
  const out: Span[] = [];
  let from = span.start;
  const trimmed = (l: Span) => text.slice(l.start, l.end).trim();
  const dateOnly = (l: Span) => DATE_LINE.test(trimmed(l));
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = trimmed(lines[i]);
    const short = line.length > 0 && line.length <= SHORT_LINE && !/[.,;:!?\-–—(]$/.test(line) && trimmed(lines[i + 1]).length > SHORT_LINE;
    if (short || dateOnly(lines[i]) || dateOnly(lines[i + 1])) {
      const end = trimEnd(text, from, lines[i].end);
      if (end > from) out.push({ start: from, end });
      from = skipSpace(text, lines[i].end, span.end);
    }
  }
  out.push({ start: from, end: span.end });
  return out.filter((s) => s.end > s.start);
}

const LINE = /[^\r\n]*/g;
/** "January 24, 2003", "27 December 2017", "2024-06-19": a line that is a date and nothing else. */
const DATE_LINE = new RegExp(String.raw`^(?:(?:\d{1,2}\s+)?(?:${MONTH_NAME}|${MONTH_ABBREVIATION})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$`);
const SHORT_LINE = 40;

function isSentenceEnd(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}\p{N}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  const nextChar = text[next];
  // The next sentence starts with a capital, a digit, an opening quote or a bullet ("• Aug. 27, 2003: …").
  if (!/[\p{Lu}\p{N}"“‘'(\[«•‣▪◦●]|[\p{Script=Hangul}\p{Script=Han}]/u.test(nextChar ?? '')) return false;
  // Initialisms with dots ("D.P.R.K.", "U.S.S.R.") are abbreviations too.
  if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.){1,}\p{L}$/u.test(word)) {
    // "… with the U.S. The treaty …": an abbreviation ends a sentence only before a common opener.
    return /^(The|This|That|These|It|In|On|A|An|But|However|Moscow|Pyongyang|Seoul|Beijing|Washington)\b/.test(text.slice(next, next + 12)) && word.includes('.');
  }
  if (/^\p{Lu}$/u.test(text.slice(wordStart, dot))) return false; // an initial: "Robert L. Gallucci"
  if (/^\d{1,3}$/.test(word) && /\b(?:No|Art|Nos|para|p)\.?\s*$/i.test(text.slice(Math.max(sentenceStart, wordStart - 6), wordStart))) return false;
  return true;
}

function skipSpace(text: string, from: number, end: number): number {
  while (from < end && /\s/.test(text[from])) from++;
  return from;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

// "Aug. 20": an abbreviated month's full stop before its day ends no sentence.
const MONTH_BEFORE_DAY = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s*\d)/g;

/**
 * Whether the text between two mentions may hold a sentence or clause break: a full stop,
 * semicolon, question or exclamation mark, not counting the dots of initialisms
 * ("South Korea and the U.S. signed the treaty" is one sentence) or of an abbreviated month.
 */
export function mayCrossSentence(between: string): boolean {
  // Most gaps hold no mark at all: answered without building the cleaned copy.
  if (!/[.;!?]/.test(between)) return false;
  return /[.;!?]/.test(between.replace(/(?:\p{L}\.){2,}/gu, '').replace(MONTH_BEFORE_DAY, ''));
}

// Finds dates in prose in every common form and remembers how the author wrote each one,
// so a fix can be written back in the same style.
import { isRealDate, type DateValue } from '../facts/isoDate.js';
import { gluedToWord } from '../text/normalize.js';
import { MONTH_ABBREVIATION, MONTH_NAME } from '../text/monthNames.js';

export type DateOrder = 'mdy' | 'dmy' | 'iso' | 'year';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: DateValue;
  /** The last day of a range ("June 18–19, 2024"), when the text is a range. */
  rangeEnd?: DateValue;
  order: DateOrder;
  /** How the month was written: "June", "Jun", "Jun." or "JUNE". */
  monthForm?: 'full' | 'abbr' | 'abbr-dot';
  /** The day carried an ordinal suffix ("19th"). */
  ordinal: boolean;
  /** Offsets (in the text) of the parts, to replace only what is wrong. */
  parts: { month?: Span; day?: Span; year?: Span };
}

interface Span {
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = `(${MONTH_NAME}|${MONTH_ABBREVIATION})`;
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const DASH = '\\s*[-–—]\\s*';
const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
// Between the two days of a span: "18–19", "18 and 19" (a visit of two days), "18 to 19".
const DAY_RANGE = `(?:${DASH}|\\s+(?:and|to)\\s+)`;

// Order matters: longer forms first; each regex is sticky-free and matched over the whole sentence.
const PATTERNS: { order: DateOrder; re: RegExp }[] = [
  { order: 'iso', re: /\b(1[6-9]\d\d|20\d\d)-(\d{2})-(\d{2})\b/g },
  // June 18–19, 2024 / June 18 and 19 / from June 18 to 19 / June 19, 2024 / Jun. 19 2024 / June 19
  // ("August 30,1952": a comma without its space still parts day and year.)
  { order: 'mdy', re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${DAY_RANGE}(\\d{1,2})(?:st|nd|rd|th)?)?(?:(?:,\\s*|\\s+)${YEAR})?(?!\\d|:\\d)`, 'g') },
  // 18–19 June 2024 / 19 June 2024 / 19th of June 2024 / 19 June
  { order: 'dmy', re: new RegExp(`\\b${DAY}(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g') },
  // June 2024
  { order: 'mdy', re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'g') },
  // a month alone after "in": "ratified in November" (the year comes from the fact); matched
  // forwards from "in" (a look-behind would be tried at every position), the date is the month
  { order: 'mdy', re: new RegExp(`\\bin\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}\\b(?!\\s*\\d)`, 'g') },
  // a year after a preposition: "in 2024", "since 1961"
  { order: 'year', re: /\b(?:in|since|by|until|from|during|early|late|mid|of|before|after|as of)[\s-]+(?:early\s+|late\s+|mid-?)?(1[6-9]\d\d|20\d\d)\b(?![-–]\d)/gi },
  // a year that labels a timeline's line: "1987: The INF Treaty is signed", "- 2003 – North Korea withdraws"
  { order: 'year', re: /(?:^|[\r\n])[ \t]*(?:[-*•][ \t]+)?(1[6-9]\d\d|20\d\d)(?=[ \t]*[:–—-][ \t])/g },
];

export function findDates(text: string, start: number, end: number): DateMention[] {
  const slice = text.slice(start, end);
  const found: DateMention[] = [];
  // Text that looked like a full date but is impossible ("31 February 2024") is consumed,
  // so no shorter form ("February 2024") is read out of it.
  const impossible: { start: number; end: number }[] = [];
  const taken = (s: number, e: number) => found.some((d) => s < d.end && e > d.start) || impossible.some((d) => s < d.end && e > d.start);
  for (const { order, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const mention = toMention(order, m, start, re);
      // A date run into a word ("January 1, 1600The") is part of that word: consumed, not read.
      if (mention && gluedToWord(text, mention.start, mention.end)) impossible.push(mention);
      else if (mention && !taken(mention.start, mention.end)) found.push(mention);
      else if (!mention && order !== 'year') impossible.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MONTH_SPAN_BEFORE = new RegExp(`\\b${MONTH}\\s*(?:and|to|through|until|[-–—])\\s*$`, 'i');

const ABBREVIATED = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function monthForm(word: string): DateMention['monthForm'] {
  if (word.endsWith('.')) return 'abbr-dot';
  return ABBREVIATED.has(word.toLowerCase()) ? 'abbr' : 'full';
}

function toMention(order: DateOrder, m: RegExpExecArray, base: number, re: RegExp): DateMention | undefined {
  const at = base + m.index;
  if (order === 'iso') {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDate(year, month, day)) return undefined;
    return { start: at, end: at + m[0].length, text: m[0], value: { year, month, day }, order, ordinal: false, parts: { year: { start: at, end: at + 4 }, month: { start: at + 5, end: at + 7 }, day: { start: at + 8, end: at + 10 } } };
  }
  if (order === 'year') {
    const year = Number(m[1]);
    const local = m[0].lastIndexOf(m[1]);
    const s = at + local;
    return { start: s, end: s + 4, text: m[1], value: { year }, order, ordinal: false, parts: { year: { start: s, end: s + 4 } } };
  }
  const source = re.source;
  if (order === 'mdy' && source.includes(DAY)) {
    // MONTH DAY suffix [DASH DAY2] [YEAR]
    const month = MONTHS[m[1].replace('.', '').toLowerCase()];
    const day = Number(m[2]);
    const day2 = m[4] === undefined ? undefined : Number(m[4]);
    const year = m[5] === undefined ? undefined : Number(m[5]);
    if (!isRealDate(year ?? 2000, month, day) || (day2 !== undefined && (!isRealDate(year ?? 2000, month, day2) || day2 <= day))) return undefined;
    if (year === undefined && /^may$/i.test(m[1])) return undefined; // "may 19" is rarely a date without a year
    const monthSpan = { start: at, end: at + m[1].length };
    const dayLocal = m[0].indexOf(m[2], m[1].length);
    const daySpan = { start: at + dayLocal, end: at + dayLocal + m[2].length };
    const yearSpan = year === undefined ? undefined : { start: at + m[0].length - 4, end: at + m[0].length };
    return {
      start: at, end: at + m[0].length, text: m[0], value: { year, month, day }, rangeEnd: day2 === undefined ? undefined : { year, month, day: day2 },
      order, monthForm: monthForm(m[1]), ordinal: m[3] !== undefined, parts: { month: monthSpan, day: daySpan, year: yearSpan },
    };
  }
  if (order === 'mdy') {
    // MONTH YEAR, or a month alone ("in November": the date starts at the month)
    const month = MONTHS[m[1].replace('.', '').toLowerCase()];
    const year = m[2] === undefined ? undefined : Number(m[2]);
    const local = m[0].indexOf(m[1]);
    const s = at + local;
    // "between April and May 2010", "April–June 2010": the months are a span; one that wraps
    // into another year ("December and January 2011") is too unclear to read.
    const span = year === undefined ? null : MONTH_SPAN_BEFORE.exec(m.input.slice(Math.max(0, m.index + local - 24), m.index + local));
    if (span) {
      const first = MONTHS[span[1].replace('.', '').toLowerCase()];
      if (first >= month) return undefined;
      const from = s - span[0].length;
      return {
        start: from, end: at + m[0].length, text: span[0] + m[0].slice(local), value: { year, month: first }, rangeEnd: { year, month }, order, monthForm: monthForm(span[1]), ordinal: false,
        parts: { month: { start: from, end: from + span[1].length }, year: { start: at + m[0].length - 4, end: at + m[0].length } },
      };
    }
    return {
      start: s, end: at + m[0].length, text: m[0].slice(local), value: { year, month }, order, monthForm: monthForm(m[1]), ordinal: false,
      parts: { month: { start: s, end: s + m[1].length }, year: year === undefined ? undefined : { start: at + m[0].length - 4, end: at + m[0].length } },
    };
  }
  // dmy: DAY suffix [DASH DAY2] [of] MONTH [YEAR]
  const day = Number(m[1]);
  const day2 = m[3] === undefined ? undefined : Number(m[3]);
  const month = MONTHS[m[4].replace('.', '').toLowerCase()];
  const year = m[5] === undefined ? undefined : Number(m[5]);
  if (!isRealDate(year ?? 2000, month, day) || (day2 !== undefined && (!isRealDate(year ?? 2000, month, day2) || day2 <= day))) return undefined;
  if (year === undefined && /^may$/i.test(m[4])) return undefined;
  const monthLocal = m[0].indexOf(m[4], m[1].length);
  const yearSpan = year === undefined ? undefined : { start: at + m[0].length - 4, end: at + m[0].length };
  return {
    start: at, end: at + m[0].length, text: m[0], value: { year, month, day }, rangeEnd: day2 === undefined ? undefined : { year, month, day: day2 },
    order: 'dmy', monthForm: monthForm(m[4]), ordinal: m[2] !== undefined,
    parts: { day: { start: at, end: at + m[1].length }, month: { start: at + monthLocal, end: at + monthLocal + m[4].length }, year: yearSpan },
  };
}

// Name normalisation shared by the fact index and the mention finder: names match
// case-, dash-, quote- and leading-article-insensitively because both sides are cut
// into the same word tokens.

// Initials ("U.S.", "D.C.") are one word; "co-operation" is "cooperation".
const WORD = /(?:\p{L}\.){2,}|(?:[Cc]o-(?=\p{L}))?[\p{L}\p{N}]+/gu;
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

export interface Token {
  /** Lower-cased word. */
  text: string;
  start: number;
  end: number;
}

/** One spelling for British and American forms: neighbourliness, neighbourly, defence, organisation. */
function spelling(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  if (w.includes('our')) w = w.replace(/our(?=liness|ly|hood|s$|$|ing|ed)/, 'or');
  if (w.endsWith('ence')) w = `${w.slice(0, -4)}ense`;
  if (w.includes('isation')) w = w.replace('isation', 'ization');
  return w;
}

/** Spelling-insensitive word stem: defence/defense, cooperation/co-operation, good-neighborly/good-neighborliness. */
export function wordStem(word: string): string {
  return word.replace(/liness$/, 'ly').replace(/ce$/, 'se').replace(/^co(?=op)/, 'co').replace(/s$/, '');
}

/**
 * Splits text into word tokens (letters and digits); everything else separates. Runs of
 * ASCII letters and digits between ASCII separators are cut by hand (most of the text);
 * wherever the Unicode pattern could answer differently (other letters, initials such
 * as "U.S.", "co-") it takes over from that point: same tokens, a fraction of the cost.
 * Offsets are shifted by `offset` (where `text` starts in a larger text).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      WORD.lastIndex = i;
      const match = WORD.exec(text);
      if (!match) break;
      pushToken(tokens, match[0], match.index + offset);
      i = match.index + match[0].length;
      continue;
    }
    if (!isAsciiWordChar(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    // Most words are lower-case already: lower-casing them only costs a copy.
    let upper = c >= 65 && c <= 90;
    for (let d = end < length ? text.charCodeAt(end) : 0; end < length && isAsciiWordChar(d); d = text.charCodeAt(++end)) upper ||= d >= 65 && d <= 90;
    const next = end < length ? text.charCodeAt(end) : 32;
    const unsure = next >= 128 || (next === 46 && end - i === 1) || (next === 45 && end - i === 2 && (text[i] === 'c' || text[i] === 'C') && text[i + 1] === 'o');
    if (unsure) {
      WORD.lastIndex = i;
      const match = WORD.exec(text)!;
      pushToken(tokens, match[0], match.index + offset);
      i = match.index + match[0].length;
      continue;
    }
    const word = text.slice(i, end);
    tokens.push({ text: spelling(upper ? word.toLowerCase() : word), start: i + offset, end: end + offset });
    i = end;
  }
  return tokens;
}

function pushToken(tokens: Token[], word: string, start: number): void {
  tokens.push({ text: spelling(word.replace(/[.-]/g, '').toLowerCase()), start, end: start + word.length });
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The words of a name made of ASCII letters and digits with spaces, dashes and quotes
 * between (nearly every name): the same words tokenize() gives, found without its Unicode
 * regex. Undefined for anything else (full stops, "co-", other letters).
 */
function plainWords(name: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    const isWordChar = isAsciiWordChar(c);
    if (isWordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 46 || c >= 128 && !PLAIN_SEPARATOR.has(c)) return undefined;
    if (start >= 0) {
      const word = name.slice(start, i);
      if (c === 45 && (word === 'co' || word === 'Co')) return undefined;
      words.push(spelling(word.toLowerCase()));
      start = -1;
    }
  }
  return words;
}

/** Dashes, quotes and spaces beyond ASCII that plainly separate words. */
const PLAIN_SEPARATOR = new Set([0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2212]);

/** The token words of a name, without a leading article. */
export function nameKey(name: string): string[] {
  const words = plainWords(name) ?? tokenize(name).map((t) => t.text);
  while (words.length > 1 && LEADING_ARTICLES.has(words[0])) words.shift();
  return words;
}

export function normalizeName(name: string): string {
  return nameKey(name).join(' ');
}

/** Scripts written without spaces between words: a name there may be followed by a particle. */
export function isUnspacedScript(word: string): boolean {
  return /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word);
}

/**
 * True when the span [start, end) is run into a word on either side ("1600The", "ﬁTreaty",
 * "Partnership0"): JavaScript's \b only knows ASCII, so this checks Unicode letters and
 * digits. Scripts written without spaces ("2024-06-19에") are exempt.
 */
export function gluedToWord(text: string, start: number, end: number): boolean {
  const joins = (c: string | undefined) => c !== undefined && !isUnspacedScript(c);
  return joins(/[\p{L}\p{N}]$/u.exec(text.slice(Math.max(0, start - 2), start))?.[0]) || joins(/^[\p{L}\p{N}]/u.exec(text.slice(end, end + 2))?.[0]);
}

// Shared by the robustness and fuzz suites (core and server): the seed, generators for
// hostile briefs built from real brief sentences, and the invariants every check result
// must keep.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CheckResult, Finding, TextEdit } from '../src/index.js';
import { repoRoot } from './helpers.js';
import { isLabel } from '../src/extract/labelLines.js';

/** `FUZZ_SEED=… npm test` replays a run; without it every run uses the same seed. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined && /^-?\d+$/.test(process.env.FUZZ_SEED) ? Number(process.env.FUZZ_SEED) : 20261124;

/** Runs a property with the suite's seed; a failure names the seed that reproduces it. */
export async function assertProperty<Ts>(property: fc.IRawProperty<Ts>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { seed: FUZZ_SEED, numRuns, endOnFailure: false });
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const message = `Fuzz failure (reproduce with FUZZ_SEED=${FUZZ_SEED}):\n${(error as Error).message}${cause instanceof Error ? `\nCause: ${cause.message}` : ''}`;
    console.error(message);
    throw Object.assign(new Error(message), { cause: error });
  }
}

/** A seeded pseudo-random source for scripted runs (server edit bursts). */
export function random(seed = FUZZ_SEED): () => number {
  let state = (seed >>> 0) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

const briefFolders = ['samples', join('core', 'test', 'fixtures')];

/** Every Markdown brief in samples/ and the core fixtures, by name. */
export function realBriefs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const folder of briefFolders) {
    for (const name of readdirSync(join(repoRoot, folder)).filter((n) => n.endsWith('.md')).sort()) {
      out.push({ name: `${folder}/${name}`, text: readFileSync(join(repoRoot, folder, name), 'utf8') });
    }
  }
  return out;
}

let lines: string[] | undefined;
/** Every non-empty line of the real briefs: sentences, headings, list items, table rows, directives. */
export function briefLines(): string[] {
  lines ??= [...new Set(realBriefs().flatMap((b) => b.text.split(/\r\n|\r|\n/)).filter((l) => l.trim() !== ''))];
  return lines;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Sept.', 'JUNE'];

/** Dates in every form briefs use, possible and impossible. */
export const dateText: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 0, max: 35 }), fc.constantFrom(...MONTHS), fc.integer({ min: 1590, max: 2110 }), fc.integer({ min: 0, max: 14 }), fc.constantFrom('dmy', 'mdy', 'iso', 'year', 'range', 'ordinal'))
  .map(([day, month, year, m, form]) => {
    switch (form) {
      case 'dmy': return `${day} ${month} ${year}`;
      case 'mdy': return `${month} ${day}, ${year}`;
      case 'iso': return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      case 'year': return `in ${year}`;
      case 'range': return `${day}–${day + 1} ${month} ${year}`;
      default: return `the ${day}th of ${month} ${year}`;
    }
  });

const TREATY_NAMES = [
  'Treaty on Comprehensive Strategic Partnership', 'Putin–Kim pact', 'the 1961 treaty', 'Russia–North Korea treaty', 'New START', 'INF Treaty',
  'NPT', 'ANZUS', 'UN Charter', 'Resolution 2397', 'UNSCR 1718', 'North Atlantic Treaty', 'Agreed Framework', 'the treaty', 'the pact', 'it',
  'Treaty on Comprehensive Partnership', 'Treaty of Versailles', '한미상호방위조약', 'Договор о всеобъемлющем стратегическом партнёрстве',
];
const CLAIM_WORDS = ['was signed in Pyongyang on', 'was signed in Moscow on', 'entered into force on', 'ratified it on', 'withdrew from it on', 'has 21 articles', 'has twenty-three articles',
  'remains in force', 'is no longer in force', 'expired on', 'was adopted on', 'between Russia and North Korea', 'signed by Vladimir Putin and Kim Jong Un', 'Article 4 provides for military assistance', 'Article IV obliges'];
const MARKUP = ['# ', '## ', '> ', '>> ', '- ', '* ', '1. ', '   ', '\t', '```', '~~~', '```js\n', '*', '**', '_', '__', '`', '[', ']', '(', ')', '](http://x.y)', '[^1]', '[^1]: note', '|', ' | ', '|---|---|',
  '---', '***', '<b>', '</b>', '<!--', '-->', '<!-- treaty-check-disable-next-line -->', '<!-- treaty-check-disable -->', '<!-- treaty-check-enable -->', '<!-- treaty-check-bogus -->',
  '<!-- treaty-check-disable-line treaty.nope -->', 'https://example.com/a_(b)', '<https://example.com>', 'www.example.org', 'x@y.org', '\\', '&amp;', '&#0;', '![img](a.png)', '    code', '==='];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r'];
const ODD = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff',
  '🚀', '👩‍👩‍👧', '🇰🇷', '𝐓𝐫𝐞𝐚𝐭𝐲', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '한반도', '條約', 'Москва', 'عربي', '“', '”', '’', '«', '»', '—', '–', '…', '.', '. ', '?', '!', ';', ':', ','];

/** One piece of a hostile brief. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...briefLines()) },
  { weight: 2, arbitrary: fc.constantFrom(...TREATY_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CLAIM_WORDS) },
  { weight: 3, arbitrary: dateText },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...LINE_ENDS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', ' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
);

/** A whole hostile brief: real sentences, Markdown, dates, names, stray code units and line ends. */
export const documentText: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

export const isWordChar = (c: string | undefined) => c !== undefined && /^[\p{L}\p{N}]$/u.test(c);

/** The code point that ends right before offset `i` (a whole surrogate pair when there is one). */
export function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** The code point that starts at offset `i`. */
export function charAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const cp = text.codePointAt(i)!;
  return String.fromCodePoint(cp);
}

/** Scripts written without spaces: a name there may be followed by a particle ("조약은"). */
const UNSPACED = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

function describeFinding(text: string, f: Finding): string {
  return `${f.code} [${f.start}, ${f.end}) ${JSON.stringify(text.slice(Math.max(0, f.start - 10), f.end + 10))}`;
}

/** Every invariant of one check result over `text`; throws with the offending finding. */
export function assertSaneResult(text: string, result: CheckResult): void {
  assert.ok(Array.isArray(result.findings));
  for (const f of result.findings) {
    const where = describeFinding(text, f);
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `integer offsets: ${where}`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range inside the text: ${where}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `a message: ${where}`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), `a severity: ${where}`);
    if (f.end > f.start) {
      // Whole tokens: a span never starts or ends inside a word.
      const first = charAt(text, f.start);
      const before = charBefore(text, f.start);
      const last = charBefore(text, f.end);
      const after = charAt(text, f.end);
      const joined = (a: string | undefined, b: string | undefined) => isWordChar(a) && isWordChar(b) && !UNSPACED.test(a!) && !UNSPACED.test(b!);
      // Except a value pasted onto its infobox label ("Signed14 February 1950"), read as such.
      const lineStart = Math.max(text.lastIndexOf('\n', f.start - 1), text.lastIndexOf('\r', f.start - 1)) + 1;
      const afterLabel = isLabel(text.slice(lineStart, f.start).replace(/^[ \t>*_-]+/, ''));
      assert.ok(afterLabel || !joined(before, first), `span starts inside a word: ${where}`);
      assert.ok(!joined(last, after), `span ends inside a word: ${where}`);
    }
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (const e of edits) assert.ok(e.start >= f.start && e.end <= f.end && e.start <= e.end, `fix "${fix.title}" edits only its span: ${where}`);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, `fix "${fix.title}" has overlapping edits: ${where}`);
    }
  }
  for (const m of result.mentions) assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `mention inside the text: [${m.start}, ${m.end})`);
}

/** The preferred edit of every error, minus any that overlaps an earlier one (what fix-all and --fix apply). */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.filter((f) => f.severity === 'error' && f.fixes.length > 0).flatMap((f) => f.fixes[0].edits).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const e of edits) if (kept.length === 0 || e.start >= kept[kept.length - 1].end) kept.push(e);
  return kept;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Runs `work`, failing when it takes longer than `boundMs` (a hang guard, not a benchmark). */
export function withinBound<T>(label: string, boundMs: number, work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  assert.ok(ms < boundMs, `${label} took ${Math.round(ms)} ms (bound ${boundMs} ms)`);
  return { value, ms };
}

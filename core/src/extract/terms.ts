// Terms an instrument was concluded for, as briefs write them: "the 20-year treaty",
// "a twenty-year pact", "valid for 20 years", "concluded for a period of 30 years".
import { NUMBER_WORD, parseNumber } from './numbers.js';

export interface TermMention {
  start: number;
  end: number;
  years: number;
  numberSpan: { start: number; end: number };
  /** "20-year" before a noun, or a phrase after the instrument ("valid for 20 years"). */
  form: 'modifier' | 'phrase';
}

const NUMBER = `(\\d{1,3}|${NUMBER_WORD})`;
// "20-year" as a modifier; not "70-year-old" (an age) or "20-year-long".
const MODIFIER = new RegExp(`\\b${NUMBER}[- ]year\\b(?![- ](?:old|long)\\b)`, 'gi');
// What an instrument is concluded for, said after it ("will last for 15 years"); "has been in
// force for 20 years" is its age, and "lasted for 30 years" may be its life, not its term.
const PHRASE = new RegExp(
  `\\b(?:(?:valid|concluded|effective)\\s+for|(?:will|would|is\\s+to|was\\s+to|is\\s+set\\s+to|was\\s+set\\s+to)\\s+(?:last|run)\\s+for|(?:remains?|stays?)\\s+in\\s+(?:force|effect)\\s+for|(?:an?|its|the)\\s+(?:initial\\s+)?(?:term|duration|validity|period of validity)\\s+of)\\s+(?:an?\\s+(?:initial\\s+)?(?:period|term)\\s+of\\s+)?${NUMBER}\\s+years\\b`,
  'gi',
);

export function findTerms(text: string, start: number, end: number): TermMention[] {
  const slice = text.slice(start, end);
  const found: TermMention[] = [];
  // Both forms need the word; most paragraphs lack it.
  if (!/year/i.test(slice)) return found;
  for (const [pattern, form] of [[MODIFIER, 'modifier'], [PHRASE, 'phrase']] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const years = parseNumber(m[1]);
      if (years === undefined || years === 0) continue;
      const s = start + m.index;
      const numberStart = s + m[0].lastIndexOf(m[1]);
      found.push({ start: s, end: s + m[0].length, years, numberSpan: { start: numberStart, end: numberStart + m[1].length }, form });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "2021 marks the 60th anniversary of the signing of the China-DPRK Treaty", "On July 11, 2021,
// Xi and Kim marked the 60th anniversary of the treaty": a year and an ordinal that together
// say when an instrument was signed (or, without "signing of", took effect).
import type { InstrumentMention } from './mentions.js';

export interface AnniversaryMention {
  instrument: string;
  /** The year the anniversary falls in. */
  year: number;
  ordinal: number;
  /** The ordinal as written ("65th"), to replace. */
  start: number;
  end: number;
  /** "of the signing of": the signing's anniversary only. */
  signing: boolean;
}

const TAIL = String.raw`the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?((?:signing|signature|conclusion)\s+of\s+(?:the\s+)?)?$`;
// The year as the subject: "2021 marks the 60th anniversary of …".
const YEAR_MARKS = new RegExp(String.raw`\b((?:19|20)\d\d)\s+(?:marks|marked|will mark|is|was)\s+` + TAIL, 'i');
// The year opening the sentence: "On July 11, 2021, … marked the 60th anniversary of …".
const OPENING_YEAR = /^\s*(?:On|In)\s+[^;.]{0,25}?\b((?:19|20)\d\d),/;
const MARKED = new RegExp(String.raw`\b(?:mark|marks|marked|marking|celebrate|celebrated|celebrating|commemorate|commemorated|commemorating|hono(?:u)?r|hono(?:u)?red|hono(?:u)?ring)\s+` + TAIL, 'i');

export function findAnniversaries(text: string, sentence: { start: number; end: number }, instruments: readonly InstrumentMention[]): AnniversaryMention[] {
  const found: AnniversaryMention[] = [];
  for (const m of instruments) {
    if (m.ids.length !== 1 || m.start < sentence.start || m.end > sentence.end) continue;
    const from = Math.max(sentence.start, m.start - 140);
    const before = text.slice(from, m.start);
    let year: number | undefined;
    let tail = YEAR_MARKS.exec(before);
    if (tail) year = Number(tail[1]);
    else {
      tail = MARKED.exec(before);
      const opening = tail ? OPENING_YEAR.exec(text.slice(sentence.start, from + tail.index)) : null;
      if (opening) year = Number(opening[1]);
    }
    if (!tail || year === undefined) continue;
    const digits = tail[tail.length - 2];
    const at = from + tail.index + tail[0].search(/\d{1,3}(?:st|nd|rd|th)\s+anniversary/i);
    const written = /^\d{1,3}(?:st|nd|rd|th)/i.exec(text.slice(at))![0];
    found.push({ instrument: m.ids[0], year, ordinal: Number(digits), start: at, end: at + written.length, signing: tail[tail.length - 1] !== undefined });
  }
  return found;
}

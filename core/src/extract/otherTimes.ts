// Dates that a sentence gives for another clock or another moment than the event's own.
// "adopted … on December 23 (December 22, New York time)": a Seoul press release dates the
// vote by Seoul's calendar and glosses it with the reference date. "The limits begin to apply
// seven years from the date the treaty entered into force, on 5 February 2018": the date is
// the end of the period, not the entry into force. Neither is a claim about the event's date.
import type { Instrument } from '../facts/types.js';
import type { DateMention } from './dates.js';
import { NUMBER_WORD } from './numbers.js';
import type { Span } from './sentences.js';

// ", New York time", "(Seoul time)", " KST": the zone a date is written in.
const ZONE_AFTER = /^\s*[,(]?\s*(?:((?:\p{Lu}[\p{L}.]*\s+){1,2})time\b|(local time)\b|(KST|JST|EST|EDT|PST|PDT|GMT|UTC|CET|CEST|MSK)\b)/u;
// The zone an instrument's date is recorded in: where it happened ("local time"), and New York
// for the United Nations, whose resolutions the fact base dates by the day of the vote there.
// For any other instrument New York, EST and EDT are another clock ("signed at Panmunjom on July
// 27, 1953 (July 26, New York time)").
const LOCAL_ZONE = /^local time$/;
const UN_ZONE = /^(?:New York|local time|EST|EDT)$/;

const OFFSET_BEFORE = new RegExp(
  `\\b(?:\\d{1,3}|${NUMBER_WORD})[\\s-]+(?:years?|months?|weeks?|days?)\\s+(?:from|after|following)\\s+(?:the\\s+(?:date|day|time)\\s+(?:(?:on|at)\\s+which\\s+|that\\s+|when\\s+)?)?[^,;.]{0,50}$`,
  'i',
);

/** The zone written right after a date, or undefined when none is. */
function zoneOf(text: string, date: DateMention): string | undefined {
  const m = ZONE_AFTER.exec(text.slice(date.end, date.end + 30));
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : undefined;
}

/**
 * Whether a date is written in another zone than the instrument's record: glossed with a
 * zone that is not the reference one ("Seoul time"); a parenthetical gloss of the date before
 * it on another clock or in another city ("July 27, 1953 (July 26, EDT)", "(26 July in
 * Washington)"); or itself glossed by a date on a named clock ("December 23 (December 22, New
 * York time)", "July 26, 1953 (July 27, Korea time)"): the author gives two clocks, and only
 * the one named as the record's is read.
 */
function inAnotherZone(text: string, date: DateMention, dates: readonly DateMention[], un: boolean): boolean {
  const reference = un ? UN_ZONE : LOCAL_ZONE;
  const zone = zoneOf(text, date);
  const glossOf = dates.find((d) => d.end <= date.start && /^\s*\(\s*$/.test(text.slice(d.end, date.start)));
  if (glossOf && zone === undefined && /^\s+(?:in|at)\s+\p{Lu}/u.test(text.slice(date.end, date.end + 20))) return true;
  if (zone !== undefined) return !reference.test(zone);
  const gloss = dates.find((d) => d.start > date.end && /^\s*\(\s*$/.test(text.slice(date.end, d.start)));
  return gloss !== undefined && zoneOf(text, gloss) !== undefined;
}

/** Whether the event word before `at` names the start of a period whose end is dated ("seven years from the date the treaty entered into force, on …"). */
function endOfPeriod(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 120), at);
  return /\s(?:from|after|following)\s/.test(before) && OFFSET_BEFORE.test(before);
}

/** Whether a date is one end of a period written as two dates ("March 1993 – June 1993", "1994 to 2003"). */
function inPeriod(text: string, date: DateMention, dates: readonly DateMention[]): boolean {
  const joint = /^\s*(?:[–—-]|to|until|through)\s*$/;
  return dates.some((d) => d !== date && (joint.test(text.slice(date.end, d.start)) || joint.test(text.slice(d.end, date.start))));
}

const NAMED_BY_DATE = /\b(?:treaty|treaties|agreement|accord|pact|declaration|statement|charter|protocol|convention|communiqu[eé]|memorandum)(?:\s+(?:between|among|with|on|for)\s+[^,;.()]{0,70}?)?\s+of\s+$/i;
// "Dec 5 (Interfax) - …", and a wire's name in capitals with no dash: "2024-11-13 (MENAFN) North Korea has …".
const DATELINE = /^\s*(?:\((?:[\p{L}.'’&/ -]{2,30})\)\s*[-–—]|\((?:[A-Z][A-Z.&/ -]{1,20}|Reuters|Xinhua|Yonhap|Kyodo|Interfax|Sputnik|Bloomberg)\)\s+(?=\p{Lu}))/u;

/**
 * Whether `date`, in a sentence with the event word `word`, dates something else than that
 * event. `isEnd`: the event is an end, which "until" and "by" may date.
 */
/** A resolution or a vote of the United Nations, dated by the day in New York. */
export function datedInNewYork(instrument: Instrument | undefined): boolean {
  return instrument?.kind === 'resolution' || instrument?.kind === 'draft-resolution';
}

/** `un`: the instrument is the United Nations' (a resolution, a vote), dated by New York's clock. */
export function anotherTime(text: string, date: DateMention, dates: readonly DateMention[], word: Span, sentence: Span, isEnd: boolean, un = false): boolean {
  // "signed for a term of ten years, until February 5, 2021", "reductions … completed by
  // 2018": a date right after "until/by/before/after" is another time, except for an end.
  if (!isEnd && /\b(?:until|till|through|by|before|after)\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(sentence.start, date.start - 24), date.start))) return true;
  // "the first … treaty to take effect since START I in 1994": a date after "since …" is that other time.
  if (date.start > word.end && /\b(?:since|before|after|until|following|prior to)\b/i.test(text.slice(word.end, date.start))) return true;
  // "New START will expire on February 5, 2021 unless US and Russian leaders agree to extend it": a condition.
  if (/^[^.;]{0,30}?\b(?:unless|if|provided that)\b/i.test(text.slice(date.end, sentence.end))) return true;
  // "BEIJING. Dec 5 (Interfax) - …": a dateline is when the story was filed.
  if (DATELINE.test(text.slice(date.end, date.end + 40))) return true;
  // "December 23 (December 22, New York time)", "seven years from the date the treaty entered into
  // force, on …", "March 1993 – June 1993" (a period, not the date of an event).
  if (inAnotherZone(text, date, dates, un) || (date.start > word.end && endOfPeriod(text, sentence.start, word.start)) || inPeriod(text, date, dates)) return true;
  // "… is a return to the similar Treaty between the USSR and the DPRK of July 6, 1961": a date
  // that names an instrument ("the treaty of …") is part of its name, whichever instrument it is.
  return /\bof\s+$/.test(text.slice(Math.max(sentence.start, date.start - 6), date.start)) && NAMED_BY_DATE.test(text.slice(Math.max(sentence.start, date.start - 90), date.start));
}

// Dates that a sentence gives for another clock or another moment than the event's own.
// "adopted … on December 23 (December 22, New York time)": a Seoul press release dates the
// vote by Seoul's calendar and glosses it with the reference date. "The limits begin to apply
// seven years from the date the treaty entered into force, on 5 February 2018": the date is
// the end of the period, not the entry into force. Neither is a claim about the event's date.
import type { DateMention } from './dates.js';
import { NUMBER_WORD } from './numbers.js';

// ", New York time", "(Seoul time)", " KST": the zone a date is written in.
const ZONE_AFTER = /^\s*[,(]?\s*(?:((?:\p{Lu}[\p{L}.]*\s+){1,2})time\b|(local time)\b|(KST|JST|EST|EDT|PST|PDT|GMT|UTC|CET|CEST|MSK)\b)/u;
// The zone an instrument's date is recorded in: where it happened ("local"), or New York for
// the United Nations, whose resolutions the fact base dates by the day of the vote there.
const REFERENCE_ZONE = /^(?:New York|local time|EST|EDT)$/;

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
 * zone that is not the reference one ("Seoul time"), or glossed in parentheses by the
 * reference date itself ("December 23 (December 22, New York time)").
 */
export function inAnotherZone(text: string, date: DateMention, dates: readonly DateMention[]): boolean {
  const zone = zoneOf(text, date);
  if (zone !== undefined) return !REFERENCE_ZONE.test(zone);
  const gloss = dates.find((d) => d.start > date.end && /^\s*\(\s*$/.test(text.slice(date.end, d.start)));
  const glossZone = gloss && zoneOf(text, gloss);
  return glossZone !== undefined && REFERENCE_ZONE.test(glossZone);
}

/** Whether the event word before `at` names the start of a period whose end is dated ("seven years from the date the treaty entered into force, on …"). */
export function endOfPeriod(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 120), at);
  return /\s(?:from|after|following)\s/.test(before) && OFFSET_BEFORE.test(before);
}

/** Whether a date is one end of a period written as two dates ("March 1993 – June 1993", "1994 to 2003"). */
export function inPeriod(text: string, date: DateMention, dates: readonly DateMention[]): boolean {
  const joint = /^\s*(?:[–—-]|to|until|through)\s*$/;
  return dates.some((d) => d !== date && (joint.test(text.slice(date.end, d.start)) || joint.test(text.slice(d.end, date.start))));
}

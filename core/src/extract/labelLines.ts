// Infobox and fact-sheet lines: "Signed: 14 February 1950", "**Entered into force:** 11 April
// 1950", "Location Moscow" (encyclopaedia infoboxes copied as text). The label is the event and
// the value its date or place; the subject is the instrument the brief is about at that point.
// Only a line that is nothing but a label and its value is read, so prose is never mistaken for one.
import type { FactBase } from '../facts/factBase.js';
import type { Claim, DateEvent } from './claims.js';
import { findDates } from './dates.js';
import { antecedentOf } from './antecedent.js';
import { findMentions, type InstrumentMention, type PlaceMention } from './mentions.js';
import type { Span } from './sentences.js';

type LabelEvent = Extract<DateEvent, 'signed' | 'entryIntoForce' | 'end' | 'adopted'> | 'place' | 'location' | 'date';

const LABELS: [RegExp, LabelEvent][] = [
  [/^(?:date (?:of )?sign(?:ed|ing|ature)|sign(?:ing|ature) date|signed(?: on)?|signature)$/i, 'signed'],
  [/^(?:(?:date )?effective(?: date)?|entered into force|entry into force(?: date)?|date of entry into force|in force since|in effect since|came into force)$/i, 'entryIntoForce'],
  [/^(?:expir(?:y|ed|ation)(?: date)?|date of expiry|terminated|termination|ended)$/i, 'end'],
  [/^(?:location (?:of )?sign(?:ing|ed|ature)|place (?:of )?sign(?:ing|ed|ature)|sign(?:ing|ature) (?:location|place)|signed (?:at|in))$/i, 'place'],
  [/^(?:adopted(?: on)?|date (?:of )?adoption|adoption date)$/i, 'adopted'],
  // A bare "Date" is the adoption of a resolution ("Resolution 2371 / Date 5 August 2017").
  [/^date$/i, 'date'],
  // A bare "Location" is the signing place only in an infobox that also gives "Signed".
  [/^location$/i, 'location'],
];

const LABEL_WORD = /sign|effective|force|expir|terminat|ended|location|place|adopt|date/i;

// Label, then a colon, bar, tab or dash (Markdown emphasis allowed around the label), then the value;
// or, as infoboxes are copied, the label and a value that starts with a digit or a capital
// (unless a colon follows soon: "Signed On: July 16, 1961" is labelled "Signed On"), after a
// space or glued to it, as encyclopaedia infoboxes paste ("Signed14 February 1950",
// "LocationMoscow, Soviet Union").
const LINE = /^[ \t>*_-]*([A-Za-z][A-Za-z ]{3,30}?)[ \t*_]*(?:[:：|][ \t*_]*|\t+[ \t*_]*|(?: |(?<=[a-z]))(?=[\d\p{Lu}])(?![^:：|]{0,12}[:：|]))(\S.*?)[ \t*_]*$/du;

/** Whether a text is one of the labels an infobox gives a date or place ("Signed", "Location signed"). */
export function isLabel(text: string): boolean {
  return labelEvent(text) !== undefined;
}

/** The event an infobox label names ("Signed": signed), or undefined when the text is no label. */
function labelEvent(text: string): LabelEvent | undefined {
  const label = text.trim().replace(/^[*_]+|[*_:：]+$/g, '').trim();
  return LABELS.find(([re]) => re.test(label))?.[1];
}

/**
 * Whether a block holds a "Signed" label: a line, or a table cell ("| Signed | 8 September
 * 1951 |" reaches here with its bars and line ends blanked, so cells are parted by spaces).
 */
function signedRowIn(text: string): boolean {
  return text.split(/[\r\n|\t]| {2,}/).some((cell) => labelEvent(cell.trim().replace(/^[>-]+/, '')) === 'signed');
}

export interface LabelLineContext {
  text: string;
  sentence: Span;
  places: readonly PlaceMention[];
  instruments: readonly InstrumentMention[];
  /** Instruments named before this sentence (and the brief's topic): what its lines are about. */
  previous: readonly InstrumentMention[];
  facts: FactBase;
}

/** Claims of the label lines in this sentence; undefined when it has no label line. */
export function labelLineClaims(ctx: LabelLineContext): Claim[] | undefined {
  const { text, sentence } = ctx;
  // Most sentences hold no label word at all: not worth reading line by line.
  if (!LABEL_WORD.test(text.slice(sentence.start, sentence.end))) return undefined;
  const claims: Claim[] = [];
  let found = false;
  // Lines end in LF, CRLF or a lone CR: all three are read alike.
  const lines = [...text.slice(sentence.start, sentence.end).matchAll(/[^\r\n]+/g)].map((l) => {
    // A long line with no separator near its start is prose (its value would be far over 40
    // characters, below): not worth the line pattern, which is slow on long lines.
    let m = l[0].length > 120 && !/[:：|\t]/.test(l[0].slice(0, 60)) ? null : LINE.exec(l[0]);
    // A label followed by its value after a mere space ("Location Moscow") is an infobox line
    // only while the value is short: "Signed in Pyongyang on 19 June 2024, the treaty has 23
    // articles" is a sentence.
    if (m && !/[:：|\t]/.test(l[0].slice(0, m.indices![2][0])) && (m[2].length > 40 || /[,;]\s+\p{Ll}/u.test(m[2]))) m = null;
    return { start: sentence.start + l.index, m, event: m ? labelEvent(m[1]) : undefined };
  });
  // An infobox: a "Signed" line in this sentence or, for a table's rows, anywhere in the block.
  const infobox = lines.some((l) => l.event === 'signed') || (lines.some((l) => l.event === 'location') && signedRowIn(text));
  for (const { start, m, event: labelled } of lines) {
    if (!m || !labelled) continue;
    found = true;
    const event = labelled === 'location' ? (infobox ? 'place' : undefined) : labelled;
    if (!event) continue;
    const [valueFrom, valueTo] = m.indices![2];
    const span = { start: start + valueFrom, end: start + valueTo };
    // A line that names an instrument of its own is prose, or another instrument's row.
    if (ctx.instruments.some((i) => i.start < span.end && i.end > start)) continue;
    // The subject: the instrument named last, before the sentence or on a line above this one
    // ("North Atlantic Treaty authentication page" over "Signed 4 April 1949").
    const subject = antecedentOf([...ctx.previous, ...ctx.instruments.filter((i) => i.start >= sentence.start && i.end <= start)], text)?.ids[0];
    if (!subject) continue;
    const kind = ctx.facts.instruments.get(subject)?.kind;
    if (event === 'date' && kind !== 'resolution' && kind !== 'draft-resolution') continue;
    const via = { how: 'coreference' as const, text: '' };
    // A value glued to its label ("Signed14 February 1950") is read as if a space stood
    // between them: the label's last letter is blanked in a copy of the same length, so
    // every offset still points into the brief.
    const glued = /\p{L}/u.test(text[span.start - 1] ?? '');
    const source = glued ? `${text.slice(0, span.start - 1)} ${text.slice(span.start)}` : text;
    if (event === 'place') {
      const places = glued ? findMentions(source, span.start, span.end, ctx.facts).places : ctx.places;
      const place = places.find((p) => p.start === span.start);
      if (place) claims.push({ kind: 'place', instrument: subject, place, event: 'signed', via });
      continue;
    }
    // The value must be a date and nothing else ("14 February 1950", "14 February 1950; 74 years ago").
    const dates = findDates(source, span.start, span.end);
    // Infoboxes echo the date in ISO form ("14 February 1950 (1950-02-14)"): the echo must agree.
    const echoes = dates.slice(1).every((d) => JSON.stringify(d.value) === JSON.stringify(dates[0].value));
    if (dates.length === 0 || !echoes || dates[0].start !== span.start || !/^\s*(?:$|[;(,[])/.test(text.slice(dates[0].end, span.end))) continue;
    claims.push({ kind: 'date', event: event === 'date' ? 'adopted' : event, instrument: subject, date: dates[0], via });
  }
  return found ? claims : undefined;
}

// Judges the place an instrument was signed.
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import type { Finding } from '../finding.js';
import { nameKey, normalizeName } from '../text/normalize.js';
import { byFullTitle, firstSource, indefiniteDescription, judgeDate, type CheckContext } from './context.js';
import { findDates } from '../extract/dates.js';
import { mayCrossSentence } from '../extract/sentences.js';
import { chainOf } from '../facts/successors.js';
import type { Instrument } from '../facts/types.js';
import { displayName } from './naming.js';
import { VENUE_CITIES } from '../extract/places.js';

type PlaceClaim = Extract<Claim, { kind: 'place' }>;

/** "Washington, D.C." agrees with "Washington"; "Moscow" with "Moscow (the Kremlin)"; "the Kremlin" with "Moscow". */
function placesAgree(claimed: string, known: string): boolean {
  const a = normalizeName(claimed);
  const b = normalizeName(known);
  if (!a || !b) return false;
  if (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `) || b.includes(` ${a}`) || b.split(' ').includes(a)) return true;
  const city = CITY_OF_VENUE.get(a.replace(/^the /, ''));
  return city !== undefined && placesAgree(city, known);
}

const CITY_OF_VENUE = new Map([...VENUE_CITIES].map(([venue, city]) => [normalizeName(venue), city]));

/**
 * "the U.S.-Japan Security Treaty" also names the 1951 treaty: the place is left alone when it
 * may be right for another instrument the name fits (or one whose place is unknown). A place
 * wrong for all of them ("the Russia-North Korea treaty was signed in Vladivostok") is an error.
 */
function mayMeanAnother(text: string, id: string, claimed: string, event: PlaceClaim['event'], ctx: CheckContext): boolean {
  return ctx.facts.index.sharingWords(nameKey(text), id).some((other) => {
    const instrument = ctx.facts.instruments.get(other);
    const place = event === 'exchange' ? instrument?.exchangeOfInstruments?.place : instrument?.signed?.place;
    const known = place ? [place.value, ...(place.readings?.map((r) => r.value) ?? []), ...(place.alternatives ?? [])].filter((v): v is string => typeof v === 'string') : [];
    return known.length === 0 || known.some((k) => placesAgree(claimed, k));
  });
}

/**
 * A name shared along a chain of replacements, with the place and the date of the other
 * treaty in the chain: "The 'U.S.-Japan Security Treaty' is a … treaty signed … in San
 * Francisco on September 8, 1951" is the 1951 treaty, which the 1960 one (the name's owner)
 * replaced. Only with both: a place alone would excuse "Moscow" for any Russian treaty's chain.
 */
function datedForItsChain(claim: PlaceClaim, instrument: Instrument, ctx: CheckContext): boolean {
  if (byFullTitle(claim.via, instrument)) return false;
  const from = Math.max(0, claim.place.start - 200);
  const dates = findDates(ctx.text, from, Math.min(ctx.text.length, claim.place.end + 60))
    .filter((d) => !mayCrossSentence(ctx.text.slice(Math.min(d.end, claim.place.end), Math.max(d.start, claim.place.start))));
  if (dates.length === 0) return false;
  return chainOf(ctx.facts, instrument.id).some((id) => {
    const other = ctx.facts.instruments.get(id);
    const date = other?.signed?.date;
    if (!date || !knownPlaces(other, 'signed').some((k) => placesAgree(claim.place.name, k))) return false;
    return dates.some((d) => d.value.year !== undefined && judgeDate(d.value, d.rangeEnd, [date]).verdict === 'consistent');
  });
}

function knownPlaces(instrument: Instrument | undefined, event: PlaceClaim['event']): string[] {
  const place = event === 'exchange' ? instrument?.exchangeOfInstruments?.place : instrument?.signed?.place;
  return place ? [place.value, ...(place.readings?.map((r) => r.value) ?? []), ...(place.alternatives ?? [])].filter((v): v is string => typeof v === 'string') : [];
}

export function checkPlaceClaim(claim: PlaceClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const place = claim.event === 'exchange' ? instrument?.exchangeOfInstruments?.place : instrument?.signed?.place;
  const what = claim.event === 'exchange' ? 'instruments of ratification were exchanged' : 'was signed';
  if (!instrument || !place) return [];
  const claimed = claim.place.name;
  const readings = place.readings?.map((r) => r.value) ?? [];
  const known = knownPlaces(instrument, claim.event);
  if (known.some((k) => placesAgree(claimed, k))) {
    if (place.status !== undefined && !place.value) {
      return [{ start: claim.place.start, end: claim.place.end, instrument: instrument.id, code: DiagnosticCode.disputed, severity: 'information', message: `Where the ${displayName(instrument)} ${what} is not settled in the fact base: ${readings.join(' or ')}.`, fixes: [] }];
    }
    return [];
  }
  const base = { start: claim.place.start, end: claim.place.end, instrument: instrument.id };
  if (claim.via?.how === 'name' && mayMeanAnother(claim.via.text, instrument.id, claimed, claim.event, ctx)) return [];
  if (claim.event === 'signed' && datedForItsChain(claim, instrument, ctx)) return [];
  // "A treaty between the US and the USSR was signed in Moscow": perhaps one the fact base does not hold.
  if (indefiniteDescription(claim.via)) return [];
  if (place.status !== undefined || !place.value) {
    return [{ ...base, code: DiagnosticCode.disputed, severity: 'information', message: `Where the ${displayName(instrument)} ${what} is not settled in the fact base${readings.length ? `: ${readings.join(' or ')}` : ''}.`, fixes: [] }];
  }
  const source = firstSource(instrument, place.sources);
  // "in the Kremlin" becomes "in Moscow": the article goes with the venue.
  const article = CITY_OF_VENUE.has(normalizeName(claimed)) ? /\bthe\s+$/i.exec(ctx.text.slice(Math.max(0, claim.place.start - 4), claim.place.start)) : null;
  const editStart = article && !/^the\s/i.test(place.value) ? claim.place.start - article[0].length : claim.place.start;
  return [{
    ...base,
    start: editStart,
    code: claim.event === 'exchange' ? DiagnosticCode.ratified : DiagnosticCode.signedPlace,
    severity: 'error',
    message: `${claim.event === 'exchange' ? `The instruments of ratification of the ${displayName(instrument)} were exchanged` : `The ${displayName(instrument)} was signed`} in ${place.value}, not ${article ? 'the ' : ''}${claimed.replace(/\.$/, '')}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: place.value,
    fixes: [{ title: `Change to "${place.value}"`, edits: [{ start: editStart, end: claim.place.end, newText: place.value }] }],
    source,
  }];
}

// What every check receives, and the helpers they share for turning facts into verdicts.
import { nameKey } from '../text/normalize.js';
import type { FactBase } from '../facts/factBase.js';
import { datesAgree, earliestOrdinal, formatDate, latestOrdinal, parseIsoDate, type DateValue } from '../facts/isoDate.js';
import type { Fact, Instrument, Source } from '../facts/types.js';

export interface CheckContext {
  facts: FactBase;
  /** The block's prose, for rendering fixes like the author's text. */
  text: string;
  /** Report claims that agree with the fact base as hints. */
  reportConsistent?: boolean;
  /** Instruments named in the paragraph being checked: the ones a loose reference may mean. */
  nearby?: ReadonlySet<string>;
  /** ISO date at which status claims are judged. */
  asOf: string;
}

export function firstSource(instrument: Instrument, keys: readonly string[] | undefined): Source | undefined {
  for (const key of keys ?? []) {
    const source = instrument.sources[key];
    if (source) return source;
  }
  return Object.values(instrument.sources)[0];
}

export type DateVerdict =
  | { verdict: 'consistent' }
  | { verdict: 'uncertain'; message: string }
  /** `latest`: the sources disagree within a range, and every reading lies between `expected` and it. */
  | { verdict: 'contradicted'; expected: DateValue; latest?: DateValue; sources?: string[] }
  | { verdict: 'none' };

/** A claimed date against one or more candidate facts (any agreeing one makes it right). */
export function judgeDate(claimed: DateValue, rangeEnd: DateValue | undefined, candidates: readonly Fact<string>[], preferred?: Fact<string>): DateVerdict {
  const verified: { date: DateValue; sources?: string[]; fact: Fact<string> }[] = [];
  const disputed: string[] = [];
  const unverified: string[] = [];
  let disputedAgrees = false;
  let unverifiedAgrees = false;
  let outsideEveryRange = true;
  let anyRange = false;
  const agrees = (d: DateValue) => (rangeEnd
    ? earliestOrdinal(d) >= earliestOrdinal(claimed) && latestOrdinal(d) <= latestOrdinal(rangeEnd)
    : datesAgree(claimed, d));
  for (const fact of candidates) {
    if (fact.value !== undefined && fact.status === undefined) {
      const d = parseIsoDate(fact.value);
      if (d) verified.push({ date: d, sources: fact.sources, fact });
      continue;
    }
    const readings = fact.readings?.map((r) => r.value) ?? (fact.value !== undefined ? [fact.value] : []);
    const agreeing = readings.some((r) => { const d = parseIsoDate(r); return d !== undefined && agrees(d); });
    if (fact.status === 'disputed') {
      disputed.push(`sources disagree: ${readings.map((r) => formatDate(parseIsoDate(r) ?? {})).join(' or ')}`);
      disputedAgrees ||= agreeing;
    } else {
      unverified.push(`not verified${fact.value ? ` (${formatDate(parseIsoDate(fact.value) ?? {})})` : ''}`);
      unverifiedAgrees ||= agreeing;
    }
    if (fact.range) {
      anyRange = true;
      const lo = parseIsoDate(fact.range.earliest);
      const hi = parseIsoDate(fact.range.latest);
      if (lo && hi && latestOrdinal(claimed) >= earliestOrdinal(lo) && earliestOrdinal(claimed) <= latestOrdinal(hi)) outsideEveryRange = false;
    } else {
      outsideEveryRange = false;
    }
  }
  if (verified.some((v) => agrees(v.date))) return { verdict: 'consistent' };
  // A claim that agrees with a single-source value is not worth a word; a disputed one is.
  if (disputedAgrees) return { verdict: 'uncertain', message: disputed.join('; ') };
  if (unverifiedAgrees) return { verdict: 'consistent' };
  if (disputed.length + unverified.length > 0 && verified.length === 0) {
    if (anyRange && outsideEveryRange) {
      const fact = candidates.find((c) => c.range)!;
      return { verdict: 'contradicted', expected: parseIsoDate(fact.range!.earliest)!, latest: parseIsoDate(fact.range!.latest), sources: fact.readings?.flatMap((r) => r.sources) };
    }
    return { verdict: 'uncertain', message: [...disputed, ...unverified].join('; ') };
  }
  if (verified.length === 0) return { verdict: 'none' };
  const preferredDate = preferred?.value !== undefined && preferred.status === undefined ? verified.find((v) => v.fact === preferred) : undefined;
  if (preferredDate) return { verdict: 'contradicted', expected: preferredDate.date, sources: preferredDate.sources };
  // The author most likely got one part wrong: prefer the date that shares the most parts,
  // then the nearest one.
  // Parts both dates have: a month-precision fact does not "share" the claim's missing day.
  const same = (a: number | undefined, b: number | undefined) => Number(a !== undefined && a === b);
  const shared = (d: DateValue) => same(d.year, claimed.year) + same(d.month, claimed.month) + same(d.day, claimed.day);
  // A date without a year ("November 19") is taken in each candidate's year.
  const distance = (d: DateValue) => Math.abs(earliestOrdinal(d) - earliestOrdinal(claimed.year === undefined ? { ...claimed, year: d.year } : claimed));
  const best = [...verified].sort((a, b) => shared(b.date) - shared(a.date) || distance(a.date) - distance(b.date))[0];
  return { verdict: 'contradicted', expected: best.date, sources: best.sources };
}

/** A description with an indefinite article ("a treaty between the US and the USSR"): any treaty of theirs, perhaps one the fact base does not hold. */
export function indefiniteDescription(via: { how: string; text: string } | undefined): boolean {
  return via?.how === 'descriptor' && /^an?\s/i.test(via.text);
}

/** Whether a claim reaches its instrument by the instrument's full title (not a name it may share along its chain of replacements). */
export function byFullTitle(via: { how: string; text: string } | undefined, instrument: Instrument): boolean {
  return via?.how === 'name' && nameKey(via.text).join(' ') === nameKey(instrument.title).join(' ');
}

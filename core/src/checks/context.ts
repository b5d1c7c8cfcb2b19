// What every check receives, and the helpers they share for turning facts into verdicts.
import type { FactBase } from '../facts/factBase.js';
import { datesAgree, earliestOrdinal, formatDate, latestOrdinal, parseIsoDate, type DateValue } from '../facts/isoDate.js';
import type { Fact, Instrument, Source } from '../facts/types.js';
import type { Finding } from '../finding.js';

export interface CheckContext {
  facts: FactBase;
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

export function sourceList(instrument: Instrument, keys: readonly string[] | undefined): string {
  return (keys ?? []).map((k) => instrument.sources[k]?.title).filter(Boolean).slice(0, 2).join('; ');
}

export type DateVerdict =
  | { verdict: 'consistent' }
  | { verdict: 'uncertain'; message: string }
  | { verdict: 'contradicted'; expected: DateValue; sources?: string[] }
  | { verdict: 'none' };

/** A claimed date against one or more candidate facts (any agreeing one makes it right). */
export function judgeDate(claimed: DateValue, rangeEnd: DateValue | undefined, candidates: readonly Fact<string>[], contextYear?: number): DateVerdict {
  const verified: { date: DateValue; sources?: string[] }[] = [];
  const uncertain: string[] = [];
  let uncertainAgrees = false;
  let outsideEveryRange = true;
  let anyRange = false;
  const claim = claimed.year === undefined && contextYear !== undefined ? { ...claimed } : claimed;
  const agrees = (d: DateValue) => {
    if (rangeEnd) return earliestOrdinal(d) >= earliestOrdinal(claim) && latestOrdinal(d) <= latestOrdinal(rangeEnd) || datesAgree({ ...claim, day: undefined }, d) && (d.day === undefined);
    return datesAgree(claim, d);
  };
  for (const fact of candidates) {
    if (fact.value !== undefined && fact.status === undefined) {
      const d = parseIsoDate(fact.value);
      if (d) verified.push({ date: d, sources: fact.sources });
    } else {
      const readings = fact.readings?.map((r) => r.value) ?? (fact.value !== undefined ? [fact.value] : []);
      uncertain.push(fact.status === 'disputed' ? `sources disagree: ${readings.join(' or ')}` : `not verified${fact.value ? ` (${fact.value})` : ''}`);
      if (readings.some((r) => { const d = parseIsoDate(r); return d !== undefined && agrees(d); })) uncertainAgrees = true;
      if (fact.range) {
        anyRange = true;
        const lo = parseIsoDate(fact.range.earliest);
        const hi = parseIsoDate(fact.range.latest);
        if (lo && hi && latestOrdinal(claim) >= earliestOrdinal(lo) && earliestOrdinal(claim) <= latestOrdinal(hi)) outsideEveryRange = false;
      } else {
        outsideEveryRange = false;
      }
    }
  }
  if (verified.some((v) => agrees(v.date))) return { verdict: 'consistent' };
  if (uncertain.length > 0 && (uncertainAgrees || verified.length === 0)) {
    if (anyRange && outsideEveryRange && verified.length === 0) {
      const fact = candidates.find((c) => c.range)!;
      return { verdict: 'contradicted', expected: parseIsoDate(fact.range!.earliest)!, sources: fact.readings?.flatMap((r) => r.sources) };
    }
    return { verdict: 'uncertain', message: uncertain.join('; ') };
  }
  if (verified.length === 0) return { verdict: 'none' };
  // The nearest verified date is the one the author most likely meant.
  const target = earliestOrdinal(claim);
  const best = [...verified].sort((a, b) => Math.abs(earliestOrdinal(a.date) - target) - Math.abs(earliestOrdinal(b.date) - target))[0];
  return { verdict: 'contradicted', expected: best.date, sources: best.sources };
}

export function describeDate(d: DateValue): string {
  return formatDate(d);
}

export type FindingDraft = Omit<Finding, 'severity'> & { severity?: Finding['severity'] };

// Judges "2021 marks the 65th anniversary of the signing of …": the year less the ordinal is
// the signing's year (or, for "the anniversary of the treaty", its entry into force's).
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import { parseIsoDate } from '../facts/isoDate.js';
import type { Fact } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { firstSource, type CheckContext } from './context.js';
import { displayName } from './naming.js';

type AnniversaryClaim = Extract<Claim, { kind: 'anniversary' }>;

/** The year of a settled date fact; none for a disputed or unverified one. */
function settledYear(fact: Fact<string> | undefined): number | undefined {
  return fact?.value !== undefined && fact.status === undefined ? parseIsoDate(fact.value)?.year : undefined;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function checkAnniversaryClaim(claim: AnniversaryClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const signedFact = instrument?.signed?.date ?? instrument?.adopted?.date;
  const signed = settledYear(signedFact);
  if (!instrument || signed === undefined) return [];
  const { year, ordinal: n, start, end, signing } = claim.anniversary;
  const fitting = [signed, ...(signing ? [] : [settledYear(instrument.entryIntoForce?.date)])].filter((y): y is number => y !== undefined);
  if (fitting.some((y) => year - y === n)) return [];
  // An entry into force the sources disagree on: the plain anniversary may be counted from it.
  if (!signing && instrument.entryIntoForce?.date && settledYear(instrument.entryIntoForce.date) === undefined) return [];
  const right = year - signed;
  if (right <= 0) return [];
  const source = firstSource(instrument, signedFact?.sources);
  const written = ctx.text.slice(start, end);
  const newText = /[A-Z]{2}$/.test(written) ? ordinal(right).toUpperCase() : ordinal(right);
  return [{
    start, end, instrument: instrument.id,
    code: DiagnosticCode.signedDate,
    severity: 'error',
    message: `The ${displayName(instrument)} was signed in ${signed}: ${year} marks its ${ordinal(right)} anniversary, not its ${ordinal(n)}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: ordinal(right),
    fixes: [{ title: `Change to "${newText}"`, edits: [{ start, end, newText }] }],
    source,
  }];
}

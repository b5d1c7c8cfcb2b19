// Judges the term an instrument was concluded for ("the 20-year treaty").
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import type { Finding } from '../finding.js';
import { firstSource, type CheckContext } from './context.js';
import { displayName } from './naming.js';
import { wrongNumber } from './wrongNumber.js';

type TermClaim = Extract<Claim, { kind: 'term' }>;

export function checkTerm(claim: TermClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const fact = instrument?.term;
  if (!instrument || !fact) return [];
  const claimed = claim.term.years;
  const base = { start: claim.term.numberSpan.start, end: claim.term.numberSpan.end, instrument: instrument.id };
  const readings = fact.readings?.map((r) => r.value) ?? [];
  if (fact.value === claimed || readings.includes(claimed)) return [];
  if (fact.status !== undefined || fact.value === undefined) {
    const known = readings.length > 0 ? readings.join(' or ') : fact.value !== undefined ? `${fact.value}, from a single source` : undefined;
    if (!known) return [];
    return [{ ...base, code: DiagnosticCode.disputed, severity: 'information', message: `The term of the ${displayName(instrument)} is not settled in the fact base (${known} years).`, fixes: [] }];
  }
  const message = `The ${displayName(instrument)} was concluded for ${fact.value} years, not ${claimed}.${fact.note ? ` ${fact.note}` : ''}`;
  return [wrongNumber(base, DiagnosticCode.term, message, fact.value, claim.text, firstSource(instrument, fact.sources))];
}

// Judges "remains in force" / "is no longer in force" at the brief's as-of date.
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import { earliestOrdinal, formatDate, parseIsoDate } from '../facts/isoDate.js';
import type { Instrument, StatusEntry } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { firstSource, type CheckContext } from './context.js';
import { displayName } from './naming.js';

type StatusClaim = Extract<Claim, { kind: 'status' }>;

const IN_FORCE = new Set(['in-force']);
const NOT_IN_FORCE = new Set(['terminated', 'expired', 'superseded', 'defunct', 'vetoed']);

/** The status entry in effect at `asOf`; undefined when a date it depends on is uncertain. */
export function statusAt(instrument: Instrument, asOf: string): { entry?: StatusEntry; uncertain: boolean } {
  const at = earliestOrdinal(parseIsoDate(asOf) ?? {});
  let current: StatusEntry | undefined;
  let uncertain = false;
  for (const entry of instrument.status ?? []) {
    const from = entry.from;
    if (!from) {
      current = entry;
      continue;
    }
    const dates = (from.value ? [from.value] : from.readings?.map((r) => r.value) ?? []).map((v) => parseIsoDate(v)).filter((d) => d !== undefined);
    if (dates.length === 0) {
      uncertain = true;
      continue;
    }
    const started = dates.map((d) => earliestOrdinal(d) <= at);
    if (started.every(Boolean)) current = entry;
    else if (started.some(Boolean)) uncertain = true;
  }
  return { entry: current, uncertain };
}

export function checkStatusClaim(claim: StatusClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  if (!instrument?.status?.length) return [];
  const { entry, uncertain } = statusAt(instrument, ctx.asOf);
  if (!entry || uncertain) return [];
  const inForce = IN_FORCE.has(entry.status);
  // Signed but not yet in force: "is in force" is wrong, "no longer in force" is not ours to judge.
  const ended = NOT_IN_FORCE.has(entry.status) || (entry.status === 'signed' && claim.positive);
  if (!inForce && !ended) return [];
  if (claim.positive === inForce) return [];
  const since = entry.from?.value ? parseIsoDate(entry.from.value) : undefined;
  const sinceText = since ? formatDate(since) : undefined;
  const source = firstSource(instrument, entry.sources);
  const verb = entry.status === 'superseded' ? 'was superseded' : entry.status === 'defunct' ? 'became defunct' : entry.status === 'signed' ? 'had been signed but was not yet in force' : entry.status;
  const actual = inForce ? 'remains in force' : entry.status === 'signed' ? verb : `${verb}${sinceText ? ` ${since?.day !== undefined ? 'on' : 'in'} ${sinceText}` : ''}`;
  const newText = inForce ? 'remains in force' : entry.status === 'signed' ? 'not yet in force' : actual;
  return [{
    start: claim.start, end: claim.end, instrument: instrument.id,
    code: DiagnosticCode.status,
    severity: 'error',
    message: `As of ${ctx.asOf}, the ${displayName(instrument)} ${inForce ? 'is in force' : actual}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: inForce ? 'in force' : actual,
    fixes: [{ title: `Change to "${newText}"`, edits: [{ start: claim.start, end: claim.end, newText }] }],
    source,
  }];
}

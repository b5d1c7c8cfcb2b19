// Judges dates bound to an instrument's events: signing, adoption, ratification, entry
// into force, withdrawal, end and suspension.
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import { earliestOrdinal, formatDate, latestOrdinal, parseIsoDate } from '../facts/isoDate.js';
import type { Fact, Instrument } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { renderDateLike } from '../render/dateStyle.js';
import { byFullTitle, firstSource, judgeDate, type CheckContext } from './context.js';
import { relatedParties } from '../extract/descriptors.js';
import { nameKey } from '../text/normalize.js';
import { isMultilateral } from '../facts/multilateral.js';
import { chainOf } from '../facts/successors.js';
import { indefiniteDescription } from './context.js';
import { capitalized, displayName, eventLabel, partyInProse } from './naming.js';

type DateClaim = Extract<Claim, { kind: 'date' }>;

const CODES = {
  signed: DiagnosticCode.signedDate,
  adopted: DiagnosticCode.adoptedDate,
  vetoed: DiagnosticCode.adoptedDate,
  entryIntoForce: DiagnosticCode.entryIntoForce,
  ratified: DiagnosticCode.ratified,
  exchange: DiagnosticCode.ratified,
  withdrawal: DiagnosticCode.withdrawal,
  end: DiagnosticCode.status,
  suspension: DiagnosticCode.status,
} as const;

const ENDED = new Set(['terminated', 'expired', 'superseded', 'defunct']);

function candidates(claim: DateClaim, instrument: Instrument, ctx: CheckContext): Fact<string>[] {
  const facts: (Fact<string> | undefined)[] = [];
  switch (claim.event) {
    case 'signed':
      facts.push(instrument.signed?.date ?? instrument.adopted?.date);
      break;
    case 'adopted':
      facts.push(instrument.adopted?.date ?? instrument.signed?.date);
      break;
    case 'vetoed':
      // A vetoed draft's date is its vote's; no other instrument was vetoed.
      if (instrument.status?.some((s) => s.status === 'vetoed')) facts.push(instrument.adopted?.date);
      break;
    case 'entryIntoForce':
      facts.push(instrument.entryIntoForce?.date);
      break;
    case 'exchange':
      facts.push(instrument.exchangeOfInstruments?.date);
      break;
    case 'ratified':
      // "Kazakhstan ratified the NPT in 1994": a multilateral instrument's ratifications are
      // one party's each, and the fact base holds few of them; without a known party, none is meant.
      if (!claim.party && isMultilateral(instrument)) break;
      for (const r of instrument.ratifications ?? []) {
        if (claim.party && !sameParty(ctx, r.party, claim.party)) continue;
        facts.push(r.date, ...(r.steps ?? []).map((s) => s.date));
      }
      // Briefs often call the exchange of instruments (entry into force) "ratification": not wrong enough to flag.
      if (facts.length > 0) facts.push(instrument.exchangeOfInstruments?.date, instrument.entryIntoForce?.date);
      break;
    case 'withdrawal':
      for (const w of instrument.withdrawals ?? []) {
        if (claim.party && !sameParty(ctx, w.party, claim.party)) continue;
        facts.push(w.announced, w.effective);
      }
      break;
    case 'end':
      for (const s of instrument.status ?? []) if (ENDED.has(s.status)) facts.push(s.from);
      break;
    case 'suspension':
      for (const s of instrument.suspensions ?? []) if (!claim.party || sameParty(ctx, s.party, claim.party)) facts.push(s.date);
      for (const s of instrument.status ?? []) if (s.status === 'suspended' || s.status === 'partially-suspended') facts.push(s.from);
      break;
  }
  return facts.filter((f): f is Fact<string> => f !== undefined);
}

/**
 * When the brief names the body ("the Federation Council ratified"), its step is the expected
 * date; when it names only the party ("ratified by the United States"), the party's completion,
 * not the exchange of instruments or another party's date that lies nearer.
 */
function preferredFact(claim: DateClaim, instrument: Instrument, ctx: CheckContext): Fact<string> | undefined {
  if (claim.event !== 'ratified') return undefined;
  if (!claim.body) return claim.party ? instrument.ratifications?.find((r) => sameParty(ctx, r.party, claim.party!))?.date : undefined;
  const body = claim.body.toLowerCase();
  for (const r of instrument.ratifications ?? []) {
    if (claim.party && r.party !== claim.party) continue;
    const step = r.steps?.find((s) => s.step.toLowerCase().includes(body) || body.includes(s.step.toLowerCase()));
    if (step) return step.date;
  }
  return undefined;
}

/**
 * "The U.S.-Japan Security Treaty was signed on September 8, 1951" names the 1960 treaty
 * by a name the 1951 one shares. When the instrument was named loosely (by reference or by
 * a name a sibling also carries) and a sibling with a common party has exactly the claimed
 * date for the same event, the author most likely meant the sibling: say nothing.
 */
function siblingAgrees(claim: DateClaim, instrument: Instrument, ctx: CheckContext): boolean {
  const via = claim.via;
  // References and descriptions without a year are loose; a name or "the 1961 treaty" is not.
  const loose = !via || via.how === 'coreference' || (via.how === 'descriptor' && !/\b(?:1[89]|20)\d\d\b/.test(via.text));
  const own = new Set(instrument.parties?.value ?? []);
  // Loose references may mean an instrument the paragraph names; names may mean one that shares them.
  const pool = loose ? [...(ctx.nearby ?? [])] : via ? ctx.facts.index.sharingWords(nameKey(via.text), instrument.id) : [];
  // Any reference but the full title may mean the instrument it replaced or that replaced it
  // ("the U.S.-Japan Mutual Security Treaty was signed on Sept. 8, 1951": the 1951 treaty).
  // Only a date with its year or its day: "in July" would fit some instrument of a long chain.
  const byTitle = byFullTitle(via, instrument);
  const precise = claim.date.value.year !== undefined || claim.date.value.day !== undefined;
  const chain = byTitle || !precise ? [] : chainOf(ctx.facts, instrument.id);
  for (const otherId of new Set([...pool, ...chain])) {
    const other = ctx.facts.instruments.get(otherId);
    if (!other || other.id === instrument.id) continue;
    const shares = (other.parties?.value ?? []).some((p) => [...own].some((o) => sameParty(ctx, o, p)));
    if (!shares) continue;
    const facts = candidates(claim, other, ctx);
    if (facts.length > 0 && judgeDate(claim.date.value, claim.date.rangeEnd, facts).verdict === 'consistent') return true;
  }
  return false;
}

/** Russia continues the USSR: a party and its predecessor are the same party here. */
export function sameParty(ctx: CheckContext, a: string, b: string): boolean {
  return relatedParties(ctx.facts, a, b);
}

/**
 * A party's ratification whose completion the fact base does not date (Iran's of the Russia-Iran
 * treaty: the Majlis vote is dated, the Guardian Council's approval is not): any day from its
 * first dated step on may be the one a brief means ("Iran ratified the treaty in June 2025").
 */
function completionUndated(claim: DateClaim, instrument: Instrument, ctx: CheckContext): boolean {
  // A body named in the sentence ("approved by the State Duma on April 9") has its own dated step.
  if (claim.event !== 'ratified' || claim.bodyActs || claim.body !== undefined) return false;
  return (instrument.ratifications ?? []).some((r) => {
    if (claim.party && !sameParty(ctx, r.party, claim.party)) return false;
    if (r.date?.value !== undefined && r.date.status === undefined) return false;
    const firstStep = Math.min(...(r.steps ?? []).flatMap((s) => {
      const d = s.date?.status === undefined && s.date?.value ? parseIsoDate(s.date.value) : undefined;
      return d ? [earliestOrdinal(d)] : [];
    }));
    return latestOrdinal(claim.date.value) >= firstStep;
  });
}

export function checkDateClaim(claim: DateClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  if (!instrument) return [];
  if (completionUndated(claim, instrument, ctx)) return [];
  const preferred = preferredFact(claim, instrument, ctx);
  // "The Federation Council approved it on October 24": the acting body's own step, not another's.
  const facts = claim.bodyActs && preferred ? [preferred] : candidates(claim, instrument, ctx);
  if (facts.length === 0) return [];
  const verdict = judgeDate(claim.date.value, claim.date.rangeEnd, facts, preferred);
  const name = displayName(instrument);
  const base = { start: claim.date.start, end: claim.date.end, instrument: instrument.id };
  if (verdict.verdict === 'uncertain') {
    return [{ ...base, code: DiagnosticCode.disputed, severity: 'information', message: `When the ${name} ${eventLabel(claim.event, instrument)} is not settled in the fact base: ${verdict.message}.`, fixes: [] }];
  }
  if (verdict.verdict === 'consistent' && ctx.reportConsistent) {
    return [{ ...base, code: DiagnosticCode.consistent, severity: 'hint', message: `Agrees with the fact base: the ${name} ${eventLabel(claim.event, instrument)} ${claim.date.text}.`, fixes: [] }];
  }
  if (verdict.verdict !== 'contradicted') return [];
  if (siblingAgrees(claim, instrument, ctx)) return [];
  // "In 1991 a treaty between the US and the USSR was signed": an indefinite description that
  // the fact base's one instrument of those parties fits, in another year, is more likely
  // another treaty of theirs (START I, here) than a wrong year of that one.
  // Without a year, another month says the same ("Aug. 12: The U.S. signed a pact with North
  // Korea", the Agreed Statement of August 1994); a day off in the right month is a slip
  // ("On November 12, the DPRK ratified a landmark defense pact with Russia").
  const { year, month } = claim.date.value;
  if (indefiniteDescription(claim.via) && (year === undefined ? month !== verdict.expected.month : year !== verdict.expected.year)) return [];
  // Sources that disagree within a range: the message gives the range, and the fix, the earliest they give.
  const expectedText = verdict.latest ? `between ${formatDate(verdict.expected)} and ${formatDate(verdict.latest)} (the sources disagree)` : formatDate(verdict.expected);
  // A span of months ("between May and June 2010") has words around it that one date would not fit: no fix.
  const replacement = claim.date.rangeEnd && claim.date.rangeEnd.day === undefined ? undefined : renderDateLike(claim.date, verdict.expected);
  const fixTitle = `Change to "${replacement}"${verdict.latest ? ' (the earliest the sources give)' : ''}`;
  const source = firstSource(instrument, verdict.sources);
  const party = claim.party ? partyInProse(ctx.facts.parties.get(claim.party), claim.party) : undefined;
  const who = party ? ` by ${party}` : '';
  const when = verdict.latest ? expectedText : `${verdict.expected.day !== undefined ? 'on' : 'in'} ${expectedText}`;
  const statement = claim.joined && party
    ? capitalized(`${party} joined the ${name} ${when}`)
    : claim.event === 'withdrawal'
    ? capitalized(`${party ? `${party}${party.endsWith('s') ? "'" : "'s"}` : 'the'} withdrawal from the ${name} dates from ${expectedText}`)
    : `The ${name} ${eventLabel(claim.event, instrument)}${who} ${when}`;
  return [{
    ...base,
    code: CODES[claim.event],
    severity: 'error',
    message: `${statement}, not ${claim.date.text}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: expectedText,
    fixes: replacement && replacement !== claim.date.text ? [{ title: fixTitle, edits: [{ start: claim.date.start, end: claim.date.end, newText: replacement }] }] : [],
    source,
  }];
}

// Judges "<instrument> between X and Y".
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import type { PartyForm } from '../facts/factIndex.js';
import type { Party } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { firstSource, type CheckContext } from './context.js';
import { sameParty } from './dateClaims.js';
import { displayName, listInProse, partyInProse, partyName } from './naming.js';

type PartiesClaim = Extract<Claim, { kind: 'parties' }>;

/** The right party, named the way the author named the wrong one. */
function nameLike(party: Party, form: PartyForm, written?: string): string {
  switch (form) {
    case 'name': return party.name;
    case 'metonym': return party.metonyms?.[0] ?? party.shortNames?.[0] ?? party.name;
    default: {
      const abbreviation = (n: string) => n.length <= 6 && n === n.toUpperCase();
      const all = [...(party.shortNames ?? []), ...(party.aliases ?? [])];
      return (written !== undefined && abbreviation(written) ? all.find(abbreviation) : all.find((n) => !abbreviation(n))) ?? party.name;
    }
  }
}

/**
 * The missing party written as the wrong one was: a short name for a short name ("Japan" →
 * "the United States", with its article unless one stands before), else in the same form.
 */
function replacementText(party: Party, id: string, wrong: PartiesClaim['parties'][number], ctx: CheckContext): string {
  const written = ctx.text.slice(wrong.start, wrong.end);
  if (wrong.form !== 'name' || written.length > 14 || / of /.test(written)) return nameLike(party, wrong.form, written);
  const prose = partyInProse(party, id);
  return /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, wrong.start - 4), wrong.start)) ? prose.replace(/^the /, '') : prose;
}

export function checkPartiesClaim(claim: PartiesClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const fact = instrument?.parties;
  if (!instrument || !fact?.value || fact.status !== undefined) return [];
  const actual = fact.value;
  // "The armistice between the UN Command, North Korea and China": a state for the command that signed for it.
  const fits = (a: string, named: string) => sameParty(ctx, a, named) || (ctx.facts.parties.get(a)?.actsFor?.includes(named) ?? false);
  const wrong = claim.parties.filter((p) => !actual.some((a) => fits(a, p.id)));
  if (wrong.length === 0) return [];
  const missing = actual.filter((a) => !claim.parties.some((p) => fits(a, p.id)));
  const source = firstSource(instrument, fact.sources);
  const names = listInProse(actual.map((a) => partyName(ctx.facts.parties.get(a), a)));
  return wrong.map((p) => {
    const replacement = wrong.length === 1 && missing.length === 1 ? ctx.facts.parties.get(missing[0]) : undefined;
    const newText = replacement ? replacementText(replacement, missing[0], p, ctx) : undefined;
    return {
      start: p.start, end: p.end, instrument: instrument.id,
      code: DiagnosticCode.parties,
      severity: 'error' as const,
      message: `The ${displayName(instrument)} is between ${listInProse(actual.map((a) => partyInProse(ctx.facts.parties.get(a), a)))}; ${partyInProse(ctx.facts.parties.get(p.id), p.id)} is not a party.${source ? ` Source: ${source.title}.` : ''}`,
      expected: names,
      fixes: newText ? [{ title: `Change to "${newText}"`, edits: [{ start: p.start, end: p.end, newText }] }] : [],
      source,
    };
  });
}

// Judges who signed an instrument.
import { DiagnosticCode } from '../codes.js';
import type { Claim } from '../extract/claims.js';
import type { Person, Signatory } from '../facts/types.js';
import type { Finding } from '../finding.js';
import { nameKey, normalizeName } from '../text/normalize.js';
import { firstSource, type CheckContext } from './context.js';
import { displayName } from './naming.js';

type SignatoryClaim = Extract<Claim, { kind: 'signatory' }>;

function namesOf(person: Person | undefined, fallback: string): string[] {
  return [fallback, ...(person ? [person.name, ...(person.variants ?? [])] : [])].map(normalizeName);
}

function isSignatory(signatory: Signatory, names: string[], ctx: CheckContext): boolean {
  // Signatory names may carry a variant in brackets: "Zhou Enlai (Chou En-lai)".
  const own = signatory.name.split(/[()]/).map((n) => n.trim()).filter(Boolean);
  const person = ctx.facts.index.findPerson(own[0]);
  const all = [...own.map(normalizeName), ...(person ? namesOf(person, person.name) : [])];
  return names.some((n) => all.includes(n));
}

/** The replacement name, in the author's style: a surname alone stays a surname alone. */
function renderName(signatory: Signatory, written: string, ctx: CheckContext): string {
  const full = signatory.name.split('(')[0].trim();
  if (nameKey(written).length > 1) return full;
  const person = ctx.facts.index.findPerson(full);
  const short = person?.variants?.find((v) => nameKey(v).length === 1);
  if (short) return short;
  const words = full.split(/\s+/);
  return ['prc', 'dprk', 'rok', 'roc'].includes(signatory.party ?? person?.party ?? '') ? words[0] : words[words.length - 1];
}

export function checkSignatoryClaim(claim: SignatoryClaim, ctx: CheckContext): Finding[] {
  const instrument = ctx.facts.instruments.get(claim.instrument);
  const fact = instrument?.signed?.signatories;
  if (!instrument || !fact) return [];
  const person = ctx.facts.index.findPerson(claim.person.name);
  const names = namesOf(person, claim.person.name);
  const base = { start: claim.person.start, end: claim.person.end, instrument: instrument.id };
  const lists = fact.value ? [fact.value] : (fact.readings ?? []).map((r) => r.value);
  const signedIn = lists.map((list) => list.some((s) => isSignatory(s, names, ctx)));
  if (fact.status !== undefined || !fact.value) {
    if (signedIn.every((x) => !x) && fact.status === 'disputed') {
      return [{ ...base, code: DiagnosticCode.disputed, severity: 'information', message: `Who signed the ${displayName(instrument)} is disputed: ${fact.readings?.map((r) => r.value.map((s) => s.name).join(' and ')).join(' or ')}.`, fixes: [] }];
    }
    return [];
  }
  if (signedIn[0]) return [];
  const party = person?.party ?? claim.person.party;
  const sameSide = fact.value.filter((s) => s.party !== undefined && s.party === party);
  const right = sameSide.length === 1 ? sameSide[0] : undefined;
  const signers = fact.value.map((s) => s.name.split('(')[0].trim());
  const everyone = signers.length > 1 ? `${signers.slice(0, -1).join(', ')} and ${signers[signers.length - 1]}` : signers[0];
  const source = firstSource(instrument, fact.sources);
  const fixText = right ? renderName(right, claim.text, ctx) : undefined;
  return [{
    ...base,
    code: DiagnosticCode.signatories,
    severity: 'error',
    message: `${claim.person.name} did not sign the ${displayName(instrument)}; it was signed by ${everyone}.${source ? ` Source: ${source.title}.` : ''}`,
    expected: right?.name.split('(')[0].trim() ?? everyone,
    fixes: fixText ? [{ title: `Change to "${fixText}"`, edits: [{ start: claim.person.start, end: claim.person.end, newText: fixText }] }] : [],
    source,
  }];
}

// The fact card shown on hover and by "Show Fact Card": everything the fact base knows
// about one instrument, with its uncertainty and its sources, as Markdown.
import { statusAt } from '../checks/statusClaims.js';
import type { FactBase } from '../facts/factBase.js';
import { formatDate, parseIsoDate } from '../facts/isoDate.js';
import type { Instrument } from '../facts/types.js';
import { describeFactDate, describeFactText } from './factValue.js';
import { partyName as displayPartyName } from '../checks/naming.js';

export interface FactCardOptions {
  asOf: string;
  /** A link to the instrument's fact file, when the shell knows one. */
  fileLink?: string;
}

const escape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

export function renderFactCard(instrument: Instrument, facts: FactBase, options: FactCardOptions): string {
  const lines: string[] = [`**${escape(instrument.title)}**`, ''];
  const partyName = (id: string) => displayPartyName(facts.parties.get(id), id);
  const kind = instrument.kind.replace(/-/g, ' ');
  lines.push(`*${kind}*${instrument.summary ? ` — ${escape(instrument.summary)}` : ''}`, '');
  const rows: [string, string][] = [];
  if (instrument.parties?.value) rows.push(['Parties', instrument.parties.value.map(partyName).join(', ')]);
  else if (instrument.partiesNote) rows.push(['Parties', instrument.partiesNote]);
  const signed = instrument.signed;
  if (signed) {
    const parts = [describeFactDate(signed.date), signed.place ? `in ${describeFactText(signed.place)}` : undefined].filter(Boolean);
    const who = signed.signatories?.value ? `by ${signed.signatories.value.map((s) => s.name).join(', ')}` : signed.signatories?.status ? `signatories ${signed.signatories.status}` : undefined;
    rows.push(['Signed', [...parts, who].filter(Boolean).join(' ')]);
  }
  if (instrument.adopted) rows.push(['Adopted', [describeFactDate(instrument.adopted.date), instrument.adopted.vote ? `(vote ${describeFactText(instrument.adopted.vote)})` : undefined].filter(Boolean).join(' ')]);
  for (const r of instrument.ratifications ?? []) {
    const steps = (r.steps ?? []).map((s) => `${s.step} ${describeFactDate(s.date)}`).join('; ');
    rows.push([`Ratified by ${partyName(r.party)}`, [describeFactDate(r.date), steps ? `(${steps})` : undefined].filter(Boolean).join(' ') || 'unverified']);
  }
  if (instrument.entryIntoForce) rows.push(['Entry into force', [describeFactDate(instrument.entryIntoForce.date), instrument.entryIntoForce.place ? `in ${describeFactText(instrument.entryIntoForce.place)}` : undefined].filter(Boolean).join(' ')]);
  const { entry } = statusAt(instrument, options.asOf);
  if (entry) {
    const from = entry.from?.value ? parseIsoDate(entry.from.value) : undefined;
    rows.push([`Status (${options.asOf})`, `${entry.status.replace(/-/g, ' ')}${from ? ` since ${formatDate(from)}` : ''}`]);
  }
  for (const w of instrument.withdrawals ?? []) {
    rows.push([`Withdrawal by ${partyName(w.party)}`, [w.announced ? `announced ${describeFactDate(w.announced)}` : undefined, w.effective ? `effective ${describeFactDate(w.effective)}` : undefined, w.outcome].filter(Boolean).join(', ')]);
  }
  if (instrument.term?.value !== undefined) rows.push(['Term', `${instrument.term.value} years${instrument.term.status ? ` (${instrument.term.status})` : ''}`]);
  if (instrument.articleCount) rows.push(['Articles', String(instrument.articleCount.value ?? describeFactText(instrument.articleCount as never) ?? instrument.articleCount.status)]);
  if (rows.length > 0) {
    lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${escape(k)} | ${escape(v)} |`), '');
  }
  const articles = (instrument.articles ?? []).filter((a) => a.status === undefined).slice(0, 6);
  if (articles.length > 0) {
    lines.push('**Key articles**', '');
    for (const a of articles) lines.push(`- Art. ${escape(a.number)}: ${escape(a.topic)}`);
    lines.push('');
  }
  const uncertain = disputedPoints(instrument);
  if (uncertain.length > 0) {
    lines.push('**Disputed or unverified**', '', ...uncertain.map((u) => `- ${escape(u)}`), '');
  }
  const sources = Object.values(instrument.sources).slice(0, 8);
  lines.push('**Sources**', '', ...sources.map((s) => `- [${escape(s.title)}](${s.url})`));
  if (Object.keys(instrument.sources).length > sources.length) lines.push(`- … and ${Object.keys(instrument.sources).length - sources.length} more`);
  if (options.fileLink) lines.push('', `[Fact file](${options.fileLink})`);
  return lines.join('\n');
}

function disputedPoints(instrument: Instrument): string[] {
  const out: string[] = [];
  const visit = (label: string, fact: { status?: string; readings?: { value: unknown }[]; note?: string } | undefined) => {
    if (!fact?.status) return;
    const readings = fact.readings?.map((r) => (typeof r.value === 'string' ? r.value : JSON.stringify(r.value))).join(' / ');
    out.push(`${label}: ${fact.status}${readings ? ` (${readings})` : ''}`);
  };
  visit('Signing date', instrument.signed?.date);
  visit('Signing place', instrument.signed?.place);
  visit('Signatories', instrument.signed?.signatories);
  visit('Entry into force', instrument.entryIntoForce?.date);
  visit('Number of articles', instrument.articleCount);
  visit('Term', instrument.term);
  for (const w of instrument.withdrawals ?? []) visit('Withdrawal effective', w.effective);
  for (const s of instrument.status ?? []) visit(`${s.status} from`, s.from);
  return out;
}

// Citation sentences and article summaries inserted by the editor commands.
import type { FactBase } from '../facts/factBase.js';
import { parseIsoDate, MONTH_NAMES, type DateValue } from '../facts/isoDate.js';
import type { Instrument } from '../facts/types.js';
import { canonicalArticleNumber } from '../extract/numbers.js';

export type CitationStyle = 'day-month-year' | 'month-day-year' | 'iso';

export function formatDateInStyle(d: DateValue, style: CitationStyle): string {
  if (style === 'iso') return [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-');
  const month = d.month ? MONTH_NAMES[d.month - 1] : undefined;
  if (style === 'month-day-year') return d.day ? `${month} ${d.day}, ${d.year}` : [month, d.year].filter(Boolean).join(' ');
  return [d.day, month, d.year].filter((x) => x !== undefined).join(' ');
}

const verified = (fact: { value?: string; status?: string } | undefined) => (fact?.value !== undefined && fact.status === undefined ? fact.value : undefined);

/** "the Treaty on … (signed in Pyongyang on 19 June 2024; in force since 4 December 2024)". */
export function renderCitation(instrument: Instrument, style: CitationStyle, asOf: string): string {
  const name = instrument.shortTitles?.[0] && instrument.title.length > 90 ? instrument.shortTitles[0] : instrument.title;
  const parts: string[] = [];
  const signedDate = verified(instrument.signed?.date) ?? verified(instrument.adopted?.date);
  const place = verified(instrument.signed?.place) ?? verified(instrument.adopted?.place);
  const on = (iso: string) => {
    const d = parseIsoDate(iso)!;
    return `${d.day !== undefined ? 'on' : 'in'} ${formatDateInStyle(d, style)}`;
  };
  if (signedDate) parts.push(`${instrument.signed ? 'signed' : 'adopted'}${place ? ` in ${place}` : ''} ${on(signedDate)}`);
  const eif = verified(instrument.entryIntoForce?.date);
  if (eif && eif <= asOf) {
    const ended = (instrument.status ?? []).find((s) => ['terminated', 'expired', 'superseded', 'defunct'].includes(s.status) && verified(s.from) && verified(s.from)! <= asOf);
    const since = formatDateInStyle(parseIsoDate(eif)!, style);
    parts.push(ended ? `in force from ${since} until ${formatDateInStyle(parseIsoDate(verified(ended.from)!)!, style)}` : `in force since ${since}`);
  }
  const article = /^(Treaty|Agreement|Charter|Security Treaty|Mutual Defense Treaty)\b/.test(name) ? 'the ' : '';
  return `${article}${name}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
}

export function renderArticleSummary(instrument: Instrument, articleNumber: string, facts: FactBase): string | undefined {
  void facts;
  const article = instrument.articles?.find((a) => canonicalArticleNumber(a.number) === canonicalArticleNumber(articleNumber));
  if (!article) return undefined;
  const name = instrument.shortTitles?.[0] ?? instrument.title;
  const source = article.sources.map((k) => instrument.sources[k]).find(Boolean);
  const body = article.quote ? `“${article.quote}”` : article.summary ?? article.topic;
  const lead = article.quote ? `Article ${article.number} of the ${name} reads: ` : `Article ${article.number} of the ${name} provides: `;
  return `${lead}${body}${source ? ` (source: [${source.title}](${source.url}))` : ''}`;
}

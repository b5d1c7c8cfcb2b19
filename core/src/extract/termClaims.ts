// Binds a term ("the 20-year treaty", "valid for 20 years") to the instrument it describes.
// Only where the binding is plain: the term modifies the instrument's own noun phrase, or a
// phrase about the term follows the sentence's one instrument.
import type { Claim } from './claims.js';
import type { InstrumentMention } from './mentions.js';
import type { Span } from './sentences.js';
import type { TermMention } from './terms.js';

// A term after an extension or renewal is that extension's ("extended in 2021 and valid for five years").
const EXTENSION = /\b(?:extend|extension|renew|prolong)/i;
const TERM_NOUN = /^\s+(?:term|duration|lifespan|life span|validity)\b/i;

export function termClaims(text: string, sentence: Span, instruments: InstrumentMention[], terms: TermMention[]): Claim[] {
  const claims: Claim[] = [];
  const single = new Set(instruments.map((m) => m.ids.join())).size === 1 && instruments[0].ids.length === 1 ? instruments[0] : undefined;
  for (const term of terms) {
    if (term.start < sentence.start || term.end > sentence.end) continue;
    const id = term.form === 'modifier' ? modified(text, term, instruments, single) : phraseOwner(text, sentence, term, single);
    if (id) claims.push({ kind: 'term', instrument: id, term, text: text.slice(term.numberSpan.start, term.numberSpan.end) });
  }
  return claims;
}

function modified(text: string, term: TermMention, instruments: InstrumentMention[], single: InstrumentMention | undefined): string | undefined {
  // "the 20-year treaty" (the term inside the mention) or "a 20-year Comprehensive Strategic Partnership Treaty".
  const owner = instruments.find((m) => (m.start <= term.start && term.end < m.end) || (m.start >= term.end && /^\s+$/.test(text.slice(term.end, m.start))));
  if (owner) return owner.ids.length === 1 ? owner.ids[0] : undefined;
  // "its 20-year term", "the treaty's 20-year term".
  if (!TERM_NOUN.test(text.slice(term.end, term.end + 14))) return undefined;
  const before = text.slice(Math.max(0, term.start - 40), term.start);
  const possessor = instruments.find((m) => m.end <= term.start && /^['’]s\s+$/.test(text.slice(m.end, term.start)));
  if (possessor) return possessor.ids.length === 1 ? possessor.ids[0] : undefined;
  return /\bits\s+$/i.test(before) ? single?.ids[0] : undefined;
}

function phraseOwner(text: string, sentence: Span, term: TermMention, single: InstrumentMention | undefined): string | undefined {
  if (!single || single.start >= term.start) return undefined;
  if (EXTENSION.test(text.slice(sentence.start, term.start))) return undefined;
  return single.ids[0];
}

// What a paragraph is about, for "the treaty" in the paragraphs after it: the instrument it
// names most often, unless it names that one only in passing (an article cited, quoted speech),
// or is a line that is nothing but a title.
import type { FactBase } from '../facts/factBase.js';
import { successorsOf } from '../facts/successors.js';
import { citesAnArticle } from './antecedent.js';
import type { InstrumentMention } from './mentions.js';
import type { Span } from './sentences.js';
import { titleLine } from './titleLines.js';

/**
 * Instruments a paragraph names only to cite an article ("in accordance with Article 51 of the
 * UN Charter … Article 51 of the UN Charter grants …") while it speaks of another one ("Article
 * 4 of the treaty"): they are neither the paragraph's topic nor what "it" stands for.
 */
export function citedAside(text: string, mentions: readonly InstrumentMention[]): Set<InstrumentMention> {
  const aside = new Set<InstrumentMention>();
  if (mentions.length < 2) return aside;
  const citing = mentions.filter((m) => m.how !== 'coreference' && m.ids.length === 1 && citesAnArticle(text, m));
  if (citing.length === 0) return aside;
  // Instruments every mention of which cites an article.
  const onlyCited = new Set(citing.map((m) => m.ids[0]));
  for (const m of mentions) if (m.ids.length === 1 && !citing.includes(m)) onlyCited.delete(m.ids[0]);
  // Another instrument, even one the fact base does not know ("Article 4 of the treaty"), is what the paragraph is about.
  const other = mentions.some((m) => !citing.includes(m) && !m.ids.some((id) => onlyCited.has(id)));
  if (other) for (const m of mentions) if (m.ids.some((id) => onlyCited.has(id))) aside.add(m);
  return aside;
}

/** The topic after a paragraph (`unit`), given the topic before it and the mentions set aside. */
export function topicAfter(current: string | undefined, text: string, unit: Span, mentions: readonly InstrumentMention[], aside: ReadonlySet<InstrumentMention>, facts: FactBase): string | undefined {
  const title = titleLine(text, unit.start, unit.end, mentions);
  if (title === 'unknown') return undefined;
  if (title) return title.id;
  const quotes = quotedSpeech(text, unit.start, unit.end);
  // An instrument a speaker names in passing is not what the paragraph is about; one the
  // quotation opens with ("“The … Treaty … entered into force on …,” the agency reported") is.
  const spoken = (m: InstrumentMention) => quotes.some((q) => m.start >= q.start && m.end <= q.end && !/^.(?:the\s+)?$/i.test(text.slice(q.start, m.start)));
  const kept = mentions.filter((m) => !aside.has(m) && !spoken(m));
  // A paragraph that names only instruments the fact base does not hold ("START I was renamed …")
  // is about one of them.
  if (kept.some((m) => m.how === 'name' && m.ids.length === 0) && !kept.some((m) => m.how !== 'coreference' && m.ids.length > 0)) return undefined;
  return mostNamed(current, kept, facts);
}

/**
 * The instrument a paragraph names most often (first on a tie). A paragraph that names none
 * keeps the topic; one that names several equally drops it. A predecessor of the topic named
 * once does not take over: "The agreement entered into force. The 2000 Treaty of Friendship …
 * has expired" is still about the new treaty; nor does a successor named once beside the topic.
 */
function mostNamed(current: string | undefined, mentions: readonly InstrumentMention[], facts: FactBase): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.how !== 'coreference' && m.ids.length === 1) counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
  if (current !== undefined) for (const [id, count] of counts) if (count === 1 && successorsOf(facts, id).includes(current)) counts.delete(id);
  // Nor does a successor named once beside the topic itself: an encyclopaedia page on the 1951
  // Security Treaty captions it "U.S.-Japan Security Treaty", a name of the 1960 treaty.
  if (current !== undefined && counts.has(current)) for (const [id, count] of counts) if (count === 1 && successorsOf(facts, current).includes(id)) counts.delete(id);
  if (counts.size === 0) return current;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // On a tie, the instrument named first stays the topic if it already was ("The Security Treaty
  // … was signed … in conjunction with the Treaty of San Francisco"), or if named more than once.
  const first = [...counts.keys()][0];
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) return ranked[0][0] === first && (ranked[0][1] > 1 || first === current) ? first : undefined;
  return ranked[0][0];
}


const QUOTE = /[“"«]([^“”"«»]{20,600})[”"»]/g;

/**
 * Spans of quoted speech ("… in violation of the U.N. Charter," the U.S. envoy said). A quoted
 * title (“Comprehensive Strategic Partnership Treaty”) is too short to count as speech.
 */
function quotedSpeech(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  if (!/[“"«]/.test(slice)) return [];
  const spans: Span[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(slice); m; m = QUOTE.exec(slice)) {
    if (m[1].trim().split(/\s+/).length >= 6) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return spans;
}

// What "it", "the treaty" and an infobox's label lines are about: the instrument named last.
import type { InstrumentMention } from './mentions.js';

/**
 * What "it" and "the treaty" stand for: the last instrument named before (one named only as a
 * point in time aside: "signed two years before the ANZUS Treaty. It …"), unless that one is
 * unknown ("the 2001 Treaty on the Foundations of Relations … between Russia and Iran. It was
 * concluded for 10 years": not the treaty named a paragraph earlier). After an ambiguous
 * mention, an earlier instrument stays only if it is among that mention's candidates
 * ("… the INF Treaty. An agreement between the United States and the Soviet Union. It was …").
 */
export function antecedentOf(previous: readonly InstrumentMention[], text: string): InstrumentMention | undefined {
  let allowed: readonly string[] | undefined;
  for (let k = previous.length - 1; k >= 0; k--) {
    const m = previous[k];
    if (m.how === 'coreference' && m.ids.length === 0) continue;
    if (namedAsTimeReference(text, m)) continue;
    if (m.ids.length === 0) return undefined;
    if (m.ids.length === 1) return allowed === undefined || allowed.includes(m.ids[0]) ? m : undefined;
    allowed = allowed === undefined ? m.ids : allowed.filter((id) => m.ids.includes(id));
  }
  return undefined;
}

// "… was signed two years before the ANZUS Treaty", "after the signing of the San Francisco
// Peace Treaty", "along with the Peace Treaty": an instrument named only to place another in time.
const TIME_REFERENCE_BEFORE = /\b(?:before|after|than|following|along\s+with|together\s+with)\s+(?:the\s+(?:signing|signature|conclusion|adoption|ratification|entry\s+into\s+force)\s+of\s+)?(?:the\s+)?$/i;

/** Whether the mention names its instrument only as a point in time for another's event. */
export function namedAsTimeReference(text: string, m: InstrumentMention): boolean {
  return m.how !== 'coreference' && TIME_REFERENCE_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start));
}

// "Article 51 of the UN Charter", "the UN Charter's Article 51": an instrument named to cite an article.
const ARTICLE_OF_BEFORE = /\bArticles?\s+[\dIVXLC]+(?:\s*\(\d+\))?\s+of\s+(?:the\s+)?$/i;
const ARTICLE_AFTER = /^['’]s?\s+Articles?\s+[\dIVXLC]+\b/;
const PREPOSITION_BEFORE = /\b(?:with|under|to|of|per|citing|invoking|in|by|and)\s+(?:the\s+)?$/i;

/** Whether the mention names its instrument only to cite one of its articles. */
export function citesAnArticle(text: string, m: InstrumentMention): boolean {
  return ARTICLE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || ARTICLE_AFTER.test(text.slice(m.end, m.end + 16));
}

/**
 * An article cited inside a sentence about something else: "… military assistance in
 * accordance with Article 51 of the UN Charter", "a new reference to the UN Charter's Article
 * 51". Its instrument is not what "the treaty" in the next sentence means.
 */
export function citedInPassing(text: string, m: InstrumentMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const article = ARTICLE_OF_BEFORE.exec(before);
  if (article) {
    const articleStart = m.start - before.length + article.index;
    return PREPOSITION_BEFORE.test(text.slice(Math.max(0, articleStart - 30), articleStart));
  }
  return ARTICLE_AFTER.test(text.slice(m.end, m.end + 16)) && /\p{L}[^.!?]*$/u.test(before);
}

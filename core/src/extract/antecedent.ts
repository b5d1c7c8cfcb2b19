// What "it", "the treaty" and an infobox's label lines are about: the instrument named last.
import type { InstrumentMention } from './mentions.js';

/**
 * What "it" and "the treaty" stand for: the last instrument named before, unless that one is
 * unknown ("the 2001 Treaty on the Foundations of Relations … between Russia and Iran. It was
 * concluded for 10 years": not the treaty named a paragraph earlier). After an ambiguous
 * mention, an earlier instrument stays only if it is among that mention's candidates
 * ("… the INF Treaty. An agreement between the United States and the Soviet Union. It was …").
 */
export function antecedentOf(previous: readonly InstrumentMention[]): InstrumentMention | undefined {
  let allowed: readonly string[] | undefined;
  for (let k = previous.length - 1; k >= 0; k--) {
    const m = previous[k];
    if (m.how === 'coreference' && m.ids.length === 0) continue;
    if (m.ids.length === 0) return undefined;
    if (m.ids.length === 1) return allowed === undefined || allowed.includes(m.ids[0]) ? m : undefined;
    allowed = allowed === undefined ? m.ids : allowed.filter((id) => m.ids.includes(id));
  }
  return undefined;
}

// "The agreement came into force on February 5, 2011 and replaced SORT": a sentence that names
// what its subject replaced says which instrument the subject is. A reference ("the agreement",
// "it") whose antecedent did not replace that one means another instrument.
import type { FactBase } from '../facts/factBase.js';
import { chainOf } from '../facts/successors.js';
import type { InstrumentMention } from './mentions.js';
import { mayCrossSentence } from './sentences.js';

const REPLACED_BEFORE = /\b(?:replac(?:ed|es|ing)|supersed(?:ed|es|ing)|succeed(?:ed|s|ing))\s+(?:the\s+)?$/i;

/** Whether the words before `start` make what follows the object of "replaced" ("which replaced the treaty …"). */
export function objectOfReplaced(text: string, start: number): boolean {
  return REPLACED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Whether the sentence after `from` says its subject replaced an instrument that `id` did not. */
export function replacedAnother(text: string, from: number, mentions: readonly InstrumentMention[], facts: FactBase, id: string): boolean {
  for (const m of mentions) {
    if (m.start < from || m.start - from > 300 || m.how === 'coreference') continue;
    if (mayCrossSentence(text.slice(from, m.start))) return false;
    if (!REPLACED_BEFORE.test(text.slice(Math.max(from, m.start - 24), m.start))) continue;
    if (m.ids.includes(id)) continue;
    const related = chainOf(facts, id);
    return !m.ids.some((other) => related.includes(other));
  }
  return false;
}

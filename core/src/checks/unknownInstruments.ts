// Title-like names that the fact base does not know but that come close to a known title
// ("Treaty on Comprehensive Partnership"): information, with the closest known title.
// A name that resembles nothing is left alone: briefs cite many instruments we don't cover.
import { DiagnosticCode } from '../codes.js';
import type { FactBase } from '../facts/factBase.js';
import type { InstrumentMention } from '../extract/mentions.js';
import type { Finding } from '../finding.js';
import { gluedToWord, nameKey } from '../text/normalize.js';

const TITLE = /\b(?:(?:[A-Z][\p{L}'’-]+|of|on|and|the|for|between|in)\s+){0,10}(?:Treaty|Agreement|Pact|Accord|Convention|Declaration|Charter)(?:\s+(?:on|of|between|for)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]+|and|of|the|on|for|in)(?:\s+(?:[A-Z][\p{L}'’-]+|and|of|the|on|for|in|between)){0,12})?/gu;
const STOP = new Set(['the', 'of', 'on', 'and', 'for', 'between', 'in', 'a', 'an']);

export function findUnknownInstruments(text: string, start: number, end: number, known: readonly InstrumentMention[], facts: FactBase): Finding[] {
  const findings: Finding[] = [];
  const slice = text.slice(start, end);
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(slice); m; m = TITLE.exec(slice)) {
    let phrase = m[0].replace(/\s+(?:of|on|and|the|for|between|in)$/u, '').replace(/^(?:of|on|and|the|for|between|in)\s+/u, '');
    phrase = phrase.replace(/^(?:The|A|An)\s+/u, '');
    const s = start + m.index + m[0].indexOf(phrase);
    const e = s + phrase.length;
    if (known.some((k) => k.ids.length > 0 && s < k.end && e > k.start)) continue;
    if (gluedToWord(text, s, e)) continue;
    const words = nameKey(phrase).filter((w) => !STOP.has(w));
    // Title Case with at least three significant words: a proper name, not "the agreement".
    const capitals = phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length < 3 || capitals < 3) continue;
    const best = closestTitle(words, facts);
    if (!best || best.score < 0.6 || best.score >= 1) continue;
    findings.push({
      code: DiagnosticCode.unknownInstrument,
      severity: 'information',
      start: s,
      end: e,
      message: `"${phrase}" is not in the fact base. Did you mean the ${best.name}?`,
      instrument: best.id,
      expected: best.name,
      fixes: [{ title: `Change to "${best.name}"`, edits: [{ start: s, end: e, newText: best.name }] }],
    });
  }
  return findings;
}

function closestTitle(words: string[], facts: FactBase): { id: string; name: string; score: number } | undefined {
  let best: { id: string; name: string; score: number } | undefined;
  const set = new Set(words);
  for (const { name, id } of facts.index.names) {
    const other = new Set(nameKey(name).filter((w) => !STOP.has(w)));
    if (other.size < 2) continue;
    let common = 0;
    for (const w of set) if (other.has(w)) common++;
    // Shared words over the larger set: both missing and extra words lower the score.
    const score = common / Math.max(set.size, other.size);
    if (!best || score > best.score) best = { id, name, score };
  }
  return best;
}

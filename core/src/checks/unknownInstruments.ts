// Title-like names that the fact base does not know but that come close to a known title
// ("Treaty on Comprehensive Partnership"): information, with the closest known title.
// A name that resembles nothing is left alone: briefs cite many instruments we don't cover.
import { DiagnosticCode } from '../codes.js';
import type { FactBase } from '../facts/factBase.js';
import { NAME_STOP_WORDS } from '../facts/factIndex.js';
import { signingYear } from '../facts/signingDate.js';
import { relatedParties } from '../extract/descriptors.js';
import type { InstrumentMention } from '../extract/mentions.js';
import type { Finding } from '../finding.js';
import { gluedToWord, nameKey, tokenize } from '../text/normalize.js';
import { MONTH_NAME } from '../text/monthNames.js';

const TITLE = /\b(?:(?:[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*|of|on|and|the|for|between|in)\s+){0,10}(?:Treaty|Agreement|Pact|Accord|Convention|Declaration|Charter)(?:\s+(?:on|of|between|for)\s+(?:the\s+)?(?:[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*|and|of|the|on|for|in)(?:\s+(?:[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*|and|of|the|on|for|in|between)){0,12})?/gu;
const STOP = NAME_STOP_WORDS;
const MONTH_BEFORE_TITLE = new RegExp(String.raw`^(?:${MONTH_NAME})\s+(?=\p{Lu})`, 'u');
const MONTH_AFTER_TITLE = new RegExp(String.raw`\s+(?:on|in)\s+(?:${MONTH_NAME})\b.*$`);
const KIND_WORDS = new Set(['treaty', 'agreement', 'pact', 'accord', 'convention', 'declaration', 'charter', 'statement']);

export function findUnknownInstruments(text: string, start: number, end: number, known: readonly InstrumentMention[], facts: FactBase): Finding[] {
  const findings: Finding[] = [];
  const slice = text.slice(start, end);
  // Computed for the few sentences with a near miss: whether the sentence is a headline, its years.
  let headline: boolean | undefined;
  let years: string[] | undefined;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(slice); m; m = TITLE.exec(slice)) {
    let phrase = m[0].replace(/(?:\s+(?:of|on|and|the|for|between|in))+$/u, '').replace(/^(?:of|on|and|the|for|between|in)\s+/u, '');
    // Not a title's words: an article, or a preposition a headline opens with ("Inside the … Treaty").
    phrase = phrase.replace(/^(?:(?:Inside|Within|Behind|Beyond|Under|After|Before|During|About|From|On|In|At|Why|How|What|Reading)\s+)?(?:The|A|An|the)\s+/u, '');
    // A month before a name dates it ("the April Panmunjom Agreement"): not a word of the title.
    phrase = phrase.replace(MONTH_BEFORE_TITLE, '');
    const s = start + m.index + m[0].indexOf(phrase);
    const e = s + phrase.length;
    // A known name covers the phrase; a title only resolved by its parties may still be misnamed.
    if (known.some((k) => k.ids.length > 0 && k.how === 'name' && s < k.end && e > k.start)) continue;
    if (gluedToWord(text, s, e)) continue;
    // A title ends before a month ("… Treaty on October 1").
    const month = MONTH_AFTER_TITLE.exec(phrase);
    if (month) phrase = phrase.slice(0, month.index);
    // Headlines in title case ("Russia and North Korea Sign Mutual Defense Pact") are not titles.
    if (/\b(?:Sign|Signs|Signed|Ratifies|Ratified|Agree|Agrees|Agreed|To|With|As|Over|After|Amid)\b/.test(phrase)) continue;
    // A document header in capitals run into the title ("… REPUBLIC OF KOREA Treaty of friendship").
    if ((phrase.match(/\b\p{Lu}{3,}\b/gu) ?? []).length >= 2) continue;
    const words = nameKey(phrase).filter((w) => !STOP.has(w));
    // Title Case with at least three significant words: a proper name, not "the agreement".
    const capitals = phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length < 3 || capitals < 3) continue;
    // Nothing but a kind and parties ("the 1965 Agreement between Japan and the Republic of Korea
    // on …") says which of the parties' instruments it is: no near miss of any.
    if (words.every((w) => KIND_WORDS.has(w) || facts.index.partyWords.has(w) || /^\d+$/.test(w))) continue;
    // A headline ("Russia-North Korea Partnership Treaty Ratified") capitalises every word: no title can be told from it.
    if ((headline ??= isHeadline(slice)) || isHeadline(lineAround(text, s, e))) continue;
    // Parties named in the phrase must be parties of the suggestion.
    const named = partiesIn(phrase, facts);
    const best = closestTitle(words, facts, named);
    if (!best || best.score < 0.6 || best.score >= 1) continue;
    // A title is a near miss of a title only: the closest name being a descriptive alias ("the
    // North-South military agreement" for "the North-South Denuclearization Agreement") says
    // the words are alike, not that one was meant for the other.
    if (!isTitleCase(best.name)) continue;
    // And a sentence that names parties must name one of the suggestion's: "the presidents of
    // Iran and Russia signed … the 'Comprehensive Strategic Agreement'" is no near miss of the
    // inter-Korean Comprehensive Military Agreement.
    const around = partiesIn(slice, facts);
    const own = facts.instruments.get(best.id)?.parties?.value ?? [];
    // Two or more named must include two of its: "Russia and China have signed … the Good-Neighbourly
    // Treaty of Friendship and Cooperation" is not the Russia–North Korea treaty of that name.
    // ("Moscow" names Russia or the USSR: one party.)
    const states = around.filter((p, k) => !around.slice(0, k).some((q) => relatedParties(facts, q, p)));
    const ownNamed = own.filter((o) => states.some((p) => relatedParties(facts, o, p))).length;
    if (own.length > 0 && ownNamed < Math.min(2, states.length)) continue;
    // Parties the title is "with" or "between" must all be the suggestion's: "the Treaty of
    // Friendship and Alliance with the Chinese Nationalists" is the 1945 treaty, not the 1950 one.
    const tail = /^\s+(?:with|between)\s+[^.;:]{0,60}/.exec(text.slice(e, end));
    if (tail && own.length > 0 && partiesIn(tail[0], facts).some((p) => !own.some((o) => relatedParties(facts, o, p)))) continue;
    // Likewise a sentence that gives years must give the suggestion's: "a weak Treaty of Friendship
    // and Good-Neighborliness … in 2000" is no near miss of the 2001 China-Russia treaty.
    // A year given with the title itself ("… Good Neighbourliness from 2000", "the 2000 Treaty …") decides alone.
    const year = signingYear(facts.instruments.get(best.id));
    const given = /^\s*(?:\(|,\s*)?(?:(?:signed\s+|concluded\s+)?(?:from|of|in)\s+)?((?:1[89]|20)\d\d)\b/.exec(text.slice(e, e + 24))?.[1] ?? /\b((?:1[89]|20)\d\d)\s+$/.exec(text.slice(Math.max(start, s - 8), s))?.[1];
    years ??= [...slice.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((y) => y[1]);
    if (year !== undefined && (given !== undefined ? given !== year : years.length > 0 && !years.includes(year))) continue;
    // A shorter form of the name ("the Mutual Defense Treaty" for "1951 Mutual Defense
    // Treaty") is a way to name it, not a near miss: say nothing.
    // A near miss lacks a word of the real title that says what the instrument is
    // ("Comprehensive Partnership" for "Comprehensive Strategic Partnership"); party names,
    // years and the kind of instrument may differ freely.
    const missing = nameKey(best.name).filter((w) => !STOP.has(w) && !words.includes(w) && !/^\d{4}$/.test(w) && !facts.index.partyWords.has(w) && !KIND_WORDS.has(w));
    if (missing.length === 0) continue;
    findings.push({
      code: DiagnosticCode.unknownInstrument,
      severity: 'information',
      start: s,
      end: e,
      message: `"${phrase}" is no name the fact base knows. Did you mean the ${best.name}?`,
      instrument: best.id,
      expected: best.name,
      fixes: [{ title: `Change to "${best.name}"`, edits: [{ start: s, end: e, newText: best.name }] }],
    });
  }
  return findings;
}

/** The line a span is on. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const to = text.slice(end).search(/[\r\n]/);
  return text.slice(from, to < 0 ? text.length : end + to);
}

/** Most words of four letters or more capitalised, as headlines and page titles write them. */
function isHeadline(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.85 * words.length;
}


function partiesIn(phrase: string, facts: FactBase): string[] {
  const tokens = tokenize(phrase);
  facts.index.trie.gapText = phrase;
  const ids = new Set<string>();
  for (const match of facts.index.trie.scan(phrase, tokens)) for (const v of match.values) if (v.kind === 'party') ids.add(v.id);
  return [...ids];
}

/** Every word but the small ones capitalised (or not a letter): "Treaty on Basic Relations", "New START". */
function isTitleCase(name: string): boolean {
  return name.split(/[\s\-–—/]+/).every((w) => STOP.has(w) || !/^\p{Ll}/u.test(w));
}

/** Words whose absence makes another instrument, not a misspelling: "New START" vs START. */
const DISTINCT = new Set(['new', 'old', 'original', 'revised', 'additional', 'second', 'first', 'third']);

const MAX_CANDIDATES = 2_000;

function closestTitle(words: string[], facts: FactBase, parties: string[]): { id: string; name: string; score: number } | undefined {
  let best: { id: string; name: string; score: number } | undefined;
  let tied = false;
  const set = new Set(words);
  // A name scores at least 0.6 only if it shares one of the query's rarest words: score only
  // the names that contain one of them (cost independent of the size of the fact base).
  const index = facts.index;
  const needed = set.size - Math.ceil(0.6 * set.size) + 1;
  const rarest = [...set].sort((a, b) => index.names.countWith(a) - index.names.countWith(b)).slice(0, Math.max(1, needed));
  // Titles made of words thousands of names hold cannot be told apart from them: no suggestion.
  if (rarest.reduce((n, w) => n + index.names.countWith(w), 0) > MAX_CANDIDATES) return undefined;
  const candidates = [...new Set(rarest.flatMap((w) => index.names.namesWith(w)))].sort((a, b) => a - b);
  for (const i of candidates) {
    const { name, id, words: nameWords } = index.names.at(i);
    const own = facts.instruments.get(id)?.parties?.value ?? [];
    if (parties.some((p) => !own.some((o) => relatedParties(facts, o, p)))) continue;
    const other = new Set(nameWords.filter((w) => !STOP.has(w)));
    if (other.size < 2) continue;
    if ([...other].some((w) => DISTINCT.has(w) && !set.has(w))) continue;
    let common = 0;
    for (const w of set) if (other.has(w)) common++;
    // Shared words over the larger set: both missing and extra words lower the score.
    const score = common / Math.max(set.size, other.size);
    if (best && score === best.score && best.id !== id) tied = true;
    if (!best || score > best.score) {
      best = { id, name, score };
      tied = false;
    }
  }
  // Two instruments equally close: no suggestion is better than a coin toss.
  return tied ? undefined : best;
}

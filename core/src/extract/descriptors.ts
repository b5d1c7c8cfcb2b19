// Descriptive references: "the 1961 treaty", "the 2000 friendship treaty", and the
// parties named around a mention, used to tell instruments with similar names apart.
import { signingYear } from '../facts/signingDate.js';
import type { FactBase } from '../facts/factBase.js';
import type { FactIndex } from '../facts/factIndex.js';
import type { DescriptorNoun } from '../facts/types.js';
import { nameKey, wordStem, type Token } from '../text/normalize.js';
import { MONTH_NAME } from '../text/monthNames.js';
import { NAME_STOP_WORDS } from '../facts/factIndex.js';
import type { InstrumentMention, PartyMention, PersonMention } from './mentions.js';
import { DATE_ASIDE } from './dateAside.js';
import { mayCrossSentence } from './sentences.js';
import { startingWithin } from './spanWindow.js';

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their']);
/** Words of a description that do not tell instruments apart; "article" is the count of "the 23-article treaty". */
export const DESCRIPTION_STOP_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'on', 'and', 'between', 'with', 'new', 'landmark', 'historic', 'bilateral', 'so', 'called', 'controversial', 'latest', 'original', 'article', 'articles', 'point', 'points']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'by', 'with', 'and', 'or', 'was', 'were', 'is', 'are', 'that', 'which', 'it', 'its', 'their', 'as', 'at', 'after', 'before']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Parties related by succession (Russia continues the USSR) count as the same party. */
export function relatedParties(facts: FactBase, a: string, b: string): boolean {
  return a === b || facts.parties.get(a)?.successorOf?.party === b || facts.parties.get(b)?.successorOf?.party === a;
}

/** "the 1961 treaty", "the 2000 friendship treaty", "Russia's 2024 pact": year and noun in one phrase. */
export function findYearDescriptors(tokens: Token[], covered: boolean[], index: FactIndex, parties: PartyMention[], facts: FactBase, text: string): InstrumentMention[] {
  const found: InstrumentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i].text;
    if (covered[i] || !index.descriptors.has(noun as DescriptorNoun)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (!/^(1[89]|20)\d\d$/.test(tokens[j].text)) continue;
      // One phrase: no punctuation between year and noun, only qualifiers ("1961 to sign the
      // treaty" is not one), and the year is not the end of a date.
      if (/[,;:.()—–]/.test(text.slice(tokens[j].end, tokens[i].start))) break;
      if (tokens.slice(j + 1, i).some((t) => FUNCTION_WORDS.has(t.text))) break;
      const before = tokens[j - 1];
      if (before && (MONTHS.has(before.text) || /^\d+$/.test(before.text)) && !/[,;]/.test(text.slice(before.end, tokens[j].start))) break;
      const year = Number(tokens[j].text);
      const between = tokens.slice(j + 1, i).map((t) => t.text);
      let candidates = index.describedAs(noun as DescriptorNoun, year).filter((d) => d.qualifiers.every((q) => between.includes(q) || tokens.slice(Math.max(0, j - 3), j).some((t) => t.text === q)));
      if (candidates.length > 1) {
        const ids = byNearbyParties(candidates.map((c) => c.id), tokens[Math.max(0, j - 3)].start, tokens[i].end, parties, facts, text);
        candidates = candidates.filter((c) => ids.includes(c.id));
      }
      let ids = [...new Set(candidates.map((c) => c.id))];
      if (ids.length === 0) break;
      // Parties after its title decide: "the 2001 Treaty on the Foundations of Relations … between
      // Russia and Iran" is not the 2001 treaty between Russia and China, but some other instrument.
      const trailing = trailingTitle(text, tokens[i].start, tokens[i].end);
      const listed = partiesListedAfter(parties, text, tokens[i].end + (trailing?.length ?? 0));
      if (listed.length > 0) ids = ids.filter((id) => fitsParties(id, listed, facts));
      // So does a formal title the instrument's names do not hold: "the 2001 Treaty on the
      // Foundations of Relations and Principles of Cooperation" (Russia and Iran's) is not the
      // Sino-Russian treaty of that year.
      if (trailing?.title) ids = ids.filter((id) => titleHeldBy(trailing.title, id, facts, DESCRIPTION_STOP_WORDS));
      const first = j > 0 && DETERMINERS.has(tokens[j - 1].text) ? j - 1 : j;
      // An unresolved descriptor keeps several ids (or none): it names *some* instrument, so
      // values near it are not pinned on another one.
      found.push({ start: tokens[first].start, end: tokens[i].end, ids, how: 'descriptor' });
      for (let k = first; k <= i; k++) covered[k] = true;
      break;
    }
  }
  return found;
}

const DATE_AFTER = new RegExp(String.raw`^(?:${MONTH_NAME})\b,?\s*\d`);
// Where a title after the noun ends: at the parties or the clause ("… and cooperation concluded by Russia …").
const TITLE_END = /\s+(?:between|with|among|signed|concluded|inked|by|which|that|was|is|were|has|had)\b[\s\S]*$/i;

/**
 * The title after an instrument noun: after a capitalised noun, up to its first lower-case word
 * other than "and", "of", "on", "the" ("Treaty on Friendship, Good-Neighbourliness and
 * Cooperation"); after a lower-case one, a lower-case title ("treaty of friendship and cooperation").
 */
export function trailingTitle(text: string, nounStart: number, nounEnd: number): { title: string; length: number } | undefined {
  const titled = /^\p{Lu}/u.test(text.slice(nounStart, nounEnd));
  const tail = text.slice(nounEnd, nounEnd + 120);
  const trailing = titled
    ? /^\s+(?:of|on)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|of|on|the)\s+|\s+)\p{Lu}[\p{L}'’-]*)*)/u.exec(tail)
    : /^\s+(?:of|on)\s+([\p{Ll}\s,-]{3,80})/u.exec(tail);
  // "the Mutual Defense Treaty of November 18, 1953", "… Treaty on August 31": a date, not a title.
  if (!trailing || DATE_AFTER.test(tail.slice(trailing[0].length - trailing[1].length))) return undefined;
  return { title: trailing[1].replace(TITLE_END, ''), length: trailing[0].replace(TITLE_END, '').length };
}

/** Parties named in or right around a mention: 25 characters before it, or "between/with …" after it. */
function partiesAround(start: number, end: number, parties: PartyMention[], text: string): PartyMention[] {
  const tail = /^[\s,]*(?:(?:signed|concluded)\s+)?(?:between|among|with)\s+/i.exec(text.slice(end, end + 30));
  const windowEnd = tail ? end + tail[0].length + 60 : end;
  return startingWithin(parties, start - 25, windowEnd).filter((p) => p.end <= windowEnd && !mayCrossSentence(text.slice(Math.min(p.end, start), Math.max(p.start, start))));
}

function fitsParties(id: string, named: PartyMention[], facts: FactBase): boolean {
  const own = facts.instruments.get(id)?.parties?.value ?? [];
  return named.every((p) => own.some((o) => relatedParties(facts, o, p.id)));
}

/**
 * Keeps the instruments whose parties include every party named in or right around a
 * mention ("the 1961 treaty between Moscow and Pyongyang", "China's 1961 treaty with
 * North Korea"); when none is named, or none fits, all stay.
 */
export function byNearbyParties(ids: string[], start: number, end: number, parties: PartyMention[], facts: FactBase, text: string): string[] {
  const near = partiesAround(start, end, parties, text);
  if (near.length === 0) return ids;
  const fits = ids.filter((id) => fitsParties(id, near, facts));
  return fits.length > 0 ? fits : ids;
}

/** People as the states they act for ("Putin signed": Russia); people of no known state drop out. */
export function actingFor(people: readonly PersonMention[]): PartyMention[] {
  return people.flatMap((p) => (p.party ? [{ start: p.start, end: p.end, id: p.party, form: 'name' as const }] : []));
}

/** What joins coordinated parties: "Russia and North Korea", "China, Russia and the DPRK". */
export const PARTY_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i;

// "… signed", "… have jointly ratified on 19 June 2024," right before the object.
const ACTING_VERB = new RegExp(String.raw`^\s+(?:(?:have|has|had|jointly|formally|finally)\s+)*(?:signed|ratified|concluded|inked)(?:\s+${DATE_ASIDE})?\s+$`, 'i');

/** The parties that are the subject of a signing or ratifying verb right before `start`. */
export function actingParties(parties: PartyMention[], text: string, start: number): PartyMention[] {
  const before = startingWithin(parties, start - 400, start).filter((p) => p.end <= start && start - p.end < 160);
  const last = before[before.length - 1];
  // The date may stand between the verb and its object ("signed on Aug. 30, 1951, the Mutual Defense Treaty").
  if (!last || !ACTING_VERB.test(text.slice(last.end, start))) return [];
  // A name may stand for two parties ("Moscow": Russia, or the USSR before 1992): keep both.
  const acting = before.filter((p) => p.start === last.start);
  let head = last;
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k];
    if (p.start >= head.start) continue;
    if (!PARTY_JOIN.test(text.slice(p.end, head.start))) break;
    acting.unshift(...before.filter((q) => q.start === p.start));
    head = p;
  }
  return acting;
}

/**
 * "Russia and Iran signed the Treaty on Comprehensive Strategic Partnership": a name of one
 * instrument whose words another instrument's names also hold means the one instrument the
 * parties named with it (around it, signing it, or whose leaders sign it: `signers`) fit, and
 * none when they fit neither.
 * Returns undefined when the parties do not decide (the name's own instrument stands).
 */
export function bySharedNameParties(id: string, start: number, end: number, parties: PartyMention[], signers: PartyMention[], facts: FactBase, text: string): string[] | undefined {
  // Parties first: most names have none around them, and then the index is not asked.
  const determiner = /\b(?:the|this|that)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  const named = [...partiesAround(start, end, parties, text), ...actingParties(parties, text, determiner ? start - determiner[0].length : start), ...signers];
  if (named.length === 0) return undefined;
  const sharers = facts.index.sharingWords(nameKey(text.slice(start, end)), id);
  if (sharers.length === 0) return undefined;
  const fits = [id, ...sharers].filter((other) => fitsParties(other, named, facts));
  if (fits.length > 1) return undefined;
  return fits;
}
/**
 * A name another instrument's names contain, with a year attached that is the other one's
 * ("Japan-US Security Treaty, 8 September 1951", "the 1951 U.S.-Japan Security Treaty" is a
 * name of its own): the instrument of that year.
 */
export function bySharedNameYear(id: string, start: number, end: number, facts: FactBase, text: string): string[] | undefined {
  const year = /^\s*(?:,|\(|of)\s*(?:(?:signed|concluded|dated)\s+(?:on\s+|in\s+)?)?(?:(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+)?((?:1[89]|20)\d\d)\b/u.exec(text.slice(end, end + 40))?.[1];
  if (year === undefined || signingYear(facts.instruments.get(id)) === year) return undefined;
  const sharers = facts.index.sharingWords(nameKey(text.slice(start, end)), id).filter((other) => signingYear(facts.instruments.get(other)) === year);
  return sharers.length === 1 ? sharers : undefined;
}

const KIND_NOUN = /(?:Treaty|Agreement|Pact|Accord|Convention|Declaration|Statement)$/;

/**
 * "The Russia-North Korea Treaty of Friendship, Good-Neighborly Relations, and Cooperation": a
 * name with a formal title after it is named by the title. When the title holds a word the
 * instrument's names do not, it is the one instrument sharing the name whose names hold every
 * word of the title, or one the fact base does not know ([]).
 * Returns undefined when the title is the instrument's own (or there is none); `end` takes the title in.
 */
export function byTrailingTitle(id: string, start: number, end: number, facts: FactBase, text: string): { ids: string[]; end: number } | undefined {
  const noun = KIND_NOUN.exec(text.slice(start, end));
  if (!noun) return undefined;
  const trailing = trailingTitle(text, end - noun[0].length, end);
  if (!trailing) return undefined;
  if (titleWords(trailing.title, facts, NAME_STOP_WORDS).length === 0 || titleHeldBy(trailing.title, id, facts)) return undefined;
  const titled = facts.index.sharingWords(nameKey(text.slice(start, end)), id).filter((other) => titleHeldBy(trailing.title, other, facts));
  return { ids: titled.length === 1 ? titled : [], end: end + trailing.length };
}

/** The words of a title that say which instrument it is: no small words (`stop`), no party names. */
function titleWords(title: string, facts: FactBase, stop: ReadonlySet<string>): string[] {
  return nameKey(title).filter((w) => !stop.has(w) && !facts.index.partyWords.has(w)).map(wordStem);
}

/** Whether the instrument's names hold every such word of a title ("on Mutual Defense Assistance"). */
export function titleHeldBy(title: string, id: string, facts: FactBase, stop: ReadonlySet<string> = NAME_STOP_WORDS): boolean {
  const own = new Set([...facts.index.wordsOf(id)].map(wordStem));
  return titleWords(title, facts, stop).every((w) => own.has(w));
}

/** The parties listed in a "between/with/among A and B" that starts at `at`, in order. */
export function partiesListedAfter(parties: PartyMention[], text: string, at: number): PartyMention[] {
  const tail = /^\s+(?:between|among|with|(?:signed|concluded|inked)\s+by)\s+(?:the\s+)?/i.exec(text.slice(at, at + 30));
  if (!tail) return [];
  const listed: PartyMention[] = [];
  let cursor = at + tail[0].length;
  for (const p of startingWithin(parties, cursor, cursor + 400)) {
    const gap = text.slice(cursor, p.start);
    // "the United States of America (U.S.) and the DPRK": an acronym in brackets is the same party.
    if (p.start < cursor || /^\s*\($/.test(gap)) continue;
    if (!/^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:,|and|&)\s*)?(?:the\s+)?$/i.test(gap)) break;
    listed.push(p);
    cursor = p.end;
  }
  return listed;
}

/** The end of the parties in a "between A and B" right after a name, if they are all among `own`. */
export function partiesTailEnd(end: number, parties: PartyMention[], text: string, own: readonly string[], facts: FactBase): number | undefined {
  const listed = partiesListedAfter(parties, text, end);
  if (listed.length === 0 || !listed.every((p) => own.some((o) => relatedParties(facts, o, p.id)))) return undefined;
  return listed[listed.length - 1].end;
}

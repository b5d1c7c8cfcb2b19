// What a treaty noun that is not a name refers to: "the treaty" (back to an instrument
// named earlier, in this paragraph or the brief's current topic), "the mutual defense
// treaty with Russia" (by its parties and qualifiers), "X is a treaty … signed on …"
// (the subject), "the pact Putin and Kim signed" (by its signatories). A noun that
// resolves to nothing stays as an empty mention: it stops nearby values from being
// pinned on some other instrument.
import type { FactBase } from '../facts/factBase.js';
import { successorsOf } from '../facts/successors.js';
import { signingYear } from '../facts/signingDate.js';
import { objectOfReplaced, replacedAnother } from './replacedNamed.js';
import type { Instrument, InstrumentKind } from '../facts/types.js';
import { nameKey, wordStem, type Token } from '../text/normalize.js';
import { NUMBER_WORD } from './numbers.js';
import { actingFor, actingParties, DESCRIPTION_STOP_WORDS as STOP, PARTY_JOIN, partiesListedAfter, relatedParties, titleHeldBy, trailingTitle } from './descriptors.js';
import { mayCrossSentence } from './sentences.js';
import { startingWithin } from './spanWindow.js';
import type { InstrumentMention, PartyMention, PersonMention } from './mentions.js';
import { citedInPassing, namedAsTimeReference } from './antecedent.js';

/**
 * Which kinds of instrument a noun can refer to; the first is the noun's own kind ("the treaty"
 * is not the UN Charter, which briefs cite in passing all the time). A Map:
 * every word of the brief is looked up, and "constructor" must not find Object's.
 */
const COMPATIBLE = new Map<string, InstrumentKind[] | 'any'>(Object.entries({
  convention: [], protocol: [],
  treaty: ['treaty'], pact: ['treaty', 'agreement'], alliance: ['treaty'], charter: ['charter'],
  agreement: ['agreement', 'treaty', 'armistice'], accord: ['agreement', 'treaty', 'armistice'], deal: ['agreement', 'treaty'],
  armistice: ['armistice'], ceasefire: ['armistice'], truce: ['armistice'], framework: ['agreement'], declaration: ['declaration', 'joint-statement', 'political-commitment'],
  statement: ['joint-statement', 'declaration', 'political-commitment'], resolution: ['resolution', 'draft-resolution'], document: 'any',
  mdt: ['treaty'],
} satisfies Record<string, InstrumentKind[] | 'any'>));
// Abbreviations that stand for a description, not for one instrument: "the MDT" is the
// mutual defense treaty the paragraph is about (the Philippines' or South Korea's).
const ABBREVIATED = new Map([['mdt', ['mutual', 'defense']]]);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);
const INDEFINITE = new Set(['a', 'an']);

export interface ReferenceInput {
  tokens: Token[];
  covered: boolean[];
  explicit: InstrumentMention[];
  facts: FactBase;
  text: string;
  people: PersonMention[];
  parties: PartyMention[];
  /** The brief's current topic from earlier blocks, for "the treaty" in a new paragraph. */
  carried?: string;
}

interface NounPhrase {
  start: number;
  /** End of the last party named after the noun ("… with Russia"), else the noun's end. */
  end: number;
  determiner?: string;
  qualifiers: string[];
  /** The words of a title after the noun ("the agreement on economic and cultural cooperation"). */
  titled: string[];
  parties: PartyMention[];
}

export function resolveReferences(input: ReferenceInput): InstrumentMention[] {
  const { tokens, covered, explicit, facts, text } = input;
  const all = [...explicit];
  // Where this paragraph leaves the brief's topic behind (see antecedent): its first noun
  // that resolved to nothing, and its first party that is not one of the topic's.
  const carriedInstrument = input.carried ? facts.instruments.get(input.carried) : undefined;
  const leaves: TopicExits = {
    unknown: explicit.reduce((first, m) => (m.ids.length === 0 ? Math.min(first, m.start) : first), Infinity),
    otherParty: input.parties.find((p) => !partiesStay(carriedInstrument, [p], facts))?.start ?? Infinity,
  };
  const namesByEnd = new Map(explicit.filter((m) => m.how === 'name' && m.ids.length > 0).map((m) => [m.end, m]));
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i].text;
    const kinds = COMPATIBLE.get(noun);
    if (covered[i] || kinds === undefined || isPlural(noun)) continue;
    // Only in capitals, and not where a name defines it: "the Mutual Defense Treaty (MDT), signed …".
    if (ABBREVIATED.has(noun) && (!/^\p{Lu}+$/u.test(text.slice(tokens[i].start, tokens[i].end)) || /\(\s*$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start)))) continue;
    // "the New START agreement", "the ANZUS pact": a kind noun right after a name is part of it.
    const named = text[tokens[i].start - 1] === ' ' ? namesByEnd.get(tokens[i].start - 1) : undefined;
    if (named && kindFits(facts.instruments.get(named.ids[0]), kinds)) {
      named.end = tokens[i].end;
      continue;
    }
    const phrase = nounPhrase(tokens, i, input);
    let ids: string[] = [];
    let how: InstrumentMention['how'] = 'coreference';
    // "The document signed by the Russian president, dated November 9, ratifies the '… Agreement'":
    // a document that acts on an instrument is another document (a law, a decree), not it.
    if (noun === 'document' && ACTS_ON.test(text.slice(tokens[i].end, tokens[i].end + 200))) {
      all.push({ start: phrase.start, end: tokens[i].end, ids, how });
      continue;
    }
    const title = startsTitle(tokens, i, text);
    if (!title && phrase.determiner !== undefined) {
      // "Moscow and Pyongyang signed the treaty": the signers narrow what the noun can mean
      // ("signed a treaty" may be any treaty of theirs, known or not: left alone).
      const definite = DEFINITE.has(phrase.determiner);
      if (phrase.parties.length === 0 && definite) phrase.parties = actingParties(input.parties, text, phrase.start);
      // "The Soviet Union signed a … treaty with North Korea": the subject is a party too.
      else if (phrase.parties.length > 0) phrase.parties = [...actingParties(input.parties, text, phrase.start).filter((p) => !phrase.parties.includes(p)), ...phrase.parties];
      // "South Korea and the United States marked … their mutual defense treaty": the pair named first.
      if (phrase.parties.length === 0 && phrase.determiner === 'their') phrase.parties = possessingParties(input.parties, text, phrase.start);
      // "Reagan and Gorbachev signed the treaty": what the noun refers to, those two signed.
      const signers = definite ? namedSigners(phrase.start, tokens[i].end, text, input.people) : [];
      // "X is a treaty …", "X is the military alliance which …": the subject just named.
      if (INDEFINITE.has(phrase.determiner) || phrase.determiner === 'the') ids = predicateSubject(all, phrase.start, text);
      // A glossary entry: "San Francisco Peace Treaty" on its own line, then "a treaty signed by
      // Japan and the Allied powers …": a paragraph opening with an indefinite noun defines the topic.
      if (ids.length === 0 && INDEFINITE.has(phrase.determiner) && phrase.start === tokens[0].start && input.carried && kindFits(facts.instruments.get(input.carried), kinds)) ids = [input.carried];
      // "a strategic partnership agreement that he and North Korean leader Kim Jong-un signed":
      // a relative clause naming its signers makes the indefinite noun one known instrument.
      if (ids.length === 0 && INDEFINITE.has(phrase.determiner)) {
        const relative = signersAfter(tokens[i].end, text, input.people, true);
        if (relative.length > 0) ids = bySigners(relative, facts, kinds).filter((id) => qualifiersFit(id, phrase, facts));
        // "Putin and Pezeshkian signed a pivotal 25-year strategic partnership treaty": signers as
        // the subject, and a word of the instrument's names, since they may sign other things.
        else if (phrase.qualifiers.some((q) => !STOP.has(q) && !/^\d/.test(q) && q.length > 3)) {
          const subjects = signersBefore(phrase.start, text, input.people);
          if (subjects.length > 0) ids = bySigners(subjects, facts, kinds).filter((id) => qualifierNamesIt(id, phrase, facts));
        }
        if (ids.length === 1) how = 'descriptor';
      }
      // "The previous treaty dated February 9, 2000": the one the instrument in question replaced.
      // "… which replaced the treaty signed in 1945": the object of "replaced" is the predecessor too.
      if (definite && (phrase.qualifiers.some((q) => PREDECESSOR.has(q)) || objectOfReplaced(text, phrase.start))) {
        ids = predecessorOf(all, phrase, kinds, input);
        if (ids.length === 1) how = 'descriptor';
      } else if (ids.length === 0 && definite) {
        ids = antecedent(all, phrase, kinds, input, signers, leaves);
        // "The new treaty" after naming the one it replaced: the instrument that replaced it.
        if (ids.length === 1 && phrase.qualifiers.some((q) => NEWER.has(q))) ids = [successorsOf(facts, ids[0]).pop() ?? ids[0]];
        if (ids.length === 1 && replacedAnother(text, tokens[i].end, all, facts, ids[0])) ids = [];
        // "The treaty was signed by … Kim Il Sung and … Zhou Enlai" after a mention of the Soviet
        // treaty: agents who together signed one other instrument mean that one. Agents who fit
        // none leave the antecedent, so that a wrong signer is a claim to check.
        const agents = signingAgents(tokens[i].end, text, input.people);
        const instrument = ids.length === 1 ? facts.instruments.get(ids[0]) : undefined;
        if (agents.length > 0 && (!instrument || !signersFit(instrument, agents))) {
          const signedTogether = bySigners(agents, facts, kinds);
          if (signedTogether.length === 1) {
            ids = signedTogether;
            how = 'descriptor';
          } else if (instrument && otherYearAfter(text, agents[agents.length - 1].end, instrument)) {
            // "… the treaty signed by Putin and Kim Jong Il in 2000" after the 2024 treaty: the
            // signers and the year both say it is another instrument.
            ids = [];
          }
        }
      }
      // "START I (Strategic Arms Reduction Treaty) was a bilateral treaty between the United States
      // and the USSR": a predicate describes its subject, here one the fact base does not know.
      const describesOther = ids.length === 0 && INDEFINITE.has(phrase.determiner) && PREDICATE_BEFORE.test(text.slice(Math.max(0, phrase.start - 24), phrase.start));
      if (ids.length === 0 && !describesOther) {
        // Described by its parties or signatories: as good as a name for what follows.
        ids = phrase.parties.length > 0 ? byParties(phrase, kinds, facts) : byQualifiers(phrase, kinds, facts, partiesBefore(input.parties, phrase.start, text));
        // "an unfair treaty signed by the Republic of China in 1945": an indefinite noun is not
        // an instrument of the named state's successor (the PRC's treaty of 1950).
        if (INDEFINITE.has(phrase.determiner) && phrase.parties.length > 0) ids = ids.filter((id) => namesItsParties(facts.instruments.get(id), phrase.parties));
        if (ids.length === 0 && signers.length > 0) ids = bySigners(signers, facts, kinds);
        if (ids.length === 1) how = 'descriptor';
      }
    } else if (title) {
      // An unknown title between known parties ("the Strategic Cooperation Treaty between
      // Iran and Russia") is that pair's one instrument of the kind its words point to.
      const words: string[] = [];
      // Words of the title that no party named in it explains ("North" in "North American Treaty").
      const unexplained: string[] = [];
      let titleStart = tokens[i].start;
      for (let j = i - 1; j >= Math.max(0, i - 6) && /^\p{Lu}/u.test(text.slice(tokens[j].start, tokens[j].end)) && !/[,;:.()]/.test(text.slice(tokens[j].end, tokens[j + 1].start)); j--) {
        words.unshift(tokens[j].text);
        if (!input.parties.some((p) => p.start <= tokens[j].start && p.end >= tokens[j].end)) unexplained.unshift(tokens[j].text);
        titleStart = tokens[j].start;
      }
      // "South Korea and the U.S. signed the Mutual Defense Treaty": the sentence's parties narrow
      // it, or the states of the leaders who signed it ("Putin and Pezeshkian signed a … Treaty").
      let nearby = phrase.parties.length > 0 ? phrase.parties : partiesBefore(input.parties, phrase.start, text);
      if (nearby.length === 0) {
        const article = /\b(?:the|a|an)\s+$/i.exec(text.slice(Math.max(0, titleStart - 5), titleStart));
        nearby = actingFor(signersBefore(titleStart - (article?.[0].length ?? 0), text, input.people));
      }
      let unique = byParties({ ...phrase, parties: nearby, qualifiers: [...phrase.qualifiers, ...words] }, kinds, facts);
      // "North Korea ratified the Comprehensive Strategic Partnership Treaty with Russia": Russia
      // has two such treaties; the state acting on it in the sentence names the other party.
      if (unique.length > 1 && phrase.parties.length > 0) {
        const before = partiesBefore(input.parties, titleStart, text).filter((p) => !phrase.parties.some((q) => q.id === p.id));
        if (before.length > 0) unique = byParties({ ...phrase, parties: [...phrase.parties, ...before], qualifiers: [...phrase.qualifiers, ...words] }, kinds, facts);
      }
      // Parties named only around the title, not by it ("between Iran and Russia"), bind it
      // loosely: then every word of the title must be in the instrument's names ("the Mutual
      // Defense Treaty" Japan and the U.S. signed is not their Treaty of Mutual Cooperation and Security).
      const own = unique.length === 1 ? new Set([...facts.index.wordsOf(unique[0])].map(wordStem)) : undefined;
      // A formal title after the noun is a name in full: "the Agreement on Mutual Defense
      // Assistance" the U.S. concluded with Seoul in 1950 is not their Mutual Defense Treaty.
      const formal = trailingTitle(text, tokens[i].start, tokens[i].end);
      const titleFits = own !== undefined && (!formal || titleHeldBy(formal.title, unique[0], facts, STOP));
      // A party named in the title binds it only if its other words are the instrument's: the
      // "North American Treaty" the Senate approved in 1949 is not the Philippine-American one.
      const partyInTitle = unexplained.length < words.length;
      const wordsFit = (list: string[]) => list.every((w) => STOP.has(w) || own!.has(wordStem(w)));
      if (own && titleFits && (phrase.parties.length > 0 || wordsFit(words)) && (!partyInTitle || wordsFit(unexplained))) {
        ids = unique;
        how = 'descriptor';
        // The mention is the whole title: "signed the Mutual Defense Treaty" has its object right after the verb.
        phrase.start = Math.min(phrase.start, titleStart);
      }
      // "the Mutual Defense Treaty" in a brief about the U.S.-Philippines one: in a sentence that
      // names no party, a title every word of which the names of the instrument in question hold
      // (the last one named in the paragraph, or the brief's topic while the paragraph stays with
      // it) is that instrument.
      const partiesLater = startingWithin(input.parties, phrase.start, phrase.start + 400).some((p) => !mayCrossSentence(text.slice(phrase.start, p.start)));
      if (ids.length === 0 && nearby.length === 0 && !partiesLater) {
        const titleWords = [...words, ...phrase.qualifiers].filter((w) => !STOP.has(w) && !/^\d+$/.test(w) && w.length > 2);
        const named = [...all].filter((m) => m.end <= phrase.start && m.ids.length === 1 && m.how !== 'coreference').pop()?.ids[0];
        const movedOn = leaves.unknown < phrase.start || leaves.otherParty < phrase.start;
        const candidate = named ?? (movedOn ? undefined : input.carried);
        const names = candidate ? new Set([...facts.index.wordsOf(candidate)].map(wordStem)) : undefined;
        if (candidate && names && titleWords.length > 0 && kindFits(facts.instruments.get(candidate), kinds) && titleWords.every((w) => names.has(wordStem(w)))) {
          ids = [candidate];
          phrase.start = Math.min(phrase.start, titleStart);
        }
      }
    }
    // Apposition: "New START, the last arms control agreement between …": the same instrument.
    if (ids.length === 0) {
      const previous = [...all].filter((m) => m.end <= phrase.start && m.ids.length === 1 && m.how !== 'coreference').pop();
      // Not a relative clause: "the Treaty of Friendship …, which replaced an unfair treaty" is another.
      const between = previous ? text.slice(previous.end, phrase.start) : '';
      if (previous && /^\s*,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,8}$/u.test(between) && !/^\s*,\s+(?:which|that|who|whose)\b/.test(between)) ids = previous.ids;
    }
    // Its title given right after: "The treaty, formally titled the 'DPRK-Russia Treaty on …'".
    if (ids.length === 0) {
      const titled = NAMED_AS.exec(text.slice(tokens[i].end, tokens[i].end + 50));
      const named = titled ? explicit.find((m) => m.start === tokens[i].end + titled[0].length && m.ids.length === 1) : undefined;
      if (named) ids = named.ids;
    }
    // A description by parties spans them: "the treaty with Russia", "… Treaty between A and B".
    const end = how === 'descriptor' && phrase.end > tokens[i].end ? phrase.end : tokens[i].end;
    all.push({ start: phrase.start, end, ids, how });
    if (ids.length === 0) leaves.unknown = Math.min(leaves.unknown, phrase.start);
  }
  // "This Framework Agreement …": a title noun inside a longer mention is not a mention of its
  // own. One sweep in text order (longest first at a start), so a huge paragraph stays linear.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InstrumentMention[] = [];
  let coveredTo = -1;
  for (const m of all) {
    if (m.ids.length === 0 && m.end <= coveredTo) continue;
    kept.push(m);
    if (m.ids.length > 0) coveredTo = Math.max(coveredTo, m.end);
  }
  return kept;
}

/** The first two or more coordinated parties earlier in the sentence, for a "their" phrase. */
function possessingParties(parties: PartyMention[], text: string, start: number): PartyMention[] {
  const before = startingWithin(parties, start - 300, start).filter((p) => p.end <= start && !mayCrossSentence(text.slice(p.end, start)));
  for (let k = 0; k + 1 < before.length; k++) {
    const pair = [before[k]];
    for (let n = k + 1; n < before.length && PARTY_JOIN.test(text.slice(pair[pair.length - 1].end, before[n].start)); n++) pair.push(before[n]);
    if (pair.length >= 2) return pair;
  }
  return [];
}

function isPlural(noun: string): boolean {
  return noun.endsWith('s') && noun !== 'alliance';
}

/** "the Treaty of Versailles": a title we do not know, not a reference back. */
function startsTitle(tokens: Token[], i: number, text: string): boolean {
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(text.slice(t.start, t.end));
  // "the Mutual Defense Treaty": a capitalised noun after capitalised words is a title.
  if (capital(tokens[i]) && capital(tokens[i - 1]) && tokens[i - 1].text !== 'the') return true;
  const next = tokens[i + 1];
  const after = tokens[i + 2]?.text === 'the' ? tokens[i + 3] : tokens[i + 2];
  return capital(tokens[i]) && next !== undefined && ['of', 'on', 'for', 'between', 'concerning'].includes(next.text) && capital(after);
}

/** Walks back from the noun over lower-case qualifiers and party adjectives to the determiner. */
function nounPhrase(tokens: Token[], i: number, input: ReferenceInput): NounPhrase {
  const { text, parties } = input;
  const qualifiers: string[] = [];
  let start = tokens[i].start;
  let determiner: string | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const gap = text.slice(tokens[j].end, tokens[j + 1].start);
    if (/[,;:.()]/.test(gap)) break;
    const word = tokens[j].text;
    const original = text.slice(tokens[j].start, tokens[j].end);
    const party = parties.find((p) => p.start <= tokens[j].start && p.end >= tokens[j].end);
    if (DEFINITE.has(word) || INDEFINITE.has(word)) {
      determiner = word;
      start = tokens[j].start;
      break;
    }
    if (party) {
      // "Russia's treaty", "the Russian–North Korean treaty": parties inside the phrase.
      if (/['’]s$/.test(text.slice(party.start, party.end + 2)) || party.form === 'adjective' || /[-–]/.test(text.slice(party.end, party.end + 1))) {
        start = party.start;
        if (/['’]s$/.test(text.slice(party.start, party.end + 2))) {
          determiner = 'the';
          break;
        }
        j = tokens.findIndex((t) => t.start === party.start);
        continue;
      }
      break;
    }
    // A term ("a twenty-five-year treaty") says how long, not which: not a qualifier.
    const term = word === 'year' ? TERM_NUMBER.exec(text.slice(Math.max(0, tokens[j].start - 24), tokens[j].start)) : null;
    if (term) {
      const numberStart = tokens[j].start - term[0].length;
      while (j > 0 && tokens[j - 1].start >= numberStart) j--;
      continue;
    }
    // "inter-Korean": a capital after a hyphen is still a lower-case modifier.
    if (!/^\p{Ll}/u.test(original) && !/^\d/.test(original) && text[tokens[j].start - 1] !== '-') break;
    qualifiers.unshift(word);
  }
  qualifiers.push(...(ABBREVIATED.get(tokens[i].text) ?? []));
  // A lower-case title after the noun qualifies it too: "treaty of friendship, good-neighbourliness and cooperation".
  // A title after a capitalised noun does too, up to its first lower-case word other than
  // "and", "of", "on", "the": "Treaty on Friendship, Good-Neighbourliness and Cooperation between Russia and …".
  const trailing = trailingTitle(text, tokens[i].start, tokens[i].end);
  const titled = trailing?.title ? trailing.title.split(/[\s,-]+/).filter((w) => w.length > 2).map((w) => nameKey(w)[0]).filter(Boolean) : [];
  qualifiers.push(...titled);
  const inside = startingWithin(parties, start, tokens[i].start).filter((p) => p.end <= tokens[i].start);
  // Parties right after the noun, or after its title: "treaty of friendship … between Russia and China".
  const tailFrom = tokens[i].end + (trailing?.length ?? 0);
  const after = partiesListedAfter(parties, text, tailFrom);
  return { start, end: after.length > 0 ? after[after.length - 1].end : tokens[i].end, determiner, qualifiers, titled, parties: [...inside, ...after] };
}

function kindFits(instrument: Instrument | undefined, kinds: InstrumentKind[] | 'any'): instrument is Instrument {
  return instrument !== undefined && (kinds === 'any' || kinds.includes(instrument.kind));
}

/** Each party named (or one of the readings of a name, "Moscow": Russia or the USSR) is a party of the instrument itself. */
function namesItsParties(instrument: Instrument | undefined, parties: readonly PartyMention[]): boolean {
  const own = instrument?.parties?.value ?? [];
  return parties.every((p) => parties.some((q) => q.start === p.start && own.includes(q.id)));
}

function partiesFit(instrument: Instrument, parties: PartyMention[], facts: FactBase, exact = false): boolean {
  const own = instrument.parties?.value ?? [];
  return parties.every((p) => own.some((o) => (exact ? o === p.id : relatedParties(facts, o, p.id))));
}

/** "X is a treaty between …": the indefinite phrase describes the subject just named. */
function predicateSubject(all: InstrumentMention[], start: number, text: string): string[] {
  const subject = [...all].filter((m) => m.end <= start && m.ids.length === 1).pop();
  if (!subject) return [];
  // A gloss right after the name, as encyclopaedias open: "… Japan (日本国と…, Nippon-koku …) was a treaty".
  const between = text.slice(subject.end, start).replace(/^\s*\([^()]{0,300}\)/, '');
  return /^[^.;]{0,80}?\b(?:is|was|remains|became|has been)\s+(?:also\s+)?$/i.test(between) ? subject.ids : [];
}

const ACTS_ON = /^[^.;!?]*?\b(?:ratif(?:y|ies|ied)|amend(?:s|ed)|implement(?:s|ed)|denounc(?:es|ed)|terminat(?:es|ed)|suspend(?:s|ed))\s+(?:the\s+)?["“«]?(?:\p{Lu}|treaty|agreement|pact)/u;
const TERM_NUMBER = new RegExp(`(?:\\d{1,3}|${NUMBER_WORD})[- ]$`, 'i');
const NAMED_AS = /^,?\s+(?:(?:formally|officially|also)\s+)?(?:titled|entitled|called|named|known as)\s+(?:the\s+)?["“]?/;
const PREDECESSOR = new Set(['previous', 'earlier', 'old', 'former', 'prior', 'preceding']);
const NEWER = new Set(['new', 'newer', 'latest', 'current']);
const PREDICATE_BEFORE = /\b(?:is|was|remains|became|has been)\s+(?:also\s+)?$/i;

/** The instrument that the last one named (or the brief's topic) superseded, of a kind the noun fits. */
function predecessorOf(all: InstrumentMention[], phrase: NounPhrase, kinds: InstrumentKind[] | 'any', input: ReferenceInput): string[] {
  const { facts } = input;
  const latest = [...all].filter((m) => m.end <= phrase.start && m.ids.length === 1).pop()?.ids[0] ?? input.carried;
  const replaced = (latest ? facts.instruments.get(latest)?.supersedes ?? [] : []).filter((id) => kindFits(facts.instruments.get(id), kinds));
  return replaced.length === 1 ? replaced : [];
}

/** Where a paragraph leaves the brief's topic: its first unresolved noun, its first party not the topic's. */
interface TopicExits {
  unknown: number;
  otherParty: number;
}

/** The nearest earlier instrument that fits; one of the noun's own kind wins over a merely compatible one. */
function antecedent(all: InstrumentMention[], phrase: NounPhrase, kinds: InstrumentKind[] | 'any', input: ReferenceInput, signers: PersonMention[], leaves: TopicExits): string[] {
  const { facts, carried } = input;
  const fits = (id: string) => {
    const instrument = facts.instruments.get(id);
    return kindFits(instrument, kinds) && partiesFit(instrument, phrase.parties, facts) && signersFit(instrument, signers);
  };
  const ownKind = kinds === 'any' ? undefined : kinds[0];
  // "the treaty of friendship, good-neighbourliness and cooperation": qualifiers the
  // instrument's names do not carry mean another instrument.
  const wanted = phrase.qualifiers.filter((q) => !STOP.has(q) && !/^\d+$/.test(q) && q.length > 3).map(wordStem);
  // A title after the noun must be the instrument's in every word: "the agreement on economic and
  // cultural cooperation signed Mar. 17, 1949" is not the partnership treaty the brief is about.
  const titled = phrase.titled.filter((q) => !STOP.has(q) && !/^\d+$/.test(q) && q.length > 3 && !facts.index.partyWords.has(q)).map(wordStem);
  const described = (id: string) => {
    const own = facts.index.wordsOf(id);
    if (titled.length > 0 && !titled.every((q) => [...own].some((w) => wordStem(w) === q))) return false;
    return wanted.length === 0 || [...own].some((w) => wanted.includes(wordStem(w)));
  };
  // The two most recent distinct instruments that fit, nearest first: a paragraph naming
  // thousands of instruments costs one look per distinct one, not a scan per reference.
  const verdicts = new Map<string, boolean>();
  const recent: string[] = [];
  for (let i = all.length - 1; i >= 0 && recent.length < 2; i--) {
    const m = all[i];
    if (m.end > phrase.start || m.how === 'coreference' || m.ids.length !== 1 || citedInPassing(input.text, m) || namedAsTimeReference(input.text, m)) continue;
    const id = m.ids[0];
    let ok = verdicts.get(id);
    if (ok === undefined) verdicts.set(id, (ok = fits(id) && described(id)));
    if (ok && !recent.includes(id)) recent.push(id);
  }
  // Prefer the noun's own kind only among the last two instruments named.
  if (recent.length > 0) return [recent.find((id) => facts.instruments.get(id)?.kind === ownKind) ?? recent[0]];
  // The brief's topic from earlier paragraphs, unless this paragraph has moved on: to other
  // states ("Japan and South Korea normalized relations in 1965. The treaty was signed …"),
  // or to an instrument the fact base does not know ("… concluded a trade agreement. The
  // agreement was signed …"), which a noun that resolved to nothing stands for.
  // So has one that names another instrument the noun cannot mean ("Article 4 of the Agreed
  // Framework … The treaty …"); an article cited in passing ("in accordance with Article 51 of
  // the UN Charter") does not count.
  const movedOn = leaves.unknown < phrase.start || leaves.otherParty < phrase.start || namesAnother(all, phrase.start, carried, input.text);
  // From another paragraph, the parties must be the topic's own: "The Soviet Union and North
  // Korea signed their alliance treaty" is not about Russia's 2024 treaty with the North.
  // Exactly the topic's parties; a name that may stand for two ("Moscow") needs one of them.
  const sameParties = (id: string) => {
    const own = facts.instruments.get(id)?.parties?.value ?? [];
    return phrase.parties.every((p) => own.includes(p.id) || phrase.parties.some((q) => q.start === p.start && own.includes(q.id)));
  };
  return carried && !movedOn && fits(carried) && sameParties(carried) && described(carried) ? [carried] : [];
}

/** Whether the paragraph names, shortly before `start`, a known instrument other than `carried` (an article cited in passing aside). */
function namesAnother(all: readonly InstrumentMention[], start: number, carried: string | undefined, text: string): boolean {
  // The last few mentions suffice, and keep a paragraph of thousands of references linear.
  for (let i = all.length - 1, seen = 0; i >= 0 && seen < 32; i--) {
    const m = all[i];
    if (m.end > start) continue;
    seen++;
    if (m.how !== 'coreference' && m.ids.length > 0 && !m.ids.includes(carried ?? '') && !citedInPassing(text, m)) return true;
  }
  return false;
}

/** "the mutual defense treaty with Russia", "a defence pact between North Korea and Russia". */
function byParties(phrase: NounPhrase, kinds: InstrumentKind[] | 'any', facts: FactBase): string[] {
  if (phrase.parties.length === 0) return [];
  const year = phrase.qualifiers.find((q) => /^(?:1[89]|20)\d\d$/.test(q));
  const wanted = phrase.qualifiers.filter((q) => !STOP.has(q) && q !== year);
  // Only instruments of every named party (or of its predecessor or successor) can fit:
  // those common to their lists (of the year, when one is named), in the first party's order.
  const pools = facts.index.partyPools;
  // A state named as such that has ceased to exist is party to none of its successors' later
  // instruments: "the treaty between the Soviet Union and North Korea" is not Russia's of 2000.
  // ("Moscow" may stand for either, so a metonym does not decide.)
  const common = pools.common(phrase.parties.map((p) => pools.pool(p.id, p.form !== 'metonym')), year);
  const fits = (instrument: Instrument | undefined): instrument is Instrument => kindFits(instrument, kinds);
  const fitting = (limit: number) => {
    const found: Instrument[] = [];
    for (let k = 0; k < common.length && found.length < limit; k++) {
      const instrument = facts.instruments.get(common[k]);
      if (fits(instrument)) found.push(instrument);
    }
    return found;
  };
  // With qualifiers and many candidates, only those whose names hold a qualifier can win:
  // nine candidates say there are many without walking a party's thousands.
  let ofYear = fitting(wanted.length > 0 ? 9 : Infinity);
  const score = (i: Instrument) => {
    const words = new Set([...facts.index.wordsOf(i.id)].map(wordStem));
    const matched = wanted.filter((w) => words.has(wordStem(w))).length;
    return matched * 4 + (partiesFit(i, phrase.parties, facts, true) ? 2 : 0) + (wanted.length === 0 && isCurrent(i) ? 1 : 0);
  };
  if (wanted.length > 0 && ofYear.length > 8) {
    const named = wanted.flatMap(variantsOf).map((v) => facts.index.names.ownersWith(v));
    ofYear = common.filter((id) => named.some((owners) => owners.has(id))).map((id) => facts.instruments.get(id)).filter(fits);
  } else if (wanted.length === 0 && ofYear.length > 8) {
    return ofYear.map((i) => i.id); // many instruments between those parties and nothing to tell them apart
  }
  // Qualifiers that match none of the candidates ("the nuclear deal with Iran") describe
  // something the fact base does not hold.
  const ranked = ofYear.map((i) => ({ id: i.id, score: score(i) })).sort((a, b) => b.score - a.score);
  if (ranked.length === 0 || (wanted.length > 0 && ranked[0].score < 4)) return [];
  if (ranked.length === 1) return [ranked[0].id];
  if (wanted.length > 0 && ranked[0].score > ranked[1].score && ranked[0].score >= 4) return [ranked[0].id];
  return ranked.map((r) => r.id);
}


/** "the treaty of friendship, good-neighbourliness and cooperation": two or more defining words name one instrument. */
/** Parties named earlier in the sentence, close before `start`. */
function partiesBefore(parties: PartyMention[], start: number, text: string): PartyMention[] {
  return startingWithin(parties, start - 400, start).filter((p) => p.end <= start && start - p.end < 120 && !mayCrossSentence(text.slice(p.end, start)));
}

/**
 * "the comprehensive strategic partnership treaty": the one instrument whose names hold every
 * qualifier; of several (a shared name), or for a single qualifier, the one whose parties the
 * sentence names ("Russian and Iranian officials say the … treaty").
 */
function byQualifiers(phrase: NounPhrase, kinds: InstrumentKind[] | 'any', facts: FactBase, sentenceParties: PartyMention[]): string[] {
  const wanted = [...new Set(phrase.qualifiers.filter((q) => !STOP.has(q) && !/^\d+$/.test(q) && q.length > 3).map(wordStem))];
  // One word decides only with the parties the sentence names ("Japan and the ROK … the normalization treaty").
  if (wanted.length === 0 || (wanted.length === 1 && sentenceParties.length < 2)) return [];
  // Only instruments with a name holding the rarest wanted word can match them all.
  const rarest = [...wanted].sort((a, b) => postingCount(a, facts) - postingCount(b, facts))[0];
  const pool = new Set(postingsFor(rarest, facts).map((n) => facts.index.names.ownerOf(n)));
  const scored = [...pool].map((id) => facts.instruments.get(id)!).filter((i) => kindFits(i, kinds)).map((i) => {
    const words = new Set([...facts.index.wordsOf(i.id)].map(wordStem));
    return { id: i.id, score: wanted.filter((w) => words.has(w)).length };
  }).sort((a, b) => b.score - a.score);
  if (!scored[0] || scored[0].score !== wanted.length) return [];
  const top = scored.filter((x) => x.score === scored[0].score);
  if (top.length === 1 && wanted.length >= 2) return [top[0].id];
  // "North Korea and South Korea signed a joint statement": an indefinite noun is theirs alone,
  // not the six-party statement of 2005 that has them among its parties.
  const theirsAlone = (i: Instrument) => !INDEFINITE.has(phrase.determiner ?? '') || (i.parties?.value ?? []).every((p) => sentenceParties.some((n) => n.id === p || relatedParties(facts, p, n.id)));
  const fitting = sentenceParties.length > 0 ? top.filter((x) => partiesFit(facts.instruments.get(x.id)!, sentenceParties, facts) && theirsAlone(facts.instruments.get(x.id)!)) : [];
  return fitting.length === 1 ? [fitting[0].id] : [];
}

/** A word's spelling variants as names may hold it (defence/defense, treaties/treaty, neighborly/neighborliness). */
const variantsOf = (word: string) => [...new Set([word, `${word}s`, word.replace(/se$/, 'ce'), word.replace(/ly$/, 'liness')])];

/** Names holding a word, whatever its spelling variant. */
function postingsFor(word: string, facts: FactBase): readonly number[] {
  return variantsOf(word).flatMap((v) => facts.index.names.namesWith(v));
}

function postingCount(word: string, facts: FactBase): number {
  return variantsOf(word).reduce((n, v) => n + facts.index.names.countWith(v), 0);
}

function isCurrent(instrument: Instrument): boolean {
  const last = instrument.status?.[instrument.status.length - 1]?.status;
  return last === 'in-force';
}

/** The people named as signing what a definite noun phrase refers to, after it or before it. */
function namedSigners(start: number, end: number, text: string, people: PersonMention[]): PersonMention[] {
  const after = signersAfter(end, text, people, true);
  return after.length > 0 ? after : signersBefore(start, text, people);
}

/** "The treaty was signed by North Korean Premier Kim Il Sung and Chinese Premier Zhou Enlai": the agents. */
function signingAgents(end: number, text: string, people: PersonMention[]): PersonMention[] {
  // "… was signed by", and the participle alone: "the mutual defense treaty signed by Kim Jong-un and Vladimir Putin".
  const lead = /^\s+(?:(?:was|were|had been|has been)\s+)?signed\s+(?:(?:in|at|on)\s+[^,;.()]{1,40}?\s+)?by\s+/i.exec(text.slice(end, end + 80));
  if (!lead) return [];
  const from = end + lead[0].length;
  const after = onePerSpan(startingWithin(people, from, from + 160));
  if (after.length === 0 || !/^(?:[\p{L}'’.-]+\s+){0,4}$/u.test(text.slice(from, after[0].start))) return [];
  const agents = [after[0]];
  // "by then Presidents Dmitry Medvedev of Russia and Barack Obama of the United States": a state may follow each.
  for (let k = 1; k < after.length && /^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s*){1,3})?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[\p{L}'’.-]+\s+){0,4}$/u.test(text.slice(agents[agents.length - 1].end, after[k].start)); k++) agents.push(after[k]);
  return agents.length >= 2 ? agents : [];
}

/** A year right after the signers ("… and Kim Jong Il in 2000") that is not the instrument's. */
function otherYearAfter(text: string, at: number, instrument: Instrument): boolean {
  const year = /^[^.;:]{0,40}?\b((?:1[89]|20)\d\d)\b/.exec(text.slice(at, at + 60))?.[1];
  return year !== undefined && year !== signingYear(instrument);
}

/** Qualifiers of the phrase ("strategic partnership") are all words of the instrument's names. */
function qualifiersFit(id: string, phrase: NounPhrase, facts: FactBase): boolean {
  const own = new Set([...facts.index.wordsOf(id)].map(wordStem));
  return phrase.qualifiers.filter((q) => !STOP.has(q) && !/^\d+$/.test(q) && q.length > 3).every((q) => own.has(wordStem(q)));
}

/** Whether one of the phrase's words ("pivotal … strategic partnership treaty") is a word of the instrument's names. */
function qualifierNamesIt(id: string, phrase: NounPhrase, facts: FactBase): boolean {
  const own = new Set([...facts.index.wordsOf(id)].map(wordStem));
  return phrase.qualifiers.some((q) => !STOP.has(q) && !/^\d/.test(q) && q.length > 3 && own.has(wordStem(q)));
}

/** "the pact Putin and Kim signed": the one instrument those people signed together. */
function bySigners(signers: PersonMention[], facts: FactBase, kinds: InstrumentKind[] | 'any'): string[] {
  const lists = signers.map((p) => facts.index.signedBy(p.name));
  const matches = lists[0].filter((id) => lists.every((list) => list.includes(id)) && kindFits(facts.instruments.get(id), kinds));
  return matches.length === 1 ? [matches[0]] : [];
}

/** Parties named in a paragraph all belong to an instrument that lists its parties (or it lists none). */
function partiesStay(instrument: Instrument | undefined, named: PartyMention[], facts: FactBase): boolean {
  const own = instrument?.parties?.value ?? [];
  return own.length === 0 || named.every((p) => own.some((o) => relatedParties(facts, o, p.id)));
}

/** Named signers rule out an instrument whose known signatories do not include them all. */
function signersFit(instrument: Instrument, signers: PersonMention[]): boolean {
  const known = instrument.signed?.signatories?.value ?? [];
  if (signers.length === 0 || known.length === 0) return true;
  const names = known.map((s) => s.name.split('(')[0].trim());
  return signers.every((p) => names.includes(p.name));
}

/** "the pact [that] Putin and Kim signed". */
function signersAfter(end: number, text: string, people: PersonMention[], relative = false): PersonMention[] {
  const after = onePerSpan(startingWithin(people, end, end + 120));
  // A relative clause may start with "he and" and give the next signer's title first.
  const lead = relative ? /^\s+(?:that|which)\s+(?:(?:he|she)\s+and\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu : /^\s+(?:that\s+|which\s+)?$/i;
  if (after.length === 0 || !lead.test(text.slice(end, after[0].start))) return [];
  const signers = [after[0]];
  const join = relative ? /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[\p{L}'’.-]+\s+){0,4}$/iu : /^\s*(?:and|,|&)\s*$/;
  for (let k = 1; k < after.length && join.test(text.slice(signers[signers.length - 1].end, after[k].start)); k++) signers.push(after[k]);
  return /^\s+(?:had\s+|have\s+|has\s+)?signed\b/i.test(text.slice(signers[signers.length - 1].end)) ? signers : [];
}

/** "Putin and Kim Jong Un signed the pact": the people right before "signed" and the noun phrase. */
export function signersBefore(start: number, text: string, people: PersonMention[]): PersonMention[] {
  const before = onePerSpan(startingWithin(people, start - 300, start)).filter((p) => p.end <= start && start - p.end < 120);
  const last = before[before.length - 1];
  if (!last || !/^\s+(?:(?:have|has|had|jointly|formally)\s+)?signed\s+$/i.test(text.slice(last.end, start))) return [];
  const signers = [last];
  // "Putin and North Korean leader Kim Jong Un": a title may stand before the second name.
  for (let k = before.length - 2; k >= 0 && /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[\p{L}'’.-]+\s+){0,4}$/iu.test(text.slice(before[k].end, signers[0].start)); k--) signers.unshift(before[k]);
  // Both signers of a bilateral instrument, not one of several names in a list.
  return signers.length >= 2 ? signers : [];
}

/** One person per span: a name the fact base lists under two spellings is found twice. */
function onePerSpan(people: PersonMention[]): PersonMention[] {
  return people.filter((p, k) => k === 0 || people[k - 1].start !== p.start);
}

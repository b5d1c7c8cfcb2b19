// Builds claims: a value bound to an instrument through an event word in one sentence.
// Precision first: a value is read as a claim only when its owning event word is a treaty
// event and that event word is tied to exactly one instrument.
import { DATE_ASIDE } from './dateAside.js';
import { replacedAnother } from './replacedNamed.js';
import type { FactBase } from '../facts/factBase.js';
import type { DateMention } from './dates.js';
import { findDates } from './dates.js';
import { anotherTime, datedInNewYork } from './otherTimes.js';
import { actingFor, partiesTailEnd } from './descriptors.js';
import { isMultilateral } from '../facts/multilateral.js';
import { startingWithin } from './spanWindow.js';
import { nameKey } from '../text/normalize.js';
import { findEventWords, owningEvent, type EventWord, type TreatyEvent } from './events.js';
import type { ArticleMention, CountMention, InstrumentMention, ParagraphMentions, PartyMention, PersonMention, PlaceMention } from './mentions.js';
import type { Span } from './sentences.js';
import { antecedentOf } from './antecedent.js';
import { labelLineClaims } from './labelLines.js';
import { termClaims } from './termClaims.js';
import type { TermMention } from './terms.js';
import { findAnniversaries, type AnniversaryMention } from './anniversaries.js';

export type DateEvent = Exclude<TreatyEvent, 'statusPositive' | 'statusNegative'>;

export type Claim =
  | { kind: 'date'; event: DateEvent; instrument: string; date: DateMention; party?: string; body?: string; bodyActs?: boolean; via?: Via; joined?: boolean }
  | { kind: 'place'; instrument: string; place: PlaceMention; event: 'signed' | 'exchange'; via?: Via }
  | { kind: 'signatory'; instrument: string; person: PersonMention; text: string }
  | { kind: 'parties'; instrument: string; parties: PartyMention[] }
  | { kind: 'status'; instrument: string; positive: boolean; start: number; end: number; text: string }
  | { kind: 'articleCount'; instrument: string; count: CountMention; text: string }
  | { kind: 'term'; instrument: string; term: TermMention; text: string }
  | { kind: 'articleContent'; instrument: string; article: ArticleMention; sentence: Span }
  | { kind: 'anniversary'; instrument: string; anniversary: AnniversaryMention };

/** How the instrument was named in the sentence: a sibling with a similar name may be meant instead. */
export interface Via {
  how: InstrumentMention['how'];
  text: string;
}

export interface SentenceContext {
  text: string;
  sentence: Span;
  mentions: ParagraphMentions;
  facts: FactBase;
  /** Instrument mentions of the paragraph before this sentence, for "it" and "its". */
  previous: InstrumentMention[];
}

const within = (s: Span, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;

const INSTRUMENT_NOUNS = /^(?:treaty|treaties|pact|pacts|agreement|agreements|accord|accords|deal|charter|convention|protocol|declaration|statement|resolution|armistice|alliance|framework|document|text)$/;
const PRONOUN_BEFORE = /\b(?:it|which|that)\s+(?:was|were|has|had|is|have|has been|had been|was later|was formally|was finally|has now|formally|finally|later)?\s*$/i;
const BODIES = /\b(State Duma|Duma|Federation Council|Supreme People's Assembly|Senate|Diet|National People's Congress|NPC Standing Committee|Majlis|Guardian Council|National Assembly|parliament|cabinet|president)\b/i;
// "signed in Moscow", "at the Kremlin", "in the city of Pyongyang", "in the Far Eastern port of Vladivostok";
// "at a Reykjavik summit": a meeting named by its city; "in the Iranian capital, Tehran".
const PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:city|town|capital|port|village)\s+of\s+)?$|\bat\s+an?\s+$|\bin\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:city|capital|port)\s*,\s*$/iu;
// Between an event word and its object: a date, a place, or what was suspended under it
// ("suspended its obligations to New Zealand under the ANZUS treaty").
const OBJECT_LATER = new RegExp(String.raw`^\s+(?:${DATE_ASIDE}\s*(?:(?:\p{Lu}\p{L}*\s+){1,2}time,\s*)?|in\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}|(?:its|their|all)\s+(?:treaty\s+|security\s+|defen[cs]e\s+)?(?:obligations|commitments)\s+(?:to(?:wards?)?\s+(?:\p{Lu}[\p{L}.]*\s+){1,3})?under\s+)(?:(?:the|a|an)\s+(?:new\s+)?)?$`, 'u');
const AVERTED_OR_FEARED = /\b(?:(?:just\s+)?(?:days|weeks|months|hours)\s+before|before|ahead\s+of|prior\s+to|avert(?:ed|ing)?|avoid(?:ed|ing)?|(?:concerns?|fears?|worries|talk|prospects?|threat|risk|possibility|danger)\s+(?:about|of|over))\s+(?:its|the|their|a)\s+(?:[\p{L}’']+\s+){0,4}$|\b(?:possible|potential|scheduled|looming|impending|upcoming|imminent|likely|expected|anticipated|planned|prospective|approaching|coming|pending|original|initial)\s+$/iu;
const EARLIER_VERSION = /\b(?:earlier|previous|original|first|older|old|prior)\s+(?:version|iteration|incarnation|form|text)\s+of\s+(?:the\s+|this\s+|that\s+)?$/i;
const ALL_BODIES = new RegExp(BODIES.source, 'gi');
const BODY_AFTER_DATE = new RegExp(`^[\\s,]*(?:(?:the\\s+)?same year|that year)?[\\s,]*by\\s+(?:the\\s+)?(${BODIES.source.slice(3, -3)})\\b`, 'i');

export function buildClaims(ctx: SentenceContext): Claim[] {
  const { text, sentence, mentions, facts } = ctx;
  const labelled = labelLineClaims({ text, sentence, places: mentions.places, instruments: mentions.instruments, previous: ctx.previous, facts });
  if (labelled) return labelled;
  const claims: Claim[] = [];
  // A word inside a name is not a verb: "Agreed" in "the Agreed Framework", "States" in "the United States".
  // (A description may span a verb: "the treaty … concluded by Russia and North Korea".)
  const named = [...startingWithin(mentions.instruments, sentence.start, sentence.end).filter((m) => m.how === 'name'), ...startingWithin(mentions.parties, sentence.start, sentence.end)];
  const words = findEventWords(text, sentence.start, sentence.end).filter((w) => !named.some((m) => w.start >= m.start && w.end <= m.end));
  const dates = findDates(text, sentence.start, sentence.end);
  const instruments = mentions.instruments.filter((m) => within(sentence, m));
  // "It was signed …, and … entered into force …": a sentence-initial "It" is the subject of every clause;
  // so is the "it" of an opening clause ("Since it opened for signature in 1968 and entered into force in 1970, …").
  const lead = /^(?:It|Which|(?:Since|When|After|Once|Until|Before|Because|Although|Though|While|As)\s+it)\b/.exec(text.slice(sentence.start, sentence.start + 12));
  const antecedentId = antecedentOf(ctx.previous, text)?.ids[0];
  if (lead && antecedentId && !instruments.some((m) => m.start < sentence.start + lead[0].length) && !replacedAnother(text, sentence.start, instruments, ctx.facts, antecedentId)) {
    instruments.unshift({ start: sentence.start, end: sentence.start + lead[0].length, ids: [antecedentId], how: 'coreference' });
  }
  // Values inside an instrument's own name ("the 1961 treaty", "Resolution 2397 (2017)") are not claims.
  // So is a year that names it after "of" ("the US-Japan Security Pact of 1952").
  const inName = (x: { start: number; end: number }) => instruments.some((m) => (x.start < m.end && x.end > m.start) || (x.start > m.end && /^\s+of\s+$/.test(text.slice(m.end, x.start)) && /^\d{4}$/.test(text.slice(x.start, x.end))));

  // "The Treaty on Comprehensive Strategic Partnership between the DPRK and Russia": parties
  // of this instrument right after its name are part of how the brief names it.
  const namedUntil = (m: InstrumentMention) => {
    if (m.how !== 'name' || m.ids.length !== 1) return m.end;
    return partiesTailEnd(m.end, mentions.parties, text, facts.instruments.get(m.ids[0])?.parties?.value ?? [], facts) ?? m.end;
  };

  let via: Via | undefined;
  const instrumentFor = (word: EventWord): string | undefined => {
    const before = instruments.filter((m) => m.end <= word.start);
    const after = instruments.filter((m) => m.start >= word.end);
    // "The new treaty follows one that was signed by … in 1950": "one" is another instrument.
    if (/\b(?:one|another)\s+(?:that|which)\s+(?:(?:was|were|had been|has been|had)\s+)?$/i.test(text.slice(Math.max(sentence.start, word.start - 40), word.start))) {
      via = undefined;
      return undefined;
    }
    let chosen: InstrumentMention | undefined = before[before.length - 1];
    // "the treaty of friendship … concluded by Russia and North Korea on …": the description spans its verb.
    const around = instruments.find((m) => m.how !== 'name' && m.start < word.start && m.end >= word.end);
    if (around) chosen = around;
    // "Signed by Putin and Pezeshkian on …, the treaty establishes …": a participle opening the sentence.
    // "Originally signed by Reagan … on December 8, 1987, the INF Treaty was …": an adverb may open it.
    if (!chosen && /^\s*(?:(?:Originally|First|Formally|Officially)\s+)?$/.test(text.slice(sentence.start, word.start)) && /^(?:[Ss]igned|[Rr]atified|[Cc]oncluded|[Aa]dopted|[Ii]nked|[Oo]pened for signature)$/.test(text.slice(word.start, word.end))) chosen = after.find((m) => m.ids.length > 0);
    // "The signing of X", "ratified the X", "withdrew from the X": the object follows closely.
    const next = after[0];
    // "unanimously adopted on September 12, New York time, Resolution 2375", "50 states signed in
    // New York the United Nations Charter": the object comes after a date, a place or the like.
    const valueFirst = !chosen && next !== undefined && OBJECT_LATER.test(text.slice(word.end, next.start));
    // "Putin signed the law ratifying the treaty": the treaty is what the law's signing ratifies.
    const lawOn = word.event === 'ratified' && next !== undefined && LAW_ON.test(text.slice(word.end, next.start));
    // "a five-part agenda was adopted until the ceasefire was signed": a clause of its own follows.
    const clauseAfter = next !== undefined && /\b(?:until|before|after|when|while|whereas|because|although|though|unless|once)\s/i.test(text.slice(word.end, next.start));
    if (next && !clauseAfter && (valueFirst || lawOn || /^\s*(?:of|from|to|the|on|with|by|into|in|its|their|for)?(?:[\s\w'’"“”«]{0,12}|\s+(?:\p{Lu}[\p{L}.]*[-–]){1,2}\p{Lu}[\p{L}.]*\s+)$/iu.test(text.slice(word.end, next.start))) && (!chosen || /^(?:signing|ratification|withdrawal|adoption|expiry|expiration|termination|suspension)/i.test(text.slice(word.start, word.end)) || next.start - word.end < word.start - chosen.end)) {
      chosen = next;
    }
    // The exchange of ratification instruments in a paragraph about a treaty is that treaty's.
    // ("… were exchanged in Pyongyang on 10 September 1961, when the treaty took effect": the
    // sentence may name that same treaty again.)
    // Not when an instrument it cannot resolve follows ("… exchanged ratifications of the
    // Treaty of Amity and Commerce"): the exchange is that one's.
    if ((!chosen || chosen.ids.length === 0) && word.event === 'exchange' && !instruments.some((m) => m.ids.length === 0 && m.start >= word.end && m.start - word.end < 40)) {
      const last = antecedentOf(ctx.previous, text);
      if (instruments.every((m) => m.ids.length === 0 || (m.ids.length === 1 && m.ids[0] === last?.ids[0]))) chosen = last;
    }
    // "The State Duma ratified it on October 24": the object pronoun stands for the last instrument named.
    // "Signed on July 1, 1968; entered into force March 5, 1970." after naming the NPT: a fact-sheet
    // sentence with no subject is about the instrument just named.
    // "The signing ceremony … was held at the White House on …" likewise.
    // Not when the instrument named last is one the fact base does not know ("Agreement for special
    // measures … under Article IV of the Mutual Defense Treaty. Signed at Seoul February 2, 2014").
    const last = ctx.previous[ctx.previous.length - 1];
    const subjectless = instruments.length === 0 && !(last && last.end > last.start && last.ids.length === 0)
      && /^(?:Signed|Ratified|Ratifications exchanged|Concluded|Adopted|Entered|The (?:formal |official )?(?:signing|signature) ceremony\b)/.test(text.slice(sentence.start, sentence.start + 40));
    if (!chosen && (subjectless || PRONOUN_BEFORE.test(text.slice(sentence.start, word.start)) || /^\s+it\b/i.test(text.slice(word.end, word.end + 4)))) {
      chosen = antecedentOf(ctx.previous, text);
      if (chosen?.ids.length === 1 && replacedAnother(text, sentence.start, instruments, ctx.facts, chosen.ids[0])) chosen = undefined;
    }
    via = chosen ? { how: chosen.how, text: text.slice(chosen.start, namedUntil(chosen)) } : undefined;
    object = chosen !== undefined && chosen.start >= word.end;
    // "an earlier version of the treaty, which had been signed in 1951": the one it replaced.
    earlierVersion = chosen !== undefined && EARLIER_VERSION.test(text.slice(Math.max(sentence.start, chosen.start - 40), chosen.start));
    return chosen && chosen.ids.length === 1 ? chosen.ids[0] : undefined;
  };
  let object = false;
  let earlierVersion = false;
  // The person just before the event word (nothing but titles and adverbs between) holds a
  // presidency or a state chairmanship.
  const headOfStateActs = (word: EventWord) => {
    const person = mentions.people.filter((p) => p.end <= word.start && p.start >= sentence.start).pop();
    if (!person || !/^\s+(?:(?:has|had|then|later|formally|also|finally|already)\s+)*$/i.test(text.slice(person.end, word.start))) return false;
    const role = facts.people.find((p) => p.name === person.name)?.role ?? '';
    return /\b(?:President|Chairman)\b/.test(role);
  };
  const original = (id: string) => {
    const replaced = facts.instruments.get(id)?.supersedes ?? [];
    return replaced.length === 1 ? replaced[0] : undefined;
  };
  // "The resolution tightens the sanctions adopted by the Council in March 2016": a participle
  // right after another noun, with the instrument named before both, is that noun's event.
  const modifiesOtherNoun = (word: EventWord) => {
    if (object || !/ed$/.test(text.slice(word.start, word.end))) return false;
    if (!/^\s+(?:by|in|on|at|during|last|earlier|months|years|weeks|days)\b/i.test(text.slice(word.end, word.end + 12))) return false;
    const noun = /\b(?:the|these|those|its|their|earlier|previous)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u.exec(text.slice(Math.max(sentence.start, word.start - 50), word.start));
    return noun !== null && !INSTRUMENT_NOUNS.test(noun[1]) && !instruments.some((m) => m.end > word.start - noun[0].length && m.start < word.start);
  };
  // "Poland signed the UN Charter on 15 October 1945", "… was signed by China in 1992": a state
  // signing a multilateral instrument does so on its own date, which the fact base rarely holds.
  const stateSigns = (id: string, word: EventWord) => {
    if (word.event !== 'signed' || !isMultilateral(facts.instruments.get(id))) return false;
    const verb = text.slice(word.start, word.end);
    const opening = /^\s*$/.test(text.slice(sentence.start, word.start));
    // A named state before the verb ("Poland signed"), not a collective ("12 nations signed",
    // "the nations that participated …, signed"): those are the instrument's own signing.
    const subject = /(\S+)\s+(?:(?:have|has|had|also|formally|later)\s+)*$/.exec(text.slice(Math.max(sentence.start, word.start - 40), word.start))?.[1] ?? '';
    const named = /^\p{Lu}/u.test(subject) || /^(?:U\.?S\.?|UK|U\.K\.)$/.test(subject);
    // A timeline's line with no subject ("1985: Signs Non-Proliferation Treaty (NPT)"): the
    // actor the timeline follows signs it.
    const implied = object && /^(?:Signs|Signed|Sign)$/.test(verb) && /(?:^|[:–—-])\s*$/.test(text.slice(sentence.start, word.start));
    return implied || (object && /^(?:signed|signs|sign|inked)$/.test(verb) && !opening && named) || /^\s+by\s+(?:the\s+)?\p{Lu}/u.test(text.slice(word.end, word.end + 12));
  };

  const treatyWords = words.filter((w) => w.event !== 'other');
  // Who acts for a state: its name, or a person of it ("Putin signed it into law": Russia).
  // Built when a ratification, withdrawal or suspension needs it, from this sentence only.
  let actorList: PartyMention[] | undefined;
  const actors = () => (actorList ??= [
    ...startingWithin(mentions.parties, sentence.start, sentence.end),
    ...actingFor(startingWithin(mentions.people, sentence.start, sentence.end)),
  ].sort((a, b) => a.start - b.start));
  for (const word of treatyWords) {
    const named = instrumentFor(word);
    if (!named || stateSigns(named, word) || modifiesOtherNoun(word)) continue;
    // "The Treaty of Mutual Cooperation and Security … was first signed in 1951 at the San
    // Francisco Presidio": the first signing is the original's, which the named one replaced.
    // An instrument that replaced none was itself first signed ("Originally signed by Reagan …").
    const id = earlierVersion ? original(named) : /\b(?:first|originally|initially)\s+$/i.test(text.slice(Math.max(sentence.start, word.start - 12), word.start)) ? original(named) ?? named : named;
    if (!id) continue;
    // A state joins a multilateral instrument; "joined" with a bilateral one is something else.
    const joined = word.event === 'ratified' && /^(?:join|acce|bec)/i.test(text.slice(word.start, word.end));
    if (joined && !isMultilateral(facts.instruments.get(id))) continue;
    if (via?.how === 'coreference' && word.event === 'signed' && signedOtherInstrument(id, sentence, ctx)) continue;
    if (word.event === 'statusPositive' || word.event === 'statusNegative') {
      // "was still in force in 1995" speaks of another time: leave it.
      if (dates.length > 0 || /\b(?:until|as of|by then|at the time|then|in the \d{4}s)\b/i.test(text.slice(sentence.start, sentence.end))) continue;
      // "… every six months while the treaty is in force": a condition, not a claim about today.
      if (/\b(?:would|could|might|may|should|if|whether|unless|while|as long as|so long as|when|once|until)\b[^,;]*$/i.test(text.slice(sentence.start, word.start))) continue;
      claims.push({ kind: 'status', instrument: id, positive: word.event === 'statusPositive', start: word.start, end: word.end, text: text.slice(word.start, word.end) });
      continue;
    }
    const event = word.event as DateEvent;
    // "was supposed to expire in 2021", "would be signed", "is due to enter into force", "must be
    // suspended", "will expire on February 5, 2021" (written before that day, and then extended):
    // not a fact about what happened.
    if (/\b(?:supposed|due|set|scheduled|expected|slated|planned|intended|going)\s+to\s+(?:be\s+)?$|\b(?:would|could|might|may|should|must|will)\s+(?:not\s+)?(?:be\s+|have\s+(?:been\s+)?)?(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sentence.start, word.start - 30), word.start))) continue;
    // "agreed to extend it just days before its expiration in February 2021", "dismissed concerns
    // about the treaty's expiration in January", "the possible expiration of … New START in 2021",
    // "the treaty's original expiration date in 2021": an end that was averted, feared, foreseen,
    // first planned or talked of.
    // "The treaty expires in 2021 and the administration remains undecided": a scheduled end, which
    // an extension may move, is no fact about when it ended.
    if (word.event === 'end' && /^(?:expires?|expiring|lapses?|lapsing)$/i.test(text.slice(word.start, word.end))) continue;
    if ((word.event === 'end' || word.event === 'suspension' || word.event === 'withdrawal') && AVERTED_OR_FEARED.test(text.slice(Math.max(sentence.start, word.start - 60), word.start))) continue;
    // "was not signed in Moscow, as some reports claimed, but in Pyongyang": a denial, not a claim.
    if (/\b(?:not|never)\s+(?:yet\s+|been\s+|be\s+)?$|n['’]t\s+(?:yet\s+|been\s+)?$/i.test(text.slice(Math.max(sentence.start, word.start - 20), word.start))) continue;
    for (const date of dates) {
      if (inName(date) || attributive(text, date.end) || owningEvent(text, words, date.start, date.end, sentence.start, sentence.end) !== word) continue;
      if (anotherTime(text, date, dates, word, sentence, event === 'end', datedInNewYork(facts.instruments.get(id)))) continue;
      const claim: Extract<Claim, { kind: 'date' }> = { kind: 'date', event, instrument: id, date, via, ...(joined ? { joined } : {}) };
      if (event === 'ratified' || event === 'withdrawal' || event === 'suspension') {
        // "ratified by Russia in April and Iran in May": a party between the event word and the date is the date's.
        const local = mentions.parties.filter((p) => p.start >= word.end && p.end <= date.start && !/[;.]/.test(text.slice(p.end, date.start))
          && (/\b(?:by|and)\s+(?:the\s+)?$|[—–(,]\s*$/i.test(text.slice(Math.max(word.end, p.start - 8), p.start)) || /^\s+(?:in|on)\s+$/.test(text.slice(p.end, date.start))) && !instruments.some((m) => p.start >= m.start && p.end <= m.end)
          && !/\b(?:between|among)\b[^,;.]{0,60}$/i.test(text.slice(word.end, p.start))).pop();
        const party = local?.id ?? bodyParty(text, word, sentence) ?? subjectParty(text, actors(), word, sentence);
        if (party) claim.party = party;
        // Who withdrew is part of the claim: without a party, nothing is judged.
        else if (event === 'withdrawal') continue;
        // The body nearest before the event word: "… and the Federation Council ratified it".
        // "… ratified it on October 24 and the Federation Council on November 6": a body between
        // the event word and the date is the date's.
        // "On 6 November same year, by the Federation Council": a body right after the date is its own.
        const following = BODY_AFTER_DATE.exec(text.slice(date.end, date.end + 60));
        const own = following ? [] : [...text.slice(word.end, date.start).matchAll(ALL_BODIES)];
        const bodies = following ? [] : own.length > 0 ? own : [...text.slice(sentence.start, word.start).matchAll(ALL_BODIES)];
        if (following) {
          claim.body = following[1];
          claim.bodyActs = true;
        } else if (bodies.length > 0) {
          const body = bodies[bodies.length - 1];
          claim.body = body[1];
          // The body is the one acting when it is the event word's subject or stands right before
          // the date: then only its own step is the expected date.
          const at = own.length > 0 ? word.end + body.index! : sentence.start + body.index!;
          claim.bodyActs = own.length > 0
            ? /^\s+(?:on|in)\s+$/.test(text.slice(at + body[0].length, date.start))
            : /^[\p{L}'’ -]{0,30}?\s+(?:(?:has|had|also|then|formally|unanimously|finally)\s+)*$/u.test(text.slice(at + body[0].length, word.start));
        } else if (event === 'ratified' && headOfStateActs(word)) {
          // "Putin signed the treaty on November 6, following its ratification": a head of state
          // acting on a ratification is the president's step, not the legislature's.
          claim.body = 'president';
          claim.bodyActs = true;
        }
      }
      claims.push(claim);
    }
    if (event === 'signed' || event === 'exchange') {
      for (const place of mentions.places) {
        if (!within(sentence, place) || inName(place)) continue;
        if (!PLACE_BEFORE.test(text.slice(Math.max(sentence.start, place.start - 30), place.start))) continue;
        if (owningEvent(text, words, place.start, place.end, sentence.start, sentence.end) !== word) continue;
        if (place.start < word.start) continue;
        // "on 27 July 1953 (26 July in Washington)": the city of another clock, not of the signing.
        if (/\([^()]{0,30}\d[^()]{0,20}\s(?:in|at)\s+$/.test(text.slice(Math.max(sentence.start, place.start - 60), place.start))) continue;
        claims.push({ kind: 'place', instrument: id, place, event, via });
      }
      if (event === 'signed') claims.push(...signatoryClaims(text, mentions.people, word, sentence, id));
    }
  }

  claims.push(...postfixDateClaims(text, instruments, dates, facts));
  claims.push(...partiesClaims(text, sentence, instruments, mentions.parties));
  claims.push(...countClaims(text, sentence, instruments, mentions.counts, ctx.previous));
  claims.push(...termClaims(text, sentence, instruments, mentions.terms));
  claims.push(...articleClaims(text, sentence, instruments, mentions.articles, ctx.previous));
  for (const anniversary of findAnniversaries(text, sentence, instruments)) claims.push({ kind: 'anniversary', instrument: anniversary.instrument, anniversary });
  return claims;
}

// Legislatures and offices that ratify, and whose state they speak for.
const BODY_PARTIES: [RegExp, string][] = [
  [/\b(?:State Duma|Duma|Federation Council)\b/i, 'russia'],
  [/\bSupreme People's Assembly\b/i, 'dprk'],
  [/\b(?:National People's Congress|NPC)\b/, 'prc'],
  [/\bDiet\b/, 'japan'],
  [/\b(?:Majlis|Guardian Council)\b/i, 'iran'],
  [/\bU\.?S\.? Senate\b/, 'usa'],
];

/** "the Federation Council ratified it": the body right before the event word names the party. */
function bodyParty(text: string, word: EventWord, sentence: Span): string | undefined {
  const before = text.slice(Math.max(sentence.start, word.start - 60), word.start);
  if (/[,;]\s*(?:and|but)?\s+[^,;]*$/.test(before) && !/(?:Duma|Council|Assembly|Congress|NPC|Diet|Majlis|Senate)[^,;]*$/.test(before)) return undefined;
  let best: { at: number; party: string } | undefined;
  for (const [re, party] of BODY_PARTIES) {
    for (const m of before.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      if (!best || m.index > best.at) best = { at: m.index, party };
    }
  }
  // Only when nothing else stands between the body and the verb's clause.
  return best && !/[;]|,\s+(?:and|but)\s/.test(before.slice(best.at)) ? best.party : undefined;
}

// "the February 9, 2000 bilateral treaty", "its November 28, 2017 launch", "North Korea's
// November 29, 2017 missile test": the date belongs to the noun right after it and its modifiers.
const ATTRIBUTIVE = /^\s+(?:(?!(?:the|a|an|this|that|its|their|and|or|when|as|after|before|while|in|on|at|by|to|for|with|from|during|amid|following|despite|was|were|is|are|had|has)\b)[a-z][a-z-]+\s+){0,3}(?:treaty|pact|agreement|accord|deal|declaration|statement|resolution|charter|alliance|launch|test|visit|summit|meeting|election|attack|invasion|speech|talks|announcement|decision|vote|deadline|ceremony|parade|report)(?:e?s)?\b/;

function attributive(text: string, end: number): boolean {
  return ATTRIBUTIVE.test(text.slice(end, end + 60));
}

/**
 * "The treaty was signed by … Zhou Enlai …" right after a mention of the Soviet treaty: a
 * person named in the sentence signed another instrument named in the paragraph but not
 * the one "the treaty" was resolved to, so the reference is in doubt.
 */
function signedOtherInstrument(id: string, sentence: Span, ctx: SentenceContext): boolean {
  const signers = (instrumentId: string) => (ctx.facts.instruments.get(instrumentId)?.signed?.signatories?.value ?? []).map((s) => s.name.split('(')[0].trim());
  const own = signers(id);
  const people = ctx.mentions.people.filter((p) => within(sentence, p));
  const others = new Set([...ctx.mentions.instruments, ...ctx.previous].flatMap((m) => m.ids).filter((x) => x !== id));
  return people.some((p) => !own.includes(p.name) && [...others].some((o) => signers(o).includes(p.name)));
}

/** "Russia ratified", "Russia's parliament ratified", "ratified by Russia", "North Korea withdrew". */
function subjectParty(text: string, parties: PartyMention[], word: EventWord, sentence: Span): string | undefined {
  const by = parties.find((p) => p.start >= word.end && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(word.end, p.start)));
  if (by) return by.id;
  // The nearest party before the event word that is not the object of a preposition
  // ("Washington suspended … and withdrew": Washington; "talks with Moscow": not Moscow).
  // "…; the withdrawal will take effect" reaches back past the semicolon for its party.
  const clause = text.slice(Math.max(sentence.start, text.lastIndexOf(';', word.start) + 1), word.start);
  const noun = /^(?:the|its|their)\s+$/i.test(text.slice(Math.max(sentence.start, word.start - 6), word.start)) || /\b(?:the|its|their)\s+(?:withdrawal|suspension)\b/i.test(clause);
  const before = parties.filter((p) => p.end <= word.start && p.start >= sentence.start && (noun || !/[;]/.test(text.slice(p.end, word.start))));
  for (let i = before.length - 1; i >= 0; i--) {
    const lead = text.slice(Math.max(sentence.start, before[i].start - 40), before[i].start);
    if (/\b(?:with|to|from|against|under|of|between|for|on|in|at|by|toward|towards|than)\s+(?:the\s+)?$/i.test(lead) || /\bbetween\s+[^,;]{1,30}\s+and\s+(?:the\s+)?$/i.test(lead)) continue;
    return before[i].id;
  }
  return undefined;
}

// "… by the leaders of Russia and China, Vladimir Putin and Jiang Zemin": the leaders described, then named.
const SIGNED_BY = /^(?:\s+(?:in|at|on)\s+[^;.()]{1,40}?)?\s+by\s+(?:[^,;.()]{0,50}\b(?:leaders|presidents|heads of state|premiers|prime ministers|ministers)\b[^,;.()]{0,30},\s+)?[^,;.()]{0,60}$/;
const BEFORE_SIGNED = /^[\s,]*(?:(?:who|have|has|had|then|later|jointly|formally|personally|both|also)\s+)*$/i;
// "… and his Japanese counterpart Foreign Minister …", not "…, under the governments of President …".
const BETWEEN_NAMES = /^\s*(?:,|and|,\s*and|&)\s+(?:(?!(?:under|during|with|from|while|whose|amid|before|after|when)\b)[\p{L}.'’-]+\s+){0,5}$/iu;

function signatoryClaims(text: string, people: PersonMention[], word: EventWord, sentence: Span, id: string): Claim[] {
  if (!/^sign/i.test(text.slice(word.start, word.end))) return [];
  const inSentence = people.filter((p) => within(sentence, p));
  const chosen: PersonMention[] = [];
  // Subjects: "Putin and Kim Jong Un signed".
  const before = inSentence.filter((p) => p.end <= word.start);
  let last = before[before.length - 1];
  if (last && BEFORE_SIGNED.test(text.slice(last.end, word.start))) {
    chosen.push(last);
    for (let i = before.length - 2; i >= 0; i--) {
      if (!BETWEEN_NAMES.test(text.slice(before[i].end, last.start))) break;
      chosen.push(before[i]);
      last = before[i];
    }
  }
  // Agents: "signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un".
  const after = inSentence.filter((p) => p.start >= word.end);
  if (after.length > 0 && SIGNED_BY.test(text.slice(word.end, after[0].start))) {
    chosen.push(after[0]);
    for (let i = 1; i < after.length; i++) {
      if (!BETWEEN_NAMES.test(text.slice(after[i - 1].end, after[i].start))) break;
      chosen.push(after[i]);
    }
  }
  return chosen.map((person) => ({ kind: 'signatory', instrument: id, person, text: text.slice(person.start, person.end) }));
}

/**
 * "Resolution 2375 of September 12, 2017", "the Moscow Declaration of 4 August 2001": a
 * full date right after the name dates the instrument (adoption for resolutions and
 * statements, signing for the rest).
 */
const NOUNS_AND_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'treaty', 'pact', 'agreement', 'accord', 'deal', 'charter', 'declaration', 'statement', 'resolution', 'alliance', 'armistice', 'framework', 'document']);

/** Whether every word of a reference is a word of the instrument's names or of a party's. */
function namesCarry(reference: string, id: string, facts: FactBase): boolean {
  const own = facts.index.wordsOf(id);
  return nameKey(reference).every((w) => NOUNS_AND_DETERMINERS.has(w) || /^\d+$/.test(w) || own.has(w) || facts.index.partyWords.has(w));
}

function postfixDateClaims(text: string, instruments: InstrumentMention[], dates: DateMention[], facts: FactBase): Claim[] {
  const claims: Claim[] = [];
  for (const m of instruments) {
    // A reference with a word the instrument's names lack ("the Japan-Korea annexation treaty of
    // August 22, 1910") names another instrument by its date.
    if (m.ids.length !== 1 || (m.how === 'coreference' && !namesCarry(text.slice(m.start, m.end), m.ids[0], facts))) continue;
    // "Resolution 2270 of March 2, 2016"; a resolution also "from March 2016".
    const kind = facts.instruments.get(m.ids[0])?.kind;
    const of = (kind === 'resolution' ? /^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:of|from)\s+/ : /^\s*(?:\([^)]*\)\s*)?(?:,\s*)?of\s+/).exec(text.slice(m.end, m.end + 40));
    if (!of) continue;
    const date = dates.find((d) => d.start === m.end + of[0].length);
    if (!date || date.value.month === undefined) continue;
    const event: DateEvent = kind === 'resolution' || kind === 'draft-resolution' || kind === 'joint-statement' ? 'adopted' : 'signed';
    claims.push({ kind: 'date', event, instrument: m.ids[0], date, via: { how: m.how, text: text.slice(m.start, m.end) } });
  }
  return claims;
}

/** "<instrument> between Russia and North Korea". */
function partiesClaims(text: string, sentence: Span, instruments: InstrumentMention[], parties: PartyMention[]): Claim[] {
  const claims: Claim[] = [];
  for (const m of instruments) {
    if (m.ids.length !== 1) continue;
    const tail = text.slice(m.end, Math.min(sentence.end, m.end + 120));
    // "X between A and B", "X, the treaty signed between A and B", "X was signed between A and B",
    // "X, which was signed in 1951 between A, B and C".
    const between = /^["'”’»]?\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:treaty|pact|agreement|accord)\s+|(?:which|that)\s+)?)?(?:(?:(?:was|were)\s+)?(?:signed|concluded|agreed)\s+(?:(?:in|on)\s+[^,;.()]{1,25}?\s+)?)?(?:between|among)\s+/i.exec(tail);
    if (!between) continue;
    const from = m.end + between[0].length;
    const listed: PartyMention[] = [];
    let cursor = from;
    for (const p of parties.filter((x) => x.start >= from && x.form !== 'adjective').sort((a, b) => a.start - b.start)) {
      const gap = text.slice(cursor, p.start);
      if (listed.length === 0 ? !/^\s*(?:the\s+)?$/i.test(gap) : !/^\s*(?:,|and|,\s*and|&)\s+(?:the\s+)?$/i.test(gap)) break;
      listed.push(p);
      cursor = p.end;
    }
    if (listed.length >= 2) claims.push({ kind: 'parties', instrument: m.ids[0], parties: listed });
  }
  return claims;
}

const LAW_ON = /^\s+(?:the\s+|a\s+)?(?:federal\s+)?(?:law|decree|bill)\s+(?:ratifying|on\s+(?:the\s+)?ratification\s+of)\s+(?:the\s+)?$/i;
const ARTICLES_OF_NOUN = /^\s+(?:document|treaty|pact|agreement|accord|text|charter|convention)\b/i;
const COUNT_CUE = /\b(?:has|have|had|contains?|contained|comprises?|comprised|consists? of|consisted of|consisting of|(?:is |was )?composed of|runs? to|ran to|spans?|spanned|made up of|totals?|totalled|total of|preamble and|preface and|introduction and|among the|among its|includes?|included|including|its|all|with)\s+$/i;

function countClaims(text: string, sentence: Span, instruments: InstrumentMention[], counts: CountMention[], previous: InstrumentMention[]): Claim[] {
  const claims: Claim[] = [];
  for (const count of counts.filter((c) => within(sentence, c))) {
    // "the 23-article treaty", and unhyphenated before the noun: "a thirty-seven article document".
    const hyphenated = /-(?:article|point)\b/i.test(text.slice(count.start, count.end)) || (/\sarticle$/i.test(text.slice(count.start, count.end)) && ARTICLES_OF_NOUN.test(text.slice(count.end, count.end + 12)));
    const cued = COUNT_CUE.test(text.slice(Math.max(sentence.start, count.start - 30), count.start));
    if (!hyphenated && !cued) continue;
    // The instrument: the one the count sits next to, or the only one in the sentence (an
    // unresolved description after the count, "… into a comprehensive strategic alliance", is not its owner).
    const owners = instruments.filter((m) => !(m.how === 'coreference' && m.ids.length === 0 && m.start >= count.end));
    const single = new Set(owners.map((m) => m.ids.join())).size === 1 ? owners[0] : undefined;
    // "Among the 22 articles of the treaty …": the instrument the articles are "of".
    const of = instruments.find((m) => m.start >= count.end && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(count.end, m.start)));
    let chosen = of ?? single;
    if (!chosen && owners.length === 0 && /\b(?:its|the treaty|it)\b/i.test(text.slice(sentence.start, count.start))) {
      chosen = antecedentOf(previous, text);
    }
    if (chosen && chosen.ids.length === 1) claims.push({ kind: 'articleCount', instrument: chosen.ids[0], count, text: text.slice(count.numberSpan.start, count.numberSpan.end) });
  }
  return claims;
}

const UNDER_ARTICLE = /\b(?:Under|In|Through|By)\s+$/;
const CONTENT_VERB = /^\s*(?:\([^)]*\)\s*)?(?:of\s+[^,;]{0,80}?(?:\s+|(?=,)))?(?:,\s*[^,]{0,60},\s*)?(?:provides?|provided|obliges?|obliged|obligates?|requires?|required|commits?|committed|stipulates?|stipulated|states?|stated|says|said|calls? for|guarantees?|establishes?|sets? out|pledges?|covers?|deals? with|concerns?|addresses|mandates?|envisages?|foresees?|spells? out|binds?|bars?|prohibits?|forbids?|allows?|grants?|declares?|affirms?|recogni[sz]es?|reads)\b/i;

function articleClaims(text: string, sentence: Span, instruments: InstrumentMention[], articles: ArticleMention[], previous: InstrumentMention[]): Claim[] {
  const inSentence = articles.filter((a) => within(sentence, a));
  // '"… in accordance with Article 51 of the U.N. Charter …," Article 3 of the agreement says':
  // with two articles, the one a content verb follows is the claim; another inside the quote is not.
  const speaking = inSentence.length > 1 ? inSentence.filter((a) => CONTENT_VERB.test(text.slice(a.end, sentence.end)) && /^\s+(?:of\s+[^,;"“”]{0,60}?\s+)?(?:says|said|states|stated|reads|provides|stipulates)\b/.test(text.slice(a.end, sentence.end))) : inSentence;
  if (speaking.length !== 1) return [];
  const article = speaking[0];
  // "Article 4 … provides …", or "Under Article 4 of the treaty, each side …".
  const under = UNDER_ARTICLE.test(text.slice(Math.max(sentence.start, article.start - 10), article.start)) && /^\s*(?:of\s+[^,;]{0,80}?)?,\s/.test(text.slice(article.end, sentence.end));
  if (!under && !CONTENT_VERB.test(text.slice(article.end, sentence.end))) return [];
  // "Article 3 of the agreement": the instrument right after the article is its own.
  let own = instruments.find((m) => m.start >= article.end && /^\s+of\s+$/.test(text.slice(article.end, m.start)));
  // "Article 4 of NATO's founding charter, the Washington Treaty, …": a description named in apposition.
  const named = own && own.ids.length === 0 ? instruments.find((m) => m.start > own!.end && m.ids.length === 1 && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(own!.end, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 2))) : undefined;
  if (named) own = named;
  const ids = new Set(instruments.map((m) => m.ids.join()));
  let id: string | undefined;
  if (own) id = own.ids.length === 1 ? own.ids[0] : undefined;
  else if (ids.size === 1 && instruments[0].ids.length === 1) id = instruments[0].ids[0];
  else if (ids.size === 0 && /\b(?:its|the treaty's|the pact's)\s+$/i.test(text.slice(Math.max(sentence.start, article.start - 16), article.start))) {
    id = antecedentOf(previous, text)?.ids[0];
  }
  return id ? [{ kind: 'articleContent', instrument: id, article, sentence }] : [];
}


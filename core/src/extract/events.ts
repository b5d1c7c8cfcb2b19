// Event words. Treaty events bind values to an instrument; every other event word
// ("arrived", "visit", "said") competes for the dates and places around it, so a date
// that belongs to another event is never read as a claim about the treaty.

export type TreatyEvent = 'signed' | 'ratified' | 'exchange' | 'entryIntoForce' | 'withdrawal' | 'end' | 'suspension' | 'adopted' | 'vetoed' | 'statusPositive' | 'statusNegative';

export interface EventWord {
  start: number;
  end: number;
  event: TreatyEvent | 'other';
  /** Nouns ("signing", "visit") as opposed to verbs ("signed", "visited"). */
  noun: boolean;
}

const TREATY_EVENTS: { event: TreatyEvent; re: RegExp; noun?: boolean }[] = [
  { event: 'statusNegative', re: /\bno longer (?:in force|valid|in effect|binding)|\bha(?:s|ve) (?:since )?(?:expired|lapsed|been terminated|been scrapped|been abrogated|ceased to be (?:valid|in force))|\bis (?:now )?(?:defunct|void|null and void)\b/gi },
  // Present tense only: "remained in force for a term of thirty years" tells of the past.
  { event: 'statusPositive', re: /\b(?:remains?|stays?|still) (?:legally )?(?:in force|valid|in effect|binding)\b(?! (?:since|from|on|until))|\b(?:is|are) ((?:legally )?in force)\b(?! (?:since|from|on|until))/gi },
  { event: 'entryIntoForce', re: /\b(?:entered|enters|entering|enter|came|comes|coming|come) into (?:full )?(?:force|effect)|\bentry into force|\bentered force|\btook effect|\btakes? effect|\btaking effect|\bwent into effect|\b(?:went|goes|go|going) into force|\b(?:was |were )?(?:taken|put|brought) into (?:full )?(?:force|effect)|\bbec(?:a|o)mes? effective|\bin (?:force|effect) (?:since|from)|\beffective (?:since|from)/gi },
  { event: 'signed', re: /\b(?:signed|signing|signs|sign(?= (?:the|a|an|their|its)\b)|signature(?= ceremony| of\b)|inked|inking|concluded|dated|opened for signature)\b/gi },
  { event: 'ratified', re: /\b(?:ratified|ratifying|ratification|ratifies|ratify)\b/gi },
  // Accession is a state's consent to be bound, like ratification: "North Korea acceded to the NPT".
  // "the NPT, to which it acceded in 1985": the object fronted, the date right after the verb.
  { event: 'ratified', re: /\b(?:acceded to|accedes to|accession to|acceded(?=\s+(?:in|on)\s)|joined|joins|joining|bec(?:a|o)me a (?:state )?party to|becomes a (?:state )?party to)\b/gi },
  { event: 'withdrawal', re: /\b(?:withdrew|withdrawn|withdrawal|withdrawing|withdraws|(?:pulled|pull|pulling) out (?:of|from)|left|quit|exited)\b/gi },
  { event: 'suspension', re: /\b(?:suspended|suspension of|suspending|suspends)\b/gi },
  { event: 'end', re: /\b(?:expired|expire|expires|expiring|expiry|expiration|lapsed|terminated|termination|ceased to be (?:valid|in force)|ceased to exist|was scrapped|scrapped|abrogated|annulled|was dissolved|ended)\b/gi },
  { event: 'adopted', re: /\b(?:adopted|adopting|adoption of|unanimously passed|passed unanimously|pass(?:ed|es)(?= (?:U\.?N\.? |UNSC |Security Council )?[Rr]esolution))\b/gi },
  // Judged only for a draft the fact base knows was vetoed (its vote's date); of any other
  // instrument it tells nothing, and it keeps the date from other events, as before.
  { event: 'vetoed', re: /\b(?:vetoed|vetoing|vetoes|veto of)\b/gi },
];

const OTHER_VERBS = /\b(?:arriv(?:ed|ing|es?)|visit(?:ed|ing|s)|met|meeting with|held|holds?|holding|launch(?:ed|ing|es)|fir(?:ed|ing)|test(?:ed|ing)|conduct(?:ed|ing|s)|announc(?:ed|ing|es)|said|says|saying|told|tells|stated|states|declar(?:ed|ing|es)|report(?:ed|ing|s)|noted|added|warned|wrote|writes|publish(?:ed|es|ing)|began|begun|begins|started|starts|opened|hosted|hosts|attended|attends|travel(?:l)?ed|returned|returns|departed|landed|flew|deployed|deploying|invaded|attacked|killed|died|born|elected|inaugurated|took office|marked|marks|celebrated|commemorated|sent|dispatched|exchanged|agreed|approved|rejected|voted|broke out|erupted|collapsed|resumed|established|recognized|recognised|normalized|normalised|announcing|claimed|extended|renewed|prolonged|amended|registered|deposited|notified|informed|gave notice|gave|replacing|replaced|superseded|superseding|succeeded|fought|won|lost|visiting|arrives|convened|summoned|staged|carried out|unveiled|showed|shown|displayed|met with|confirmed|fell|occurred|took place|detonated|revealed|released|issued|summoned|pledged|promised|expelled|accused|condemned|imposed|lifted|concluded talks|made public|disclosed|initial(?:l)?ed|initial(?:l)?ing|approv(?:ed|ing|es)|submitted|submitting|debated|considered|proposed|drafted|negotiated|renegotiat(?:ed|ing|es)|implemented|made|reached|struck|in force|came|comes|become|became|becomes|went|founded|created|formed|invok(?:ed|ing|es)|invoke)\b/gi;

// Event nouns that own the date or place right after them ("a visit on June 18", "the test in 2006").
// "summit", "ceremony", "talks" and "meeting" are left out: instruments are signed at them.
const OTHER_NOUNS = /\b(?:visit|visits|trip|arrival|invasion|war|test|tests|launch|launches|election|anniversary|speech|parade|attack|attacks|exercises?|drills?|operation|offensive|deployment|birthday|funeral|crisis|coup|uprising|armistice day|session|conference|announcement|interview|statement by|report|dispatch|flight)\b/gi;

// "North Korea's withdrawal from the NPT took effect on …": the effect belongs to the withdrawal.
const EFFECT = /^(?:took effect|takes effect|taking effect|take effect|became effective|become effective|becomes effective|went into effect|came into effect|come into effect|comes into effect|coming into effect)/i;

// The exchange of instruments of ratification is its own event; "submitted for
// ratification" or "the ratification law" is not a ratification.
const EXCHANGE = /\b(?:(?:instruments?|letters?|documents?) of ratification(?: were| was)? exchanged|ratifications (?:were )?exchanged|exchange of ratifications|exchanged (?:the |their )?ratifications|exchang(?:ed|ing|e) (?:of )?(?:the |their )?(?:instruments|documents|letters) of ratification|exchange of (?:the )?(?:instruments|ratification instruments|ratification documents)|exchanged (?:the |their )?ratification (?:instruments|documents)|ratification (?:instruments|documents) (?:were|was) exchanged|(?:instruments?|documents?) of ratification|ratification (?:instruments?|documents?))\b/gi;
const NOT_RATIFYING = /\b(?:ratification (?:laws?|bills?|process|vote|debate|hearings?)|(?:for|pending|awaiting|seek(?:ing)?|sought|toward|towards|submitted for|sent for) (?:its |their |the )?ratification)\b/gi;

const LEGISLATURE = /\b(?:State Duma|Duma|Federation Council|Supreme People's Assembly|Senate|Diet|National People's Congress|NPC Standing Committee|Majlis|Guardian Council|National Assembly|parliament|lower house|upper house|lower chamber|upper chamber)\b[^.;]{0,50}$/i;
// "… was approved by the US Senate in a vote of 82 to 13 on July 12, 1949".
const LEGISLATURE_AFTER = /^\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+|Russian\s+|Iranian\s+|Japanese\s+)?(?:State Duma|Duma|Federation Council|Supreme People's Assembly|Senate|Diet|National People's Congress|NPC Standing Committee|Majlis|Guardian Council|National Assembly|parliament)\b/i;
const IN_TITLE = /\b(?:treaty|pact|agreement|accord) of [\p{Ll}\s,'’-]{0,100}$/u;
const ANY_EVENT = /sign|ink|conclu|dated|ratif|acced|accession|join|part(?:y|ies) to|force|effect|withdr|pull|left|quit|exit|suspen|expir|laps|termin|ceas|scrap|abrog|annul|dissol|ended|adopt|passe[ds]|veto|valid|binding|defunct|void|exchang|instrument|approv|endors|backed|same|likewise|suit/i;
// What a commemorated event is the object of: its anniversary or a commemoration.
const COMMEMORATED = /\b(?:anniversary|commemorative|jubilee)(?:\s+[\p{L}-]+){0,3}\s+of\s+(?:the\s+|its\s+)?$|\b(?:commemorat(?:ing|es?|ed)|marking|marks|marked|celebrat(?:ing|es?|ed))\s+(?:the\s+|its\s+)?$/iu;
// A span of time counted from an event: "seven months after the signing of", "two years after the treaty was".
const REFERENCE_POINT = /\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|since|following)\s+(?:the|its|their)\s+(?:[\p{L}’'.-]+\s+){0,6}?(?:(?:was|were|had been|has been)\s+)?$/iu;
const MAY_RATIFY = /\b(?:Duma|Council|Assembly|Senate|Diet|Congress|Committee|Majlis|parliament|house|chamber)\b/i;
const SAME_AGAIN = /\b(?:did (?:the )?same|did likewise|followed suit)\b/gi;

// A past-tense verb right after its subject ("which North Korea abandoned in 2003", "which was
// awarded …") is an event of its own, even when no list names it; "heavily guarded" is not (no
// subject). The "-ed" words are found first and their subject tested on the text before them:
// a subject pattern tried at every word boundary cost more than all the other patterns together.
const ED_WORD = /\b[a-z]{2,}ed\b/g;
const SUBJECT_BEFORE = /(?:^|[^\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*|which|that|who|he|she|they|it|we)\s(?:(?:was|were|had been|has been|is|are)\s)?$/u;

export function findEventWords(text: string, start: number, end: number): EventWord[] {
  const slice = text.slice(start, end);
  // Every treaty event (and every approval that may be a ratification) holds one of these stems.
  if (!ANY_EVENT.test(slice)) return [];
  const found: EventWord[] = [];
  EXCHANGE.lastIndex = 0;
  for (let m = EXCHANGE.exec(slice); m; m = EXCHANGE.exec(slice)) found.push({ start: start + m.index, end: start + m.index + m[0].length, event: 'exchange', noun: true });
  NOT_RATIFYING.lastIndex = 0;
  for (let m = NOT_RATIFYING.exec(slice); m; m = NOT_RATIFYING.exec(slice)) {
    const s = start + m.index;
    if (!found.some((w) => s < w.end && s + m[0].length > w.start)) found.push({ start: s, end: s + m[0].length, event: 'other', noun: true });
  }
  const overlaps = (s: number, e: number) => found.some((w) => s < w.end && e > w.start);
  for (const { event, re } of TREATY_EVENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // A group, where a pattern has one, is the event word after its context ("is [in force]").
      const word = m[1] ?? m[0];
      const e = start + m.index + m[0].length;
      const s = e - word.length;
      if (!overlaps(s, e)) found.push({ start: s, end: e, event, noun: /ing$|ion|ry|ure$|of$|force$/.test(word) && !/ed$/.test(word) });
    }
  }
  // Other events only compete with treaty events for dates and places: a sentence with none
  // (and no legislature whose approval is a ratification) needs no other scan.
  if (!found.some((w) => w.event !== 'other') && !MAY_RATIFY.test(slice)) return [];
  for (const [re, noun] of [[OTHER_VERBS, false], [OTHER_NOUNS, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const e = start + m.index + m[0].length;
      const s = e - m[0].length;
      // "the treaty of friendship, cooperation and mutual assistance in the event of an armed
      // attack, on July 6, 1961": a noun inside a lower-case title is no event.
      if (noun && IN_TITLE.test(text.slice(Math.max(start, s - 110), s))) continue;
      if (!overlaps(s, e)) found.push({ start: s, end: e, event: 'other', noun });
    }
  }
  ED_WORD.lastIndex = 0;
  for (let m = ED_WORD.exec(slice); m; m = ED_WORD.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (!overlaps(s, e) && SUBJECT_BEFORE.test(slice.slice(Math.max(0, m.index - 40), m.index))) found.push({ start: s, end: e, event: 'other', noun: false });
  }
  found.sort((a, b) => a.start - b.start);
  // "Putin signed the treaty into law", "signing the ratification law": a ratification step
  // (a document or instrument only when it is one of ratification: "signed the strategic
  // partnership document on January 17" is the signing).
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (w.event === 'signed' && (/^[^.;]{0,60}?\b(?:following|after)\s+(?:its|the|their)\s+ratification\b/i.test(text.slice(w.end, w.end + 90)) || SIGNED_DOCUMENT_BEFORE.test(text.slice(Math.max(start, w.start - 70), w.start)) || INTO_LAW_AFTER.test(text.slice(w.end, w.end + 160)) || /^[^.;]{0,40}?\b(?:into (?:[A-Z][\w.]*\s+)?law|(?:the |a |an )?(?:(?:ratification )?(?:law|decree|bill)s?|ratification (?:document|instrument)s?)\b|(?:the |an? )?(?:instrument|document)s? of ratification)/i.test(text.slice(w.end, w.end + 60)))) {
      found[i] = { ...w, event: 'ratified' };
      // "signed the ratification document": the document is the object, not an exchange.
      const object = found.findIndex((x, k) => k > i && x.event === 'exchange' && x.start - w.end < 40 && !/exchang/i.test(text.slice(x.start, x.end)));
      if (object > i) found.splice(object, 1);
    }
  }
  // "the State Duma approved the treaty", "approved by the US Senate": a legislature's approval is its ratification;
  // "… and the Federation Council did the same on November 6": the same event again.
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    const word = text.slice(w.start, w.end);
    if (w.event === 'other' && /^(?:approv(?:ed|es|ing)|passed|endorsed|backed)$/i.test(word) && (LEGISLATURE.test(text.slice(Math.max(start, w.start - 70), w.start)) || LEGISLATURE_AFTER.test(text.slice(w.end, w.end + 40)))) {
      found[i] = { ...w, event: 'ratified' };
    }
  }
  SAME_AGAIN.lastIndex = 0;
  for (let m = SAME_AGAIN.exec(slice); m; m = SAME_AGAIN.exec(slice)) {
    const s = start + m.index;
    const previous = found.filter((w) => w.end <= s && w.event !== 'other').pop();
    if (previous && !found.some((w) => s < w.end && s + m[0].length > w.start)) found.push({ start: s, end: s + m[0].length, event: previous.event, noun: false });
  }
  found.sort((a, b) => a.start - b.start);
  // "Putin signed the law ratifying the treaty on October 9": the law's description, not an
  // event of its own; the signing of the law is the ratification step.
  for (let i = found.length - 1; i > 0; i--) {
    const w = found[i];
    if (w.event === 'ratified' && found[i - 1].event === 'ratified' && LAW_RATIFYING.test(text.slice(Math.max(start, w.start - 12), w.end))) found.splice(i, 1);
  }
  // "provisionally concluded", "tentatively signed": an initialling, not the signing ("initially
  // signed" is the first signing, as "originally signed" is).
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (w.event === 'signed' && /\b(?:provisionally|tentatively)\s+$/i.test(text.slice(Math.max(0, w.start - 16), w.start))) found[i] = { ...w, event: 'other' };
    // "North Korea again joined" the NPT: a return, not its accession.
    if (w.event === 'ratified' && /\bagain\s+$/i.test(text.slice(Math.max(0, w.start - 8), w.start))) found[i] = { ...w, event: 'other' };
  }
  // "the 56th Anniversary of the signing of the … Armistice Agreement at Panmunjom, … the U.S. Embassy
  // in Seoul flies the flag at half-staff July 27, 2009": the anniversary is the event of the sentence;
  // so is a commemoration ("the 60th anniversary commemorative reception of the signing of the
  // Japan-U.S. Security Treaty at Iikura Guesthouse in Tokyo on Sunday", "a reception commemorating
  // the signing of …").
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (w.event !== 'other' && w.noun && COMMEMORATED.test(text.slice(Math.max(start, w.start - 60), w.start))) found[i] = { ...w, event: 'other' };
  }
  // "On April 28, 1952, a little over seven months after the signing of the treaty, Japan regained
  // its sovereignty", "… seven months after the treaty was signed": the event is the reference
  // point of another day, not the event of that day.
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (w.event !== 'other' && REFERENCE_POINT.test(text.slice(Math.max(start, w.start - 90), w.start))) found[i] = { ...w, event: 'other' };
  }
  // "The signing ceremony … was held at the White House on January 19, 1960", "The signing of the
  // North Atlantic Treaty took place in Washington": the ceremony's time and place are the signing's.
  for (let i = 1; i < found.length; i++) {
    const w = found[i];
    const before = found[i - 1];
    if (w.event !== 'other' || before.event !== 'signed' || !before.noun) continue;
    const gap = text.slice(before.end, w.start);
    const verb = text.slice(w.start, w.end);
    if (gap.length > 90 || CLAUSE_BREAK.test(gap) || !(verb === 'took place' || (verb === 'held' && /\b(?:was|were)\s+$/.test(gap)))) continue;
    found[i] = { ...w, event: 'signed' };
  }
  // "North Korea announced that it was withdrawing": one withdrawal event from the
  // announcement on, so the announcement's date is the withdrawal's.
  for (let i = 0; i < found.length - 1; i++) {
    const w = found[i];
    if (w.event === 'other' && /^(?:announced|announces|declared|declares|notified|said|says)$/i.test(text.slice(w.start, w.end))) {
      const next = found[i + 1];
      if (next.event === 'withdrawal' && next.start - w.end < 60 && (/^\s+(?:\(\w\)\s+)?(?:that\s+)?(?:it|they|north korea|pyongyang|washington|the united states|russia)?\s*(?:was|would|will|is|had|has)?\s*(?:be\s+)?$/i.test(text.slice(w.end, next.start)) || /^\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(w.end, next.start)))) {
        found.splice(i, 2, { start: w.start, end: next.end, event: 'withdrawal', noun: false });
      }
    }
  }
  for (let i = 1; i < found.length; i++) {
    const w = found[i];
    if (w.event !== 'entryIntoForce' || !EFFECT.test(text.slice(w.start, w.end))) continue;
    const previous = found.slice(0, i).reverse().find((x) => x.event !== 'other');
    const between = found.slice(0, i).filter((x) => previous && x.start > previous.end && x.event === 'other' && !x.noun);
    if (previous && (previous.event === 'withdrawal' || previous.event === 'suspension') && between.length === 0 && w.start - previous.end < 80) found[i] = { ...w, event: previous.event };
  }
  return found;
}

// Between a treaty event and the occasion it took place at: "signed during Putin's (state) visit".
const DURING = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:during|at|on the sidelines of|on the occasion of|in the course of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}(?:[\p{L}'’-]+\s+){0,2}$/u;

// A new clause with its own subject: the values after it belong to another statement.
// ("… signed by Gorbachev and then US President Ronald Reagan on …": "then" before a title is no new clause.)
// A reaction or comment after a comma is another clause too: "…, raising concerns in Beijing",
// "…, which officials in Beijing watched closely", "…, a pact closely watched in Beijing".
const CLAUSE_BREAK = /[;:]|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though|after|before|when|as|because|even as|weeks|days|months|years)\s+(?:the|a|an|its|it|his|her|their|this|that|[A-Z])|\s(?:and|but)\s+(?:was|were|is|are|has|had|it|then(?!\s+[A-Z])|later)\s|\sbut\s|,\s+(?:raising|prompting|drawing|sparking|triggering|causing|fuell?ing|stoking|alarming|angering|worrying|unsettling|rattling|signall?ing|underscoring|highlighting|which|who|whom|whose)\s|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:closely\s+)?(?:watched|criticized|criticised|condemned|welcomed|denounced)\s/;

const LAW_RATIFYING = /\b(?:law|decree|bill|act)s?\s+(?:on\s+)?ratif(?:ying|ication)$/i;
// "Putin signed the North Korea-Russia Comprehensive Strategic Partnership Treaty into law": however long the name.
const INTO_LAW_AFTER = /^[^.;,]{0,140}?\binto\s+(?:[A-Z][\w.]*\s+)?law\b/;
// "… and on November 11, a similar act was signed by … Kim Jong Un": a law or decree signed is a ratification step.
const SIGNED_DOCUMENT_BEFORE = /\b(?:law|decree|act|bill)s?(?:\s+[^\s,;.]+){0,6}?\s+(?:was|were|has been|had been|is|are)\s+$|\b(?:law|decree|act|bill)s?\s+$/;
// "…, signed in Washington on December 8, 1987, was terminated": a participle set off by a comma
// with a year of its own is an aside; the date that opens the sentence is the main verb's.
const DATED_ASIDE = /^[^;:]{0,80}?\b(?:1[89]|20)\d\d\b[^;:]{0,20}?,\s+(?:(?:was|were|has been|had been|is|are)\s+)?$/;
const OPENING_TIME_CLAUSE = /^[\s"“*_]*(?:After|Following|Before|Prior to|Ahead of|Until|Upon)\s[^,;:]*$/;
const AND_FRONTED = /\band\s+(?:then\s+)?(?:in|on)\s+$/i;
// Its verb right after it, or after a short subject ("and on November 11, a similar act was signed").
const VERB_RIGHT_AFTER = /^,?\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:was|were|had been|has been|is|are)\s+)?$/u;

/**
 * The event word a value at [start, end) belongs to: the nearest one before it in the
 * same clause; failing that (a date opening the sentence: "On 19 June, Putin signed …"),
 * the nearest one after it. A clause ends at a semicolon or a colon.
 */
export function owningEvent(text: string, words: readonly EventWord[], start: number, end: number, sentenceStart: number, sentenceEnd: number): EventWord | undefined {
  let before: EventWord | undefined;
  let previous: EventWord | undefined;
  for (const w of words) {
    if (w.end <= start && w.start >= sentenceStart) {
      previous = before;
      before = w;
    }
  }
  // "came into force in 1970 and in 1995 was prolonged": a date after "and" that opens the
  // next verb phrase is that verb's.
  if (before && AND_FRONTED.test(text.slice(Math.max(sentenceStart, start - 16), start))) {
    const next = words.find((w) => w.start >= end && w.end <= sentenceEnd);
    if (next && VERB_RIGHT_AFTER.test(text.slice(end, next.start))) return next;
  }
  // "signed over 70 years ago still … shapes global politics in 2026": an event already given
  // its time owns no date after it ("entered into force four years ago on February 15, 2011" does).
  const sinceAgo = before ? /\bago\b([^]*)$/i.exec(text.slice(before.end, start)) : null;
  if (sinceAgo && !/^\s*[,(—–-]?\s*(?:on|in)?\s*$/i.test(sinceAgo[1])) return undefined;
  if (before && !CLAUSE_BREAK.test(text.slice(before.end, start))) {
    // "signed during Putin's visit to Pyongyang in July": the visit's time is the signing's.
    if (before.event === 'other' && before.noun && previous && previous.event !== 'other' && DURING.test(text.slice(previous.end, before.start))) return previous;
    return before;
  }
  // A date that labels a line ("2024-12-04 — the treaty enters into force") belongs to the
  // first treaty event of its clause, unless the clause turns to another time first.
  const label = !before && /^\s*[—–:-]\s/.test(text.slice(end, end + 12)) && /^[\s•‣▪◦●]*$/.test(text.slice(sentenceStart, start));
  if (label) {
    // The line's treaty events up to a turn to another time; the exchange of instruments
    // yields to an entry into force on the same line.
    let first: EventWord | undefined;
    for (const w of words) {
      if (w.start < end || w.end > sentenceEnd) continue;
      const gap = text.slice(end, w.start).replace(/^\s*[—–:-]\s/, '');
      if (CLAUSE_BREAK.test(gap) || /\b(?:before|after|ahead of|following|prior to|until|since|the next day|a day later|later)\b/i.test(gap)) break;
      if (w.event === 'other') continue;
      if (w.event !== 'exchange') return w;
      first ??= w;
    }
    return first;
  }
  // "After the conclusion of an agreement … in October 1994, North Korea joined …": a date in
  // an opening clause of time is that clause's, before or after the event of the sentence.
  const openingClause = OPENING_TIME_CLAUSE.test(text.slice(sentenceStart, start));
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.start >= end && w.end <= sentenceEnd) {
      if (CLAUSE_BREAK.test(text.slice(end, w.start)) || (openingClause && text.slice(end, w.start).includes(','))) return undefined;
      const next = words[k + 1];
      if (/,\s*$/.test(text.slice(end, w.start)) && next && next.end <= sentenceEnd && DATED_ASIDE.test(text.slice(w.end, next.start))) continue;
      // "On September 8, 1951, delegates … met in San Francisco and signed the treaty": the verbs
      // of one subject share the date that opens the sentence.
      if (w.event === 'other' && !w.noun && next && next.event !== 'other' && next.end <= sentenceEnd && /^[^.;,]{0,60}\band\s+(?:then\s+)?$/.test(text.slice(w.end, next.start))) return next;
      return w;
    }
  }
  return undefined;
}

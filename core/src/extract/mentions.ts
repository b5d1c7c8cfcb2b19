// Recognises what a paragraph mentions: instruments (names, descriptive references such
// as "the 1961 treaty", and coreference such as "the pact"), parties, people, places,
// article references and article counts. Offsets are offsets in the block.
import type { Entity, FactIndex, PartyForm } from '../facts/factIndex.js';
import type { FactBase } from '../facts/factBase.js';
import type { DescriptorNoun, InstrumentKind } from '../facts/types.js';
import { tokenize, type Token } from '../text/normalize.js';
import { canonicalArticleNumber, NUMBER_WORD, parseNumber } from './numbers.js';

export interface InstrumentMention {
  start: number;
  end: number;
  ids: string[];
  how: 'name' | 'descriptor' | 'coreference';
}

export interface PartyMention { start: number; end: number; id: string; form: PartyForm }
export interface PersonMention { start: number; end: number; name: string; party?: string }
export interface PlaceMention { start: number; end: number; name: string }
export interface ArticleMention { start: number; end: number; number: string; numberSpan: { start: number; end: number }; roman: boolean }
export interface CountMention { start: number; end: number; count: number; numberSpan: { start: number; end: number } }

export interface ParagraphMentions {
  instruments: InstrumentMention[];
  parties: PartyMention[];
  people: PersonMention[];
  places: PlaceMention[];
  articles: ArticleMention[];
  counts: CountMention[];
}

const DETERMINERS = new Set(['the', 'this', 'that', 'its']);

/** Which kinds of instrument a noun can refer back to. */
const COMPATIBLE: Record<string, InstrumentKind[] | 'any'> = {
  convention: [], protocol: [],
  treaty: ['treaty', 'charter'], pact: ['treaty', 'agreement'], alliance: ['treaty'], charter: ['charter'],
  agreement: ['agreement', 'treaty', 'armistice'], accord: ['agreement', 'treaty', 'armistice'], deal: ['agreement', 'treaty'],
  armistice: ['armistice'], framework: ['agreement'], declaration: ['declaration', 'joint-statement', 'political-commitment'],
  statement: ['joint-statement', 'declaration', 'political-commitment'], resolution: ['resolution', 'draft-resolution'], document: 'any',
};

export function findMentions(text: string, start: number, end: number, facts: FactBase): ParagraphMentions {
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const index = facts.index;
  index.trie.gapText = text;
  const out: ParagraphMentions = { instruments: [], parties: [], people: [], places: [], articles: [], counts: [] };
  const named: InstrumentMention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);

  for (const match of index.trie.scan(text, tokens)) {
    const s = tokens[match.first].start;
    const e = tokens[match.last - 1].end;
    // Short acronyms ("US", "UN", "NPT") only in capitals: "us" and "un" are words.
    if (match.last - match.first === 1 && e - s <= 3 && text.slice(s, e) !== text.slice(s, e).toUpperCase()) continue;
    for (let i = match.first; i < match.last; i++) covered[i] = true;
    const ids = match.values.filter((v): v is Extract<Entity, { kind: 'instrument' }> => v.kind === 'instrument').map((v) => v.id);
    if (ids.length > 0) named.push({ start: s, end: e, ids, how: 'name' });
    for (const value of match.values) {
      if (value.kind === 'party') out.parties.push({ start: s, end: e, id: value.id, form: value.form });
      else if (value.kind === 'person') out.people.push({ start: s, end: e, name: value.name, party: value.party });
      else if (value.kind === 'place') out.places.push({ start: s, end: e, name: value.name });
    }
  }

  for (const m of named) if (m.ids.length > 1) m.ids = byNearbyParties(m.ids, m.start, m.end, out.parties, facts, text);
  const descriptors = findDescriptors(tokens, covered, index, out.parties, facts, text);
  const explicit = [...named, ...descriptors].sort((a, b) => a.start - b.start);
  out.instruments = resolveCoreference(tokens, covered, explicit, facts, text);
  out.articles = findArticles(text, start, end);
  out.counts = findCounts(text, start, end);
  return out;
}

/** "the 1961 treaty", "the 2000 friendship treaty", "Russia's 2024 pact". */
function findDescriptors(tokens: Token[], covered: boolean[], index: FactIndex, parties: PartyMention[], facts: FactBase, text: string): InstrumentMention[] {
  const found: InstrumentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i].text;
    if (covered[i] || !index.descriptors.has(noun as DescriptorNoun)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (!/^(1[89]|20)\d\d$/.test(tokens[j].text)) continue;
      const year = Number(tokens[j].text);
      const between = tokens.slice(j + 1, i).map((t) => t.text);
      let candidates = index.descriptors.get(noun as DescriptorNoun)!.filter((d) => d.year === year && d.qualifiers.every((q) => between.includes(q) || tokens.slice(Math.max(0, j - 3), j).some((t) => t.text === q)));
      if (candidates.length > 1) {
        // Disambiguate by the parties named in the phrase ("China's 1961 treaty with North Korea").
        const ids = byNearbyParties(candidates.map((c) => c.id), tokens[Math.max(0, j - 3)].start, tokens[i].end, parties, facts, text);
        candidates = candidates.filter((c) => ids.includes(c.id));
      }
      const ids = [...new Set(candidates.map((c) => c.id))];
      if (ids.length === 0) break;
      const first = j > 0 && DETERMINERS.has(tokens[j - 1].text) ? j - 1 : j;
      // An unresolved descriptor stays as a mention with several ids: it names *some*
      // instrument, so values near it are not pinned on another one.
      found.push({ start: tokens[first].start, end: tokens[i].end, ids, how: 'descriptor' });
      for (let k = first; k <= i; k++) covered[k] = true;
      break;
    }
  }
  return found;
}

/** "the treaty", "the pact", "this agreement" → the nearest compatible instrument before it in the paragraph. */
function resolveCoreference(tokens: Token[], covered: boolean[], explicit: InstrumentMention[], facts: FactBase, text: string): InstrumentMention[] {
  const all = [...explicit];
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i].text;
    const kinds = COMPATIBLE[noun];
    if (covered[i] || kinds === undefined) continue;
    const determiner = i > 0 ? tokens[i - 1].text : '';
    const start = DETERMINERS.has(determiner) ? tokens[i - 1].start : tokens[i].start;
    let ids: string[] = [];
    if (DETERMINERS.has(determiner) && !isPlural(tokens, i) && !startsTitle(tokens, i, text)) {
      const antecedent = [...all].filter((m) => m.end <= start && m.how !== 'coreference').pop();
      const instrument = antecedent?.ids.length === 1 ? facts.instruments.get(antecedent.ids[0]) : undefined;
      if (instrument && (kinds === 'any' || kinds.includes(instrument.kind))) ids = antecedent!.ids;
    }
    // A treaty noun that refers to no known instrument ("a new treaty", "China's treaty")
    // is kept with no ids: it stops values near it from being pinned on another instrument.
    all.push({ start, end: tokens[i].end, ids, how: 'coreference' });
  }
  return all.sort((a, b) => a.start - b.start);
}

/** "the Treaty of Versailles": a title we do not know, not a reference back. */
function startsTitle(tokens: Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return next !== undefined && after !== undefined && ['of', 'on', 'for', 'between', 'concerning'].includes(next.text) && /^\p{Lu}/u.test(text.slice(after.start, after.end));
}

function isPlural(tokens: Token[], i: number): boolean {
  return tokens[i].text.endsWith('s') && tokens[i].text !== 'alliance';
}

const ARTICLE = /\b(Article|Art\.|Articles)\s*([0-9]{1,3}|[IVXLC]{1,7})\b(\s*\(\d+\))?/g;

function findArticles(text: string, start: number, end: number): ArticleMention[] {
  const slice = text.slice(start, end);
  const found: ArticleMention[] = [];
  ARTICLE.lastIndex = 0;
  for (let m = ARTICLE.exec(slice); m; m = ARTICLE.exec(slice)) {
    if (m[1] === 'Articles') continue;
    const s = start + m.index;
    const numberStart = s + m[0].indexOf(m[2], m[1].length);
    found.push({ start: s, end: s + m[0].length, number: canonicalArticleNumber(m[2] + (m[3] ?? '')), numberSpan: { start: numberStart, end: numberStart + m[2].length }, roman: !/^\d/.test(m[2]) });
  }
  return found;
}

const COUNT = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD})(?:[- ]article\\b|\\s+articles\\b)`, 'gi');

function findCounts(text: string, start: number, end: number): CountMention[] {
  const slice = text.slice(start, end);
  const found: CountMention[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(slice); m; m = COUNT.exec(slice)) {
    const count = parseNumber(m[1]);
    if (count === undefined) continue;
    const s = start + m.index;
    found.push({ start: s, end: s + m[0].length, count, numberSpan: { start: s, end: s + m[1].length } });
  }
  return found;
}

/**
 * Keeps the instruments whose parties include every party named in or right around a
 * mention ("the 1961 treaty between Moscow and Pyongyang", "China's 1961 treaty with
 * North Korea"); when none is named, or none fits, all stay.
 */
function byNearbyParties(ids: string[], start: number, end: number, parties: PartyMention[], facts: FactBase, text: string): string[] {
  const tail = /^[\s,]*(?:(?:signed|concluded)\s+)?(?:between|among|with)\s+/i.exec(text.slice(end, end + 30));
  const windowEnd = tail ? end + tail[0].length + 60 : end;
  const near = parties.filter((p) => (p.start >= start - 25 && p.end <= windowEnd) && !/[.;]/.test(text.slice(Math.min(p.end, start), Math.max(p.start, start))));
  if (near.length === 0) return ids;
  const related = (a: string, b: string) => a === b || facts.parties.get(a)?.successorOf?.party === b || facts.parties.get(b)?.successorOf?.party === a;
  const fits = ids.filter((id) => {
    const own = facts.instruments.get(id)?.parties?.value ?? [];
    return near.every((p) => own.some((o) => related(o, p.id)));
  });
  return fits.length > 0 ? fits : ids;
}

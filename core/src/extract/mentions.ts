// Recognises what a paragraph mentions: instruments (names, descriptive references such
// as "the 1961 treaty", and coreference such as "the pact"), parties, people, places,
// article references, article counts and terms ("the 20-year treaty"). Offsets are offsets in the block.
import type { Entity, PartyForm } from '../facts/factIndex.js';
import type { FactBase } from '../facts/factBase.js';
import { tokenize } from '../text/normalize.js';
import { actingFor, byNearbyParties, bySharedNameParties, bySharedNameYear, byTrailingTitle, findYearDescriptors } from './descriptors.js';
import { resolveReferences, signersBefore } from './references.js';
import { canonicalArticleNumber, NUMBER_WORD, parseNumber } from './numbers.js';
import { findOtherInstruments } from './otherInstruments.js';
import { findTerms, type TermMention } from './terms.js';

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
  terms: TermMention[];
}

export function findMentions(text: string, start: number, end: number, facts: FactBase, carried?: string): ParagraphMentions {
  const tokens = tokenize(text.slice(start, end), start);
  const index = facts.index;
  index.trie.gapText = text;
  const out: ParagraphMentions = { instruments: [], parties: [], people: [], places: [], articles: [], counts: [], terms: [] };
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
    // "signed in Moscow": a place there, not the Russian state.
    const asPlace = match.values.some((v) => v.kind === 'place') && /\b(?:in|at|from|near|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, s - 12), s));
    // "South Korea's National Security Council" is not the UN Security Council.
    const partOfLongerName = /\bNational\s+$/.test(text.slice(Math.max(0, s - 9), s));
    for (const value of match.values) {
      if (value.kind === 'party' && !(asPlace && value.form === 'metonym') && !partOfLongerName) out.parties.push({ start: s, end: e, id: value.id, form: value.form });
      else if (value.kind === 'person') out.people.push({ start: s, end: e, name: value.name, party: value.party });
      else if (value.kind === 'place') out.places.push({ start: s, end: e, name: value.name });
    }
  }

  for (const m of named) {
    if (m.ids.length > 1) {
      m.ids = byNearbyParties(m.ids, m.start, m.end, out.parties, facts, text);
      continue;
    }
    // A name another instrument's names contain, told apart by its parties: as good as a description.
    // "Putin and Iranian President Masoud Pezeshkian signed a treaty on 'comprehensive strategic partnership'".
    const article = /\b(?:the|a|an)\s+["“]?$/i.exec(text.slice(Math.max(0, m.start - 6), m.start));
    const signers = actingFor(signersBefore(article ? m.start - article[0].length : m.start, text, out.people));
    const decided = bySharedNameParties(m.ids[0], m.start, m.end, out.parties, signers, facts, text) ?? bySharedNameYear(m.ids[0], m.start, m.end, facts, text);
    if (decided) {
      Object.assign(m, { ids: decided, how: 'descriptor' });
      continue;
    }
    const titled = byTrailingTitle(m.ids[0], m.start, m.end, facts, text);
    if (titled) Object.assign(m, { ids: titled.ids, end: titled.end, how: 'descriptor' });
  }
  // "START I", "the Panmunjom Declaration": instruments the fact base does not hold, named.
  for (const other of findOtherInstruments(text, start, end)) {
    if (named.some((m) => other.start < m.end && other.end > m.start)) continue;
    named.push({ start: other.start, end: other.end, ids: [], how: 'name' });
    for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= other.start && tokens[i].end <= other.end) covered[i] = true;
  }
  const descriptors = findYearDescriptors(tokens, covered, index, out.parties, facts, text);
  const explicit = [...named, ...descriptors].sort((a, b) => a.start - b.start);
  out.instruments = resolveReferences({ tokens, covered, explicit, facts, text, people: out.people, parties: out.parties, carried });
  out.articles = findArticles(text, start, end);
  out.counts = findCounts(text, start, end);
  out.terms = findTerms(text, start, end);
  return out;
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

// "the 23-article treaty", "23 articles", and Korean press's "the 23-point treaty".
const COUNT = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD})(?:[- ]article\\b|[- ]point\\s+(?=treaty|pact|agreement|accord)|\\s+(?:[a-z]+\\s+){0,2}?[Aa]rticles\\b)`, 'gi');

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

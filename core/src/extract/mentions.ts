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
    for (let i = match.first; i < match.last; i++) covered[i] = true;
    const ids = match.values.filter((v): v is Extract<Entity, { kind: 'instrument' }> => v.kind === 'instrument').map((v) => v.id);
    if (ids.length > 0) named.push({ start: s, end: e, ids, how: 'name' });
    for (const value of match.values) {
      if (value.kind === 'party') out.parties.push({ start: s, end: e, id: value.id, form: value.form });
      else if (value.kind === 'person') out.people.push({ start: s, end: e, name: value.name, party: value.party });
      else if (value.kind === 'place') out.places.push({ start: s, end: e, name: value.name });
    }
  }

  const descriptors = findDescriptors(tokens, covered, index, out.parties, facts);
  const explicit = [...named, ...descriptors].sort((a, b) => a.start - b.start);
  out.instruments = resolveCoreference(tokens, covered, explicit, facts);
  out.articles = findArticles(text, start, end);
  out.counts = findCounts(text, start, end);
  return out;
}

/** "the 1961 treaty", "the 2000 friendship treaty", "Russia's 2024 pact". */
function findDescriptors(tokens: Token[], covered: boolean[], index: FactIndex, parties: PartyMention[], facts: FactBase): InstrumentMention[] {
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
        // Disambiguate by the parties named nearby ("the 1961 treaty between Moscow and Pyongyang").
        const near = parties.filter((p) => Math.abs(p.start - tokens[i].end) < 80 || Math.abs(tokens[j].start - p.end) < 80).map((p) => p.id);
        const filtered = candidates.filter((c) => {
          const ids = facts.instruments.get(c.id)?.parties?.value ?? [];
          return near.length > 0 && near.every((p) => ids.includes(p) || ids.some((id) => facts.parties.get(id)?.successorOf?.party === p || facts.parties.get(p)?.successorOf?.party === id));
        });
        candidates = filtered;
      }
      const ids = [...new Set(candidates.map((c) => c.id))];
      if (ids.length === 1) {
        const first = j > 0 && DETERMINERS.has(tokens[j - 1].text) ? j - 1 : j;
        found.push({ start: tokens[first].start, end: tokens[i].end, ids, how: 'descriptor' });
        for (let k = first; k <= i; k++) covered[k] = true;
      }
      break;
    }
  }
  return found;
}

/** "the treaty", "the pact", "this agreement" → the nearest compatible instrument before it in the paragraph. */
function resolveCoreference(tokens: Token[], covered: boolean[], explicit: InstrumentMention[], facts: FactBase): InstrumentMention[] {
  const all = [...explicit];
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i].text;
    const kinds = COMPATIBLE[noun];
    if (covered[i] || kinds === undefined || !DETERMINERS.has(tokens[i - 1].text)) continue;
    // "the treaty" must not be part of a longer noun phrase like "the treaty's signatories" (that is fine) or "the treaty text" (fine too).
    const antecedent = [...all].filter((m) => m.end <= tokens[i - 1].start && m.how !== 'coreference').pop();
    if (!antecedent || antecedent.ids.length !== 1) continue;
    const instrument = facts.instruments.get(antecedent.ids[0]);
    if (!instrument || (kinds !== 'any' && !kinds.includes(instrument.kind))) continue;
    all.push({ start: tokens[i - 1].start, end: tokens[i].end, ids: antecedent.ids, how: 'coreference' });
  }
  return all.sort((a, b) => a.start - b.start);
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

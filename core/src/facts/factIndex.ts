// Answers, fast, "which instrument(s) does this name refer to" and "which party is this
// name", with one trie over every name in the fact base.
import { AliasTrie } from './aliasTrie.js';
import { NameTable, type IndexedName } from './nameTable.js';
import { partyPools, type PartyPools } from './partyPools.js';
import { KNOWN_PLACES } from '../extract/places.js';
import { nameKey } from '../text/normalize.js';
import type { DescriptorNoun, Instrument, Party, Person } from './types.js';

export type PartyForm = 'name' | 'short' | 'alias' | 'metonym' | 'adjective';

export type Entity =
  | { kind: 'instrument'; id: string }
  | { kind: 'party'; id: string; form: PartyForm }
  | { kind: 'person'; name: string; party?: string }
  | { kind: 'place'; name: string };

export interface DescriptorEntry {
  id: string;
  year?: number;
  qualifiers: string[];
}

/** What the names of instruments are, read back from the index (see nameTable.ts). */
export interface NameList {
  readonly count: number;
  at(i: number): IndexedName;
  ownerOf(i: number): string;
  /** Indices of the names holding `word`, ascending (articles and prepositions not indexed). */
  namesWith(word: string): readonly number[];
  countWith(word: string): number;
  ownersWith(word: string): ReadonlySet<string>;
}

/**
 * A name the index cannot use as the key of its instrument: too generic ("the treaty"), or
 * already the name of another instrument (`owner`). `position` is its place in
 * instrumentNames(): title, short titles, aliases, derived names.
 */
export interface RefusedName {
  id: string;
  name: string;
  position: number;
  owner?: string;
}

export interface FactIndex {
  trie: AliasTrie<Entity>;
  descriptors: ReadonlyMap<DescriptorNoun, DescriptorEntry[]>;
  /** Instruments a name refers to (title, short title or alias). */
  findInstruments(name: string): string[];
  findParty(name: string): string | undefined;
  findPerson(name: string): Person | undefined;
  /** Every name of every instrument with its words, computed once: completion, near misses, siblings. */
  names: NameList;
  /** Names left out of the index or shared between instruments, in the order of the instruments. */
  refusedNames: readonly RefusedName[];
  /** All the words of all the names of an instrument. */
  wordsOf(id: string): ReadonlySet<string>;
  /** Every word of every party name, alias and adjective: words that do not tell titles apart. */
  partyWords: ReadonlySet<string>;
  /** Instruments a person signed, by the name the fact base gives the signatory (without its parenthesis). */
  signedBy(person: string): readonly string[];
  /** Instruments a party, its predecessor or its successors are party to, and those common to several. */
  partyPools: PartyPools;
  /** Descriptors of a noun for one year ("treaty", 1961). */
  describedAs(noun: DescriptorNoun, year: number): readonly DescriptorEntry[];
  /** Instruments other than `id` with a name containing every one of `words`. */
  sharingWords(words: readonly string[], id: string): string[];
}

/** Resolutions are named by number in briefs: "Resolution 2397", "UNSCR 2397". */
function derivedNames(instrument: Instrument): string[] {
  const m = /Resolution (\d{3,4})/.exec(instrument.title);
  if (!m || instrument.kind !== 'resolution') return [];
  return [`Resolution ${m[1]}`, `UNSC Resolution ${m[1]}`, `UNSCR ${m[1]}`, `Security Council Resolution ${m[1]}`, `U.N. Security Council Resolution ${m[1]}`];
}

/** Words that say nothing about which instrument a name means. */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'on', 'and', 'for', 'between', 'in', 'a', 'an']);

export function instrumentNames(instrument: Instrument): string[] {
  return [instrument.title, ...(instrument.shortTitles ?? []), ...(instrument.aliases ?? []), ...derivedNames(instrument)];
}

const GENERIC_WORDS = new Set(['the', 'a', 'an', 'treaty', 'pact', 'agreement', 'accord', 'it', 'this', 'that', 'of', 'and', 'on', 'in', 'declaration', 'statement', 'resolution', 'charter', 'alliance', 'deal', 'convention', 'protocol']);

/** A name made only of generic words cannot identify an instrument. */
export function isGenericName(words: readonly string[]): boolean {
  return words.length === 0 || words.every((w) => GENERIC_WORDS.has(w));
}

export function buildFactIndex(instruments: ReadonlyMap<string, Instrument>, parties: ReadonlyMap<string, Party>, people: readonly Person[]): FactIndex {
  const trie = new AliasTrie<Entity>();
  const names = new NameTable(NAME_STOP_WORDS);
  const refusedNames: RefusedName[] = [];
  // Asked for a few instruments per check: computed on demand, not for thousands at load.
  const wordsById = new Map<string, Set<string>>();
  const wordsOf = (id: string): ReadonlySet<string> => {
    let all = wordsById.get(id);
    if (!all) {
      const instrument = instruments.get(id);
      all = new Set(instrument ? instrumentNames(instrument).filter((n) => n.length <= 300).map(nameKey).filter((w) => !isGenericName(w)).flat() : []);
      if (wordsById.size > 5000) wordsById.clear();
      wordsById.set(id, all);
    }
    return all;
  };
  for (const instrument of instruments.values()) {
    const entity: Entity = { kind: 'instrument', id: instrument.id };
    instrumentNames(instrument).forEach((name, position) => {
      const words = nameKey(name);
      // A generic name ("the", "treaty") is never matched; an overlong one is refused by the schema.
      if (isGenericName(words)) refusedNames.push({ id: instrument.id, name, position });
      if (isGenericName(words) || name.length > 300) return;
      const owner = trie.add(words, entity).find((e) => e.kind === 'instrument' && e.id !== instrument.id);
      if (owner?.kind === 'instrument') refusedNames.push({ id: instrument.id, name, position, owner: owner.id });
      names.add(name, instrument.id, words);
    });
  }
  names.finish();

  const partyByName = new Map<string, string>();
  const partyWords = new Set<string>();
  for (const party of parties.values()) {
    const forms: [PartyForm, string[]][] = [
      ['name', [party.name]],
      ['short', party.shortNames ?? []],
      ['alias', party.aliases ?? []],
      ['metonym', party.metonyms ?? []],
      ['adjective', party.adjectives ?? []],
    ];
    for (const [form, list] of forms) {
      for (const name of list) {
        const words = nameKey(name);
        // "The Kremlin" keeps its article in the trie key only through nameKey's rule.
        trie.add(words, { kind: 'party', id: party.id, form });
        for (const w of words) partyWords.add(w);
        partyByName.set(words.join(' '), party.id);
      }
    }
  }

  const personByName = new Map<string, Person>();
  for (const person of people) {
    for (const name of [person.name, ...(person.variants ?? [])]) {
      const words = nameKey(name);
      trie.add(words, { kind: 'person', name: person.name, party: person.party });
      personByName.set(words.join(' '), person);
    }
  }

  const placeNames = new Set(KNOWN_PLACES);
  for (const instrument of instruments.values()) {
    for (const event of [instrument.signed, instrument.adopted, instrument.exchangeOfInstruments, instrument.entryIntoForce]) {
      const place = event?.place;
      if (!place) continue;
      for (const value of [place.value, ...(place.readings ?? []).map((r) => r.value), ...(place.alternatives ?? [])]) {
        if (typeof value === 'string' && value.length <= 60) placeNames.add(value);
      }
    }
  }
  for (const name of placeNames) trie.add(nameKey(name), { kind: 'place', name });
  trie.compact();

  const signed = new Map<string, string[]>();
  for (const instrument of instruments.values()) {
    for (const signatory of instrument.signed?.signatories?.value ?? []) {
      const name = signatory.name.split('(')[0].trim();
      const list = signed.get(name);
      if (!list) signed.set(name, [instrument.id]);
      else if (!list.includes(instrument.id)) list.push(instrument.id);
    }
  }
  const byNounYear = new Map<string, DescriptorEntry[]>();
  const descriptors = new Map<DescriptorNoun, DescriptorEntry[]>();
  for (const instrument of instruments.values()) {
    for (const d of instrument.descriptors ?? []) {
      const list = descriptors.get(d.noun) ?? [];
      const entry = { id: instrument.id, year: d.year, qualifiers: (d.qualifiers ?? []).flatMap((q) => nameKey(q)) };
      list.push(entry);
      descriptors.set(d.noun, list);
      const key = `${d.noun}:${d.year}`;
      const ofYear = byNounYear.get(key);
      if (ofYear) ofYear.push(entry);
      else byNounYear.set(key, [entry]);
    }
  }

  /** Instruments (other than `id`) with a name that holds every one of `words`. */
  const computeSharing = (words: readonly string[], id: string): string[] => {
    // Intersect from the rarest word's postings: cost independent of the fact base's size.
    const indexed = words.filter((w) => !NAME_STOP_WORDS.has(w));
    if (indexed.length === 0) return [];
    const rarest = [...indexed].sort((a, b) => names.countWith(a) - names.countWith(b))[0];
    const out = new Set<string>();
    for (const i of names.namesWith(rarest)) {
      const owner = names.ownerOf(i);
      if (owner === id || out.has(owner)) continue;
      const own = names.wordsOf(i);
      if (words.every((w) => own.includes(w))) out.add(owner);
    }
    return [...out];
  };
  // Asked again for every claim made through the same name: kept, bounded.
  const sharing = new Map<string, string[]>();

  return {
    trie,
    descriptors,
    names,
    refusedNames,
    wordsOf,
    partyWords,
    partyPools: partyPools(instruments, parties),
    signedBy: (person) => signed.get(person) ?? [],
    describedAs: (noun, year) => byNounYear.get(`${noun}:${year}`) ?? [],
    sharingWords: (words, id) => {
      const key = `${id}\u0000${words.join(' ')}`;
      let found = sharing.get(key);
      if (!found) {
        found = computeSharing(words, id);
        if (sharing.size > 2000) sharing.clear();
        sharing.set(key, found);
      }
      return found;
    },
    findInstruments: (name) => trie.exact(nameKey(name)).flatMap((e) => (e.kind === 'instrument' ? [e.id] : [])),
    findParty: (name) => partyByName.get(nameKey(name).join(' ')),
    findPerson: (name) => personByName.get(nameKey(name).join(' ')),
  };
}

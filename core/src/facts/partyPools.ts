// The instruments a party can be meant in, for descriptions such as "the treaty between
// Russia and North Korea": its own, its predecessor's and its successors' (the USSR's
// treaties are Russia's too; the Soviet Union named as such is party to none of Russia's later
// ones). Built for a party the first time a brief names it in a
// description, then kept: a description costs a lookup, not a walk over the fact base.
import { signingDate } from './signingDate.js';
import type { Instrument, Party } from './types.js';

export interface PartyPool {
  /** In the order of the fact base: the party's own, then its predecessor's and successors'. */
  ids: readonly string[];
  has(id: string): boolean;
  /** Place in `ids`, or -1. */
  position(id: string): number;
  /** Those signed (or adopted) in `year` ("1961"), in the same order. */
  inYear(year: string): readonly string[];
  /** Bit n set when the fact base's n-th instrument is in `ids`. */
  bits: Uint32Array;
}

export interface PartyPools {
  /**
   * `asNamed`: the party named as itself, not by a name it shares with its successor ("the
   * Soviet Union", not "Moscow"): a state that has ceased to exist is party to none of its
   * successors' later instruments.
   */
  pool(party: string, asNamed?: boolean): PartyPool;
  /** The instruments in every pool (of `year` when given), in the order of the first pool. */
  common(pools: readonly PartyPool[], year?: string): readonly string[];
}

const NONE: readonly string[] = [];

export function partyPools(instruments: ReadonlyMap<string, Instrument>, parties: ReadonlyMap<string, Party>): PartyPools {
  const own = new Map<string, string[]>();
  for (const instrument of instruments.values()) {
    for (const party of instrument.parties?.value ?? []) {
      const list = own.get(party);
      if (list) list.push(instrument.id);
      else own.set(party, [instrument.id]);
    }
  }
  const successors = new Map<string, string[]>();
  for (const party of parties.values()) {
    const predecessor = party.successorOf?.party;
    if (predecessor !== undefined) successors.set(predecessor, [...(successors.get(predecessor) ?? []), party.id]);
  }
  const dateOf = (id: string) => signingDate(instruments.get(id)) ?? '';
  const yearOf = (id: string) => dateOf(id).slice(0, 4);
  const ordinalIds = [...instruments.keys()];
  const ordinals = new Map(ordinalIds.map((id, n) => [id, n]));
  const built = new Map<string, PartyPool>();
  const pool = (party: string, asNamed = false): PartyPool => {
    const until = asNamed ? parties.get(party)?.existed?.until : undefined;
    const key = until === undefined ? party : `${party}\u0000named`;
    const known = built.get(key);
    if (known) return known;
    const later = (p: string, id: string) => until !== undefined && successors.get(party)?.includes(p) === true && !(dateOf(id) !== '' && dateOf(id).slice(0, until.length) <= until);
    const related = [parties.get(party)?.successorOf?.party, ...(successors.get(party) ?? [])].filter((p): p is string => p !== undefined);
    const ids = related.length === 0 ? own.get(party) ?? NONE : [...new Set([party, ...related].flatMap((p) => (own.get(p) ?? NONE).filter((id) => !later(p, id))))];
    const positions = new Map(ids.map((id, i) => [id, i]));
    const bits = new Uint32Array((ordinalIds.length + 31) >>> 5);
    for (const id of ids) {
      const n = ordinals.get(id)!;
      bits[n >>> 5] |= 1 << (n & 31);
    }
    let years: Map<string, string[]> | undefined;
    const made: PartyPool = {
      ids,
      bits,
      has: (id) => positions.has(id),
      position: (id) => positions.get(id) ?? -1,
      inYear: (year) => {
        if (!years) {
          years = new Map();
          for (const id of ids) {
            const y = yearOf(id);
            const list = years.get(y);
            if (list) list.push(id);
            else years.set(y, [id]);
          }
        }
        return years.get(year) ?? NONE;
      },
    };
    built.set(key, made);
    return made;
  };
  const common = (pools: readonly PartyPool[], year?: string): readonly string[] => {
    if (pools.length === 0) return NONE;
    if (pools.every((p) => p === pools[0])) return year === undefined ? pools[0].ids : pools[0].inYear(year);
    const found: string[] = [];
    const words = pools[0].bits.length;
    for (let w = 0; w < words; w++) {
      let word = pools[0].bits[w];
      for (let k = 1; k < pools.length && word !== 0; k++) word &= pools[k].bits[w];
      for (; word !== 0; word &= word - 1) {
        const id = ordinalIds[(w << 5) + 31 - Math.clz32(word & -word)];
        if (year === undefined || yearOf(id) === year) found.push(id);
      }
    }
    return found.sort((a, b) => pools[0].position(a) - pools[0].position(b));
  };
  return { pool, common };
}

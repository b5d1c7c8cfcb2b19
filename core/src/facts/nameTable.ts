// Every name of every instrument with its words, and for each word the names that hold it
// (postings), in flat integer arrays: with 100,000 names an object and an array per name
// cost more memory than all the instruments together. Entries are built on request.
import { withRoom } from './int32Arrays.js';

export interface IndexedName {
  name: string;
  id: string;
  words: readonly string[];
}

const NONE: readonly number[] = [];

export class NameTable {
  /** `unindexed`: words that say nothing about which name is meant (articles, prepositions). */
  constructor(private readonly unindexed: ReadonlySet<string>) {}

  private readonly texts: string[] = [];
  private readonly owners: number[] = [];
  private readonly ownerIds: string[] = [];
  private readonly ownerNumbers = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  private readonly lexicon: string[] = [];
  /** Words of name i are wordPool[wordStarts[i] .. wordStarts[i + 1]). */
  private wordStarts = new Int32Array(1024);
  private wordPool = new Int32Array(8192);
  private wordsUsed = 0;
  /** Names holding word w are postings[postingStarts[w] .. postingStarts[w + 1]), ascending. */
  private postings = new Int32Array(0);
  private postingStarts = new Int32Array(1);

  get count(): number {
    return this.texts.length;
  }

  add(name: string, id: string, words: readonly string[]): void {
    const i = this.texts.length;
    this.texts.push(name);
    let owner = this.ownerNumbers.get(id);
    if (owner === undefined) {
      owner = this.ownerIds.length;
      this.ownerIds.push(id);
      this.ownerNumbers.set(id, owner);
    }
    this.owners.push(owner);
    this.wordStarts = withRoom(this.wordStarts, i + 2);
    this.wordPool = withRoom(this.wordPool, this.wordsUsed + words.length);
    for (const word of words) this.wordPool[this.wordsUsed++] = this.wordId(word);
    this.wordStarts[i + 1] = this.wordsUsed;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.lexicon.length;
      this.lexicon.push(word);
      this.wordIds.set(word, id);
    }
    return id;
  }

  /** Builds the postings once every name is in (counted first, then filled: no spare room). */
  finish(): void {
    const starts = new Int32Array(this.lexicon.length + 1);
    const stop = this.lexicon.map((w) => this.unindexed.has(w));
    const seen = new Int32Array(this.lexicon.length).fill(-1);
    const eachWord = (visit: (word: number, name: number) => void) => {
      for (let i = 0; i < this.count; i++) {
        for (let k = this.wordStarts[i]; k < this.wordStarts[i + 1]; k++) {
          const w = this.wordPool[k];
          // Once per name, however often the word recurs in it.
          if (stop[w] || seen[w] === i) continue;
          seen[w] = i;
          visit(w, i);
        }
      }
      seen.fill(-1);
    };
    eachWord((w) => starts[w + 1]++);
    for (let w = 0; w < this.lexicon.length; w++) starts[w + 1] += starts[w];
    const postings = new Int32Array(starts[this.lexicon.length]);
    const next = starts.slice(0, this.lexicon.length);
    eachWord((w, i) => (postings[next[w]++] = i));
    this.postings = postings;
    this.postingStarts = starts;
    this.wordPool = this.wordPool.slice(0, this.wordsUsed);
    this.wordStarts = this.wordStarts.slice(0, this.count + 1);
  }

  at(i: number): IndexedName {
    return { name: this.texts[i], id: this.ownerOf(i), words: this.wordsOf(i) };
  }

  ownerOf(i: number): string {
    return this.ownerIds[this.owners[i]];
  }

  wordsOf(i: number): string[] {
    const words: string[] = [];
    for (let k = this.wordStarts[i]; k < this.wordStarts[i + 1]; k++) words.push(this.lexicon[this.wordPool[k]]);
    return words;
  }

  /** Indices of the names holding `word`, ascending (stop words are not indexed). */
  namesWith(word: string): readonly number[] {
    const w = this.wordIds.get(word);
    if (w === undefined) return NONE;
    return Array.from(this.postings.subarray(this.postingStarts[w], this.postingStarts[w + 1]));
  }

  /**
   * The instruments with a name holding `word`. Kept for the words asked for (a few hundred
   * at most): a description's qualifier ("the mutual defense treaty with Russia") is tested
   * against each candidate by a set lookup, not by listing thousands of names each time.
   */
  ownersWith(word: string): ReadonlySet<string> {
    let owners = this.ownerSets.get(word);
    if (!owners) {
      owners = new Set(this.namesWith(word).map((i) => this.ownerOf(i)));
      if (this.ownerSets.size >= 512) this.ownerSets.clear();
      this.ownerSets.set(word, owners);
    }
    return owners;
  }

  private readonly ownerSets = new Map<string, Set<string>>();

  /** How many names hold `word`, without listing them. */
  countWith(word: string): number {
    const w = this.wordIds.get(word);
    return w === undefined ? 0 : this.postingStarts[w + 1] - this.postingStarts[w];
  }
}

// One trie over the word tokens of every name in the fact base. Scanning a text costs
// one walk per token, whatever the number of names.
import { EdgeTable } from './edgeTable.js';
import { withRoom } from './int32Arrays.js';
import { isUnspacedScript, type Token } from '../text/normalize.js';

export interface TrieMatch<T> {
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  values: T[];
}

const NO_MATCH = -1;

/** Articles inside names are ignored on both sides: "Treaty on the X" matches "Treaty on X". */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Inside a name, "of" and "on" are interchangeable: "Treaty of/on Comprehensive Strategic Partnership". */
const canonicalWord = (w: string) => (w === 'on' ? 'of' : w);

export function matchWords(words: readonly string[]): string[] {
  return words.filter((w, i) => i === 0 || !ARTICLES.has(w)).map((w, i) => (i === 0 ? w : canonicalWord(w)));
}

/**
 * A radix trie over word numbers, kept in flat integer arrays. Node 0 is the root. The edge
 * into a node is keyed by one word and carries the words that follow it on every name
 * through the node (its "rest", a range of `restWords`), so a long name costs one node, not
 * one per word; edges live in one hash table. With 100,000 names this takes a fifth of
 * the memory of objects with a Map per node, and a lookup is an integer probe.
 */
export class AliasTrie<T> {
  /** Word → number; a word no name contains has none, and nothing matches it. */
  private readonly wordIds = new Map<string, number>();
  private readonly edges = new EdgeTable();
  private restStart = new Int32Array(256);
  private restLength = new Int32Array(256);
  /** Index into `firstValues`, or NO_MATCH for a node where no name ends. */
  private valueSlot = new Int32Array(256).fill(NO_MATCH);
  private nodeCount = 1;
  private restWords = new Int32Array(1024);
  private restUsed = 0;
  /** The first value of each name; the few names with more keep the rest in `moreValues`. */
  private readonly firstValues: T[] = [];
  private readonly moreValues = new Map<number, T[]>();
  /** Single-word names in scripts without spaces ("한미상호방위조약"), matched as word prefixes. */
  private readonly unspaced = new Map<string, T[]>();
  private maxUnspaced = 0;

  /** Adds a name; returns the values the name already had (empty if it is new). */
  add(allWords: string[], value: T): readonly T[] {
    const words = matchWords(allWords);
    if (words.length === 0) return [];
    const node = this.insert(words.map((w) => this.wordId(w)));
    let before: readonly T[] = [];
    const slot = this.valueSlot[node];
    if (slot === NO_MATCH) {
      this.valueSlot[node] = this.firstValues.length;
      this.firstValues.push(value);
    } else {
      before = this.valuesAt(slot);
      if (!before.includes(value)) this.moreValues.set(slot, [...(this.moreValues.get(slot) ?? []), value]);
    }
    if (words.length === 1 && isUnspacedScript(words[0])) {
      const unspaced = this.unspaced.get(words[0]) ?? [];
      if (!unspaced.includes(value)) unspaced.push(value);
      this.unspaced.set(words[0], unspaced);
      this.maxUnspaced = Math.max(this.maxUnspaced, words[0].length);
    }
    return before;
  }

  private valuesAt(slot: number): T[] {
    const more = this.moreValues.get(slot);
    return more ? [this.firstValues[slot], ...more] : [this.firstValues[slot]];
  }

  /** Gives back the spare room the arrays grew into; call once every name is in. */
  compact(): void {
    this.restStart = this.restStart.slice(0, this.nodeCount);
    this.restLength = this.restLength.slice(0, this.nodeCount);
    this.valueSlot = this.valueSlot.slice(0, this.nodeCount);
    this.restWords = this.restWords.slice(0, this.restUsed);
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(word, id);
    }
    return id;
  }

  private newNode(restStart: number, restLength: number): number {
    const node = this.nodeCount++;
    if (node >= this.restStart.length) {
      this.restStart = withRoom(this.restStart, node + 1);
      this.restLength = withRoom(this.restLength, node + 1);
      const size = this.valueSlot.length;
      this.valueSlot = withRoom(this.valueSlot, node + 1);
      this.valueSlot.fill(NO_MATCH, size);
    }
    this.restStart[node] = restStart;
    this.restLength[node] = restLength;
    return node;
  }

  /** The node that ends exactly at `words`, splitting an edge where the new name parts from it. */
  private insert(words: readonly number[]): number {
    let node = 0;
    let i = 0;
    while (i < words.length) {
      let child = this.edges.get(node, words[i]);
      if (child === NO_MATCH) {
        const rest = words.length - i - 1;
        this.restWords = withRoom(this.restWords, this.restUsed + rest);
        for (let k = 0; k < rest; k++) this.restWords[this.restUsed + k] = words[i + 1 + k];
        child = this.newNode(this.restUsed, rest);
        this.restUsed += rest;
        this.edges.set(node, words[i], child);
        return child;
      }
      const start = this.restStart[child];
      const length = this.restLength[child];
      let shared = 0;
      while (shared < length && i + 1 + shared < words.length && this.restWords[start + shared] === words[i + 1 + shared]) shared++;
      if (shared < length) {
        // The new name parts from this edge inside its rest: a middle node takes the shared part.
        const middle = this.newNode(start, shared);
        this.edges.set(middle, this.restWords[start + shared], child);
        this.restStart[child] = start + shared + 1;
        this.restLength[child] = length - shared - 1;
        this.edges.set(node, words[i], middle);
        child = middle;
      }
      node = child;
      i += 1 + shared;
    }
    return node;
  }

  /** The values of exactly this name, if it is in the trie. */
  exact(allWords: readonly string[]): readonly T[] {
    const words = matchWords(allWords);
    let node = 0;
    for (let i = 0; i < words.length; ) {
      const word = this.wordIds.get(words[i]);
      const child = word === undefined ? NO_MATCH : this.edges.get(node, word);
      if (child === NO_MATCH || this.restLength[child] > words.length - i - 1) return [];
      const start = this.restStart[child];
      for (let r = 0; r < this.restLength[child]; r++) if (this.restWords[start + r] !== this.wordIds.get(words[i + 1 + r])) return [];
      i += 1 + this.restLength[child];
      node = child;
    }
    return node === 0 || this.valueSlot[node] === NO_MATCH ? [] : this.valuesAt(this.valueSlot[node]);
  }

  /**
   * Longest match starting at token `first`, if any. `ids` holds each token's word number
   * (NO_MATCH for words no name holds) and `canonical` the same after "on" → "of".
   */
  private matchAt(tokens: readonly Token[], ids: Int32Array, canonical: Int32Array, first: number): TrieMatch<T> | undefined {
    let node = 0;
    let best: TrieMatch<T> | undefined;
    let i = first;
    // The next word of the name in the text, or -1: words of one name must be adjacent
    // (only spaces, dashes, quotes or dots between), and articles inside are skipped.
    const nextWord = (at: number): number => {
      for (let j = at; j < tokens.length; j++) {
        if (j > first && !isNameGap(tokens[j - 1], tokens[j], this.gapText)) return -1;
        if (j > first && ARTICLES.has(tokens[j].text)) {
          // "signed in San Francisco, the treaty …": after a comma an article opens a new phrase.
          if (this.gapText.slice(tokens[j - 1].end, tokens[j].start).includes(',')) return -1;
          continue;
        }
        return j;
      }
      return -1;
    };
    for (;;) {
      const at = i === first ? first : nextWord(i);
      if (at < 0 || at >= tokens.length) break;
      const word = at === first ? ids[at] : canonical[at];
      const child = word === NO_MATCH ? NO_MATCH : this.edges.get(node, word);
      if (child === NO_MATCH) break;
      i = at + 1;
      let whole = true;
      const start = this.restStart[child];
      for (let r = 0; r < this.restLength[child]; r++) {
        const j = nextWord(i);
        if (j < 0 || canonical[j] !== this.restWords[start + r]) {
          whole = false;
          break;
        }
        i = j + 1;
      }
      if (!whole) break;
      node = child;
      if (this.valueSlot[node] !== NO_MATCH) best = { first, last: i, values: this.valuesAt(this.valueSlot[node]) };
    }
    if (!best && this.unspaced.size > 0 && isUnspacedScript(tokens[first].text)) {
      const word = tokens[first].text;
      for (let len = Math.min(word.length, this.maxUnspaced); len >= 2; len--) {
        const values = this.unspaced.get(word.slice(0, len));
        if (values) return { first, last: first + 1, values };
      }
    }
    return best;
  }

  /** Set by the scanner: the text the tokens came from, to look at what lies between words. */
  gapText = '';

  /** Every non-overlapping longest match, left to right. */
  scan(text: string, tokens: readonly Token[]): TrieMatch<T>[] {
    this.gapText = text;
    const ids = new Int32Array(tokens.length);
    const canonical = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      ids[i] = this.wordIds.get(tokens[i].text) ?? NO_MATCH;
      canonical[i] = tokens[i].text === 'on' ? this.wordIds.get('of') ?? NO_MATCH : ids[i];
    }
    const matches: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, ids, canonical, i);
      if (m) {
        matches.push(m);
        i = m.last;
      } else {
        i++;
      }
    }
    return matches;
  }
}

const NAME_GAP = /^[\s\-\u2010-\u2015\u2212'’‘"“”.,&()/]{1,4}$/u;

function isNameGap(a: Token, b: Token, text: string): boolean {
  if (!text) return true;
  const gap = text.slice(a.end, b.start);
  if (!NAME_GAP.test(gap)) return false;
  // "On July 27, 1953, the Korean Armistice Agreement was signed": a year before a comma ends a
  // date, not the start of a name ("1953 Korean Armistice").
  if (gap.includes(',') && /^\d+$/.test(text.slice(a.start, a.end))) return false;
  // A full stop inside a name only after an initial ("U.S. Senate") or "St." ("St. Petersburg");
  // "Washington. The treaty" is two sentences.
  return !/\.\s/.test(gap) || a.end - a.start === 1 || /^St$/.test(text.slice(a.start, a.end));
}

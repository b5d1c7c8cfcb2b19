// One trie over the word tokens of every name in the fact base. Scanning a text costs
// one walk per token, whatever the number of names.
import { isUnspacedScript, type Token } from '../text/normalize.js';

export interface TrieMatch<T> {
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  values: T[];
}

/**
 * A radix node: the edge into it is keyed by one word and carries the words that follow
 * it on every name through this node (`rest`), so a long name costs one node, not one per
 * word. Only nodes where names part ways hold a map.
 */
interface Node<T> {
  rest: readonly string[];
  children?: Map<string, Node<T>>;
  values?: T[];
}

const NO_WORDS: readonly string[] = [];

/** Articles inside names are ignored on both sides: "Treaty on the X" matches "Treaty on X". */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Inside a name, "of" and "on" are interchangeable: "Treaty of/on Comprehensive Strategic Partnership". */
const canonicalWord = (w: string) => (w === 'on' ? 'of' : w);

export function matchWords(words: readonly string[]): string[] {
  return words.filter((w, i) => i === 0 || !ARTICLES.has(w)).map((w, i) => (i === 0 ? w : canonicalWord(w)));
}

export class AliasTrie<T> {
  private readonly root: Node<T> = { rest: NO_WORDS };
  /** Single-word names in scripts without spaces ("한미상호방위조약"), matched as word prefixes. */
  private readonly unspaced = new Map<string, T[]>();
  private maxUnspaced = 0;

  add(allWords: string[], value: T): void {
    const words = matchWords(allWords);
    if (words.length === 0) return;
    const node = this.insert(words);
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    if (words.length === 1 && isUnspacedScript(words[0])) {
      const list = this.unspaced.get(words[0]) ?? [];
      if (!list.includes(value)) list.push(value);
      this.unspaced.set(words[0], list);
      this.maxUnspaced = Math.max(this.maxUnspaced, words[0].length);
    }
  }

  /** The node that ends exactly at `words`, splitting an edge where the new name parts from it. */
  private insert(words: readonly string[]): Node<T> {
    let node = this.root;
    let i = 0;
    while (i < words.length) {
      node.children ??= new Map();
      let child = node.children.get(words[i]);
      if (!child) {
        child = { rest: i + 1 < words.length ? words.slice(i + 1) : NO_WORDS };
        node.children.set(words[i], child);
        return child;
      }
      let shared = 0;
      while (shared < child.rest.length && i + 1 + shared < words.length && child.rest[shared] === words[i + 1 + shared]) shared++;
      if (shared < child.rest.length) {
        const middle: Node<T> = { rest: shared > 0 ? child.rest.slice(0, shared) : NO_WORDS, children: new Map([[child.rest[shared], child]]) };
        child.rest = shared + 1 < child.rest.length ? child.rest.slice(shared + 1) : NO_WORDS;
        node.children.set(words[i], middle);
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
    let node = this.root;
    for (let i = 0; i < words.length; ) {
      const child = node.children?.get(words[i]);
      if (!child || child.rest.length > words.length - i - 1) return [];
      for (let r = 0; r < child.rest.length; r++) if (child.rest[r] !== words[i + 1 + r]) return [];
      i += 1 + child.rest.length;
      node = child;
    }
    return node === this.root ? [] : node.values ?? [];
  }

  /** Longest match starting at token `first`, if any. */
  matchAt(tokens: readonly Token[], first: number): TrieMatch<T> | undefined {
    let node = this.root;
    let best: TrieMatch<T> | undefined;
    let i = first;
    // The next word of the name in the text, or -1: words of one name must be adjacent
    // (only spaces, dashes, quotes or dots between), and articles inside are skipped.
    const nextWord = (at: number): number => {
      for (let j = at; j < tokens.length; j++) {
        if (j > first && !isNameGap(tokens[j - 1], tokens[j], this.gapText)) return -1;
        if (j > first && ARTICLES.has(tokens[j].text)) continue;
        return j;
      }
      return -1;
    };
    for (;;) {
      const at = i === first ? first : nextWord(i);
      if (at < 0 || at >= tokens.length) break;
      const child = node.children?.get(at === first ? tokens[at].text : canonicalWord(tokens[at].text));
      if (!child) break;
      i = at + 1;
      let whole = true;
      for (const word of child.rest) {
        const j = nextWord(i);
        if (j < 0 || canonicalWord(tokens[j].text) !== word) {
          whole = false;
          break;
        }
        i = j + 1;
      }
      if (!whole) break;
      node = child;
      if (node.values) best = { first, last: i, values: node.values };
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
    const matches: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
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
  // A full stop inside a name only after an initial ("U.S. Senate"); "Washington. The
  // treaty" is two sentences.
  return !/\.\s/.test(gap) || a.end - a.start === 1;
}

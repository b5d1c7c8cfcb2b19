// One trie over the word tokens of every name in the fact base. Scanning a text costs
// one walk per token, whatever the number of names.
import { isUnspacedScript, type Token } from '../text/normalize.js';

export interface TrieMatch<T> {
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  values: T[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values?: T[];
}

/** Articles inside names are ignored on both sides: "Treaty on the X" matches "Treaty on X". */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Inside a name, "of" and "on" are interchangeable: "Treaty of/on Comprehensive Strategic Partnership". */
const canonicalWord = (w: string) => (w === 'on' ? 'of' : w);

export function matchWords(words: readonly string[]): string[] {
  return words.filter((w, i) => i === 0 || !ARTICLES.has(w)).map((w, i) => (i === 0 ? w : canonicalWord(w)));
}

export class AliasTrie<T> {
  private readonly root: Node<T> = { next: new Map() };
  /** Single-word names in scripts without spaces ("한미상호방위조약"), matched as word prefixes. */
  private readonly unspaced = new Map<string, T[]>();
  private maxUnspaced = 0;

  add(allWords: string[], value: T): void {
    const words = matchWords(allWords);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    if (words.length === 1 && isUnspacedScript(words[0])) {
      const list = this.unspaced.get(words[0]) ?? [];
      if (!list.includes(value)) list.push(value);
      this.unspaced.set(words[0], list);
      this.maxUnspaced = Math.max(this.maxUnspaced, words[0].length);
    }
  }

  /** Longest match starting at token `first`, if any. */
  matchAt(tokens: readonly Token[], first: number): TrieMatch<T> | undefined {
    let node = this.root;
    let best: TrieMatch<T> | undefined;
    for (let i = first; i < tokens.length; i++) {
      // Words of one name must be adjacent in the text (only spaces, dashes, quotes or dots between).
      if (i > first && !isNameGap(tokens[i - 1], tokens[i], this.gapText)) break;
      if (i > first && ARTICLES.has(tokens[i].text) && !node.next.has(tokens[i].text)) continue;
      const child = node.next.get(i === first ? tokens[i].text : canonicalWord(tokens[i].text));
      if (!child) break;
      node = child;
      if (node.values) best = { first, last: i + 1, values: node.values };
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

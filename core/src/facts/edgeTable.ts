// The edges of the name trie in one open-addressing hash table of integers: (node, word)
// → child. A Map per trie node costs hundreds of bytes even with one entry; with 100,000
// names that was most of the fact base's memory. Here an edge costs twelve bytes.
const EMPTY = -1;

export class EdgeTable {
  private nodes = new Int32Array(1024).fill(EMPTY);
  private words = new Int32Array(1024);
  private children = new Int32Array(1024);
  private count = 0;

  get(node: number, word: number): number {
    const mask = this.nodes.length - 1;
    for (let slot = hash(node, word) & mask; ; slot = (slot + 1) & mask) {
      const at = this.nodes[slot];
      if (at === EMPTY) return EMPTY;
      if (at === node && this.words[slot] === word) return this.children[slot];
    }
  }

  /** Adds the edge, or points an existing one at a new child. */
  set(node: number, word: number, child: number): void {
    // Kept at most three quarters full: probes stay short.
    if ((this.count + 1) * 4 > this.nodes.length * 3) this.resize(this.nodes.length * 2);
    this.place(node, word, child);
  }

  private place(node: number, word: number, child: number): void {
    const mask = this.nodes.length - 1;
    for (let slot = hash(node, word) & mask; ; slot = (slot + 1) & mask) {
      const at = this.nodes[slot];
      if (at === EMPTY) {
        this.nodes[slot] = node;
        this.words[slot] = word;
        this.children[slot] = child;
        this.count++;
        return;
      }
      if (at === node && this.words[slot] === word) {
        this.children[slot] = child;
        return;
      }
    }
  }

  private resize(size: number): void {
    const { nodes, words, children } = this;
    this.nodes = new Int32Array(size).fill(EMPTY);
    this.words = new Int32Array(size);
    this.children = new Int32Array(size);
    this.count = 0;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] !== EMPTY) this.place(nodes[slot], words[slot], children[slot]);
  }
}

function hash(node: number, word: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}

// The instruments that replaced one another: "the new treaty" is the end of the chain, and a
// predecessor of the brief's topic named in passing does not take the topic over.
import type { FactBase } from './factBase.js';

/** The instruments that replaced `id`, nearest first (the fact base refuses cycles; 8 at most). */
export function successorsOf(facts: FactBase, id: string): string[] {
  const chain: string[] = [];
  for (let next = facts.instruments.get(id)?.supersededBy; next !== undefined && facts.instruments.has(next) && chain.length < 8; next = facts.instruments.get(next)?.supersededBy) chain.push(next);
  return chain;
}

// Which instruments each instrument replaced, built once per fact base (thousands of
// instruments: a scan per question would cost more than the check).
const replacedBy = new WeakMap<FactBase, Map<string, string[]>>();

function predecessorsIndex(facts: FactBase): Map<string, string[]> {
  let index = replacedBy.get(facts);
  if (!index) {
    index = new Map();
    for (const other of facts.instruments.values()) {
      if (other.supersededBy === undefined) continue;
      const list = index.get(other.supersededBy);
      if (list) list.push(other.id);
      else index.set(other.supersededBy, [other.id]);
    }
    replacedBy.set(facts, index);
  }
  return index;
}

/** Every instrument in `id`'s chains of replacements, before it and after it (16 at most). */
export function chainOf(facts: FactBase, id: string): string[] {
  const related = new Set(successorsOf(facts, id));
  // Predecessors: several may lead to one (two declarations and a treaty led to the 2024 treaty).
  const predecessors = predecessorsIndex(facts);
  const queue = [id];
  while (queue.length > 0 && related.size < 16) {
    for (const previous of predecessors.get(queue.shift()!) ?? []) {
      if (previous !== id && !related.has(previous)) {
        related.add(previous);
        queue.push(previous);
      }
    }
  }
  return [...related];
}

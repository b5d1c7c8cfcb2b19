// The instruments that replaced one another: "the new treaty" is the end of the chain, and a
// predecessor of the brief's topic named in passing does not take the topic over.
import type { FactBase } from './factBase.js';

/** The instruments that replaced `id`, nearest first (the fact base refuses cycles; 8 at most). */
export function successorsOf(facts: FactBase, id: string): string[] {
  const chain: string[] = [];
  for (let next = facts.instruments.get(id)?.supersededBy; next !== undefined && facts.instruments.has(next) && chain.length < 8; next = facts.instruments.get(next)?.supersededBy) chain.push(next);
  return chain;
}

/** Every instrument in `id`'s chains of replacements, before it and after it (16 at most). */
export function chainOf(facts: FactBase, id: string): string[] {
  const related = new Set(successorsOf(facts, id));
  // Predecessors: looked up backwards along supersededBy (several may lead to one: two
  // declarations and a treaty led to the 2024 treaty); only a contradicted claim asks.
  const queue = [id];
  while (queue.length > 0 && related.size < 16) {
    const current = queue.shift()!;
    for (const other of facts.instruments.values()) {
      if (other.supersededBy === current && other.id !== id && !related.has(other.id)) {
        related.add(other.id);
        queue.push(other.id);
      }
    }
  }
  return [...related];
}

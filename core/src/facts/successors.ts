// The instruments that replaced one another: "the new treaty" is the end of the chain, and a
// predecessor of the brief's topic named in passing does not take the topic over.
import type { FactBase } from './factBase.js';

/** The instruments that replaced `id`, nearest first (the fact base refuses cycles; 8 at most). */
export function successorsOf(facts: FactBase, id: string): string[] {
  const chain: string[] = [];
  for (let next = facts.instruments.get(id)?.supersededBy; next !== undefined && facts.instruments.has(next) && chain.length < 8; next = facts.instruments.get(next)?.supersededBy) chain.push(next);
  return chain;
}

// Plain-words rendering of fact values, uncertainty included.
import { formatDate, parseIsoDate } from '../facts/isoDate.js';
import type { Fact } from '../facts/types.js';

export function describeFactDate(fact: Fact<string> | undefined): string | undefined {
  if (!fact) return undefined;
  const date = (v: string) => {
    const d = parseIsoDate(v);
    return d ? formatDate(d) : v;
  };
  if (fact.value !== undefined && fact.status === undefined) return date(fact.value);
  if (fact.status === 'disputed') return `disputed: ${(fact.readings ?? []).map((r) => date(r.value)).join(' or ')}`;
  return fact.value !== undefined ? `${date(fact.value)} (unverified)` : 'unverified';
}

export function describeFactText(fact: Fact<string> | undefined): string | undefined {
  if (!fact) return undefined;
  if (fact.value !== undefined && fact.status === undefined) return fact.value;
  if (fact.status === 'disputed') return `disputed: ${(fact.readings ?? []).map((r) => r.value).join(' or ')}`;
  return fact.value !== undefined ? `${fact.value} (unverified)` : 'unverified';
}

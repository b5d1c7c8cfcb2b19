// Mentions are kept in text order; a look at the ones near a position must cost the few it
// finds, not a pass over every mention of the paragraph (a 1 MB paragraph holds thousands).

/** The mentions of `sorted` (ordered by start) that start in [from, to). */
export function startingWithin<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < to; i++) found.push(sorted[i]);
  return found;
}

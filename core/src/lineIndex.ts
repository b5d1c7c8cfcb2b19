// Offsets ↔ lines for LSP positions: line breaks are \n, \r\n and \r, characters UTF-16.

export interface LineIndex {
  lineOf(offset: number): number;
  positionOf(offset: number): { line: number; character: number };
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineOf,
    positionOf(offset) {
      const line = lineOf(offset);
      return { line, character: offset - starts[line] };
    },
  };
}

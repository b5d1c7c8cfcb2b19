// Growable integer arrays for the fact index, which keeps its large tables flat.

/** `array` itself if it holds `size` entries, else a copy with room for at least that many (doubling). */
export function withRoom(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

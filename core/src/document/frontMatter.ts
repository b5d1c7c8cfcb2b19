// Reads the only front-matter key the checker uses: `as-of: YYYY-MM-DD`.
const AS_OF = /^\s*(?:as-of|asOf|as_of)\s*:\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*$/m;

export function readAsOf(frontMatter: string): string | undefined {
  return AS_OF.exec(frontMatter)?.[1];
}

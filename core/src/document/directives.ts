// Treaty Check directives in HTML comments, markdownlint-style:
// <!-- treaty-check-disable [codes] -->, enable, disable-line, disable-next-line, disable-file.

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Codes named after the directive; empty means every code. */
  codes: string[];
  start: number;
  end: number;
}

export interface DirectiveProblem {
  start: number;
  end: number;
  message: string;
}

const COMMENT = /<!--\s*treaty-check-([a-z-]+)((?:\s+[^\s>]+)*?)\s*-->/g;
const KINDS = new Set<string>(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);

/** Reads the directives in one HTML node's source text, at `offset` in the block. */
export function readDirectives(html: string, offset: number, knownCodes: ReadonlySet<string>, directives: Directive[], problems: DirectiveProblem[]): void {
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(html); m; m = COMMENT.exec(html)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (!KINDS.has(m[1])) {
      problems.push({ start, end, message: `Unknown Treaty Check directive "treaty-check-${m[1]}": use disable, enable, disable-line, disable-next-line or disable-file.` });
      continue;
    }
    const codes = m[2].trim() === '' ? [] : m[2].trim().split(/[\s,]+/);
    const unknown = codes.filter((c) => !knownCodes.has(c));
    if (unknown.length > 0) problems.push({ start, end, message: `Unknown Treaty Check code ${unknown.map((c) => `"${c}"`).join(', ')} in directive.` });
    directives.push({ kind: m[1] as DirectiveKind, codes, start, end });
  }
}

export interface Suppression {
  isSuppressed(code: string, offset: number): boolean;
}

/** Builds the suppression test for a whole document from its directives (in order). */
export function buildSuppression(directives: readonly Directive[], lineOf: (offset: number) => number): Suppression {
  const fileCodes = new Set<string>();
  let fileAll = false;
  const lineRules: { line: number; codes: string[] }[] = [];
  const regions: { start: number; end: number; codes: string[] }[] = [];
  const open: { start: number; codes: string[] }[] = [];
  for (const d of directives) {
    switch (d.kind) {
      case 'disable-file':
        if (d.codes.length === 0) fileAll = true;
        d.codes.forEach((c) => fileCodes.add(c));
        break;
      case 'disable-line':
        lineRules.push({ line: lineOf(d.start), codes: d.codes });
        break;
      case 'disable-next-line':
        lineRules.push({ line: lineOf(d.end) + 1, codes: d.codes });
        break;
      case 'disable':
        open.push({ start: d.end, codes: d.codes });
        break;
      case 'enable': {
        // `enable` closes every open region it names (all of them when it names none).
        for (let i = open.length - 1; i >= 0; i--) {
          const region = open[i];
          if (d.codes.length === 0 || region.codes.length === 0 || region.codes.some((c) => d.codes.includes(c))) {
            regions.push({ start: region.start, end: d.start, codes: region.codes });
            open.splice(i, 1);
          }
        }
        break;
      }
    }
  }
  for (const region of open) regions.push({ start: region.start, end: Number.POSITIVE_INFINITY, codes: region.codes });
  const applies = (codes: string[], code: string) => codes.length === 0 || codes.includes(code);
  return {
    isSuppressed(code, offset) {
      if (fileAll || fileCodes.has(code)) return true;
      if (regions.some((r) => offset >= r.start && offset < r.end && applies(r.codes, code))) return true;
      if (lineRules.length > 0) {
        const line = lineOf(offset);
        if (lineRules.some((r) => r.line === line && applies(r.codes, code))) return true;
      }
      return false;
    },
  };
}

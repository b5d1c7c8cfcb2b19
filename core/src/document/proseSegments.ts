// Turns one parsed block into the prose the checker reads. The prose keeps the block's
// exact length: everything that is not prose (markup, code, HTML, URLs, footnote marks)
// becomes spaces, so every offset in the prose is an offset in the original text.
import type { Nodes, Parent, Root } from 'mdast';
import { readDirectives, type Directive, type DirectiveProblem } from './directives.js';

export interface ProseUnit {
  /** A paragraph, heading or table cell: sentences never cross it. */
  start: number;
  end: number;
}

export interface BlockProse {
  /** Same length as the block text. */
  text: string;
  units: ProseUnit[];
  directives: Directive[];
  directiveProblems: DirectiveProblem[];
}

const UNIT_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED = new Set(['code', 'inlineCode', 'definition', 'thematicBreak', 'image', 'imageReference', 'footnoteReference', 'yaml', 'break']);
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|\b[\w.+-]+@[\w-]+\.[\w.-]+/g;
const QUOTE_MARKERS = /(^|\n)([ \t]*>[ \t>]*)/g;
// Wire datelines ("SEOUL, Dec 05 (AFP):", "BEIJING. Dec 5 (Interfax) -") date the report, not a claim.
const DATELINE = /^(?:[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w .]{1,20})?[.,]?\s+)(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-—–:]/;

export function extractProse(blockText: string, tree: Root, knownCodes: ReadonlySet<string>): BlockProse {
  const ranges: [number, number][] = [];
  const units: ProseUnit[] = [];
  const directives: Directive[] = [];
  const directiveProblems: DirectiveProblem[] = [];

  // Depth-first in document order with an explicit stack: 10,000 nested lists or block
  // quotes must not overflow the call stack.
  const stack: [Nodes, boolean][] = [[tree, false]];
  while (stack.length > 0) {
    const [node, inUnit] = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'html') {
      if (start !== undefined) readDirectives(node.value, start, knownCodes, directives, directiveProblems);
      continue;
    }
    if (SKIPPED.has(node.type)) continue;
    if (node.type === 'text') {
      if (inUnit && start !== undefined && end !== undefined) ranges.push([start, end]);
      continue;
    }
    if (node.type === 'link' && isAutolink(node, blockText)) continue;
    const isUnit = UNIT_TYPES.has(node.type);
    if (isUnit && start !== undefined && end !== undefined) units.push({ start, end });
    if ('children' in node) {
      const children = (node as Parent).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Nodes, inUnit || isUnit]);
    }
  }

  const chars: string[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) chars.push(' '.repeat(start - cursor));
    if (end > cursor) {
      chars.push(blockText.slice(Math.max(start, cursor), end));
      cursor = end;
    }
  }
  if (cursor < blockText.length) chars.push(' '.repeat(blockText.length - cursor));
  return { text: finishProse(chars.join(''), units), units, directives, directiveProblems };
}

/**
 * The last steps from the text nodes' characters to prose, shared with the parser-free
 * reader of simple blocks: quote markers, bare URLs and wire datelines become spaces.
 */
export function finishProse(text: string, units: readonly ProseUnit[]): string {
  const masked = text
    .replace(QUOTE_MARKERS, (_m, lead: string, marks: string) => lead + ' '.repeat(marks.length))
    .replace(BARE_URL, (url) => ' '.repeat(url.length));
  return maskDatelines(masked, units);
}

function maskDatelines(text: string, units: readonly ProseUnit[]): string {
  let out = text;
  for (const unit of units) {
    let start = unit.start;
    while (start < unit.end && /\s/.test(out[start])) start++;
    const m = DATELINE.exec(out.slice(start, Math.min(unit.end, start + 90)));
    if (m) out = out.slice(0, start) + ' '.repeat(m[0].length) + out.slice(start + m[0].length);
  }
  return out;
}

/** `<https://…>` and `[https://…](https://…)`: the link text is a URL, not prose. */
function isAutolink(node: Extract<Nodes, { type: 'link' }>, source: string): boolean {
  const start = node.position?.start.offset;
  if (start !== undefined && source[start] === '<') return true;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && only.value === node.url;
}

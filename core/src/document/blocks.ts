// Cuts a document into top-level blocks at blank lines (outside fenced code and front
// matter) without parsing it, so each block can be parsed and checked on its own and
// its result cached by its text: an edit re-checks only the blocks it touched.

export interface Block {
  /** Offset of the block's first character in the document. */
  start: number;
  text: string;
  frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = 0;
  let fence: string | undefined;
  let offset = 0;
  let first = true;
  let inFrontMatter = false;

  const close = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, text: text.slice(blockStart, blockEnd), frontMatter: false });
    blockStart = -1;
  };

  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && m[0].length > 0; m = LINE.exec(text)) {
    const line = m[0];
    const content = line.replace(/[\r\n]+$/, '');
    const lineStart = offset;
    offset += line.length;

    if (first) {
      first = false;
      if (/^---\s*$/.test(content.replace(/^\uFEFF/, ''))) {
        inFrontMatter = true;
        blockStart = lineStart;
        continue;
      }
    }
    if (inFrontMatter) {
      if (/^(---|\.\.\.)\s*$/.test(content)) {
        blocks.push({ start: blockStart, text: text.slice(blockStart, offset), frontMatter: true });
        blockStart = -1;
        inFrontMatter = false;
      }
      continue;
    }
    if (fence !== undefined) {
      blockEnd = offset;
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(content);
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (content.trim() === '') {
      close();
      continue;
    }
    const opening = FENCE.exec(content);
    if (opening) fence = opening[1];
    // An indented line after a blank line continues the previous block (a list item's
    // second paragraph), so the list is not torn apart.
    if (blockStart < 0 && /^[ \t]/.test(content) && blocks.length > 0 && !blocks[blocks.length - 1].frontMatter && opening === null) {
      const previous = blocks.pop()!;
      blockStart = previous.start;
    }
    if (blockStart < 0) blockStart = lineStart;
    blockEnd = offset;
  }
  if (inFrontMatter) {
    // Unclosed front matter: it is not front matter at all.
    blocks.length = 0;
    return splitWithoutFrontMatter(text);
  }
  close();
  return blocks;
}

function splitWithoutFrontMatter(text: string): Block[] {
  // Re-split with the first line treated as ordinary text.
  const marker = '\u0000';
  const blocks = splitBlocks(marker + text);
  return blocks.map((b) => (b.start === 0 ? { start: 0, text: b.text.slice(1), frontMatter: false } : { ...b, start: b.start - 1 }));
}

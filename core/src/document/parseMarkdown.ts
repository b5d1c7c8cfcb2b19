// The one Markdown parser configuration the checker uses: remark-parse plus GFM tables
// and footnotes only. Each extension costs parse time on every keystroke, so:
// - no GFM autolink literals (≈ +60% parse time): bare URLs are masked by a regex instead;
// - no strikethrough or task lists: they change no prose the checker reads;
// - no remark-frontmatter: front matter is cut off by the block splitter before parsing.
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

function remarkTablesAndFootnotes(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkTablesAndFootnotes).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

// A line that is nothing but an instrument's title (a heading, an infobox's "Long Name: …", a
// treaty list's entry) says what the lines under it are about, more surely than the brief's
// topic so far: "U.S.-Japan Security Treaty / Long Name: Security Treaty between the United
// States and Japan / Date Signed: 1951-09-08" is the 1951 treaty's infobox, and "Treaty between
// the Soviet Union and the Democratic People's Republic of Korea / Signed On: July 6, 1961" is
// not about the 2024 treaty the brief spoke of before.
import type { InstrumentMention } from './mentions.js';

const LABEL = /^\s*(?:(?:long|full|official|formal|short)\s+(?:name|title)|name|title)\s*[:：]\s*/i;
const MARKUP = /^[\s=#*_>-]+|[\s=#*_]+$/g;
// An unknown title: an instrument noun with no article, then what it is between, of or on.
const UNKNOWN_TITLE = /^(?:\d+(?:\.\d+)*\s+)?(?:Treaty|Agreement|Convention|Pact|Accord|Protocol|Declaration|Charter|Memorandum)\s+(?:between|of|on|for|concerning|relating|regarding)\s/;

const TAIL = /^\s*(?:(?:between|of|with)\s+[\p{L}\s,.'’&-]{2,100}|\([^()]{2,60}\))$/u;

export type TitleLine = { id: string } | 'unknown' | undefined;

/** The instrument a title line names, 'unknown' for the title of one the fact base does not know. */
export function titleLine(text: string, start: number, end: number, mentions: readonly InstrumentMention[]): TitleLine {
  if (end - start > 160) return undefined;
  const line = text.slice(start, end).replace(LABEL, '').replace(MARKUP, '');
  if (line.length === 0 || /[.;!?]$/.test(line)) return undefined;
  const bare = line.replace(/^the\s+/i, '');
  const known = mentions.filter((m) => m.start >= start && m.end <= end && m.how !== 'coreference' && m.ids.length === 1);
  for (const m of known) {
    // The title, or the title and its parties ("… between the United States and Japan",
    // "Mutual Defense Treaty (United States–South Korea)").
    const name = text.slice(m.start, m.end).replace(/^the\s+/i, '');
    if (bare === name || (bare.startsWith(name) && TAIL.test(bare.slice(name.length)))) return { id: m.ids[0] };
  }
  // A line that names a known instrument is not the title of an unknown one.
  return known.length === 0 && UNKNOWN_TITLE.test(line) ? 'unknown' : undefined;
}

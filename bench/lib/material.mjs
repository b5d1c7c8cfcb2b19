// What generated briefs are made of: real sentences from the sample briefs and test
// fixtures (frozen in bench/material/sentences.txt, see freezeMaterial.mjs), and real names,
// dates and places from the bundled fact base.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTENCE_END = /(?<!\b(?:[A-Z]|U\.S|U\.N|Mr|Mrs|Dr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Art)\.)(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u;

/** Prose sentences (paragraphs and list items) of every Markdown file in `dirs`. */
export function readSampleSentences(dirs) {
  const sentences = new Set();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
      let inFence = false;
      const paragraph = [];
      const flush = () => {
        const joined = paragraph.join(' ').trim();
        paragraph.length = 0;
        for (const s of joined.split(SENTENCE_END)) {
          const sentence = s.trim();
          if (sentence.length >= 30 && sentence.length <= 500 && /^["“‘(]?[\p{Lu}\p{N}]/u.test(sentence) && /[.!?]["”’)]?$/.test(sentence) && !/<!--|-->|\|/.test(sentence)) sentences.add(sentence);
        }
      };
      for (const line of text.split('\n')) {
        if (/^ {0,3}(```|~~~)/.test(line)) {
          inFence = !inFence;
          flush();
          continue;
        }
        if (inFence || /^\s*(#|\||<|\*\*[^*]+:\*\*\s*$)/.test(line)) {
          flush();
          continue;
        }
        if (line.trim() === '') {
          flush();
          continue;
        }
        const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
        if (item) {
          flush();
          paragraph.push(item[1]);
          flush();
          continue;
        }
        paragraph.push(line.replace(/^\s*>\s?/, ''));
      }
      flush();
    }
  }
  return [...sentences];
}

/** The frozen sentence material, one sentence per line. */
export function readFrozenSentences(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const firstValue = (fact) => (fact && typeof fact.value !== 'undefined' ? fact.value : undefined);

/** Instruments with the names briefs use for them and the facts claims are made about. */
export function instrumentMaterial(factBase) {
  const out = [];
  for (const instrument of factBase.instruments.values()) {
    const names = [...(instrument.shortTitles ?? []), ...(instrument.aliases ?? [])].filter((n) => /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(n));
    if (names.length === 0) continue;
    const signed = firstValue(instrument.signed?.date) ?? firstValue(instrument.adopted?.date);
    const entry = firstValue(instrument.entryIntoForce?.date);
    out.push({
      id: instrument.id,
      names,
      signed: typeof signed === 'string' && FULL_DATE.test(signed) ? signed : undefined,
      place: firstValue(instrument.signed?.place),
      entryIntoForce: typeof entry === 'string' && FULL_DATE.test(entry) ? entry : undefined,
      articleCount: firstValue(instrument.articleCount),
    });
  }
  return out;
}

export function partyNames(factBase) {
  const names = [];
  for (const party of factBase.parties.values()) names.push(...(party.shortNames ?? [party.name]).filter((n) => /^[\p{Script=Latin}\s.'-]+$/u.test(n)));
  return names;
}

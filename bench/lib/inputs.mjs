// Every input of the benchmark, generated from a fixed seed into one temporary
// directory: the 1,000- and 10,000-word briefs, the 1 MB file, the CLI corpus, the
// generated fact base and a workspace that uses it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBriefWriter, wordCount } from './briefs.mjs';
import { writeFactBase } from './factBaseGen.mjs';
import { instrumentMaterial, partyNames, readFrozenSentences } from './material.mjs';
import { createRng } from './prng.mjs';

export const SEED = 0x7e4a7c;

export function generateInputs({ repo, tmp, bundled, instruments, corpusFiles }) {
  const rng = createRng(SEED);
  const material = {
    sentences: readFrozenSentences(join(repo, 'bench', 'material', 'sentences.txt')),
    instruments: instrumentMaterial(bundled),
    parties: partyNames(bundled),
  };
  const writer = createBriefWriter(rng.fork(1), material);
  const brief1k = writer.brief(1_000, { title: 'Brief: the 1,000-word case' });
  const brief10k = writer.brief(10_000, { title: 'Brief: the 10,000-word case' });
  const doc1mb = writer.brief(0, { title: 'Annex: the 1 MB case', bytes: 1_048_576 });

  const corpusDir = join(tmp, 'corpus', 'briefs');
  mkdirSync(corpusDir, { recursive: true });
  const corpusWriter = createBriefWriter(rng.fork(2), material);
  const corpusRng = rng.fork(3);
  let corpusBytes = 0;
  for (let i = 0; i < corpusFiles; i++) {
    const text = corpusWriter.brief(corpusRng.int(300, 2_000), { title: `Brief ${i + 1}` });
    corpusBytes += Buffer.byteLength(text);
    writeFileSync(join(corpusDir, `brief-${String(i + 1).padStart(3, '0')}.md`), text);
  }

  // The workspace the server opens: `.treaty-check.yaml` adds the generated fact dir.
  const workspace = join(tmp, 'workspace');
  const factDir = join(workspace, 'facts');
  const names = writeFactBase(factDir, instruments, rng.fork(4), [...bundled.parties.keys()]);
  writeFileSync(join(workspace, '.treaty-check.yaml'), 'facts: [facts]\n');
  const emptyWorkspace = join(tmp, 'empty-workspace');
  mkdirSync(emptyWorkspace, { recursive: true });

  return {
    /** The same sequence of random edits for every editing run. */
    editRng: () => rng.fork(5),
    docs: {
      '1k': { text: brief1k, words: wordCount(brief1k) },
      '10k': { text: brief10k, words: wordCount(brief10k) },
      '1mb': { text: doc1mb, words: wordCount(doc1mb) },
    },
    corpus: { dir: corpusDir, cwd: join(tmp, 'corpus'), files: corpusFiles, bytes: corpusBytes },
    factBase: { dir: factDir, instruments, names },
    workspace,
    emptyWorkspace,
  };
}

// Writes bench/material/sentences.txt: the prose sentences of samples/ and the test fixtures
// that benchmark briefs are built from. Frozen in a file so that a new fixture does not change
// the benchmark's brief (and its figures); run this only to refresh the material on purpose.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSampleSentences } from './lib/material.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const sentences = readSampleSentences([join(repo, 'samples'), join(repo, 'core', 'test', 'fixtures')]);
writeFileSync(join(repo, 'bench', 'material', 'sentences.txt'), `${sentences.join('\n')}\n`);
process.stdout.write(`${sentences.length} sentences written to bench/material/sentences.txt\n`);

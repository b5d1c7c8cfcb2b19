// Sentence boundaries decide which values a claim may reach: a false break loses a claim,
// a missed one lets a value wander into the next sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayCrossSentence, splitSentences } from '../src/extract/sentences.js';

const sentences = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

test('sentences: abbreviations, initials and initialisms do not end a sentence; a common opener after them does', () => {
  assert.deepEqual(sentences('It was signed by the President of the State Affairs of the D.P.R.K. Kim Jong Un in Pyongyang on June 19. It entered into force.'), [
    'It was signed by the President of the State Affairs of the D.P.R.K. Kim Jong Un in Pyongyang on June 19.',
    'It entered into force.',
  ]);
  assert.deepEqual(sentences('Robert L. Gallucci signed it in Geneva. The talks ended.'), ['Robert L. Gallucci signed it in Geneva.', 'The talks ended.']);
  assert.deepEqual(sentences('The pact was signed with the U.S.S.R. The treaty lapsed in 1980.'), ['The pact was signed with the U.S.S.R.', 'The treaty lapsed in 1980.']);
  assert.deepEqual(sentences('Art. 4 applies. No. 2 does not.'), ['Art. 4 applies.', 'No. 2 does not.']);
});

test('a break between two mentions: full stops, semicolons and marks count, the dots of an initialism or of an abbreviated month do not', () => {
  assert.equal(mayCrossSentence(' and the U.S. signed the '), false);
  assert.equal(mayCrossSentence(' and the D.P.R.K. signed the '), false);
  assert.equal(mayCrossSentence('. The '), true);
  assert.equal(mayCrossSentence('; later the '), true);
  assert.equal(mayCrossSentence(' signed on Aug. 20, 1951, the '), false, 'a month abbreviated before its day');
  assert.equal(mayCrossSentence(' signed on Oct. 1. The '), true, 'the full stop after the day still counts');
  assert.equal(mayCrossSentence(' met in Oct. The '), true, 'a month abbreviated at a sentence end');
  assert.equal(mayCrossSentence(' signed, etc. The '), true);
});

// What a finding's message says: the instrument named once, with one article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledChecker } from './helpers.js';

test('a title that starts with "The" is not given a second article', () => {
  const [finding] = bundledChecker().check('The North Atlantic Treaty was signed in Washington on 14 April 1949.').findings;
  assert.equal(finding?.code, 'treaty.signed-date');
  assert.match(finding.message, /^The North Atlantic Treaty was signed on 4 April 1949, not 14 April 1949\./);
});

test('a long title is named by a readable alias', () => {
  const [finding] = bundledChecker().check('Russia and Iran signed the Treaty on Comprehensive Strategic Partnership in Tehran.').findings;
  assert.equal(finding?.code, 'treaty.signed-place');
  assert.match(finding.message, /^The Russia-Iran Treaty on Comprehensive Strategic Partnership was signed in Moscow, not Tehran\./);
});

test('a month-only claim is corrected to the nearest fact, and a possessive of a name in -s takes an apostrophe and its article', () => {
  const [finding] = bundledChecker().check('In September 2019, the United States withdrew from the INF Treaty.').findings;
  assert.equal(finding?.code, 'treaty.withdrawal');
  // The fact base has the announcement (February 2019) and the withdrawal itself (2 August 2019).
  assert.match(finding.message, /^The United States' withdrawal from the INF Treaty dates from 2 August 2019, not September 2019\./);
});

test('a party named in running text takes its article: "suspended by the United States"', () => {
  const [finding] = bundledChecker().check('In response, the United States suspended its obligations to New Zealand under the ANZUS treaty on September 17, 1985.').findings;
  assert.equal(finding?.code, 'treaty.status');
  assert.match(finding.message, /^The ANZUS Treaty was suspended by the United States in 1986, not September 17, 1985\./);
});

test('a claim outside every reading of a disputed range is told the range, and the fix says it is the earliest', () => {
  const [finding] = bundledChecker().check('The 1961 Treaty of Friendship, Cooperation and Mutual Assistance between the Soviet Union and North Korea was annulled in 1990.').findings;
  assert.equal(finding?.code, 'treaty.status');
  assert.match(finding.message, /ended between 2 June 1994 and 1998 \(the sources disagree\), not 1990\./);
  assert.equal(finding.fixes[0]?.title, 'Change to "1994" (the earliest the sources give)');
});

test('a place that ends in a full stop does not end the message with two', () => {
  const [finding] = bundledChecker().check('The ANZUS Treaty was signed in Washington, D.C. on 1 September 1951.').findings;
  assert.equal(finding?.code, 'treaty.signed-place');
  assert.match(finding.message, /not Washington, D\.C\. Source: /);
});

test('parties are listed as prose, each by its usual name: "Japan, South Korea and the United States"', () => {
  const [finding] = bundledChecker().check('The Camp David Principles is a security pact between Japan, Australia, and the United States which was announced on August 18, 2023, at Camp David.').findings;
  assert.equal(finding?.code, 'treaty.parties');
  assert.match(finding.message, /^The Spirit of Camp David is between Japan, South Korea and the United States; Australia is not a party\./);
});

test('an instrument with a long title is named by a readable alias in the usual order of words', () => {
  const [treaty] = bundledChecker().check('The DPRK-PRC treaty was signed in Pyongyang on July 11, 1961.').findings;
  assert.equal(treaty?.code, 'treaty.signed-place');
  assert.match(treaty.message, /^The China-DPRK Treaty of Friendship, Cooperation and Mutual Assistance was signed in Beijing, not Pyongyang\./);
  const [statement] = bundledChecker().check('The May 2024 China-Russia joint statement was signed in Beijing on 17 May 2024.').findings;
  assert.equal(statement?.code, 'treaty.signed-date');
  assert.match(statement.message, /^The China-Russia Joint Statement of May 2024 was signed on 16 May 2024, not 17 May 2024\./);
});

test('a vetoed draft resolution was vetoed, not adopted, on the day of its vote', () => {
  const [finding] = bundledChecker().check('## Russian veto of the Panel of Experts\n\nDate: 26 March 2024\n').findings;
  assert.equal(finding?.code, 'treaty.adopted-date');
  assert.match(finding.message, /^The UNSC Draft Resolution on the Panel of Experts \(2024\) was vetoed on 28 March 2024, not 26 March 2024\./);
});

test('a near-miss title is told that the name, not the instrument, is unknown', () => {
  const finding = bundledChecker().check('Lavrov said the Treaty on Strategic Partnership with the Democratic People\'s Republic of Korea embodied Russia\'s actions.').findings.find((f) => f.code === 'treaty.unknown-instrument');
  assert.match(finding?.message ?? '', /^"Treaty on Strategic Partnership" is no name the fact base knows\. Did you mean the Treaty on Comprehensive Strategic Partnership\?/);
});

test('a span of months that misses the date is wrong but has no fix: the words around it would not fit one date', () => {
  const [finding] = bundledChecker().check('New START was signed between May and June 2010.').findings;
  assert.equal(finding?.code, 'treaty.signed-date');
  assert.match(finding.message, /^The New START Treaty was signed on 8 April 2010, not May and June 2010\./);
  assert.deepEqual(finding.fixes, []);
});

test('an anniversary ordinal is corrected with its own suffix: 71st, 72nd, 73rd, 111th', () => {
  const fix = (text: string) => bundledChecker().check(text).findings[0]?.fixes[0]?.edits[0]?.newText;
  assert.equal(fix('2024 marks the 70th anniversary of the signing of the Korean Armistice Agreement.'), '71st');
  assert.equal(fix('2025 marks the 70th anniversary of the signing of the Korean Armistice Agreement.'), '72nd');
  assert.equal(fix('2026 marks the 70th anniversary of the signing of the Korean Armistice Agreement.'), '73rd');
  assert.equal(fix('2064 marks the 100th anniversary of the signing of the Korean Armistice Agreement.'), '111th');
});

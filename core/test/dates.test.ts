// Date recognition in every common form, and fixes written back in the author's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/extract/dates.js';
import { renderDateLike } from '../src/render/dateStyle.js';

const one = (text: string) => {
  const found = findDates(text, 0, text.length);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
};

test('recognises every common form with its precision', () => {
  const cases: [string, string, object][] = [
    ['signed on June 19, 2024.', 'June 19, 2024', { year: 2024, month: 6, day: 19 }],
    ['signed on 19 June 2024.', '19 June 2024', { year: 2024, month: 6, day: 19 }],
    ['signed on 19th June 2024.', '19th June 2024', { year: 2024, month: 6, day: 19 }],
    ['signed on Jun. 19, 2024.', 'Jun. 19, 2024', { year: 2024, month: 6, day: 19 }],
    ['signed in June 2024.', 'June 2024', { year: 2024, month: 6 }],
    ['signed on 2024-06-19.', '2024-06-19', { year: 2024, month: 6, day: 19 }],
    ['signed in 2024.', '2024', { year: 2024 }],
    ['concluded on June 19.', 'June 19', { month: 6, day: 19 }],
    ['on the 19th of June 2024', '19th of June 2024', { year: 2024, month: 6, day: 19 }],
  ];
  for (const [text, span, value] of cases) {
    const d = one(text);
    assert.equal(d.text, span, text);
    assert.deepEqual(Object.fromEntries(Object.entries(d.value).filter(([, v]) => v !== undefined)), value, text);
  }
  const range = one('talks on June 18–19, 2024');
  assert.equal(range.text, 'June 18–19, 2024');
  assert.equal(range.rangeEnd?.day, 19);
});

test('impossible dates are not dates', () => {
  assert.deepEqual(findDates('on 31 February 2024 and 2024-13-45', 0, 34), []);
});

test('fixes keep the author\'s style', () => {
  const cases: [string, object, string][] = [
    ['July 19, 2024', { year: 2024, month: 6, day: 19 }, 'June 19, 2024'],
    ['19 July 2024', { year: 2024, month: 6, day: 19 }, '19 June 2024'],
    ['19th July', { year: 2024, month: 6, day: 19 }, '19th June'],
    ['2024-07-19', { year: 2024, month: 6, day: 19 }, '2024-06-19'],
    ['Jul. 19, 2024', { year: 2024, month: 6, day: 19 }, 'Jun. 19, 2024'],
    ['Nov. 16, 2024', { year: 2024, month: 11, day: 6 }, 'Nov. 6, 2024'],
    ['21st June 2024', { year: 2024, month: 6, day: 22 }, '22nd June 2024'],
    ['in 2023', { year: 2024, month: 6, day: 19 }, '2024'],
    ['June 18–19, 2023', { year: 2024, month: 6, day: 19 }, 'June 19, 2024'],
    ['19 June 2024', { year: 2024, month: 6 }, 'June 2024'],
  ];
  for (const [text, expected, want] of cases) assert.equal(renderDateLike(one(text), expected), want, text);
});

test('consistent claims become hints only when asked', async () => {
  const { bundledChecker } = await import('./helpers.js');
  const text = 'The Putin–Kim pact was signed on 19 June 2024.';
  assert.deepEqual(bundledChecker().check(text).findings, []);
  const [hint] = bundledChecker().check(text, { reportConsistent: true }).findings;
  assert.equal(hint.code, 'treaty.consistent');
  assert.equal(hint.severity, 'hint');
  assert.equal(text.slice(hint.start, hint.end), '19 June 2024');
});

test('a span of months is one date from the first month to the last; one across a year is none', () => {
  const span = one('signed between April and May 2010.');
  assert.equal(span.text, 'April and May 2010');
  assert.deepEqual(span.value, { year: 2010, month: 4 });
  assert.deepEqual(span.rangeEnd, { year: 2010, month: 5 });
  assert.equal(one('signed in April–June 2010.').text, 'April–June 2010');
  assert.deepEqual(findDates('signed between December and January 2011.', 0, 42), []);
});

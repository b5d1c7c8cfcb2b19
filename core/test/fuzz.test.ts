// Property-based fuzzing of the core checker (fast-check, seeded: FUZZ_SEED replays a run).
// Hostile briefs built from real brief sentences, Markdown, dates, names, stray code units
// and mixed line ends must never make the checker throw, and every result must keep its
// invariants: ranges inside the text and on whole tokens, fixes touching only their span,
// re-checking after fixes, and a warm block cache giving exactly what a fresh checker gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createChecker, type CheckOptions } from '../src/index.js';
import { applyEdits, assertProperty, assertSaneResult, documentText, fragment, preferredEdits, realBriefs } from './fuzzKit.js';
import { bundledChecker } from './helpers.js';

const TODAY = () => '2026-11-24';
const freshChecker = () => createChecker(bundledChecker().facts, TODAY);

/** A real brief with random splices: keeps the claim density of real writing. */
const mutatedBrief = fc.tuple(
  fc.constantFrom(...realBriefs().map((b) => b.text)),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fragment), { maxLength: 8 }),
).map(([text, splices]) => {
  let out = text;
  for (const [where, remove, insert] of splices) {
    const at = Math.floor(where * out.length);
    out = out.slice(0, at) + insert + out.slice(Math.min(out.length, at + remove));
  }
  return out;
});

const anyDocument = fc.oneof(documentText, mutatedBrief);

const checkOptions: fc.Arbitrary<CheckOptions> = fc.record({
  asOf: fc.constantFrom('1990-01-01', '2024-06-19', '2026-11-24', '2100-12-31'),
  severity: fc.constantFrom<Record<string, 'off' | 'hint'>>({}, { 'treaty.signed-date': 'off' }, { 'treaty.status': 'hint' }),
  ignore: fc.constantFrom<string[]>([], ['treaty.unknown-instrument']),
}, { requiredKeys: [] });

test('fuzz: checking any document never throws and keeps every invariant of its findings', async () => {
  const checker = bundledChecker();
  let withFixes = 0;
  await assertProperty(fc.property(anyDocument, checkOptions, (text, options) => {
    const result = checker.check(text, options);
    assertSaneResult(text, result);
    if (result.findings.some((f) => f.fixes.length > 0)) withFixes++;
  }), 1000);
  // The generators reach real claims: the invariants were checked on findings with fixes.
  assert.ok(withFixes > 20, `only ${withFixes} runs produced findings with fixes`);
});

test('fuzz: applying every preferred fix, then re-checking, never throws and stays sane', async () => {
  const checker = bundledChecker();
  await assertProperty(fc.property(anyDocument, (text) => {
    const result = checker.check(text);
    const edits = preferredEdits(result.findings);
    const fixed = applyEdits(text, edits);
    // Fixes touch only their spans: the text outside every edited span is unchanged.
    let cursor = 0;
    let shift = 0;
    for (const e of edits) {
      assert.equal(fixed.slice(cursor + shift, e.start + shift), text.slice(cursor, e.start));
      shift += e.newText.length - (e.end - e.start);
      cursor = e.end;
    }
    assert.equal(fixed.slice(cursor + shift), text.slice(cursor));
    assertSaneResult(fixed, checker.check(fixed));
  }), 500);
});

test('fuzz: a checker with a warm block cache gives exactly what a fresh checker gives', async () => {
  await assertProperty(fc.property(anyDocument, anyDocument, fc.nat(), fc.nat({ max: 200 }), fragment, (a, b, at, remove, insert) => {
    // B unrelated to A, and A after one edit: both must match a fresh check.
    const position = a.length === 0 ? 0 : at % (a.length + 1);
    const edited = a.slice(0, position) + insert + a.slice(Math.min(a.length, position + remove));
    const warm = freshChecker();
    warm.check(a);
    assert.deepEqual(warm.check(edited), freshChecker().check(edited), 'after an edit');
    assert.deepEqual(warm.check(b), freshChecker().check(b), 'after another document');
    assert.deepEqual(warm.check(a), freshChecker().check(a), 'back to the first document');
  }), 300);
});

test('fuzz: the size limit always yields exactly one information finding', async () => {
  const checker = bundledChecker();
  await assertProperty(fc.property(anyDocument, fc.nat({ max: 3000 }), (text, maxLength) => {
    const result = checker.check(text, { maxLength });
    if (text.length > maxLength) {
      assert.equal(result.findings.length, 1);
      assert.equal(result.findings[0].code, 'treaty.document-too-large');
      assert.equal(result.findings[0].severity, 'information');
      assert.deepEqual(result.mentions, []);
    } else {
      assertSaneResult(text, result);
    }
  }), 400);
});

test('fuzz: every real brief keeps the invariants, split at any line end style', () => {
  const checker = bundledChecker();
  for (const { name, text } of realBriefs()) {
    for (const eol of ['\n', '\r\n', '\r']) {
      const converted = text.replace(/\r\n|\r|\n/g, eol);
      const result = checker.check(converted);
      assertSaneResult(converted, result);
      // Line ends do not change what is found, only where.
      assert.deepEqual(result.findings.map((f) => `${f.code} ${converted.slice(f.start, f.end)}`), checker.check(text).findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`), `${name} with ${JSON.stringify(eol)}`);
    }
  }
});

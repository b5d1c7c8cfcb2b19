// Fixture briefs with their expected findings beside them (text + occurrence, never
// hand-counted positions). Every finding must be expected, every expected finding must be
// found, and after applying all preferred fixes the brief checks clean.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../src/index.js';
import { bundledChecker, offsetOf, repoRoot } from './helpers.js';

interface Expected {
  code: string;
  text: string;
  occurrence?: number;
  severity: string;
  fix?: string;
}

function applyPreferred(text: string, findings: Finding[]): string {
  const edits = findings.filter((f) => f.severity === 'error' && f.fixes.length > 0).flatMap((f) => f.fixes[0].edits).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function describe(text: string, f: { start: number; end: number; code: string; severity: string; message?: string }): string {
  const line = text.slice(0, f.start).split(/\r\n|\r|\n/).length;
  return `${f.severity} ${f.code} "${text.slice(f.start, f.end)}" (line ${line})${f.message ? `: ${f.message}` : ''}`;
}

for (const dir of ['core/test/fixtures', 'samples']) {
  const folder = join(repoRoot, dir);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
    test(`${dir}/${name}`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const expected: Expected[] = JSON.parse(readFileSync(join(folder, name.replace(/\.md$/, '.expected.json')), 'utf8')).findings;
      const findings = bundledChecker().check(text).findings;
      const wanted = expected.map((e) => {
        const start = offsetOf(text, e.text, e.occurrence ?? 1);
        return { ...e, start, end: start + e.text.length };
      });
      const missing = wanted.filter((w) => !findings.some((f) => f.start === w.start && f.end === w.end && f.code === w.code && f.severity === w.severity));
      const unexpected = findings.filter((f) => !wanted.some((w) => f.start === w.start && f.end === w.end && f.code === w.code && f.severity === w.severity));
      assert.deepEqual(
        { missing: missing.map((m) => describe(text, { ...m })), unexpected: unexpected.map((u) => describe(text, u)) },
        { missing: [], unexpected: [] },
      );
      for (const w of wanted.filter((x) => x.fix !== undefined)) {
        const f = findings.find((x) => x.start === w.start && x.code === w.code)!;
        assert.equal(f.fixes[0]?.edits[0]?.newText, w.fix, `fix for ${describe(text, f)}`);
      }
      const fixed = applyPreferred(text, findings);
      assert.deepEqual(bundledChecker().check(fixed).findings.filter((f) => f.severity === 'error').map((f) => describe(fixed, f)), [], 'after applying every preferred fix');
    });
  }
}

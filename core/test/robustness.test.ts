// Robustness and security of the core and the fact loader: every hostile document and fact
// file named in the robustness issue has its own test. Each must finish within a bound (a
// generous hang guard, not a benchmark) and give sane output; broken fact files give a
// positioned problem and the last good fact base stays in use.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { assembleFactBase, createChecker, DEFAULT_MAX_LENGTH, MAX_FACT_FILE_BYTES, parseFactFile, type CheckResult, type FactProblem } from '../src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';
import { containedDirectory, readWorkspaceConfig } from '../../host/src/workspaceConfig.js';
import { assertSaneResult, realBriefs, withinBound } from './fuzzKit.js';
import { bundledChecker, offsetOf, repoRoot } from './helpers.js';

// A hang guard, not a benchmark (timings live in `npm run bench`): generous for a loaded 2-core CI machine.
const HANG_GUARD_MS = 60_000;
const WRONG = 'The Putin–Kim pact was signed in Pyongyang on July 19, 2024.';
const WRONG_DATE = 'July 19, 2024';

/** Checks `text` with a fresh block cache, within the hang guard, and asserts the invariants. */
function checkWithinBound(label: string, text: string, options: Parameters<ReturnType<typeof bundledChecker>['check']>[1] = {}, boundMs = HANG_GUARD_MS): CheckResult {
  const checker = createChecker(bundledChecker().facts, () => '2026-11-24');
  const { value } = withinBound(label, boundMs, () => checker.check(text, options));
  assertSaneResult(text, value);
  return value;
}

/** The signed-date finding on the wrong date at its n-th occurrence, if any. */
function flagsDateAt(result: CheckResult, text: string, occurrence = 1): boolean {
  const start = offsetOf(text, WRONG_DATE, occurrence);
  return result.findings.some((f) => f.code === 'treaty.signed-date' && f.start === start && f.end === start + WRONG_DATE.length);
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-robust-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('documents', () => {
  test('empty document: no findings, no mentions', () => {
    const result = checkWithinBound('empty', '');
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.mentions, []);
    assert.deepEqual(checkWithinBound('whitespace only', ' \n\r\n\t\r').findings, []);
  });

  test('5 MB document: over the default size limit it gets exactly one information finding', () => {
    // Briefs with a file-wide directive would silence the whole concatenation.
    const brief = `${WRONG}\n\n${realBriefs().filter((b) => !b.text.includes('disable-file')).map((b) => b.text.replace(/^---[\s\S]*?\n---\n/, '')).join('\n\n')}\n\n`;
    const text = brief.repeat(Math.ceil(5_000_000 / brief.length)).slice(0, 5_000_000);
    const result = checkWithinBound('5 MB at the default limit', text);
    assert.equal(result.findings.length, 1);
    assert.deepEqual({ code: result.findings[0].code, severity: result.findings[0].severity, start: result.findings[0].start, end: result.findings[0].end }, { code: 'treaty.document-too-large', severity: 'information', start: 0, end: 0 });
    assert.match(result.findings[0].message, new RegExp(`${text.length} characters.*${DEFAULT_MAX_LENGTH}`));
    // With the limit raised it is checked in full, still within the bound.
    const full = checkWithinBound('5 MB with the limit raised', text, { maxLength: 6_000_000 });
    assert.ok(flagsDateAt(full, text));
    assert.ok(full.findings.every((f) => f.code !== 'treaty.document-too-large'));
  });

  test('the size limit: one information finding, treaty.document-too-large, and nothing else', () => {
    const text = `${WRONG}\n\n`.repeat(100);
    const result = checkWithinBound('size limit', text, { maxLength: text.length - 1 });
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0].code, 'treaty.document-too-large');
    assert.equal(result.findings[0].severity, 'information');
    assert.deepEqual(result.findings[0].fixes, []);
    assert.deepEqual(result.mentions, []);
    // At the limit exactly, the document is checked.
    assert.ok(flagsDateAt(checkWithinBound('at the limit', text, { maxLength: text.length }), text));
  });

  test('one 1 MB line of real brief sentences', () => {
    const sentences = realBriefs().flatMap((b) => b.text.split(/\r\n|\r|\n/)).filter((l) => /^[A-Z].*\.$/.test(l) && !l.includes('|'));
    let line = `${WRONG} `;
    for (let i = 0; line.length < 1_000_000; i++) line += `${sentences[i % sentences.length]} `;
    const result = checkWithinBound('1 MB line', line);
    assert.ok(flagsDateAt(result, line), 'the wrong date at the start of the line is still found');
  });

  test('NUL and other binary bytes', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const text = `\u0000${WRONG}\u0000\u0001\u0002\u001b[31m\n\n${binary}\n\n${WRONG}\u0000`;
    const result = checkWithinBound('binary', text);
    assert.ok(flagsDateAt(result, text, 1) && flagsDateAt(result, text, 2), 'claims between binary bytes are still read');
    checkWithinBound('bytes decoded as UTF-8', readFileSync(join(repoRoot, 'images', readdirSync(join(repoRoot, 'images'))[0]), 'utf8'));
  });

  test('lone UTF-16 surrogates', () => {
    const text = `\uD800${WRONG}\uDC00 \uDBFF\n\n\uDFFF${WRONG.replace('pact', 'pact \uD83D')}\uD83D`;
    const result = checkWithinBound('lone surrogates', text);
    assert.ok(flagsDateAt(result, text, 1) && flagsDateAt(result, text, 2));
  });

  test('CRLF, CR and mixed line ends give the same findings on the same text', () => {
    const brief = realBriefs().find((b) => b.name.endsWith('russia-dprk-treaty-brief.md'))!.text;
    const reference = checkWithinBound('LF', brief).findings.map((f) => `${f.code} ${brief.slice(f.start, f.end)}`);
    assert.ok(reference.length > 0);
    let i = 0;
    const variants = { CRLF: brief.replace(/\n/g, '\r\n'), CR: brief.replace(/\n/g, '\r'), mixed: brief.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]) };
    for (const [name, text] of Object.entries(variants)) {
      assert.deepEqual(checkWithinBound(name, text).findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`), reference, name);
    }
  });

  test('a byte order mark shifts nothing but itself', () => {
    const text = `\uFEFF# Brief\n\n${WRONG}\n`;
    const result = checkWithinBound('BOM', text);
    assert.ok(flagsDateAt(result, text));
    const withFrontMatter = `\uFEFF---\nas-of: 2024-01-01\n---\n${WRONG}\n`;
    const fm = checkWithinBound('BOM + front matter', withFrontMatter);
    assert.equal(fm.asOf, '2024-01-01');
    assert.ok(flagsDateAt(fm, withFrontMatter));
  });

  test('10,000 nested lists and block quotes', () => {
    const cases = {
      'nested list markers': `${'- '.repeat(10_000)}${WRONG}`,
      'nested ordered lists': `${'1. '.repeat(10_000)}${WRONG}`,
      'nested block quotes': `${'>'.repeat(10_000)} ${WRONG}`,
      'spaced block quotes': `${'> '.repeat(10_000)}${WRONG}`,
      'quotes and lists': `${'> - 1. '.repeat(3_334)}${WRONG}`,
      'lists nested by indentation': Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- ${WRONG}`).join('\n'),
      'quotes nested line by line': Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i)} x`).slice(0, 1_900).join('\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const result = checkWithinBound(name, `${text}\n\n${WRONG}\n`);
      // The prose after the pathological block is still checked.
      assert.ok(flagsDateAt(result, `${text}\n\n${WRONG}\n`, text.split(WRONG_DATE).length), name);
    }
    // Moderate nesting is still read as Markdown.
    const moderate = `${'> '.repeat(8)}${WRONG}\n`;
    assert.ok(flagsDateAt(checkWithinBound('8 nested quotes', moderate), moderate));
  });

  test('a flat list of 20,000 items in one block (each item its own prose unit)', () => {
    const text = `${Array.from({ length: 20_000 }, (_, i) => `- item ${i} without a full stop`).join('\n')}\n- ${WRONG}\n`;
    assert.ok(flagsDateAt(checkWithinBound('20,000 list items', text), text));
  });

  test('unclosed fences: everything after them is code', () => {
    for (const fence of ['```', '~~~', '````js', '> ```', '- ```']) {
      const text = `# Brief\n\n${fence}\n${WRONG}\n\n${WRONG}\n`;
      const result = checkWithinBound(`unclosed ${fence}`, text);
      if (fence.startsWith('>') || fence.startsWith('-')) continue; // a container closes the fence with itself
      assert.deepEqual(result.findings, [], fence);
    }
    const closed = `\`\`\`\n${WRONG}\n\`\`\`\n\n${WRONG}\n`;
    const result = checkWithinBound('closed fence', closed);
    assert.ok(!flagsDateAt(result, closed, 1) && flagsDateAt(result, closed, 2));
  });

  test('thousands of emphasis markers and brackets', () => {
    const n = 10_000;
    const cases: Record<string, string> = {
      'asterisks around a claim': `${'*'.repeat(n)}${WRONG}${'*'.repeat(n)}`,
      'underscores around a word': `${'_'.repeat(n)}x${'_'.repeat(n)}`,
      'nested strong and emphasis': `${'*a **a '.repeat(n / 4)}b${' a** a*'.repeat(n / 4)}`,
      'mismatched openers and closers': '*a_ '.repeat(n),
      'unclosed link openers': '[a'.repeat(n),
      'unmatched link closers': 'a]'.repeat(n),
      'nested brackets': `${'['.repeat(n)}a${']'.repeat(n)}`,
      'bracket and paren pairs': '[ (]('.repeat(n),
      'unclosed links': '[a](<b'.repeat(n),
      'backtick runs': Array.from({ length: 1_500 }, (_, i) => `e${'`'.repeat(i + 1)}`).join(''),
      'unclosed comments': `</${'<!--'.repeat(n)}`,
      'unclosed directive comments': '<!-- treaty-check-'.repeat(n),
      'footnote references': '[^a]'.repeat(n),
      'emphasis in every list item': Array.from({ length: n }, (_, i) => `- **${i}** _item_ [link](x)`).join('\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const doc = `${text}\n\n${WRONG}\n`;
      const result = checkWithinBound(name, doc);
      assert.ok(flagsDateAt(result, doc, doc.split(WRONG_DATE).length - 1), `${name}: the claim after it is still found`);
    }
  });

  test('emphasis and links in an ordinary paragraph are still Markdown', () => {
    const text = '**The Putin–Kim pact** was signed in [Pyongyang](https://example.org) on *July 19, 2024*, see `Article 4` and <!-- treaty-check-disable-line --> here.\n\nThe _Putin–Kim pact_ was signed on **July 19, 2024**.\n';
    const result = checkWithinBound('ordinary markup', text);
    assert.ok(!flagsDateAt(result, text, 1), 'the directive still applies');
    assert.ok(flagsDateAt(result, text, 2));
  });

  test('impossible dates are never read as dates, nor parts of them', () => {
    for (const date of ['31 February 2024', 'February 30, 2024', '2024-13-45', '2024-02-30', '0 June 2024', '32 July 2024', 'June 31, 2024', '29 February 2023', '2024-00-10']) {
      const text = `The Putin–Kim pact was signed on ${date}.`;
      const result = checkWithinBound(date, text);
      const start = text.indexOf(date);
      assert.ok(!result.findings.some((f) => f.start < start + date.length && f.end > start), `${date}: ${JSON.stringify(result.findings.map((f) => text.slice(f.start, f.end)))}`);
    }
    // A real leap day is a date.
    const leap = 'The Putin–Kim pact was signed on 29 February 2024.';
    assert.ok(checkWithinBound('leap day', leap).findings.some((f) => f.code === 'treaty.signed-date'));
  });

  test('10,000 dates in one paragraph', () => {
    const dates = Array.from({ length: 10_000 }, (_, i) => `${(i % 28) + 1} June 2024`);
    const text = `The Putin–Kim pact was signed on ${dates.join(', ')}.`;
    const result = checkWithinBound('10,000 dates', text);
    assert.ok(result.findings.length <= dates.length);
  });

  test('a 10,000-character word', () => {
    for (const word of ['a'.repeat(10_000), 'Treaty'.repeat(2_000), '2024'.repeat(2_500), 'ж'.repeat(10_000), '😀'.repeat(5_000)]) {
      const text = `${word} ${WRONG} ${word}${WRONG}\n\n${WRONG}${word}`;
      const result = checkWithinBound(`word of ${word.slice(0, 6)}…`, text);
      assert.ok(flagsDateAt(result, text, 1), 'the claim between the long words is found');
    }
  });

  test('words that name JavaScript object properties are ordinary words', () => {
    // "the constructor" once reached Object.prototype through a word lookup and crashed the check.
    const words = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf', '__defineGetter__'];
    const text = `${WRONG} ${words.map((w) => `The ${w} of the pact, the ${w} treaty and a ${w} were signed on 3 May 2020.`).join(' ')}\n\n${WRONG}\n`;
    const result = checkWithinBound('object property words', text);
    assert.ok(flagsDateAt(result, text, 1) && flagsDateAt(result, text, 2));
  });

  test('dates run into words are not dates', () => {
    const text = 'The Putin–Kim pact was signed on January 1, 1600The end. The Putin–Kim pact was signed in 2024é. The Putin–Kim pact was signed on éJuly 19, 2024.';
    assert.deepEqual(checkWithinBound('glued dates', text).findings.filter((f) => f.code === 'treaty.signed-date'), []);
  });
});

describe('fact files', () => {
  const SOURCES = 'sources:\n  kcna: {url: "https://kcnawatch.org/x", title: "KCNA"}\n';
  const instrument = (id: string, extra = '') => `id: ${id}\ntitle: "Treaty number ${id}"\nkind: treaty\n${extra}${SOURCES}`;
  const positioned = (p: FactProblem, path: string) => {
    assert.equal(p.path, path);
    for (const n of [p.line, p.column, p.endLine, p.endColumn]) assert.ok(Number.isInteger(n) && n >= 0, JSON.stringify(p));
  };
  const parseWithinBound = (label: string, path: string, text: string) => withinBound(label, HANG_GUARD_MS, () => parseFactFile(path, text)).value;

  test('billion laughs: refused quickly with a positioned problem', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 20; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const parsed = parseWithinBound('billion laughs', 'bomb.yaml', `${lines.join('\n')}\n`);
    assert.equal(parsed.kind, 'broken');
    assert.ok(parsed.problems.length > 0);
    for (const p of parsed.problems) positioned(p, 'bomb.yaml');
    assert.match(parsed.problems[0].message, /alias/i);
    // The same in the workspace config file.
    const config = withinBound('config bomb', HANG_GUARD_MS, () => readWorkspaceConfig(tempDir(), `facts: [x]\n${lines.join('\n')}\n`)).value;
    assert.ok(config.problems.length > 0);
    assert.deepEqual(config.config.factDirs, []);
  });

  test('a 100 MB fact file is refused by its size, without being read', () => {
    const dir = tempDir();
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, instrument('huge'));
    truncateSync(path, 100 * 1024 * 1024); // sparse: no 100 MB written
    const loaded = withinBound('100 MB fact file', 10_000, () => loadFactBase({ extraDirs: [dir] })).value;
    const problem = loaded.problems.find((p) => p.path === path)!;
    positioned(problem, path);
    // "bytes": the size on disk, from stat (a parse of the text would count characters).
    assert.match(problem.message, new RegExp(`too large \\(${100 * 1024 * 1024} bytes; the limit is ${MAX_FACT_FILE_BYTES}\\)`));
    assert.deepEqual(loaded.brokenFiles, [path]);
    // Text over the limit handed over directly (an unsaved editor buffer) is refused too.
    const big = parseWithinBound('big overlay', 'big.yaml', `${instrument('big')}# ${'x'.repeat(MAX_FACT_FILE_BYTES)}\n`);
    assert.equal(big.kind, 'broken');
    assert.match(big.problems[0].message, /too large/);
  });

  test('duplicate keys: a positioned problem at the second key', () => {
    const text = instrument('a', 'kind: agreement\n');
    const parsed = parseWithinBound('duplicate keys', 'dup.yaml', text);
    assert.equal(parsed.kind, 'broken');
    positioned(parsed.problems[0], 'dup.yaml');
    assert.equal(parsed.problems[0].line, text.split('\n').indexOf('kind: agreement'));
  });

  test('custom tags are plain errors, never executed', () => {
    const marker = `__treatyCheckTag${Date.now()}`;
    const payloads = [
      `summary: !!js/function "function () { globalThis.${marker} = true; return 1 }"`,
      `summary: !!js/eval "globalThis.${marker} = true"`,
      'summary: !!js/regexp /a+/',
      'summary: !!js/undefined ""',
      `summary: !<tag:yaml.org,2002:js/function> "function () { globalThis.${marker} = true }"`,
      'summary: !custom value',
      'summary: !!binary aGVsbG8=',
      'summary: !!python/object:os.system ["echo hi"]',
    ];
    for (const payload of payloads) {
      const parsed = parseWithinBound(payload, 'tag.yaml', instrument('a', `${payload}\n`));
      assert.equal(parsed.kind, 'broken', payload);
      assert.ok(parsed.problems.length > 0, payload);
      for (const p of parsed.problems) positioned(p, 'tag.yaml');
      assert.equal(parsed.problems[0].line, 3, payload);
    }
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  });

  test('aliases with regex metacharacters are matched literally, never as patterns', () => {
    const aliases = ['Meta.Pact (Revised)', 'C++ Pact (.*)', 'Treaty [a-z]+ $1', 'Pact ^(a|b)*$ \\d{1,}', 'Accord?+ ${x} \\', 'Pact .* (?:x) | y', '(((((((((a*)*)*)*)*)*)*)*)*)*b Treaty'];
    const parsed = parseWithinBound('regex aliases', 'meta.yaml', instrument('meta', `aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]\nsigned:\n  date: {value: "2001-01-01", sources: [kcna]}\n`));
    assert.equal(parsed.kind, 'instrument');
    const { factBase } = assembleFactBase([{ name: 'workspace', files: [parsed] }]);
    const checker = createChecker(factBase, () => '2026-11-24');
    const text = `Any text at all, aaaa bbbb ${'a'.repeat(40)}c. The MetaXPact Revised was signed on 5 May 2020. Pact ab was signed on 5 May 2020. The Meta.Pact (Revised) was signed on 5 May 2020.`;
    const result = withinBound('regex aliases check', HANG_GUARD_MS, () => checker.check(text)).value;
    assertSaneResult(text, result);
    assert.deepEqual(result.mentions.filter((m) => m.ids.length > 0).map((m) => text.slice(m.start, m.end)), ['Meta.Pact (Revised']);
    assert.deepEqual(result.findings.map((f) => [f.code, f.start]), [['treaty.signed-date', text.lastIndexOf('5 May 2020')]]);
  });

  test('a 10,000-character alias is a positioned problem', () => {
    const text = instrument('long', `aliases: ["${'Treaty '.repeat(1_430)}"]\n`);
    const parsed = parseWithinBound('long alias', 'long.yaml', text);
    assert.equal(parsed.kind, 'broken');
    positioned(parsed.problems[0], 'long.yaml');
    assert.equal(parsed.problems[0].line, 3);
    assert.match(parsed.problems[0].message, /aliases/);
  });

  test('an alias that is a common word is reported and never matched', () => {
    const parsed = parseFactFile('common.yaml', instrument('common', 'aliases: ["the", "treaty", "The Treaty", "Treaty of Vienna"]\nsigned:\n  date: {value: "2001-01-01", sources: [kcna]}\n'));
    assert.equal(parsed.kind, 'instrument');
    const { factBase, problems } = assembleFactBase([{ name: 'workspace', files: [parsed] }]);
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [
      [3, 'Name "the" is too generic to identify an instrument.'],
      [3, 'Name "treaty" is too generic to identify an instrument.'],
      [3, 'Name "The Treaty" is too generic to identify an instrument.'],
    ]);
    const checker = createChecker(factBase, () => '2026-11-24');
    const text = 'The treaty was signed on 5 March 2020. The weather was fine. The Treaty of Vienna was signed on 5 March 2020.';
    const result = checker.check(text);
    // Only the specific alias names the instrument.
    assert.deepEqual(result.mentions.filter((m) => m.ids.includes('common')).map((m) => text.slice(m.start, m.end)), ['Treaty of Vienna']);
    assert.deepEqual(result.findings.map((f) => f.start), [text.lastIndexOf('5 March 2020')]);
  });

  test('a cycle in supersededBy is a positioned problem; checking still ends', () => {
    const files = ['a', 'b', 'c'].map((id, i, all) => parseFactFile(`${id}.yaml`, instrument(id, `aliases: ["Cycle Treaty ${id.toUpperCase()}"]\nsupersededBy: ${all[(i + 1) % all.length]}\nstatus:\n  - {status: superseded, from: {value: "2001", sources: [kcna]}, sources: [kcna]}\n`)));
    const { factBase, problems } = withinBound('cycle', HANG_GUARD_MS, () => assembleFactBase([{ name: 'workspace', files }])).value;
    const cycles = problems.filter((p) => /cycle/.test(p.message));
    assert.equal(cycles.length, 3);
    for (const p of cycles) assert.equal(p.line, 4);
    const checker = createChecker(factBase, () => '2026-11-24');
    const text = 'Cycle Treaty A remains in force. Cycle Treaty B was signed on 5 May 2020 and expired in 2001.';
    assertSaneResult(text, withinBound('cycle check', HANG_GUARD_MS, () => checker.check(text)).value);
  });

  test('two files with the same id: the first wins, the second is a positioned problem', () => {
    const first = parseFactFile('one.yaml', instrument('same', 'aliases: ["First Treaty Name"]\n'));
    const second = parseFactFile('two.yaml', instrument('same', 'aliases: ["Second Treaty Name"]\n'));
    const { factBase, problems } = assembleFactBase([{ name: 'workspace', files: [first, second] }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].path, 'two.yaml');
    assert.equal(problems[0].line, 0);
    assert.match(problems[0].message, /Duplicate instrument id `same`: already defined in one\.yaml/);
    assert.equal(factBase.locations.get('same')?.path, 'one.yaml');
  });

  test('a file that breaks keeps its last good version in use', () => {
    const dir = tempDir();
    const path = join(dir, 'keep.yaml');
    writeFileSync(path, instrument('keep', 'aliases: ["Keepsake Treaty"]\n'));
    const good = loadFactBase({ extraDirs: [dir] });
    assert.deepEqual(good.problems, []);
    assert.ok(good.factBase.instruments.has('keep'));
    const breakages = [
      'a: &a [1,2,3,4,5,6,7,8,9]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      instrument('keep', 'kind: agreement\n'),
      instrument('keep', 'summary: !!js/function "function () {}"\n'),
      'id: keep\ntitle: "unclosed\n',
      '\u0000\u0001binary',
      '',
    ];
    let previous = good;
    for (const text of breakages) {
      writeFileSync(path, text);
      const reloaded = withinBound('reload', HANG_GUARD_MS, () => loadFactBase({ extraDirs: [dir] }, previous.goodFiles, undefined, previous.stamps)).value;
      assert.deepEqual(reloaded.brokenFiles, [path], JSON.stringify(text.slice(0, 40)));
      assert.ok(reloaded.problems.some((p) => p.path === path), JSON.stringify(text.slice(0, 40)));
      assert.ok(reloaded.factBase.instruments.has('keep'), `the last good facts stay in use after ${JSON.stringify(text.slice(0, 40))}`);
      assert.deepEqual(reloaded.factBase.index.findInstruments('Keepsake Treaty'), ['keep']);
      previous = reloaded;
    }
  });
});

describe('security', () => {
  const sourceFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
  const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*['"`]|\bvm\.run|\bnode:vm\b|\bimport\s*\(\s*[^'"`\s]/;

  test('the core source has no eval, no new Function, no dynamic import', () => {
    const files = sourceFiles(join(repoRoot, 'core', 'src'));
    assert.ok(files.length > 20);
    const offending = files.filter((f) => CODE_FROM_STRINGS.test(readFileSync(f, 'utf8'))).map((f) => relative(repoRoot, f));
    assert.deepEqual(offending, []);
  });

  test('the generated validator has no eval or new Function (ajv standalone code)', () => {
    const validator = readFileSync(join(repoRoot, 'core', 'src', 'facts', 'generated', 'validators.js'), 'utf8');
    assert.ok(validator.length > 10_000);
    assert.doesNotMatch(validator, /\beval\s*\(|\bnew\s+Function\b|\brequire\s*\(/);
  });

  test('no network access: no network module or fetch in core, host, server or CLI', () => {
    const files = ['core/src', 'host/src', 'server/src', 'cli'].flatMap((d) => sourceFiles(join(repoRoot, d))).filter((f) => !f.includes(`${join('cli', 'test')}`));
    const NETWORK = /['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]|\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/;
    assert.deepEqual(files.filter((f) => NETWORK.test(readFileSync(f, 'utf8'))).map((f) => relative(repoRoot, f)), []);
  });

  test('fact directories in the config cannot escape the workspace', () => {
    const outside = tempDir();
    const root = tempDir();
    mkdirSync(join(root, 'facts', 'team'), { recursive: true });
    mkdirSync(join(root, 'sub'), { recursive: true });
    symlinkSync(outside, join(root, 'linked-out'));
    symlinkSync(join(root, 'facts'), join(root, 'linked-in'));
    symlinkSync(outside, join(root, 'facts', 'nested-out'));
    const refused: [string, RegExp][] = [
      ['../', /outside the workspace/],
      ['..', /outside the workspace/],
      ['facts/../../', /outside the workspace/],
      ['sub/../../x', /outside the workspace/],
      [relative(root, outside), /outside the workspace/],
      [outside, /must be relative/],
      ['/etc', /must be relative/],
      ['linked-out', /links outside the workspace/],
      ['facts/nested-out', /links outside the workspace/],
      ['missing', /does not exist/],
    ];
    for (const [dir, message] of refused) {
      const result = containedDirectory(root, dir);
      assert.equal(result.path, undefined, dir);
      assert.match(result.problem ?? '', message, dir);
    }
    assert.equal(containedDirectory(root, 'facts/team').path, join(root, 'facts', 'team'));
    assert.equal(containedDirectory(root, 'linked-in').path, join(root, 'linked-in'));
    assert.equal(containedDirectory(root, './facts/../facts').path, join(root, 'facts'));
    // Through the config file: each refused path is a positioned problem, the others load.
    const text = `facts:\n  - facts/team\n  - ../\n  - ${outside}\n  - linked-out\n`;
    writeFileSync(join(root, '.treaty-check.yaml'), text);
    const { config, problems } = readWorkspaceConfig(root);
    assert.deepEqual(config.factDirs, [join(root, 'facts', 'team')]);
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
    assert.ok(statSync(outside).isDirectory());
  });
});

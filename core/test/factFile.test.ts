// The fact loader: every kind of broken file gives a plain message at the exact line and
// column (found from the text, never hand-counted), and the rest of the base still loads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleFactBase, parseFactFile, type FactProblem } from '../src/index.js';

const SOURCES = 'sources:\n  kcna: {url: "https://kcnawatch.org/x", title: "KCNA"}\n';
const PARTIES = `parties:\n  - {id: russia, name: Russian Federation, shortNames: [Russia]}\n  - {id: dprk, name: "Democratic People's Republic of Korea", shortNames: [North Korea], aliases: [DPRK, 북한]}\n  - {id: ussr, name: Union of Soviet Socialist Republics, shortNames: [Soviet Union]}\n${SOURCES}`;

function instrument(id: string, extra = ''): string {
  return `id: ${id}\ntitle: "Treaty number ${id}"\nkind: treaty\n${extra}${SOURCES}`;
}

/** Zero-based line and column of the first occurrence of `needle`. */
function at(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, column: before[before.length - 1].length };
}

function only(problems: FactProblem[]): FactProblem {
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
}

test('a valid instrument parses', () => {
  const parsed = parseFactFile('a.yaml', instrument('a', 'signed:\n  date: {value: "2024-06-19", sources: [kcna]}\n'));
  assert.equal(parsed.kind, 'instrument');
});

test('YAML syntax error at its line and column', () => {
  const text = 'id: a\ntitle: "unclosed\nkind: treaty\n';
  const p = only(parseFactFile('a.yaml', text).problems);
  assert.match(p.message, /^YAML:/);
  assert.equal(p.line, at(text, '"unclosed').line);
});

test('unknown key is reported at the key', () => {
  const text = instrument('a', 'signedd:\n  date: {value: "2024-06-19", sources: [kcna]}\n');
  const p = only(parseFactFile('a.yaml', text).problems);
  assert.match(p.message, /Unknown key `signedd`/);
  assert.deepEqual({ line: p.line, column: p.column }, at(text, 'signedd'));
});

test('a fact without sources is reported at the fact', () => {
  const text = instrument('a', 'entryIntoForce:\n  date: {value: "2024-12-04"}\n');
  const p = only(parseFactFile('a.yaml', text).problems);
  assert.match(p.message, /entryIntoForce\.date` is not a valid fact/);
  assert.deepEqual({ line: p.line, column: p.column }, at(text, '{value: "2024-12-04"}'));
});

test('an impossible date is reported at the value', () => {
  const text = instrument('a', 'signed:\n  date: {value: "2024-02-30", sources: [kcna]}\n');
  const p = only(parseFactFile('a.yaml', text).problems);
  assert.match(p.message, /`2024-02-30` is not a real date/);
  assert.deepEqual({ line: p.line, column: p.column }, at(text, '"2024-02-30"'));
});

test('an unknown source key is reported at the reference', () => {
  const text = instrument('a', 'signed:\n  date: {value: "2024-06-19", sources: [tass]}\n');
  const p = only(parseFactFile('a.yaml', text).problems);
  assert.match(p.message, /Unknown source `tass`/);
  assert.deepEqual({ line: p.line, column: p.column }, at(text, 'tass]'));
});

test('custom tags such as !!js/function are plain errors, never executed', () => {
  const text = instrument('a', 'summary: !!js/function "function () { return 1 }"\n');
  const parsed = parseFactFile('a.yaml', text);
  assert.equal(parsed.kind, 'broken');
  assert.match(only(parsed.problems).message, /YAML: .*tag/i);
});

test('duplicate keys are reported', () => {
  const text = instrument('a', 'kind: agreement\n');
  const parsed = parseFactFile('a.yaml', text);
  assert.equal(parsed.kind, 'broken');
  assert.match(parsed.problems[0].message, /YAML: .*(unique|duplicate)/i);
  assert.equal(parsed.problems[0].line, at(text, 'kind: agreement').line);
});

test('a YAML alias bomb is refused quickly', () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
  const started = Date.now();
  const parsed = parseFactFile('bomb.yaml', `${lines.join('\n')}\n`);
  assert.equal(parsed.kind, 'broken');
  assert.ok(Date.now() - started < 2000);
});

test('a file that is not a mapping is refused with a message', () => {
  assert.match(only(parseFactFile('a.yaml', '- just\n- a list\n').problems).message, /must be a YAML mapping/);
});

test('cross-file rules: unknown party, duplicate id, shared alias, generic alias, cycle', () => {
  const parties = parseFactFile('parties.yaml', PARTIES);
  const a = instrument('a', 'aliases: [the Putin-Kim pact]\nparties: {value: [russia, atlantis], sources: [kcna]}\nsupersededBy: b\n');
  const b = instrument('b', 'aliases: [Putin–Kim Pact, treaty]\nsupersededBy: a\n');
  const bAgain = instrument('b');
  const { problems, factBase } = assembleFactBase([{ name: 'default', files: [parties, parseFactFile('a.yaml', a), parseFactFile('b.yaml', b), parseFactFile('b2.yaml', bAgain)] }]);
  const messages = problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.message}`);
  const find = (re: RegExp) => {
    const p = problems.find((x) => re.test(x.message));
    assert.ok(p, `no problem matching ${re} in ${messages.join('\n')}`);
    return p;
  };
  const unknownParty = find(/Unknown party id `atlantis`/);
  assert.deepEqual({ path: unknownParty.path, line: unknownParty.line, column: unknownParty.column }, { path: 'a.yaml', ...at(a, 'atlantis') });
  const duplicate = find(/Duplicate instrument id `b`/);
  assert.equal(duplicate.path, 'b2.yaml');
  const shared = find(/already used by `a`/);
  assert.deepEqual({ path: shared.path, line: shared.line, column: shared.column }, { path: 'b.yaml', ...at(b, 'Putin–Kim Pact') });
  const generic = find(/"treaty" is too generic/);
  assert.deepEqual({ line: generic.line, column: generic.column }, at(b, 'treaty]'));
  find(/forms a cycle/);
  assert.equal(factBase.instruments.size, 2, 'the rest of the base still loads');
});

test('a later layer overrides an instrument by id', () => {
  const base = parseFactFile('default/a.yaml', instrument('a', 'signed:\n  date: {value: "2024-06-19", sources: [kcna]}\n'));
  const override = parseFactFile('ws/a.yaml', instrument('a', 'signed:\n  date: {value: "2024-06-20", sources: [kcna]}\n'));
  const { factBase, problems } = assembleFactBase([{ name: 'default', files: [base] }, { name: 'workspace', files: [override] }]);
  assert.deepEqual(problems, []);
  assert.equal(factBase.instruments.get('a')?.signed?.date?.value, '2024-06-20');
  assert.equal(factBase.locations.get('a')?.path, 'ws/a.yaml');
});

test('name lookup is case-, dash-, quote- and article-insensitive, also for Korean and Cyrillic', () => {
  const parties = parseFactFile('parties.yaml', PARTIES);
  const a = parseFactFile('a.yaml', instrument('a', 'aliases: ["Putin-Kim pact", "Договор о всеобъемлющем стратегическом партнерстве", "조러 조약"]\n'));
  const { factBase } = assembleFactBase([{ name: 'default', files: [parties, a] }]);
  const idx = factBase.index;
  for (const name of ['the Putin–Kim Pact', 'PUTIN—KIM PACT', '“Putin-Kim pact”', 'договор о всеобъемлющем стратегическом партнерстве', '조러 조약']) {
    assert.deepEqual(idx.findInstruments(name), ['a'], name);
  }
  assert.equal(idx.findParty('north korea'), 'dprk');
  assert.equal(idx.findParty('북한'), 'dprk');
  assert.deepEqual(idx.findInstruments('Putin-Kim'), []);
});

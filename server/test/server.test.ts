// The language server over the real protocol: the bundled dist/server.js, spawned with --stdio.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { applyTextEdits, editsOf, positionOf, rangeOf, repoRoot, startServer, uriOf, type Harness } from './harness.js';

const BRIEF = [
  '# The 2024 treaty',
  '',
  'The signing of the "Treaty on Comprehensive Strategic Partnership" between North Korea and Russia on July 19, 2024, occurred at a time of intense geopolitical complexity. A Russian military delegation, arriving on July 19, held talks in Pyongyang.',
  '',
  'The Putin–Kim pact was signed in Moscow and has 21 articles.',
  '',
].join('\n');

describe('language server (pull diagnostics)', () => {
  let server: Harness;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  test('declares its capabilities', () => {
    const caps = server.initialize.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'treaty-check', interFileDependencies: false, workspaceDiagnostics: false });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.treatyCheck'] });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.ok(caps.completionProvider);
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenTypes, ['treatyInstrument']);
  });

  test('diagnostics on open cover only the wrong values; distractors stay clean', async () => {
    const uri = 'file:///tmp/brief-open.md';
    server.open(uri, BRIEF);
    const diagnostics = await server.pull(uri);
    const byCode = Object.fromEntries(diagnostics.map((d) => [d.code, d]));
    assert.deepEqual(Object.keys(byCode).sort(), ['treaty.article-count', 'treaty.signed-date', 'treaty.signed-place']);
    assert.deepEqual(byCode['treaty.signed-date'].range, rangeOf(BRIEF, 'July 19, 2024'));
    assert.deepEqual(byCode['treaty.signed-place'].range, rangeOf(BRIEF, 'Moscow'));
    assert.deepEqual(byCode['treaty.article-count'].range, rangeOf(BRIEF, '21'));
    const date = byCode['treaty.signed-date'];
    assert.equal(date.severity, 1);
    assert.equal(date.source, 'treaty-check');
    assert.match(String(date.message), /19 June 2024, not July 19, 2024/);
    assert.match(date.codeDescription?.href ?? '', /^https?:\/\//);
    assert.equal((date.data as { expected: string }).expected, '19 June 2024');
    assert.ok(date.relatedInformation?.[0].location.uri.endsWith('ru-dprk-comprehensive-strategic-partnership-treaty-2024.yaml'));
  });

  test('re-checks after incremental edits', async () => {
    const uri = 'file:///tmp/brief-edit.md';
    server.open(uri, BRIEF);
    assert.equal((await server.pull(uri)).length, 3);
    server.change(uri, 2, [{ range: rangeOf(BRIEF, 'July 19, 2024'), text: 'June 19, 2024' }]);
    const after = await server.pull(uri);
    assert.deepEqual(after.map((d) => d.code).sort(), ['treaty.article-count', 'treaty.signed-place']);
  });

  test('the preferred quick fix and fix-all give a clean brief', async () => {
    const uri = 'file:///tmp/brief-fix.md';
    server.open(uri, BRIEF, 7);
    const diagnostics = await server.pull(uri);
    const date = diagnostics.find((d) => d.code === 'treaty.signed-date')!;
    const actions = await server.codeActions(uri, date.range, [date]);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.title, 'Change to "June 19, 2024"');
    assert.equal(preferred.kind, 'quickfix');
    const { edits, version } = editsOf(preferred.edit, uri);
    assert.equal(version, 7);
    assert.deepEqual(edits, [{ range: date.range, newText: 'June 19, 2024' }]);
    assert.ok(actions.some((a) => a.title === 'Disable treaty.signed-date for this line'));

    const [fixAll] = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.treatyCheck']);
    assert.equal(fixAll.kind, 'source.fixAll.treatyCheck');
    const fixed = applyTextEdits(BRIEF, editsOf(fixAll.edit, uri).edits);
    assert.ok(fixed.includes('on June 19, 2024, occurred') && fixed.includes('signed in Pyongyang and has 23 articles') && fixed.includes('arriving on July 19,'));
    server.change(uri, 8, [{ text: fixed }]);
    assert.deepEqual(await server.pull(uri), []);
  });

  test('disable-line action inserts a directive that silences the finding', async () => {
    const uri = 'file:///tmp/brief-disable.md';
    server.open(uri, BRIEF);
    const place = (await server.pull(uri)).find((d) => d.code === 'treaty.signed-place')!;
    const action = (await server.codeActions(uri, place.range, [place])).find((a) => a.title === 'Disable treaty.signed-place for this line')!;
    const text = applyTextEdits(BRIEF, editsOf(action.edit, uri).edits);
    assert.match(text, /21 articles\. <!-- treaty-check-disable-line treaty\.signed-place -->/);
    server.change(uri, 2, [{ text }]);
    assert.deepEqual((await server.pull(uri)).map((d) => d.code).sort(), ['treaty.article-count', 'treaty.signed-date']);
  });

  test('hover on an instrument shows its fact card', async () => {
    const uri = 'file:///tmp/brief-hover.md';
    server.open(uri, BRIEF);
    await server.pull(uri);
    const position = positionOf(BRIEF, 'Putin–Kim pact');
    const hover = await server.hover(uri, position.line, position.character + 3);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /\*\*Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea\*\*/);
    assert.match(value, /\| Signed \| 19 June 2024 in Pyongyang by Kim Jong Un, Vladimir Putin \|/);
    assert.match(value, /\| Entry into force \| 4 December 2024/);
    assert.match(value, /\*\*Sources\*\*/);
    assert.match(value, /\[Fact file\]\(file:\/\/.*ru-dprk-comprehensive-strategic-partnership-treaty-2024\.yaml#L\d+\)/);
  });

  test('hover on a flagged value explains it', async () => {
    const uri = 'file:///tmp/brief-hover2.md';
    server.open(uri, BRIEF);
    await server.pull(uri);
    const position = positionOf(BRIEF, 'Moscow');
    const value = ((await server.hover(uri, position.line, position.character + 1))?.contents as { value: string }).value;
    assert.match(value, /^\*\*Treaty Check:\*\* .*signed in Pyongyang, not Moscow/);
  });

  test('completion offers instruments by alias, and a citation', async () => {
    const uri = 'file:///tmp/brief-complete.md';
    const text = 'Analysts expect the Putin–K';
    server.open(uri, text);
    const items = await server.completion(uri, 0, text.length);
    const alias = items.find((i) => /Putin.Kim pact/i.test(i.label));
    assert.ok(alias, items.map((i) => i.label).join(', '));
    assert.equal(alias.detail, "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea");
    assert.ok(items.some((i) => /citation/.test(i.label) && /signed in Pyongyang on 19 June 2024; in force since 4 December 2024/.test((i.textEdit as { newText: string }).newText)));
  });

  test('citation and article summary requests', async () => {
    const citation = await server.request<{ text: string }>('treatyCheck/citation', { instrumentId: 'ru-dprk-comprehensive-strategic-partnership-treaty-2024' });
    assert.match(citation.text, /\(signed in Pyongyang on 19 June 2024; in force since 4 December 2024\)$/);
    const us = await server.request<{ text: string }>('treatyCheck/citation', { instrumentId: 'ru-dprk-comprehensive-strategic-partnership-treaty-2024', style: 'month-day-year' });
    assert.match(us.text, /on June 19, 2024; in force since December 4, 2024\)$/);
    const summary = await server.request<{ text: string }>('treatyCheck/articleSummary', { instrumentId: 'ru-dprk-comprehensive-strategic-partnership-treaty-2024', article: '4' });
    assert.match(summary.text, /^Article 4 of the .* (reads|provides): .*military and other assistance/);
    assert.match(summary.text, /\(source: \[.+\]\(https?:\/\/.+\)\)$/);
  });

  test('go to definition opens the fact file at the entry', async () => {
    const uri = 'file:///tmp/brief-def.md';
    server.open(uri, BRIEF);
    await server.pull(uri);
    const position = positionOf(BRIEF, 'Putin–Kim pact');
    const location = await server.definition(uri, position.line, position.character);
    assert.ok(location?.uri.endsWith('/facts/instruments/ru-dprk-comprehensive-strategic-partnership-treaty-2024.yaml'));
    const file = readFileSync(new URL(location!.uri), 'utf8').split('\n');
    assert.match(file[location!.range.start.line], /^id: ru-dprk-comprehensive-strategic-partnership-treaty-2024/);
  });

  test('non-ASCII text and CRLF: ranges on exactly the wrong value', async () => {
    const uri = 'file:///tmp/brief-unicode.md';
    const text = '# 한반도 브리핑 — «Договор» 🚀\r\n\r\n“Moscow’s” line: 김정은 and Путин signed the Putin–Kim pact on 19 July 2024 😀 in Pyongyang.\r\n';
    server.open(uri, text);
    const [d] = await server.pull(uri);
    assert.deepEqual(d.range, rangeOf(text, '19 July 2024'));
  });

  test('a binary document is refused politely', async () => {
    const uri = 'file:///tmp/binary.md';
    server.open(uri, 'PNG\u0000\u0001\u0002 signed on July 19, 2024');
    const diagnostics = await server.pull(uri);
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0].message), /binary/);
  });
});

describe('language server (push diagnostics, settings, workspace facts)', () => {
  let server: Harness;
  let root: string;
  const factPath = () => join(root, 'facts', 'accord.yaml');
  const accord = (date: string) => `id: widget-accord-2020\ntitle: "Test Accord on Widgets"\nshortTitles: ["Widget Accord"]\nkind: agreement\nsigned:\n  date: {value: "${date}", sources: [s]}\nsources:\n  s: {url: "https://example.org/accord", title: "Example"}\n`;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'treaty-ws-'));
    mkdirSync(join(root, 'facts'));
    writeFileSync(join(root, '.treaty-check.yaml'), 'facts: [facts]\n');
    writeFileSync(factPath(), accord('2020-05-04'));
    server = await startServer({ rootPath: root, pull: false, settings: { debounceMs: 0 } });
  });
  after(() => server.stop());

  test('pushes diagnostics with the document version', async () => {
    const uri = uriOf(join(root, 'a.md'));
    server.open(uri, 'The Widget Accord was signed on 5 May 2020.\n', 3);
    const push = await server.nextPush(uri);
    assert.equal(push.version, 3);
    assert.equal(push.diagnostics[0].code, 'treaty.signed-date');
    assert.match(String(push.diagnostics[0].message), /4 May 2020/);
  });

  test('a fact-file change re-checks open briefs', async () => {
    const uri = uriOf(join(root, 'b.md'));
    server.open(uri, 'The Widget Accord was signed on 6 May 2020.\n');
    assert.equal((await server.nextPush(uri)).diagnostics.length, 1);
    writeFileSync(factPath(), accord('2020-05-06'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(factPath()), type: 2 }] });
    const push = await server.nextPush(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(push.diagnostics, []);
  });

  test('a broken fact file: diagnostics in the YAML at line and column, the last good base kept', async () => {
    const uri = uriOf(join(root, 'c.md'));
    server.open(uri, 'The Widget Accord was signed on 1 May 2020.\n');
    assert.match(String((await server.nextPush(uri)).diagnostics[0].message), /6 May 2020/);
    const broken = accord('2020-05-06').replace('kind: agreement', 'kind: agreement\nsignedd: oops');
    writeFileSync(factPath(), broken);
    const status = server.nextStatus((s) => s.state === 'factBaseErrors');
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(factPath()), type: 2 }] });
    const yaml = await server.nextPush(uriOf(factPath()), (p) => p.diagnostics.length > 0);
    assert.equal(yaml.diagnostics[0].message, 'Unknown key `signedd` in the file.');
    assert.deepEqual(yaml.diagnostics[0].range.start, positionOf(broken, 'signedd'));
    assert.equal((await status).state, 'factBaseErrors');
    const still = await server.nextPush(uri);
    assert.match(String(still.diagnostics[0].message), /6 May 2020/, 'the last good version of the file stays in use');
    writeFileSync(factPath(), accord('2020-05-06'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(factPath()), type: 2 }] });
    assert.deepEqual((await server.nextPush(uriOf(factPath()), (p) => p.diagnostics.length === 0)).diagnostics, []);
  });

  test('settings: severity override and disable take effect without a restart', async () => {
    const uri = uriOf(join(root, 'd.md'));
    server.open(uri, 'The Widget Accord was signed on 2 May 2020.\n');
    assert.equal((await server.nextPush(uri)).diagnostics[0].severity, 1);
    server.settings.severity = { 'treaty.signed-date': 'warning' };
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await server.nextPush(uri, (p) => p.diagnostics[0]?.severity === 2)).diagnostics[0].severity, 2);
    server.settings.enable = false;
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await server.nextPush(uri, (p) => p.diagnostics.length === 0)).diagnostics, []);
    delete server.settings.enable;
    delete server.settings.severity;
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.nextPush(uri, (p) => p.diagnostics.length === 1);
  });

  test('the samples folder is still where the README says', () => {
    assert.ok(readFileSync(join(repoRoot, 'samples', 'russia-dprk-treaty-brief.md'), 'utf8').length > 100);
  });
});

describe('language server (fact cache in the client-given storage)', () => {
  test('a second session starts from the cache the first wrote, and still checks against the workspace facts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'treaty-ws-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'treaty-storage-'));
    mkdirSync(join(root, 'facts'));
    writeFileSync(join(root, '.treaty-check.yaml'), 'facts: [facts]\n');
    writeFileSync(join(root, 'facts', 'accord.yaml'), 'id: gadget-accord-2021\ntitle: "Test Accord on Gadgets"\nshortTitles: ["Gadget Accord"]\nkind: agreement\nsigned:\n  date: {value: "2021-03-02", sources: [s]}\nsources:\n  s: {url: "https://example.org/gadget", title: "Example"}\n');
    const uri = uriOf(join(root, 'a.md'));
    for (const session of [1, 2]) {
      const server = await startServer({ rootPath: root, pull: false, settings: { debounceMs: 0 }, initializationOptions: { cacheDir } });
      try {
        const cacheFiles = readdirSync(cacheDir).filter((f) => f.startsWith('fact-cache-'));
        assert.equal(cacheFiles.length, 1, `session ${session}: ${cacheFiles.join(', ')}`);
        const cached = JSON.parse(readFileSync(join(cacheDir, cacheFiles[0]), 'utf8'));
        assert.deepEqual(Object.values(cached.files).map((f) => (f as { data: { id: string } }).data.id), ['gadget-accord-2021']);
        server.open(uri, 'The Gadget Accord was signed on 3 March 2021.\n');
        const push = await server.nextPush(uri);
        assert.equal(push.diagnostics[0]?.code, 'treaty.signed-date', `session ${session}`);
        assert.match(String(push.diagnostics[0].message), /2 March 2021/);
      } finally {
        await server.stop();
      }
    }
  });
});

// The language server under hostile documents and requests, over the real protocol (the
// bundled dist/server.js over stdio): every named case of the robustness issue is opened,
// pulled, hovered and asked for code actions; the server answers each within a bound,
// its diagnostics equal a fresh core check, and the process stays alive. Cancelled,
// concurrent and out-of-order requests are answered or cancelled cleanly, and a code
// action names the document version it was computed for.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type Hover } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyTextEdits, editsOf, rangeOf, repoRoot, startServer, type Harness } from './harness.js';
import { AS_OF, assertAlive, expectedDiagnostics, messageOf, summarize, within } from './robustKit.js';

const BOUND_MS = 60_000; // a hang guard for a loaded CI machine, not a benchmark
const WRONG = 'The Putin–Kim pact was signed in Pyongyang on July 19, 2024.';
const BRIEF = readFileSync(join(repoRoot, 'samples', 'russia-dprk-treaty-brief.md'), 'utf8');
const REQUEST_CANCELLED = -32800;

const briefLines = BRIEF.split('\n').filter((l) => /^[A-Z].*\.$/.test(l));
function megabyteLine(): string {
  let line = `${WRONG} `;
  for (let i = 0; line.length < 1_000_000; i++) line += `${briefLines[i % briefLines.length]} `;
  return line;
}

/** Every document the robustness issue names. */
const CASES: Record<string, () => string> = {
  'empty': () => '',
  '5 MB': () => `${WRONG}\n\n${BRIEF}`.repeat(Math.ceil(5_000_000 / (BRIEF.length + WRONG.length + 2))),
  'one 1 MB line': megabyteLine,
  'NUL and binary bytes': () => `${WRONG}\u0000\u0001\u00ff${Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)).toString('latin1')}`,
  'binary bytes without NUL': () => `${WRONG}\n\n${Buffer.from(Array.from({ length: 2048 }, (_, i) => 1 + ((i * 31) % 255))).toString('latin1')}`,
  'lone surrogates': () => `\uD800${WRONG}\uDC00\n\n\uDBFF${WRONG.replace('pact', 'pact \uD83D')} \uDFFF`,
  'CRLF': () => BRIEF.replace(/\n/g, '\r\n'),
  'CR': () => BRIEF.replace(/\n/g, '\r'),
  'mixed line ends': () => {
    let i = 0;
    return BRIEF.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
  },
  'BOM': () => `\uFEFF${BRIEF}`,
  '10,000 nested lists': () => `${'- '.repeat(10_000)}${WRONG}\n\n${WRONG}`,
  '10,000 nested block quotes': () => `${'>'.repeat(10_000)} ${WRONG}\n\n${WRONG}`,
  'unclosed fence': () => `${WRONG}\n\n\`\`\`\n${BRIEF}`,
  'thousands of emphasis markers': () => `${'*a **a '.repeat(2_500)}b${' a** a*'.repeat(2_500)}\n\n${'_'.repeat(10_000)}x${'_'.repeat(10_000)}\n\n${WRONG}`,
  'thousands of brackets': () => `${'['.repeat(10_000)}a${']'.repeat(10_000)}\n\n${'a]'.repeat(10_000)}\n\n${'[ (]('.repeat(5_000)}\n\n${WRONG}`,
  'impossible dates': () => 'The Putin–Kim pact was signed on 31 February 2024, entered into force on 2024-13-45 and was ratified on February 30, 2024.',
  '10,000 dates in one paragraph': () => `The Putin–Kim pact was signed on ${Array.from({ length: 10_000 }, (_, i) => `${(i % 28) + 1} June 2024`).join(', ')}.`,
  'a 10,000-character word': () => `${'a'.repeat(10_000)} ${WRONG} ${'Treaty'.repeat(1_700)}`,
};

describe('language server: every named hostile document', () => {
  let server: Harness;
  before(async () => {
    server = await startServer({ settings: { asOf: AS_OF } });
  });
  after(() => server.stop());

  for (const [name, make] of Object.entries(CASES)) {
    test(name, async () => {
      const text = make();
      const uri = `file:///robust/${encodeURIComponent(name)}.md`;
      const document = TextDocument.create(uri, 'markdown', 1, text);
      server.open(uri, text);
      const pulled = within(`${name}: pull`, BOUND_MS, server.pull(uri));
      const expected = expectedDiagnostics(text); // computed while the server works
      const diagnostics = await pulled;
      assert.deepEqual(summarize(diagnostics), expected);
      if (text.length > 2_000_000) assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['treaty.document-too-large', 3]]);
      // Every feature answers on the document, at its start, middle and end.
      const end = document.positionAt(text.length);
      const middle = document.positionAt(Math.floor(text.length / 2));
      for (const position of [{ line: 0, character: 0 }, middle, end]) {
        await within(`${name}: hover`, BOUND_MS, server.hover(uri, position.line, position.character));
        await within(`${name}: completion`, BOUND_MS, server.completion(uri, position.line, position.character));
        await within(`${name}: definition`, BOUND_MS, server.definition(uri, position.line, position.character));
      }
      const actions = await within(`${name}: code actions`, BOUND_MS, server.codeActions(uri, { start: { line: 0, character: 0 }, end }, diagnostics));
      assert.ok(Array.isArray(actions));
      await within(`${name}: symbols`, BOUND_MS, server.request('textDocument/documentSymbol', { textDocument: { uri } }));
      await within(`${name}: semantic tokens`, BOUND_MS, server.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
      server.close(uri);
      await assertAlive(server, 'file:///robust/unopened.md');
    });
  }

  test('the size limit setting: one information diagnostic instead of a check', async () => {
    const small = await startServer({ settings: { asOf: AS_OF, maxFileSize: 1_000 } });
    try {
      const uri = 'file:///robust/limit.md';
      const text = `${WRONG}\n\n`.repeat(40);
      small.open(uri, text);
      const diagnostics = await within('limit pull', BOUND_MS, small.pull(uri));
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'treaty.document-too-large');
      assert.equal(diagnostics[0].severity, 3);
      assert.match(messageOf(diagnostics[0]), /over the limit of 1000/);
      assert.deepEqual(summarize(diagnostics), expectedDiagnostics(text, 1_000));
      // Back under the limit: checked again.
      small.change(uri, 2, [{ text: WRONG }]);
      assert.deepEqual((await small.pull(uri)).map((d) => d.code), ['treaty.signed-date']);
    } finally {
      await small.stop();
    }
  });
});

describe('language server: cancelled, concurrent and out-of-order requests', () => {
  let server: Harness;
  before(async () => {
    server = await startServer({ settings: { asOf: AS_OF } });
  });
  after(() => server.stop());

  const isCancelled = (error: unknown) => error instanceof ResponseError && error.code === REQUEST_CANCELLED;

  test('cancelled requests are answered or cancelled, never left hanging', async () => {
    const uri = 'file:///robust/cancel.md';
    const text = `${WRONG}\n\n${BRIEF}`.repeat(40);
    server.open(uri, text);
    const outcomes: string[] = [];
    const requests: Promise<void>[] = [];
    const methods: [string, unknown][] = [
      ['textDocument/diagnostic', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 40 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 80 } }, context: { diagnostics: [] } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 10 } }],
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['treatyCheck/checkWorkspace', {}],
    ];
    for (let i = 0; i < 28; i++) {
      const [method, params] = methods[i % methods.length];
      const source = new CancellationTokenSource();
      requests.push(server.connection.sendRequest(method, params, source.token).then(
        () => void outcomes.push('answered'),
        (error: unknown) => {
          assert.ok(isCancelled(error), `${method}: ${String(error)}`);
          outcomes.push('cancelled');
        },
      ));
      // Cancel some at once, some after an edit, leave some alone.
      if (i % 3 === 0) source.cancel();
      else if (i % 3 === 1) {
        server.change(uri, i + 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
        source.cancel();
      }
    }
    await within('cancelled requests', BOUND_MS * 3, Promise.all(requests));
    assert.equal(outcomes.length, requests.length);
    await assertAlive(server, uri);
    assert.ok(outcomes.includes('answered'));
    server.close(uri);
  });

  test('concurrent requests interleaved with edits: each answer fits the text it names', async () => {
    const uri = 'file:///robust/concurrent.md';
    let document = TextDocument.create(uri, 'markdown', 1, `${WRONG}\n\n${BRIEF}`);
    server.open(uri, document.getText());
    const texts = new Map<number, string>([[1, document.getText()]]);
    const pending: Promise<unknown>[] = [];
    const actionResults: CodeAction[][] = [];
    for (let version = 2; version <= 60; version++) {
      // An edit at the top shifts every later range by one line.
      const change = version % 5 === 0
        ? { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }
        : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Line ${version} about the Putin–Kim pact, signed on July ${(version % 27) + 1}, 2024.\n` };
      document = TextDocument.update(document, [change], version);
      texts.set(version, document.getText());
      server.change(uri, version, [change]);
      const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
      pending.push(server.pull(uri));
      pending.push(server.hover(uri, 0, 20));
      pending.push(server.codeActions(uri, whole, []).then((actions) => void actionResults.push(actions)));
      pending.push(server.completion(uri, 1, 3));
      pending.push(server.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
    }
    await within('concurrent requests', BOUND_MS * 3, Promise.all(pending));
    // A quick fix names the version it was computed for, and its edit replaces the wrong
    // value in exactly that version's text.
    let checked = 0;
    for (const actions of actionResults) {
      for (const action of actions.filter((a) => a.isPreferred)) {
        const { edits, version } = editsOf(action.edit, uri);
        assert.ok(typeof version === 'number' && texts.has(version), `version ${version}`);
        const versionText = TextDocument.create(uri, 'markdown', version, texts.get(version)!);
        for (const e of edits) {
          const replaced = versionText.getText(e.range);
          assert.match(replaced, /^(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][\p{L} .'-]+|\d+)$/u, `edit for v${version} replaces "${replaced}"`);
          checked++;
        }
      }
    }
    assert.ok(checked > 10, `${checked} versioned edits checked`);
    assert.deepEqual(summarize(await server.pull(uri)), expectedDiagnostics(document.getText()));
    server.close(uri);
  });

  test('a code action computed for an old version carries that version, so the client refuses it', async () => {
    const uri = 'file:///robust/stale-action.md';
    const v1 = `# Brief\n\n${WRONG}\n`;
    server.open(uri, v1, 1);
    const [date] = (await server.pull(uri)).filter((d) => d.code === 'treaty.signed-date');
    assert.deepEqual(date.range, rangeOf(v1, 'July 19, 2024'));
    const stale = (await server.codeActions(uri, date.range, [date])).find((a) => a.isPreferred)!;
    const staleFixAll = (await server.codeActions(uri, date.range, [], ['source.fixAll.treatyCheck']))[0];
    assert.equal(editsOf(stale.edit, uri).version, 1);
    assert.equal(editsOf(staleFixAll.edit, uri).version, 1);

    // The document moves on: a paragraph is inserted above the claim.
    const inserted = 'An inserted paragraph.\n\n';
    server.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: inserted }]);
    const v2 = v1.replace(WRONG, `${inserted}${WRONG}`);
    // Applied blindly to version 2, the stale edit would write into the wrong place: the
    // version it names (1) is what makes the client refuse it.
    assert.notEqual(applyTextEdits(v2, editsOf(stale.edit, uri).edits), v2.replace('July 19, 2024', 'June 19, 2024'));
    const [current] = (await server.pull(uri)).filter((d) => d.code === 'treaty.signed-date');
    const fresh = (await server.codeActions(uri, current.range, [current])).find((a) => a.isPreferred)!;
    assert.equal(editsOf(fresh.edit, uri).version, 2);
    assert.equal(applyTextEdits(v2, editsOf(fresh.edit, uri).edits), v2.replace('July 19, 2024', 'June 19, 2024'));
    // Asking with the stale diagnostic (its range from version 1) never applies it to version 2's text blindly:
    // whatever comes back is computed for version 2.
    for (const action of await server.codeActions(uri, date.range, [date])) assert.equal(editsOf(action.edit, uri).version, 2);
    server.close(uri);
  });

  test('out-of-order and malformed requests get neutral answers', async () => {
    const uri = 'file:///robust/out-of-order.md';
    // Requests for a document that was never opened, or is already closed.
    assert.deepEqual(await server.pull('file:///robust/never-opened.md'), []);
    assert.equal(await server.hover('file:///robust/never-opened.md', 0, 0), null);
    server.open(uri, WRONG);
    server.close(uri);
    assert.equal(await server.hover(uri, 0, 5), null);
    assert.deepEqual(await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, []), []);
    // Positions far outside the document, and ranges that end before they start.
    server.open(uri, WRONG);
    const far = { line: 10_000, character: 10_000 };
    await within('far hover', BOUND_MS, server.hover(uri, far.line, far.character));
    await within('far completion', BOUND_MS, server.completion(uri, far.line, far.character));
    const backwards = await within('backwards range', BOUND_MS, server.codeActions(uri, { start: far, end: { line: 0, character: 0 } }, []));
    assert.ok(Array.isArray(backwards));
    // A diagnostic sent back with a range from another document.
    const foreign: Diagnostic = { range: { start: { line: 99, character: 0 }, end: { line: 99, character: 4 } }, message: 'x', code: 'treaty.signed-date', source: 'treaty-check' };
    await within('foreign diagnostic', BOUND_MS, server.codeActions(uri, foreign.range, [foreign]));
    // Malformed parameters: an error or a neutral answer, never a dead server.
    for (const [method, params] of [['textDocument/hover', {}], ['textDocument/diagnostic', { textDocument: {} }], ['textDocument/codeAction', { textDocument: { uri } }], ['treatyCheck/factCard', {}], ['treatyCheck/citation', { instrumentId: 42 }], ['treatyCheck/articleSummary', null]] as const) {
      await within(method, BOUND_MS, server.request(method, params).catch((error: unknown) => error));
    }
    // A change whose version goes backwards, and one with a range past the end.
    server.change(uri, 1, [{ range: { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } }, text: '\n\nThe Putin–Kim pact was signed on July 19, 2024.' }]);
    const report = await within('pull after odd changes', BOUND_MS, server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }));
    assert.equal(report.kind, 'full');
    await assertAlive(server, uri);
    const hover: Hover | null = await server.hover(uri, 0, 5);
    assert.ok(hover === null || typeof hover === 'object');
    server.close(uri);
  });
});

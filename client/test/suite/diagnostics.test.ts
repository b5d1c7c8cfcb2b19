import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, assertRange, codeOf, describeDiagnostics, hasCode, JAPAN_PRC_ID, only, openBrief, rangeOf,
  waitForDiagnostics, workspaceUri,
} from './util';

describe('diagnostics', () => {
  before(activateExtension);

  it('flags a wrong signing date as an error on the date alone, and leaves the distractor date clean', async () => {
    const uri = workspaceUri('signing.md');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const ds = await waiting;
    assert.equal(ds.length, 1, `signing.md should have exactly one finding:\n${describeDiagnostics(ds)}`);
    const d = only(ds, 'treaty.signed-date');
    assertRange(d.range, rangeOf(doc, 'July 19, 2024'), 'signed-date diagnostic');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'treaty-check');
    assert.match(d.message, /19 June 2024/, 'the message names the expected date');
    assert.match(d.message, /July 19, 2024/, 'the message names the wrong date');
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code carries a target (the source url)');
    assert.match(d.code.target.scheme, /^https?$/);
    const distractor = rangeOf(doc, 'A Russian military delegation, arriving on July 19, held talks in Pyongyang.');
    assert.ok(!ds.some((x) => x.range.intersection(distractor)), 'the delegation sentence must stay clean');
  });

  it('leaves a brief with only correct claims clean', async () => {
    const uri = workspaceUri('clean.md');
    // A clean result is an empty set, so wait for the first publication rather than for content.
    const waiting = waitForDiagnostics(uri, () => true, undefined, { requireEvent: true });
    await openBrief(uri);
    const ds = await waiting;
    assert.deepEqual(ds.map(codeOf), [], describeDiagnostics(ds));
  });

  it('places ranges right after Korean, Cyrillic, emoji, em dashes and curly quotes', async () => {
    const uri = workspaceUri('unicode.md');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const ds = await waiting;
    assert.equal(ds.length, 1, describeDiagnostics(ds));
    assertRange(only(ds, 'treaty.signed-date').range, rangeOf(doc, '18 June 2024'), 'signed-date diagnostic in unicode.md');
  });

  it('places ranges right in a CRLF brief', async () => {
    const uri = workspaceUri('crlf.md');
    const waiting = waitForDiagnostics(uri, (ds) => hasCode('treaty.signed-date')(ds) && hasCode('treaty.article-count')(ds));
    const doc = await openBrief(uri);
    assert.equal(doc.eol, vscode.EndOfLine.CRLF, 'the fixture lost its CR LF line endings');
    const ds = await waiting;
    assert.equal(ds.length, 2, describeDiagnostics(ds));
    assertRange(only(ds, 'treaty.signed-date').range, rangeOf(doc, '18 June 2024'), 'signed-date diagnostic in crlf.md');
    const count = only(ds, 'treaty.article-count');
    assert.match(doc.getText(count.range), /^25( articles)?$/, `article-count range covers "${doc.getText(count.range)}"`);
    assert.equal(count.range.start.line, rangeOf(doc, '25 articles').start.line);
    assert.match(count.message, /23/);
  });

  it('never reports a disputed value as an error', async () => {
    const uri = workspaceUri('disputed.md');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const ds = await waiting;
    const signedLine = rangeOf(doc, 'July 19, 2024').start.line;
    const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line !== signedLine);
    assert.deepEqual(errors.map(codeOf), [], `disputed claims got errors:\n${describeDiagnostics(errors)}`);
  });

  it('checks instruments from the workspace fact base', async () => {
    const uri = workspaceUri('japan-china.md');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const d = only(await waiting, 'treaty.signed-date');
    assertRange(d.range, rangeOf(doc, '12 September 1978'), `signed-date diagnostic for ${JAPAN_PRC_ID}`);
    assert.match(d.message, /12 August 1978/);
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri);
    assert.equal(d.code.target.toString(true), 'https://www.mofa.go.jp/region/asia-paci/china/treaty78.html');
  });
});

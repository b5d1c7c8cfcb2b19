import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, bundledInstrumentId, ClientState, describeDiagnostics, freshCopy, hasCode, openBrief,
  pollFor, rangeOf, RU_DPRK_TITLE, waitForClientState, waitForDiagnostics, waitForText, workspaceUri,
} from './util';

/** Opens a fresh copy of citation.md with the cursor after "Background: ". */
async function briefWithCursor(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; before: string; after: string }> {
  const uri = freshCopy('citation.md');
  const settled = waitForDiagnostics(uri, () => true, undefined, { requireEvent: true });
  const doc = await openBrief(uri);
  const editor = await vscode.window.showTextDocument(doc);
  await settled;
  const cursor = rangeOf(doc, 'Background: ').end;
  editor.selection = new vscode.Selection(cursor, cursor);
  const offset = doc.offsetAt(cursor);
  return { doc, editor, before: doc.getText().slice(0, offset), after: doc.getText().slice(offset) };
}

function inserted(text: string, before: string, after: string): string {
  assert.ok(text.startsWith(before) && text.endsWith(after) && text.length > before.length + after.length,
    `the command did not insert at the cursor:\n${text}`);
  return text.slice(before.length, text.length - after.length);
}

describe('commands', () => {
  before(activateExtension);

  it('treatyCheck.insertCitation { instrumentId } inserts a citation at the cursor that checks clean', async () => {
    const instrumentId = bundledInstrumentId(RU_DPRK_TITLE);
    const { doc, before, after } = await briefWithCursor();
    const recheck = waitForDiagnostics(doc.uri, () => true, undefined, { requireEvent: true });
    await vscode.commands.executeCommand('treatyCheck.insertCitation', { instrumentId });
    const text = await waitForText(doc, (t) => t !== before + after, 'the citation');
    const citation = inserted(text, before, after);
    for (const part of ['Treaty on Comprehensive Strategic Partnership', 'Pyongyang', '19 June 2024', '4 December 2024']) {
      assert.ok(citation.includes(part), `citation lacks "${part}": ${citation}`);
    }
    const ds = await recheck;
    assert.deepEqual(ds, [], `the inserted citation is flagged:\n${describeDiagnostics(ds)}`);
  });

  it('treatyCheck.insertArticleSummary { instrumentId, article } inserts the summary of that article', async () => {
    const instrumentId = bundledInstrumentId(RU_DPRK_TITLE);
    const { doc, before, after } = await briefWithCursor();
    await vscode.commands.executeCommand('treatyCheck.insertArticleSummary', { instrumentId, article: '4' });
    const summary = inserted(await waitForText(doc, (t) => t !== before + after, 'the article summary'), before, after);
    assert.match(summary, /Article 4/, summary);
    assert.match(summary, /military/i, summary);
  });

  it('treatyCheck.checkWorkspace reports briefs that are not open', async () => {
    const uri = workspaceUri('unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'unopened.md must not be open');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    await vscode.commands.executeCommand('treatyCheck.checkWorkspace');
    const ds = await waiting;
    assert.equal(ds.length, 1, describeDiagnostics(ds));
  });

  it('treatyCheck.restartServer brings the server back, with diagnostics', async () => {
    const uri = freshCopy('signing.md');
    const first = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    await openBrief(uri);
    await first;
    const previous = await activateExtension();
    const stopped = waitForClientState(previous.client, ClientState.Stopped);
    await vscode.commands.executeCommand('treatyCheck.restartServer');
    await stopped;
    // The restarted client may be a new object: take it from the API again.
    const api = await activateExtension();
    await waitForClientState(api.client, ClientState.Running);
    const back = await waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    assert.equal(back.length, 1, describeDiagnostics(back));
    const status = await pollFor(() => api.getStatus(), (s) => s.state !== 'starting', 'the status after restart');
    assert.equal(status.state, 'ok', JSON.stringify(status));
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LineCounter, parseDocument } from 'yaml';
import {
  activateExtension, describeDiagnostics, freshCopy, hasCode, isEmpty, JAPAN_PRC_ID, openBrief, pollFor,
  waitForDiagnostics, workspaceUri,
} from './util';

/** Where the YAML parser puts the first error of `text`, zero-based. */
function yamlErrorPosition(text: string): vscode.Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  assert.ok(doc.errors.length > 0, 'the broken fixture parses cleanly');
  const { line, col } = lineCounter.linePos(doc.errors[0].pos[0]);
  return new vscode.Position(line - 1, col - 1);
}

describe('workspace fact base', () => {
  before(activateExtension);

  it('reports a broken fact file at the error, keeps the last good base, and recovers', async () => {
    const api = await activateExtension();
    const factFile = workspaceUri(`facts/${JAPAN_PRC_ID}.yaml`);
    const good = fs.readFileSync(factFile.fsPath, 'utf8');
    const broken = good.replace('kind: treaty\n', 'kind: treaty: bilateral\n');
    assert.notEqual(broken, good);
    const expected = yamlErrorPosition(broken);

    const brief = freshCopy('japan-china.md');
    const first = waitForDiagnostics(brief, hasCode('treaty.signed-date'));
    const doc = await openBrief(brief);
    await first;

    try {
      const reported = waitForDiagnostics(factFile, (ds) => ds.length > 0);
      fs.writeFileSync(factFile.fsPath, broken);
      const ds = await reported;
      assert.equal(ds.length, 1, describeDiagnostics(ds));
      assert.ok(ds[0].range.start.isEqual(expected),
        `diagnostic at ${ds[0].range.start.line}:${ds[0].range.start.character}, the YAML error is at ${expected.line}:${expected.character}`);
      const status = await pollFor(() => api.getStatus(), (s) => s.state === 'factBaseErrors', 'getStatus().state factBaseErrors');
      assert.ok(status.instruments > 1, JSON.stringify(status));

      // The workspace instrument is still known: a new claim about it is still checked.
      const rechecked = waitForDiagnostics(brief, hasCode('treaty.entry-into-force'));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(brief, doc.positionAt(doc.getText().length), '\nThe Japan-China Treaty of Peace and Friendship entered into force on 23 November 1978.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await rechecked;
      assert.ok(hasCode('treaty.signed-date')(after), describeDiagnostics(after));
    } finally {
      const cleared = waitForDiagnostics(factFile, isEmpty);
      fs.writeFileSync(factFile.fsPath, good);
      await cleared;
    }
    const status = await pollFor(() => api.getStatus(), (s) => s.state === 'ok', 'getStatus().state ok after the repair');
    assert.equal(status.state, 'ok');
  });
});

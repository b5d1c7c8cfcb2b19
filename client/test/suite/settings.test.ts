import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, codeOf, describeDiagnostics, freshCopy, hasCode, isEmpty, only, openBrief, setSetting,
  waitForDiagnostics, workspaceUri,
} from './util';

describe('settings take effect without a reload', () => {
  before(activateExtension);
  afterEach(async () => {
    for (const key of ['enable', 'severity', 'run', 'asOf']) await setSetting('treatyCheck', key, undefined);
  });

  it('treatyCheck.enable: false clears the diagnostics, true brings them back', async () => {
    const uri = freshCopy('signing.md');
    const first = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    await openBrief(uri);
    await first;
    const cleared = waitForDiagnostics(uri, isEmpty);
    await setSetting('treatyCheck', 'enable', false);
    await cleared;
    const back = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    await setSetting('treatyCheck', 'enable', true);
    await back;
  });

  it('treatyCheck.severity maps a code to warning, and "off" hides it', async () => {
    const uri = freshCopy('signing.md');
    const first = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    await openBrief(uri);
    assert.equal(only(await first, 'treaty.signed-date').severity, vscode.DiagnosticSeverity.Error);

    const warning = waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'treaty.signed-date' && d.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('treatyCheck', 'severity', { 'treaty.signed-date': 'warning' });
    await warning;

    const off = waitForDiagnostics(uri, isEmpty);
    await setSetting('treatyCheck', 'severity', { 'treaty.signed-date': 'off' });
    await off;

    const error = waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'treaty.signed-date' && d.severity === vscode.DiagnosticSeverity.Error));
    await setSetting('treatyCheck', 'severity', undefined);
    await error;
  });

  it('treatyCheck.run: "onSave" checks an edit when it is saved', async () => {
    const uri = freshCopy('clean.md');
    const first = waitForDiagnostics(uri, () => true, undefined, { requireEvent: true });
    const doc = await openBrief(uri);
    assert.deepEqual(await first, []);
    await setSetting('treatyCheck', 'run', 'onSave');

    const seenBeforeSave: vscode.Diagnostic[][] = [];
    const recorder = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) seenBeforeSave.push(vscode.languages.getDiagnostics(uri));
    });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.positionAt(doc.getText().length), '\nThe Putin–Kim pact was signed on 18 June 2024.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // One request through the server, which handles the edit before it: if the edit were checked on
    // type, its diagnostics would usually be published by now.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, doc.positionAt(doc.getText().length - 10));
    recorder.dispose();
    assert.ok(!seenBeforeSave.some(hasCode('treaty.signed-date')), `checked before saving:\n${seenBeforeSave.map(describeDiagnostics).join('\n')}`);

    const checked = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    assert.ok(await doc.save());
    await checked;
  });

  it('treatyCheck.asOf moves the date status claims are judged at', async () => {
    // The 2000 treaty was superseded on 4 December 2024: "remains in force" is wrong today, right on 1 August 2024.
    const uri = workspaceUri('superseded.md');
    const flagged = waitForDiagnostics(uri, hasCode('treaty.status'));
    await openBrief(uri);
    const ds = await flagged;
    assert.equal(ds.length, 1, describeDiagnostics(ds));
    const cleared = waitForDiagnostics(uri, isEmpty);
    await setSetting('treatyCheck', 'asOf', '2024-08-01');
    await cleared;
    const back = waitForDiagnostics(uri, hasCode('treaty.status'));
    await setSetting('treatyCheck', 'asOf', undefined);
    await back;
  });

  it('treatyCheck.asOf: an "in force" claim dated before the entry into force is wrong', async () => {
    // In force since 4 December 2024: "is in force" is wrong on 1 August 2024.
    const uri = workspaceUri('status.md');
    const flagged = waitForDiagnostics(uri, hasCode('treaty.status'));
    await openBrief(uri);
    await setSetting('treatyCheck', 'asOf', '2024-08-01');
    const ds = await flagged;
    assert.equal(ds.length, 1, describeDiagnostics(ds));
    const cleared = waitForDiagnostics(uri, isEmpty);
    await setSetting('treatyCheck', 'asOf', undefined);
    await cleared;
  });
});

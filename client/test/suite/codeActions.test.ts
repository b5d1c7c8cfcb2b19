import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, AnyCodeAction, applyCodeAction, describeDiagnostics, freshCopy, fullRange, hasCode, isCodeAction,
  isEmpty, only, openBrief, readDisk, setSetting, waitForDiagnostics, waitForText,
} from './util';

const FIX_ALL = 'source.fixAll.treatyCheck';

function fixDateStyles(text: string): string {
  return text
    .replace('signed on 18 June 2024.', 'signed on 19 June 2024.')
    .replace('entered into force on November 4, 2024.', 'entered into force on December 4, 2024.')
    .replace('signed on 2024-06-18.', 'signed on 2024-06-19.');
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<AnyCodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (all ?? []).filter(isCodeAction);
}

/**
 * The quick fixes for `diagnostic`: those whose edit changes its range. (The actions that
 * vscode.executeCodeActionProvider returns do not carry their `diagnostics`.)
 */
async function treatyQuickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) &&
    (a.edit?.get(uri) ?? []).some((e) => e.range.intersection(diagnostic.range) !== undefined));
}

describe('code actions', () => {
  before(activateExtension);

  it('offers one preferred quick fix that writes the date in the author\'s style, and saving keeps it', async () => {
    const uri = freshCopy('signing.md');
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const diagnostic = only(await waiting, 'treaty.signed-date');

    const fixes = await treatyQuickFixes(uri, diagnostic);
    assert.equal(fixes.length, 1, `quick fixes: ${fixes.map((f) => f.title).join(' | ')}`);
    const [fix] = fixes;
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    assert.equal(fix.isPreferred, true);
    assert.match(fix.title, /June 19, 2024/);

    const cleared = waitForDiagnostics(uri, isEmpty);
    await applyCodeAction(fix);
    assert.ok(doc.getText().includes('was signed on June 19, 2024, in Pyongyang.'), doc.getText());
    assert.ok(doc.getText().includes('arriving on July 19, held talks'), 'the distractor date must be untouched');
    await cleared;

    assert.ok(await doc.save(), 'save failed');
    assert.equal(readDisk(uri), doc.getText());
  });

  it('fixes every claim with source.fixAll.treatyCheck, each in its own date style', async () => {
    const uri = freshCopy('date-styles.md');
    const original = readDisk(uri);
    const waiting = waitForDiagnostics(uri, (ds) => ds.length >= 3);
    const doc = await openBrief(uri);
    const ds = await waiting;
    assert.equal(ds.length, 3, describeDiagnostics(ds));

    const actions = (await codeActions(uri, fullRange(doc), FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
    assert.equal(actions.length, 1, `${FIX_ALL} actions: ${actions.map((a) => a.title).join(' | ')}`);
    const cleared = waitForDiagnostics(uri, isEmpty);
    await applyCodeAction(actions[0]);
    await waitForText(doc, (t) => t === fixDateStyles(original), 'the fixed text');
    await cleared;
  });

  it('fixes the active brief with the treatyCheck.fixAll command', async () => {
    const uri = freshCopy('date-styles.md');
    const original = readDisk(uri);
    const waiting = waitForDiagnostics(uri, (ds) => ds.length >= 3);
    const doc = await openBrief(uri);
    await waiting;
    await vscode.commands.executeCommand('treatyCheck.fixAll');
    assert.equal(await waitForText(doc, (t) => t === fixDateStyles(original), 'the fixed text'), fixDateStyles(original));
  });

  it('fixes on save with editor.codeActionsOnSave {"source.fixAll.treatyCheck": "explicit"}', async () => {
    await setSetting('editor', 'codeActionsOnSave', { [FIX_ALL]: 'explicit' }, 'markdown');
    try {
      const uri = freshCopy('date-styles.md');
      const original = readDisk(uri);
      const waiting = waitForDiagnostics(uri, (ds) => ds.length >= 3);
      const doc = await openBrief(uri);
      await waiting;
      // Saving a clean (unmodified) document is a no-op, so make it dirty first.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, doc.positionAt(doc.getText().length), '\nAdded before saving.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save(), 'save failed');
      assert.equal(readDisk(uri), fixDateStyles(original) + '\nAdded before saving.\n');
    } finally {
      await setSetting('editor', 'codeActionsOnSave', undefined, 'markdown');
    }
  });

  it('keeps CR LF line endings when fixing a CRLF brief', async () => {
    const uri = freshCopy('crlf.md');
    const original = readDisk(uri);
    const waiting = waitForDiagnostics(uri, (ds) => hasCode('treaty.signed-date')(ds) && hasCode('treaty.article-count')(ds));
    const doc = await openBrief(uri);
    await waiting;
    const actions = (await codeActions(uri, fullRange(doc), FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
    assert.equal(actions.length, 1);
    const cleared = waitForDiagnostics(uri, isEmpty);
    await applyCodeAction(actions[0]);
    await cleared;
    assert.ok(await doc.save());
    const saved = readDisk(uri);
    assert.equal(saved, original.replace('18 June 2024', '19 June 2024').replace('has 25 articles', 'has 23 articles'));
    assert.equal(saved.match(/\r\n/g)?.length, original.match(/\r\n/g)?.length);
    assert.ok(!/[^\r]\n/.test(saved), 'a bare LF crept in');
  });

  it('replaces exactly the wrong value after non-ASCII text', async () => {
    const uri = freshCopy('unicode.md');
    const original = readDisk(uri);
    const waiting = waitForDiagnostics(uri, hasCode('treaty.signed-date'));
    const doc = await openBrief(uri);
    const [fix] = await treatyQuickFixes(uri, only(await waiting, 'treaty.signed-date'));
    assert.ok(fix, 'no quick fix offered');
    await applyCodeAction(fix);
    assert.ok(await doc.save());
    assert.equal(readDisk(uri), original.replace('signed on 18 June 2024', 'signed on 19 June 2024'));
  });
});

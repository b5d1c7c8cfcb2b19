// The editor commands. Each takes optional arguments so tests and keybindings can skip
// the quick pick: insertCitation({instrumentId}), insertArticleSummary({instrumentId, article}).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CommandIds, FIX_ALL_KIND, Requests, type FactLocation, type InstrumentSummary } from '../../server/src/protocol.js';

async function pickInstrument(client: LanguageClient): Promise<string | undefined> {
  const instruments = await client.sendRequest<InstrumentSummary[]>(Requests.instruments);
  const picked = await vscode.window.showQuickPick(
    instruments.map((i) => ({ label: i.names[0] ?? i.title, description: i.signed, detail: i.title, id: i.id, alias: i.names.join(' · ') })).map((item) => ({ ...item, description: [item.description, item.alias].filter(Boolean).join(' — ') })),
    { placeHolder: 'Instrument (search by title or alias)', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.id;
}

async function insertText(text: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Treaty Check: open a brief to insert into.');
    return false;
  }
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient, restart: () => Promise<void>): void {
  const register = (id: string, handler: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, handler));

  register(CommandIds.insertCitation, async (args?: { instrumentId?: string }) => {
    const client = getClient();
    const id = args?.instrumentId ?? (await pickInstrument(client));
    if (!id) return false;
    const result = await client.sendRequest<{ text: string } | null>(Requests.citation, { instrumentId: id });
    return result ? insertText(result.text) : false;
  });

  register(CommandIds.insertArticleSummary, async (args?: { instrumentId?: string; article?: string }) => {
    const client = getClient();
    const id = args?.instrumentId ?? (await pickInstrument(client));
    if (!id) return false;
    let article = args?.article;
    if (!article) {
      const articles = await client.sendRequest<{ number: string; topic: string }[]>(Requests.articles, { instrumentId: id });
      if (articles.length === 0) {
        void vscode.window.showInformationMessage('Treaty Check: the fact base has no article summaries for this instrument.');
        return false;
      }
      article = (await vscode.window.showQuickPick(articles.map((a) => ({ label: `Article ${a.number}`, detail: a.topic, number: a.number }))))?.number;
    }
    if (!article) return false;
    const result = await client.sendRequest<{ text: string } | null>(Requests.articleSummary, { instrumentId: id, article });
    return result ? insertText(result.text) : false;
  });

  register(CommandIds.fixAll, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), FIX_ALL_KIND);
    const fixAll = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
    return fixAll?.edit ? vscode.workspace.applyEdit(fixAll.edit) : false;
  });

  register(CommandIds.showFactCard, async (args?: { instrumentId?: string }) => {
    const client = getClient();
    const id = args?.instrumentId ?? (await pickInstrument(client));
    if (!id) return;
    const card = await client.sendRequest<{ markdown: string } | null>(Requests.factCard, { instrumentId: id });
    if (!card) return;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: card.markdown });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri).then(undefined, () => vscode.window.showTextDocument(document));
  });

  register(CommandIds.openFactBase, async (args?: { instrumentId?: string }) => {
    const location = await getClient().sendRequest<FactLocation | null>(Requests.factLocation, { instrumentId: args?.instrumentId });
    if (!location) return;
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(location.uri));
    editor.revealRange(new vscode.Range(location.line, 0, location.line, 0), vscode.TextEditorRevealType.AtTop);
  });

  register(CommandIds.checkWorkspace, async () => {
    const result = await getClient().sendRequest<{ files: number; findings: number }>(Requests.checkWorkspace, {});
    void vscode.window.showInformationMessage(`Treaty Check: ${result.files} briefs checked, ${result.findings} findings.`);
    return result;
  });

  register(CommandIds.restartServer, restart);
}

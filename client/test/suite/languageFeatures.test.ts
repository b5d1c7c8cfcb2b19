import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension, extension, hoverText, JAPAN_PRC_ID, JAPAN_PRC_TITLE, normalizeDashes, openBrief, positionIn,
  RU_DPRK_TITLE, workspaceRoot, workspaceUri,
} from './util';

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position) ?? []);
}

async function definitionsAt(uri: vscode.Uri, position: vscode.Position): Promise<{ uri: vscode.Uri; range: vscode.Range }[]> {
  const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position) ?? [];
  return result.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetRange } : { uri: l.uri, range: l.range }));
}

describe('hover, completion, definition', () => {
  before(activateExtension);

  it('shows a fact card with the title in bold, the signing, entry into force and sources', async () => {
    const uri = workspaceUri('signing.md');
    const doc = await openBrief(uri);
    const cards = (await hoversAt(uri, positionIn(doc, 'Comprehensive Strategic Partnership', 3)))
      .map(normalizeDashes).filter((h) => h.includes(RU_DPRK_TITLE));
    assert.equal(cards.length, 1, `no single hover carries the title "${RU_DPRK_TITLE}"`);
    const [card] = cards;
    const firstLine = card.split('\n')[0];
    assert.ok(firstLine.includes(`**${RU_DPRK_TITLE}**`), `first line is not the bold title: ${firstLine}`);
    for (const label of ['Signed', 'Entry into force', 'Sources']) assert.match(card, new RegExp(label), `card lacks "${label}":\n${card}`);
    assert.match(card, /19 June 2024/);
    assert.match(card, /Pyongyang/);
    assert.match(card, /4 December 2024/);
    assert.match(card, /https?:\/\//, 'the card links its sources');
  });

  it('shows the fact card of a workspace instrument', async () => {
    const uri = workspaceUri('japan-china.md');
    const doc = await openBrief(uri);
    const cards = (await hoversAt(uri, positionIn(doc, 'Treaty of Peace and Friendship', 3))).map(normalizeDashes);
    const card = cards.find((h) => h.includes(JAPAN_PRC_TITLE));
    assert.ok(card, `no hover with "${JAPAN_PRC_TITLE}":\n${cards.join('\n---\n')}`);
    assert.match(card, /12 August 1978/);
    assert.match(card, /23 October 1978/);
  });

  it('completes an instrument alias from a prefix', async () => {
    const uri = workspaceUri('completion.md');
    const doc = await openBrief(uri);
    const position = positionIn(doc, 'the Putin–K', 'the Putin–K'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, undefined, 100);
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const describe = (i: vscode.CompletionItem) => [i.detail ?? '', typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? '',
      typeof i.label === 'string' ? '' : `${i.label.detail ?? ''} ${i.label.description ?? ''}`].join(' ');
    const hits = list.items.filter((i) => /putin-kim/i.test(normalizeDashes(label(i))));
    assert.ok(hits.length > 0, `no Putin–Kim item among ${list.items.length}: ${list.items.slice(0, 20).map(label).join(', ')}`);
    assert.ok(hits.some((i) => /Comprehensive Strategic Partnership/.test(describe(i))),
      `the item does not name the instrument: ${hits.map((i) => `${label(i)} / ${describe(i)}`).join(' | ')}`);
  });

  it('goes to the bundled fact file of an instrument', async () => {
    const uri = workspaceUri('signing.md');
    const doc = await openBrief(uri);
    const targets = await definitionsAt(uri, positionIn(doc, 'Comprehensive Strategic Partnership', 3));
    assert.equal(targets.length, 1, `definitions: ${targets.map((t) => t.uri.toString()).join(', ')}`);
    const file = targets[0].uri.fsPath;
    assert.ok(file.startsWith(path.join(extension().extensionPath, 'facts') + path.sep), `${file} is not in the bundled facts`);
    assert.match(file, /\.ya?ml$/);
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    assert.ok(lines.join('\n').includes(RU_DPRK_TITLE), `${file} is not the fact file of the 2024 treaty`);
    assert.ok(targets[0].range.start.line < lines.length);
  });

  it('goes to the workspace fact file of a workspace instrument', async () => {
    const uri = workspaceUri('japan-china.md');
    const doc = await openBrief(uri);
    const targets = await definitionsAt(uri, positionIn(doc, 'Treaty of Peace and Friendship', 3));
    assert.equal(targets.length, 1, `definitions: ${targets.map((t) => t.uri.toString()).join(', ')}`);
    assert.equal(targets[0].uri.fsPath, path.join(workspaceRoot(), 'facts', `${JAPAN_PRC_ID}.yaml`));
  });
});

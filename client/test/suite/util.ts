// Helpers for the extension-host suite. Every wait resolves on a VS Code event (diagnostics,
// configuration, document changes, client state); none of them sleeps. The one exception is
// `pollFor`, kept for `getStatus()`, which the extension's API exposes without a change event.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'treaty-check.treaty-check';
export const SOURCE = 'treaty-check';
export const RU_DPRK_TITLE = "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea";
export const JAPAN_PRC_ID = 'japan-prc-peace-friendship-treaty-1978';
export const JAPAN_PRC_TITLE = "Treaty of Peace and Friendship between Japan and the People's Republic of China";
const DEFAULT_WAIT_MS = 15_000;

/** vscode-languageclient's `State` enum; the suite does not bundle the client library. */
export const ClientState = { Stopped: 1, Running: 2, Starting: 3 } as const;

export interface TreatyStatus {
  state: 'ok' | 'factBaseErrors' | 'stopped' | 'starting';
  text: string;
  instruments: number;
}

export interface LanguageClientLike {
  readonly state: number;
  readonly onDidChangeState: vscode.Event<{ oldState: number; newState: number }>;
}

export interface TreatyApi {
  client: LanguageClientLike;
  getStatus(): TreatyStatus;
}

export function extension(): vscode.Extension<TreatyApi> {
  const ext = vscode.extensions.getExtension<TreatyApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** Activates the extension (a no-op when it already is) and waits for a running client. */
export async function activateExtension(): Promise<TreatyApi> {
  const api = await extension().activate();
  assert.ok(api && typeof api === 'object', 'activate() must return an object');
  assert.ok(api.client, 'activate() must return { client }');
  assert.equal(typeof api.getStatus, 'function', 'activate() must return { getStatus() }');
  await waitForClientState(api.client, ClientState.Running);
  return api;
}

export function waitForClientState(client: LanguageClientLike, state: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  if (client.state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`language client did not reach state ${state} within ${timeoutMs} ms (state ${client.state})`));
    }, timeoutMs);
    const sub = client.onDidChangeState((e) => {
      if (e.newState === state) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// Workspace and documents

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open (client/test/workspace copy)');
  const expected = process.env.TREATY_TEST_WORKSPACE;
  if (expected) assert.equal(folder.uri.fsPath, expected, 'the open folder is not the workspace the runner prepared');
  return folder.uri.fsPath;
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), relative));
}

let copies = 0;
/**
 * Copies a fixture brief to a new name in the workspace, so that a test that edits or saves
 * it never changes what another test reads. `edit` may change the text on the way.
 */
export function freshCopy(name: string, edit: (text: string) => string = (t) => t): vscode.Uri {
  const source = path.join(workspaceRoot(), name);
  const target = path.join(workspaceRoot(), `tmp-${process.pid}-${++copies}-${name}`);
  fs.writeFileSync(target, edit(fs.readFileSync(source, 'utf8')));
  return vscode.Uri.file(target);
}

export function readDisk(uri: vscode.Uri): string {
  return fs.readFileSync(uri.fsPath, 'utf8');
}

/**
 * Opens a brief in an editor tab, as a user would. The client pulls diagnostics only for
 * documents shown in tabs (vscode-languageclient's pull model), so a document that is merely
 * opened gets none. `preview: false` keeps every brief in its own tab.
 */
export async function openBrief(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  assert.equal(doc.languageId, 'markdown', `${uri.fsPath} should open as Markdown`);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The range of the `occurrence`-th (0-based) match of `needle`; fails when it is absent. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${doc.uri.fsPath}`);
  }
  return new vscode.Range(doc.positionAt(index), doc.positionAt(index + needle.length));
}

/** A position `into` UTF-16 units inside the first match of `needle`. */
export function positionIn(doc: vscode.TextDocument, needle: string, into = 1): vscode.Position {
  const start = rangeOf(doc, needle).start;
  return doc.positionAt(doc.offsetAt(start) + into);
}

export function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.positionAt(doc.getText().length));
}

// ---------------------------------------------------------------------------------------
// Diagnostics

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Markers on verified claims (`treaty.consistent`) are not findings; the suite ignores them. */
const NOT_FINDINGS = new Set(['treaty.consistent']);

/** The document's treaty-check findings. */
export function treatyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && !NOT_FINDINGS.has(codeOf(d) ?? ''));
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => `  ${d.source ?? '?'} ${codeOf(d) ?? '?'} ${vscode.DiagnosticSeverity[d.severity]} ` +
      `[${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}] ${d.message}`)
    .join('\n');
}

export interface WaitOptions {
  /** Ignore the diagnostics present now and resolve only on a later change event. */
  requireEvent?: boolean;
}

/**
 * Resolves with the document's treaty-check diagnostics once `predicate` holds for them.
 * It checks the current diagnostics once (unless `requireEvent`), then re-checks on every
 * `languages.onDidChangeDiagnostics` event for `uri`. Create the promise before the action
 * that should produce the change, then await it.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_WAIT_MS,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    if (!options.requireEvent) {
      const now = treatyDiagnostics(uri);
      if (predicate(now)) return resolve(now);
    }
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${path.basename(uri.fsPath)} did not reach the expected state within ${timeoutMs} ms; ` +
        `they are now:\n${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = treatyDiagnostics(uri);
      if (predicate(ds)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(ds);
      }
    });
  });
}

export const hasCode = (code: string, count = 1) => (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === code).length >= count;
export const isEmpty = (ds: vscode.Diagnostic[]) => ds.length === 0;

export function only(ds: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const matching = ds.filter((d) => codeOf(d) === code);
  assert.equal(matching.length, 1, `expected exactly one ${code} diagnostic, got:\n${describeDiagnostics(ds)}`);
  return matching[0];
}

export function assertRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  const show = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  assert.ok(actual.isEqual(expected), `${what}: range ${show(actual)}, expected ${show(expected)}`);
}

// ---------------------------------------------------------------------------------------
// Events, configuration, text

/** Resolves with the first event that satisfies `check`; fails after `timeoutMs`. */
export function waitForEvent<T>(event: vscode.Event<T>, check: (e: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (check(e)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e);
      }
    });
  });
}

/** Waits until the document's text satisfies `check`, re-checking on each change of it. */
export async function waitForText(doc: vscode.TextDocument, check: (text: string) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<string> {
  if (check(doc.getText())) return doc.getText();
  await waitForEvent(vscode.workspace.onDidChangeTextDocument,
    (e) => e.document.uri.toString() === doc.uri.toString() && check(e.document.getText()), what, timeoutMs);
  return doc.getText();
}

/**
 * Writes a workspace setting and resolves once the extension host has seen the change
 * (the language client forwards the same event to the server before any later request).
 * `value: undefined` removes it.
 */
export async function setSetting(section: string, key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  const config = vscode.workspace.getConfiguration(section, scope);
  const current = config.inspect(key);
  const currentValue = languageId ? current?.workspaceLanguageValue : current?.workspaceValue;
  if (JSON.stringify(currentValue) === JSON.stringify(value)) return;
  const changed = waitForEvent(vscode.workspace.onDidChangeConfiguration,
    (e) => e.affectsConfiguration(`${section}.${key}`), `the ${section}.${key} configuration change`);
  await config.update(key, value, vscode.ConfigurationTarget.Workspace, languageId !== undefined);
  await changed;
}

/**
 * Re-reads `check()` every 50 ms until it holds. Only for `getStatus()`, which has no change
 * event in the extension's API; everything else waits on events.
 */
export async function pollFor<T>(read: () => T, check: (v: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function hoverText(hovers: readonly vscode.Hover[]): string[] {
  return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

export function normalizeDashes(s: string): string {
  return s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'");
}

/** The id of a bundled instrument: the base name of the file in `<extension>/facts/instruments/` with that title. */
export function bundledInstrumentId(title: string): string {
  const dir = path.join(extension().extensionPath, 'facts', 'instruments');
  assert.ok(fs.existsSync(dir), `bundled fact directory ${dir} is missing`);
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const hit = files.find((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(title));
  assert.ok(hit, `no file in ${dir} has the title "${title}"`);
  return hit.replace(/\.ya?ml$/, '');
}

export type AnyCodeAction = vscode.CodeAction | vscode.Command;
export function isCodeAction(a: AnyCodeAction): a is vscode.CodeAction {
  return !(typeof (a as vscode.Command).command === 'string');
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

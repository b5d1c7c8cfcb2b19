// A typed LSP client for tests: spawns the bundled server over stdio and speaks the real
// protocol. Waits are on messages, never on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type PublishDiagnosticsParams,
  type CodeAction, type Hover, type CompletionItem, type Location, type Range, type TextEdit, type WorkspaceEdit,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Harness {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  settings: Record<string, unknown>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: { range?: Range; text: string }[]): void;
  close(uri: string): void;
  pull(uri: string): Promise<Diagnostic[]>;
  nextPush(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  nextRefresh(): Promise<void>;
  nextStatus(predicate?: (s: { state: string; instruments: number }) => boolean): Promise<{ state: string; instruments: number; errors: number }>;
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  hover(uri: string, line: number, character: number): Promise<Hover | null>;
  completion(uri: string, line: number, character: number): Promise<CompletionItem[]>;
  definition(uri: string, line: number, character: number): Promise<Location | null>;
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

export const uriOf = (path: string) => pathToFileURL(path).toString();

export interface StartOptions {
  rootPath?: string;
  pull?: boolean;
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Flags for node itself, before the script. */
  nodeArgs?: string[];
  /** Arguments after `--stdio`, as the client passes them. */
  args?: string[];
}

export async function startServer(options: StartOptions = {}): Promise<Harness> {
  const argv = [...(options.nodeArgs ?? []), join(repoRoot, 'dist', 'server.js'), '--stdio', ...(options.args ?? [])];
  const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const settings: Record<string, unknown> = { ...(options.settings ?? {}) };
  const pushes: PublishDiagnosticsParams[] = [];
  const pushWaiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const refreshWaiters: (() => void)[] = [];
  const statuses: { state: string; instruments: number; errors: number }[] = [];
  const statusWaiters: { predicate: (s: { state: string; instruments: number }) => boolean; resolve: (s: { state: string; instruments: number; errors: number }) => void }[] = [];

  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshWaiters.splice(0).forEach((r) => r());
    return null;
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushes.push(p);
    for (const w of [...pushWaiters]) {
      if (w.uri === p.uri && w.predicate(p)) {
        pushWaiters.splice(pushWaiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification('treatyCheck/status', (s: { state: string; instruments: number; errors: number }) => {
    statuses.push(s);
    for (const w of [...statusWaiters]) if (w.predicate(s)) {
      statusWaiters.splice(statusWaiters.indexOf(w), 1);
      w.resolve(s);
    }
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();

  const capabilities: ClientCapabilities = {
    workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: {
      ...(options.pull === false ? {} : { diagnostic: { dynamicRegistration: false } }),
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    },
    window: { workDoneProgress: true },
  };
  const rootUri = options.rootPath ? uriOf(options.rootPath) : null;
  const initialize = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri, capabilities, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null, initializationOptions: options.initializationOptions });
  const firstStatus = new Promise<void>((resolve) => statusWaiters.push({ predicate: () => true, resolve: () => resolve() }));
  await connection.sendNotification('initialized', {});
  await firstStatus;

  const h: Harness = {
    connection,
    process: child,
    initialize,
    settings,
    open: (uri, text, version = 1) => void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } }),
    change: (uri, version, changes) => void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes }),
    close: (uri) => void connection.sendNotification('textDocument/didClose', { textDocument: { uri } }),
    pull: async (uri) => {
      const report = await connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      return report.kind === 'full' ? report.items : [];
    },
    nextPush: (uri, predicate = () => true) => {
      const seen = pushes.find((p) => p.uri === uri && predicate(p));
      if (seen) {
        pushes.splice(pushes.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve) => pushWaiters.push({ uri, predicate, resolve }));
    },
    nextRefresh: () => new Promise((resolve) => refreshWaiters.push(resolve)),
    nextStatus: (predicate = () => true) => new Promise((resolve) => statusWaiters.push({ predicate, resolve })),
    codeActions: (uri, range, diagnostics, only) => connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }),
    hover: (uri, line, character) => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }),
    completion: async (uri, line, character) => {
      const result = await connection.sendRequest<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      return Array.isArray(result) ? result : result.items;
    },
    definition: (uri, line, character) => connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character } }),
    request: (method, params) => connection.sendRequest(method, params),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
  return h;
}

/** Applies LSP text edits to a text (edits may come in any order; they must not overlap). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = lineStarts(text);
  const offset = (p: { line: number; character: number }) => lines[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

export function editsOf(edit: WorkspaceEdit | undefined, uri: string): { edits: TextEdit[]; version?: number | null } {
  const change = edit?.documentChanges?.find((c) => 'textDocument' in c && c.textDocument.uri === uri) as { textDocument: { version: number | null }; edits: TextEdit[] } | undefined;
  if (change) return { edits: change.edits, version: change.textDocument.version };
  return { edits: edit?.changes?.[uri] ?? [] };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

/** LSP position of the n-th occurrence of `needle`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= at) line++;
  return { line, character: at - starts[line] };
}

export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  const start = positionOf(text, needle, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

// The VS Code client: starts the language server, registers the commands and shows the
// status. activate() returns the client for tests.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Notifications, type StatusParams } from '../../server/src/protocol.js';
import { registerCommands } from './commands.js';
import { StatusBar, type StatusSnapshot } from './statusBar.js';

export interface TreatyCheckApi {
  client: LanguageClient;
  getStatus(): StatusSnapshot;
}

const MAX_RESTARTS = 4;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TreatyCheckApi> {
  const status = new StatusBar();
  context.subscriptions.push(status);
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The server starts from a V8 code cache kept in the extension's storage: VS Code's V8 is
  // not the Node that built the one in dist/, so the server writes its own there once.
  const codeCache = `--code-cache-dir=${vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath}`;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, args: [codeCache] },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  let crashes = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: {
      configurationSection: 'treatyCheck',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
    // The server keeps parsed workspace fact files there, so a large fact base starts fast.
    initializationOptions: { trusted: vscode.workspace.isTrusted, cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        crashes++;
        if (crashes <= MAX_RESTARTS) {
          status.set('restarting', `server stopped; restarting (${crashes}/${MAX_RESTARTS})`);
          return { action: CloseAction.Restart };
        }
        status.set('stopped', 'server stopped; click to restart');
        return { action: CloseAction.DoNotRestart };
      },
    },
  };
  client = new LanguageClient('treatyCheck', 'Treaty Check', serverOptions, clientOptions);
  context.subscriptions.push(client.onNotification(Notifications.status, (params: StatusParams) => status.fromServer(params)));
  context.subscriptions.push(client.onDidChangeState((e) => {
    if (e.newState === State.Stopped && status.current.state !== 'restarting') status.set('stopped', 'server stopped; click to restart');
  }));
  registerCommands(context, () => client!, async () => {
    crashes = 0;
    status.set('starting', 'restarting');
    await client!.restart();
  });
  try {
    await client.start();
  } catch (error) {
    status.set('stopped', 'server failed to start');
    void vscode.window.showErrorMessage(`Treaty Check could not start its language server: ${(error as Error).message}`);
  }
  return { client, getStatus: () => status.current };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

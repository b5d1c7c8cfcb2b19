// Drives the bundled language server (`node dist/server.js --stdio`) over the real
// protocol: initialize without pull diagnostics so the server pushes
// textDocument/publishDiagnostics with the document version, answer
// workspace/configuration with the settings under test, and wait for diagnostics of a
// given version. Every wait is bounded; stop() kills the process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = lsp;

const children = new Set();
/** Kills every server still running (called on exit and on errors). */
export function killAllServers() {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

// Extra node flags for the server, e.g. TREATY_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p".
const NODE_ARGS = (process.env.TREATY_BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

export function startServer({ serverPath, cwd, settings = {}, timeoutMs = 60_000 }) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...NODE_ARGS, serverPath, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let exited;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    children.delete(child);
    exited = { code, signal };
    resolve(exited);
  }));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onRequest(() => null);
  connection.onNotification(() => {});
  connection.onError(() => {});
  // The server logs handler failures (runSafe) as window/logMessage errors: keep the last
  // few to explain a wait that times out.
  const logged = [];
  connection.onNotification('window/logMessage', (params) => {
    if (params.type <= 2) logged.push(params.message.slice(0, 2000));
    if (logged.length > 5) logged.shift();
  });

  const diagnosticWaiters = new Set();
  const statusWaiters = new Set();
  const diagnosticsSeen = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const at = performance.now();
    diagnosticsSeen.set(params.uri, { version: params.version, count: params.diagnostics.length, at });
    for (const w of [...diagnosticWaiters]) {
      if (w.uri === params.uri && (w.version === undefined || params.version === w.version)) {
        diagnosticWaiters.delete(w);
        w.resolve({ at, count: params.diagnostics.length, version: params.version });
      }
    }
  });
  connection.onNotification('treatyCheck/status', (params) => {
    const at = performance.now();
    for (const w of [...statusWaiters]) {
      statusWaiters.delete(w);
      w.resolve({ at, ...params });
    }
  });
  connection.listen();

  const explain = () => `${stderr ? `\nserver stderr:\n${stderr}` : ''}${logged.length ? `\nserver log:\n${logged.join('\n')}` : ''}`;
  const bounded = (promise, what, ms = timeoutMs) => {
    let timer;
    return Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`server: timed out after ${ms} ms waiting for ${what}${explain()}`)), ms);
      }),
      exit.then((e) => Promise.reject(new Error(`server exited (${e.code ?? e.signal}) while waiting for ${what}${explain()}`))),
    ]).finally(() => clearTimeout(timer));
  };

  const documents = new Map();
  return {
    pid: child.pid,
    spawnedAt,
    /** `initializationOptions` as the VS Code client sends them (its storage folder as `cacheDir`). */
    async initialize(rootDir, initializationOptions) {
      const rootUri = rootDir ? pathToFileURL(rootDir).toString() : null;
      const result = await bounded(connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        initializationOptions,
        workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
          // No textDocument.diagnostic: the server pushes diagnostics.
          textDocument: { synchronization: { didSave: true }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
        },
      }), 'initialize');
      const at = performance.now();
      await connection.sendNotification('initialized', {});
      return { at, result };
    },
    /** Resolves at the next treatyCheck/status notification (sent after each fact-base load). */
    nextStatus(ms) {
      return bounded(new Promise((resolve) => statusWaiters.add({ resolve })), 'treatyCheck/status', ms);
    },
    open(uri, text) {
      documents.set(uri, { version: 1 });
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    },
    /** Sends one incremental change; returns its version. */
    change(uri, range, text) {
      const doc = documents.get(uri);
      doc.version++;
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text }] });
      return doc.version;
    },
    diagnostics(uri, version, ms) {
      return bounded(new Promise((resolve) => diagnosticWaiters.add({ uri, version, resolve })), `diagnostics of ${uri}${version === undefined ? '' : ` v${version}`}`, ms);
    },
    lastDiagnostics: (uri) => diagnosticsSeen.get(uri),
    rssMb() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : NaN;
      } catch {
        return NaN;
      }
    },
    async stop() {
      if (exited) return;
      try {
        await bounded(connection.sendRequest('shutdown'), 'shutdown', 2000);
        void connection.sendNotification('exit');
        await bounded(exit, 'exit', 2000);
      } catch {
        // fall through to the kill
      } finally {
        connection.dispose();
        if (!exited) child.kill('SIGKILL');
        await exit;
      }
    },
  };
}

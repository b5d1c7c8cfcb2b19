// Builds dist/serverBundle-<hash>.cache, the V8 code cache the server starts from under
// Node (see host/src/codeCache.ts): starts the built server over stdio with dist/ as its
// cache folder, has it check every sample brief, and stops it; the server writes the cache
// as it exits, holding everything the checks compiled.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = lsp;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cachesNow = () => readdirSync(dist).filter((f) => f.startsWith('serverBundle-') && f.endsWith('.cache'));

const child = spawn(process.execPath, [join(dist, 'server.js'), '--stdio', `--code-cache-dir=${dist}`], { stdio: ['pipe', 'pipe', 'inherit'] });
const failed = (message) => {
  console.error(`buildCodeCache: ${message}`);
  child.kill('SIGKILL');
  process.exit(1);
};
const timer = setTimeout(() => failed('the server did not finish in 60 s'), 60_000);
const exited = new Promise((resolve) => child.once('exit', resolve));
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ debounceMs: 0 })));
connection.onRequest(() => null);
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => waiting.get(params.uri)?.());
connection.onNotification(() => {});
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
connection.sendNotification('initialized', {});
const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.md')).sort();
for (const name of samples) {
  const uri = pathToFileURL(join(root, 'samples', name)).toString();
  const checked = new Promise((resolve) => waiting.set(uri, resolve));
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(root, 'samples', name), 'utf8') } });
  await checked;
}
await connection.sendRequest('shutdown');
connection.sendNotification('exit');
const code = await exited;
clearTimeout(timer);
if (code !== 0) failed(`the server exited with ${code}`);
const caches = cachesNow();
if (caches.length !== 1) failed(`expected one cache in dist/, found ${caches.length}`);
console.log(`buildCodeCache: dist/${caches[0]} (${samples.length} samples checked)`);

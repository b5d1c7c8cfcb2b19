// Measurements through the real server: start-up (spawn → initialize answered, spawn →
// first diagnostics), and editing (didChange → publishDiagnostics of that version).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from './lspServer.mjs';
import { summarize } from './stats.mjs';

const SETTINGS = { debounceMs: 0 };

/** Spawn → initialize answered, spawn → first diagnostics of `text`, `runs` times. */
export async function measureStart({ serverPath, workspace, text, runs, timeoutMs }) {
  const initialize = [];
  const firstDiagnostics = [];
  let rss = NaN;
  const path = join(workspace, 'brief-1k.md');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).toString();
  for (let i = 0; i < runs; i++) {
    const server = startServer({ serverPath, cwd: workspace, settings: SETTINGS, timeoutMs });
    try {
      const waiting = server.diagnostics(uri, undefined);
      const { at } = await server.initialize(workspace);
      initialize.push(at - server.spawnedAt);
      await server.open(uri, text);
      const diag = await waiting;
      firstDiagnostics.push(diag.at - server.spawnedAt);
      rss = server.rssMb();
    } finally {
      await server.stop();
    }
  }
  return { initialize: summarize(initialize), firstDiagnostics: summarize(firstDiagnostics), rssMb: rss };
}

/** A random single-character edit (insert a letter, space or digit, or delete one). */
function randomEdit(rng, text) {
  const safe = (i) => i <= 0 || i >= text.length || !(/[\uDC00-\uDFFF]/.test(text[i]));
  for (;;) {
    const offset = rng.int(0, text.length - 1);
    if (!safe(offset) || !safe(offset + 1)) continue;
    if (rng.chance(0.5)) return { start: offset, end: offset, text: rng.pick('abcdefghijklmnopqrstuvwxyz e0123456789,'.split('')) };
    if (text[offset] === '\n' && rng.chance(0.8)) continue;
    return { start: offset, end: offset + 1, text: '' };
  }
}

/**
 * Opens `text` in a server whose workspace is `workspace` and times `edits` random
 * single-character edits, each from didChange to the diagnostics of its version.
 */
export async function measureEditing({ serverPath, workspace, cacheDir, text, rng, edits, warmupEdits, timeoutMs, loadTimeoutMs, quick }) {
  // The client gives the server a storage folder for its parse cache; the first start in a
  // workspace parses every fact file and fills it, every later start reads it. Measure a
  // later start, as an analyst opening the editor again meets it, and report the first.
  const options = { trusted: true, cacheDir };
  const firstReady = await timeFirstStart({ serverPath, workspace, options, timeoutMs, loadTimeoutMs });
  const server = startServer({ serverPath, cwd: workspace, settings: SETTINGS, timeoutMs });
  try {
    // onInitialize loads the fact base; initialized reloads it and then sends a status.
    const ready = server.nextStatus(loadTimeoutMs);
    const init = await server.initialize(workspace, options);
    const status = await ready;
    const path = join(workspace, 'brief-10k.md');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    let doc = TextDocument.create(uri, 'markdown', 1, text);
    const openedAt = performance.now();
    const first = server.diagnostics(uri, 1);
    await server.open(uri, text);
    const opened = await first;
    const times = [];
    for (let i = 0; i < warmupEdits + edits; i++) {
      const edit = randomEdit(rng, doc.getText());
      const range = { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) };
      doc = TextDocument.update(doc, [{ range, text: edit.text }], doc.version + 1);
      const start = performance.now();
      const waiting = server.diagnostics(uri, doc.version);
      const version = server.change(uri, range, edit.text);
      if (version !== doc.version) throw new Error('editing: version mismatch');
      const { at } = await waiting;
      if (i >= warmupEdits) times.push(at - start);
    }
    return {
      firstReadyMs: firstReady,
      initializeMs: init.at - server.spawnedAt,
      readyMs: status.at - server.spawnedAt,
      instruments: status.instruments,
      factBaseErrors: status.errors,
      openMs: opened.at - openedAt,
      diagnostics: opened.count,
      edit: summarize(times),
      rssMb: server.rssMb(),
      rssIdleMb: quick ? undefined : await settledRss(server),
    };
  } finally {
    await server.stop();
  }
}

/** Spawn → fact base ready for a server started in `workspace` with an empty cache folder. */
async function timeFirstStart({ serverPath, workspace, options, timeoutMs, loadTimeoutMs }) {
  const server = startServer({ serverPath, cwd: workspace, settings: SETTINGS, timeoutMs });
  try {
    const ready = server.nextStatus(loadTimeoutMs);
    await server.initialize(workspace, options);
    const status = await ready;
    return status.at - server.spawnedAt;
  } finally {
    await server.stop();
  }
}

/**
 * The server's lowest RSS over 40 s of idleness: V8 gives memory back to the system only
 * when its memory reducer runs, some twenty seconds into idleness.
 */
async function settledRss(server) {
  let lowest = server.rssMb();
  for (let second = 0; second < 40; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    lowest = Math.min(lowest, server.rssMb());
  }
  return lowest;
}

// Shared by the server robustness and fuzz suites: hang guards on requests, the fresh core
// check a server's diagnostics must equal, and a liveness probe.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol/node';
import { createChecker, type Checker } from '../../core/src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';
import { repoRoot, type Harness } from './harness.js';

/** The date the server judges status claims at in these suites (its `treatyCheck.asOf`). */
export const AS_OF = '2026-11-24';
export const MAX_FILE_SIZE = 2_000_000;

/** Fails when `promise` does not settle within `ms` (a hang guard, never a sleep). */
export async function within<T>(label: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let facts: Checker['facts'] | undefined;
/** A checker with an empty block cache over the same fact base the server loads. */
export function freshChecker(): Checker {
  facts ??= loadFactBase({ defaultDir: join(repoRoot, 'facts'), extraDirs: [] }).factBase;
  return createChecker(facts, () => AS_OF);
}

export interface DiagnosticSummary {
  code: string;
  range: Range;
  message: string;
}

export const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
export const summarize = (diagnostics: Diagnostic[]): DiagnosticSummary[] => diagnostics.map((d) => ({ code: String(d.code), range: d.range, message: messageOf(d) }));

/** What the server must report for `text`: a fresh core check, converted to LSP ranges. */
export function expectedDiagnostics(text: string, maxLength = MAX_FILE_SIZE): DiagnosticSummary[] {
  if (text.length <= maxLength && text.includes('\u0000')) {
    return [{ code: 'treaty.document-too-large', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'Treaty Check skipped this document: it contains binary data (NUL bytes).' }];
  }
  const document = TextDocument.create('file:///expected.md', 'markdown', 1, text);
  return freshChecker().check(text, { asOf: AS_OF, maxLength }).findings.map((f) => ({
    code: f.code,
    range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
    message: f.message,
  }));
}

/** The server process is running and answers a request on an open document. */
export async function assertAlive(server: Harness, uri: string): Promise<void> {
  assert.equal(server.process.exitCode, null, 'the server process is running');
  assert.equal(server.process.signalCode, null, 'the server process was not killed');
  const diagnostics = await within('liveness pull', 20_000, server.pull(uri));
  assert.ok(Array.isArray(diagnostics));
}

// The language server: wires documents, settings, the fact base and the features to one
// connection. Every handler is crash-proof (runSafe) and reads cached check results.
import { createHash } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CancellationToken, CodeActionKind, DocumentDiagnosticReportKind, TextDocumentSyncKind, TextDocuments,
  type ClientCapabilities, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalArticleNumber, renderArticleSummary, renderCitation } from '../../core/src/index.js';
import { provideCodeActions } from './codeActions.js';
import { DocumentChecks } from './documentChecks.js';
import { FactBaseService } from './factBaseService.js';
import { factCardFor, provideCompletion, provideDefinition, provideDocumentSymbols, provideHover, provideSemanticTokens, SEMANTIC_LEGEND } from './features.js';
import { FIX_ALL_KIND, Requests, type ArticleSummaryParams, type CitationParams, type InstrumentSummary } from './protocol.js';
import { runSafe } from './runSafe.js';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.js';
import { checkWorkspace } from './workspaceCheck.js';

export interface ServerRuntime {
  defaultFactsDir?: string;
  defaultCompiled?: string;
  today?: () => string;
}

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  const today = runtime.today ?? (() => new Date().toISOString().slice(0, 10));
  let capabilities: ClientCapabilities = {};
  let service: FactBaseService;
  const settingsCache = new Map<string, Promise<Settings>>();
  const checks = new DocumentChecks(() => service, () => Boolean(capabilities.textDocument?.publishDiagnostics?.relatedInformation));
  const savedVersions = new Map<string, number>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  const pull = () => Boolean(capabilities.textDocument?.diagnostic);
  const versioned = () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);

  const getSettings = (uri?: string): Promise<Settings> => {
    if (!capabilities.workspace?.configuration) return Promise.resolve(DEFAULT_SETTINGS);
    const key = uri ?? '';
    let settings = settingsCache.get(key);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'treatyCheck' }).then(parseSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(key, settings);
    }
    return settings;
  };

  const isBrief = (document: TextDocument) => document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);

  const refreshAll = () => {
    checks.invalidate();
    if (pull()) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedulePush(d, 0);
  };

  const reloadFacts = async () => {
    const settings = await getSettings(service.root ? `file://${service.root}` : undefined);
    service.reload(settings);
    service.sendStatus();
    refreshAll();
  };

  const schedulePush = (document: TextDocument, delay?: number) => {
    if (pull() || !isBrief(document)) return;
    clearTimeout(pushTimers.get(document.uri));
    void getSettings(document.uri).then((settings) => {
      if (settings.run === 'onSave' && delay === undefined) return;
      pushTimers.set(document.uri, setTimeout(() => {
        pushTimers.delete(document.uri);
        const current = documents.get(document.uri);
        if (!current) return;
        void runSafe(connection, 'diagnostics', undefined, undefined, async () => {
          const entry = checks.check(current, await getSettings(current.uri));
          void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: entry.diagnostics });
        });
      }, delay ?? settings.debounceMs));
    });
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    service = new FactBaseService(connection, runtime.defaultFactsDir, root, runtime.defaultCompiled, factCacheFile(params.initializationOptions, root));
    service.reload(DEFAULT_SETTINGS);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: 'treaty-check', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { resolveProvider: false, triggerCharacters: [' ', '-', '–'] },
        definitionProvider: true,
        documentSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      },
      serverInfo: { name: 'treaty-check' },
    };
  });

  connection.onInitialized(() => {
    void reloadFacts();
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    void reloadFacts();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => /\.(ya?ml)$/i.test(c.uri))) void reloadFacts();
  });

  documents.onDidOpen((e) => {
    savedVersions.set(e.document.uri, e.document.version);
    schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => schedulePush(e.document));
  documents.onDidSave((e) => {
    savedVersions.set(e.document.uri, e.document.version);
    void getSettings(e.document.uri).then((s) => {
      if (s.run !== 'onSave') return;
      if (pull()) void connection.languages.diagnostics.refresh();
      else schedulePush(e.document, 0);
    });
  });
  documents.onDidClose((e) => {
    checks.forget(e.document.uri);
    savedVersions.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    if (!pull()) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const lastReports = new Map<string, { resultId: string; version: number; items: Diagnostic[] }>();
  connection.languages.diagnostics.on((params, token) => runSafe(connection, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, token, async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isBrief(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await getSettings(document.uri);
    const last = lastReports.get(document.uri);
    // Run on save: while the brief has unsaved edits, keep showing what was last reported
    // (the editor keeps those markers in place as text moves), whatever the client remembers.
    if (settings.run === 'onSave' && savedVersions.get(document.uri) !== document.version) {
      if (params.previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
      if (last) return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.items };
    }
    const entry = checks.check(document, settings);
    const resultId = `${document.version}:${checks.epoch}`;
    lastReports.set(document.uri, { resultId, version: document.version, items: entry.diagnostics });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: entry.diagnostics };
  }));

  const entryFor = async (uri: string) => {
    const document = documents.get(uri);
    if (!document || !isBrief(document)) return undefined;
    return { document, entry: checks.check(document, await getSettings(uri)) };
  };

  connection.onCodeAction((params, token) => runSafe(connection, 'codeAction', [], token, async () => {
    const found = await entryFor(params.textDocument.uri);
    return found ? provideCodeActions(found.document, found.entry, params, versioned()) : [];
  }));

  connection.onHover((params, token) => runSafe(connection, 'hover', null, token, async () => {
    const found = await entryFor(params.textDocument.uri);
    return found ? provideHover(found.document, found.entry, params.position, service, today()) : null;
  }));

  connection.onDefinition((params, token) => runSafe(connection, 'definition', null, token, async () => {
    const found = await entryFor(params.textDocument.uri);
    return found ? provideDefinition(found.document, found.entry, params.position, service) : null;
  }));

  connection.onDocumentSymbol((params, token) => runSafe(connection, 'documentSymbol', [], token, async () => {
    const found = await entryFor(params.textDocument.uri);
    return found ? provideDocumentSymbols(found.document, found.entry, service) : [];
  }));

  connection.languages.semanticTokens.on((params, token) => runSafe(connection, 'semanticTokens', { data: [] }, token, async () => {
    const found = await entryFor(params.textDocument.uri);
    return found ? provideSemanticTokens(found.document, found.entry) : { data: [] };
  }));

  connection.onCompletion((params, token) => runSafe(connection, 'completion', [], token, async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isBrief(document)) return [];
    return provideCompletion(document, params.position, service, await getSettings(document.uri), today());
  }));

  connection.onRequest(Requests.instruments, () => runSafe(connection, 'instruments', [] as InstrumentSummary[], undefined, () => [...service.facts.instruments.values()].map((i): InstrumentSummary => ({
    id: i.id, title: i.title, kind: i.kind, names: [...(i.shortTitles ?? []), ...(i.aliases ?? [])], signed: i.signed?.date?.value ?? i.adopted?.date?.value,
  }))));

  connection.onRequest(Requests.citation, (params: CitationParams) => runSafe(connection, 'citation', null, undefined, async () => {
    const instrument = service.facts.instruments.get(params.instrumentId);
    const settings = await getSettings(service.root ? `file://${service.root}` : undefined);
    return instrument ? { text: renderCitation(instrument, params.style ?? service.config.citationStyle ?? settings.citationStyle, settings.asOf ?? service.config.asOf ?? today()) } : null;
  }));

  connection.onRequest(Requests.articles, (params: { instrumentId: string }) => runSafe(connection, 'articles', [], undefined, () =>
    (service.facts.instruments.get(params.instrumentId)?.articles ?? []).filter((a) => a.status === undefined).map((a) => ({ number: a.number, topic: a.topic, canonical: canonicalArticleNumber(a.number) }))));

  connection.onRequest(Requests.articleSummary, (params: ArticleSummaryParams) => runSafe(connection, 'articleSummary', null, undefined, () => {
    const instrument = service.facts.instruments.get(params.instrumentId);
    const text = instrument ? renderArticleSummary(instrument, params.article, service.facts) : undefined;
    return text ? { text } : null;
  }));

  connection.onRequest(Requests.factCard, (params: { instrumentId: string }) => runSafe(connection, 'factCard', null, undefined, () => {
    const markdown = factCardFor(params.instrumentId, service, today());
    return markdown ? { markdown } : null;
  }));

  connection.onRequest(Requests.factLocation, (params: { instrumentId?: string }) => runSafe(connection, 'factLocation', null, undefined, () => {
    if (params.instrumentId) return service.locate(params.instrumentId) ?? null;
    const first = [...service.facts.locations.values()].find((l) => l.layer === 'workspace') ?? [...service.facts.locations.values()][0];
    return first ? service.locate([...service.facts.locations.entries()].find(([, l]) => l === first)![0]) ?? null : null;
  }));

  connection.onRequest(Requests.checkWorkspace, (_params: unknown, token: CancellationToken) => runSafe(connection, 'checkWorkspace', { files: 0, findings: 0 }, token, async () =>
    checkWorkspace(connection, service, documents, await getSettings(service.root ? `file://${service.root}` : undefined), token, Boolean(capabilities.window?.workDoneProgress))));

  documents.listen(connection);
  connection.listen();
}

/**
 * Where this workspace's parsed fact files are kept between sessions: in the directory the
 * client gives (the extension's storage), one file per workspace root.
 */
function factCacheFile(options: unknown, root: string | undefined): string | undefined {
  const dir = (options as { cacheDir?: unknown } | null | undefined)?.cacheDir;
  if (typeof dir !== 'string' || !isAbsolute(dir)) return undefined;
  return join(dir, `fact-cache-${createHash('sha1').update(root ?? '').digest('hex').slice(0, 12)}.json`);
}

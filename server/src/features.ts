// Hover fact cards, completion, go to definition, the document outline and semantic
// tokens: all read from the current check result and the fact base.
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, InsertTextFormat, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Hover, type Location, type Position, type SemanticTokens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeName } from '../../core/src/text/normalize.js';
import { renderCitation, renderFactCard, type InstrumentMention } from '../../core/src/index.js';
import { toRange } from './convert.js';
import type { CheckEntry } from './documentChecks.js';
import type { FactBaseService } from './factBaseService.js';
import type { Settings } from './settings.js';

function mentionAt(entry: CheckEntry, offset: number): InstrumentMention | undefined {
  return entry.result.mentions.find((m) => offset >= m.start && offset <= m.end && m.ids.length === 1);
}

export function factCardFor(id: string, service: FactBaseService, asOf: string): string | undefined {
  const instrument = service.facts.instruments.get(id);
  if (!instrument) return undefined;
  const location = service.locate(id);
  return renderFactCard(instrument, service.facts, { asOf, fileLink: location ? `${location.uri}#L${location.line + 1}` : undefined });
}

export function provideHover(document: TextDocument, entry: CheckEntry, position: Position, service: FactBaseService, today: string): Hover | null {
  const offset = document.offsetAt(position);
  const asOf = entry.result.asOf || today;
  const finding = entry.result.findings.find((f) => offset >= f.start && offset <= f.end);
  const mention = mentionAt(entry, offset);
  const id = finding?.instrument ?? mention?.ids[0];
  const card = id ? factCardFor(id, service, asOf) : undefined;
  if (!card) return null;
  const parts = finding ? [`**Treaty Check:** ${finding.message}`, '---', card] : [card];
  const [start, end] = finding ? [finding.start, finding.end] : [mention!.start, mention!.end];
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: toRange(document, start, end) };
}

export function provideDefinition(document: TextDocument, entry: CheckEntry, position: Position, service: FactBaseService): Location | null {
  const mention = mentionAt(entry, document.offsetAt(position));
  const location = mention ? service.locate(mention.ids[0]) : undefined;
  return location ? { uri: location.uri, range: { start: { line: location.line, character: 0 }, end: { line: location.line, character: 0 } } } : null;
}

export function provideDocumentSymbols(document: TextDocument, entry: CheckEntry, service: FactBaseService): DocumentSymbol[] {
  const seen = new Set<string>();
  const symbols: DocumentSymbol[] = [];
  for (const m of entry.result.mentions) {
    if (m.ids.length !== 1 || seen.has(m.ids[0])) continue;
    seen.add(m.ids[0]);
    const instrument = service.facts.instruments.get(m.ids[0]);
    if (!instrument) continue;
    const range = toRange(document, m.start, m.end);
    symbols.push({ name: instrument.shortTitles?.[0] ?? instrument.title, detail: instrument.title, kind: SymbolKind.Object, range, selectionRange: range });
  }
  return symbols;
}

export const SEMANTIC_LEGEND = { tokenTypes: ['treatyInstrument'], tokenModifiers: [] as string[] };

export function provideSemanticTokens(document: TextDocument, entry: CheckEntry): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  // Only mentions that name a known instrument, never overlapping, in document order.
  for (const m of [...entry.result.mentions].filter((x) => x.ids.length === 1).sort((a, b) => a.start - b.start)) {
    if (m.start < lastEnd || m.end <= m.start) continue;
    lastEnd = m.end;
    const start = document.positionAt(m.start);
    const end = document.positionAt(m.end);
    if (start.line !== end.line) continue; // tokens may not span lines
    data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, end.character - start.character, 0, 0);
    prevLine = start.line;
    prevChar = start.character;
  }
  return { data };
}

/** Completes instrument names as they are typed: the name, or a full citation. */
export function provideCompletion(document: TextDocument, position: Position, service: FactBaseService, settings: Settings, today: string): CompletionItem[] {
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const offset = document.offsetAt(position);
  const before = document.getText().slice(Math.max(lineStart, offset - 80), offset);
  const words = before.split(/(?<=\s)/);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  // Try the longest typed phrase first: "the Putin–K" before "K".
  for (let i = 0; i < words.length && items.length === 0; i++) {
    const typed = words.slice(i).join('');
    const key = normalizeName(typed);
    if (key.length < 3 || /^\s/.test(typed)) continue;
    const range = { start: document.positionAt(offset - typed.length), end: position };
    const names = service.facts.index.names;
    for (let n = 0; n < names.count; n++) {
      const { name, id, words } = names.at(n);
      if (!words.join(' ').startsWith(key) || seen.has(`${id}\u0000${name}`)) continue;
      seen.add(`${id}\u0000${name}`);
      const instrument = service.facts.instruments.get(id)!;
      const keepArticle = /^the\s/i.test(typed) ? typed.slice(0, 4) : '';
      items.push({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: instrument.title,
        documentation: { kind: MarkupKind.Markdown, value: factCardFor(id, service, today) ?? '' },
        filterText: typed,
        textEdit: { range, newText: `${keepArticle}${name}` },
        insertTextFormat: InsertTextFormat.PlainText,
      });
      if (!seen.has(`cite\u0000${id}`)) {
        seen.add(`cite\u0000${id}`);
        const citation = renderCitation(instrument, settings.citationStyle, today);
        items.push({ label: `${name} — citation`, kind: CompletionItemKind.Snippet, detail: citation, filterText: typed, textEdit: { range, newText: citation }, sortText: `~${name}` });
      }
      if (items.length > 40) break;
    }
  }
  return items;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

// Parses one fact file (YAML text, never a path on disk) and reports every problem with
// its position: YAML syntax, schema violations at the offending key, impossible dates,
// unknown source keys. A broken file yields errors, never an exception.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { SCHEMA_HASH, validateInstrument, validateParties, type SchemaError } from './generated/validators.js';
import { parseIsoDate } from './isoDate.js';
import { quickYaml } from './quickYaml.js';
import type { Instrument, PartiesFile } from './types.js';

export interface FactProblem {
  path: string;
  /** Zero-based line and UTF-16 column of the start and end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export type ParsedFactFile =
  | { kind: 'instrument'; path: string; instrument: Instrument; idLine: number; problems: FactProblem[]; locate: Locator }
  | { kind: 'parties'; path: string; parties: PartiesFile; problems: FactProblem[]; locate: Locator }
  | { kind: 'broken'; path: string; problems: FactProblem[] };

/** Finds the position of a value (or of a map key) by its path in the document. */
export type Locator = (path: readonly (string | number)[], key?: boolean) => Omit<FactProblem, 'path' | 'message'>;

export const MAX_FACT_FILE_BYTES = 2_000_000;
const MAX_ALIAS_COUNT = 50;

/**
 * `reread` gives the file's text again when positions are wanted later (a cross-file
 * problem); with it, a good file does not keep its text in memory.
 */
export function parseFactFile(path: string, text: string, reread?: () => string): ParsedFactFile {
  const at = (message: string, line = 0, column = 0): FactProblem => ({ path, line, column, endLine: line, endColumn: column + 1, message });
  if (text.length > MAX_FACT_FILE_BYTES) {
    return { kind: 'broken', path, problems: [at(`Fact file is too large (${text.length} characters; the limit is ${MAX_FACT_FILE_BYTES}).`)] };
  }
  if (text.includes('\u0000')) return { kind: 'broken', path, problems: [at('Fact file is not text (it contains NUL bytes).')] };
  return quickParse(path, text, reread) ?? positionedParse(path, text, reread);
}

/** A file the quick route finds good, or undefined when it has any doubt. */
function quickParse(path: string, text: string, reread?: () => string): ParsedFactFile | undefined {
  const data = quickYaml(text.replace(/^\uFEFF/, ''));
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const isParties = 'parties' in record && !('id' in record);
  if (!(isParties ? validateParties : validateInstrument)(data)) return undefined;
  const noPosition: ProblemAt = (message) => ({ path, message, line: 0, column: 0, endLine: 0, endColumn: 1 });
  if (dateProblems(record, noPosition).length > 0 || sourceKeyProblems(record, noPosition).length > 0) return undefined;
  const locate = lazyLocator(reread ?? text);
  if (isParties) return { kind: 'parties', path, parties: data as PartiesFile, problems: [], locate };
  const idKey = /^id[ \t]*:/m.exec(text);
  const idLine = idKey ? lineOf(text, idKey.index) : locate(['id'], true).line;
  return { kind: 'instrument', path, instrument: data as Instrument, idLine, problems: [], locate };
}

/** Tells caches of parsed fact files apart: bumped when the parsed form changes. */
export const PARSED_FORM = `2:${SCHEMA_HASH}`;

/**
 * A fact file from data parsed earlier (a cache): checked against the schema again, so a
 * damaged cache costs a parse, never a malformed fact.
 */
export function factFileFromData(path: string, kind: 'instrument' | 'parties', data: unknown, idLine: number, reread: () => string): ParsedFactFile | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const locate = lazyLocator(reread);
  if (kind === 'parties') return validateParties(data) ? { kind, path, parties: data as PartiesFile, problems: [], locate } : undefined;
  return validateInstrument(data) ? { kind, path, instrument: data as Instrument, idLine, problems: [], locate } : undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The parse that knows where everything is: used for any file the quick route doubts. */
export function positionedParse(path: string, text: string, reread?: () => string): ParsedFactFile {
  const at = (message: string, line = 0, column = 0): FactProblem => ({ path, line, column, endLine: line, endColumn: column + 1, message });

  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: [], strict: true });
  const position = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line - 1, column: p.col - 1 };
  };
  const rangeProblem = (message: string, start: number, end: number): FactProblem => {
    const s = position(start);
    const e = position(Math.max(end, start + 1));
    return { path, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => {
    // An unclosed quote is reported where the file ends; point at the quote that opened it.
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
    const opened = quote ? text.lastIndexOf(quote, e.pos[0] - 1) : -1;
    if (opened >= 0) return rangeProblem(`YAML: this quoted string is never closed (missing ${quote}).`, opened, opened + 1);
    return rangeProblem(`YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, e.pos[0], e.pos[1]);
  });
  if (doc.errors.length > 0 || yamlProblems.length > 0) return { kind: 'broken', path, problems: yamlProblems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { kind: 'broken', path, problems: [at(`YAML: ${(error as Error).message}`)] };
  }
  const locate: Locator = (segments, key = false) => {
    const node = nodeAt(doc, segments, key);
    const range = node?.range ?? [0, 1];
    const s = position(range[0]);
    const e = position(Math.max(range[1], range[0] + 1));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const problem = (message: string, segments: readonly (string | number)[], key = false): FactProblem => ({ path, message, ...locate(segments, key) });

  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'broken', path, problems: [at('A fact file must be a YAML mapping: an instrument (with `id`) or a parties file (with `parties`).')] };
  }
  const record = data as Record<string, unknown>;
  const isParties = 'parties' in record && !('id' in record);
  const validate = isParties ? validateParties : validateInstrument;
  if (!validate(data)) {
    return { kind: 'broken', path, problems: schemaProblems(validate.errors ?? [], problem) };
  }
  const problems = [...dateProblems(record, problem), ...sourceKeyProblems(record, problem)];
  if (problems.length > 0) return { kind: 'broken', path, problems };
  // A good file keeps its text, not its syntax tree (which costs many times more memory):
  // positions are needed only when a cross-file problem is found, and then it is parsed again.
  const lazy = lazyLocator(reread ?? text);
  if (isParties) return { kind: 'parties', path, parties: data as PartiesFile, problems: [], locate: lazy };
  return { kind: 'instrument', path, instrument: data as Instrument, idLine: locate(['id'], true).line, problems: [], locate: lazy };
}

/** Positions in a fact file's text (or in the text `source` gives), computed only when first asked for. */
export function lazyLocator(source: string | (() => string)): Locator {
  let located: Locator | undefined;
  return (segments, key) => {
    if (!located) {
      const text = typeof source === 'string' ? source : source();
      const lineCounter = new LineCounter();
      const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: [], strict: true });
      located = (segs, k = false) => {
        const node = nodeAt(doc, segs, k);
        const range = node?.range ?? [0, 1];
        const s = lineCounter.linePos(range[0]);
        const e = lineCounter.linePos(Math.max(range[1], range[0] + 1));
        return { line: s.line - 1, column: s.col - 1, endLine: e.line - 1, endColumn: e.col - 1 };
      };
    }
    return located(segments, key);
  };
}

function nodeAt(doc: Document, segments: readonly (string | number)[], key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node as Node;
      if (key && i === segments.length - 1) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return node as Node;
      node = item;
    } else {
      return node as Node | undefined;
    }
  }
  return node as Node | undefined;
}

function pointerSegments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath.slice(1).split('/').map((s) => {
    const text = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(text) ? Number(text) : text;
  });
}

type ProblemAt = (message: string, segments: readonly (string | number)[], key?: boolean) => FactProblem;

/** Turns ajv's errors into one plain message per offending place. */
function schemaProblems(errors: SchemaError[], problem: ProblemAt): FactProblem[] {
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const problems: FactProblem[] = [];
  for (const [instancePath, list] of byPath) {
    const segments = pointerSegments(instancePath);
    const where = instancePath ? `\`${segments.join('.')}\`` : 'the file';
    const extra = list.find((e) => e.keyword === 'additionalProperties');
    if (extra) {
      const name = String(extra.params.additionalProperty);
      problems.push(problem(`Unknown key \`${name}\` in ${where}.`, [...segments, name], true));
      continue;
    }
    const missing = list.filter((e) => e.keyword === 'required').map((e) => String(e.params.missingProperty));
    if (list.some((e) => e.keyword === 'oneOf')) {
      problems.push(problem(`${where} is not a valid fact: write {value, sources}, {status: unverified, note}, or {status: disputed, readings: [{value, sources}, …]}.`, segments));
      continue;
    }
    if (missing.length > 0 && !list.some((e) => e.keyword !== 'required')) {
      problems.push(problem(`${where} is missing ${[...new Set(missing)].map((m) => `\`${m}\``).join(', ')}.`, segments, segments.length > 0));
      continue;
    }
    const first = list.find((e) => e.keyword !== 'required') ?? list[0];
    const detail = first.keyword === 'enum' ? `must be one of ${(first.params.allowedValues as unknown[]).join(', ')}` : first.message ?? 'is invalid';
    problems.push(problem(`${where} ${detail}.`, segments));
  }
  return problems;
}

const DATE_LIKE = /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/;
const DATE_KEYS = new Set(['value', 'from', 'earliest', 'latest', 'until']);

/** Every date-shaped value must be a real calendar date (no 2024-02-30). */
function dateProblems(data: unknown, problem: ProblemAt): FactProblem[] {
  const problems: FactProblem[] = [];
  walk(data, [], (value, path) => {
    const key = path[path.length - 1];
    if (typeof value === 'string' && typeof key === 'string' && DATE_KEYS.has(key) && DATE_LIKE.test(value) && value.length > 4) {
      if (!parseIsoDate(value)) problems.push(problem(`\`${value}\` is not a real date.`, path));
    }
  });
  return problems;
}

/** Every `sources: [key]` list must name keys of the file's `sources` map. */
function sourceKeyProblems(data: Record<string, unknown>, problem: ProblemAt): FactProblem[] {
  const known = new Set(Object.keys((data.sources as Record<string, unknown>) ?? {}));
  const problems: FactProblem[] = [];
  walk(data, [], (value, path) => {
    if (path.length >= 2 && path[path.length - 2] === 'sources' && path.length !== 2 && typeof value === 'string' && typeof path[path.length - 1] === 'number') {
      if (!known.has(value)) problems.push(problem(`Unknown source \`${value}\`: add it to \`sources\`.`, path));
    }
  });
  return problems;
}

function walk(value: unknown, path: (string | number)[], visit: (value: unknown, path: (string | number)[]) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

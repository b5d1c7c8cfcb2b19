// The bundled fact base, parsed at build time into JSON (dist/facts.json) so start-up does
// not parse YAML: each entry is used only while the YAML text it came from is unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { lazyLocator, type Instrument, type PartiesFile, type ParsedFactFile } from '../../core/src/index.js';

export interface CompiledEntry {
  hash: string;
  kind: 'instrument' | 'parties';
  data: Instrument | PartiesFile;
  idLine?: number;
}

export type CompiledFacts = Record<string, CompiledEntry>;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function readCompiledFacts(path: string | undefined): CompiledFacts | undefined {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CompiledFacts;
  } catch {
    return undefined;
  }
}

/** The compiled parse of a file, if it was compiled from exactly this text. */
export function fromCompiled(entry: CompiledEntry | undefined, path: string, text: string): ParsedFactFile | undefined {
  if (!entry || entry.hash !== textHash(text)) return undefined;
  const locate = lazyLocator(text);
  return entry.kind === 'parties'
    ? { kind: 'parties', path, parties: entry.data as PartiesFile, problems: [], locate }
    : { kind: 'instrument', path, instrument: entry.data as Instrument, idLine: entry.idLine ?? 0, problems: [], locate };
}

// Assembles parsed fact files into one fact base: later layers override earlier ones by
// id, cross-file rules (unknown party ids, duplicate ids, shared aliases, superseded_by
// cycles, too-generic aliases) are reported at the offending key, and the index is built
// once here, off the keystroke path.
import { buildFactIndex, type FactIndex, type RefusedName } from './factIndex.js';
import type { FactProblem, ParsedFactFile } from './factFile.js';
import type { Instrument, Party, Person, Source } from './types.js';

export interface FactLocation {
  path: string;
  /** Zero-based line of the instrument's `id` key. */
  line: number;
  layer: string;
}

export interface FactBase {
  instruments: ReadonlyMap<string, Instrument>;
  parties: ReadonlyMap<string, Party>;
  people: readonly Person[];
  partySources: Readonly<Record<string, Source>>;
  locations: ReadonlyMap<string, FactLocation>;
  index: FactIndex;
  /** Changes whenever the content changes; part of every cache key. */
  version: string;
}

export interface FactLayer {
  name: string;
  files: ParsedFactFile[];
}

export interface AssembledFactBase {
  factBase: FactBase;
  problems: FactProblem[];
}


export function assembleFactBase(layers: FactLayer[]): AssembledFactBase {
  const problems: FactProblem[] = [];
  const instruments = new Map<string, Instrument>();
  const locations = new Map<string, FactLocation>();
  const files = new Map<string, Extract<ParsedFactFile, { kind: 'instrument' }>>();
  const parties = new Map<string, Party>();
  const people: Person[] = [];
  const partySources: Record<string, Source> = {};

  for (const layer of layers) {
    const seenInLayer = new Map<string, string>();
    for (const file of layer.files) {
      problems.push(...file.problems);
      if (file.kind === 'parties') {
        for (const party of file.parties.parties) parties.set(party.id, party);
        people.push(...(file.parties.people ?? []));
        Object.assign(partySources, file.parties.sources);
      } else if (file.kind === 'instrument') {
        const id = file.instrument.id;
        const earlier = seenInLayer.get(id);
        if (earlier !== undefined) {
          problems.push({ path: file.path, ...file.locate(['id']), message: `Duplicate instrument id \`${id}\`: already defined in ${earlier}.` });
          continue;
        }
        seenInLayer.set(id, file.path);
        instruments.set(id, file.instrument);
        files.set(id, file);
        locations.set(id, { path: file.path, line: file.idLine, layer: layer.name });
      }
    }
  }

  const index = buildFactIndex(instruments, parties, people);
  problems.push(...crossFileProblems(instruments, files, parties, index.refusedNames));
  return {
    factBase: { instruments, parties, people, partySources, locations, index, version: fingerprint(instruments, parties) },
    problems,
  };
}

function crossFileProblems(
  instruments: Map<string, Instrument>,
  files: Map<string, Extract<ParsedFactFile, { kind: 'instrument' }>>,
  parties: Map<string, Party>,
  refusedNames: readonly RefusedName[],
): FactProblem[] {
  const problems: FactProblem[] = [];
  const refusedOf = new Map<string, RefusedName[]>();
  for (const refused of refusedNames) {
    const list = refusedOf.get(refused.id);
    if (list) list.push(refused);
    else refusedOf.set(refused.id, [refused]);
  }
  for (const [id, instrument] of instruments) {
    const file = files.get(id)!;
    const at = (message: string, segments: (string | number)[]) => problems.push({ path: file.path, ...file.locate(segments), message });
    const checkParty = (party: string | undefined, segments: (string | number)[]) => {
      if (party !== undefined && parties.size > 0 && !parties.has(party)) at(`Unknown party id \`${party}\`.`, segments);
    };
    instrument.parties?.value?.forEach((p, i) => checkParty(p, ['parties', 'value', i]));
    instrument.ratifications?.forEach((r, i) => checkParty(r.party, ['ratifications', i, 'party']));
    instrument.withdrawals?.forEach((w, i) => checkParty(w.party, ['withdrawals', i, 'party']));
    instrument.suspensions?.forEach((s, i) => checkParty(s.party, ['suspensions', i, 'party']));
    for (const event of ['signed', 'adopted', 'exchangeOfInstruments', 'entryIntoForce'] as const) {
      instrument[event]?.signatories?.value?.forEach((s, i) => checkParty(s.party, [event, 'signatories', 'value', i, 'party']));
    }
    // The index met every name once; only the few it refused are located in their file.
    for (const { name, position, owner } of refusedOf.get(id) ?? []) {
      const segments = nameSegments(instrument, position);
      if (!segments) continue;
      at(owner === undefined ? `Name "${name}" is too generic to identify an instrument.` : `Name "${name}" is already used by \`${owner}\`.`, segments);
    }
    for (const target of [...(instrument.supersedes ?? []), instrument.supersededBy]) {
      if (target !== undefined && !instruments.has(target)) at(`Unknown instrument id \`${target}\`.`, instrument.supersededBy === target ? ['supersededBy'] : ['supersedes']);
    }
  }
  // supersededBy chains must end: a cycle would make "what replaced it" unanswerable.
  for (const [id, instrument] of instruments) {
    const seen = new Set([id]);
    let next = instrument.supersededBy;
    while (next !== undefined && instruments.has(next)) {
      if (seen.has(next)) {
        const file = files.get(id)!;
        problems.push({ path: file.path, ...file.locate(['supersededBy']), message: `\`supersededBy\` forms a cycle through \`${next}\`.` });
        break;
      }
      seen.add(next);
      next = instruments.get(next)!.supersededBy;
    }
  }
  return problems;
}

/** Where the name at `position` of instrumentNames() is written; none for a derived name. */
function nameSegments(instrument: Instrument, position: number): (string | number)[] | undefined {
  if (position === 0) return ['title'];
  const short = instrument.shortTitles?.length ?? 0;
  if (position <= short) return ['shortTitles', position - 1];
  const aliases = instrument.aliases?.length ?? 0;
  return position <= short + aliases ? ['aliases', position - 1 - short] : undefined;
}

/**
 * Identifies the content cheaply: every parsed object gets a number once, and a reload that
 * reuses the same parses (unchanged files) gets the same version.
 */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

function fingerprint(instruments: Map<string, Instrument>, parties: Map<string, Party>): string {
  const idOf = (o: object) => {
    let id = objectIds.get(o);
    if (id === undefined) {
      id = ++nextObjectId;
      objectIds.set(o, id);
    }
    return id;
  };
  let hash = 0x811c9dc5;
  for (const o of [...instruments.values(), ...parties.values()]) {
    hash ^= idOf(o);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}.${instruments.size}.${parties.size}`;
}

// The checker facade: Markdown text in, findings out. Work is done block by block and
// cached by each block's text, so an edit re-checks only the blocks it touched.
import { ALL_CODES, DiagnosticCode, type Severity } from './codes.js';
import { judgeClaim } from './checks/registry.js';
import { findUnknownInstruments } from './checks/unknownInstruments.js';
import { splitBlocks } from './document/blocks.js';
import { buildSuppression, type Directive } from './document/directives.js';
import { readAsOf } from './document/frontMatter.js';
import { parseMarkdown } from './document/parseMarkdown.js';
import { extractProse } from './document/proseSegments.js';
import { simpleBlockProse } from './document/simpleBlocks.js';
import { joinDatedRows } from './document/tableRows.js';
import { buildClaims } from './extract/claims.js';
import { isLabel } from './extract/labelLines.js';
import { findDates } from './extract/dates.js';
import { findMentions, type InstrumentMention } from './extract/mentions.js';
import { splitSentences } from './extract/sentences.js';
import { citedAside, topicAfter } from './extract/topic.js';
import type { FactBase } from './facts/factBase.js';
import type { Finding } from './finding.js';
import { buildLineIndex } from './lineIndex.js';

export interface CheckOptions {
  /** Date at which status claims are judged, when the brief's front matter names none. */
  asOf?: string;
  /** Per-code severity; "off" drops the code. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  ignore?: readonly string[];
  /** Documents longer than this (in UTF-16 units) are not checked. */
  maxLength?: number;
  /** Report claims that agree with the fact base as hints (off by default). */
  reportConsistent?: boolean;
}

export interface CheckResult {
  findings: Finding[];
  /** Every instrument mention, for hovers, definitions, outlines and semantic tokens. */
  mentions: InstrumentMention[];
  asOf: string;
}

interface BlockResult {
  findings: Finding[];
  mentions: InstrumentMention[];
  directives: Directive[];
  /** The instrument the brief is about after this block, for "the treaty" further on. */
  topic: string | undefined;
}

export const DEFAULT_MAX_LENGTH = 2_000_000;
/** Cheap pre-tests: a sentence without any of these words holds no claim or no title. */
const CLAIM_HINT = /sign|ink|conclu|ratif|acced|accession|join|a party to|approv|passed|endors|backed|same|suit|likewise|dated|force|effect|withdr|pull|left|quit|exit|expir|laps|termin|ceas|scrap|abrog|annul|dissol|ended|suspen|adopt|passe[ds]|veto|valid|binding|exchang|instrument|article|anniversar|between|among|locat|place|\bof\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:^|\n)[\s*_|-]*date(?:\s*[:：|\t]|\s+\d)/i;
const TITLE_HINT = /Treaty|Agreement|Pact|Accord|Convention|Declaration|Charter/;
const CACHE_LIMIT = 20_000;

export interface Checker {
  readonly facts: FactBase;
  check(text: string, options?: CheckOptions): CheckResult;
}

export function createChecker(facts: FactBase, today: () => string = () => new Date().toISOString().slice(0, 10)): Checker {
  const cache = new Map<string, BlockResult>();

  const checkBlock = (blockText: string, asOf: string, reportConsistent: boolean, carried: string | undefined): BlockResult => {
    const key = `${asOf}\u0000${reportConsistent ? 1 : 0}\u0000${carried ?? ''}\u0000${blockText}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = analyseBlock(blockText, facts, asOf, reportConsistent, carried);
    cache.set(key, result);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return result;
  };

  return Object.freeze({
    facts,
    check(text: string, options: CheckOptions = {}): CheckResult {
      const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
      if (text.length > maxLength) {
        return {
          findings: [{ code: DiagnosticCode.documentTooLarge, severity: 'information', start: 0, end: 0, fixes: [], message: `Treaty Check skipped this document: it has ${text.length} characters, over the limit of ${maxLength}.` }],
          mentions: [],
          asOf: options.asOf ?? today(),
        };
      }
      const blocks = splitBlocks(text);
      const front = blocks.find((b) => b.frontMatter);
      const asOf = (front && readAsOf(front.text)) ?? options.asOf ?? today();
      const findings: Finding[] = [];
      const mentions: InstrumentMention[] = [];
      const directives: Directive[] = [];
      let topic: string | undefined;
      for (const block of blocks) {
        if (block.frontMatter) continue;
        const result = checkBlock(block.text, asOf, options.reportConsistent ?? false, topic);
        topic = result.topic;
        const shift = block.start;
        for (const f of result.findings) findings.push(shiftFinding(f, shift));
        for (const m of result.mentions) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
        for (const d of result.directives) directives.push({ ...d, start: d.start + shift, end: d.end + shift });
      }
      return { findings: finalize(findings, directives, text, options), mentions, asOf };
    },
  });
}

function shiftFinding(f: Finding, shift: number): Finding {
  if (shift === 0) return f;
  return {
    ...f,
    start: f.start + shift,
    end: f.end + shift,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) })),
  };
}

function analyseBlock(blockText: string, facts: FactBase, asOf: string, reportConsistent: boolean, carried: string | undefined): BlockResult {
  const prose = simpleBlockProse(blockText) ?? extractProse(blockText, parseMarkdown(blockText), ALL_CODES);
  const findings: Finding[] = prose.directiveProblems.map((p) => ({ code: DiagnosticCode.directive, severity: 'warning', start: p.start, end: p.end, message: p.message, fixes: [] }));
  const mentions: InstrumentMention[] = [];
  const ctx = { facts, asOf, text: prose.text, reportConsistent };
  let topic = carried;
  const isDate = (start: number, end: number) => {
    const dates = findDates(prose.text, start, end);
    return dates.length === 1 && dates[0].text === prose.text.slice(start, end).trim();
  };
  const units = blockText.includes('|') ? joinDatedRows(blockText, prose.units, isDate, (start, end) => isLabel(prose.text.slice(start, end))) : prose.units;
  for (const unit of units) {
    const found = findMentions(prose.text, unit.start, unit.end, facts, topic);
    mentions.push(...found.instruments);
    const previous: InstrumentMention[] = topic ? [{ start: unit.start, end: unit.start, ids: [topic], how: 'coreference' }] : [];
    // Most prose names no instrument: then there is no claim to build, and no topic to lean on.
    const mayClaim = topic !== undefined || found.instruments.some((m) => m.ids.length > 0);
    const nearby = new Set<string>();
    for (const m of found.instruments) if (m.how !== 'coreference') for (const id of m.ids) nearby.add(id);
    const unitCtx = { ...ctx, nearby };
    const cited = citedAside(prose.text, found.instruments);
    for (const sentence of splitSentences(prose.text, unit.start, unit.end)) {
      const body = prose.text.slice(sentence.start, sentence.end);
      // A term ("the 20-year treaty") is a claim without any of the hint words.
      if (mayClaim && (CLAIM_HINT.test(body) || found.terms.some((t) => t.start >= sentence.start && t.end <= sentence.end))) {
        const claims = buildClaims({ text: prose.text, sentence, mentions: found, facts, previous });
        for (const claim of claims) findings.push(...judgeClaim(claim, unitCtx, prose.text));
      }
      if (TITLE_HINT.test(body)) findings.push(...findUnknownInstruments(prose.text, sentence.start, sentence.end, found.instruments, facts));
      previous.push(...found.instruments.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !cited.has(m)));
    }
    topic = topicAfter(topic, prose.text, unit, found.instruments, cited, facts);
  }
  return { findings: dedupe(findings), mentions, directives: prose.directives, topic };
}

/** One finding per code and span; an error wins over information at the same span. */
function dedupe(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  const bySpan = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.start}:${f.end}`;
    const existing = bySpan.get(key);
    if (!existing || rank[f.severity] < rank[existing.severity]) bySpan.set(key, f);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

function finalize(findings: Finding[], directives: Directive[], text: string, options: CheckOptions): Finding[] {
  const ignored = new Set(options.ignore ?? []);
  const suppression = directives.length > 0 ? buildSuppression(directives, buildLineIndex(text).lineOf) : undefined;
  const out: Finding[] = [];
  for (const f of findings) {
    if (ignored.has(f.code)) continue;
    if (suppression && f.code !== DiagnosticCode.directive && suppression.isSuppressed(f.code, f.start)) continue;
    const override = options.severity?.[f.code];
    if (override === 'off') continue;
    out.push(override ? { ...f, severity: override } : f);
  }
  return out;
}

// Treaty Check core: pure checking, no editor, protocol or file-system imports.
export { createChecker, DEFAULT_MAX_LENGTH, type Checker, type CheckOptions, type CheckResult } from './checker.js';
export { ALL_CODES, CODE_DESCRIPTIONS, DiagnosticCode, type Severity } from './codes.js';
export type { Finding, Fix, TextEdit } from './finding.js';
export { assembleFactBase, type AssembledFactBase, type FactBase, type FactLayer, type FactLocation } from './facts/factBase.js';
export { factFileFromData, lazyLocator, parseFactFile, MAX_FACT_FILE_BYTES, PARSED_FORM, type FactProblem, type ParsedFactFile } from './facts/factFile.js';
export { instrumentNames } from './facts/factIndex.js';
export type * from './facts/types.js';
export { buildLineIndex, type LineIndex } from './lineIndex.js';
export { parseMarkdown } from './document/parseMarkdown.js';
export type { InstrumentMention } from './extract/mentions.js';
export { formatDate, parseIsoDate } from './facts/isoDate.js';
export { statusAt } from './checks/statusClaims.js';
export { renderFactCard } from './render/factCard.js';
export { renderArticleSummary, renderCitation, type CitationStyle } from './render/citation.js';
export { canonicalArticleNumber } from './extract/numbers.js';

// Stable diagnostic codes: one table, never renamed (configs and directives name them).
export const DiagnosticCode = {
  signedDate: 'treaty.signed-date',
  signedPlace: 'treaty.signed-place',
  signatories: 'treaty.signatories',
  parties: 'treaty.parties',
  ratified: 'treaty.ratified',
  entryIntoForce: 'treaty.entry-into-force',
  articleContent: 'treaty.article-content',
  articleCount: 'treaty.article-count',
  term: 'treaty.term',
  status: 'treaty.status',
  withdrawal: 'treaty.withdrawal',
  adoptedDate: 'treaty.adopted-date',
  unknownInstrument: 'treaty.unknown-instrument',
  disputed: 'treaty.disputed',
  directive: 'treaty.directive',
  consistent: 'treaty.consistent',
  documentTooLarge: 'treaty.document-too-large',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export const ALL_CODES: ReadonlySet<string> = new Set(Object.values(DiagnosticCode));

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One line per code, for SARIF rules, docs and the settings UI. */
export const CODE_DESCRIPTIONS: Readonly<Record<DiagnosticCode, string>> = {
  'treaty.signed-date': 'The date an instrument was signed.',
  'treaty.signed-place': 'The place an instrument was signed.',
  'treaty.signatories': 'Who signed an instrument.',
  'treaty.parties': 'The parties to an instrument.',
  'treaty.ratified': 'When a party ratified an instrument.',
  'treaty.entry-into-force': 'When an instrument entered into force.',
  'treaty.article-content': 'What a numbered article of an instrument says.',
  'treaty.article-count': 'How many articles an instrument has.',
  'treaty.term': 'How many years an instrument was concluded for.',
  'treaty.status': 'Whether an instrument is in force, and when it ended or was suspended.',
  'treaty.withdrawal': 'When a party withdrew from an instrument.',
  'treaty.adopted-date': 'When a resolution or statement was adopted.',
  'treaty.unknown-instrument': 'An instrument name close to, but not, a known title.',
  'treaty.disputed': 'A claim about a value the sources disagree on or that is not verified.',
  'treaty.directive': 'A malformed Treaty Check directive comment.',
  'treaty.consistent': 'A claim that agrees with the fact base.',
  'treaty.document-too-large': 'A document over the size limit, not checked.',
};

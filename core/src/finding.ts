// What the checker reports: plain data in editor vocabulary, offsets into the original text.
import type { DiagnosticCode, Severity } from './codes.js';
import type { Source } from './facts/types.js';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  /** UTF-16 offsets into the document: the wrong value only. */
  start: number;
  end: number;
  message: string;
  instrument?: string;
  /** The right value, in plain words. */
  expected?: string;
  /** fixes[0] is the preferred fix. */
  fixes: Fix[];
  source?: Source;
}

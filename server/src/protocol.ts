// Every custom request and notification between the Treaty Check client and server, in
// one file (the client imports it too).

export const CommandIds = {
  insertCitation: 'treatyCheck.insertCitation',
  insertArticleSummary: 'treatyCheck.insertArticleSummary',
  fixAll: 'treatyCheck.fixAll',
  showFactCard: 'treatyCheck.showFactCard',
  openFactBase: 'treatyCheck.openFactBase',
  checkWorkspace: 'treatyCheck.checkWorkspace',
  restartServer: 'treatyCheck.restartServer',
} as const;

export const FIX_ALL_KIND = 'source.fixAll.treatyCheck';

export interface InstrumentSummary {
  id: string;
  title: string;
  names: string[];
  kind: string;
  signed?: string;
}

export interface StatusParams {
  state: 'ok' | 'factBaseErrors';
  instruments: number;
  errors: number;
  message: string;
}

export const Requests = {
  instruments: 'treatyCheck/instruments',
  citation: 'treatyCheck/citation',
  articles: 'treatyCheck/articles',
  articleSummary: 'treatyCheck/articleSummary',
  factCard: 'treatyCheck/factCard',
  factLocation: 'treatyCheck/factLocation',
  checkWorkspace: 'treatyCheck/checkWorkspace',
} as const;

export const Notifications = {
  status: 'treatyCheck/status',
} as const;

export interface CitationParams { instrumentId: string; style?: CitationStyle }
export interface ArticleSummaryParams { instrumentId: string; article: string }
export type CitationStyle = 'day-month-year' | 'month-day-year' | 'iso';
export interface FactLocation { uri: string; line: number }

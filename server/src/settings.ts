// The user's `treatyCheck.*` settings: one type, one parser with defaults, and the only
// place user vocabulary meets the core's.
import type { CheckOptions, Severity } from '../../core/src/index.js';
import type { WorkspaceConfig } from '../../host/src/workspaceConfig.js';
import type { CitationStyle } from './protocol.js';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  severity: Record<string, Severity | 'off'>;
  factDirectories: string[];
  useDefaultFacts: boolean;
  asOf?: string;
  maxFileSize: number;
  citationStyle: CitationStyle;
  debounceMs: number;
  showConsistent: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  severity: {},
  factDirectories: [],
  useDefaultFacts: true,
  maxFileSize: 2_000_000,
  citationStyle: 'day-month-year',
  debounceMs: 200,
  showConsistent: false,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, Severity | 'off'> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) severity[code] = value as Severity | 'off';
    }
  }
  const asOf = typeof r.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.asOf) ? r.asOf : undefined;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    severity,
    factDirectories: Array.isArray(r.factDirectories) ? r.factDirectories.filter((d): d is string => typeof d === 'string') : [],
    useDefaultFacts: typeof r.useDefaultFacts === 'boolean' ? r.useDefaultFacts : true,
    asOf,
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    citationStyle: r.citationStyle === 'month-day-year' || r.citationStyle === 'iso' ? r.citationStyle : 'day-month-year',
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    showConsistent: r.showConsistent === true,
  };
}

/** Settings win over the workspace config file, which wins over the defaults. */
export function settingsToCheckOptions(settings: Settings, config: WorkspaceConfig): CheckOptions {
  return {
    asOf: settings.asOf ?? config.asOf,
    severity: { ...config.severity, ...settings.severity },
    ignore: config.ignore,
    maxLength: settings.maxFileSize,
    reportConsistent: settings.showConsistent,
  };
}

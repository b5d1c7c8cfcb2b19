// The three output formats. JSON is a contract other tools rely on; SARIF 2.1.0 feeds
// code-scanning dashboards; text is for people in a terminal.
import { CODE_DESCRIPTIONS, type DiagnosticCode } from '../../core/src/index.js';
import type { JsonDiagnostic } from './positions.js';

export interface FileReport {
  path: string;
  diagnostics: JsonDiagnostic[];
  error?: string;
}

export interface Report {
  version: string;
  factBase: { instruments: number; parties: number; errors: number };
  files: FileReport[];
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' } as const;

export function formatText(report: Report, colour: boolean): string {
  const lines: string[] = [];
  let errors = 0;
  let others = 0;
  for (const file of report.files) {
    if (file.error) lines.push(`${file.path}: ${file.error}`);
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors++;
      else others++;
      const severity = colour ? `${COLOURS[d.severity]}${d.severity}\x1b[0m` : d.severity;
      lines.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severity} ${d.code} ${d.message}${d.fixes[0] ? ` [fix: ${d.fixes[0].title}]` : ''}`);
    }
  }
  lines.push(`${report.files.length} file${report.files.length === 1 ? '' : 's'} checked against ${report.factBase.instruments} instruments: ${errors} error${errors === 1 ? '' : 's'}, ${others} other finding${others === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(report: Report): string {
  const codes = Object.keys(CODE_DESCRIPTIONS) as DiagnosticCode[];
  const results = report.files.flatMap((file) => file.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code as DiagnosticCode),
    level: SARIF_LEVEL[d.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toUri(file.path) },
        region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      },
    }],
    ...(d.fixes.length > 0 ? {
      fixes: d.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{
          artifactLocation: { uri: toUri(file.path) },
          replacements: fix.edits.map((e) => ({
            deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
            insertedContent: { text: e.newText },
          })),
        }],
      })),
    } : {}),
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Treaty Check',
          version: report.version,
          rules: codes.map((id) => ({ id, shortDescription: { text: CODE_DESCRIPTIONS[id] } })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toUri(path: string): string {
  if (path === '<stdin>') return 'stdin';
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

// Command-line arguments: treaty-check [paths…] [--facts DIR]… [--format text|json|sarif] [--as-of YYYY-MM-DD] [--fix]

export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  paths: string[];
  facts: string[];
  format: Format;
  asOf?: string;
  fix: boolean;
  noDefaultFacts: boolean;
  jobs?: number;
  /** File that keeps parsed workspace fact files between runs. */
  cache?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: treaty-check [paths…] [options]

Checks claims about treaties in Markdown briefs against a sourced fact base.
Directories are searched for *.md files; "-" reads standard input.

Options:
  --facts DIR          add a fact directory (repeatable)
  --no-default-facts   do not load the bundled fact base
  --format FORMAT      text (default), json or sarif
  --as-of YYYY-MM-DD   date at which "still in force" claims are judged
  --fix                write the preferred fixes into the files
  --jobs N             worker threads (default: one per core)
  --cache FILE         keep parsed fact files in FILE between runs (faster
                       start with large fact bases)
  -h, --help           show this help
  --version            print the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.
`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { paths: [], facts: [], format: 'text', fix: false, noDefaultFacts: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--facts': args.facts.push(value()); break;
      case '--no-default-facts': args.noDefaultFacts = true; break;
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`Unknown format "${f}": use text, json or sarif.`);
        args.format = f;
        break;
      }
      case '--as-of': {
        const d = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`--as-of takes a date like 2026-11-24, not "${d}".`);
        args.asOf = d;
        break;
      }
      case '--fix': args.fix = true; break;
      case '--jobs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--jobs takes a whole number of at least 1.');
        args.jobs = n;
        break;
      }
      case '--cache': args.cache = value(); break;
      case '-h': case '--help': args.help = true; break;
      case '--version': args.version = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        args.paths.push(arg);
    }
  }
  return args;
}

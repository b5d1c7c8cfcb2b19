// The readable table and the one-line JSON summary (the keys other tools read).

const fmt = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '—');

/** The issue's targets (2-core machine); `ok` is undefined when a target does not apply. */
export function targets(s, cores) {
  return {
    check_over_parse: { text: '≤ 1.3', ok: s.check_over_parse <= 1.3 },
    check_over_markdownlint: { text: '≤ 0.8', ok: s.check_over_markdownlint <= 0.8 },
    edit_p95_ms: { text: '≤ 20 ms', ok: s.edit_p95_ms <= 20 },
    first_diagnostics_ms: { text: '≤ 300 ms', ok: s.first_diagnostics_ms <= 300 },
    factbase_10k_load_ms: { text: '≤ 1000 ms', ok: s.factbase_10k_load_ms <= 1000 },
    factbase_10k_check_ratio: { text: '≤ 1.2', ok: s.factbase_10k_check_ratio <= 1.2 },
    rss_mb: { text: '≤ 150 MB', ok: s.rss_mb <= 150 },
    // The same target read once V8's memory reducer has run (not measured with --quick).
    rss_idle_mb: { text: '≤ 150 MB, idle', ok: s.rss_idle_mb === undefined ? undefined : s.rss_idle_mb <= 150 },
    cli_parallel_speedup: { text: '≥ 1.7 (2 cores)', ok: cores >= 2 ? s.cli_parallel_speedup >= 1.7 : undefined },
  };
}

export function printTable(r, summary, write) {
  const rows = [];
  const section = (title) => rows.push([title]);
  const row = (label, median, p95, unit = 'ms', key) => rows.push([`  ${label}`, median, p95, unit, key]);
  const goals = targets(summary, r.machine.cores);

  for (const [name, d] of Object.entries(r.documents)) {
    section(`Document ${name}: ${d.words.toLocaleString('en')} words, ${(d.bytes / 1024).toFixed(0)} KiB, ${d.findings} findings`);
    row('check, fresh checker', fmt(d.check.median), fmt(d.check.p95), 'ms', name === '10k' ? 'check_ms_10k' : undefined);
    row('check, warm (all blocks cached)', fmt(d.warmCheck.median, 2), fmt(d.warmCheck.p95, 2));
    row('parseMarkdown (product parse)', fmt(d.parse.median), fmt(d.parse.p95), 'ms', name === '10k' ? 'parse_ms_10k' : undefined);
    row('remark-parse alone', fmt(d.remark.median), fmt(d.remark.p95));
    row('markdownlint, default rules', fmt(d.markdownlint.median), fmt(d.markdownlint.p95));
    row('check ÷ product parse', fmt(d.checkOverParse.median, 2), fmt(d.checkOverParse.p95, 2), '×', name === '10k' ? 'check_over_parse' : undefined);
    row('check ÷ remark-parse', fmt(d.checkOverRemark.median, 2), fmt(d.checkOverRemark.p95, 2), '×');
    row('product parse ÷ remark-parse', fmt(d.parseOverRemark.median, 2), fmt(d.parseOverRemark.p95, 2), '×');
    row('check ÷ markdownlint', fmt(d.checkOverMarkdownlint.median, 2), fmt(d.checkOverMarkdownlint.p95, 2), '×', name === '10k' ? 'check_over_markdownlint' : undefined);
  }
  if (r.factBase) {
    const f = r.factBase;
    section(`Fact base: bundled (${f.bundled.instruments} instruments, ${f.bundled.names} names) vs generated (${f.large.instruments} instruments, ${f.large.names.toLocaleString('en')} names)`);
    row('load bundled', fmt(f.bundled.load.median), fmt(f.bundled.load.p95));
    row('load bundled + generated, first load', fmt(f.largeCold.load.median), fmt(f.largeCold.load.p95), 'ms', 'factbase_10k_cold_load_ms');
    row('load bundled + generated, from parse cache', fmt(f.large.load.median), fmt(f.large.load.p95), 'ms', 'factbase_10k_load_ms');
    row('heap held: bundled / bundled + generated', fmt(f.bundled.heapMb), fmt(f.large.heapMb), 'MB');
    row('check 10k brief, bundled base', fmt(f.check.bundled.median), fmt(f.check.bundled.p95));
    row('check 10k brief, generated base', fmt(f.check.large.median), fmt(f.check.large.p95));
    row('generated ÷ bundled check', fmt(f.check.ratio.median, 2), fmt(f.check.ratio.p95, 2), '×', 'factbase_10k_check_ratio');
  }
  if (r.start) {
    section('Start (bundled base, 1,000-word brief)');
    row('spawn → initialize answered', fmt(r.start.initialize.median), fmt(r.start.initialize.p95), 'ms', 'initialize_ms');
    row('spawn → first diagnostics', fmt(r.start.firstDiagnostics.median), fmt(r.start.firstDiagnostics.p95), 'ms', 'first_diagnostics_ms');
    row('server RSS after first diagnostics', fmt(r.start.rssMb), '', 'MB');
  }
  if (r.editing) {
    const e = r.editing;
    section(`Editing the 10,000-word brief (${e.instruments} instruments, ${e.edit.n} edits, debounce 0)`);
    row('first start: spawn → fact base ready (no parse cache)', fmt(e.firstReadyMs), '', 'ms');
    row('later start: spawn → initialize answered', fmt(e.initializeMs), '', 'ms');
    row('later start: spawn → fact base ready (status)', fmt(e.readyMs), '', 'ms');
    row(`didOpen → diagnostics (${e.diagnostics})`, fmt(e.openMs), '', 'ms');
    row('didChange → diagnostics, p50 / p95', fmt(e.edit.median), fmt(e.edit.p95), 'ms', 'edit_p50_ms / edit_p95_ms');
    row('didChange → diagnostics, max', fmt(e.edit.max), '', 'ms', 'edit_max_ms');
    row('server RSS after the editing run', fmt(e.rssMb), '', 'MB', 'rss_mb');
    row('server RSS, lowest over the next 40 s idle', fmt(e.rssIdleMb), '', 'MB', 'rss_idle_mb');
  }
  if (r.editingBundled) {
    const e = r.editingBundled;
    section(`Editing the 10,000-word brief, bundled base only (${e.instruments} instruments, same edits)`);
    row('didChange → diagnostics, p50 / p95', fmt(e.edit.median), fmt(e.edit.p95));
    row('didChange → diagnostics, max', fmt(e.edit.max), '', 'ms');
    row('server RSS after the editing run', fmt(e.rssMb), '', 'MB');
    row('server RSS, lowest over the next 40 s idle', fmt(e.rssIdleMb), '', 'MB');
  }
  if (r.cli) {
    const c = r.cli;
    section(`CLI over ${r.inputs.corpusFiles} briefs (${(r.inputs.corpusBytes / 1e6).toFixed(2)} MB), ${r.machine.cores} cores`);
    row('--jobs 1, wall time', fmt(c.one.median), fmt(c.one.p95));
    row('all cores, wall time', fmt(c.all.median), fmt(c.all.p95));
    row('throughput --jobs 1 / all cores', fmt(c.mbPerSecOne, 2), fmt(c.mbPerSecAll, 2), 'MB/s', 'cli_mb_per_s (all cores)');
    row('all cores ÷ one core', fmt(c.speedup.median, 2), fmt(c.speedup.p95, 2), '×', 'cli_parallel_speedup');
  }

  const m = r.machine;
  write(`Treaty Check benchmark${r.plan.quick ? ' (--quick)' : ''}: ${m.cores} cores (${m.cpu}), node ${m.node}, load average ${m.loadAverageAtStart.toFixed(1)} → ${m.loadAverageAtEnd.toFixed(1)}${m.exposeGc ? '' : ', without --expose-gc'}\n`);
  if (r.revision) write(`Measured: commit ${r.revision.commit}${r.revision.modifiedFiles ? ` with ${r.revision.modifiedFiles} modified files` : ''}\n`);
  write('Absolute times swing with machine load; the paired ratios are the figures to compare.\n\n');
  const width = [46, 10, 10, 5];
  write(`${'figure'.padEnd(width[0])} ${'median'.padStart(width[1])} ${'p95'.padStart(width[2])} ${'unit'.padEnd(width[3])} key\n`);
  for (const [label, median, p95, unit, key] of rows) {
    if (median === undefined) {
      write(`${label}\n`);
      continue;
    }
    write(`${label.padEnd(width[0])} ${String(median).padStart(width[1])} ${String(p95).padStart(width[2])} ${unit.padEnd(width[3])} ${key ?? ''}\n`);
  }
  write('\nTargets (issue 9, 2-core machine):\n');
  for (const [key, goal] of Object.entries(goals)) {
    const verdict = goal.ok === undefined ? 'n/a' : goal.ok ? 'met' : 'NOT met';
    write(`  ${key.padEnd(26)} ${fmt(summary[key], 2).padStart(10)}  target ${goal.text.padEnd(16)} ${Number.isFinite(summary[key]) ? verdict : 'not measured'}\n`);
  }
}

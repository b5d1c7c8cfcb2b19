// Reads a V8 .cpuprofile (from `node --cpu-prof`) and ranks functions by self time,
// and files (or packages) by self time.

export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const total = deltas.reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, micros] of self) {
    const { callFrame: f } = byId.get(id);
    const file = f.url ? shortUrl(f.url) : `(${f.functionName || 'native'})`;
    const key = `${f.functionName || '(anonymous)'}  ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const group = packageOf(f.url) ?? file;
    byFile.set(group, (byFile.get(group) ?? 0) + micros);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, micros] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame: f } = byId.get(at);
      if (!f.url) continue;
      const key = `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const rank = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: rank(byFunction), files: rank(byFile), inclusive: rank(inclusive) };
}

function shortUrl(url) {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  const out = path.indexOf('/out/');
  if (out >= 0) return path.slice(out + 1);
  const dist = path.indexOf('/dist/');
  return dist >= 0 ? path.slice(dist + 1) : path;
}

function packageOf(url) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url ?? '');
  return m ? `[${m[1]}]` : undefined;
}

export function formatTop(summary, n = 25) {
  const lines = [`total sampled ${summary.totalMs.toFixed(0)} ms`, '', 'self time by function:'];
  for (const f of summary.functions.slice(0, n)) lines.push(`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  lines.push('', 'total (inclusive) time by function:');
  for (const f of summary.inclusive.slice(0, n)) lines.push(`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  lines.push('', 'self time by file / package:');
  for (const f of summary.files.slice(0, Math.ceil(n / 2))) lines.push(`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  return `${lines.join('\n')}\n`;
}

// Entry of `node dist/server.js --stdio [--code-cache-dir=DIR]`: runs the server bundle
// (dist/serverBundle.js) through a V8 code cache (host/src/codeCache.ts). The cache built
// with the extension is read from dist/; the client names a folder of its own storage,
// where a cache is written whenever none was usable (as under VS Code's own V8).
import { join } from 'node:path';
import { runWithCodeCache } from '../../../host/src/codeCache.js';
import { tuneEngine } from '../../../host/src/engineFlags.js';

// Flags first: V8 accepts a cache only under the flags it was made with.
tuneEngine();
const CACHE_ARG = '--code-cache-dir=';
const cacheDir = process.argv.find((a) => a.startsWith(CACHE_ARG))?.slice(CACHE_ARG.length) || undefined;
runWithCodeCache({
  bundle: join(__dirname, 'serverBundle.js'),
  readDirs: cacheDir ? [cacheDir, __dirname] : [__dirname],
  writeDir: cacheDir,
  writeAfterMs: 10_000,
});

// Entry of `node dist/server.js --stdio`.
import { join } from 'node:path';
import { tuneEngine } from '../../../host/src/engineFlags.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server.js';

tuneEngine();
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { defaultFactsDir: join(__dirname, '..', 'facts'), defaultCompiled: join(__dirname, 'facts.json') });

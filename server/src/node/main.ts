// The server bundle (dist/serverBundle.js), started by dist/server.js (launch.ts).
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server.js';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { defaultFactsDir: join(__dirname, '..', 'facts'), defaultCompiled: join(__dirname, 'facts.json') });

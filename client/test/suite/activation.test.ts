import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, ClientState, extension, pollFor } from './util';

describe('activation', () => {
  it('activates in the fixture workspace and returns the client and a status getter', async () => {
    const api = await activateExtension();
    assert.equal(api.client.state, ClientState.Running);
    const status = await pollFor(() => api.getStatus(), (s) => s.state !== 'starting', 'the fact base to load');
    assert.equal(status.state, 'ok', `getStatus() = ${JSON.stringify(status)}`);
    assert.equal(typeof status.text, 'string');
    // The bundled base holds dozens of instruments; the workspace adds one more.
    assert.ok(status.instruments > 1, `getStatus().instruments = ${status.instruments}`);
  });

  it('registers every command it contributes', async () => {
    await activateExtension();
    const contributed: { command: string }[] = extension().packageJSON.contributes?.commands ?? [];
    const ids = contributed.map((c) => c.command);
    for (const id of ['treatyCheck.fixAll', 'treatyCheck.insertCitation', 'treatyCheck.insertArticleSummary',
      'treatyCheck.restartServer', 'treatyCheck.checkWorkspace', 'treatyCheck.showFactCard', 'treatyCheck.openFactBase']) {
      assert.ok(ids.includes(id), `package.json does not contribute ${id}`);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = ids.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});

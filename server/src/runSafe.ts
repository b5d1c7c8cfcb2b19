// Every handler runs through here: an exception is logged and answered with a neutral
// value, and a cancelled request is answered as cancelled, so no document can bring the
// server down.
import { CancellationToken, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

// The error's data type differs per request (diagnostics carry retriggerRequest); any keeps one helper for all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cancelled = ResponseError<any>;

export function runSafe<T>(connection: Connection, name: string, neutral: T, token: CancellationToken | undefined, work: () => T | Promise<T>): Promise<T | Cancelled> {
  return new Promise((resolve) => {
    if (token?.isCancellationRequested) {
      resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled', { retriggerRequest: true }));
      return;
    }
    Promise.resolve()
      .then(work)
      .then((result) => {
        if (token?.isCancellationRequested) resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled', { retriggerRequest: true }));
        else resolve(result);
      })
      .catch((error: unknown) => {
        connection.console.error(`Treaty Check: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        resolve(neutral);
      });
  });
}

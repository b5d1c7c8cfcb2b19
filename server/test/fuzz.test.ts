// Fuzzing the real server with edits (seeded: FUZZ_SEED replays a run). 10,000 random
// incremental edits in bursts (inserts, deletes, pastes of whole briefs, undo-like
// reversals, edits inside a flagged date, several changes per notification) go over the
// protocol; after each burst the pulled diagnostics must equal a fresh core check of the
// final text, converted to LSP ranges: no stale or misplaced range. In push mode every
// published version must match the text of that version.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { FUZZ_SEED, fragment, random, realBriefs } from '../../core/test/fuzzKit.js';
import { startServer, type Harness } from './harness.js';
import { AS_OF, assertAlive, expectedDiagnostics, summarize, within } from './robustKit.js';

const MAX_TEXT = 40_000;
const BOUND_MS = 60_000; // a hang guard for a loaded CI machine, not a benchmark
const DATE = /\b(?:\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\b/g;

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/** A client-side mirror of the document that produces random edits the way an editor sends them. */
class EditingSession {
  document: TextDocument;
  private readonly next: () => number;
  private readonly pieces: string[];
  private readonly briefs: string[];
  private undo: { start: number; removed: string; insertedLength: number }[] = [];

  constructor(readonly uri: string, text: string, seed: number) {
    this.document = TextDocument.create(uri, 'markdown', 1, text);
    this.next = random(seed);
    this.pieces = fc.sample(fragment, { seed, numRuns: 2_000 });
    this.briefs = realBriefs().map((b) => b.text);
  }

  get text(): string {
    return this.document.getText();
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** An offset that never splits a CRLF pair (an editor never puts the cursor there). */
  private offset(max = this.text.length): number {
    let at = Math.floor(this.next() * (max + 1));
    if (at > 0 && this.text[at - 1] === '\r' && this.text[at] === '\n') at--;
    return at;
  }

  private clampEnd(start: number, end: number): number {
    let e = Math.min(this.text.length, end);
    if (e > start && this.text[e - 1] === '\r' && this.text[e] === '\n') e++;
    return e;
  }

  /** One random edit, as an LSP change against the current text, applied to the mirror. */
  edit(): Change {
    const text = this.text;
    const roll = this.next();
    let start: number;
    let end: number;
    let insert: string;
    if (text.length > MAX_TEXT || (roll < 0.1 && text.length > 0)) {
      // Delete a range (large when the document grew too big).
      start = this.offset();
      end = this.clampEnd(start, start + (text.length > MAX_TEXT ? Math.floor(text.length / 3) : 1 + Math.floor(this.next() * 60)));
      insert = '';
    } else if (roll < 0.2 && this.undo.length > 0) {
      // Undo-like: put back exactly what the last edit replaced.
      const last = this.undo.pop()!;
      start = last.start;
      end = last.start + last.insertedLength;
      insert = last.removed;
      const change = this.apply(start, end, insert);
      this.undo.pop(); // an undo is not itself undone
      return change;
    } else if (roll < 0.23) {
      // Paste a whole brief.
      start = this.offset();
      end = start;
      insert = this.pick(this.briefs);
    } else if (roll < 0.4) {
      // Edit inside a date (most are flagged): change a digit or a month.
      const dates = [...text.matchAll(DATE)];
      if (dates.length === 0) return this.edit();
      const date = this.pick(dates);
      const inside = date.index + Math.floor(this.next() * date[0].length);
      start = inside;
      end = this.clampEnd(start, start + 1);
      insert = this.pick(['1', '9', '0', '', ' ', 'June', '-', '2024', '\n']);
    } else {
      // Type or replace a little.
      start = this.offset();
      end = this.next() < 0.3 ? this.clampEnd(start, start + Math.floor(this.next() * 8)) : start;
      insert = this.pick(this.pieces);
    }
    return this.apply(start, end, insert);
  }

  private apply(start: number, end: number, insert: string): Change {
    const change: Change = { range: { start: this.document.positionAt(start), end: this.document.positionAt(end) }, text: insert };
    const removed = this.text.slice(start, end);
    this.document = TextDocument.update(this.document, [change as TextDocumentContentChangeEvent], this.document.version);
    this.undo.push({ start, removed, insertedLength: insert.length });
    if (this.undo.length > 20) this.undo.shift();
    return change;
  }

  /** Ends a notification: the mirror's version moves on. */
  commit(): number {
    this.document = TextDocument.update(this.document, [], this.document.version + 1);
    return this.document.version;
  }
}

describe('server fuzz: 10,000 incremental edits in bursts (pull diagnostics)', () => {
  let server: Harness;
  before(async () => {
    server = await startServer({ settings: { asOf: AS_OF } });
  });
  after(() => server.stop());

  test(`diagnostics after each burst equal a fresh check of the final text (FUZZ_SEED=${FUZZ_SEED})`, async () => {
    const uri = 'file:///fuzz/brief.md';
    const session = new EditingSession(uri, realBriefs()[0].text, FUZZ_SEED);
    server.open(uri, session.text, session.document.version);
    const next = random(FUZZ_SEED ^ 0x5bd1e995);
    let edits = 0;
    let bursts = 0;
    let flagged = 0;
    while (edits < 10_000) {
      const burst = 20 + Math.floor(next() * 180);
      for (let i = 0; i < burst && edits < 10_000; ) {
        // Several changes in one notification, applied in order, as editors send them.
        const changes: Change[] = [];
        const count = next() < 0.2 ? 2 + Math.floor(next() * 4) : 1;
        for (let c = 0; c < count && edits < 10_000; c++, i++, edits++) changes.push(session.edit());
        server.change(uri, session.commit(), changes);
      }
      bursts++;
      const pulled = within(`pull after burst ${bursts}`, BOUND_MS, server.pull(uri));
      const expected = expectedDiagnostics(session.text);
      const diagnostics = summarize(await pulled);
      if (JSON.stringify(diagnostics) !== JSON.stringify(expected)) {
        assert.fail(`FUZZ_SEED=${FUZZ_SEED}: burst ${bursts} (${edits} edits, version ${session.document.version}) left diagnostics that differ from a fresh check.\nText: ${JSON.stringify(session.text.slice(0, 2000))}\nServer: ${JSON.stringify(diagnostics)}\nFresh: ${JSON.stringify(expected)}`);
      }
      flagged += diagnostics.length;
    }
    assert.equal(edits, 10_000);
    assert.ok(flagged > bursts, `the edits kept claims to check (${flagged} diagnostics over ${bursts} bursts)`);
    await assertAlive(server, uri);
  });
});

describe('server fuzz: push diagnostics name the version they were computed for', () => {
  let server: Harness;
  before(async () => {
    server = await startServer({ pull: false, settings: { asOf: AS_OF, debounceMs: 0 } });
  });
  after(() => server.stop());

  test(`every published version matches the text of that version (FUZZ_SEED=${FUZZ_SEED})`, async () => {
    const uri = 'file:///fuzz/pushed.md';
    const session = new EditingSession(uri, realBriefs()[1].text, FUZZ_SEED + 1);
    const texts = new Map<number, string>([[session.document.version, session.text]]);
    server.open(uri, session.text, session.document.version);
    const next = random(FUZZ_SEED + 2);
    let verified = 0;
    for (let burst = 0; burst < 25; burst++) {
      const size = 5 + Math.floor(next() * 40);
      for (let i = 0; i < size; i++) {
        const change = session.edit();
        const version = session.commit();
        texts.set(version, session.text);
        server.change(uri, version, [change]);
      }
      const final = session.document.version;
      // Drain the pushes up to the final version: each must fit the text it names.
      for (;;) {
        const push = await within(`push for version ${final}`, BOUND_MS, server.nextPush(uri));
        assert.ok(push.version !== undefined && texts.has(push.version), `push names a known version (${push.version})`);
        assert.deepEqual(summarize(push.diagnostics), expectedDiagnostics(texts.get(push.version!)!), `FUZZ_SEED=${FUZZ_SEED}: push for version ${push.version}`);
        verified++;
        if (push.version === final) break;
      }
    }
    assert.ok(verified >= 25);
  });
});

// The queue the CLI's threads share: every file is taken once, whichever thread asks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileQueue } from '../src/fileQueue.js';

test('queues over one shared counter hand out every file exactly once, in order', () => {
  const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'];
  const first = new FileQueue(files);
  const second = new FileQueue(files, first.shared);
  const taken: string[] = [];
  const byFirst: string[] = [];
  for (let turn = 0; turn < 10; turn++) {
    const queue = turn % 3 === 0 ? second : first;
    const file = queue.take();
    if (file === undefined) continue;
    taken.push(file);
    if (queue === first) byFirst.push(file);
  }
  assert.deepEqual(taken, files);
  assert.deepEqual(byFirst, ['b.md', 'c.md', 'e.md']);
  assert.equal(first.take(), undefined);
  assert.equal(second.take(), undefined);
});

test('an empty queue has nothing to take', () => {
  assert.equal(new FileQueue([]).take(), undefined);
});

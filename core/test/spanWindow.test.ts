// Mentions near a position are found by binary search: the same ones a filter would find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { startingWithin } from '../src/extract/spanWindow.js';
import { assertProperty } from './fuzzKit.js';

test('startingWithin finds what a filter over the sorted mentions finds', async () => {
  await assertProperty(fc.property(fc.array(fc.nat(200), { maxLength: 60 }), fc.integer({ min: -20, max: 220 }), fc.nat(80), (starts, from, width) => {
    const sorted = [...starts].sort((a, b) => a - b).map((start) => ({ start, end: start + 3 }));
    assert.deepEqual(startingWithin(sorted, from, from + width), sorted.filter((m) => m.start >= from && m.start < from + width));
  }), 3000);
});

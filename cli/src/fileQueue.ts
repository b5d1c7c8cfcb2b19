// A list of files that several threads take from, each file once: one shared counter,
// advanced atomically, says which file is next.

export class FileQueue {
  private readonly counter: Int32Array;

  constructor(
    readonly files: readonly string[],
    readonly shared: SharedArrayBuffer = new SharedArrayBuffer(4),
  ) {
    this.counter = new Int32Array(shared);
  }

  /** The next file no thread has taken yet, or undefined when all are taken. */
  take(): string | undefined {
    const i = Atomics.add(this.counter, 0, 1);
    return i < this.files.length ? this.files[i] : undefined;
  }
}

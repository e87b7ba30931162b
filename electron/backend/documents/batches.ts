/** One running import: whether the user cancelled it, and a signal that stops the file being read. */
export interface Batch {
  cancelled: boolean;
  signal: AbortSignal;
}

interface Entry extends Batch {
  controller: AbortController;
  remaining: number;
}

/** The imports running now, by batch id, so a Cancel from any window reaches them. */
export class BatchRegistry {
  private readonly batches = new Map<string, Entry>();

  /** Starts a batch that runs in one call (desktop paths). */
  start(batchId: string): Batch {
    return this.join(batchId, Number.POSITIVE_INFINITY);
  }

  /** Starts, or continues, a batch that arrives one file per request (browser mode). */
  join(batchId: string, total: number): Batch {
    let entry = this.batches.get(batchId);
    if (!entry) {
      const controller = new AbortController();
      entry = {
        controller,
        cancelled: false,
        remaining: total,
        get signal() {
          return controller.signal;
        },
      };
      this.batches.set(batchId, entry);
    }
    return entry;
  }

  /** Notes that `done` files of a streamed batch have arrived; forgets the batch at the end. */
  progress(batchId: string, done: number): void {
    const entry = this.batches.get(batchId);
    if (entry && done >= entry.remaining) this.batches.delete(batchId);
  }

  finish(batchId: string): void {
    this.batches.delete(batchId);
  }

  /** Cancels every running batch (the library is closing or moving). */
  cancelAll(): void {
    for (const id of [...this.batches.keys()]) this.cancel(id);
  }

  /** Cancels a batch: the file being read stops, no more are read. False when no such batch runs. */
  cancel(batchId: string): boolean {
    const entry = this.batches.get(batchId);
    if (!entry) return false;
    entry.cancelled = true;
    entry.controller.abort();
    // Keep a cancelled streamed batch a little, so its remaining uploads are refused.
    setTimeout(() => this.batches.delete(batchId), 60_000).unref();
    return true;
  }
}

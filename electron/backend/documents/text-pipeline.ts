import fs from 'node:fs/promises';
import type { TextStatus } from '../../../shared/contract';
import { isExtractorClosed, type Extractor } from '../extract';
import { writeFileAtomic } from '../fs/atomic-write';
import { logError } from '../log';
import type { LibraryLayout } from './layout';

export interface TextJob {
  documentId: string;
  versionId: string;
  absolutePath: string;
  mimeType: string;
  sha256: string;
}

export interface TextOutcome {
  status: Exclude<TextStatus, 'pending'>;
  reason?: string;
}

/** A job is the same job only for the same content at the same place (a moved file is read again). */
const jobKey = (job: TextJob) => `${job.documentId}/${job.versionId}/${job.sha256}/${job.absolutePath}`;

/**
 * Reads documents' text in the extractor's worker threads, after they are safely stored,
 * and keeps it beside the index (text/<sha256>.txt) so search never has to re-read files.
 */
export class TextPipeline {
  private readonly queued = new Set<string>();
  private running = 0;
  private readonly waiting: TextJob[] = [];
  private idleResolvers: Array<() => void> = [];
  private holds = 0;
  private stopped = false;

  constructor(
    private readonly extractor: Extractor,
    private readonly layout: LibraryLayout,
    private readonly onDone: (job: TextJob, outcome: TextOutcome) => Promise<void>,
    private readonly concurrency = 2,
  ) {}

  /** Queues a version for reading; a version already waiting is not queued twice. */
  enqueue(job: TextJob): void {
    if (this.stopped) return; // closing: versions stay pending and are read at the next open
    const key = jobKey(job);
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.waiting.push(job);
    this.pump();
  }

  /** Stops taking work and waits for the files being read now. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.length = 0;
    this.queued.clear();
    await this.idle();
  }

  /** Pauses reading while a batch is imported, so the import finishes sooner; text follows it. */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.pump();
    };
  }

  /** The text stored for a file's content, or '' when there is none. */
  async textOf(sha256: string): Promise<string> {
    try {
      return await fs.readFile(this.layout.textFile(sha256), 'utf8');
    } catch {
      return '';
    }
  }

  /** Resolves when nothing is waiting or being read. */
  idle(): Promise<void> {
    if (this.running === 0 && (this.waiting.length === 0 || this.holds > 0)) return Promise.resolve();
    return new Promise((resolve) => this.idleResolvers.push(resolve));
  }

  private pump(): void {
    while (this.holds === 0 && this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      void this.process(job).finally(() => {
        this.running--;
        this.queued.delete(jobKey(job));
        this.pump();
        if (this.running === 0 && this.waiting.length === 0) {
          for (const resolve of this.idleResolvers.splice(0)) resolve();
        }
      });
    }
  }

  private async process(job: TextJob): Promise<void> {
    try {
      const result = await this.extractor.extract(job.absolutePath, job.mimeType);
      if (result.status === 'has-text') {
        await fs.mkdir(this.layout.text, { recursive: true });
        await writeFileAtomic(this.layout.textFile(job.sha256), result.text);
      }
      await this.onDone(job, { status: result.status, reason: result.reason });
    } catch (err) {
      if (isExtractorClosed(err)) return; // shutting down: it stays pending and is read at the next start
      logError(`reading the text of ${job.absolutePath}`, err);
      await this.onDone(job, { status: 'failed', reason: 'We couldn’t read the text of this file.' }).catch(() => undefined);
    }
  }
}

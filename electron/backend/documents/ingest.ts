import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors';
import { SNIFF_BYTES } from './file-type';

/** A file copied into the library's temp folder, not yet in its final place. */
export interface StagedFile {
  tempPath: string;
  sha256: string;
  size: number;
  /** The first bytes, for type detection. */
  head: Uint8Array;
}

export const TEMP_SUFFIX = '.part';

/**
 * Copies `source` into `tempDir` and hashes it in the same single streaming pass. Stops as
 * soon as the size limit is passed, and removes the partial copy on any failure. No fsync
 * per file: a whole batch is flushed once at its end (see Library.flush), and a start
 * after a power cut re-checks the hashes of everything added since the last clean close.
 */
export async function stageFile(source: Readable, tempDir: string, limitBytes: number, signal?: AbortSignal): Promise<StagedFile> {
  const tempPath = path.join(tempDir, `${randomBytes(9).toString('base64url')}${TEMP_SUFFIX}`);
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limitBytes) return callback(new TooLargeError(limitBytes));
      hash.update(chunk);
      if (headSize < SNIFF_BYTES) {
        headChunks.push(chunk.subarray(0, SNIFF_BYTES - headSize));
        headSize += Math.min(chunk.length, SNIFF_BYTES - headSize);
      }
      callback(null, chunk);
    },
  });
  const out = fs.createWriteStream(tempPath, { flags: 'wx' });
  try {
    await pipeline(source, meter, out, { signal });
  } catch (err) {
    await fs.promises.rm(tempPath, { force: true });
    throw err;
  }
  return { tempPath, sha256: hash.digest('hex'), size, head: new Uint8Array(Buffer.concat(headChunks)) };
}

/** The file passed the size limit while it was being read. */
export class TooLargeError extends UserError {
  constructor(limitBytes: number) {
    super(`This file is larger than ${Math.round(limitBytes / 1024 / 1024)} MB, the most the library takes. You can raise the limit in Settings.`);
  }
}

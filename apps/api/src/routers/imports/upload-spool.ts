import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, imports } from '@crm/core';

export interface Spool {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

export const spoolDirectory = join(tmpdir(), 'crm-imports');

export const tooLarge = (): AppError =>
  new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${imports.MAX_IMPORT_BYTES / 1024 / 1024} MB`);

/**
 * Decodes the upload as it arrives (UTF-8 strictly, or Windows-1251) and writes it as UTF-8
 * without BOM; counts bytes against the import limit. Invalid UTF-8 is refused, naming the offset.
 */
function decodingStream(encoding: 'utf-8' | 'windows-1251', counter: { bytes: number }): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const invalid = () =>
    AppError.invalid(
      [
        {
          field: 'file',
          message: `is not valid ${encoding.toUpperCase()} text (near byte ${counter.bytes})`,
        },
      ],
      'The file is not valid UTF-8 text: save it as CSV UTF-8, or send encoding "windows-1251"',
    );
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counter.bytes += chunk.length;
      if (counter.bytes > imports.MAX_IMPORT_BYTES) {
        callback(tooLarge());
        return;
      }
      try {
        callback(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
      } catch {
        callback(invalid());
      }
    },
    flush(callback) {
      try {
        callback(null, Buffer.from(decoder.decode(), 'utf8'));
      } catch {
        callback(invalid());
      }
    },
  });
}

/** Writes an uploaded file to a private temporary file, so the import never waits on the client. */
export async function spoolUpload(source: Readable, encoding: 'utf-8' | 'windows-1251'): Promise<Spool> {
  await mkdir(spoolDirectory, { recursive: true, mode: 0o700 });
  const path = join(spoolDirectory, `${randomUUID()}.csv`);
  const counter = { bytes: 0 };
  const remove = () => rm(path, { force: true });
  try {
    await pipeline(source, decodingStream(encoding, counter), createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, bytes: counter.bytes, remove };
}

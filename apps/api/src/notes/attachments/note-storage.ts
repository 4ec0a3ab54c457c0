import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where attachment bytes live. The rows (name, type, size, note) are in PostgreSQL; the storage
 * only keeps bytes under an opaque key the API makes (a UUID), never a user-given name.
 *
 * Two implementations are meant: `LocalFolderStorage` (the default, a folder on disk) and, for
 * production with several instances, an S3-compatible bucket (put = PutObject with the key,
 * open = GetObject's body stream, delete = DeleteObject), documented in the README; it is not
 * written yet because no S3 client is among the pinned dependencies.
 */
export abstract class NoteStorage {
  /** Writes the stream under `key`; the stream may fail midway (too large), leaving nothing behind. */
  abstract put(key: string, content: Readable): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  /** Deleting a key that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f-]{36}$/;

/** Attachments as files in one folder, named by key. */
export class LocalFolderStorage extends NoteStorage {
  private readonly root: string;

  constructor(folder: string) {
    super();
    this.root = resolve(folder);
  }

  private pathOf(key: string): string {
    // Keys are ours (UUIDs); refusing anything else keeps a path from ever leaving the folder.
    if (!KEY.test(key)) throw new Error(`bad storage key ${key}`);
    return join(this.root, key);
  }

  async put(key: string, content: Readable): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const path = this.pathOf(key);
    try {
      await pipeline(content, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }
}

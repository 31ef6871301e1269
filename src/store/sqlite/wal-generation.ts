/**
 * @module store/sqlite/wal-generation — a number that changes whenever any process commits to a
 * SQLite database in WAL mode, read with one `pread` instead of a read transaction.
 *
 * Why: a SQLite point read inside the API server costs 10–15 µs of CPU (two `fcntl` lock calls, an
 * `fstat`, the B-tree descent, and Kysely's async hops around it), about half of an agent retrieve
 * beside the HTTP work itself (bench/api.ts, ADR 0071). Rows that have not changed since they were
 * read can be served from memory — if we can tell, cheaply and across processes (the CLI's `worker`,
 * `import` and `dream` open the same file), that nothing has committed since.
 *
 * How: in WAL mode every connection shares the wal-index (`<db>-shm`, a file each connection maps
 * with `MAP_SHARED`). Its first 96 bytes are two copies of the wal-index header (`WalIndexHdr`, the
 * documented WAL-index format: iVersion, iChange, isInit, mxFrame, nPage, frame checksums, salts,
 * header checksum). A writer rewrites both copies when it commits — `iChange` goes up and `mxFrame`
 * moves — and also when a checkpoint restarts the log (new salts). So while those bytes are unchanged,
 * no transaction has committed and every row read since is current. Reading them with `pread` sees the
 * shared mapping's current content (same page cache).
 *
 * Safety argument (the caller tags what it reads with the generation taken *before* the read):
 * - any change of the header bytes is a new generation, so a commit is never missed; a change that
 *   is not a commit (a log restart) only costs a spurious miss;
 * - a writer updates copy 1, then copy 0; while they differ the header is mid-write and `current()`
 *   answers `undefined` (callers then read the database as usual);
 * - a read that started after the generation was taken can only be newer than the generation says,
 *   never older, and a newer generation makes it a miss anyway.
 * Anything unexpected (no `-shm` yet, a short read, `isInit` unset, an I/O error) answers `undefined`.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Two copies of the 48-byte `WalIndexHdr` at the start of the wal-index. */
const HEADER_BYTES = 48;
const BOTH_COPIES = 2 * HEADER_BYTES;
/** Offset of `isInit` within a header copy: set once the header describes a real log. */
const IS_INIT_OFFSET = 12;

/** A number that stays the same while no transaction commits; `undefined` when it cannot tell. */
export interface ChangeGeneration {
  current(): number | undefined;
  close(): void;
}

/** The generation of the SQLite database at `dbPath` (which must be in WAL mode), from its `-shm` file. */
export class WalGeneration implements ChangeGeneration {
  readonly #shmPath: string;
  #fd: number | undefined;
  #closed = false;
  readonly #buffer = Buffer.alloc(BOTH_COPIES);
  readonly #last = Buffer.alloc(HEADER_BYTES);
  #generation = 0;
  #known = false;

  constructor(dbPath: string) {
    this.#shmPath = `${dbPath}-shm`;
  }

  current(): number | undefined {
    const fd = this.#open();
    if (fd === undefined) return undefined;
    let read: number;
    try {
      read = readSync(fd, this.#buffer, 0, BOTH_COPIES, 0);
    } catch {
      return undefined;
    }
    const buffer = this.#buffer;
    if (read < BOTH_COPIES || buffer[IS_INIT_OFFSET] !== 1) return undefined;
    if (buffer.compare(buffer, HEADER_BYTES, BOTH_COPIES, 0, HEADER_BYTES) !== 0) return undefined;
    if (!this.#known || buffer.compare(this.#last, 0, HEADER_BYTES, 0, HEADER_BYTES) !== 0) {
      buffer.copy(this.#last, 0, 0, HEADER_BYTES);
      this.#known = true;
      this.#generation++;
    }
    return this.#generation;
  }

  close(): void {
    this.#closed = true;
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** The `-shm` file appears with the first read transaction; until then there is nothing to read. */
  #open(): number | undefined {
    if (this.#fd !== undefined || this.#closed) return this.#fd;
    try {
      this.#fd = openSync(this.#shmPath, 'r');
    } catch {
      return undefined;
    }
    return this.#fd;
  }
}

/**
 * Writes that survive a crash or a power cut: the bytes are fsynced before the rename that makes
 * them visible (write-file-atomic), and the folder is fsynced after it, so the new name itself is
 * on disk. A reader sees the old file or the new one, never a mix.
 */
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** fsync a folder, so the names created, renamed or removed in it are durable. */
export function fsyncDir(dir: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(dir, 'r');
		fsyncSync(fd);
	} catch (e) {
		// Some file systems refuse fsync on a folder (EISDIR/EINVAL); there is nothing more to do.
		if (!['EISDIR', 'EINVAL', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** Replaces `path` atomically and durably with `body`. */
export function writeDurable(path: string, body: string | Buffer): void {
	writeFileAtomic.sync(path, body, { fsync: true });
	fsyncDir(dirname(path));
}

/** Writes a new file (no rename) and fsyncs it: for staging files a journal renames later. */
export function writeSynced(path: string, body: string | Buffer): void {
	const fd = openSync(path, 'w');
	try {
		const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
		for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** rename(2), then fsync both folders so the move is durable. */
export function renameDurable(from: string, to: string): void {
	renameSync(from, to);
	fsyncDir(dirname(to));
	if (dirname(from) !== dirname(to)) fsyncDir(dirname(from));
}

/** fsync a file already written (by code that does not do it itself). */
export function fsyncFile(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Preload (node --import) for the fault tests: counts every rename the process makes in
 * FAULT_COUNT_FILE (one byte each) and, when FAULT_KILL_AT=n, kills the process with SIGKILL just
 * before the n-th — a kill -9 at that exact point, with no chance to clean up.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const file = process.env.FAULT_COUNT_FILE;
const at = Number(process.env.FAULT_KILL_AT ?? 0);
if (file) {
	const before = () => {
		fs.appendFileSync(file, 'r');
		if (at > 0 && fs.statSync(file).size === at) process.kill(process.pid, 'SIGKILL');
	};
	const { renameSync, rename } = fs;
	const promised = fs.promises.rename;
	fs.renameSync = (...a) => (before(), renameSync(...a));
	fs.rename = (...a) => (before(), rename(...a));
	fs.promises.rename = (...a) => (before(), promised(...a));
	syncBuiltinESMExports();
}

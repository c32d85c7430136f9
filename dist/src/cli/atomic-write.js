/**
 * `--output-file`: the report is written to a new file in the target's
 * folder and renamed over the target, so a kill or a full disk mid-write
 * leaves the last good report (or none), never a truncated or empty one.
 *
 * rename() replaces what is at the target without following it: a symbolic
 * link there is replaced by the report, and whatever it pointed at is left
 * as it was (a link planted in a checkout cannot make the report overwrite
 * another file). The new file is created exclusively (`wx`), so a link at
 * the temporary name is never followed either.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
export async function writeFileAtomic(target, text) {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let created = false;
    try {
        const handle = await open(temporary, 'wx');
        created = true;
        try {
            await handle.writeFile(text);
            // On disk before it takes the report's name: a crash after the rename
            // must not leave an empty file where the report was.
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(temporary, target);
    }
    catch (error) {
        if (created)
            await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

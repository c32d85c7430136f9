import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import "./chunk-7Y7VROCR.js";

// dist/src/cli/atomic-write.js
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
async function writeFileAtomic(target, text) {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, "wx");
    created = true;
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    if (created)
      await rm(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
}
export {
  writeFileAtomic
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-456QQYGU.js";
import "./chunk-MODTM2U2.js";
import "./chunk-5XV4OAU4.js";
import "./chunk-LU4QXXRN.js";
import "./chunk-O2DUMURQ.js";
import "./chunk-HC3T4LB3.js";
import "./chunk-WQFHGN6L.js";
import {
  serializeFile
} from "./chunk-QVOR53KK.js";
import "./chunk-YVQ7BQY5.js";
import "./chunk-56NSO5R5.js";
import "./chunk-BSHHI7RE.js";
import "./chunk-KNMTUT54.js";
import "./chunk-KQRYG6XD.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/worker.js
async function lintInWorker(task) {
  const result = await lintChunk(task.paths, task.config, task.cwd);
  return { files: result.files.map(serializeFile), failures: result.failures, found: result.found };
}
export {
  lintInWorker as default
};

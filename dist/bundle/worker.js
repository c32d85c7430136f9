import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-QHCJW7ZA.js";
import "./chunk-DGB7COQG.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-YLXEUB5J.js";
import "./chunk-RFASFFAD.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-K5UYKCMY.js";
import {
  serializeFile
} from "./chunk-WIJHQINC.js";
import "./chunk-XYOACLDG.js";
import "./chunk-AHAQU7Y2.js";
import "./chunk-BSHHI7RE.js";
import "./chunk-KNMTUT54.js";
import "./chunk-MYZYFSEJ.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-OAYRKHOJ.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/worker.js
async function lintInWorker(task) {
  const result = await lintChunk(task.paths, task.config, task.cwd);
  return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
export {
  lintInWorker as default
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-UXLI43CF.js";
import "./chunk-WFMOJQQU.js";
import "./chunk-MXPSOMKC.js";
import "./chunk-F26U2KGA.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-VS6BKVSJ.js";
import {
  serializeFile
} from "./chunk-QVOR53KK.js";
import "./chunk-ZNUIGZTH.js";
import "./chunk-4QGST2B4.js";
import "./chunk-BSHHI7RE.js";
import "./chunk-KNMTUT54.js";
import "./chunk-KQRYG6XD.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/worker.js
async function lintInWorker(task) {
  const result = await lintChunk(task.paths, task.config, task.cwd);
  return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
export {
  lintInWorker as default
};

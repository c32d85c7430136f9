import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  serializeFile
} from "./chunk-MQGHAX2D.js";
import {
  lintChunk
} from "./chunk-HQZUYCDT.js";
import "./chunk-7AB2GPGA.js";
import "./chunk-56D2ZO22.js";
import "./chunk-3W2RF45P.js";
import "./chunk-5LJG76MM.js";
import "./chunk-MMSJGOR4.js";
import "./chunk-TRPN5EID.js";
import "./chunk-AHAQU7Y2.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-RIJYKRIG.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-YLXEUB5J.js";
import "./chunk-RFASFFAD.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-K5UYKCMY.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/worker.js
async function lintInWorker(task) {
  const result = await lintChunk(task.paths, task.settings, task.cwd);
  return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
export {
  lintInWorker as default
};

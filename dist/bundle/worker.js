import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-2O2G5DW4.js";
import "./chunk-WIHFRRZW.js";
import "./chunk-BSJHPL5V.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-NUZPZUEP.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-K5UYKCMY.js";
import {
  serializeFile
} from "./chunk-L5TIRNRD.js";
import "./chunk-UU6FI5BK.js";
import "./chunk-UCDJ3CW7.js";
import "./chunk-KQRYG6XD.js";
import "./chunk-3Q5ZTVGP.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/worker.js
async function lintInWorker(task) {
  const result = await lintChunk(task.paths, task.config, task.cwd);
  return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
export {
  lintInWorker as default
};

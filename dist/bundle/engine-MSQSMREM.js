import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-EY7S7POQ.js";
import "./chunk-DOK7PJZ3.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-F26U2KGA.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-VS6BKVSJ.js";
import "./chunk-XYOACLDG.js";
import "./chunk-AHAQU7Y2.js";
import "./chunk-BSHHI7RE.js";
import "./chunk-KNMTUT54.js";
import "./chunk-KQRYG6XD.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";
export {
  lintChunk
};

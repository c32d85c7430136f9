import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-VNGI75UW.js";
import "./chunk-AXZQVMZG.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-HLZT2STH.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-VIIXWQVG.js";
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

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-Z6WEEFG3.js";
import "./chunk-U63ILW2N.js";
import "./chunk-5WDS3R6K.js";
import "./chunk-3W2RF45P.js";
import "./chunk-5LJG76MM.js";
import "./chunk-SQNCYMVD.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-77LEFE43.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-YLXEUB5J.js";
import "./chunk-RFASFFAD.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-K5UYKCMY.js";
import "./chunk-7Y7VROCR.js";
export {
  lintChunk
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  lintChunk
} from "./chunk-QCSIZEZX.js";
import "./chunk-J6CHOO6N.js";
import "./chunk-7GOATO5D.js";
import "./chunk-XKIMN5ML.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-UVTXEKOX.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-WXAIEXUZ.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-QVKZIUYQ.js";
import "./chunk-QB34KGJY.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-2TNV7WXN.js";
import "./chunk-Y4FN5ENJ.js";
import "./chunk-ILMMTOS4.js";
import "./chunk-5LJG76MM.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";
export {
  lintChunk
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  rules
} from "./chunk-BWXBLQBB.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-YLXEUB5J.js";
import "./chunk-ZCCUVRWY.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-AQZHKVWC.js";
import "./chunk-ILMMTOS4.js";
import "./chunk-7Y7VROCR.js";
export {
  rules
};

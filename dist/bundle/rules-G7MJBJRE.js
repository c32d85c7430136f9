import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  rules
} from "./chunk-77LEFE43.js";
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
  rules
};

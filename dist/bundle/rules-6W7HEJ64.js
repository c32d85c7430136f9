import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  rules
} from "./chunk-BSJHPL5V.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-NUZPZUEP.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-K5UYKCMY.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-7Y7VROCR.js";
export {
  rules
};

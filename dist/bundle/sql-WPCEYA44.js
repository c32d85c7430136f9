import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  TextOffsets,
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  tokenize
} from "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-7Y7VROCR.js";
export {
  TextOffsets,
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  tokenize
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  TextOffsets,
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  tokenize
} from "./chunk-RFASFFAD.js";
import "./chunk-3NCTKHZV.js";
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

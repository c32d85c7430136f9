import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  TextOffsets,
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  tokenize
} from "./chunk-O2DUMURQ.js";
import "./chunk-HC3T4LB3.js";
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

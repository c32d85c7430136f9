import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  TextOffsets,
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  tokenize
} from "./chunk-QB34KGJY.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-ILMMTOS4.js";
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

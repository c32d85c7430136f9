import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  findDeepNesting,
  load,
  maxNesting,
  parse
} from "./chunk-Y4FN5ENJ.js";
import "./chunk-ILMMTOS4.js";
import "./chunk-7Y7VROCR.js";
export {
  findDeepNesting,
  load,
  maxNesting,
  parse
};

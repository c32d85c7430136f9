import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  syntaxIssues
} from "./chunk-LU4QXXRN.js";
import "./chunk-HC3T4LB3.js";
import "./chunk-7Y7VROCR.js";
export {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  syntaxIssues
};

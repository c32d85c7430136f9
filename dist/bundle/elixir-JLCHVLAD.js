import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  parsedSource,
  syntaxIssues
} from "./chunk-QVKZIUYQ.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-7Y7VROCR.js";
export {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  parsedSource,
  syntaxIssues
};

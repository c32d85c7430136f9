import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  parsedSource,
  syntaxIssues
} from "./chunk-HLZT2STH.js";
import "./chunk-65DBH4ON.js";
import "./chunk-7Y7VROCR.js";
export {
  load,
  maxNesting,
  maxParseOperations,
  parse,
  parsedSource,
  syntaxIssues
};

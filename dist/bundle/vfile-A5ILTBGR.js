import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  VFile
} from "./chunk-5LJG76MM.js";
import "./chunk-7Y7VROCR.js";
export {
  VFile
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  checkConfig,
  checkRuleSetting,
  takeConfigWarnings,
  withRuleSettings
} from "./chunk-J6CHOO6N.js";
import "./chunk-XKIMN5ML.js";
import "./chunk-LPY6ATG6.js";
import "./chunk-PYBGO3PY.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-QVKZIUYQ.js";
import "./chunk-QB34KGJY.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-2TNV7WXN.js";
import "./chunk-Y4FN5ENJ.js";
import "./chunk-ILMMTOS4.js";
import {
  ConfigError,
  configNames,
  findConfigFile,
  packageField,
  rcName
} from "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";
export {
  ConfigError,
  checkConfig,
  checkRuleSetting,
  configNames,
  findConfigFile,
  packageField,
  rcName,
  takeConfigWarnings,
  toRelative,
  withRuleSettings
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";

// dist/src/cli/formats/types.js
function failureLine(failure) {
  return `archdoc-lint: ${escapeControl(failure.where)}: ${escapeControl(failure.reason)}`;
}

export {
  failureLine
};

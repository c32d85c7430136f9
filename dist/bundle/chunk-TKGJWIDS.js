import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/cli/formats/types.js
function failureLine(failure) {
  return `archdoc-lint: ${failure.where}: ${failure.reason}`;
}

export {
  failureLine
};

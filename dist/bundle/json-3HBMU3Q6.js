import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import "./chunk-7Y7VROCR.js";

// node_modules/vfile-reporter-json/lib/index.js
function reporterJson(files, options) {
  const options_ = options || {};
  const pretty = options_.pretty || 0;
  const data = filesToJson(Array.isArray(files) ? files : [files], options_);
  return JSON.stringify(data, void 0, pretty === true ? 2 : pretty);
}
function filesToJson(files, options) {
  let index = -1;
  const result = [];
  while (++index < files.length) {
    const file = fileToJson(files[index], options);
    if (file) {
      result.push(file);
    }
  }
  return result;
}
function fileToJson(file, options) {
  const messages = messagesToJson(file.messages, options);
  if (!options.quiet && !options.silent || messages.length > 0) {
    return { path: file.path, cwd: file.cwd, history: file.history, messages };
  }
}
function messagesToJson(messages, options) {
  let index = -1;
  const result = [];
  while (++index < messages.length) {
    const message = messages[index];
    if (!options.silent || message.fatal) {
      result.push(messageToJson(message));
    }
  }
  return result;
}
function messageToJson(message) {
  return {
    // Omits the `Error` fields `file`, `message`, `name`, `stack`.
    // Does not support `cause`, which is an error class.
    ancestors: message.ancestors,
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    // Well-known:
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  };
}

// dist/src/cli/formats/json.js
var json = function(files, context) {
  return reporterJson(files, { quiet: context.quiet, silent: context.silent }) + "\n";
};
export {
  json
};

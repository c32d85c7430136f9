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
  const options = { quiet: context.quiet, silent: context.silent };
  const result = [];
  for (const file of files) {
    const [entry] = JSON.parse(reporterJson([file], options));
    if (!entry)
      continue;
    const shown = file.messages.filter((message) => !context.silent || message.fatal);
    entry.messages.forEach(function(data, index) {
      const related = relatedOf(shown[index]);
      if (related.length > 0)
        data.related = related;
    });
    if (file.data.archdocFixOutput !== void 0)
      entry.output = file.data.archdocFixOutput;
    result.push(entry);
  }
  return JSON.stringify(result) + "\n";
};
function relatedOf(message) {
  return (message?.related ?? []).map((entry) => ({
    line: entry.place.start.line,
    column: entry.place.start.column,
    endLine: entry.place.end.line,
    endColumn: entry.place.end.column,
    message: entry.message
  }));
}
export {
  json,
  relatedOf
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  VFile,
  VFileMessage
} from "./chunk-KNMTUT54.js";

// dist/src/cli/serialize.js
function serializeFile(file) {
  return {
    path: file.path,
    cwd: file.cwd,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      note: message.note,
      fatal: message.fatal,
      place: message.place,
      line: message.line,
      column: message.column
    })),
    internalError: file.data.archdocInternalError || void 0
  };
}
function deserializeFile(data) {
  const file = new VFile({ path: data.path, cwd: data.cwd });
  for (const item of data.messages) {
    const message = new VFileMessage(item.reason, { place: item.place ?? void 0, ruleId: item.ruleId, source: item.source });
    message.fatal = item.fatal ?? void 0;
    message.url = item.url;
    if (item.note !== void 0)
      message.note = item.note;
    message.file = file.path;
    file.messages.push(message);
  }
  if (data.internalError)
    file.data.archdocInternalError = true;
  return file;
}

export {
  serializeFile,
  deserializeFile
};

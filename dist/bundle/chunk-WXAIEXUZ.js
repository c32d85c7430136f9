import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  utf8SequenceLength
} from "./chunk-5RBQZLOV.js";

// dist/src/cli/escape.js
var controlCharacter = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
function escapeControl(text) {
  return text.replace(controlCharacter, function(character) {
    const code = character.charCodeAt(0).toString(16).toUpperCase();
    return character.charCodeAt(0) <= 255 ? "\\x" + code.padStart(2, "0") : "\\u{" + code + "}";
  });
}
function escapeFileName(bytes) {
  let text = "";
  let index = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) {
      text += "\\x" + bytes[index].toString(16).toUpperCase().padStart(2, "0");
      index++;
    } else {
      text += escapeControl(decoder.decode(bytes.subarray(index, index + length)));
      index += length;
    }
  }
  return text;
}

export {
  escapeControl,
  escapeFileName
};

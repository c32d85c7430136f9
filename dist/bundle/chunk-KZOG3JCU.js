import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/text/escape.js
function escapeControls(text) {
  return text.replace(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => "\\x" + character.charCodeAt(0).toString(16).padStart(2, "0"));
}

export {
  escapeControls
};

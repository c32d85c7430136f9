import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/code/excerpts.js
var excerptHint = "If the block shows only part of the code, mark it as an excerpt with a `# ...` line";
var sqlExcerptHint = "If the SQL shows only part of the schema, mark it as an excerpt with a `-- ...` line";
var elisionWordPattern = /(?:^|[^\p{L}\p{N}_])(?:existing|unchanged|omitted|rest\s+of|as\s+before|etc)(?![\p{L}\p{N}_])/iu;
function isElisionComment(comment) {
  const text = comment.replace(/^#+/, "").trim();
  if (text.startsWith("...") || text.startsWith("\u2026"))
    return true;
  return elisionWordPattern.test(text);
}
function isSqlElisionComment(comment) {
  const text = comment.startsWith("/*") ? comment.slice(2, comment.endsWith("*/") ? -2 : void 0) : comment.replace(/^-+/, "");
  return isElisionComment(text.trim());
}
function isElisionStatement(text) {
  return text === "..." || text === "\u2026";
}

export {
  excerptHint,
  sqlExcerptHint,
  isElisionComment,
  isSqlElisionComment,
  isElisionStatement
};

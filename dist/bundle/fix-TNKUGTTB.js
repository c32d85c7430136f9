import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import "./chunk-5RBQZLOV.js";
import {
  VFile
} from "./chunk-5LJG76MM.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/fix.js
import { randomBytes } from "node:crypto";
import { chmodSync, lstatSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

// dist/src/fix/edits.js
var maxFixPasses = 10;
function isFix(value, length) {
  if (!value || typeof value !== "object")
    return false;
  const { range, text } = value;
  return Array.isArray(range) && range.length === 2 && Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[0] <= range[1] && range[1] <= length && typeof text === "string";
}
function applyFixes(text, fixes) {
  const ordered = fixes.map((fix, index) => ({ fix, index })).filter(({ fix }) => isFix(fix, text.length)).sort((left, right) => left.fix.range[0] - right.fix.range[0] || left.fix.range[1] - right.fix.range[1] || left.index - right.index);
  const parts = [];
  let position = 0;
  let applied = 0;
  for (const { fix } of ordered) {
    const [start, end] = fix.range;
    if (start < position)
      continue;
    if (text.slice(start, end) === fix.text)
      continue;
    parts.push(text.slice(position, start), fix.text);
    position = end;
    applied++;
  }
  parts.push(text.slice(position));
  return { output: parts.join(""), applied };
}

// dist/src/cli/fix.js
function fixable(message, rules) {
  return message.fix !== void 0 && (rules === void 0 || message.ruleId !== void 0 && rules.includes(message.ruleId));
}
async function fixRun(run, options) {
  const files = [];
  const diffs = [];
  const notes = [];
  const failures = [];
  let applied = 0;
  for (const file of run.files) {
    if (!file.messages.some((message) => fixable(message, options.rules))) {
      files.push(file);
      continue;
    }
    const target = path.resolve(options.cwd, file.path);
    let original;
    try {
      if (options.mode === "write" && lstatSync(target).isSymbolicLink()) {
        notes.push(`${escapeControl(file.path)}: fixes not written: the file is a symbolic link (fix its target instead)`);
        files.push(file);
        continue;
      }
      original = options.stdin && target === options.stdin.path ? options.stdin.text : readFileSync(target, "utf8");
    } catch (error) {
      failures.push({ where: file.path, reason: `fixes not applied: cannot read the file${codeOf(error)}` });
      files.push(file);
      continue;
    }
    const fixed = await fixText(original, file, options);
    applied += fixed.applied;
    if (fixed.text === original) {
      files.push(file);
      continue;
    }
    if (options.mode === "dry-run") {
      const { createTwoFilesPatch } = await import("./libesm-Q5VBPNCN.js");
      diffs.push(escapeLines(createTwoFilesPatch(file.path, file.path, original, fixed.text, void 0, void 0, { context: 3 })));
      fixed.file.data.archdocFixOutput = fixed.text;
      files.push(fixed.file);
      continue;
    }
    const failure = writeSafely(target, original, fixed.text);
    if (failure) {
      failures.push({ where: file.path, reason: `fixes not written: ${failure}` });
      files.push(file);
    } else {
      files.push(fixed.file);
    }
  }
  return { run: { ...run, files, failures: [...run.failures, ...failures] }, diffs, notes, applied };
}
async function fixText(original, file, options) {
  const { lintChunk } = await import("./engine-KHQUGPNN.js");
  let text = original;
  let current = file;
  let applied = 0;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const fixes = current.messages.filter((message) => fixable(message, options.rules)).map((message) => message.fix);
    const result = applyFixes(text, fixes);
    if (result.applied === 0 || result.output === text)
      break;
    applied += result.applied;
    text = result.output;
    const linted = await lintChunk([new VFile({ path: file.path, cwd: file.cwd, value: text })], options.settings, options.cwd);
    const next = linted.files[0];
    if (!next)
      break;
    current = next;
  }
  return { text, file: current, applied };
}
function writeSafely(target, expected, text) {
  let temporary;
  try {
    const stats = lstatSync(target);
    if (stats.isSymbolicLink())
      return "the file is a symbolic link (fix its target instead)";
    if (readFileSync(target, "utf8") !== expected)
      return "the file changed while it was being fixed";
    temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    writeFileSync(temporary, text, { flag: "wx", mode: stats.mode & 4095 });
    chmodSync(temporary, stats.mode & 4095);
    renameSync(temporary, target);
    temporary = void 0;
    return void 0;
  } catch (error) {
    return `cannot write the file${codeOf(error)}`;
  } finally {
    if (temporary !== void 0) {
      try {
        unlinkSync(temporary);
      } catch {
      }
    }
  }
}
function codeOf(error) {
  const code = error?.code;
  return code ? ` (${code})` : "";
}
function escapeLines(text) {
  return text.split("\n").map((line) => line.split("	").map(escapeControl).join("	")).join("\n");
}
export {
  fixRun,
  fixable
};

import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  compileForm,
  resolveTemplate,
  sectionRoles,
  subsectionRoles,
  wrap
} from "./chunk-LPY6ATG6.js";
import {
  templatePlaceholders
} from "./chunk-PYBGO3PY.js";
import {
  checkInput
} from "./chunk-OSZRUBPO.js";
import {
  load,
  parse
} from "./chunk-QVKZIUYQ.js";
import {
  load as load2,
  locationOffset,
  parse as parse2
} from "./chunk-QB34KGJY.js";
import {
  BlockMap,
  SourceText
} from "./chunk-3NCTKHZV.js";
import {
  didYouMean,
  suggestionList
} from "./chunk-2TNV7WXN.js";
import {
  closest,
  editDistance,
  knownScalars,
  load as load3,
  nearMiss,
  parse as parse3
} from "./chunk-Y4FN5ENJ.js";
import {
  excerptHint,
  isElisionComment,
  isElisionStatement,
  sqlExcerptHint
} from "./chunk-ILMMTOS4.js";

// dist/src/rule.js
import { createRequire } from "node:module";

// node_modules/unified-lint-rule/lib/index.js
function lintRule(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// dist/src/document/related.js
function relate(message, related) {
  if (related.length > 0)
    message.related = related.map((entry) => ({ place: plainPlace(entry.place), message: entry.message }));
  return message;
}
function plainPlace(place) {
  return { start: { line: place.start.line, column: place.start.column }, end: { line: place.end.line, column: place.end.column } };
}

// dist/src/guard/normalize.js
var opening = /^---[ \t]*(?:\r\n|\r|\n)[\w-]+[ \t]*:/;
var closing = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/;
function normalizeForParser(text) {
  let result = text;
  let frontMatter;
  const bom = result.charCodeAt(0) === 65279 ? 1 : 0;
  const rest = result.slice(bom);
  if (opening.test(rest)) {
    const end = closing.exec(rest);
    if (end) {
      const length = end.index + end[0].length;
      const region = rest.slice(0, length);
      result = result.slice(0, bom) + region.replace(/[^\r\n]/g, " ") + rest.slice(length);
      const lineStarts = [0];
      for (const match of region.matchAll(/\r\n|\r|\n/g))
        lineStarts.push(match.index + match[0].length);
      const firstLineEnd = /\r\n|\r|\n/.exec(region);
      frontMatter = {
        type: "yaml",
        value: region.slice(firstLineEnd.index + firstLineEnd[0].length, end.index),
        position: {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: lineStarts.length, column: length - lineStarts.at(-1) + 1, offset: length }
        }
      };
    }
  }
  if (result.includes("\r"))
    result = result.replace(/\r(?!\n)/g, "\n");
  return { text: result, frontMatter };
}

// dist/src/guard/plugin.js
var guarded = /* @__PURE__ */ Symbol.for("archdoc-lint.guard");
function archdocGuard() {
  const parse5 = this.parser;
  if (!parse5 || parse5[guarded])
    return;
  const wrapped = function(document, file) {
    const problem = checkInput(document, file);
    if (!problem) {
      const normalized = normalizeForParser(document);
      const tree = parse5(normalized.text, file);
      if (normalized.frontMatter)
        tree.children.unshift(normalized.frontMatter);
      return tree;
    }
    const message = file.message(problem.reason, { place: problem.point, source: "archdoc-lint" });
    message.fatal = true;
    file.data.archdocNotLinted = problem.reason;
    const empty2 = { type: "root", children: [] };
    return empty2;
  };
  wrapped[guarded] = true;
  this.parser = wrapped;
}

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number2 = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number2)) {
      value2 = number2;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/space-separated-tokens/index.js
function parse4(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test2) {
    if (test2 === null || test2 === void 0) {
      return ok2;
    }
    if (typeof test2 === "function") {
      return castFactory(test2);
    }
    if (typeof test2 === "object") {
      return Array.isArray(test2) ? anyFactory(test2) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test2
        )
      );
    }
    if (typeof test2 === "string") {
      return typeFactory(test2);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node3) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node3
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node3) {
    return node3 && node3.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node3, index, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node3 && typeof node3 === "object" ? node3 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node3.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node3, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node3, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node3 && node3.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node3
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult(exit(node3, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap2(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap2(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap2(visitors.exit) : visitors.exit
  };
}
function wrap2(visitor) {
  return overload;
  function overload(node3, parents, index) {
    return visitor(node3, index, parents[parents.length - 1]);
  }
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point) {
    if (point && typeof point.line === "number" && typeof point.column === "number" && !Number.isNaN(point.line) && // Excludes `NaN` too.
    point.column > 0) {
      while (indices.length < point.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point.line > 1 ? indices[point.line - 2] : 0) + point.column - 1;
      if (offset < indices[point.line - 1]) return offset;
    }
  }
}

// node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node3, position, parent) {
    const point = node3.position && node3.position.start;
    const mark = marker(node3);
    if (!point || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse4(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node3
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position !== void 0 && parent.children[position + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node3)) {
          fn(point, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point, ruleId, tail) {
    if (tail) {
      toggle(point, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point, ruleId) {
    toggle(point, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point, ruleId) {
    toggle(point, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node3) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node3],
        place: node3.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one2);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one2(node3) {
    update(node3.position && node3.position.start && node3.position.start.offset);
    if (!("children" in node3)) {
      update(node3.position && node3.position.end && node3.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index = -1;
  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// dist/src/text/words.js
function snakeCase(segment) {
  let result = "";
  for (let index = 0; index < segment.length; index++) {
    const character = segment[index];
    const before = index > 0 ? segment[index - 1] : "";
    if (isUpper(character) && (isUpper(before) && isLower(segment[index + 1] ?? "") || isLower(before) || isDigit(before)))
      result += "_";
    result += character;
  }
  return result.toLowerCase();
}
function isUpper(character) {
  return character >= "A" && character <= "Z";
}
function isLower(character) {
  return character >= "a" && character <= "z";
}
function isDigit(character) {
  return character >= "0" && character <= "9";
}
function camelCase(name) {
  const clean = name.replace(/[?!]$/, "");
  let result = "";
  let index = 0;
  while (index < clean.length) {
    if (clean[index] !== "_") {
      result += clean[index++];
      continue;
    }
    let end = index;
    while (clean[end] === "_")
      end++;
    const next = clean[end];
    if (next !== void 0 && /[a-zA-Z\d]/.test(next)) {
      result += next.toUpperCase();
      index = end + 1;
    } else {
      result += clean.slice(index, end);
      index = end;
    }
  }
  return result;
}
function pascalCase(name) {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}
var irregular = {
  person: "people",
  child: "children",
  man: "men",
  woman: "women",
  mouse: "mice",
  goose: "geese",
  foot: "feet",
  tooth: "teeth",
  datum: "data",
  medium: "media",
  criterion: "criteria"
};
var uncountable = /* @__PURE__ */ new Set(["equipment", "information", "metadata", "news", "series", "species", "feedback", "settings"]);
function pluralize(name) {
  let start = name.length;
  while (start > 0 && (isLower(name[start - 1]) || isDigit(name[start - 1])))
    start--;
  if (start === name.length)
    return name + "s";
  const head = name.slice(0, start);
  const word = name.slice(start);
  if (uncountable.has(word))
    return name;
  if (irregular[word])
    return head + irregular[word];
  if (/(s|x|z|ch|sh)$/.test(word))
    return head + word + "es";
  if (/[^aeiou]y$/.test(word))
    return head + word.slice(0, -1) + "ies";
  return head + word + "s";
}
function joinWords(words, conjunction) {
  if (words.length <= 1)
    return words[0] ?? "";
  return words.slice(0, -1).join(", ") + " " + conjunction + " " + words[words.length - 1];
}
function listCode(names, conjunction, prefix = "") {
  return joinWords(names.map((name) => "`" + prefix + name + "`"), conjunction);
}

// dist/src/document/headings.js
var numberingPrefix = /^(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]\s+/i;
function withoutNumbering(text) {
  return text.replace(numberingPrefix, "");
}
function headingWords(text) {
  return withoutNumbering(text.trim()).toLowerCase().split(/\s+/).map((word) => trimSymbols(word)).filter((word) => word !== "");
}
function trimSymbols(word) {
  const characters = Array.from(word);
  let start = 0;
  let end = characters.length;
  while (start < end && !isWordCharacter(characters[start]))
    start++;
  while (end > start && !isWordCharacter(characters[end - 1]))
    end--;
  return characters.slice(start, end).join("");
}
function isWordCharacter(character) {
  return /[\p{L}\p{N}]/u.test(character);
}
function sameWord(a, b) {
  return a === b || pluralize(a) === b || pluralize(b) === a;
}
function sameTitle(heading, title) {
  return heading.length === title.length && heading.every((word, index) => sameWord(word, title[index]));
}
function typoOf(heading, title, titleLength) {
  if (heading.length !== title.length)
    return false;
  const limit = titleLength < 12 ? 1 : 2;
  let total = 0;
  for (let index = 0; index < heading.length; index++) {
    const a = heading[index];
    const b = title[index];
    if (sameWord(a, b))
      continue;
    const distance = editDistance(a, b);
    if (distance >= Math.min(a.length, b.length))
      return false;
    total += distance;
    if (total > limit)
      return false;
  }
  return total > 0;
}
var SectionMatcher = class {
  template;
  words;
  exactTitles = /* @__PURE__ */ new Set();
  taken = /* @__PURE__ */ new Set();
  constructor(template2, sectionHeadings) {
    this.template = template2;
    this.words = template2.sections.map((section) => headingWords(section.title));
    for (const text of sectionHeadings) {
      const index = this.exactIndex(text);
      if (index !== -1)
        this.exactTitles.add(template2.sections[index].title);
    }
  }
  /** The template section an H2 is, if any. */
  matchSection(text) {
    const exact = this.exactIndex(text);
    if (exact !== -1)
      return { section: this.template.sections[exact], index: exact };
    return this.nearMiss(text, 2);
  }
  /** The template section an H3 is when it is a section's title one level too deep (and the doc lacks that section). */
  matchDeepSection(text) {
    return this.nearMiss(text, 3);
  }
  exactIndex(text) {
    const title = this.template.numberedHeadings ? withoutNumbering(text) : text;
    return this.template.sections.findIndex((section) => section.title === title);
  }
  nearMiss(text, depth) {
    const words = headingWords(text);
    if (words.length === 0)
      return void 0;
    const candidates = [];
    this.template.sections.forEach((section2, index2) => {
      const title = this.words[index2];
      const close = sameTitle(words, title) || depth === 2 && typoOf(words, title, section2.title.length);
      if (close)
        candidates.push(index2);
    });
    if (candidates.length !== 1)
      return void 0;
    const index = candidates[0];
    const section = this.template.sections[index];
    if (this.exactTitles.has(section.title) || this.taken.has(index))
      return void 0;
    if (depth === 2 && this.template.numberedHeadings && withoutNumbering(text) === section.title)
      return { section, index };
    this.taken.add(index);
    return { section, index, expected: "## " + section.title };
  }
};

// dist/src/document/model.js
function headingInfo(node3) {
  return { node: node3, text: toString(node3).trim(), position: placeOf(node3) };
}
function placeOf(node3) {
  const position = node3.position;
  if (!position)
    return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { start: { ...position.start }, end: { ...position.end } };
}
function buildDocumentModel(tree, file, template2) {
  const source = new SourceText(String(file.value ?? ""));
  const model = {
    tree,
    template: template2,
    source,
    titles: [],
    preamble: [],
    sections: [],
    blocks: []
  };
  let section;
  let subsection;
  const matcher = new SectionMatcher(template2, tree.children.flatMap((node3) => node3.type === "heading" && node3.depth === 2 ? [headingInfo(node3).text] : []));
  const startSection = function(heading, match) {
    section = {
      heading,
      content: [],
      subsections: [],
      blocks: [],
      template: match?.section,
      role: match?.section.role,
      templateIndex: match?.index ?? -1,
      ...match?.expected ? { expectedHeading: match.expected } : {}
    };
    subsection = void 0;
    model.sections.push(section);
  };
  for (const node3 of tree.children) {
    if (node3.type === "heading" && node3.depth === 1)
      model.titles.push(headingInfo(node3));
    if (node3.type === "heading" && node3.depth === 2) {
      const heading = headingInfo(node3);
      startSection(heading, matcher.matchSection(heading.text));
      continue;
    }
    if (node3.type === "heading" && node3.depth === 3) {
      const heading = headingInfo(node3);
      const match = matchForm(section, heading.text);
      const deep = match ? void 0 : matcher.matchDeepSection(heading.text);
      if (deep) {
        startSection(heading, deep);
        continue;
      }
      if (!section) {
        model.preamble.push(node3);
        continue;
      }
      subsection = { heading, section, content: [], blocks: [] };
      if (match) {
        subsection.form = match.form;
        subsection.name = match.name;
      }
      section.subsections.push(subsection);
      continue;
    }
    if (subsection)
      subsection.content.push(node3);
    else if (section)
      section.content.push(node3);
    else
      model.preamble.push(node3);
    collectBlocks(node3, function(code) {
      const block = createBlock(code, source, template2);
      block.section = section;
      block.subsection = subsection;
      model.blocks.push(block);
      section?.blocks.push(block);
      subsection?.blocks.push(block);
    });
  }
  return model;
}
function matchForm(section, text) {
  for (const form2 of section?.template?.subsections ?? []) {
    const compiled = compileForm(form2);
    const match = compiled.match(text);
    if (match)
      return { form: compiled, name: match.name };
  }
  return void 0;
}
function createBlock(node3, source, template2) {
  const rawLanguage = node3.lang ?? void 0;
  const lower = rawLanguage?.toLowerCase();
  return {
    node: node3,
    language: lower === void 0 ? void 0 : template2.languageAliases[lower] ?? lower,
    rawLanguage,
    meta: node3.meta ?? void 0,
    value: node3.value,
    position: placeOf(node3),
    map: new BlockMap(node3, source)
  };
}
function collectBlocks(node3, visit2) {
  const stack = [node3];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.type === "code") {
      visit2(current);
      continue;
    }
    if ("children" in current) {
      const children = current.children;
      for (let index = children.length - 1; index >= 0; index--)
        stack.push(children[index]);
    }
  }
}
function findSection(model, role) {
  return model.sections.find((section) => section.role === role);
}

// dist/src/document/options.js
var languages = /* @__PURE__ */ new Set(["elixir", "sql", "graphql"]);
function validateDocumentOptions(options) {
  if (options === void 0)
    return;
  const where = "archdoc-lint/document";
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new Error(`${where}: options must be an object with \`sections\``);
  }
  for (const key of Object.keys(options)) {
    if (key !== "sections" && key !== "languageAliases" && key !== "numberedHeadings") {
      throw new Error(`${where}: unknown option \`${key}\` (expected \`sections\`, \`languageAliases\` or \`numberedHeadings\`)`);
    }
  }
  if (options.numberedHeadings !== void 0 && typeof options.numberedHeadings !== "boolean") {
    throw new Error(`${where}: \`numberedHeadings\` must be true or false`);
  }
  if (options.sections !== void 0) {
    if (!Array.isArray(options.sections))
      throw new Error(`${where}: \`sections\` must be an array`);
    const roleOwners = /* @__PURE__ */ new Map();
    options.sections.forEach(function(section, index) {
      if (!section || typeof section.title !== "string" || section.title === "") {
        throw new Error(`${where}: \`sections[${index}].title\` must be a non-empty string`);
      }
      if (section.role !== void 0) {
        if (!sectionRoles.includes(section.role)) {
          throw new Error(`${where}: section \`${section.title}\` has unknown role \`${String(section.role)}\` (expected ${sectionRoles.join(", ")})`);
        }
        const owner = roleOwners.get(section.role);
        if (owner !== void 0)
          throw new Error(`${where}: sections \`${owner}\` and \`${section.title}\` both have the role \`${section.role}\``);
        roleOwners.set(section.role, section.title);
      }
      if (section.guidance !== void 0 && typeof section.guidance !== "string") {
        throw new Error(`${where}: \`sections[${index}].guidance\` must be a string`);
      }
      if (section.subsections !== void 0 && !Array.isArray(section.subsections)) {
        throw new Error(`${where}: \`sections[${index}].subsections\` must be an array`);
      }
      for (const form2 of section.subsections ?? []) {
        if (!form2 || typeof form2.heading !== "string") {
          throw new Error(`${where}: every subsection of \`${section.title}\` needs a \`heading\` string`);
        }
        if (form2.role !== void 0 && !subsectionRoles.includes(form2.role)) {
          throw new Error(`${where}: subsection \`${form2.heading}\` has unknown role \`${String(form2.role)}\` (expected ${subsectionRoles.join(" or ")})`);
        }
        if (form2.language !== void 0 && !languages.has(form2.language)) {
          throw new Error(`${where}: subsection \`${form2.heading}\` has unknown language \`${form2.language}\` (expected elixir, sql or graphql)`);
        }
      }
    });
  }
  if (options.languageAliases !== void 0) {
    for (const [alias, language] of Object.entries(options.languageAliases)) {
      if (!languages.has(language)) {
        throw new Error(`${where}: language alias \`${alias}\` maps to unknown language \`${language}\``);
      }
    }
  }
}

// dist/src/code/placeholder.js
var placeholderComments = templatePlaceholders.comments;
function isPlaceholderOnly(block) {
  const comments = placeholderComments[block.language ?? ""] ?? [];
  return block.value.split("\n").every(function(line) {
    const trimmed = line.trim();
    return trimmed === "" || comments.includes(trimmed);
  });
}

// dist/src/code/parse.js
async function parseCode(model) {
  const blocks = model.blocks.filter((block) => !isPlaceholderOnly(block));
  const unlabelled = model.blocks.filter((block) => block.language === void 0 && block.value.trim() !== "" && block.subsection?.form?.form.language);
  const has = (language) => blocks.some((block) => block.language === language) || unlabelled.some((block) => block.subsection.form.form.language === language);
  const [elixirParser, sqlParser, graphqlParser] = await Promise.all([
    has("elixir") ? load() : void 0,
    has("sql") ? load2() : void 0,
    has("graphql") ? load3() : void 0
  ]);
  for (const block of blocks) {
    if (block.language === "elixir" && elixirParser)
      block.code = parse(elixirParser, block);
    else if (block.language === "sql" && sqlParser)
      block.code = parse2(sqlParser, block);
    else if (block.language === "graphql" && graphqlParser)
      block.code = parse3(graphqlParser, block);
  }
  for (const block of unlabelled) {
    const language = block.subsection.form.form.language;
    let clean = false;
    if (language === "elixir" && elixirParser) {
      const code = parse(elixirParser, block);
      clean = code.errors.length === 0;
      code.tree.delete();
    } else if (language === "sql" && sqlParser) {
      clean = parse2(sqlParser, block).errors.length === 0;
    } else if (language === "graphql" && graphqlParser) {
      clean = parse3(graphqlParser, block).errors.length === 0;
    }
    if (clean)
      block.parsesAs = language;
  }
}

// dist/src/elixir/dsl.js
function placeOfNode(block, node3) {
  return block.map.placeAt(node3.startIndex, node3.endIndex);
}
function valueChildren(node3) {
  const children = [];
  for (const child of node3.namedChildren) {
    if (child && child.type !== "comment")
      children.push(child);
  }
  return children;
}
function quotedContent(node3) {
  let text = "";
  for (const child of node3.namedChildren) {
    if (!child)
      continue;
    if (child.type === "quoted_content" || child.type === "escape_sequence")
      text += child.text;
  }
  return text;
}
function readPair(block, node3) {
  const keyNode = node3.childForFieldName("key");
  const valueNode = node3.childForFieldName("value");
  if (!keyNode || !valueNode)
    return void 0;
  let key;
  let keyPlace;
  if (keyNode.type === "quoted_keyword") {
    key = quotedContent(keyNode);
    const end = keyNode.text.lastIndexOf(":");
    keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + Math.max(end, 0));
  } else {
    key = keyNode.text.replace(/:\s*$/, "");
    keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + key.length);
  }
  return { key, keyPlace, value: readValue(block, valueNode), place: placeOfNode(block, node3) };
}
function readPairs(block, node3) {
  const pairs = [];
  for (const child of valueChildren(node3)) {
    if (child.type !== "pair")
      continue;
    const pair = readPair(block, child);
    if (pair)
      pairs.push(pair);
  }
  return pairs;
}
function parseNumber(text) {
  const clean = text.replaceAll("_", "");
  if (/^0[xob]/i.test(clean))
    return Number(clean);
  return Number.parseFloat(clean);
}
function readValue(block, node3) {
  const base = { place: placeOfNode(block, node3), text: node3.text };
  switch (node3.type) {
    case "atom":
      return { ...base, kind: "atom", value: node3.text.slice(1) };
    case "quoted_atom":
      return { ...base, kind: "atom", value: quotedContent(node3) };
    case "string":
      return {
        ...base,
        kind: "string",
        value: quotedContent(node3),
        interpolated: node3.namedChildren.some((child) => child?.type === "interpolation")
      };
    case "integer":
    case "float":
      return { ...base, kind: "number", value: parseNumber(node3.text) };
    case "boolean":
      return { ...base, kind: "boolean", value: node3.text === "true" };
    case "nil":
      return { ...base, kind: "nil" };
    case "alias":
      return { ...base, kind: "alias", name: node3.text.replace(/\s+/g, "") };
    case "list": {
      const items = [];
      let pairs = [];
      for (const child of valueChildren(node3)) {
        if (child.type === "keywords")
          pairs = readPairs(block, child);
        else
          items.push(readValue(block, child));
      }
      return { ...base, kind: "list", items, pairs };
    }
    case "tuple":
      return { ...base, kind: "tuple", items: valueChildren(node3).map((child) => readValue(block, child)) };
    case "keywords":
      return { ...base, kind: "keyword", pairs: readPairs(block, node3) };
    case "call":
      return { ...base, kind: "call", call: readCall(block, node3) };
    case "unary_operator": {
      const operator = node3.childForFieldName("operator");
      const operand = node3.childForFieldName("operand");
      if (operator?.type === "-" && operand && (operand.type === "integer" || operand.type === "float")) {
        return { ...base, kind: "number", value: -parseNumber(operand.text) };
      }
      return { ...base, kind: "unknown", nodeType: node3.type };
    }
    default:
      return { ...base, kind: "unknown", nodeType: node3.type };
  }
}
function targetName(target) {
  if (!target)
    return "";
  if (target.type === "identifier")
    return target.text;
  if (target.type === "dot") {
    const left = target.childForFieldName("left");
    const right = target.childForFieldName("right");
    return (left?.text ?? "") + "." + (right?.text ?? "");
  }
  return target.text;
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  const body = line.endsWith("do") ? line.slice(0, -2) : void 0;
  return (body !== void 0 && body !== body.trimEnd() ? body : line).trim();
}
function readCall(block, node3) {
  if (node3.type === "identifier") {
    const place = placeOfNode(block, node3);
    return { name: node3.text, namePlace: place, place, args: [], options: [], head: node3.text, node: node3, block };
  }
  const target = node3.childForFieldName("target");
  const call = {
    name: targetName(target),
    namePlace: target ? placeOfNode(block, target) : placeOfNode(block, node3),
    place: placeOfNode(block, node3),
    args: [],
    options: [],
    head: firstLine(node3.text),
    node: node3,
    block
  };
  for (const child of node3.namedChildren) {
    if (!child)
      continue;
    if (child.type === "arguments") {
      for (const argument of valueChildren(child)) {
        if (argument.type === "keywords")
          call.options = readPairs(block, argument);
        else
          call.args.push(readValue(block, argument));
      }
    } else if (child.type === "do_block") {
      const body = readBody(block, child);
      call.body = body.calls;
      call.bodyHasOther = body.other;
      if (body.elision)
        call.elision = body.elision;
    }
  }
  return call;
}
function readBody(block, node3) {
  const calls = [];
  let other = false;
  let elision;
  for (const child of node3.namedChildren) {
    if (!child)
      continue;
    if (!elision && isElision(block, child))
      elision = placeOfNode(block, child);
    if (child.type === "comment")
      continue;
    if (child.type === "call" || child.type === "identifier")
      calls.push(readCall(block, child));
    else if (child.type === "unary_operator" && child.childForFieldName("operator")?.type === "@")
      continue;
    else
      other = true;
  }
  return { calls, other, elision };
}
function isElision(block, node3) {
  if (node3.type === "comment")
    return ownLine(node3) && isElisionComment(node3.text);
  return node3.type === "identifier" && isElisionStatement(block.value.slice(node3.startIndex, node3.endIndex));
}
function ownLine(comment) {
  const before = comment.previousSibling;
  if (!before || before.endPosition.row < comment.startPosition.row)
    return true;
  return before.type === "do";
}
function keywordPairs(value) {
  if (!value)
    return void 0;
  if (value.kind === "keyword")
    return value.pairs;
  if (value.kind === "list" && value.items.length === 0)
    return value.pairs;
  return void 0;
}
function atomList(value) {
  if (!value)
    return void 0;
  if (value.kind === "atom")
    return [value];
  if (value.kind === "list" && value.pairs.length === 0 && value.items.every((item) => item.kind === "atom")) {
    return value.items;
  }
  return void 0;
}
function aliasList(value) {
  if (!value)
    return void 0;
  if (value.kind === "alias")
    return [value];
  if (value.kind === "list" && value.pairs.length === 0 && value.items.every((item) => item.kind === "alias")) {
    return value.items;
  }
  return void 0;
}
function entityOptions(call, nested = /* @__PURE__ */ new Set()) {
  const options = [];
  const inlineBody = [];
  for (const pair of call.options) {
    if (pair.key === "do") {
      if (pair.value.kind === "call")
        inlineBody.push(pair.value.call);
      continue;
    }
    options.push({ key: pair.key, keyPlace: pair.keyPlace, value: pair.value, place: pair.place, form: "keyword" });
  }
  for (const inner of [...call.body ?? [], ...inlineBody]) {
    if (nested.has(inner.name))
      continue;
    let value;
    if (inner.args.length === 1 && inner.options.length === 0)
      value = inner.args[0];
    else if (inner.args.length === 0 && inner.options.length > 0) {
      const last = inner.options[inner.options.length - 1];
      value = {
        kind: "keyword",
        pairs: inner.options,
        place: { start: inner.options[0].place.start, end: last.place.end },
        text: inner.head.slice(inner.name.length).trim()
      };
    } else {
      value = { kind: "unknown", nodeType: "call", place: inner.place, text: inner.head };
    }
    options.push({ key: inner.name, keyPlace: inner.namePlace, value, place: inner.place, form: "block", call: inner });
  }
  return options;
}
function findOption(options, key) {
  for (let index = options.length - 1; index >= 0; index--) {
    if (options[index].key === key)
      return options[index];
  }
  return void 0;
}
function booleanOption(options, key) {
  const value = findOption(options, key)?.value;
  return value?.kind === "boolean" ? value.value : void 0;
}
function shortText(text, max = 60) {
  const oneLine2 = text.replace(/\s+/g, " ").trim();
  return oneLine2.length > max ? oneLine2.slice(0, max - 1) + "\u2026" : oneLine2;
}

// dist/src/ash/knowledge.js
var builtinTypes = [
  "map",
  "keyword",
  "term",
  "atom",
  "tuple",
  "string",
  "integer",
  "file",
  "float",
  "duration_name",
  "function",
  "boolean",
  "struct",
  "uuid",
  "uuid_v7",
  "binary",
  "date",
  "time",
  "time_usec",
  "decimal",
  "ci_string",
  "naive_datetime",
  "utc_datetime",
  "utc_datetime_usec",
  "datetime",
  "duration",
  "url_encoded_binary",
  "union",
  "module",
  "vector",
  "range"
];
var builtinTypeSet = new Set(builtinTypes);
var stringConstraints = ["max_length", "min_length", "match", "trim?", "allow_empty?"];
var numberConstraints = ["min", "max", "greater_than", "less_than"];
var typeConstraints = {
  string: stringConstraints,
  ci_string: [...stringConstraints, "casing"],
  integer: ["min", "max"],
  float: numberConstraints,
  decimal: [...numberConstraints, "precision", "scale"],
  atom: ["one_of", "unsafe_to_atom?"],
  boolean: [],
  uuid: [],
  uuid_v7: []
};
var arrayConstraints = [
  "items",
  "min_length",
  "max_length",
  "nil_items?",
  "remove_nil_items?",
  "empty_values"
];
var attributeOptions = [
  "allow_nil?",
  "public?",
  "default",
  "constraints",
  "description",
  "primary_key?",
  "writable?",
  "generated?",
  "sensitive?",
  "update_default",
  "source",
  "select_by_default?",
  "always_select?",
  "filterable?",
  "sortable?",
  "match_other_defaults?"
];
var primaryKeyShorthands = /* @__PURE__ */ new Set(["uuid_primary_key", "uuid_v7_primary_key", "integer_primary_key"]);
var relationshipShared = [
  "description",
  "destination_attribute",
  "validate_destination_attribute?",
  "source_attribute",
  "relationship_context",
  "public?",
  "not_found_message",
  "writable?",
  "read_action",
  "read_action_arguments",
  "domain",
  "filterable?",
  "sortable?",
  "sort",
  "default_sort",
  "could_be_related_at_creation?",
  "violation_message",
  "authorize_read_with",
  "allow_forbidden_field?",
  "filter"
];
var relationshipKinds = /* @__PURE__ */ new Set(["belongs_to", "has_one", "has_many", "many_to_many"]);
var relationshipOptions = {
  belongs_to: [
    "primary_key?",
    "allow_nil?",
    "attribute_writable?",
    "attribute_public?",
    "attribute_always_select?",
    "define_attribute?",
    "attribute_type",
    ...relationshipShared.filter((option) => option !== "could_be_related_at_creation?")
  ],
  has_one: ["manual", "no_attributes?", "through", "allow_nil?", "from_many?", "offset", ...relationshipShared],
  has_many: ["manual", "no_attributes?", "through", "limit", "offset", ...relationshipShared],
  many_to_many: [
    "source_attribute_on_join_resource",
    "destination_attribute_on_join_resource",
    "through",
    "join_relationship",
    ...relationshipShared
  ]
};
var knownDataLayers = [
  "AshPostgres.DataLayer",
  "Ash.DataLayer.Ets",
  "Ash.DataLayer.Mnesia",
  "Ash.DataLayer.Simple",
  "AshSqlite.DataLayer"
];
var postgresDataLayer = "AshPostgres.DataLayer";
var policyAuthorizer = "Ash.Policy.Authorizer";
var extensionsAddingNoFields = /* @__PURE__ */ new Set([
  "AshGraphql.Resource",
  "AshJsonApi.Resource",
  "AshAdmin.Resource",
  "AshOban",
  "AshPostgres.DataLayer",
  "AshSqlite.DataLayer",
  "Ash.Policy.Authorizer",
  "Ash.Notifier.PubSub"
]);
var defaultActionTypes = ["create", "read", "update", "destroy"];
var checkKinds = /* @__PURE__ */ new Set(["authorize_if", "forbid_if", "authorize_unless", "forbid_unless"]);
var aggregateKinds = /* @__PURE__ */ new Set(["count", "exists", "first", "sum", "list", "max", "min", "avg", "custom"]);
var ash2Modules = {
  "Ash.Api": "Ash.Domain"
};
var queryUpdateDataLayers = /* @__PURE__ */ new Set(["AshPostgres.DataLayer", "Ash.DataLayer.Ets"]);
var functionChangeArity = 2;
var globalChangeDefaultOn = ["create", "update"];

// dist/src/elixir/aliases.js
function lastSegment(module) {
  const parts = module.split(".");
  return parts[parts.length - 1] ?? module;
}
function readAliases(body, module) {
  const aliases = /* @__PURE__ */ new Map();
  for (const statement of body) {
    if (statement.name !== "alias")
      continue;
    const node3 = statement.node.namedChildren.find((child) => child?.type === "arguments")?.namedChildren[0];
    if (!node3)
      continue;
    if (node3.type === "dot" && node3.childForFieldName("right")?.type === "tuple") {
      const base = expandModuleText(node3.childForFieldName("left")?.text ?? "", module);
      for (const child of node3.childForFieldName("right").namedChildren) {
        if (child?.type !== "alias")
          continue;
        const first = child.text.split(".")[0];
        aliases.set(first, base + "." + first);
      }
      continue;
    }
    const target = statement.args[0];
    const full = target?.kind === "alias" ? target.name : target?.kind === "unknown" && target.text.startsWith("__MODULE__") ? target.text : void 0;
    if (!full)
      continue;
    const expanded = expandModuleText(full, module);
    const as = statement.options.find((pair) => pair.key === "as")?.value;
    aliases.set(as?.kind === "alias" ? as.name : lastSegment(expanded), expanded);
  }
  return aliases;
}
function expandModuleText(text, module) {
  const clean = text.replace(/\s+/g, "");
  if (clean === "__MODULE__")
    return module;
  if (clean.startsWith("__MODULE__."))
    return module + clean.slice("__MODULE__".length);
  return clean.replace(/^Elixir\./, "");
}
function resolveModule(value, aliases, module) {
  const written = value.name;
  const [first, ...rest] = written.replace(/^Elixir\./, "").split(".");
  const aliased = aliases.get(first);
  const name = aliased ? [aliased, ...rest].join(".") : expandModuleText(written, module);
  return { written, name, place: value.place };
}

// dist/src/ash/resources.js
function understandAsh(model) {
  const resources = [];
  const section = findSection(model, "resources");
  for (const block of section?.blocks ?? []) {
    if (block.code?.language !== "elixir")
      continue;
    const { calls } = readBody(block, block.code.root);
    for (const call of calls) {
      if (call.name === "defmodule")
        collectModules(block, call, void 0, resources);
    }
  }
  model.ash = { resources };
}
function collectModules(block, call, parent, resources) {
  const nameValue = call.args[0];
  if (nameValue?.kind !== "alias")
    return;
  const module = parent ? parent + "." + nameValue.name : nameValue.name;
  const resource = readResource(block, call, module, nameValue.place);
  if (parent)
    resource.parent = parent;
  resources.push(resource);
  for (const inner of call.body ?? []) {
    if (inner.name === "defmodule")
      collectModules(block, inner, module, resources);
  }
}
var elixirStatements = /* @__PURE__ */ new Set([
  "alias",
  "use",
  "require",
  "import",
  "def",
  "defp",
  "defmacro",
  "defmacrop",
  "defdelegate",
  "defstruct",
  "defimpl",
  "defprotocol",
  "defmodule",
  "defguard",
  "defguardp",
  "defoverridable",
  "defexception",
  "moduledoc",
  "doc"
]);
function readResource(block, call, module, place) {
  const body = call.body ?? [];
  const aliases = readAliases(body, module);
  const resolve = (value) => resolveModule(value, aliases, module);
  const resource = {
    module,
    place,
    definitionPlace: call.place,
    block,
    call,
    uses: [],
    extensions: [],
    authorizers: [],
    fragments: [],
    embedded: false,
    attributes: [],
    primaryKey: [],
    relationships: [],
    actions: [],
    calculations: [],
    aggregates: [],
    identities: [],
    policies: { sections: [], policies: [], strayChecks: [] },
    sections: [],
    aliases,
    // An error anywhere in the block may have cut this module short (an
    // unclosed bracket leaves `defmodule A` without its body), so any error
    // of the block counts.
    syntaxError: call.node.hasError || block.code?.language !== "elixir" || block.code.root.hasError,
    complete: { attributes: true, relationships: true, actions: true, policies: true }
  };
  for (const statement of body) {
    if (statement.name === "use")
      readUse(resource, statement, resolve);
    else if (!elixirStatements.has(statement.name))
      resource.sections.push(statement);
  }
  const opaque = !resource.use?.ash || resource.fragments.length > 0 || resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name));
  if (opaque)
    resource.complete = { attributes: false, relationships: false, actions: false, policies: false };
  if (call.elision) {
    resource.excerpt = call.elision;
    resource.complete = { attributes: false, relationships: false, actions: false, policies: false };
  }
  for (const section of resource.sections) {
    if (!section.elision)
      continue;
    resource.excerpt ??= section.elision;
    if (section.name === "attributes")
      resource.complete.attributes = false;
    else if (section.name === "relationships")
      resource.complete.relationships = false;
    else if (section.name === "actions")
      resource.complete.actions = false;
    else if (section.name === "policies" || section.name === "field_policies")
      resource.complete.policies = false;
  }
  const context = { resource, resolve };
  for (const section of resource.sections) {
    switch (section.name) {
      case "attributes":
        readAttributes(context, section);
        break;
      case "relationships":
        readRelationships(context, section);
        break;
      case "actions":
        readActions(context, section);
        break;
      case "calculations":
        readCalculations(context, section);
        break;
      case "aggregates":
        readAggregates(context, section);
        break;
      case "identities":
        readIdentities(context, section);
        break;
      case "policies":
      case "field_policies":
        readPolicies(context, section);
        break;
      case "postgres":
        resource.postgres = readPostgres(context, section);
        break;
      case "multitenancy":
        resource.multitenancy = readMultitenancy(section);
        break;
      default:
        break;
    }
  }
  addBelongsToAttributes(resource);
  addDefaultActions(context);
  resource.primaryKey = resource.attributes.filter((attribute) => attribute.primaryKey);
  return resource;
}
function moduleRefOf(value, context) {
  if (!value)
    return void 0;
  if (value.kind === "alias")
    return context.resolve(value);
  if (value.kind === "unknown" && value.text.replace(/\s+/g, "").startsWith("__MODULE__")) {
    return { written: value.text, name: expandModuleText(value.text, context.resource.module), place: value.place };
  }
  return void 0;
}
function readUse(resource, call, resolve) {
  const target = call.args[0];
  if (target?.kind !== "alias")
    return;
  const module = resolve(target);
  resource.uses.push(module);
  const ash = module.name === "Ash.Resource";
  const wrapper = !ash && /\.Resource$/.test(module.name) && !module.name.startsWith("Ash.Resource.");
  if (!ash && !wrapper)
    return;
  if (resource.use?.ash)
    return;
  const options = entityOptions(call);
  resource.use = { module, ash, options, call };
  const refs = (key) => (aliasList(findOption(options, key)?.value) ?? []).map(resolve);
  const domain = findOption(options, "domain")?.value;
  if (domain?.kind === "alias")
    resource.domain = resolve(domain);
  resource.extensions = refs("extensions");
  resource.authorizers = refs("authorizers");
  resource.fragments = refs("fragments");
  const dataLayer2 = findOption(options, "data_layer");
  if (dataLayer2) {
    const value = dataLayer2.value;
    const embedded = value.kind === "atom" && value.value === "embedded";
    resource.embedded = embedded;
    resource.dataLayer = {
      value,
      module: value.kind === "alias" ? resolve(value) : void 0,
      embedded,
      place: value.place
    };
  }
}
function readType(value, context) {
  if (!value)
    return void 0;
  const base = { place: value.place, text: value.text };
  if (value.kind === "atom")
    return { ...base, kind: "atom", name: value.value };
  if (value.kind === "alias")
    return { ...base, kind: "module", module: context.resolve(value) };
  if (value.kind === "tuple" && value.items.length === 2) {
    const [head, inner] = value.items;
    if (head.kind === "atom" && head.value === "array") {
      const of = readType(inner, context);
      if (of)
        return { ...base, kind: "array", of };
    }
  }
  return { ...base, kind: "unknown", value };
}
var attributeCalls = /* @__PURE__ */ new Set([
  "attribute",
  "uuid_primary_key",
  "uuid_v7_primary_key",
  "integer_primary_key",
  "create_timestamp",
  "update_timestamp",
  "timestamps"
]);
function readAttributes(context, section) {
  const { resource } = context;
  if (section.bodyHasOther)
    resource.complete.attributes = false;
  for (const call of section.body ?? []) {
    if (!attributeCalls.has(call.name)) {
      resource.complete.attributes = false;
      continue;
    }
    if (call.name === "timestamps") {
      for (const name of ["inserted_at", "updated_at"]) {
        resource.attributes.push(shorthandAttribute(context, call, name, call.place, "timestamps", name === "inserted_at" ? "create_timestamp" : "update_timestamp"));
      }
      continue;
    }
    const nameValue = call.args[0];
    if (nameValue?.kind !== "atom") {
      resource.complete.attributes = false;
      continue;
    }
    if (call.name === "attribute")
      resource.attributes.push(readAttribute(context, call, nameValue.value, nameValue.place));
    else
      resource.attributes.push(shorthandAttribute(context, call, nameValue.value, nameValue.place, call.name, call.name));
  }
}
function applyOptions(attribute, options) {
  const flag = (key, fallback) => booleanOption(options, key) ?? fallback;
  attribute.allowNil = flag("allow_nil?", attribute.allowNil);
  attribute.public = flag("public?", attribute.public);
  attribute.writable = flag("writable?", attribute.writable);
  attribute.generated = flag("generated?", attribute.generated);
  attribute.sensitive = flag("sensitive?", attribute.sensitive);
  attribute.primaryKey = flag("primary_key?", attribute.primaryKey);
  attribute.default = findOption(options, "default")?.value ?? attribute.default;
  attribute.constraints = findOption(options, "constraints") ?? attribute.constraints;
  const source = findOption(options, "source")?.value;
  if (source?.kind === "atom")
    attribute.source = source.value;
}
function readAttribute(context, call, name, place) {
  const options = entityOptions(call);
  const attribute = {
    name,
    place,
    declarationPlace: call.place,
    origin: "attribute",
    // The type is positional; `type:` / `type :string` in the block is read too.
    type: readType(call.args[1] ?? findOption(options, "type")?.value, context),
    typeDefaulted: false,
    primaryKey: false,
    allowNil: true,
    public: false,
    writable: true,
    generated: false,
    sensitive: false,
    options,
    call
  };
  applyOptions(attribute, options);
  return attribute;
}
function shorthandAttribute(context, call, name, place, origin, kind) {
  const type = (typeName) => ({ kind: "atom", name: typeName, place: call.namePlace, text: ":" + typeName });
  const options = call.name === "timestamps" ? [] : entityOptions(call);
  const primaryKey = primaryKeyShorthands.has(kind);
  const attribute = {
    name,
    place,
    declarationPlace: call.place,
    origin,
    type: kind === "uuid_primary_key" ? type("uuid") : kind === "uuid_v7_primary_key" ? type("uuid_v7") : kind === "integer_primary_key" ? type("integer") : type("utc_datetime_usec"),
    typeDefaulted: true,
    primaryKey,
    allowNil: false,
    public: primaryKey,
    writable: false,
    generated: kind === "integer_primary_key",
    sensitive: false,
    options,
    call
  };
  applyOptions(attribute, options);
  const written = findOption(options, "type")?.value;
  if (written) {
    attribute.type = readType(written, context);
    attribute.typeDefaulted = false;
  }
  return attribute;
}
var relationshipEntities = /* @__PURE__ */ new Set(["filter"]);
function atomOption(options, key) {
  const value = findOption(options, key)?.value;
  return value?.kind === "atom" ? value.value : void 0;
}
function readRelationships(context, section) {
  const { resource } = context;
  if (section.bodyHasOther)
    resource.complete.relationships = false;
  for (const call of section.body ?? []) {
    const nameValue = call.args[0];
    if (!relationshipKinds.has(call.name) || nameValue?.kind !== "atom") {
      resource.complete.relationships = false;
      continue;
    }
    const kind = call.name;
    const options = entityOptions(call, relationshipEntities);
    const destinationValue = call.args[1];
    const destination = moduleRefOf(destinationValue, context);
    const name = nameValue.value;
    const sourceModule = snakeCase(lastSegment(resource.module));
    const destinationModule = destination ? snakeCase(lastSegment(destination.name)) : void 0;
    const relationship = {
      kind,
      name,
      place: nameValue.place,
      declarationPlace: call.place,
      destination,
      destinationValue,
      options,
      sourceAttribute: atomOption(options, "source_attribute") ?? (kind === "belongs_to" ? name + "_id" : "id"),
      destinationAttribute: atomOption(options, "destination_attribute") ?? (kind === "has_one" || kind === "has_many" ? sourceModule + "_id" : "id"),
      allowNil: booleanOption(options, "allow_nil?") ?? true,
      primaryKey: booleanOption(options, "primary_key?") ?? false,
      public: booleanOption(options, "public?") ?? false,
      defineAttribute: kind === "belongs_to" && booleanOption(options, "define_attribute?") !== false,
      call
    };
    if (kind === "belongs_to")
      relationship.attributeType = readType(findOption(options, "attribute_type")?.value, context);
    if (kind === "many_to_many") {
      relationship.through = moduleRefOf(findOption(options, "through")?.value, context);
      relationship.sourceAttributeOnJoinResource = atomOption(options, "source_attribute_on_join_resource") ?? sourceModule + "_id";
      relationship.destinationAttributeOnJoinResource = atomOption(options, "destination_attribute_on_join_resource") ?? (destinationModule ? destinationModule + "_id" : void 0);
    }
    resource.relationships.push(relationship);
  }
}
function addBelongsToAttributes(resource) {
  for (const relationship of resource.relationships) {
    if (relationship.kind !== "belongs_to" || !relationship.defineAttribute)
      continue;
    if (resource.attributes.some((attribute) => attribute.name === relationship.sourceAttribute))
      continue;
    const options = relationship.options;
    const primaryKey = relationship.primaryKey;
    resource.attributes.push({
      name: relationship.sourceAttribute,
      place: relationship.place,
      declarationPlace: relationship.declarationPlace,
      origin: "belongs_to",
      type: relationship.attributeType ?? { kind: "atom", name: "uuid", place: relationship.place, text: ":uuid" },
      typeDefaulted: !relationship.attributeType,
      primaryKey,
      allowNil: primaryKey ? false : relationship.allowNil,
      public: booleanOption(options, "attribute_public?") ?? relationship.public,
      writable: booleanOption(options, "attribute_writable?") ?? booleanOption(options, "writable?") ?? true,
      generated: false,
      sensitive: false,
      options: [],
      relationship: relationship.name,
      call: relationship.call
    });
  }
}
var actionEntities = /* @__PURE__ */ new Set(["argument", "change", "validate", "metadata", "prepare", "pagination", "filter"]);
var actionCalls = /* @__PURE__ */ new Set(["create", "read", "update", "destroy", "action"]);
function readAccept(option) {
  if (!option)
    return void 0;
  const value = option.value;
  if (value.kind === "atom" && value.value === "*")
    return { all: true, names: [], place: value.place };
  const atoms = atomList(value);
  if (!atoms)
    return void 0;
  const all2 = atoms.some((atom) => atom.value === "*");
  const names = atoms.filter((atom) => atom.value !== "*").map((atom) => ({ name: atom.value, place: atom.place }));
  return { all: all2, names, place: value.place };
}
function readArgument(context, call) {
  const nameValue = call.args[0];
  if (nameValue?.kind !== "atom")
    return void 0;
  const options = entityOptions(call);
  return {
    name: nameValue.value,
    place: nameValue.place,
    type: readType(call.args[1], context),
    allowNil: booleanOption(options, "allow_nil?") ?? true,
    options,
    call
  };
}
function readActions(context, section) {
  const { resource } = context;
  if (section.bodyHasOther)
    resource.complete.actions = false;
  const defaultAccept = section.body?.find((call) => call.name === "default_accept");
  if (defaultAccept) {
    resource.defaultAccept = readAccept({
      key: "default_accept",
      keyPlace: defaultAccept.namePlace,
      value: defaultAccept.args[0] ?? { kind: "nil", place: defaultAccept.place, text: "" },
      place: defaultAccept.place,
      form: "block"
    });
  }
  for (const call of section.body ?? []) {
    if (call.name === "defaults") {
      resource.defaults = readDefaults(call);
      continue;
    }
    if (call.name === "default_accept")
      continue;
    const nameValue = call.args[0];
    if (!actionCalls.has(call.name) || nameValue?.kind !== "atom") {
      resource.complete.actions = false;
      continue;
    }
    const type = call.name;
    const options = entityOptions(call, actionEntities);
    const primary = findOption(options, "primary?");
    const argumentsList = [];
    for (const inner of call.body ?? []) {
      if (inner.name !== "argument")
        continue;
      const argument = readArgument(context, inner);
      if (argument)
        argumentsList.push(argument);
    }
    const acceptsInput = type === "create" || type === "update" || type === "destroy";
    resource.actions.push({
      type,
      name: nameValue.value,
      place: nameValue.place,
      declarationPlace: call.place,
      fromDefaults: false,
      primary: primary?.value.kind === "boolean" ? primary.value.value : false,
      primaryPlace: primary?.place,
      accept: acceptsInput ? readAccept(findOption(options, "accept")) ?? resource.defaultAccept ?? emptyAccept(call.namePlace) : void 0,
      arguments: argumentsList,
      returns: type === "action" ? readType(call.args[1], context) : void 0,
      options,
      call
    });
  }
}
function emptyAccept(place) {
  return { all: false, names: [], place };
}
function readDefaults(call) {
  const value = call.args[0];
  const defaults = { call, place: call.place, entries: [], literal: false };
  if (value?.kind === "list") {
    defaults.literal = true;
    for (const item of value.items) {
      defaults.entries.push({ type: item.kind === "atom" ? item.value : item.text, place: item.place, value: item });
    }
    for (const pair of value.pairs) {
      defaults.entries.push({ type: pair.key, place: pair.keyPlace, accept: pair.value, value: pair.value });
    }
  }
  return defaults;
}
function addDefaultActions(context) {
  const { resource } = context;
  const defaults = resource.defaults;
  if (!defaults)
    return;
  const explicit = [...resource.actions];
  const added = [];
  for (const entry of defaults.entries) {
    if (!["create", "read", "update", "destroy"].includes(entry.type))
      continue;
    const type = entry.type;
    const acceptsInput = type === "create" || type === "update";
    let accept;
    if (acceptsInput) {
      accept = entry.accept ? readAccept({ key: type, keyPlace: entry.place, value: entry.accept, place: entry.place, form: "keyword" }) : resource.defaultAccept ?? emptyAccept(entry.place);
    } else if (type === "destroy")
      accept = emptyAccept(entry.place);
    added.push({
      type,
      name: type,
      place: entry.place,
      declarationPlace: entry.place,
      fromDefaults: true,
      primary: !explicit.some((action) => action.type === type && action.primary),
      accept,
      arguments: [],
      options: [],
      call: defaults.call
    });
  }
  resource.actions = [...added, ...explicit];
}
function readCalculations(context, section) {
  for (const call of section.body ?? []) {
    const nameValue = call.args[0];
    if (call.name !== "calculate" || nameValue?.kind !== "atom")
      continue;
    const options = entityOptions(call, /* @__PURE__ */ new Set(["argument"]));
    const argumentsList = [];
    for (const inner of call.body ?? []) {
      if (inner.name !== "argument")
        continue;
      const argument = readArgument(context, inner);
      if (argument)
        argumentsList.push(argument);
    }
    context.resource.calculations.push({
      name: nameValue.value,
      place: nameValue.place,
      declarationPlace: call.place,
      type: readType(call.args[1], context),
      calculation: call.args[2] ?? findOption(options, "calculation")?.value,
      arguments: argumentsList,
      options,
      call
    });
  }
}
function readAggregates(context, section) {
  for (const call of section.body ?? []) {
    const nameValue = call.args[0];
    if (!aggregateKinds.has(call.name) || nameValue?.kind !== "atom")
      continue;
    const options = entityOptions(call, /* @__PURE__ */ new Set(["filter", "join_filter"]));
    const path = atomList(call.args[1])?.map((atom) => atom.value) ?? [];
    const third = call.args[2];
    const aggregate = {
      kind: call.name,
      name: nameValue.value,
      place: nameValue.place,
      declarationPlace: call.place,
      path,
      options,
      call
    };
    if (call.name === "custom")
      aggregate.type = readType(third, context);
    else if (third?.kind === "atom")
      aggregate.field = third.value;
    else if (atomOption(options, "field"))
      aggregate.field = atomOption(options, "field");
    context.resource.aggregates.push(aggregate);
  }
}
function readIdentities(context, section) {
  for (const call of section.body ?? []) {
    const nameValue = call.args[0];
    if (call.name !== "identity" || nameValue?.kind !== "atom")
      continue;
    context.resource.identities.push({
      name: nameValue.value,
      place: nameValue.place,
      declarationPlace: call.place,
      keys: (atomList(call.args[1]) ?? []).map((atom) => ({ name: atom.value, place: atom.place })),
      options: entityOptions(call),
      call
    });
  }
}
var policyCalls = /* @__PURE__ */ new Set(["policy", "bypass", "field_policy", "field_policy_bypass"]);
function readCheck(call) {
  return { kind: call.name, check: call.args[0], place: call.place, call };
}
function policyChecks(call) {
  const checks = [];
  for (const inner of call.body ?? [])
    if (checkKinds.has(inner.name))
      checks.push(readCheck(inner));
  const inline = call.options.find((pair) => pair.key === "do")?.value;
  if (inline?.kind === "call" && checkKinds.has(inline.call.name))
    checks.push(readCheck(inline.call));
  return checks;
}
function readPolicy(call, groups) {
  const kind = call.name;
  const fieldPolicy = kind === "field_policy" || kind === "field_policy_bypass";
  return {
    kind,
    fields: fieldPolicy ? call.args[0] : void 0,
    condition: fieldPolicy ? call.args[1] : call.args[0],
    groups,
    checks: policyChecks(call),
    place: call.place,
    call
  };
}
function readPolicies(context, section) {
  const policies = context.resource.policies;
  policies.sections.push(section);
  const visit2 = (calls, groups) => {
    for (const call of calls) {
      if (policyCalls.has(call.name))
        policies.policies.push(readPolicy(call, groups));
      else if (call.name === "policy_group")
        visit2(call.body ?? [], call.args[0] ? [...groups, call.args[0]] : groups);
      else if (checkKinds.has(call.name))
        policies.strayChecks.push(readCheck(call));
      else if (call.name !== "default_access_type")
        context.resource.complete.policies = false;
    }
  };
  visit2(section.body ?? [], []);
}
function readMultitenancy(section) {
  const options = entityOptions(section);
  const strategy = findOption(options, "strategy");
  const attribute = findOption(options, "attribute")?.value;
  return {
    // Ash's default strategy is `:context`.
    strategy: strategy ? strategy.value.kind === "atom" ? strategy.value.value : void 0 : "context",
    attribute: attribute?.kind === "atom" ? { name: attribute.value, place: attribute.place } : void 0,
    call: section
  };
}
function readPostgres(context, section) {
  const options = entityOptions(section, /* @__PURE__ */ new Set(["references", "check_constraints", "custom_indexes", "custom_statements", "manage_tenant"]));
  const tableOption = findOption(options, "table");
  const table = tableOption?.value.kind === "string" && !tableOption.value.interpolated ? { name: tableOption.value.value, place: tableOption.value.place } : void 0;
  const repoValue = findOption(options, "repo")?.value;
  return {
    call: section,
    place: section.place,
    table,
    repo: repoValue?.kind === "alias" ? context.resolve(repoValue) : void 0,
    polymorphic: booleanOption(options, "polymorphic?") ?? false,
    options
  };
}

// dist/src/elixir/modules.js
var functionKinds = /* @__PURE__ */ new Set(["def", "defp", "defmacro", "defmacrop", "defdelegate"]);
var placeholderComments2 = new Set(templatePlaceholders.comments.elixir ?? []);
function subsectionModules(subsection) {
  const modules = [];
  for (const block of subsection.blocks) {
    if (block.code?.language !== "elixir")
      continue;
    for (const call of readBody(block, block.code.root).calls) {
      if (call.name === "defmodule")
        collect(block, call, void 0, modules);
    }
  }
  return modules;
}
function elixirBlocks(subsection) {
  return subsection.blocks.filter((block) => block.code?.language === "elixir");
}
function collect(block, call, parent, modules) {
  const nameValue = call.args[0];
  if (nameValue?.kind !== "alias")
    return;
  const name = parent ? parent + "." + nameValue.name : nameValue.name;
  const module = readModule(block, call, name, nameValue, parent);
  modules.push(module);
  for (const inner of module.body) {
    if (inner.name === "defmodule")
      collect(block, inner, name, modules);
  }
}
function readModule(block, call, name, nameValue, parent) {
  const body = call.body ?? [];
  const aliases = readAliases(body, name);
  const module = {
    name,
    written: nameValue.name,
    place: nameValue.place,
    definitionPlace: call.place,
    parent,
    block,
    call,
    body,
    uses: [],
    aliases,
    functions: [],
    comments: [],
    complete: true
  };
  const code = block.code;
  if (code?.language === "elixir" && code.errors.length > 0)
    markIncomplete(module, "syntax");
  for (const statement of body) {
    if (statement.name !== "use")
      continue;
    const target = statement.args[0];
    if (target?.kind !== "alias")
      continue;
    module.uses.push({
      module: resolveModule(target, aliases, name),
      args: statement.args.slice(1),
      options: statement.options,
      call: statement
    });
  }
  const doBlock = call.node.namedChildren.find((child) => child?.type === "do_block") ?? void 0;
  if (doBlock) {
    const read = readFunctions(block, doBlock);
    module.functions = read.functions;
    if (read.elided)
      markIncomplete(module, "elided");
    else if (read.dynamic)
      markIncomplete(module, "dynamic");
  }
  collectComments(module, doBlock);
  return module;
}
function markIncomplete(module, reason) {
  if (!module.complete)
    return;
  module.complete = false;
  module.incomplete = reason;
}
function readFunctions(block, body) {
  const functions = [];
  let elided = false;
  let dynamic = false;
  const byKey = /* @__PURE__ */ new Map();
  let impl;
  for (const child of body.namedChildren) {
    if (!child)
      continue;
    if (isElision(block, child)) {
      elided = true;
      continue;
    }
    if (child.type === "comment")
      continue;
    if (child.type === "unary_operator" && child.childForFieldName("operator")?.type === "@") {
      const operand = child.childForFieldName("operand");
      if (operand?.type === "call" && operand.childForFieldName("target")?.text === "impl") {
        const argument = operand.namedChildren.find((node3) => node3?.type === "arguments")?.namedChildren[0];
        impl = { value: argument?.text ?? "", place: placeOfNode(block, child) };
      }
      continue;
    }
    if (child.type !== "call")
      continue;
    const target = child.childForFieldName("target");
    if (!target || target.type !== "identifier" || !functionKinds.has(target.text))
      continue;
    const clause = readClause(block, child, target.text, impl);
    impl = void 0;
    if (!clause) {
      dynamic = true;
      continue;
    }
    const arity = clause.params.length;
    const key = clause.kind + " " + clause.name + "/" + arity;
    let fn = byKey.get(key);
    if (!fn) {
      fn = {
        kind: clause.kind,
        name: clause.name,
        arity,
        minArity: arity - clause.defaults,
        clauses: [],
        place: clause.place,
        impl: false
      };
      byKey.set(key, fn);
      functions.push(fn);
    }
    fn.clauses.push(clause);
    fn.minArity = Math.min(fn.minArity, arity - clause.defaults);
    if (clause.impl && clause.impl.value !== "false")
      fn.impl = true;
  }
  return { functions, elided, dynamic };
}
function readClause(block, node3, kind, impl) {
  const args = node3.namedChildren.find((child) => child?.type === "arguments");
  let head = args?.namedChildren.find((child) => child && child.type !== "comment") ?? void 0;
  if (!head)
    return void 0;
  let guard = false;
  if (head.type === "binary_operator" && head.childForFieldName("operator")?.type === "when") {
    guard = true;
    head = head.childForFieldName("left") ?? void 0;
    if (!head)
      return void 0;
  }
  let nameNode;
  let params = [];
  if (head.type === "identifier") {
    nameNode = head;
  } else if (head.type === "call") {
    const target = head.childForFieldName("target");
    if (!target || target.type !== "identifier" || target.text === "unquote")
      return void 0;
    nameNode = target;
    const paramList = head.namedChildren.find((child) => child?.type === "arguments");
    params = paramList ? paramList.namedChildren.filter((child) => !!child && child.type !== "comment") : [];
  } else {
    return void 0;
  }
  const defaults = params.filter((param) => param.type === "binary_operator" && param.childForFieldName("operator")?.type === "\\\\").length;
  const hasKeywordBody = args?.namedChildren.some((child) => child?.type === "keywords") ?? false;
  const hasDoBlock = node3.namedChildren.some((child) => child?.type === "do_block");
  return {
    kind,
    name: nameNode.text,
    place: placeOfNode(block, nameNode),
    declarationPlace: placeOfNode(block, node3),
    params,
    defaults,
    guard,
    // `defdelegate f(a), to: X` has keywords but no `do`; it is a definition all the same.
    headOnly: kind !== "defdelegate" && !hasKeywordBody && !hasDoBlock,
    impl,
    node: node3,
    block
  };
}
function collectComments(module, doBlock) {
  if (!doBlock)
    return;
  const stack = [doBlock];
  while (stack.length > 0) {
    const node3 = stack.pop();
    for (let index = node3.namedChildCount - 1; index >= 0; index--) {
      const child = node3.namedChild(index);
      if (!child)
        continue;
      if (child.type === "comment") {
        module.comments.push({ text: child.text, place: placeOfNode(module.block, child) });
        if (placeholderComments2.has(child.text.trim()))
          markIncomplete(module, "placeholder");
      } else if (child.type === "call" && child.childForFieldName("target")?.text === "defmodule") {
        continue;
      } else if (child.namedChildCount > 0) {
        stack.push(child);
      }
    }
  }
  module.comments.sort((a, b) => a.place.start.line - b.place.start.line || a.place.start.column - b.place.start.column);
}
function functionsNamed(functions, name) {
  return functions.filter((fn) => fn.name === name);
}
function publicFunction(functions, name, arity) {
  return functions.find((fn) => fn.name === name && fn.kind !== "defp" && fn.kind !== "defmacrop" && fn.minArity <= arity && arity <= fn.arity);
}
function paramValue(module, node3) {
  return readValue(module.block, node3);
}
function readModuleSubsection(subsection) {
  const modules = subsectionModules(subsection);
  const name = subsection.name;
  const named = name === void 0 ? void 0 : modules.find((module) => module.name === name);
  const blocks = elixirBlocks(subsection);
  const loose2 = [];
  let looseIncomplete = false;
  for (const block of blocks) {
    if (block.code?.language !== "elixir")
      continue;
    const read = readFunctions(block, block.code.root);
    loose2.push(...read.functions);
    if (read.elided || read.dynamic)
      looseIncomplete = true;
  }
  return {
    subsection,
    name,
    headingPlace: subsection.heading.position,
    modules,
    module: named ?? modules.find((module) => module.parent === void 0),
    headingAgrees: name === void 0 ? void 0 : named !== void 0,
    blocks,
    loose: loose2,
    looseIncomplete
  };
}
function moduleHeadingIssues(entry) {
  const { name, subsection } = entry;
  if (name === void 0 || entry.headingAgrees !== false || entry.blocks.length === 0)
    return [];
  const heading = `\`${subsection.heading.text}\``;
  const related = [{ place: subsection.heading.position, message: `heading ${heading}` }];
  const module = entry.module;
  if (!module) {
    if (entry.blocks.some((block) => block.code?.language === "elixir" && block.code.errors.length > 0))
      return [];
    return [{ reason: `No \`defmodule ${name}\` in the Elixir block of ${heading}`, place: entry.blocks[0].position, related }];
  }
  return [{ reason: `Module \`${module.name}\` does not match the heading ${heading}`, place: module.place, related }];
}

// dist/src/phoenix/contexts.js
function understandContexts(model) {
  const section = findSection(model, "contexts");
  model.contexts = (section?.subsections ?? []).map(function(subsection) {
    const base = readModuleSubsection(subsection);
    const context = { ...base, functions: base.module?.functions ?? [] };
    if (base.module)
      context.domain = readDomain(base.module);
    return context;
  });
}
function readDomain(module) {
  const use = module.uses.find((entry) => entry.module.name === "Ash.Domain");
  if (!use)
    return void 0;
  const resolve = (value) => value.kind === "alias" ? resolveModule(value, module.aliases, module.name) : void 0;
  const optionValue = (key) => use.options.find((pair) => pair.key === key)?.value;
  const domain = {
    use,
    options: use.options,
    extensions: (aliasList(optionValue("extensions")) ?? []).flatMap((value) => resolve(value) ?? []),
    resourcesSections: [],
    resources: [],
    allowUnregistered: false,
    complete: module.complete && optionValue("fragments") === void 0
  };
  for (const section of module.body) {
    if (section.name !== "resources")
      continue;
    domain.resourcesSections.push(section);
    if (section.bodyHasOther || section.elision || !section.body)
      domain.complete = false;
    for (const entry of section.body ?? []) {
      if (entry.name === "resource") {
        const target = entry.args[0];
        const ref = target ? resolve(target) : void 0;
        if (!ref) {
          domain.complete = false;
          continue;
        }
        domain.resources.push({
          module: ref,
          place: ref.place,
          declarationPlace: entry.place,
          interfaces: (entry.body ?? []).flatMap((call) => readInterface(call) ?? []),
          call: entry
        });
      } else if (entry.name === "allow_unregistered?") {
        const value = entry.args[0];
        if (value?.kind === "boolean")
          domain.allowUnregistered = value.value;
        else
          domain.complete = false;
      } else if (entry.name !== "allow" && entry.name !== "registry") {
        domain.complete = false;
      }
    }
  }
  return domain;
}
function readInterface(call) {
  if (call.name !== "define" && call.name !== "define_calculation")
    return void 0;
  const nameValue = call.args[0];
  if (nameValue?.kind !== "atom")
    return void 0;
  const options = entityOptions(call);
  const option = (key) => options.find((entry) => entry.key === key);
  const actionKey = call.name === "define" ? "action" : "calculation";
  const actionValue = option(actionKey)?.value;
  const action = actionValue?.kind === "atom" ? { name: actionValue.value, place: actionValue.place, defaulted: false } : { name: nameValue.value, place: nameValue.place, defaulted: true };
  const args = [];
  const argsValue = option("args")?.value;
  for (const item of argsValue?.kind === "list" ? argsValue.items : []) {
    if (item.kind === "atom")
      args.push({ name: item.value, optional: false, place: item.place });
    else if (item.kind === "tuple" && item.items.length === 2) {
      const [flag, name] = item.items;
      if (flag.kind === "atom" && name.kind === "atom")
        args.push({ name: name.value, optional: flag.value === "optional", place: item.place });
    }
  }
  const getBy = (atomList(option("get_by")?.value) ?? []).map((atom) => ({ name: atom.value, place: atom.place }));
  return {
    kind: call.name,
    name: nameValue.value,
    place: nameValue.place,
    action,
    args,
    getBy,
    get: booleanOption(options, "get?") === true || getBy.length > 0,
    options,
    call
  };
}

// dist/src/phoenix/liveviews.js
var liveViewCallbacks = {
  live_view: [
    { name: "mount", arity: 3, params: "params, session, socket" },
    { name: "render", arity: 1, params: "assigns" },
    { name: "handle_params", arity: 3, params: "params, uri, socket" },
    { name: "handle_event", arity: 3, params: "event, params, socket" },
    { name: "handle_info", arity: 2, params: "message, socket" },
    { name: "handle_call", arity: 3, params: "message, from, socket" },
    { name: "handle_cast", arity: 2, params: "message, socket" },
    { name: "handle_async", arity: 3, params: "name, result, socket" },
    { name: "terminate", arity: 2, params: "reason, socket" }
  ],
  live_component: [
    { name: "mount", arity: 1, params: "socket" },
    { name: "update", arity: 2, params: "assigns, socket" },
    { name: "update_many", arity: 1, params: "assigns_sockets" },
    { name: "render", arity: 1, params: "assigns" },
    { name: "handle_event", arity: 3, params: "event, params, socket" },
    { name: "handle_async", arity: 3, params: "name, result, socket" }
  ]
};
var liveViewReturns = {
  live_view: {
    mount: { tag: "ok", forms: "`{:ok, socket}` or `{:ok, socket, options}`" },
    handle_params: { tag: "noreply", forms: "`{:noreply, socket}`" },
    handle_event: { tag: "noreply", forms: "`{:noreply, socket}` or `{:reply, map, socket}`" },
    handle_info: { tag: "noreply", forms: "`{:noreply, socket}`" },
    handle_call: { tag: "noreply", forms: "`{:noreply, socket}` or `{:reply, term, socket}`" },
    handle_cast: { tag: "noreply", forms: "`{:noreply, socket}`" },
    handle_async: { tag: "noreply", forms: "`{:noreply, socket}`" }
  },
  live_component: {
    mount: { tag: "ok", forms: "`{:ok, socket}` or `{:ok, socket, options}`" },
    update: { tag: "ok", forms: "`{:ok, socket}`" },
    handle_event: { tag: "noreply", forms: "`{:noreply, socket}` or `{:reply, map, socket}`" },
    handle_async: { tag: "noreply", forms: "`{:noreply, socket}`" }
  }
};
function understandLiveViews(model) {
  const section = findSection(model, "components");
  model.liveViews = (section?.subsections ?? []).map(function(subsection) {
    const base = readModuleSubsection(subsection);
    const module = base.module;
    const functions = module ? [...module.functions, ...base.loose] : [];
    const component = { ...base, functions, callbacks: [], events: [] };
    if (!module)
      return component;
    for (const use of module.uses) {
      const kind = kindOf(use);
      if (kind) {
        component.kind = kind;
        component.use = use;
        break;
      }
    }
    if (component.kind) {
      const names = new Set(liveViewCallbacks[component.kind].map((callback) => callback.name));
      component.callbacks = functions.filter((fn) => names.has(fn.name) && fn.kind !== "defp" && fn.kind !== "defmacrop");
    }
    for (const fn of functions) {
      if (fn.name !== "handle_event")
        continue;
      for (const clause of fn.clauses) {
        if (clause.headOnly)
          continue;
        component.events.push({ clause, event: clause.params[0] ? eventPattern(module, clause.params[0]) : void 0 });
      }
    }
    component.events.sort((a, b) => a.clause.place.start.line - b.clause.place.start.line);
    component.render = publicFunction(functions, "render", 1);
    component.template = findTemplate(component, module);
    return component;
  });
}
function kindOf(use) {
  if (use.module.name === "Phoenix.LiveView")
    return "live_view";
  if (use.module.name === "Phoenix.LiveComponent")
    return "live_component";
  const which = use.args[0];
  if (which?.kind === "atom" && (which.value === "live_view" || which.value === "live_component"))
    return which.value;
  return void 0;
}
var nonStringLiterals = /* @__PURE__ */ new Set(["number", "boolean", "nil", "list", "tuple", "keyword"]);
function eventPattern(module, node3) {
  const value = paramValue(module, node3);
  const base = { text: value.text, place: value.place };
  if (value.kind === "string")
    return value.interpolated ? { ...base, kind: "other" } : { ...base, kind: "string", name: value.value };
  if (value.kind === "atom")
    return { ...base, kind: "atom", name: value.value };
  if (node3.type === "identifier")
    return { ...base, kind: "variable" };
  if (nonStringLiterals.has(value.kind) || node3.type === "map")
    return { ...base, kind: "literal" };
  if (node3.type === "binary_operator") {
    const operator = node3.childForFieldName("operator")?.type;
    const left = node3.childForFieldName("left");
    const right = node3.childForFieldName("right");
    if (operator === "<>" && left?.type === "string") {
      const prefix = paramValue(module, left);
      return { ...base, kind: "prefix", name: prefix.kind === "string" ? prefix.value : void 0 };
    }
    if (operator === "=" && left && right) {
      const literal = left.type === "identifier" ? right : left;
      const inner = eventPattern(module, literal);
      return { ...inner, text: base.text, place: base.place };
    }
  }
  return { ...base, kind: "other" };
}
var heexFile = /\.heex\b/;
var templateLanguages = /* @__PURE__ */ new Set(["heex", "leex", "eex", "html", "html.heex", "html-eex", "surface", "sface"]);
var templateWord = /\btemplates?\b/i;
function findTemplate(component, module) {
  const embed = module.body.find((call) => call.name === "embed_templates");
  if (embed)
    return { kind: "embed_templates", text: embed.head, place: embed.place };
  for (const block of component.subsection.blocks) {
    if (block.language && templateLanguages.has(block.language))
      return { kind: "block", text: block.rawLanguage ?? block.language, place: block.position };
  }
  for (const comment of module.comments) {
    if (heexFile.test(comment.text))
      return { kind: "comment", text: comment.text, place: comment.place };
  }
  for (const node3 of component.subsection.content) {
    if (node3.type === "code" || node3.type === "html")
      continue;
    const text = toString(node3);
    if (heexFile.test(text) || templateWord.test(text))
      return { kind: "prose", text, place: placeOf(node3) };
  }
  return void 0;
}

// dist/src/rest/endpoints.js
var httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
var httpMethodSet = new Set(httpMethods);
function understandEndpoints(model) {
  const endpoints = [];
  for (const section of model.sections) {
    if (section.role !== "api")
      continue;
    for (const subsection of section.subsections) {
      if (subsection.form?.form.role !== "rest")
        continue;
      for (const node3 of subsection.content) {
        if (node3.type !== "list")
          continue;
        for (const item of node3.children)
          endpoints.push(readEndpoint(model.source, subsection, item));
      }
    }
  }
  model.endpoints = endpoints;
}
function offsetOf(node3, end = false) {
  return end ? node3.position?.end.offset : node3.position?.start.offset;
}
function placeAt(source, start, end) {
  return { start: source.pointAt(start), end: source.pointAt(end) };
}
function leadingCode(first) {
  if (!first)
    return void 0;
  if (first.type === "inlineCode")
    return { code: first, wrapper: first };
  if ((first.type === "link" || first.type === "strong" || first.type === "emphasis") && first.children.length === 1) {
    const only = first.children[0];
    if (only.type === "inlineCode")
      return { code: only, wrapper: first };
  }
  return void 0;
}
var separatorPattern = /^[ \t]*(--?|–|—)(?=\s|$)\s*/;
function readEndpoint(source, subsection, item) {
  const paragraph = item.children[0]?.type === "paragraph" ? item.children[0] : void 0;
  const endpoint = {
    subsection,
    item,
    place: placeOf(item),
    text: oneLine(paragraph ? toString(paragraph) : toString(item))
  };
  if (!paragraph)
    return endpoint;
  const lead = leadingCode(paragraph.children[0]);
  if (!lead)
    return endpoint;
  readCode(source, endpoint, lead.code);
  const restStart = offsetOf(lead.wrapper, true);
  const restEnd = offsetOf(paragraph, true);
  if (restStart === void 0 || restEnd === void 0)
    return endpoint;
  const raw = source.text.slice(restStart, restEnd);
  if (raw.trim() === "")
    return endpoint;
  const separator = separatorPattern.exec(raw);
  if (!separator) {
    const lead2 = raw.length - raw.trimStart().length;
    endpoint.trailing = { text: oneLine(raw), place: placeAt(source, restStart + lead2, restEnd) };
    return endpoint;
  }
  const dashStart = restStart + raw.indexOf(separator[1]);
  endpoint.separator = { text: separator[1], place: placeAt(source, dashStart, dashStart + separator[1].length) };
  const rest = oneLine(paragraph.children.slice(1).map((node3) => toString(node3)).join(""));
  const description = rest.replace(/^(--?|–|—)(?=\s|$)\s*/, "");
  if (description !== "" && separator[0].length < raw.length) {
    endpoint.description = { text: description, place: placeAt(source, restStart + separator[0].length, restEnd) };
  }
  return endpoint;
}
function readCode(source, endpoint, node3) {
  const start = offsetOf(node3);
  const end = offsetOf(node3, true);
  endpoint.code = { node: node3, text: oneLine(node3.value), place: placeOf(node3) };
  if (start === void 0 || end === void 0)
    return;
  const raw = source.text.slice(start, end);
  const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
  let from = start + ticks;
  let content = raw.slice(ticks, raw.length - ticks);
  if (content.length >= 2 && /^[ \r\n]/.test(content) && /[ \r\n]$/.test(content) && content.trim() !== "") {
    content = content.slice(1, -1);
    from++;
  }
  const tokens = [...content.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: from + match.index, end: from + match.index + match[0].length }));
  let index = 0;
  const first = tokens[0];
  if (first && !first.text.startsWith("/")) {
    const name = first.text.toUpperCase();
    endpoint.method = { text: first.text, name, known: httpMethodSet.has(name), place: placeAt(source, first.start, first.end) };
    index = 1;
  }
  const pathToken = tokens[index];
  if (pathToken) {
    endpoint.path = readPath(source, pathToken.text, pathToken.start);
    index++;
  }
  const extra = tokens.slice(index);
  if (extra.length > 0) {
    const last = extra[extra.length - 1];
    endpoint.extra = { text: source.text.slice(extra[0].start, last.end), place: placeAt(source, extra[0].start, last.end) };
  }
  if (endpoint.method && endpoint.path) {
    const route = endpoint.path.segments.map((segment) => segment.kind === "static" ? segment.text : segment.kind === "glob" ? "*" : ":").join("/");
    endpoint.routeKey = endpoint.method.name + " /" + route + (endpoint.path.query === void 0 ? "" : "?" + endpoint.path.query);
  }
}
function beforeHash(text) {
  const hash = text.indexOf("#");
  return hash === -1 ? text : text.slice(0, hash);
}
function readPath(source, text, start) {
  const cut = text.search(/[?#]/);
  const route = cut === -1 ? text : text.slice(0, cut);
  const query = cut !== -1 && text[cut] === "?" ? beforeHash(text.slice(cut + 1)) : void 0;
  const segments = [];
  let offset = 0;
  for (const part of route.split("/")) {
    if (part !== "") {
      const place = placeAt(source, start + offset, start + offset + part.length);
      segments.push({ ...segmentKind(part), text: part, place });
    }
    offset += part.length + 1;
  }
  return {
    text,
    place: placeAt(source, start, start + text.length),
    route,
    query,
    segments,
    params: segments.filter((segment) => segment.kind !== "static")
  };
}
function segmentKind(part) {
  if (part.startsWith(":"))
    return { kind: "param", name: part.slice(1) };
  if (part.startsWith("*"))
    return { kind: "glob", name: part.slice(1) };
  const braces = /^\{([^{}]*)\}$/.exec(part);
  if (braces)
    return { kind: "braces", name: braces[1] };
  const angle = /^<([^<>]*)>$/.exec(part);
  if (angle)
    return { kind: "angle", name: angle[1] };
  return { kind: "static" };
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}

// dist/src/sql/tables.js
function understandTables(model) {
  const schema = { tables: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map(), indexes: [] };
  for (const block of model.blocks) {
    if (block.code?.language !== "sql")
      continue;
    for (const statement of block.code.statements) {
      if (!statement.stmt)
        continue;
      readStatement(schema, block, statement);
    }
  }
  model.sql = schema;
}
function node2(value, type) {
  if (!value || typeof value !== "object")
    return void 0;
  const inner = value[type];
  return inner && typeof inner === "object" ? inner : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function strings(value) {
  return list(value).map((item) => node2(item, "String")?.sval).filter((item) => typeof item === "string");
}
function number(value) {
  return typeof value === "number" ? value : void 0;
}
function constantText(value) {
  const cast = node2(value, "TypeCast");
  if (cast)
    return constantText(cast.arg);
  const constant = node2(value, "A_Const");
  if (!constant)
    return void 0;
  const sval = node2(constant, "sval");
  if (sval && typeof sval.sval === "string")
    return sval.sval;
  const ival = node2(constant, "ival");
  if (ival)
    return String(ival.ival ?? 0);
  const fval = node2(constant, "fval");
  if (fval && typeof fval.fval === "string")
    return fval.fval;
  return void 0;
}
function columnRefName(value) {
  const cast = node2(value, "TypeCast");
  if (cast)
    return columnRefName(cast.arg);
  const ref = node2(value, "ColumnRef");
  if (!ref)
    return void 0;
  const fields = strings(ref.fields);
  return fields[fields.length - 1];
}
function sourceOf(context) {
  const { block, statement } = context;
  return { block, statement, place: block.map.placeAt(statement.start, statement.end) };
}
function offsetOf2(context, location2) {
  const value = number(location2);
  return value === void 0 ? context.statement.start : locationOffset(context.block, context.statement, value);
}
function identifierEnd(text, start) {
  if (text.charAt(start) === '"') {
    let index = start + 1;
    while (index < text.length) {
      if (text.charAt(index) === '"') {
        if (text.charAt(index + 1) === '"')
          index += 2;
        else
          return index + 1;
      } else
        index++;
    }
    return text.length;
  }
  const match = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(text.slice(start));
  return start + (match ? match[0].length : 0);
}
function qualifiedEnd(text, start) {
  let end = identifierEnd(text, start);
  while (text.charAt(end) === "." && end > start)
    end = identifierEnd(text, end + 1);
  return end;
}
function identifierPlace(context, location2) {
  const start = offsetOf2(context, location2);
  const end = qualifiedEnd(context.block.value, start);
  return context.block.map.placeAt(start, end);
}
var typeStopWords = /* @__PURE__ */ new Set([
  "not",
  "null",
  "default",
  "primary",
  "references",
  "check",
  "unique",
  "constraint",
  "collate",
  "generated",
  "using",
  "deferrable",
  "initially",
  "compression",
  "storage"
]);
function typeEnd(text, start, limit) {
  const token = /\s+|"(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}_][\p{L}\p{N}_$]*|\d+|./suy;
  token.lastIndex = start;
  let depth = 0;
  let end = start;
  while (token.lastIndex < limit) {
    const at = token.lastIndex;
    const match = token.exec(text);
    if (!match)
      break;
    const value = match[0];
    if (/^\s+$/.test(value))
      continue;
    if (depth === 0 && (value === "," || value === ")" || value === ";"))
      break;
    if (depth === 0 && /^[\p{L}_]/u.test(value) && typeStopWords.has(value.toLowerCase()) && at > start)
      break;
    if (value === "(" || value === "[")
      depth++;
    else if (value === ")" || value === "]")
      depth--;
    end = at + value.length;
  }
  return Math.min(end, limit);
}
var typeAliases = {
  integer: "int4",
  int: "int4",
  smallint: "int2",
  bigint: "int8",
  boolean: "bool",
  real: "float4",
  float: "float8",
  "double precision": "float8",
  decimal: "numeric",
  "character varying": "varchar",
  character: "bpchar",
  char: "bpchar",
  "timestamp without time zone": "timestamp",
  "timestamp with time zone": "timestamptz",
  "time without time zone": "time",
  "time with time zone": "timetz",
  serial4: "serial",
  serial8: "bigserial",
  serial2: "smallserial"
};
function catalogTypeName(written) {
  const spaced = written.trim().toLowerCase().replace(/\s+/g, " ").replace(/^pg_catalog\./, "");
  const open = spaced.indexOf("(");
  const clean = open !== -1 && spaced.endsWith(")") && open < spaced.length - 1 ? spaced.slice(0, open).trimEnd() : spaced;
  return typeAliases[clean] ?? clean;
}
function readType2(context, typeName, limit) {
  if (!typeName)
    return void 0;
  const names = strings(typeName.names);
  if (names.length === 0)
    return void 0;
  const start = offsetOf2(context, typeName.location);
  const end = typeEnd(context.block.value, start, limit);
  const typmods = [];
  for (const modifier of list(typeName.typmods)) {
    const text = constantText(modifier);
    if (text !== void 0 && /^-?\d+$/.test(text))
      typmods.push(Number(text));
  }
  const name = names[names.length - 1].toLowerCase();
  const schema = names.length > 1 ? names[names.length - 2] : void 0;
  return {
    name: schema === "pg_catalog" ? name : typeAliases[name] ?? name,
    schema,
    arrayDimensions: list(typeName.arrayBounds).length,
    typmods,
    text: context.block.value.slice(start, end),
    place: context.block.map.placeAt(start, end)
  };
}
function readStatement(schema, block, statement) {
  const context = { schema, block, statement };
  const stmt = statement.stmt;
  const create = node2(stmt, "CreateStmt");
  if (create)
    return readCreateTable(context, create);
  const alter = node2(stmt, "AlterTableStmt");
  if (alter)
    return readAlterTable(context, alter);
  const index = node2(stmt, "IndexStmt");
  if (index)
    return readIndex(context, index);
  const createEnum = node2(stmt, "CreateEnumStmt");
  if (createEnum)
    return readEnum(context, createEnum);
  const alterEnum = node2(stmt, "AlterEnumStmt");
  if (alterEnum)
    return readAlterEnum(context, alterEnum);
  const rename = node2(stmt, "RenameStmt");
  if (rename)
    return readRename(context, rename);
}
function tableOf(context, relation) {
  const name = typeof relation?.relname === "string" ? relation.relname : void 0;
  if (!name || !relation)
    return void 0;
  let table = context.schema.tables.get(name);
  if (!table) {
    table = {
      name,
      schema: typeof relation.schemaname === "string" ? relation.schemaname : void 0,
      place: identifierPlace(context, relation.location),
      alters: [],
      columns: [],
      dropped: [],
      indexes: [],
      uniques: []
    };
    context.schema.tables.set(name, table);
  }
  if (context.block.code?.language === "sql")
    table.excerpt ??= context.block.code.excerpt;
  return table;
}
function findColumn(table, name) {
  return table.columns.find((column) => column.name === name);
}
function readCreateTable(context, create) {
  const relation = node2(create, "relation");
  const existing = typeof relation?.relname === "string" ? context.schema.tables.get(relation.relname) : void 0;
  if (existing?.created)
    return;
  const table = tableOf(context, relation);
  if (!table)
    return;
  table.created = sourceOf(context);
  if (existing)
    table.place = identifierPlace(context, relation.location);
  const elements = list(create.tableElts);
  for (const element of elements) {
    const definition = node2(element, "ColumnDef");
    if (definition) {
      const column = readColumnDefinition(context, table, definition, "create");
      if (column) {
        const old = findColumn(table, column.name);
        if (old)
          table.columns.splice(table.columns.indexOf(old), 1, column);
        else
          table.columns.push(column);
      }
    }
  }
  for (const element of elements) {
    const constraint = node2(element, "Constraint");
    if (constraint)
      applyTableConstraint(context, table, constraint);
  }
}
function newColumn(table, name, place, origin) {
  const full = origin !== "alter";
  return {
    table,
    name,
    place,
    origin,
    known: { type: full, nullability: full, constraints: full },
    notNull: false,
    primaryKey: false
  };
}
function readColumnDefinition(context, table, definition, origin) {
  const name = typeof definition.colname === "string" ? definition.colname : void 0;
  if (!name)
    return void 0;
  const column = newColumn(table, name, identifierPlace(context, definition.location), origin);
  column.type = readType2(context, node2(definition, "typeName"), context.statement.end);
  for (const item of list(definition.constraints)) {
    const constraint = node2(item, "Constraint");
    if (constraint)
      applyColumnConstraint(context, column, constraint);
  }
  return column;
}
function constraintPlace(context, constraint) {
  const start = offsetOf2(context, constraint.location);
  const text = context.block.value;
  const keyword = /^(?:CONSTRAINT\s+(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{N}_$]*)\s+)?(?:NOT\s+NULL|NULL|PRIMARY\s+KEY|DEFAULT|CHECK|UNIQUE|REFERENCES|FOREIGN\s+KEY)/iu.exec(text.slice(start));
  return context.block.map.placeAt(start, start + (keyword ? keyword[0].length : 0));
}
function applyColumnConstraint(context, column, constraint) {
  const place = constraintPlace(context, constraint);
  switch (constraint.contype) {
    case "CONSTR_NOTNULL":
      column.notNull = true;
      column.nullabilityPlace = place;
      break;
    case "CONSTR_NULL":
      column.notNull = false;
      column.nullabilityPlace = place;
      break;
    case "CONSTR_PRIMARY":
      column.primaryKey = true;
      column.primaryKeyPlace = place;
      column.notNull = true;
      column.nullabilityPlace ??= place;
      break;
    case "CONSTR_DEFAULT": {
      const start = offsetOf2(context, constraint.location);
      const end = typeEnd(context.block.value, start + "default".length, context.statement.end);
      column.default = { text: context.block.value.slice(start, end).replace(/^default\s*/i, ""), place: context.block.map.placeAt(start, end) };
      break;
    }
    case "CONSTR_FOREIGN":
      column.references = readReference(context, constraint, 0);
      break;
    case "CONSTR_UNIQUE":
      column.table.uniques.push({ columns: [column.name], place });
      break;
    case "CONSTR_CHECK": {
      const found = inLists(constraint.raw_expr).get(column.name);
      if (found)
        column.checkIn = { values: found, place };
      break;
    }
    default:
      break;
  }
}
function readReference(context, constraint, index) {
  const pktable = node2(constraint, "pktable");
  if (typeof pktable?.relname !== "string")
    return void 0;
  const columns = strings(constraint.pk_attrs);
  return {
    table: pktable.relname,
    schema: typeof pktable.schemaname === "string" ? pktable.schemaname : void 0,
    column: columns[index],
    place: constraintPlace(context, constraint)
  };
}
function applyTableConstraint(context, table, constraint) {
  const place = constraintPlace(context, constraint);
  const touch = (name) => {
    let column = findColumn(table, name);
    if (!column && !table.created) {
      column = newColumn(table, name, place, "alter");
      table.columns.push(column);
    }
    return column;
  };
  switch (constraint.contype) {
    case "CONSTR_PRIMARY": {
      const keys = strings(constraint.keys);
      table.primaryKey = { columns: keys, place };
      for (const key of keys) {
        const column = touch(key);
        if (!column)
          continue;
        column.primaryKey = true;
        column.primaryKeyPlace = place;
        column.notNull = true;
        column.nullabilityPlace ??= place;
      }
      break;
    }
    case "CONSTR_FOREIGN": {
      strings(constraint.fk_attrs).forEach(function(name, index) {
        const column = touch(name);
        if (column)
          column.references = readReference(context, constraint, index);
      });
      break;
    }
    case "CONSTR_CHECK": {
      for (const [name, values] of inLists(constraint.raw_expr)) {
        const column = touch(name);
        if (column)
          column.checkIn = { values, place };
      }
      break;
    }
    case "CONSTR_UNIQUE": {
      const keys = strings(constraint.keys);
      if (keys.length > 0)
        table.uniques.push({ columns: keys, place });
      else
        table.otherUniqueness ??= place;
      break;
    }
    case "CONSTR_EXCLUSION":
      table.otherUniqueness ??= place;
      break;
    default:
      break;
  }
}
function inLists(expression) {
  const found = /* @__PURE__ */ new Map();
  const visit2 = (value) => {
    const bool = node2(value, "BoolExpr");
    if (bool) {
      for (const argument of list(bool.args))
        visit2(argument);
      return;
    }
    const expr = node2(value, "A_Expr");
    if (!expr)
      return;
    const column = columnRefName(expr.lexpr);
    if (!column)
      return;
    let items;
    if (expr.kind === "AEXPR_IN")
      items = list(node2(expr.rexpr, "List")?.items ?? expr.rexpr);
    else if (expr.kind === "AEXPR_OP_ANY" && strings(expr.name)[0] === "=") {
      let array = expr.rexpr;
      while (node2(array, "TypeCast"))
        array = node2(array, "TypeCast").arg;
      items = list(node2(array, "A_ArrayExpr")?.elements);
    }
    if (!items)
      return;
    const values = items.map(constantText);
    if (values.length === 0 || values.some((text) => text === void 0))
      return;
    found.set(column, found.has(column) ? void 0 : values);
  };
  visit2(expression);
  const result = /* @__PURE__ */ new Map();
  for (const [column, values] of found)
    if (values)
      result.set(column, values);
  return result;
}
function collectColumnRefs(value, into) {
  if (Array.isArray(value)) {
    for (const item of value)
      collectColumnRefs(item, into);
    return;
  }
  if (!value || typeof value !== "object")
    return;
  const name = node2(value, "ColumnRef") ? columnRefName(value) : void 0;
  if (name !== void 0) {
    if (!into.includes(name))
      into.push(name);
    return;
  }
  for (const inner of Object.values(value))
    collectColumnRefs(inner, into);
}
function namePlaceAfter(context, keyword, name) {
  const { block, statement } = context;
  const text = block.value.slice(statement.start, statement.end);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(keyword.source + '\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?("?)' + escaped + "\\1(?![\\p{L}\\p{N}_$])", "giu");
  const match = pattern.exec(text);
  if (!match)
    return block.map.placeAt(statement.start, statement.start);
  const start = statement.start + match.index + match[0].length - name.length - match[1].length * 2;
  return block.map.placeAt(start, statement.start + match.index + match[0].length);
}
function readAlterTable(context, alter) {
  if (alter.objtype !== void 0 && alter.objtype !== "OBJECT_TABLE")
    return;
  const table = tableOf(context, node2(alter, "relation"));
  if (!table)
    return;
  table.alters.push(sourceOf(context));
  const touch = (name, place) => {
    let column = findColumn(table, name);
    if (!column) {
      column = newColumn(table, name, place, "alter");
      table.columns.push(column);
    }
    return column;
  };
  for (const item of list(alter.cmds)) {
    const command = node2(item, "AlterTableCmd");
    if (!command)
      continue;
    const name = typeof command.name === "string" ? command.name : void 0;
    switch (command.subtype) {
      case "AT_AddColumn": {
        const definition = node2(command.def, "ColumnDef");
        if (!definition)
          break;
        const column = readColumnDefinition(context, table, definition, "add");
        if (!column)
          break;
        const old = findColumn(table, column.name);
        if (old)
          table.columns.splice(table.columns.indexOf(old), 1, column);
        else
          table.columns.push(column);
        table.dropped = table.dropped.filter((dropped) => dropped.name !== column.name);
        break;
      }
      case "AT_DropColumn": {
        if (!name)
          break;
        const place = namePlaceAfter(context, /\bDROP/, name);
        table.columns = table.columns.filter((column) => column.name !== name);
        table.dropped.push({ name, place });
        break;
      }
      case "AT_SetNotNull":
      case "AT_DropNotNull": {
        if (!name)
          break;
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
        column.known.nullability = true;
        column.notNull = command.subtype === "AT_SetNotNull";
        column.nullabilityPlace = namePlaceAfter(context, /\bALTER/, name);
        break;
      }
      case "AT_AlterColumnType": {
        if (!name)
          break;
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
        const definition = node2(command.def, "ColumnDef");
        const type = readType2(context, node2(definition, "typeName"), context.statement.end);
        if (type) {
          column.type = type;
          column.known.type = true;
        }
        break;
      }
      case "AT_ColumnDefault": {
        if (!name)
          break;
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
        if (command.def) {
          const text = constantText(command.def);
          column.default = { text: text ?? "", place: column.place };
        } else
          column.default = void 0;
        break;
      }
      case "AT_AddConstraint": {
        const constraint = node2(command.def, "Constraint");
        if (constraint)
          applyTableConstraint(context, table, constraint);
        break;
      }
      default:
        break;
    }
  }
}
function readRename(context, rename) {
  if (rename.renameType !== "OBJECT_COLUMN")
    return;
  const table = tableOf(context, node2(rename, "relation"));
  const from = typeof rename.subname === "string" ? rename.subname : void 0;
  const to = typeof rename.newname === "string" ? rename.newname : void 0;
  if (!table || !from || !to)
    return;
  table.alters.push(sourceOf(context));
  const place = namePlaceAfter(context, /\bTO/, to);
  const column = findColumn(table, from);
  if (column) {
    column.name = to;
    column.place = place;
  } else
    table.columns.push(newColumn(table, to, place, "alter"));
  table.dropped = table.dropped.filter((dropped) => dropped.name !== to);
  table.dropped.push({ name: from, place: namePlaceAfter(context, /\bRENAME/, from), renamedTo: to });
}
function readIndex(context, index) {
  const relation = node2(index, "relation");
  const table = tableOf(context, relation);
  if (!table)
    return;
  const expressionColumns = [];
  const columns = list(index.indexParams).map(function(param) {
    const element = node2(param, "IndexElem");
    if (typeof element?.name === "string")
      return element.name;
    collectColumnRefs(element?.expr, expressionColumns);
    return void 0;
  });
  const source = sourceOf(context);
  const entry = {
    name: typeof index.idxname === "string" ? index.idxname : void 0,
    table: table.name,
    unique: index.unique === true,
    columns,
    expressionColumns,
    place: source.place
  };
  table.indexes.push(entry);
  context.schema.indexes.push(entry);
}
function readEnum(context, create) {
  const names = strings(create.typeName);
  const name = names[names.length - 1];
  if (!name || context.schema.enums.has(name))
    return;
  context.schema.enums.set(name, {
    name,
    schema: names.length > 1 ? names[names.length - 2] : void 0,
    labels: strings(create.vals),
    place: sourceOf(context).place
  });
}
function readAlterEnum(context, alter) {
  const names = strings(alter.typeName);
  const found = context.schema.enums.get(names[names.length - 1] ?? "");
  if (!found || typeof alter.newVal !== "string")
    return;
  if (typeof alter.oldVal === "string") {
    const index = found.labels.indexOf(alter.oldVal);
    if (index !== -1)
      found.labels[index] = alter.newVal;
    return;
  }
  if (found.labels.includes(alter.newVal))
    return;
  const neighbor = typeof alter.newValNeighbor === "string" ? found.labels.indexOf(alter.newValNeighbor) : -1;
  if (neighbor === -1)
    found.labels.push(alter.newVal);
  else
    found.labels.splice(alter.newValIsAfter === true ? neighbor + 1 : neighbor, 0, alter.newVal);
}

// dist/src/graphql/types.js
function understandGraphqlTypes(model) {
  const types = { objects: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map(), scalars: /* @__PURE__ */ new Map() };
  for (const block of model.blocks) {
    if (block.code?.language !== "graphql" || !block.code.document)
      continue;
    for (const definition of block.code.document.definitions) {
      switch (definition.kind) {
        case "ObjectTypeDefinition":
        case "ObjectTypeExtension":
        case "InterfaceTypeDefinition":
        case "InterfaceTypeExtension": {
          const kind = definition.kind.startsWith("Object") ? "object" : "interface";
          const isDefinition = definition.kind.endsWith("Definition");
          let type = types.objects.get(definition.name.value);
          if (!type) {
            type = { name: definition.name.value, kind, place: namePlace(block, definition.name), defined: isDefinition, fields: [], block };
            types.objects.set(type.name, type);
          } else if (isDefinition && !type.defined) {
            type.defined = true;
            type.place = namePlace(block, definition.name);
            type.block = block;
          }
          for (const field of definition.fields ?? []) {
            if (type.fields.some((known) => known.name === field.name.value))
              continue;
            type.fields.push(readField(block, type, field));
          }
          break;
        }
        case "EnumTypeDefinition":
        case "EnumTypeExtension": {
          let type = types.enums.get(definition.name.value);
          if (!type) {
            type = { name: definition.name.value, place: namePlace(block, definition.name), values: [], block };
            types.enums.set(type.name, type);
          }
          for (const value of definition.values ?? []) {
            if (type.values.some((known) => known.name === value.name.value))
              continue;
            type.values.push({ name: value.name.value, place: namePlace(block, value.name) });
          }
          break;
        }
        case "ScalarTypeDefinition":
          if (!types.scalars.has(definition.name.value)) {
            types.scalars.set(definition.name.value, { name: definition.name.value, place: namePlace(block, definition.name), block });
          }
          break;
        default:
          break;
      }
    }
  }
  model.graphql = types;
}
function locPlace(block, loc) {
  if (!loc)
    return block.map.placeAt(0, 0);
  return block.map.placeAt(loc.start, loc.end);
}
function namePlace(block, name) {
  return locPlace(block, name.loc);
}
function readField(block, parent, field) {
  return {
    name: field.name.value,
    place: namePlace(block, field.name),
    type: readTypeRef(field.type),
    typePlace: locPlace(block, field.type.loc),
    parent,
    block
  };
}
function readTypeRef(type) {
  if (type.kind === "NonNullType")
    return { kind: "nonNull", of: readTypeRef(type.type) };
  if (type.kind === "ListType")
    return { kind: "list", of: readTypeRef(type.type) };
  return { kind: "named", name: type.name.value };
}
function typeRefText(type) {
  if (type.kind === "nonNull")
    return typeRefText(type.of) + "!";
  if (type.kind === "list")
    return "[" + typeRefText(type.of) + "]";
  return type.name;
}
function namedType(type) {
  return type.kind === "named" ? type.name : namedType(type.of);
}
function isNonNull(type) {
  return type.kind === "nonNull";
}
function nullableType(type) {
  return type.kind === "nonNull" ? type.of : type;
}

// dist/src/ash/model.js
function isResource(resource) {
  return resource.use !== void 0;
}
function checkedResources(ash) {
  return (ash?.resources ?? []).filter((resource) => !resource.syntaxError);
}

// dist/src/ash/names.js
function pluralName(module) {
  return pluralize(snakeCase(lastSegment(module)));
}

// dist/src/join/names.js
function segmentName(text) {
  return text.replace(/-/g, "_");
}

// dist/src/join/join.js
var defaultJoinOptions = { prefix: "/api", graphqlTypeNames: {} };
function understandJoin(model) {
  model.join = buildJoin(model, defaultJoinOptions);
}
var joins = /* @__PURE__ */ new WeakMap();
function joinFor(model, overrides = {}) {
  const options = {
    prefix: overrides.prefix ?? defaultJoinOptions.prefix,
    graphqlTypeNames: { ...defaultJoinOptions.graphqlTypeNames, ...overrides.graphqlTypeNames }
  };
  const key = JSON.stringify(options);
  if (model.join && JSON.stringify(model.join.options) === key)
    return model.join;
  let cache = joins.get(model);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    joins.set(model, cache);
  }
  let join = cache.get(key);
  if (!join) {
    join = buildJoin(model, options);
    cache.set(key, join);
  }
  return join;
}
function buildJoin(model, options) {
  const join = { options, resources: [], byModule: /* @__PURE__ */ new Map(), endpoints: [], typeModules: readTypeModules(model) };
  const defined = (model.ash?.resources ?? []).filter(isResource);
  for (const resource of defined) {
    if (join.byModule.has(resource.module))
      continue;
    const joined = newJoined(resource.module, resource.place, options);
    joined.resource = resource;
    join.resources.push(joined);
    join.byModule.set(resource.module, joined);
  }
  for (const resource of defined) {
    const refs = [];
    for (const relationship of resource.relationships) {
      if (relationship.destination)
        refs.push(relationship.destination);
      if (relationship.through)
        refs.push(relationship.through);
    }
    for (const ref of refs) {
      if (join.byModule.has(ref.name))
        continue;
      const joined = newJoined(ref.name, ref.place, options);
      join.resources.push(joined);
      join.byModule.set(ref.name, joined);
    }
  }
  for (const joined of join.resources) {
    if (!joined.resource)
      continue;
    joinTable(model, joined);
    joinGraphqlType(model, joined, options);
  }
  for (const joined of join.resources) {
    joined.pathNames = pathNamesOf(joined);
  }
  for (const endpoint of model.endpoints ?? [])
    join.endpoints.push(walkEndpoint(join, endpoint));
  return join;
}
function newJoined(module, place, options) {
  return {
    module,
    place,
    columns: [],
    unmappedColumns: [],
    graphqlTypeName: options.graphqlTypeNames[module] ?? lastSegment(module),
    fields: [],
    graphqlOptions: { nullableFields: /* @__PURE__ */ new Set(), attributeTypes: /* @__PURE__ */ new Map(), fieldNames: /* @__PURE__ */ new Map() },
    pathNames: []
  };
}
var postgresDataLayer2 = "AshPostgres.DataLayer";
function joinTable(model, joined) {
  const resource = joined.resource;
  if (resource.embedded)
    return;
  const postgres = resource.postgres !== void 0 || resource.dataLayer?.module?.name === postgresDataLayer2;
  if (!postgres)
    return;
  if (resource.postgres?.table) {
    joined.tableName = resource.postgres.table.name;
    joined.tableFrom = "postgres";
  } else if (!resource.postgres?.polymorphic) {
    const conventional = pluralName(resource.module);
    const subsection = model.sections.flatMap((section) => section.subsections).find((subsection2) => subsection2.name === conventional && subsection2.form?.form.language === "sql");
    if (subsection) {
      joined.tableName = conventional;
      joined.tableFrom = "subsection";
    }
  }
  if (!joined.tableName)
    return;
  const table = model.sql?.tables.get(joined.tableName);
  if (!table)
    return;
  joined.table = table;
  const used = /* @__PURE__ */ new Set();
  for (const attribute of resource.attributes) {
    const name = attribute.source ?? attribute.name;
    used.add(name);
    const column = table.columns.find((candidate) => candidate.name === name);
    const dropped = column ? void 0 : table.dropped.find((entry) => entry.name === name);
    joined.columns.push({ attribute, name, column, dropped });
  }
  joined.unmappedColumns = table.columns.filter((column) => column.origin !== "alter" && !used.has(column.name));
}
function graphqlSectionType(resource) {
  const section = resource.sections.find((call) => call.name === "graphql");
  const type = section?.body?.find((call) => call.name === "type")?.args[0];
  return type?.kind === "atom" ? pascalCase(type.value) : void 0;
}
function graphqlResourceOptions(resource) {
  const result = { nullableFields: /* @__PURE__ */ new Set(), attributeTypes: /* @__PURE__ */ new Map(), fieldNames: /* @__PURE__ */ new Map() };
  const section = resource.sections.find((call) => call.name === "graphql");
  if (!section)
    return result;
  const options = entityOptions(section, /* @__PURE__ */ new Set(["queries", "mutations", "subscriptions", "managed_relationships"]));
  const nullable = findOption(options, "nullable_fields")?.value;
  for (const atom of (nullable?.kind === "atom" ? [nullable] : atomList(nullable)) ?? [])
    result.nullableFields.add(atom.value);
  const pairs = (key) => {
    const value = findOption(options, key)?.value;
    return value?.kind === "keyword" || value?.kind === "list" ? value.pairs : [];
  };
  for (const pair of pairs("attribute_types")) {
    result.attributeTypes.set(pair.key, pair.value.kind === "atom" ? pair.value.value : void 0);
  }
  for (const pair of pairs("field_names"))
    if (pair.value.kind === "atom")
      result.fieldNames.set(pair.key, pair.value.value);
  const keyset = findOption(options, "keyset_field")?.value;
  if (keyset?.kind === "atom")
    result.keysetField = keyset.value;
  return result;
}
function joinGraphqlType(model, joined, options) {
  const resource = joined.resource;
  joined.graphqlTypeName = options.graphqlTypeNames[resource.module] ?? graphqlSectionType(resource) ?? lastSegment(resource.module);
  joined.graphqlOptions = graphqlResourceOptions(resource);
  const type = model.graphql?.objects.get(joined.graphqlTypeName);
  if (!type || type.kind !== "object")
    return;
  joined.graphqlType = type;
  const { fieldNames, keysetField } = joined.graphqlOptions;
  const targets = /* @__PURE__ */ new Map();
  const add2 = (name, target) => {
    const key = camelCase(fieldNames.get(name) ?? name);
    if (!targets.has(key))
      targets.set(key, target);
  };
  if (keysetField)
    add2(keysetField, { kind: "keyset" });
  for (const attribute of resource.attributes)
    add2(attribute.name, { kind: "attribute", attribute });
  for (const relationship of resource.relationships)
    add2(relationship.name, { kind: "relationship", relationship });
  for (const calculation of resource.calculations)
    add2(calculation.name, { kind: "calculation", calculation });
  for (const aggregate of resource.aggregates)
    add2(aggregate.name, { kind: "aggregate", aggregate });
  joined.fields = type.fields.map((field) => ({ field, target: targets.get(field.name) }));
}
function pathNamesOf(joined) {
  const names = /* @__PURE__ */ new Set([pluralName(joined.module)]);
  if (joined.tableName)
    names.add(joined.tableName);
  return [...names];
}
function resourceByPathName(join, name) {
  let found;
  for (const joined of join.resources) {
    if (!joined.pathNames.includes(name))
      continue;
    if (joined.resource)
      return joined;
    found ??= joined;
  }
  return found;
}
function prefixSegments(prefix) {
  return prefix.split("/").filter((part) => part !== "");
}
function walkEndpoint(join, endpoint) {
  const walked = { endpoint, underPrefix: false, steps: [] };
  const segments = endpoint.path?.segments ?? [];
  const prefix = prefixSegments(join.options.prefix);
  if (segments.length < prefix.length)
    return walked;
  for (let index = 0; index < prefix.length; index++) {
    if (segments[index].kind !== "static" || segments[index].text !== prefix[index])
      return walked;
  }
  walked.underPrefix = true;
  let selected;
  let afterParam = false;
  const rest = segments.slice(prefix.length);
  for (const [index, segment] of rest.entries()) {
    if (segment.kind === "glob")
      break;
    if (segment.kind !== "static") {
      walked.steps.push({ kind: "param", segment, resource: selected });
      afterParam = true;
      continue;
    }
    const name = segmentName(segment.text);
    const next = rest[index + 1];
    if (name === "relationships" && afterParam && next?.kind === "static" && selected?.resource) {
      if (selected.resource.relationships.some((candidate) => candidate.name === segmentName(next.text)))
        continue;
      walked.steps.push({ kind: "unknown", segment: next, resource: selected, afterParam: false, expected: "relationship" });
      break;
    }
    const byName = resourceByPathName(join, name);
    if (byName) {
      selected = byName;
      walked.steps.push({ kind: "resource", segment, resource: byName });
      afterParam = false;
      continue;
    }
    const action = selected?.resource?.actions.find((candidate) => candidate.name === name);
    if (selected && action) {
      walked.steps.push({ kind: "action", segment, resource: selected, action });
      afterParam = false;
      continue;
    }
    const relationship = selected?.resource?.relationships.find((candidate) => candidate.name === name);
    const destination = relationship?.destination ? join.byModule.get(relationship.destination.name) : void 0;
    if (relationship && destination) {
      selected = destination;
      walked.steps.push({ kind: "resource", segment, resource: destination, relationship });
      afterParam = false;
      continue;
    }
    const parent = parentOf(join, rest, index);
    if (parent) {
      selected = void 0;
      walked.steps.push({ kind: "parent", segment, ...parent });
      afterParam = false;
      continue;
    }
    walked.steps.push({ kind: "unknown", segment, resource: selected, afterParam });
    break;
  }
  return walked;
}
function parentOf(join, segments, index) {
  const name = segmentName(segments[index].text);
  const param = segments[index + 1];
  const key = param && param.kind !== "static" && param.kind !== "glob" ? param.name : void 0;
  if (!key?.endsWith("_id") || pluralize(key.slice(0, -3)) !== name)
    return void 0;
  for (const later of segments.slice(index + 2)) {
    if (later.kind !== "static")
      continue;
    const resource = resourceByPathName(join, segmentName(later.text));
    const attribute = resource?.resource?.attributes.find((candidate) => candidate.name === key);
    if (resource && attribute)
      return { attribute, resource };
  }
  return void 0;
}
function resolveType(join, type, mapping, use) {
  let arrays = 0;
  let current = type;
  while (current?.kind === "array") {
    arrays++;
    current = current.of;
  }
  if (!current)
    return void 0;
  if (current.kind === "atom")
    return { name: current.name, arrays, module: false };
  if (current.kind !== "module")
    return void 0;
  const name = current.module.name;
  if (mapping[name])
    return { name, arrays, module: false };
  if (name.startsWith("Ash.Type.")) {
    const short3 = snakeCase(lastSegment(name));
    if (builtinTypeSet.has(short3))
      return { name: short3, arrays, module: false };
  }
  const defined = join.typeModules.get(name);
  const resolved = defined?.subtypeOf ?? (use === "storage" ? defined?.storage : void 0);
  if (resolved)
    return { name: resolved, arrays, module: false };
  return { name, arrays, module: true };
}
function readTypeModules(model) {
  const modules = /* @__PURE__ */ new Map();
  for (const resource of model.ash?.resources ?? []) {
    if (isResource(resource))
      continue;
    const entry = { module: resource.module };
    let isType = false;
    for (const call of resource.call.body ?? []) {
      if (call.name === "use") {
        const target = call.args[0];
        if (target?.kind !== "alias")
          continue;
        if (target.name === "Ash.Type")
          isType = true;
        if (target.name === "Ash.Type.NewType") {
          isType = true;
          const subtype = call.options.find((pair) => pair.key === "subtype_of")?.value;
          if (subtype?.kind === "atom")
            entry.subtypeOf = subtype.value;
          else if (subtype?.kind === "alias" && subtype.name.startsWith("Ash.Type."))
            entry.subtypeOf = snakeCase(lastSegment(subtype.name));
        }
      } else if (call.name === "def") {
        const head = call.args[0];
        if (head?.kind !== "call" || head.call.name !== "storage_type")
          continue;
        const body = call.options.find((pair) => pair.key === "do")?.value;
        if (body?.kind === "atom")
          entry.storage = body.value;
      }
    }
    if (isType)
      modules.set(resource.module, entry);
  }
  return modules;
}
function oneOf(options) {
  const constraints = findOption(options, "constraints")?.value;
  const pairs = constraints?.kind === "keyword" ? constraints.pairs : constraints?.kind === "list" ? constraints.pairs : void 0;
  const entry = pairs?.find((pair) => pair.key === "one_of");
  if (!entry || entry.value.kind !== "list" || entry.value.pairs.length > 0)
    return void 0;
  const values = [];
  for (const item of entry.value.items) {
    if (item.kind !== "atom")
      return void 0;
    values.push(item.value);
  }
  return { values, place: entry.place };
}

// dist/src/join/near-misses.js
function singularPlural(a, b) {
  return a !== b && (pluralize(a) === b || pluralize(b) === a);
}
function moduleNearMiss(module, candidates) {
  const list2 = [...candidates];
  if (list2.includes(module))
    return void 0;
  const last = lastSegment(module);
  const namespace = module.slice(0, Math.max(0, module.length - last.length - 1));
  for (const candidate of list2) {
    if (lastSegment(candidate) !== last)
      continue;
    const other = candidate.slice(0, Math.max(0, candidate.length - last.length - 1));
    if (editDistance(namespace, other) <= 1)
      return candidate;
    const mine = namespace.split(".");
    const theirs = other.split(".");
    if (mine.length !== theirs.length)
      continue;
    const different = mine.flatMap((segment, index2) => segment === theirs[index2] ? [] : [index2]);
    if (different.length !== 1)
      continue;
    const index = different[0];
    if (singularPlural(mine[index].toLowerCase(), theirs[index].toLowerCase()))
      return candidate;
  }
  return void 0;
}
function tableNearMiss(name, candidates) {
  const list2 = [...candidates];
  if (list2.includes(name))
    return void 0;
  return list2.find((candidate) => singularPlural(name, candidate));
}

// dist/src/join/graphql-mutations.js
var mutationKinds = /* @__PURE__ */ new Set(["create", "update", "destroy", "action"]);
var queryKinds = /* @__PURE__ */ new Set(["get", "read_one", "list", "action"]);
function graphqlSection(resource) {
  return resource.sections.find((call) => call.name === "graphql");
}
function shownWhole(call) {
  return call === void 0 || call.body !== void 0 && !call.elision && !call.bodyHasOther;
}
function atomArg(call, index) {
  const value = call.args[index];
  return value?.kind === "atom" ? { name: value.value, place: value.place } : void 0;
}
function mutationFieldName(name) {
  return camelCase(name);
}
function graphqlMutations(model, symbols, join = model.join) {
  const result = { declared: false, declaredNames: [], conventionalNames: [], resources: /* @__PURE__ */ new Map(), wholeResources: /* @__PURE__ */ new Map(), schemaImports: false };
  for (const [module, resource] of symbols.resources) {
    if (resource.resource.extensions.some((extension) => extension.name === "AshGraphql.Resource"))
      result.resources.set(module, resource.resource);
  }
  if (result.resources.size === 0)
    return result;
  const ownMutations = /* @__PURE__ */ new Map();
  const resourceWhole = /* @__PURE__ */ new Map();
  for (const [module, resource] of result.resources) {
    const section = graphqlSection(resource);
    const whole = shownWhole(section) && !resource.excerpt && !resource.syntaxError;
    resourceWhole.set(module, whole && resource.complete.actions);
    for (const block of section?.body ?? []) {
      if (block.name === "mutations") {
        result.declared = true;
        ownMutations.set(module, block);
        if (!shownWhole(block))
          resourceWhole.set(module, false);
      }
      if (block.name !== "mutations" && block.name !== "queries")
        continue;
      readEntries(result, block, whole && shownWhole(block), (entry) => ({ resource: module, name: atomArg(entry, 0), action: atomArg(entry, 1) }));
    }
  }
  const wholeDomains = /* @__PURE__ */ new Map();
  for (const context of model.contexts ?? []) {
    const module = context.module;
    const domain = context.domain;
    if (!domain || !module)
      continue;
    const section = module.body.find((call) => call.name === "graphql");
    const whole = domain.complete && module.complete && shownWhole(section);
    let mutationsBlock;
    let blocksWhole = true;
    for (const block of section?.body ?? []) {
      if (block.name === "mutations") {
        result.declared = true;
        mutationsBlock ??= block;
        if (!shownWhole(block))
          blocksWhole = false;
      }
      if (block.name !== "mutations" && block.name !== "queries")
        continue;
      readEntries(result, block, whole && shownWhole(block), function(entry) {
        const target = entry.args[0];
        const resource = target?.kind === "alias" ? resolveModule(target, module.aliases, module.name).name : void 0;
        return { resource, name: atomArg(entry, 1), action: atomArg(entry, 2) };
      });
    }
    const registered = domain.resources.map((entry) => entry.module.name);
    const resourcesWhole = registered.every((name) => symbols.resources.has(name) && (!result.resources.has(name) || resourceWhole.get(name) === true));
    if (whole && blocksWhole && !domain.allowUnregistered && resourcesWhole)
      wholeDomains.set(module.name, mutationsBlock);
  }
  readSchemaMutations(model, result);
  for (const [module, resource] of result.resources) {
    const symbolsOf = symbols.resources.get(module);
    const typeNames = /* @__PURE__ */ new Set([typeNameOf(join, resource), lastSegment(module)]);
    const whole = !resource.excerpt && !resource.syntaxError && resource.complete.actions;
    const conventional = (name, definition, label2) => {
      for (const field of [mutationFieldName(name), ...[...typeNames].map((type) => mutationFieldName(name) + type)]) {
        result.conventionalNames.push({ field, definition, label: label2, resource: module, whole });
      }
    };
    for (const action of symbolsOf.actions.values())
      conventional(action.name, action, `action \`${action.name}\``);
    for (const define of symbolsOf.defines)
      conventional(define.name.name, define.name, `code interface \`${define.name.name}\``);
    const domain = resource.domain?.name;
    if (domain === void 0 || !wholeDomains.has(domain) || resourceWhole.get(module) !== true)
      continue;
    const domainBlock = wholeDomains.get(domain);
    const own2 = ownMutations.get(module);
    const section = graphqlSection(resource);
    result.wholeResources.set(module, domainBlock ? { place: domainBlock.namePlace, label: `\`mutations\` of \`${domain}\`` } : own2 ? { place: own2.namePlace, label: `\`mutations\` of \`${module}\`` } : section ? { place: section.namePlace, label: `\`graphql\` block of \`${module}\`` } : { place: resource.place, label: `\`${module}\`` });
  }
  return result;
}
function readEntries(result, block, whole, read, group) {
  const mutations = block.name === "mutations";
  for (const entry of block.body ?? []) {
    if (entry.name === "group") {
      const name2 = atomArg(entry, 0);
      if (!name2)
        continue;
      readEntries(result, { ...entry, name: block.name }, whole && shownWhole(entry), read, name2);
      continue;
    }
    const kinds2 = mutations ? mutationKinds : queryKinds;
    if (!kinds2.has(entry.name))
      continue;
    const options = entityOptions(entry);
    if (!mutations) {
      const asMutation = findOption(options, "as_mutation?")?.value;
      if (!(asMutation?.kind === "boolean" && asMutation.value))
        continue;
    }
    const { resource, name } = read(entry);
    if (!name)
      continue;
    const groupValue = findOption(options, "group")?.value;
    const grouped = group ?? (groupValue?.kind === "atom" ? { name: groupValue.value, place: groupValue.place } : void 0);
    const fieldOwner = grouped ?? name;
    const label2 = grouped ? `group \`${grouped.name}\`` : `mutation \`${name.name}\``;
    result.declaredNames.push({ field: mutationFieldName(fieldOwner.name), definition: fieldOwner, label: label2, resource, whole });
  }
}
function readSchemaMutations(model, result) {
  for (const block of model.blocks) {
    const code = block.code;
    if (code?.language !== "elixir" || code.incomplete)
      continue;
    if (!block.value.includes("Absinthe.Schema") && !block.value.includes("AshGraphql"))
      continue;
    for (const node3 of code.root.descendantsOfType("call")) {
      if (!node3 || node3.childForFieldName("target")?.text !== "mutation")
        continue;
      const call = readCall(block, node3);
      for (const entry of call.body ?? []) {
        if (entry.name === "import_fields")
          result.schemaImports = true;
        const name = entry.name === "field" ? atomArg(entry, 0) : void 0;
        if (name)
          result.declaredNames.push({ field: mutationFieldName(name.name), definition: name, label: `field \`${name.name}\` of the schema's \`mutation\``, whole: false });
      }
    }
  }
}
function typeNameOf(join, resource) {
  return join?.byModule.get(resource.module)?.graphqlTypeName ?? lastSegment(resource.module);
}
function unresolvedMutations(model, join = model.join) {
  const mutation = model.graphql?.objects.get("Mutation");
  const symbols = model.symbols;
  if (!mutation || !symbols)
    return [];
  const mutations = join === model.join ? symbols.graphqlMutations : graphqlMutations(model, symbols, join);
  if (mutations.resources.size === 0)
    return [];
  const known = new Set([...mutations.declaredNames, ...mutations.conventionalNames].flatMap((name) => [name.field, name.definition.name]));
  const found = [];
  for (const field of mutation.fields) {
    const code = field.block.code;
    if (code?.language === "graphql" && code.excerpt || known.has(field.name))
      continue;
    if (mutations.declared) {
      const nearest2 = nearestName(field.name, mutations.declaredNames.filter((name) => name.whole));
      if (nearest2) {
        found.push({ field, mode: "declared", nearest: nearest2 });
        continue;
      }
      const owner = mutations.schemaImports ? void 0 : ownerOf(join, field.name, mutations);
      if (owner)
        found.push({ field, mode: "declared", owner });
    } else {
      const nearest2 = nearestName(field.name, mutations.conventionalNames.filter((name) => name.whole));
      if (nearest2)
        found.push({ field, mode: "convention", nearest: nearest2 });
    }
  }
  return found;
}
function nearestName(field, names) {
  let best;
  let bestDistance = Infinity;
  for (const name of names) {
    if (!isSlip(field, name.field))
      continue;
    const distance = editDistance(field.toLowerCase(), name.field.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
function camelWords(name) {
  const words = [];
  let start = 0;
  for (let index = 1; index <= name.length; index++) {
    const character = name[index];
    if (index === name.length || character !== void 0 && character >= "A" && character <= "Z") {
      words.push(name.slice(start, index));
      start = index;
    }
  }
  return words;
}
function isSlip(field, known) {
  if (field === known || singularPlural(field, known))
    return false;
  if (field.toLowerCase() === known.toLowerCase())
    return true;
  const mine = camelWords(field);
  const theirs = camelWords(known);
  if (mine.length !== theirs.length)
    return false;
  const different = mine.flatMap((word, index) => word === theirs[index] ? [] : [index]);
  if (different.length !== 1)
    return false;
  const a = mine[different[0]].toLowerCase();
  const b = theirs[different[0]].toLowerCase();
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || singularPlural(a, b))
    return false;
  return editDistance(a, b) <= (shorter >= 7 ? 2 : 1);
}
function ownerOf(join, field, mutations) {
  for (const [module, block] of mutations.wholeResources) {
    const type = typeNameOf(join, mutations.resources.get(module));
    const ending = [type, pluralize(type)].find((name) => field.length > name.length && field.endsWith(name));
    if (!ending || !/^[a-z][a-z\d]*$/.test(field.slice(0, field.length - ending.length)))
      continue;
    const names = mutations.declaredNames.filter((name) => name.resource === module && name.label.startsWith("mutation")).map((name) => name.field);
    return { module, block, names: [...new Set(names)] };
  }
  return void 0;
}

// dist/src/join/symbols.js
function understandSymbols(model) {
  model.symbols = buildSymbols(model);
}
function buildSymbols(model) {
  const table = {
    resources: /* @__PURE__ */ new Map(),
    domains: /* @__PURE__ */ new Map(),
    tables: /* @__PURE__ */ new Map(),
    graphql: { types: /* @__PURE__ */ new Map(), queries: /* @__PURE__ */ new Map(), mutations: /* @__PURE__ */ new Map() },
    graphqlMutations: { declared: false, declaredNames: [], conventionalNames: [], resources: /* @__PURE__ */ new Map(), wholeResources: /* @__PURE__ */ new Map(), schemaImports: false },
    liveViews: /* @__PURE__ */ new Map(),
    calls: []
  };
  for (const resource of model.ash?.resources ?? []) {
    if (!isResource(resource) || table.resources.has(resource.module))
      continue;
    table.resources.set(resource.module, resourceSymbols(resource));
  }
  for (const context of model.contexts ?? []) {
    const domain = context.domain;
    const module = context.module;
    if (!domain || !module || table.domains.has(module.name))
      continue;
    const compatible = domain.options.find((pair) => pair.key === "backwards_compatible_interface?")?.value;
    const symbols = {
      module: module.name,
      resources: /* @__PURE__ */ new Map(),
      functions: /* @__PURE__ */ new Map(),
      complete: domain.complete && module.complete,
      // `true` by default (ash v3.32.0, lib/ash/domain/domain.ex): only a literal `false` turns it off.
      backwardsCompatible: !(compatible?.kind === "boolean" && !compatible.value),
      extensions: domain.extensions.map((extension) => extension.name)
    };
    for (const entry of domain.resources) {
      symbols.resources.set(entry.module.name, { name: entry.module.name, place: entry.place });
      const resource = table.resources.get(entry.module.name);
      for (const define of entry.interfaces) {
        for (const name of interfaceFunctions(define.name, define.kind))
          add(symbols.functions, name, define.place);
        if (define.kind === "define" && resource) {
          resource.defines.push({
            name: { name: define.name, place: define.place },
            action: define.action.defaulted ? void 0 : { name: define.action.name, place: define.action.place },
            in: module.name
          });
        }
      }
    }
    for (const fn of module.functions) {
      if (fn.kind === "def" || fn.kind === "defdelegate" || fn.kind === "defmacro")
        add(symbols.functions, fn.name, fn.place);
    }
    table.domains.set(module.name, symbols);
  }
  for (const sqlTable of model.sql?.tables.values() ?? [])
    table.tables.set(sqlTable.name, sqlTable);
  for (const [name, type] of model.graphql?.objects ?? []) {
    if (name === "Query" || name === "Mutation") {
      const target = name === "Query" ? table.graphql.queries : table.graphql.mutations;
      for (const field of type.fields)
        add(target, field.name, field.place);
    } else {
      add(table.graphql.types, name, type.place);
    }
  }
  for (const component of model.liveViews ?? []) {
    const module = component.module;
    if (!module || table.liveViews.has(module.name))
      continue;
    table.liveViews.set(module.name, liveViewSymbols(component));
  }
  for (const entry of [...model.contexts ?? [], ...model.liveViews ?? []]) {
    for (const module of entry.modules)
      table.calls.push(...remoteCalls(module));
  }
  table.graphqlMutations = graphqlMutations(model, table);
  return table;
}
function add(map, name, place) {
  if (!map.has(name))
    map.set(name, { name, place });
}
function interfaceFunctions(name, kind) {
  if (kind === "define_calculation")
    return [name];
  const predicate = name.endsWith("?");
  const base = predicate ? name.slice(0, -1) : name;
  const bang = predicate ? name : name + "!";
  return [base, bang, "can_" + base, predicate ? "can_" + name : "can_" + name + "?", "query_to_" + name, "changeset_to_" + name, "input_to_" + name];
}
function resourceSymbols(resource) {
  const symbols = {
    module: resource.module,
    resource,
    attributes: /* @__PURE__ */ new Map(),
    relationships: /* @__PURE__ */ new Map(),
    actions: /* @__PURE__ */ new Map(),
    arguments: /* @__PURE__ */ new Map(),
    calculations: /* @__PURE__ */ new Map(),
    aggregates: /* @__PURE__ */ new Map(),
    identities: /* @__PURE__ */ new Map(),
    interface: /* @__PURE__ */ new Map(),
    defines: [],
    complete: resource.complete
  };
  for (const attribute of resource.attributes)
    add(symbols.attributes, attribute.name, attribute.place);
  for (const relationship of resource.relationships)
    add(symbols.relationships, relationship.name, relationship.place);
  for (const action of resource.actions) {
    add(symbols.actions, action.name, action.place);
    const args = /* @__PURE__ */ new Map();
    for (const argument of action.arguments)
      add(args, argument.name, argument.place);
    if (!symbols.arguments.has(action.name))
      symbols.arguments.set(action.name, args);
  }
  for (const calculation of resource.calculations)
    add(symbols.calculations, calculation.name, calculation.place);
  for (const aggregate of resource.aggregates)
    add(symbols.aggregates, aggregate.name, aggregate.place);
  for (const identity of resource.identities)
    add(symbols.identities, identity.name, identity.place);
  for (const section of resource.sections) {
    if (section.name !== "code_interface")
      continue;
    for (const call of section.body ?? [])
      readResourceDefine(symbols, call);
  }
  return symbols;
}
function readResourceDefine(symbols, call) {
  if (call.name !== "define" && call.name !== "define_calculation")
    return;
  const nameValue = call.args[0];
  if (nameValue?.kind !== "atom")
    return;
  for (const name of interfaceFunctions(nameValue.value, call.name))
    add(symbols.interface, name, nameValue.place);
  if (call.name !== "define")
    return;
  const action = findOption(entityOptions(call), "action")?.value;
  symbols.defines.push({
    name: { name: nameValue.value, place: nameValue.place },
    action: action?.kind === "atom" ? { name: action.value, place: action.place } : void 0,
    in: "resource"
  });
}
function nestedModules(root, descendants) {
  if (root.text.indexOf("defmodule", 1) === -1)
    return [];
  const found = [];
  for (const call of descendants ?? root.descendantsOfType("call")) {
    if (call !== null && call.startIndex !== root.startIndex && call.childForFieldName("target")?.text === "defmodule")
      found.push(call);
  }
  return found;
}
function remoteCalls(module) {
  const calls = [];
  const root = module.call.node;
  const descendants = root.descendantsOfType("call");
  const nested = nestedModules(root, descendants);
  for (const call of descendants) {
    const target = call?.childForFieldName("target");
    if (!call || target?.type !== "dot")
      continue;
    const left = target.childForFieldName("left");
    const right = target.childForFieldName("right");
    if (left?.type !== "alias" || right?.type !== "identifier")
      continue;
    if (nested.some((inner) => inner.startIndex <= call.startIndex && call.endIndex <= inner.endIndex))
      continue;
    const written = left.text.replace(/\s+/g, "");
    const [first, ...rest] = written.split(".");
    const aliased = module.aliases.get(first);
    calls.push({
      module: aliased ? [aliased, ...rest].join(".") : written,
      written,
      function: right.text,
      place: module.block.map.placeAt(right.startIndex, right.endIndex),
      from: module.name
    });
  }
  return calls;
}
var eventBindings = /\bphx-(click|click-away|submit|change|blur|focus|keydown|keyup|window-blur|window-focus|window-keydown|window-keyup|capture-click)\s*=\s*"([^"{}\s]+)"/g;
function liveViewSymbols(component) {
  const symbols = {
    module: component.module.name,
    component,
    handlers: /* @__PURE__ */ new Map(),
    prefixes: [],
    catchAll: false,
    hooks: false,
    sent: [],
    templateShown: false
  };
  for (const { event } of component.events) {
    if (!event)
      continue;
    if ((event.kind === "string" || event.kind === "atom") && event.name !== void 0)
      add(symbols.handlers, event.name, event.place);
    else if (event.kind === "prefix" && event.name !== void 0)
      symbols.prefixes.push({ name: event.name, place: event.place });
    else if (event.kind === "variable" || event.kind === "other" || event.kind === "prefix" && event.name === void 0)
      symbols.catchAll = true;
  }
  const module = component.module;
  const nested = nestedModules(module.call.node);
  for (const block of component.subsection.blocks) {
    if (block.code?.language !== "elixir")
      continue;
    const root = block.code.root;
    const inModuleBlock = block === module.block;
    const hasModule = block.value.includes("defmodule") && root.descendantsOfType("call").some((call) => call?.childForFieldName("target")?.text === "defmodule");
    if (!inModuleBlock && hasModule)
      continue;
    const scope = inModuleBlock ? module.call.node : root;
    if (scope.text.includes("attach_hook"))
      symbols.hooks = true;
    for (const sigil of scope.descendantsOfType("sigil")) {
      if (!sigil || sigil.namedChildren[0]?.text !== "H")
        continue;
      if (nested.some((inner) => inner.startIndex <= sigil.startIndex && sigil.endIndex <= inner.endIndex))
        continue;
      symbols.templateShown = true;
      for (const content of sigil.namedChildren) {
        if (content?.type !== "quoted_content")
          continue;
        for (const event of templateEvents(content.text)) {
          const start = content.startIndex + event.start;
          symbols.sent.push({ name: event.name, binding: event.binding, place: block.map.placeAt(start, start + event.name.length) });
        }
      }
    }
  }
  return symbols;
}
function templateEvents(text) {
  const events = [];
  eventBindings.lastIndex = 0;
  let match;
  while (match = eventBindings.exec(text)) {
    const tag = enclosingTag(text, match.index);
    if (tag === void 0 || tag.includes("phx-target") || tag.includes("JS."))
      continue;
    const name = match[2];
    events.push({ name, binding: "phx-" + match[1], start: match.index + match[0].length - name.length - 1 });
  }
  return events;
}
function enclosingTag(text, index) {
  const open = text.lastIndexOf("<", index);
  if (open < 0)
    return void 0;
  let depth = 0;
  let quote = "";
  for (let position = open + 1; position < text.length; position++) {
    const character = text[position];
    if (quote) {
      if (character === quote)
        quote = "";
    } else if (character === '"' || character === "'") {
      if (depth === 0)
        quote = character;
    } else if (character === "{")
      depth++;
    else if (character === "}")
      depth = Math.max(0, depth - 1);
    else if (character === ">" && depth === 0)
      return text.slice(open, position + 1);
  }
  return void 0;
}
function definedHere(definition, message) {
  return definition ? [{ place: definition.place, message }] : [];
}

// dist/src/pipeline/stages.js
var modelStages = [parseCode, understandAsh, understandContexts, understandLiveViews, understandEndpoints, understandTables, understandGraphqlTypes, understandJoin, understandSymbols];

// dist/src/pipeline/plugin.js
function releaseDocumentModel(file) {
  const model = file.data.archdoc;
  if (!model)
    return;
  for (const block of model.blocks)
    if (block.code?.language === "elixir")
      block.code.tree.delete();
  delete file.data.archdoc;
}
async function createDocumentModel(tree, file, template2) {
  const model = buildDocumentModel(tree, file, template2);
  for (const stage of modelStages) {
    try {
      await stage(model, file);
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      const message = file.message(`internal error in stage \`${stage.name || "model"}\`: ${cause}`, { source: "archdoc-lint" });
      message.fatal = true;
      message.cause = error;
      file.data.archdocInternalError = true;
      break;
    }
  }
  return model;
}
async function getDocumentModel(tree, file) {
  const cached = file.data.archdoc;
  if (cached && cached.tree === tree)
    return cached;
  const model = await createDocumentModel(tree, file, resolveTemplate(void 0));
  file.data.archdoc = model;
  return model;
}
function archdocDocument(options) {
  validateDocumentOptions(options ?? void 0);
  const template2 = resolveTemplate(options ?? void 0);
  this.use(remarkMessageControl, { name: "lint", source: "archdoc-lint" });
  return async function(tree, file) {
    if (file.data.archdocNotLinted)
      return;
    file.data.archdoc = await createDocumentModel(tree, file, template2);
  };
}

// dist/src/rule.js
var docsBaseUrl = "https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/";
var severities = /* @__PURE__ */ new Map([
  [false, "off"],
  [0, "off"],
  ["off", "off"],
  [true, "default"],
  ["on", "default"],
  [1, "warn"],
  ["warn", "warn"],
  [2, "error"],
  ["error", "error"]
]);
function normalizeConfig(meta, config) {
  const fallback = meta.severity === "error" ? 2 : 1;
  let level = true;
  let options = config;
  if (config === void 0 || config === null || config === true || config === false) {
    level = config ?? true;
    options = void 0;
  } else if (Array.isArray(config)) {
    if (severities.has(config[0])) {
      level = config[0];
      options = config[1];
    } else if (typeof config[0] === "number") {
      throw new Error(`${meta.id}: incorrect severity \`${config[0]}\`, expected 0, 1, 2, "off", "warn" or "error"`);
    }
  } else if (typeof config === "string" || typeof config === "number") {
    if (!severities.has(config)) {
      throw new Error(`${meta.id}: incorrect severity \`${config}\`, expected "off", "warn" or "error"`);
    }
    level = config;
    options = void 0;
  }
  const kind = severities.get(level);
  const severity = kind === "off" ? 0 : kind === "warn" ? 1 : kind === "error" ? 2 : fallback;
  return [severity, options];
}
var validators = /* @__PURE__ */ new WeakMap();
var require2 = createRequire(import.meta.url);
function validateOptions(meta, options) {
  if (options === void 0 || options === null)
    return;
  if (!meta.schema) {
    throw new Error(`${meta.id}: this rule takes no options`);
  }
  let validate = validators.get(meta.schema);
  if (!validate) {
    const AjvModule = require2("ajv");
    const Ajv = AjvModule.default ?? AjvModule;
    const ajv = new Ajv({ allErrors: false, strict: false });
    validate = ajv.compile(meta.schema);
    validators.set(meta.schema, validate);
  }
  if (validate(options))
    return;
  const error = validate.errors?.[0];
  if (!error)
    throw new Error(`${meta.id}: invalid options`);
  const path = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  if (error.keyword === "additionalProperties") {
    const known = Object.keys(meta.schema.properties ?? {});
    throw new Error(`${meta.id}: unknown option \`${String(error.params.additionalProperty)}\`` + (known.length > 0 ? ` (known: ${known.map((key) => "`" + key + "`").join(", ")})` : ""));
  }
  throw new Error(`${meta.id}: option ${path ? "`" + path + "`" : "value"} ${error.message ?? "is invalid"}`);
}
function defineRule(meta, defaults, run, checkOptions3) {
  const url = docsBaseUrl + meta.id + ".md";
  const lint = lintRule({ origin: "archdoc-lint:" + meta.id, url }, async function(tree, file, options) {
    if (file.data.archdocNotLinted)
      return;
    const model = await getDocumentModel(tree, file);
    try {
      await run(model, file, { ...defaults, ...options });
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      const message = file.message(`internal error in rule \`${meta.id}\`: ${cause}`);
      message.cause = error;
      file.data.archdocInternalError = true;
    }
  });
  const rule = function(config) {
    this.use(archdocGuard);
    this.use(applySeverities);
    const [severity, options] = normalizeConfig(meta, config);
    if (severity !== 0) {
      validateOptions(meta, options);
      checkOptions3?.({ ...defaults, ...options });
    }
    if (severity !== 2)
      return lint.call(this, [severity, options]);
    const transform = lint.call(this, [1, options]);
    return function(tree, file, next) {
      const before = file.messages.length;
      transform(tree, file, function(error) {
        for (let index = before; index < file.messages.length; index++)
          errorMessages.add(file.messages[index]);
        next(error);
      });
    };
  };
  Object.defineProperty(rule, "name", { value: "archdoc-lint:" + meta.id });
  rule.meta = { ...meta, url };
  return rule;
}
function defineSyntaxRule(meta, language) {
  return defineRule(meta, {}, function(model, file) {
    for (const block of model.blocks) {
      if (block.code?.language !== language)
        continue;
      for (const issue of block.code.errors)
        reportWithRelated(file, issue.reason, issue.place, issue.related ?? []);
    }
  });
}
function reportWithRelated(file, reason, place, related) {
  return relate(file.message(reason, { place }), related);
}
function messageWithNote(file, first, note, options, separator = ": ") {
  const message = file.message(first + separator + note, options);
  message.note = note;
  return message;
}
var errorMessages = /* @__PURE__ */ new WeakSet();
function applySeverities() {
  return function(_tree, file) {
    for (const message of file.messages)
      if (errorMessages.has(message))
        message.fatal = true;
  };
}

// dist/rules/document-title.js
var document_title_default = defineRule({
  id: "document-title",
  description: "The document has exactly one H1, first, with the template title",
  severity: "error",
  schema: {
    type: "object",
    properties: { title: { type: "string", minLength: 1 } },
    additionalProperties: false
  }
}, { title: "Architecture Design Changes" }, function(model, file, options) {
  const expected = toMatcher(options.title);
  const [first, ...others] = model.titles;
  if (!first) {
    file.message(`Missing document title: expected \`# ${options.title}\` as the first heading`, {
      place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
    });
    return;
  }
  const firstContent = model.tree.children.find((node3) => node3.type !== "yaml" && node3.type !== "html");
  if (firstContent && firstContent !== first.node) {
    file.message("Expected the document title (H1) to come first, before any other content", {
      place: first.position
    });
  }
  if (!expected.test(first.text)) {
    file.message(`Unexpected document title \`${first.text}\`, expected \`${options.title}\``, {
      place: first.position
    });
  }
  for (const other of others) {
    reportWithRelated(file, `Unexpected second H1 \`${other.text}\`: a design doc has one title`, other.position, [
      { place: first.position, message: `the title \`${first.text}\`` }
    ]);
  }
});
function toMatcher(title) {
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(title);
  if (regex)
    return new RegExp(regex[1], regex[2]);
  return { test: (text) => text === title };
}

// dist/rules/required-sections.js
var required_sections_default = defineRule({
  id: "required-sections",
  description: "Every required section of the template is present",
  severity: "error",
  fixable: true
}, {}, function(model, file) {
  const present = new Set(model.sections.flatMap((section) => section.template ? [section.template.title] : []));
  const sections = model.template.sections;
  sections.forEach(function(templateSection, index) {
    if (!templateSection.required || present.has(templateSection.title))
      return;
    let previous;
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      if (present.has(sections[earlier].title)) {
        previous = sections[earlier].title;
        break;
      }
    }
    const after = previous === void 0 ? void 0 : model.sections.find((section) => section.template?.title === previous);
    const where = after ? `after \`## ${previous}\`` : model.titles[0] ? "after the title" : "at the start of the document";
    const point = insertionPoint(model, after?.heading.position.start.line);
    const message = messageWithNote(file, `Missing section \`## ${templateSection.title}\``, `expected ${where}`, {
      place: { start: point, end: point }
    }, ", ");
    if (point.offset !== void 0) {
      message.fix = { range: [point.offset, point.offset], text: sectionText(model.source.text, point.offset, templateSection) };
    }
  });
});
function sectionText(text, offset, section) {
  const guidance = section.guidance?.trim().replace(/-(?=-)/g, "- ").replace(/\s+/g, " ");
  const body = `## ${section.title}
` + (guidance ? `
<!-- ${guidance} -->
` : "");
  if (offset < text.length)
    return body + "\n";
  const before = text.length === 0 || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
  return before + body;
}
function insertionPoint(model, afterLine) {
  const next = model.sections.find((section) => afterLine === void 0 ? true : section.heading.position.start.line > afterLine);
  if (next)
    return { ...next.heading.position.start };
  const end = model.tree.position?.end;
  return end ? { line: end.line, column: end.column, offset: end.offset } : { line: 1, column: 1 };
}

// dist/rules/section-heading.js
var section_heading_default = defineRule({
  id: "section-heading",
  description: "Section headings read exactly as the template has them",
  severity: "error",
  fixable: true
}, {}, function(model, file) {
  for (const section of model.sections) {
    if (!section.expectedHeading)
      continue;
    const { start, end } = section.heading.position;
    const written = model.source.text.slice(start.offset, end.offset).trim();
    const message = file.message(`Heading \`${written}\` should read \`${section.expectedHeading}\``, {
      place: section.heading.position
    });
    message.expected = [section.expectedHeading];
    if (start.offset !== void 0 && end.offset !== void 0) {
      message.fix = { range: [start.offset, end.offset], text: section.expectedHeading };
    }
  }
});

// dist/rules/section-order.js
var section_order_default = defineRule({
  id: "section-order",
  description: "The template sections follow the template order",
  severity: "warn",
  fixable: true
}, {}, function(model, file) {
  const seen = /* @__PURE__ */ new Set();
  const sections = model.sections.filter(function(section) {
    if (section.templateIndex === -1 || seen.has(section.heading.text))
      return false;
    seen.add(section.heading.text);
    return true;
  });
  const inOrder = new Set(longestOrderedSubsequence(sections));
  const kept = sections.filter((section) => inOrder.has(section));
  for (const section of sections) {
    if (inOrder.has(section))
      continue;
    const previous = kept.filter((other) => other.templateIndex < section.templateIndex).pop();
    const next = kept.find((other) => other.templateIndex > section.templateIndex);
    const where = previous ? `after \`## ${previous.heading.text}\`` : `before \`## ${next.heading.text}\``;
    const message = file.message(`Section \`## ${section.heading.text}\` is out of order: expected it ${where}`, {
      place: section.heading.position
    });
    const fix = moveFix(model.source.text, model.sections, section, previous, next);
    if (fix)
      message.fix = fix;
  }
});
function extent(text, sections, section) {
  const start = section.heading.position.start.offset;
  const following = sections[sections.indexOf(section) + 1];
  const end = following ? following.heading.position.start.offset : text.length;
  return start === void 0 || end === void 0 ? void 0 : [start, end];
}
function moveFix(text, sections, section, previous, next) {
  const moved = extent(text, sections, section);
  const anchor = previous ? extent(text, sections, previous) : extent(text, sections, next);
  if (!moved || !anchor)
    return void 0;
  const target = previous ? anchor[1] : anchor[0];
  const [low, high] = target <= moved[0] ? [target, moved[1]] : [moved[0], target];
  const split = target <= moved[0] ? moved[0] : moved[1];
  const first = text.slice(low, split);
  const second = text.slice(split, high);
  if (high < text.length)
    return { range: [low, high], text: second + first };
  const ending = text.slice(text.trimEnd().length);
  return { range: [low, high], text: second.trimEnd() + "\n\n" + first.trimEnd() + ending };
}
function longestOrderedSubsequence(sections) {
  const length = [];
  const previous = [];
  let end = -1;
  sections.forEach(function(section, index) {
    length[index] = 1;
    previous[index] = -1;
    for (let before = 0; before < index; before++) {
      if (sections[before].templateIndex < section.templateIndex && length[before] + 1 >= length[index]) {
        length[index] = length[before] + 1;
        previous[index] = before;
      }
    }
    if (end === -1 || length[index] >= length[end])
      end = index;
  });
  const kept = [];
  for (let index = end; index !== -1; index = previous[index])
    kept.unshift(sections[index]);
  return kept;
}

// dist/rules/no-duplicate-sections.js
var no_duplicate_sections_default = defineRule({
  id: "no-duplicate-sections",
  description: "No section title appears twice, no subsection title twice in a section",
  severity: "error"
}, {}, function(model, file) {
  const sections = /* @__PURE__ */ new Map();
  for (const section of model.sections) {
    const heading = section.heading;
    const first = sections.get(heading.text);
    if (first) {
      reportWithRelated(file, `Duplicate section \`## ${heading.text}\`: already above`, heading.position, [
        { place: first.position, message: `first \`## ${heading.text}\` here` }
      ]);
    } else {
      sections.set(heading.text, heading);
    }
    const subsections = /* @__PURE__ */ new Map();
    for (const subsection of section.subsections) {
      const heading2 = subsection.heading;
      const first2 = subsections.get(heading2.text);
      if (first2) {
        reportWithRelated(file, `Duplicate subsection \`### ${heading2.text}\` in \`## ${section.heading.text}\`: already above`, heading2.position, [{ place: first2.position, message: `first \`### ${heading2.text}\` here` }]);
      } else {
        subsections.set(heading2.text, heading2);
      }
    }
  }
});

// dist/rules/no-empty-sections.js
var no_empty_sections_default = defineRule({
  id: "no-empty-sections",
  description: "Every section and subsection has content under its heading",
  severity: "error"
}, {}, function(model, file) {
  for (const section of model.sections) {
    if (section.subsections.length === 0 && !section.content.some(isContent)) {
      file.message(`Section \`## ${section.heading.text}\` is empty: expected content or subsections under it`, {
        place: section.heading.position
      });
    }
    for (const subsection of section.subsections) {
      if (subsection.content.some(isContent))
        continue;
      file.message(`Subsection \`### ${subsection.heading.text}\` is empty: expected content under it`, {
        place: subsection.heading.position
      });
    }
  }
});
var commentsOnly = /^(?:\s*<!--[\s\S]*?-->)*\s*$/;
function isContent(node3) {
  if (node3.type === "html")
    return !commentsOnly.test(node3.value);
  return node3.type !== "definition" && node3.type !== "thematicBreak";
}

// dist/rules/subsection-heading.js
var subsection_heading_default = defineRule({
  id: "subsection-heading",
  description: "Subsection headings have a form the template allows in their section",
  severity: "error",
  fixable: true
}, {}, function(model, file) {
  for (const section of model.sections) {
    const forms = section.template?.subsections;
    if (!forms)
      continue;
    for (const subsection of section.subsections) {
      if (subsection.form)
        continue;
      const nearMiss2 = nearMissHeading(subsection.heading.text, forms);
      if (nearMiss2 !== void 0) {
        const { start, end } = subsection.heading.position;
        const expected = "### " + nearMiss2;
        const message = file.message(`Subsection heading \`### ${subsection.heading.text}\` should read \`${expected}\``, {
          place: subsection.heading.position
        });
        message.expected = [expected];
        if (start.offset !== void 0 && end.offset !== void 0)
          message.fix = { range: [start.offset, end.offset], text: expected };
        continue;
      }
      const reason = headingProblem(subsection.heading.text, section.heading.text, forms);
      if (reason)
        file.message(reason, { place: subsection.heading.position });
    }
  }
});
function loose(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function nearMissHeading(text, forms) {
  const fits = /* @__PURE__ */ new Set();
  for (const form2 of forms) {
    const parts = /^(.*?)\{(module|snake)\}(.*)$/s.exec(form2.heading);
    if (!parts) {
      if (loose(text) !== "" && loose(text) === loose(form2.heading))
        fits.add(form2.heading);
      continue;
    }
    const [, before, kind, after] = parts;
    if (after.trim() !== "" || loose(before) === "")
      continue;
    const name = /\s(\S+)$/.exec(text)?.[1];
    if (name === void 0)
      continue;
    const namePattern = kind === "module" ? /^[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*$/ : /^[a-z][a-z0-9_]*$/;
    if (!namePattern.test(name) || loose(text.slice(0, text.length - name.length)) !== loose(before))
      continue;
    fits.add(before + name + after);
  }
  return fits.size === 1 ? [...fits][0] : void 0;
}
function headingProblem(text, sectionTitle, forms) {
  const unexpected = `Unexpected subsection \`### ${text}\` in \`## ${sectionTitle}\``;
  if (forms.length === 0)
    return `${unexpected}: the template allows no subsections there`;
  for (const form2 of forms) {
    const parts = /^(.*?)\{(module|snake)\}(.*)$/s.exec(form2.heading);
    if (!parts || /\{(?:module|snake)\}/.test(parts[3]))
      continue;
    const [, before, kind, after] = parts;
    if (text === (before + after).trim())
      return `\`${text}\` has no name: expected \`${compileForm(form2).expected}\``;
    if (!text.startsWith(before) || !text.endsWith(after) || text.length < before.length + after.length)
      continue;
    const name = text.slice(before.length, text.length - after.length);
    if (/^\[.*\]$/s.test(name))
      return void 0;
    if (kind === "module") {
      return `\`${text}\` is not an Elixir module name: ${moduleNameProblem(name)} (expected PascalCase segments like \`MyApp.Teams.Invitation\`)`;
    }
    const noun = before.replace(/[^A-Za-z ]/g, "").trim().toLowerCase();
    return `\`${text}\` is not a snake_case ${noun ? noun + " " : ""}name: ${snakeNameProblem(name)} (expected lowercase words joined by \`_\`, like \`team_invitations\`)`;
  }
  return `${unexpected}: expected ${listOf(forms)}`;
}
function moduleNameProblem(name) {
  for (const segment of name.split(".")) {
    if (segment === "")
      return "it has an empty segment";
    if (!/^[A-Z]/.test(segment))
      return `\`${segment}\` does not start with an uppercase letter`;
    const bad = /[^A-Za-z0-9_]/.exec(segment);
    if (bad)
      return `\`${segment}\` contains ${describeCharacter(bad[0])}`;
  }
  return "it is malformed";
}
function snakeNameProblem(name) {
  if (/[A-Z]/.test(name))
    return "it has uppercase letters";
  if (!/^[a-z]/.test(name))
    return "it does not start with a lowercase letter";
  const bad = /[^a-z0-9_]/.exec(name);
  if (bad)
    return `it contains ${describeCharacter(bad[0])}`;
  return "it is malformed";
}
function describeCharacter(character) {
  return /\s/.test(character) ? "a space" : "`" + character + "`";
}
function listOf(forms) {
  const names = forms.map((form2) => "`" + compileForm(form2).expected + "`");
  return joinWords(names, "or");
}

// dist/rules/code-block-language.js
var code_block_language_default = defineRule({
  id: "code-block-language",
  description: "Code blocks name their language; subsections hold a block of their language",
  severity: "error",
  fixable: true
}, {}, function(model, file) {
  for (const block of model.blocks) {
    if (block.language !== void 0 || !isFenced(block, model.source.lineText(block.position.start.line)))
      continue;
    const suggestion2 = block.subsection?.form?.form.language ?? "elixir";
    const fenceLine = block.position.start.line;
    const message = file.message(`Code block has no language: add one, e.g. \`\`\`${suggestion2}`, {
      place: {
        start: block.position.start,
        end: { line: fenceLine, column: model.source.lineText(fenceLine).length + 1 }
      }
    });
    const start = block.position.start.offset;
    if (block.parsesAs !== void 0 && start !== void 0) {
      const fence = /^(?:`{3,}|~{3,})/.exec(model.source.text.slice(start, start + 64));
      if (fence) {
        const at = start + fence[0].length;
        message.fix = { range: [at, at], text: block.parsesAs };
        message.expected = [fence[0] + block.parsesAs];
      }
    }
  }
  for (const section of model.sections) {
    for (const subsection of section.subsections) {
      const expected = subsection.form?.form.language;
      if (!expected || subsection.blocks.some((block) => block.language === expected))
        continue;
      file.message(`Subsection \`### ${subsection.heading.text}\` needs ${/^[aeiou]/.test(expected) ? "an" : "a"} \`${expected}\` code block, found ${describeFound(subsection.blocks)}`, { place: subsection.heading.position });
    }
  }
});
function isFenced(block, fenceLine) {
  const marker = fenceLine.charAt(block.position.start.column - 1);
  return marker === "`" || marker === "~";
}
function describeFound(blocks) {
  const languages2 = [...new Set(blocks.flatMap((block) => block.language === void 0 ? [] : [block.language]))];
  if (languages2.length > 0) {
    const names = languages2.map((language) => "`" + language + "`");
    return joinWords(names, "and");
  }
  return blocks.length > 0 ? "only a code block without a language" : "none";
}

// dist/src/document/prose.js
function documentParts(model) {
  const parts = [{ nodes: model.preamble }];
  for (const section of model.sections) {
    parts.push({ section, nodes: [section.heading.node, ...section.content] });
    for (const subsection of section.subsections) {
      parts.push({ section, subsection, nodes: [subsection.heading.node, ...subsection.content] });
    }
  }
  return parts;
}
var phrasingContainers = /* @__PURE__ */ new Set(["paragraph", "heading", "tableCell"]);
var notProse = /* @__PURE__ */ new Set([
  "inlineCode",
  "html",
  "link",
  "linkReference",
  "image",
  "imageReference",
  "footnoteReference"
]);
var notProseBlocks = /* @__PURE__ */ new Set(["code", "html", "definition"]);
function visitPhrasingContainers(nodes, visitor) {
  for (const node3 of nodes) {
    visit(node3, function(child) {
      if (notProseBlocks.has(child.type))
        return SKIP;
      if (phrasingContainers.has(child.type)) {
        visitor(child);
        return SKIP;
      }
      return void 0;
    });
  }
}
function bracketedSpans(container, source) {
  const from = container.position?.start.offset;
  const to = container.position?.end.offset;
  if (from === void 0 || to === void 0)
    return [];
  const masks = [];
  visit(container, function(node3) {
    if (node3 === container)
      return void 0;
    if (notProse.has(node3.type)) {
      const start = node3.position?.start.offset;
      const end = node3.position?.end.offset;
      if (start !== void 0 && end !== void 0)
        masks.push([start, end]);
      return SKIP;
    }
    return void 0;
  });
  masks.sort((a, b) => a[0] - b[0]);
  const text = source.text;
  const spans = [];
  const open = [];
  let mask = 0;
  for (let index = from; index < to; index++) {
    while (mask < masks.length && masks[mask][1] <= index)
      mask++;
    if (mask < masks.length && masks[mask][0] <= index) {
      index = masks[mask][1] - 1;
      continue;
    }
    const char = text.charCodeAt(index);
    if (char !== 91 && char !== 93)
      continue;
    if (isEscaped(text, index, from))
      continue;
    if (char === 91) {
      open.push(index);
    } else if (open.length > 0) {
      const start = open.pop();
      if (open.length > 0)
        continue;
      const previous = spans[spans.length - 1];
      if (previous && previous.end === start)
        previous.end = index + 1;
      else
        spans.push({ start, end: index + 1, text: "" });
    }
  }
  for (const span2 of spans) {
    span2.text = text.slice(span2.start, span2.end).replace(/\r?\n[\s>]*/g, " ").replace(/\s+/g, " ");
  }
  return spans;
}
function isEscaped(text, index, from) {
  let count = 0;
  for (let before = index - 1; before >= from && text.charCodeAt(before) === 92; before--)
    count++;
  return count % 2 === 1;
}

// dist/rules/story-reference.js
var story = templatePlaceholders.storyReference;
function storySection(model) {
  return findSection(model, "story");
}
var story_reference_default = defineRule(
  {
    id: "story-reference",
    description: "The Story Reference section holds exactly one story reference `NNNNNN-StoryName`",
    severity: "error",
    fixable: true,
    schema: {
      type: "object",
      properties: {
        pattern: { type: "string", minLength: 1 },
        matchFileName: { type: "boolean" }
      },
      additionalProperties: false
    }
  },
  { pattern: story.pattern, matchFileName: false },
  function(model, file, options) {
    const section = storySection(model);
    if (!section)
      return;
    const words = sectionWords(model, section);
    const named = namedFile(file);
    const isDefault = options.pattern === story.pattern;
    const classify = isDefault ? defaultClassifier(named) : customClassifier(compilePattern(options.pattern), options.pattern);
    const report2 = function(span2, finding) {
      const message = file.message(finding.reason, {
        place: { start: model.source.pointAt(span2.start), end: model.source.pointAt(span2.end) }
      });
      if (finding.expected !== void 0) {
        message.actual = span2.text;
        message.expected = [finding.expected];
        message.fix = { range: [span2.start, span2.end], text: finding.expected };
      }
    };
    const references = /* @__PURE__ */ new Map();
    let attempts = 0;
    for (const word of words) {
      const finding = classify(word.text);
      if (finding === void 0)
        continue;
      if (finding === reference) {
        if (!references.has(word.text))
          references.set(word.text, word);
        continue;
      }
      attempts++;
      report2(word, finding);
    }
    if (isDefault && references.size === 0 && attempts === 0) {
      const closest2 = closestCandidate(words, model.source.text, named);
      if (closest2) {
        report2(closest2.span, closest2.finding);
        attempts++;
      }
    }
    const [first, ...others] = references.values();
    for (const other of others) {
      report2(other, {
        reason: `another story reference \`${other.text}\`: a design doc covers one story, and \`${first.text}\` comes first`
      });
    }
    if (!first && attempts === 0) {
      const expected = isDefault ? named?.reference ? `\`${named.reference}\`, the file name's reference` : `\`${story.placeholder}\`` : `a reference matching \`${options.pattern}\``;
      const message = file.message(`no story reference found: expected ${expected}`, { place: section.heading.position });
      if (isDefault && named?.reference) {
        message.expected = [named.reference];
        const end = section.heading.position.end.offset;
        if (end !== void 0)
          message.fix = { range: [end, end], text: "\n\n" + named.reference };
      }
    }
    if (!first)
      return;
    if (options.matchFileName) {
      if (file.path && !startsWithReference(file.stem ?? "", first.text)) {
        report2(first, { reason: `file name \`${file.basename}\` does not start with the story reference \`${first.text}\`` });
      }
    } else if (named && references.size === 1) {
      const disagreement = fileNameDisagreement(named, first.text);
      if (disagreement) {
        report2(first, {
          reason: `story reference \`${first.text}\` does not agree with the file name \`${named.basename}\`: ${disagreement}`
        });
      }
    }
  },
  // A pattern that is not a regular expression is a config error naming the
  // option, not a failure while linting each file.
  (options) => void compilePattern(options.pattern)
);
function compilePattern(pattern) {
  try {
    return new RegExp(pattern);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`story-reference: option \`pattern\` is not a valid regular expression (${cause})`);
  }
}
var reference = /* @__PURE__ */ Symbol("reference");
var attemptShape = /^(?<id>\d+|N{2,}(?!N))(?<separator>[-_\u2013\u2014]?)(?<name>[A-Za-z][^\s\p{Cc}]*)$/u;
function isSureAttempt(id, separator) {
  if (id.startsWith("N"))
    return separator !== "";
  return separator === "" ? id.length >= 6 : id.length >= 5;
}
function sureAttemptForm(word) {
  const shape = attemptShape.exec(word)?.groups;
  if (!shape || !isSureAttempt(shape.id, shape.separator))
    return void 0;
  return { text: word, id: shape.id, separator: shape.separator, name: shape.name };
}
function defaultClassifier(named) {
  return function(word) {
    if (word === story.placeholder) {
      return {
        reason: `story reference is the template placeholder \`${story.placeholder}\`: expected ` + (named?.reference ? `\`${named.reference}\`, the file name's reference` : "the story's own reference"),
        expected: named?.reference
      };
    }
    const form2 = sureAttemptForm(word);
    if (!form2)
      return void 0;
    const diagnosis = diagnose(form2, named);
    return diagnosis ? { reason: diagnosis.reason, expected: diagnosis.expected } : reference;
  };
}
function customClassifier(regex, pattern) {
  return function(word) {
    if (word === story.placeholder)
      return { reason: `story reference is the template placeholder \`${story.placeholder}\`` };
    if (regex.test(word))
      return reference;
    if (sureAttemptForm(word))
      return { reason: `\`${word}\` does not match the story reference pattern \`${pattern}\`` };
    return void 0;
  };
}
var formDescription = `the form \`${story.placeholder}\` (6 digits, a hyphen, a PascalCase name)`;
function diagnose(form2, named) {
  const problems = [];
  let distance = 0;
  let fromFileName = false;
  let id = form2.id;
  if (form2.id.startsWith("N")) {
    problems.push(`the id is the template placeholder \`${form2.id}\``);
    distance += 6;
    id = void 0;
  } else if (form2.id.length !== 6) {
    problems.push(`the id has ${form2.id.length} ${form2.id.length === 1 ? "digit" : "digits"} instead of 6`);
    distance += Math.abs(form2.id.length - 6);
    id = form2.id.length < 6 ? form2.id.padStart(6, "0") : /^0+$/.test(form2.id.slice(0, -6)) ? form2.id.slice(-6) : void 0;
  }
  const separator = separatorProblem(form2.separator);
  if (separator) {
    problems.push(separator);
    distance += 1;
  }
  let name;
  if (form2.name === void 0) {
    problems.push("the name is missing");
    distance += 6;
  } else if (form2.name === story.placeholderName) {
    problems.push(`the name is the template placeholder \`${story.placeholderName}\``);
    distance += 6;
  } else {
    const lowercase = !/^[A-Z]/.test(form2.name);
    const others = [...new Set(form2.name.match(/[^A-Za-z0-9]/gu) ?? [])].map(showChar);
    const otherChars = `characters other than letters and digits (${others.join(" ")})`;
    if (lowercase && others.length > 0)
      problems.push(`the name starts with a lowercase letter and has ${otherChars}`);
    else if (lowercase)
      problems.push("the name starts with a lowercase letter");
    else if (others.length > 0)
      problems.push(`the name has ${otherChars}`);
    distance += (lowercase ? 1 : 0) + others.length;
    name = pascalCase2(form2.name);
  }
  if (problems.length === 0)
    return void 0;
  if (named?.reference) {
    const idAgrees = id === void 0 || id === named.id;
    const nameAgrees = name === void 0 || nameMatches(name, named.name);
    if ((id === void 0 || name === void 0) && idAgrees && nameAgrees) {
      id = named.id;
      name = named.name;
      fromFileName = true;
    }
  }
  const expected = id !== void 0 && name !== void 0 ? `${id}-${name}` : void 0;
  let right;
  if (expected)
    right = `\`${expected}\`` + (fromFileName ? ", the file name's reference" : "");
  else if (id !== void 0)
    right = `the story's PascalCase name after \`${id}-\``;
  else if (name !== void 0)
    right = `the story's 6-digit id before \`-${name}\``;
  else
    right = formDescription;
  return { reason: `malformed story reference \`${form2.text}\`: ${problems.join(", ")}; expected ${right}`, expected, distance };
}
function showChar(char) {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? "`" + char + "`" : "U+" + char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
}
var separatorNames = {
  _: "`_`",
  "\u2013": "an en dash (`\u2013`)",
  "\u2014": "an em dash (`\u2014`)"
};
function separatorProblem(separator) {
  if (separator === "-")
    return void 0;
  if (separator === "")
    return "no hyphen between id and name";
  const mark = separator.trim();
  if (mark === "-")
    return "spaces around the hyphen between id and name";
  if (mark === "")
    return "a space instead of a hyphen between id and name";
  const spaced = mark !== separator ? " with spaces" : "";
  return `${separatorNames[mark] ?? "`" + mark + "`"}${spaced} instead of a hyphen between id and name`;
}
function pascalCase2(name) {
  const parts = name.split(/[-_]/);
  if (parts.some((part) => !/^[A-Za-z0-9]+$/.test(part)))
    return void 0;
  const joined = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  return /^[A-Z]/.test(joined) ? joined : void 0;
}
var trackerKey = /^[A-Z][A-Z0-9]+-\d+$/;
var spacedSeparator = /[ \t]+(?:[-_\u2013\u2014][ \t]*)?|[-_\u2013\u2014][ \t]+/y;
var nameWord = /^[A-Z][A-Za-z0-9]*$/;
function closestCandidate(words, text, named) {
  const candidates = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const shape = attemptShape.exec(word.text)?.groups;
    if (shape && shape.separator !== "" && !shape.id.startsWith("N")) {
      candidates.push(formCandidate(word, { text: word.text, id: shape.id, separator: shape.separator, name: shape.name }, named));
    } else if (/^\d{6}$/.test(word.text)) {
      spacedSeparator.lastIndex = word.end;
      const gap = spacedSeparator.exec(text);
      const nameIndex = [index + 1, index + 2].find((at) => gap && words[at]?.start === word.end + gap[0].length) ?? -1;
      const name = words[nameIndex];
      if (name && nameWord.test(name.text)) {
        const span2 = { text: text.slice(word.start, name.end), start: word.start, end: name.end };
        candidates.push(formCandidate(span2, { text: span2.text, id: word.text, separator: gap[0], name: name.text }, named));
        index = nameIndex;
      } else {
        candidates.push(formCandidate(word, { text: word.text, id: word.text, separator: "-", name: void 0 }, named));
      }
    } else if (trackerKey.test(word.text)) {
      candidates.push({
        span: word,
        finding: { reason: `\`${word.text}\` looks like a tracker key, not a story reference: expected ${formDescription}` },
        // Nothing of a reference but the hyphen: farther than any form with an id.
        distance: 100,
        words: 0
      });
    }
  }
  let closest2;
  for (const candidate of candidates) {
    if (!closest2 || candidate.distance < closest2.distance || candidate.distance === closest2.distance && candidate.words > closest2.words) {
      closest2 = candidate;
    }
  }
  return closest2;
}
function formCandidate(span2, form2, named) {
  const { distance, ...finding } = diagnose(form2, named);
  return { span: span2, finding, distance, words: form2.name?.match(/[A-Z]/g)?.length ?? 0 };
}
function namedFile(file) {
  if (!file.path)
    return void 0;
  const stem = file.stem ?? "";
  const match = /^(\d{6})-([A-Za-z][\s\S]*)$/.exec(stem);
  if (!match)
    return void 0;
  const [, id, rest] = match;
  const exact = /^[A-Z][A-Za-z0-9]*$/.test(rest);
  return { basename: file.basename ?? stem, id, rest, reference: exact ? stem : void 0, name: exact ? rest : void 0 };
}
var nameSeparators = /* @__PURE__ */ new Set(["-", "_", ".", " "]);
function nameMatches(name, rest) {
  let at = 0;
  for (const char of name) {
    if (nameSeparators.has(char))
      continue;
    while (at < rest.length && nameSeparators.has(rest[at]))
      at++;
    if (at >= rest.length || rest[at].toLowerCase() !== char.toLowerCase())
      return false;
    at++;
  }
  return at === rest.length || nameSeparators.has(rest[at]);
}
function fileNameDisagreement(named, text) {
  const parts = /^(\d{6})-(.+)$/s.exec(text);
  if (!parts)
    return void 0;
  const [, id, name] = parts;
  const idDiffers = id !== named.id;
  const nameDiffers = !nameMatches(name, named.rest);
  if (idDiffers && nameDiffers)
    return `the ids and names differ (\`${id}\` and \`${named.id}\`, \`${name}\` and \`${named.rest}\`)`;
  if (idDiffers)
    return `the ids differ (\`${id}\` and \`${named.id}\`)`;
  if (nameDiffers)
    return `the names differ (\`${name}\` and \`${named.rest}\`)`;
  return void 0;
}
function startsWithReference(stem, reference2) {
  if (!stem.startsWith(reference2))
    return false;
  const next = stem.charAt(reference2.length);
  return next === "" || !/[A-Za-z0-9]/.test(next);
}
var leading = /* @__PURE__ */ new Set(["[", "(", "{", "<", '"', "'", "`", "\u201C", "\u2018"]);
var trailing = /* @__PURE__ */ new Set(["]", ")", "}", ">", '"', "'", "`", "\u201D", "\u2019", ".", ",", ";", ":", "!", "?"]);
function sectionWords(model, section) {
  const words = [];
  const text = model.source.text;
  for (const part of documentParts(model)) {
    if (part.section !== section)
      continue;
    const nodes = part.subsection ? part.nodes : part.nodes.slice(1);
    for (const node3 of nodes) {
      visit(node3, function(child) {
        if (child.type === "code" || child.type === "html" || child.type === "definition")
          return SKIP;
        if (child.type !== "text" && child.type !== "inlineCode")
          return void 0;
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === void 0 || end === void 0)
          return void 0;
        for (const match of text.slice(start, end).matchAll(/[^\s,;]+/g)) {
          let from = start + match.index;
          let to = from + match[0].length;
          while (from < to && leading.has(text[from]))
            from++;
          while (to > from && trailing.has(text[to - 1]))
            to--;
          if (from < to)
            words.push({ text: text.slice(from, to), start: from, end: to });
        }
        return void 0;
      });
    }
  }
  return words;
}

// dist/rules/no-template-placeholders.js
var template = templatePlaceholders;
var no_template_placeholders_default = defineRule({
  id: "no-template-placeholders",
  description: "No template placeholder text is left in the document",
  severity: "error",
  schema: {
    type: "object",
    properties: {
      placeholders: { type: "array", items: { type: "string", minLength: 1 } }
    },
    additionalProperties: false
  }
}, { placeholders: [] }, function(model, file, options) {
  const findings = new Findings(model);
  const parts = documentParts(model);
  for (const part of parts)
    findBrackets(part, findings);
  for (const part of parts)
    findHeadingSampleNames(part, findings);
  findInlineCodeSampleNames(parts, findings);
  findCodePlaceholders(model, findings);
  for (const part of parts)
    findTemplateBullets(part, findings);
  findExtraPlaceholders(model, options.placeholders, findings);
  for (const finding of findings.sorted())
    file.message(finding.reason, { place: finding.place });
});
var Findings = class {
  model;
  list = [];
  constructor(model) {
    this.model = model;
  }
  /** Add a finding at file offsets. */
  add(start, end, reason) {
    this.addPlace(start, end, { start: this.model.source.pointAt(start), end: this.model.source.pointAt(end) }, reason);
  }
  /** Add a finding with a place computed elsewhere (a code block's map). */
  addPlace(start, end, place, reason) {
    if (this.list.some((finding) => start < finding.end && finding.start < end))
      return;
    this.list.push({ start, end, place, reason });
  }
  sorted() {
    return [...this.list].sort((a, b) => a.start - b.start);
  }
};
var knownBrackets = new Map(template.bracketed.map((placeholder) => [placeholder.text, placeholder]));
var storyPlaceholder = `[${template.storyReference.placeholder}]`;
var checkboxes = /* @__PURE__ */ new Set(["[ ]", "[x]", "[X]"]);
function findBrackets(part, findings) {
  const source = findings.model.source;
  const inStorySection = part.section?.role === "story";
  visitPhrasingContainers(part.nodes, function(container) {
    for (const span2 of bracketedSpans(container, source)) {
      if (checkboxes.has(span2.text) || span2.text.trim() === "[]")
        continue;
      const before = source.text.charAt(span2.start - 1);
      if (before === "!" || span2.text.startsWith("[^"))
        continue;
      const known = knownBrackets.get(span2.text);
      if (inStorySection && (span2.text === storyPlaceholder || !known && !/\s/.test(span2.text)))
        continue;
      findings.add(span2.start, span2.end, known ? `Template placeholder \`${span2.text}\` left in: replace it with ${known.replaceWith}` : `Bracketed text \`${span2.text}\` looks like a template placeholder: replace it, make it a link, or escape the brackets`);
    }
  });
}
var sampleNamePattern = new RegExp("(?<![A-Za-z0-9_])(?:" + [...template.sampleNames].sort((a, b) => b.length - a.length).map((name) => name.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&")).join("|") + ")(?![A-Za-z0-9_?!])", "g");
function modulePathAround(value, index, length) {
  let start = index;
  while (start > 0) {
    const before = /(?:^|[^A-Za-z0-9_])([A-Z][A-Za-z0-9_]*\.)$/.exec(value.slice(Math.max(0, start - 80), start));
    if (!before)
      break;
    start -= before[1].length;
  }
  let end = index + length;
  for (let after = /^\.[A-Z][A-Za-z0-9_]*/.exec(value.slice(end)); after; after = /^\.[A-Z][A-Za-z0-9_]*/.exec(value.slice(end))) {
    end += after[0].length;
  }
  return value.slice(start, end);
}
function isTemplateModuleName(value, index, name) {
  const path = modulePathAround(value, index, name.length);
  if (path === name)
    return true;
  return template.sampleNamespaces.some((namespace) => path.startsWith(namespace + "."));
}
function isTemplateShape(language, value, index, name) {
  const before = value.slice(Math.max(0, index - 20), index);
  const after = value.charAt(index + name.length);
  if (/^[A-Z]/.test(name)) {
    if (language !== "elixir" || /[:@"]$/.test(before))
      return false;
    const path = modulePathAround(value, index, name.length);
    if (path === name)
      return /\bdefmodule\s+$/.test(before);
    return template.sampleNamespaces.some((namespace) => path.startsWith(namespace + "."));
  }
  if (language === "sql")
    return /\b(?:TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?|ONLY|REFERENCES|ON|INTO|FROM|UPDATE|JOIN)\s+$/i.test(before);
  if (language === "elixir")
    return before.endsWith('"') && after === '"';
  return false;
}
function sampleNameReason(name) {
  return `Template sample name \`${name}\` left in: replace it with the real name`;
}
function findHeadingSampleNames(part, findings) {
  const text = findings.model.source.text;
  for (const node3 of part.nodes) {
    visit(node3, function(child) {
      if (child.type === "code" || child.type === "html")
        return SKIP;
      if (child.type !== "heading" || !child.position)
        return void 0;
      const start = child.position.start.offset;
      const heading = text.slice(start, child.position.end.offset);
      for (const match of heading.matchAll(sampleNamePattern)) {
        if (/^[A-Z]/.test(match[0]) && !isTemplateModuleName(heading, match.index, match[0]))
          continue;
        findings.add(start + match.index, start + match.index + match[0].length, sampleNameReason(match[0]));
      }
      return SKIP;
    });
  }
}
function findInlineCodeSampleNames(parts, findings) {
  const text = findings.model.source.text;
  for (const part of parts) {
    for (const node3 of part.nodes) {
      visit(node3, function(child) {
        if (child.type === "code" || child.type === "html")
          return SKIP;
        if (child.type !== "inlineCode" || !child.position)
          return void 0;
        const start = child.position.start.offset;
        const code = text.slice(start, child.position.end.offset);
        for (const match of code.matchAll(sampleNamePattern)) {
          if (!/^[A-Z]/.test(match[0]) || !isTemplateModuleName(code, match.index, match[0]))
            continue;
          findings.add(start + match.index, start + match.index + match[0].length, sampleNameReason(match[0]));
        }
        return void 0;
      });
    }
  }
}
function findCodePlaceholders(model, findings) {
  for (const block of model.blocks) {
    const comments = template.comments[block.language ?? ""] ?? [];
    block.map.lines.forEach(function(line, lineIndex) {
      const trimmed = line.trim();
      if (!comments.includes(trimmed))
        return;
      const column = line.indexOf(trimmed);
      const place = block.map.place(lineIndex, column, lineIndex, column + trimmed.length);
      findings.addPlace(place.start.offset, place.end.offset, place, `Template placeholder comment \`${trimmed}\` left in: replace it with the real code`);
    });
    for (const match of block.value.matchAll(sampleNamePattern)) {
      if (!isTemplateShape(block.language, block.value, match.index, match[0]))
        continue;
      const place = block.map.placeAt(match.index, match.index + match[0].length);
      findings.addPlace(place.start.offset, place.end.offset, place, sampleNameReason(match[0]));
    }
  }
}
function findTemplateBullets(part, findings) {
  const bullets = part.section?.role ? template.bullets[part.section.role] : void 0;
  if (!bullets)
    return;
  const text = findings.model.source.text;
  for (const node3 of part.nodes) {
    visit(node3, function(child) {
      if (child.type === "code" || child.type === "html")
        return SKIP;
      if (child.type !== "listItem" || child.children.length !== 1)
        return void 0;
      const paragraph = child.children[0];
      if (paragraph.type !== "paragraph" || !child.position || !paragraph.position)
        return void 0;
      const content = withoutFinalStop(toString(paragraph).trim());
      if (!bullets.includes(content))
        return void 0;
      const start = child.position.start.offset;
      const end = paragraph.position.end.offset;
      const quoted = text.slice(start, end).replace(/\s+/g, " ");
      findings.add(start, end, `Template bullet \`${quoted}\` left in as is: add what this design does (\`${content}: ...\`)`);
      return void 0;
    });
  }
}
function findExtraPlaceholders(model, placeholders, findings) {
  const text = model.source.text;
  for (const placeholder of placeholders) {
    for (let index = text.indexOf(placeholder); index !== -1; index = text.indexOf(placeholder, index + placeholder.length)) {
      findings.add(index, index + placeholder.length, `Placeholder \`${placeholder}\` left in: replace it with the real content`);
    }
  }
}
function withoutFinalStop(text) {
  return text.endsWith(".") || text.endsWith(":") ? text.slice(0, -1).trimEnd() : text;
}

// dist/rules/graphql-syntax.js
var graphql_syntax_default = defineSyntaxRule({
  id: "graphql-syntax",
  description: "GraphQL blocks parse with graphql-js",
  severity: "error"
}, "graphql");

// dist/rules/graphql-schema.js
var graphql_schema_default = defineRule({
  id: "graphql-schema",
  description: "GraphQL type definitions form a valid schema (known types, no duplicates, interfaces implemented)",
  severity: "error",
  schema: {
    type: "object",
    properties: {
      scalars: { type: "array", items: { type: "string", pattern: "^[_A-Za-z][_0-9A-Za-z]*$" }, uniqueItems: true }
    },
    additionalProperties: false
  }
}, { scalars: [] }, function(model, file, options) {
  const scalars = new Set(options.scalars);
  for (const block of model.blocks) {
    const code = block.code;
    if (code?.language !== "graphql")
      continue;
    for (const issue of code.schemaErrors) {
      if (issue.unknownType !== void 0 && scalars.has(issue.unknownType))
        continue;
      if (issue.assumes.some((name) => !scalars.has(name)))
        continue;
      let reason = issue.reason;
      if (issue.unknownType !== void 0 && code.knownTypeNames) {
        const name = issue.unknownType;
        if (code.excerpt) {
          const near = closest(name, [...code.knownTypeNames, ...scalars, ...knownScalars]);
          if (near === void 0)
            continue;
          reason = `Unknown type "${name}".` + didYouMean([near]);
        } else {
          const suggestions = suggestionList(name, [...code.knownTypeNames, ...scalars]);
          const slip = closest(name, knownScalars);
          if (slip !== void 0 && !suggestions.includes(slip))
            suggestions.push(slip);
          reason = `Unknown type "${name}".` + didYouMean(suggestions);
        }
      }
      reportWithRelated(file, reason, issue.place, issue.related ?? []);
    }
  }
});

// dist/src/ash/messages.js
var ash3Renames = {
  "private?": "public?",
  api: "domain",
  "required?": "allow_nil?",
  destination_field: "destination_attribute",
  source_field: "source_attribute",
  "define_field?": "define_attribute?",
  field_type: "attribute_type",
  source_field_on_join_table: "source_attribute_on_join_resource",
  destination_field_on_join_table: "destination_attribute_on_join_resource",
  "validate_destination_field?": "validate_destination_attribute?"
};
function suggestion(name, candidates) {
  const renamed = ash3Renames[name];
  if (renamed && candidates.includes(renamed)) {
    const inverted = name === "private?" || name === "required?";
    return `: Ash 3 replaced it with \`${renamed}\`` + (inverted ? " (the opposite meaning)" : "");
  }
  const near = closest(name, candidates);
  return near ? `: did you mean \`${near}\`?` : "";
}
function span(from, to) {
  return { start: from.start, end: to.end };
}

// dist/rules/ash-resource.js
function isAshCompanion(module) {
  return /^Ash[A-Za-z]*\./.test(module) || module.startsWith("Spark.");
}
function documentedTables(model) {
  const tables = /* @__PURE__ */ new Set();
  for (const section of model.sections) {
    for (const subsection of section.subsections) {
      if (subsection.name && subsection.form?.form.heading.startsWith("Table:"))
        tables.add(subsection.name);
    }
  }
  return tables;
}
var ash_resource_default = defineRule({
  id: "ash-resource",
  description: "Modules under Ash Resources use Ash.Resource with a known data layer; AshPostgres resources name their table; no Ash 2 `api:` or `use Ash.Api`; policies come with the policy authorizer",
  severity: "error",
  schema: {
    type: "object",
    properties: { dataLayers: { type: "array", items: { type: "string", pattern: "^[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*$" } } },
    additionalProperties: false
  }
}, { dataLayers: [] }, function(model, file, options) {
  const known = [...knownDataLayers, ...options.dataLayers];
  let tables;
  reportAsh2Modules(model, file);
  for (const resource of checkedResources(model.ash)) {
    const name = resource.module;
    if (!resource.use) {
      if (resource.parent)
        continue;
      if (resource.uses.some((module) => isAshCompanion(module.name)))
        continue;
      if (resource.call.elision)
        continue;
      const uses = resource.uses[0];
      file.message(`Module \`${name}\` under Ash Resources does not \`use Ash.Resource\`` + (uses ? ` (it uses \`${uses.written}\`)` : ""), { place: resource.place });
      continue;
    }
    if (!resource.use.ash)
      continue;
    const api = resource.use.options.find((option) => option.key === "api" && option.form === "keyword");
    if (api) {
      file.message(`Unknown option \`api\` in \`use Ash.Resource\` of \`${name}\`` + suggestion("api", ["domain"]), { place: api.keyPlace });
    }
    const policies = policiesWithoutAuthorizer(resource);
    if (policies) {
      const message = file.message(`The \`${policies.name}\` section of \`${name}\` needs \`authorizers: [${policyAuthorizer}]\` in \`use Ash.Resource\`: without it Ash 3 does not compile the resource (\`${policies.name}\` is undefined)`, { place: policies.namePlace });
      relate(message, [{ place: resource.use.call.place, message: `\`use Ash.Resource\` of \`${name}\`` }]);
    }
    const dataLayer2 = resource.dataLayer;
    if (dataLayer2?.module) {
      const intended = known.includes(dataLayer2.module.name) ? void 0 : nearMiss(dataLayer2.module.name, known);
      if (intended) {
        file.message(`Unknown data layer \`${dataLayer2.module.written}\` for \`${name}\`: did you mean \`${intended}\`?`, {
          place: dataLayer2.place
        });
      }
    } else if (dataLayer2 && !dataLayer2.embedded && dataLayer2.value.kind !== "unknown" && dataLayer2.value.kind !== "call") {
      file.message(`Data layer of \`${name}\` must be a module (\`${postgresDataLayer}\`) or \`:embedded\`, found \`${shortText(dataLayer2.value.text)}\``, { place: dataLayer2.place });
    }
    if (dataLayer2?.module?.name !== postgresDataLayer)
      continue;
    const postgres = resource.postgres;
    if (postgres && (postgres.table || postgres.polymorphic || findOption(postgres.options, "table")))
      continue;
    const table = pluralName(name);
    tables ??= documentedTables(model);
    if (tables.has(table))
      continue;
    if (resource.call.elision || postgres?.call.elision)
      continue;
    if (postgres) {
      file.message(`The \`postgres\` block of \`${name}\` has no \`table\`: add \`table "${table}"\` (or document the table in a \`Table: ${table}\` subsection)`, { place: postgres.call.namePlace }).note = excerptHint;
    } else {
      file.message(`Resource \`${name}\` uses AshPostgres but has no \`postgres\` block: add \`postgres do table "${table}" end\` (or document the table in a \`Table: ${table}\` subsection)`, { place: dataLayer2.place }).note = excerptHint;
    }
  }
});
function reportAsh2Modules(model, file) {
  const uses = [
    ...checkedResources(model.ash).flatMap((resource) => resource.uses.map((module) => ({ module, owner: resource.module }))),
    ...(model.contexts ?? []).flatMap((context) => context.modules.filter((module) => module.incomplete !== "syntax").flatMap((module) => module.uses.map((use) => ({ module: use.module, owner: module.name }))))
  ];
  for (const { module, owner } of uses) {
    const replacement = ash2Modules[module.name];
    if (!replacement)
      continue;
    file.message(`\`use ${module.written}\` in \`${owner}\` is Ash 2: Ash 3 replaced \`${module.name}\` with \`${replacement}\` (\`use ${replacement}\`)`, {
      place: module.place
    });
  }
}
function policiesWithoutAuthorizer(resource) {
  const use = resource.use;
  if (!use?.ash || resource.fragments.length > 0 || resource.call.elision || hasElision(use.call.node))
    return void 0;
  if (resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name)))
    return void 0;
  if (resource.extensions.some((extension) => extension.name === policyAuthorizer))
    return void 0;
  if (resource.authorizers.some((authorizer) => authorizer.name === policyAuthorizer))
    return void 0;
  for (const key of ["authorizers", "extensions", "fragments"]) {
    const option = findOption(use.options, key);
    if (option && !isModuleList(option.value))
      return void 0;
  }
  if (use.call.args.length !== 1)
    return void 0;
  return resource.policies.sections[0];
}
function isModuleList(value) {
  return value.kind === "alias" || value.kind === "list" && value.pairs.length === 0 && value.items.every((item) => item.kind === "alias");
}
function hasElision(node3) {
  if (node3.type === "comment")
    return isElisionComment(node3.text);
  if (isElisionStatement(node3.text))
    return true;
  return node3.namedChildren.some((child) => child !== null && hasElision(child));
}

// dist/rules/ash-attribute.js
var ash_attribute_default = defineRule({
  id: "ash-attribute",
  description: "Attributes have Ash types, known options and fitting constraints; primary keys are not nil; names are unique",
  severity: "error",
  schema: {
    type: "object",
    properties: { customTypes: { type: "array", items: { type: "string", pattern: "^[a-z_][A-Za-z0-9_]*[?!]?$" } } },
    additionalProperties: false
  }
}, { customTypes: [] }, function(model, file, options) {
  const types = [...builtinTypes, ...options.customTypes];
  for (const resource of checkedResources(model.ash)) {
    if (!resource.use)
      continue;
    for (const attribute of resource.attributes) {
      if (attribute.origin === "timestamps" || attribute.origin === "belongs_to")
        continue;
      checkType(file, attribute, types);
      checkOptions(file, attribute);
      checkConstraints(file, attribute);
      checkPrimaryKey(file, attribute);
    }
    checkDuplicates(file, resource);
  }
});
function checkType(file, attribute, types) {
  const type = attribute.type;
  if (!type) {
    if (attribute.origin === "attribute") {
      file.message(`Attribute \`${attribute.name}\` has no type: add one, e.g. \`attribute :${attribute.name}, :string\``, {
        place: attribute.place
      });
    }
    return;
  }
  if (attribute.typeDefaulted)
    return;
  checkTypeValue(file, attribute, type, type, types);
}
function checkTypeValue(file, attribute, type, whole, types) {
  const name = attribute.name;
  if (type.kind === "atom") {
    if (types.includes(type.name))
      return;
    const hint = suggestion(type.name, types);
    file.message(`Unknown attribute type \`:${type.name}\` for \`${name}\`` + (hint ? hint.replace(/`([^`]+)`/, "`:$1`") : ": expected an Ash type (`:string`, `:integer`, \u2026), a type module or `{:array, type}`"), { place: type.place });
    return;
  }
  if (type.kind === "array") {
    checkTypeValue(file, attribute, type.of, whole, types);
    return;
  }
  if (type.kind !== "unknown")
    return;
  const value = type.value;
  if (value.kind === "tuple") {
    file.message(`Unknown attribute type \`${shortText(value.text)}\` for \`${name}\`: a collection type is written \`{:array, type}\``, {
      place: type.place
    });
  } else if (value.kind === "string" && !value.interpolated) {
    const asAtom = types.includes(value.value) ? `\`:${value.value}\`` : "an atom";
    file.message(`Attribute type \`${shortText(value.text)}\` for \`${name}\` is a string: write ${asAtom} or a type module`, {
      place: type.place
    });
  } else if (["number", "boolean", "nil", "list", "keyword"].includes(value.kind)) {
    file.message(`Unknown attribute type \`${shortText(value.text)}\` for \`${name}\`: expected an Ash type (\`:string\`, \`:integer\`, \u2026), a type module or \`{:array, type}\``, { place: type.place });
  }
}
function checkOptions(file, attribute) {
  const shorthand = primaryKeyShorthands.has(attribute.origin);
  const known = [...attributeOptions, "type"];
  for (const option of attribute.options) {
    if (shorthand && option.key === "allow_nil?") {
      file.message(`Option \`allow_nil?\` is not accepted by \`${attribute.origin}\` (\`${attribute.name}\`): a primary key is never nil`, { place: option.keyPlace });
      continue;
    }
    if (known.includes(option.key))
      continue;
    file.message(`Unknown option \`${option.key}\` on attribute \`${attribute.name}\`` + suggestion(option.key, known), { place: option.keyPlace });
  }
}
function typeLabel(type) {
  return type.kind === "atom" ? ":" + type.name : shortText(type.text);
}
function checkConstraintPairs(file, attribute, type, pairs) {
  let known;
  if (type.kind === "atom")
    known = typeConstraints[type.name];
  else if (type.kind === "array")
    known = arrayConstraints;
  if (!known)
    return;
  const label2 = typeLabel(type);
  for (const pair of pairs) {
    if (type.kind === "array" && pair.key === "items") {
      const inner = keywordPairs(pair.value);
      if (inner)
        checkConstraintPairs(file, attribute, type.of, inner);
      continue;
    }
    if (known.includes(pair.key))
      continue;
    const hint = suggestion(pair.key, known);
    const reason = hint ? `Unknown constraint \`${pair.key}\` for \`${label2}\` attribute \`${attribute.name}\`${hint}` : `Constraint \`${pair.key}\` does not apply to \`${label2}\` attribute \`${attribute.name}\`: ` + (known.length === 0 ? `\`${label2}\` takes no constraints` : `\`${label2}\` takes ${listCode(known, "or")}`);
    file.message(reason, { place: pair.keyPlace });
  }
}
function checkConstraints(file, attribute) {
  const constraints = attribute.constraints;
  if (!constraints || !attribute.type)
    return;
  const pairs = keywordPairs(constraints.value);
  if (pairs)
    checkConstraintPairs(file, attribute, attribute.type, pairs);
}
function checkPrimaryKey(file, attribute) {
  if (attribute.origin !== "attribute" || !attribute.primaryKey || !attribute.allowNil)
    return;
  const option = findOption(attribute.options, "primary_key?");
  file.message(`Attribute \`${attribute.name}\` is a primary key but allows nil: add \`allow_nil?: false\``, {
    place: option?.keyPlace ?? attribute.place
  });
}
function describeAttribute(attribute) {
  if (attribute.origin === "timestamps")
    return `attribute \`${attribute.name}\` (from \`timestamps()\`)`;
  if (attribute.origin === "belongs_to")
    return `attribute \`${attribute.name}\` (from \`belongs_to :${attribute.relationship}\`)`;
  return `attribute \`${attribute.name}\``;
}
function checkDuplicates(file, resource) {
  const fields = [
    ...resource.attributes.map((attribute) => ({ name: attribute.name, label: describeAttribute(attribute), place: attribute.place })),
    ...resource.relationships.map((relationship) => ({
      name: relationship.name,
      label: `relationship \`${relationship.name}\``,
      place: relationship.place
    })),
    ...resource.calculations.map((calculation) => ({ name: calculation.name, label: `calculation \`${calculation.name}\``, place: calculation.place })),
    ...resource.aggregates.map((aggregate) => ({ name: aggregate.name, label: `aggregate \`${aggregate.name}\``, place: aggregate.place }))
  ];
  fields.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0));
  const seen = /* @__PURE__ */ new Map();
  for (const field of fields) {
    const first = seen.get(field.name);
    if (!first) {
      seen.set(field.name, field);
      continue;
    }
    reportWithRelated(file, `Duplicate name \`${field.name}\`: ${field.label} reuses the name of ${first.label}`, field.place, [
      { place: first.place, message: `${first.label} defined here` }
    ]);
  }
}

// dist/rules/ash-primary-key.js
var ash_primary_key_default = defineRule({
  id: "ash-primary-key",
  description: "Every Ash resource has a primary key",
  severity: "error"
}, {}, function(model, file) {
  for (const resource of checkedResources(model.ash)) {
    if (!resource.use?.ash || resource.embedded || !resource.complete.attributes)
      continue;
    if (resource.primaryKey.length > 0 || !requiresPrimaryKey(resource))
      continue;
    file.message(`Resource \`${resource.module}\` has no primary key: add \`uuid_primary_key :id\``, { place: resource.place }).note = excerptHint;
  }
});
function requiresPrimaryKey(resource) {
  for (const section of resource.sections) {
    if (section.name === "resource" && booleanOption(entityOptions(section), "require_primary_key?") === false)
      return false;
  }
  const noFields = resource.attributes.length === 0 && resource.relationships.length === 0 && resource.calculations.length === 0 && resource.aggregates.length === 0;
  if (noFields && (!resource.complete.actions || resource.actions.every((action) => action.type === "action")))
    return false;
  return true;
}

// dist/rules/ash-relationship.js
var kinds = Object.keys(relationshipOptions);
var ash_relationship_default = defineRule({
  id: "ash-relationship",
  description: "Relationships point at a resource module, use the options of their kind, and many_to_many has `through`",
  severity: "error"
}, {}, function(model, file) {
  for (const resource of checkedResources(model.ash)) {
    if (!resource.use)
      continue;
    const known = knownResources(model);
    for (const relationship of resource.relationships) {
      checkDestination(file, relationship);
      checkModuleName(file, relationship, relationship.destination, (name) => `Destination \`${name}\``, known);
      checkOptions2(file, relationship);
      if (relationship.kind === "many_to_many") {
        checkThrough(file, resource, relationship);
        checkModuleName(file, relationship, relationship.through, (name) => `Join resource \`${name}\` (\`through\`)`, known);
      }
      if (relationship.kind === "belongs_to")
        checkBelongsTo(file, resource, relationship);
    }
  }
});
function label(relationship) {
  return `${relationship.kind} \`${relationship.name}\``;
}
function checkDestination(file, relationship) {
  const value = relationship.destinationValue;
  if (!value) {
    file.message(`${label(relationship)} has no destination: add the destination resource module after the name`, {
      place: relationship.place
    });
    return;
  }
  if (["atom", "string", "number", "boolean", "nil", "list", "keyword", "tuple"].includes(value.kind)) {
    file.message(`Destination of ${label(relationship)} must be a resource module, found \`${shortText(value.text)}\``, {
      place: value.place
    });
  }
}
function checkOptions2(file, relationship) {
  const known = relationshipOptions[relationship.kind];
  for (const option of relationship.options) {
    if (known.includes(option.key))
      continue;
    const owners = kinds.filter((kind) => relationshipOptions[kind].includes(option.key));
    const reason = owners.length > 0 ? `Option \`${option.key}\` does not apply to ${label(relationship)}: only ${listCode(owners, "and")} take${owners.length === 1 ? "s" : ""} it` : `Unknown option \`${option.key}\` on ${label(relationship)}` + suggestion(option.key, known);
    file.message(reason, { place: option.keyPlace });
  }
}
function checkThrough(file, resource, relationship) {
  if (findOption(relationship.options, "through"))
    return;
  const join = findOption(relationship.options, "join_relationship");
  if (join) {
    if (!resource.complete.relationships || join.value.kind !== "atom")
      return;
    const name = join.value.value;
    if (resource.relationships.some((other) => other.name === name))
      return;
    file.message(`many_to_many \`${relationship.name}\` has no \`through\` and its \`join_relationship\` \`:${name}\` is not a relationship of \`${resource.module}\`: add \`through\` (the join resource)`, { place: join.value.place });
    return;
  }
  file.message(`many_to_many \`${relationship.name}\` has no \`through\`: add the join resource (\`through: ...\`), or a \`join_relationship\` naming a has_many of this resource`, { place: relationship.place });
}
function checkBelongsTo(file, resource, relationship) {
  const primaryKey = findOption(relationship.options, "primary_key?");
  if (relationship.primaryKey && relationship.allowNil && primaryKey) {
    file.message(`belongs_to \`${relationship.name}\` is part of the primary key but allows nil: add \`allow_nil?: false\``, {
      place: primaryKey.keyPlace
    });
  }
  const define = findOption(relationship.options, "define_attribute?");
  if (define && !relationship.defineAttribute && resource.complete.attributes) {
    if (resource.attributes.some((attribute) => attribute.name === relationship.sourceAttribute))
      return;
    file.message(`belongs_to \`${relationship.name}\` has \`define_attribute?: false\` but \`${resource.module}\` has no attribute \`${relationship.sourceAttribute}\`: declare it in \`attributes\``, { place: define.keyPlace });
  }
}
function knownResources(model) {
  const known = /* @__PURE__ */ new Map();
  for (const [module, symbols] of model.symbols?.resources ?? [])
    known.set(module, { name: module, place: symbols.resource.place });
  for (const domain of model.symbols?.domains.values() ?? []) {
    for (const [module, definition] of domain.resources)
      if (!known.has(module))
        known.set(module, definition);
  }
  return known;
}
function checkModuleName(file, relationship, written, describe2, known) {
  if (!written || known.has(written.name))
    return;
  const near = moduleNearMiss(written.name, known.keys());
  if (!near)
    return;
  const message = file.message(`${describe2(written.name)} of ${label(relationship)} is no resource of the doc: did you mean \`${near}\`?`, { place: written.place });
  relate(message, definedHere(known.get(near), `resource \`${near}\` defined here`));
}

// dist/src/join/resource-references.js
function nearest(name, candidates) {
  const near = closest(name, candidates.keys());
  return near === void 0 ? void 0 : candidates.get(near);
}
function actionsComplete(symbols) {
  const defaults = symbols.resource.defaults;
  return symbols.complete.actions && !symbols.resource.syntaxError && (!defaults || defaults.literal);
}
function unresolvedDefines(symbols) {
  if (!actionsComplete(symbols))
    return [];
  const found = [];
  for (const define of symbols.defines) {
    const action = define.action;
    if (!action || symbols.actions.has(action.name))
      continue;
    found.push({ name: action.name, place: action.place, nearest: nearest(action.name, symbols.actions), define });
  }
  return found;
}
function policyActions(condition) {
  if (!condition)
    return [];
  if (condition.kind === "list")
    return condition.items.flatMap((item) => policyActions(item));
  if (condition.kind !== "call" || condition.call.name !== "action")
    return [];
  const argument = condition.call.args[0];
  const atoms = argument?.kind === "atom" ? [argument] : argument?.kind === "list" ? argument.items : [];
  return atoms.flatMap((atom) => atom.kind === "atom" ? [{ name: atom.value, place: atom.place, call: condition.call }] : []);
}
var attributeChanges = /* @__PURE__ */ new Set(["set_attribute", "set_new_attribute", "atomic_update", "increment"]);
var fieldValidations = /* @__PURE__ */ new Set([
  "one_of",
  "attribute_equals",
  "attribute_does_not_equal",
  "attribute_in",
  "string_length",
  "numericality",
  "compare",
  "match",
  "present",
  "absent",
  "changing"
]);
function fieldReferences(resource) {
  const found = [];
  const read = (call, action) => {
    if (call.name !== "change" && call.name !== "validate")
      return;
    const builtin = call.args[0];
    if (builtin?.kind !== "call")
      return;
    const name = builtin.call.name;
    const known = call.name === "change" ? attributeChanges.has(name) : fieldValidations.has(name);
    if (!known)
      return;
    const first = builtin.call.args[0];
    const atoms = first?.kind === "atom" ? [first] : first?.kind === "list" ? first.items : [];
    for (const atom of atoms) {
      if (atom.kind === "atom")
        found.push({ builtin: name, kind: call.name, name: atom.value, place: atom.place, action });
    }
  };
  for (const action of resource.actions) {
    if (action.fromDefaults)
      continue;
    for (const call of action.call.body ?? [])
      read(call, action.name);
  }
  for (const section of resource.sections) {
    if (section.name !== "changes" && section.name !== "validations")
      continue;
    for (const call of section.body ?? [])
      read(call, void 0);
  }
  return found;
}
function unresolvedField(symbols, reference2) {
  const { complete } = symbols;
  if (symbols.resource.syntaxError || !complete.attributes || !complete.relationships || !actionsComplete(symbols))
    return void 0;
  const name = reference2.name;
  const argumentsOf = reference2.action === void 0 ? [...symbols.arguments.values()] : [symbols.arguments.get(reference2.action) ?? /* @__PURE__ */ new Map()];
  const known = symbols.attributes.has(name) || symbols.relationships.has(name) || symbols.calculations.has(name) || symbols.aggregates.has(name) || argumentsOf.some((args) => args.has(name));
  if (known)
    return void 0;
  return { name, place: reference2.place, nearest: nearest(name, symbols.attributes), reference: reference2 };
}

// dist/rules/ash-actions.js
var ash_actions_default = defineRule({
  id: "ash-actions",
  description: "Actions: `defaults` names action types, names are unique, one primary per type, `accept` names attributes",
  severity: "error"
}, {}, function(model, file) {
  for (const resource of checkedResources(model.ash)) {
    if (!resource.use)
      continue;
    checkDefaults(file, resource);
    checkNames(file, resource);
    checkPrimary(file, resource);
    if (resource.complete.attributes)
      checkAccepts(file, resource);
    const symbols = model.symbols?.resources.get(resource.module);
    if (symbols?.resource === resource)
      checkReferences(file, symbols);
  }
});
var defaultTypes = listCode(defaultActionTypes, "or", ":");
function checkDefaults(file, resource) {
  const defaults = resource.defaults;
  if (!defaults)
    return;
  for (const entry of defaults.entries) {
    if (entry.accept === void 0) {
      if (entry.value.kind === "atom" && defaultActionTypes.includes(entry.value.value))
        continue;
      if (entry.value.kind === "unknown" || entry.value.kind === "call")
        continue;
      const written = entry.value.kind === "atom" ? ":" + entry.value.value : shortText(entry.value.text);
      const hint = entry.value.kind === "atom" ? suggestion(entry.value.value, defaultActionTypes).replace(/`([^`]+)`/, "`:$1`") : "";
      file.message(`Unknown default action \`${written}\` in \`defaults\`` + (hint || `: expected ${defaultTypes}`), {
        place: entry.place
      });
      continue;
    }
    if (entry.type === "read" || entry.type === "destroy") {
      file.message(`Default \`:${entry.type}\` action takes no accept list: write \`:${entry.type}\` alone in \`defaults\``, {
        place: entry.place
      });
      continue;
    }
    if (entry.type !== "create" && entry.type !== "update") {
      file.message(`Unknown default action \`${entry.type}:\` in \`defaults\`` + (suggestion(entry.type, ["create", "update"]) || ": only `create:` and `update:` take an accept list"), { place: entry.place });
      continue;
    }
    const accept = entry.accept;
    const valid = accept.kind === "atom" && accept.value === "*" || accept.kind === "list" && accept.pairs.length === 0 && accept.items.every((item) => item.kind === "atom");
    if (!valid && !["unknown", "call"].includes(accept.kind)) {
      file.message(`Accept list of default \`:${entry.type}\` must be \`:*\` or a list of attribute atoms, found \`${shortText(accept.text)}\``, { place: accept.place });
    }
  }
}
function describe(action) {
  return action.fromDefaults ? "`defaults`" : `the ${action.type} action above`;
}
function definedHere2(action) {
  return action.fromDefaults ? `\`${action.name}\` made by \`defaults\` here` : `${action.type} action \`${action.name}\` defined here`;
}
function checkNames(file, resource) {
  const seen = /* @__PURE__ */ new Map();
  const ordered = [...resource.actions].sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0));
  for (const action of ordered) {
    const first = seen.get(action.name);
    if (!first) {
      seen.set(action.name, action);
      continue;
    }
    reportWithRelated(file, `Action name \`${action.name}\` is already used by ${describe(first)}: action names are unique in a resource, whatever their type`, action.place, [{ place: first.place, message: definedHere2(first) }]);
  }
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function checkPrimary(file, resource) {
  const primaries = /* @__PURE__ */ new Map();
  for (const action of resource.actions) {
    if (!action.primary || action.fromDefaults || action.type === "action")
      continue;
    const first = primaries.get(action.type);
    if (!first) {
      primaries.set(action.type, action);
      continue;
    }
    reportWithRelated(file, `${capitalize(action.type)} action \`${action.name}\` is \`primary? true\` but \`${first.name}\` already is: one primary ${action.type} action per resource`, action.primaryPlace ?? action.place, [{ place: first.primaryPlace ?? first.place, message: `\`${first.name}\` is \`primary? true\` here` }]);
  }
}
function checkAccept(file, resource, accept, subject, action) {
  const attributes = resource.attributes.map((attribute) => attribute.name);
  for (const { name, place } of accept.names) {
    if (attributes.includes(name))
      continue;
    const prefix = `${subject} names \`${name}\``;
    const relationship = resource.relationships.find((candidate) => candidate.name === name);
    let reason;
    if (relationship?.kind === "belongs_to" && attributes.includes(relationship.sourceAttribute)) {
      reason = `${prefix}, a relationship: accept its attribute \`${relationship.sourceAttribute}\``;
    } else if (relationship) {
      reason = `${prefix}, a relationship, not an attribute: use an argument and \`manage_relationship\``;
    } else if (action?.arguments.some((argument) => argument.name === name)) {
      reason = `${prefix}, an argument of the action, not an attribute: remove it from \`accept\``;
    } else if (resource.calculations.some((calculation) => calculation.name === name)) {
      reason = `${prefix}, a calculation, not an attribute`;
    } else if (resource.aggregates.some((aggregate) => aggregate.name === name)) {
      reason = `${prefix}, an aggregate, not an attribute`;
    } else {
      reason = `${prefix}, which is not an attribute of \`${resource.module}\`` + suggestion(name, attributes);
    }
    file.message(reason, { place });
  }
}
function checkAccepts(file, resource) {
  if (resource.defaultAccept)
    checkAccept(file, resource, resource.defaultAccept, "`default_accept`");
  for (const action of resource.actions) {
    if (!action.accept || action.accept === resource.defaultAccept)
      continue;
    const subject = action.fromDefaults ? `The accept list of the default ${action.type} action` : `\`accept\` of ${action.type} \`${action.name}\``;
    checkAccept(file, resource, action.accept, subject, action);
  }
}
function checkReferences(file, symbols) {
  for (const missing of unresolvedDefines(symbols)) {
    const where = missing.define.in === "resource" ? "" : ` (in domain \`${missing.define.in}\`)`;
    const hint = missing.nearest ? `: did you mean \`:${missing.nearest.name}\`?` : "";
    const message = file.message(`Code interface \`${missing.define.name.name}\`${where} names the action \`:${missing.name}\`, which \`${symbols.module}\` does not define${hint}`, { place: missing.place });
    message.note = excerptHint;
    relate(message, definedHere(missing.nearest, `Action \`${missing.nearest?.name}\` of \`${symbols.module}\``));
  }
  for (const reference2 of fieldReferences(symbols.resource)) {
    const missing = unresolvedField(symbols, reference2);
    if (!missing)
      continue;
    const owner = reference2.action === void 0 ? `the resource's \`${reference2.kind === "change" ? "changes" : "validations"}\`` : `action \`${reference2.action}\``;
    const what = reference2.kind === "change" ? "an attribute" : "a field";
    const hint = missing.nearest ? `: did you mean \`:${missing.nearest.name}\`?` : "";
    const message = file.message(`\`${reference2.builtin}(:${missing.name}, \u2026)\` in ${owner} names \`${missing.name}\`, which is not ${what} of \`${symbols.module}\`${hint}`, { place: missing.place });
    message.note = excerptHint;
    relate(message, definedHere(missing.nearest, `Attribute \`${missing.nearest?.name}\` of \`${symbols.module}\``));
  }
}

// dist/rules/ash-policies.js
var policyOptions = /* @__PURE__ */ new Set(["description", "access_type"]);
var labels = {
  policy: "Policy",
  bypass: "Bypass",
  field_policy: "Field policy",
  field_policy_bypass: "Field policy bypass"
};
function hasNoChecks(policy) {
  const call = policy.call;
  if (policy.checks.length > 0 || call.bodyHasOther)
    return false;
  if (call.options.some((pair) => pair.key === "do"))
    return false;
  return (call.body ?? []).every((inner) => policyOptions.has(inner.name));
}
var ash_policies_default = defineRule({
  id: "ash-policies",
  description: "Policies hold checks, checks sit inside policies, and the policy authorizer comes with policies",
  severity: "warn"
}, {}, function(model, file) {
  for (const resource of checkedResources(model.ash)) {
    if (!resource.use)
      continue;
    const policies = resource.policies;
    for (const policy of policies.policies) {
      if (!hasNoChecks(policy))
        continue;
      const subject = [policy.fields, policy.condition].filter((value) => value !== void 0);
      const name = subject.map((value) => shortText(value.text)).join(", ");
      const last = subject[subject.length - 1];
      file.message(`${labels[policy.kind]}${name ? ` \`${name}\`` : ""} has no checks: add \`authorize_if\`, \`forbid_if\`, \`authorize_unless\` or \`forbid_unless\``, { place: last && last.place.start.line === policy.call.namePlace.start.line ? span(policy.call.namePlace, last.place) : policy.call.namePlace });
    }
    for (const check of policies.strayChecks) {
      const argument = check.check;
      file.message(`Check \`${check.kind}${argument ? " " + shortText(argument.text) : ""}\` is outside any policy: move it into a \`policy\` or \`bypass\` block`, { place: check.call.namePlace });
    }
    const symbols = model.symbols?.resources.get(resource.module);
    if (symbols?.resource === resource && actionsComplete(symbols)) {
      const seen = /* @__PURE__ */ new Set();
      for (const policy of policies.policies) {
        for (const condition of [...policy.groups, policy.condition]) {
          for (const named of policyActions(condition)) {
            const key = `${named.place.start.line}:${named.place.start.column}`;
            if (symbols.actions.has(named.name) || seen.has(key))
              continue;
            seen.add(key);
            const near = closest(named.name, symbols.actions.keys());
            const definition = near === void 0 ? void 0 : symbols.actions.get(near);
            const message = file.message(`\`${named.call.name}(:${named.name})\` names an action \`${resource.module}\` does not define: the ${labels[policy.kind].toLowerCase()} never applies` + (near ? `; did you mean \`:${near}\`?` : ""), { place: named.place });
            message.note = excerptHint;
            relate(message, definedHere(definition, `Action \`${near}\` of \`${resource.module}\``));
          }
        }
      }
    }
    const authorizer = resource.authorizers.find((module) => module.name === policyAuthorizer);
    const misplaced = resource.extensions.find((module) => module.name === policyAuthorizer);
    if (misplaced && !authorizer && authorizersKnown(resource)) {
      file.message(`\`${policyAuthorizer}\` is in \`extensions\` of \`${resource.module}\`, not in \`authorizers\`: Ash warns and applies no policy; move it to \`authorizers: [${policyAuthorizer}]\``, { place: misplaced.place });
    }
    const access = policies.policies.filter((policy) => policy.kind === "policy" || policy.kind === "bypass");
    if (authorizer && resource.complete.policies && access.length === 0 && !domainMayHavePolicies(model, resource)) {
      file.message(`Resource \`${resource.module}\` uses \`${policyAuthorizer}\` but has no policies: add a \`policies do ... end\` section (without a policy, every request is forbidden)`, { place: authorizer.place }).note = excerptHint;
    }
  }
});
function domainMayHavePolicies(model, resource) {
  const domain = resource.domain?.name;
  if (!domain)
    return false;
  const context = model.contexts?.find((candidate) => candidate.domain && candidate.module?.name === domain);
  const module = context?.module;
  if (!module || !module.complete || !context.domain?.complete)
    return true;
  return module.body.some((call) => call.name === "policies");
}
function authorizersKnown(resource) {
  const use = resource.use;
  if (!use?.ash || resource.fragments.length > 0 || findOption(use.options, "fragments"))
    return false;
  if (resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name)))
    return false;
  const value = findOption(use.options, "authorizers")?.value;
  return value === void 0 || aliasList(value) !== void 0;
}

// dist/src/ash/atomic.js
function firstArgumentNode(call) {
  const args = call.node.namedChildren.find((child) => child?.type === "arguments");
  return args?.namedChildren[0] ?? void 0;
}
function functionArity(node3) {
  if (node3.type === "anonymous_function") {
    const clause = node3.namedChildren.find((child) => child?.type === "stab_clause");
    const left = clause?.childForFieldName("left");
    if (!clause)
      return void 0;
    if (!left)
      return 0;
    return left.type === "arguments" ? left.namedChildren.length : void 0;
  }
  if (node3.type === "unary_operator" && node3.childForFieldName("operator")?.type === "&") {
    const operand = node3.childForFieldName("operand");
    if (operand?.type !== "binary_operator" || operand.childForFieldName("operator")?.type !== "/")
      return void 0;
    const right = operand.childForFieldName("right");
    return right?.type === "integer" ? Number(right.text) : void 0;
  }
  return void 0;
}
function functionChange(call, global) {
  if (call.name !== "change" || call.args.length !== 1)
    return void 0;
  const node3 = firstArgumentNode(call);
  if (!node3 || functionArity(node3) !== functionChangeArity)
    return void 0;
  return { call, place: call.args[0].place, global };
}
function changeRunsOn(call) {
  const on = call.options.find((pair) => pair.key === "on");
  if (!on)
    return [...globalChangeDefaultOn];
  return atomList(on.value)?.map((atom) => atom.value);
}
function updatesByQuery(resource, type) {
  const layer = resource.dataLayer?.module?.name;
  if (!layer || resource.embedded || !queryUpdateDataLayers.has(layer))
    return false;
  if (type === "update" && resource.postgres?.call.body?.some((call) => call.name === "manage_tenant"))
    return false;
  return true;
}
function nonAtomicActions(resource) {
  if (!resource.use?.ash || resource.embedded)
    return [];
  const globals = [];
  for (const section of resource.sections) {
    if (section.name !== "changes")
      continue;
    for (const call of section.body ?? []) {
      const change = functionChange(call, true);
      const on = change && changeRunsOn(call);
      if (change && on)
        globals.push({ change, on });
    }
  }
  const found = [];
  for (const action of resource.actions) {
    if (action.type !== "update" && action.type !== "destroy" || action.fromDefaults)
      continue;
    if (action.call.elision || !updatesByQuery(resource, action.type))
      continue;
    if (findOption(action.options, "manual"))
      continue;
    const requireAtomic = findOption(action.options, "require_atomic?");
    if (requireAtomic && !(requireAtomic.value.kind === "boolean" && requireAtomic.value.value))
      continue;
    const own2 = (action.call.body ?? []).flatMap((call) => functionChange(call, false) ?? []);
    const global = globals.filter((entry) => entry.on.includes(action.type)).map((entry) => entry.change);
    if (own2.length + global.length > 0)
      found.push({ action, changes: [...own2, ...global] });
  }
  return found;
}

// dist/rules/ash-atomic-actions.js
var labels2 = { update: "Update", destroy: "Destroy" };
var ash_atomic_actions_default = defineRule({
  id: "ash-atomic-actions",
  description: "Update and destroy actions with a function `change` set `require_atomic? false` where Ash would warn that they cannot be done atomically",
  severity: "warn"
}, {}, function(model, file) {
  for (const resource of checkedResources(model.ash)) {
    for (const { action, changes } of nonAtomicActions(resource)) {
      const type = action.type;
      const reason = changes.every((change) => change.global) ? "the function `change` of the resource's `changes` block runs on it and has no `atomic/3`" : "its function `change` has no `atomic/3`";
      const message = file.message(`${labels2[type]} action \`${action.name}\` of \`${resource.module}\` cannot be done atomically: ${reason}, so Ash warns at compile time; add \`require_atomic? false\` to the action, or write the change as a module with \`atomic/3\``, { place: action.place });
      relate(message, changes.map((change) => ({
        place: change.place,
        message: change.global ? "function `change` of the `changes` block" : `function \`change\` of \`${action.name}\``
      })));
    }
  }
});

// dist/rules/sql-syntax.js
var sql_syntax_default = defineSyntaxRule({
  id: "sql-syntax",
  description: "Every statement of a sql block parses as PostgreSQL",
  severity: "error"
}, "sql");

// dist/rules/phoenix-context.js
var phoenix_context_default = defineRule({
  id: "phoenix-context",
  description: "Each context subsection defines the module its heading names; a domain lists the resources of the doc that belong to it",
  severity: "warn"
}, {}, function(model, file) {
  const resources = checkedResources(model.ash);
  for (const context of model.contexts ?? []) {
    for (const issue of moduleHeadingIssues(context))
      reportWithRelated(file, issue.reason, issue.place, issue.related);
    const module = context.module;
    const domain = context.domain;
    if (!module || !domain || !domain.complete || domain.allowUnregistered)
      continue;
    const listed = new Set(domain.resources.map((resource) => resource.module.name));
    const at = domain.resourcesSections[0]?.namePlace ?? domain.use.call.place;
    for (const resource of resources) {
      if (resource.domain?.name !== module.name || listed.has(resource.module))
        continue;
      reportWithRelated(file, `Domain \`${module.name}\` does not list resource \`${resource.module}\` in its \`resources\``, at, [
        { place: resource.place, message: `resource \`${resource.module}\` defined here` }
      ]);
    }
  }
  checkDomainCalls(file, model);
});
var ash2Interface = new Set([
  "aggregate",
  "bulk_create",
  "bulk_destroy",
  "bulk_update",
  "calculate",
  "count",
  "create",
  "destroy",
  "get",
  "load",
  "page",
  "read",
  "read_one",
  "reload",
  "run_action",
  "update",
  "first",
  "sum",
  "list",
  "max",
  "min",
  "avg"
].flatMap((name) => [name, name + "!"]).concat(["can", "can?", "exists", "exists?", "stream!"]));
var everyDomainHas = /* @__PURE__ */ new Set(["default_short_name", "spark_dsl_config", "spark_is", "persisted", "module_info", "__info__"]);
var extensionsAddingNoFunctions = /* @__PURE__ */ new Set(["AshGraphql.Domain", "AshJsonApi.Domain", "AshAdmin.Domain"]);
function checkDomainCalls(file, model) {
  const symbols = model.symbols;
  if (!symbols)
    return;
  for (const call of symbols.calls) {
    const domain = symbols.domains.get(call.module);
    if (!domain || !domain.complete || call.module === call.from)
      continue;
    if (domain.extensions.some((extension) => !extensionsAddingNoFunctions.has(extension)))
      continue;
    const name = call.function;
    if (domain.functions.has(name) || everyDomainHas.has(name))
      continue;
    const written = `${call.written}.${name}`;
    if (ash2Interface.has(name)) {
      if (domain.backwardsCompatible)
        continue;
      file.message(`\`${written}\` is Ash 2's domain interface, which \`${domain.module}\` turns off (\`backwards_compatible_interface?: false\`): call \`Ash.${name}\` or a code interface function`, { place: call.place });
      continue;
    }
    const candidates = [...domain.functions.keys()];
    const ending = (text) => /[!?]$/.test(text) ? text.slice(-1) : "";
    const near = closest(name, [...candidates.filter((candidate) => ending(candidate) === ending(name)), ...candidates]);
    const message = file.message(`\`${written}\` is not a function of domain \`${domain.module}\`: neither its code interface nor its functions define it` + (near ? `; did you mean \`${near}\`?` : ""), { place: call.place });
    message.note = excerptHint;
    relate(message, definedHere(near === void 0 ? void 0 : domain.functions.get(near), `\`${near}\` of \`${domain.module}\``));
  }
}

// dist/src/elixir/returns.js
var trailingBlocks = /* @__PURE__ */ new Set(["else_block", "rescue_block", "catch_block", "after_block"]);
function returnedExpressions(clause) {
  if (clause.headOnly)
    return [];
  const block = clause.block;
  const found = [];
  const doBlock = childOfType(clause.node, "do_block");
  if (doBlock) {
    const parts = splitDoBlock(doBlock);
    if (!parts.blocks.some((node3) => node3.type === "else_block"))
      lastOf(parts.statements, found);
    for (const trailing2 of parts.blocks) {
      if (trailing2.type === "rescue_block" || trailing2.type === "catch_block")
        clausesOf(namedChildren(trailing2), found);
    }
  } else {
    const value = keywordValue(clause.node, "do");
    if (value)
      expand(value, found);
  }
  if (found.length === 0)
    return found;
  const elisions = [];
  collectElisions(block, clause.node, elisions);
  return found.filter((node3) => !elisions.some((start) => start >= node3.endIndex));
}
function lastOf(statements, found) {
  const last = statements.filter((node3) => node3.type !== "comment").at(-1);
  if (last)
    expand(last, found);
}
function clausesOf(nodes, found) {
  for (const node3 of nodes) {
    if (node3.type !== "stab_clause")
      continue;
    const body = node3.childForFieldName("right");
    if (body)
      lastOf(namedChildren(body), found);
  }
}
function expand(node3, found) {
  if (node3.type === "tuple") {
    found.push(node3);
    return;
  }
  if (node3.type === "block") {
    lastOf(namedChildren(node3), found);
    return;
  }
  if (node3.type !== "call")
    return;
  const target = node3.childForFieldName("target");
  if (target?.type !== "identifier")
    return;
  const doBlock = childOfType(node3, "do_block");
  switch (target.text) {
    case "case":
    case "cond": {
      if (doBlock)
        clausesOf(namedChildren(doBlock), found);
      return;
    }
    case "if":
    case "unless":
    case "with": {
      if (doBlock) {
        const parts = splitDoBlock(doBlock);
        lastOf(parts.statements, found);
        const elseBlock = parts.blocks.find((child) => child.type === "else_block");
        if (!elseBlock)
          return;
        if (target.text === "with")
          clausesOf(namedChildren(elseBlock), found);
        else
          lastOf(namedChildren(elseBlock), found);
        return;
      }
      const value = keywordValue(node3, "do");
      if (value)
        expand(value, found);
      const otherwise = target.text === "with" ? void 0 : keywordValue(node3, "else");
      if (otherwise)
        expand(otherwise, found);
      return;
    }
    default:
      return;
  }
}
function splitDoBlock(doBlock) {
  const statements = [];
  const blocks = [];
  for (const child of namedChildren(doBlock))
    (trailingBlocks.has(child.type) ? blocks : statements).push(child);
  return { statements, blocks };
}
function keywordValue(call, key) {
  const args = childOfType(call, "arguments");
  const keywords = args ? childOfType(args, "keywords") : void 0;
  if (!keywords)
    return void 0;
  for (const pair of namedChildren(keywords)) {
    if (pair.type !== "pair")
      continue;
    const written = pair.childForFieldName("key")?.text.trim();
    if (written === key + ":")
      return pair.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function collectElisions(block, node3, starts) {
  const stack = [node3];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const child of namedChildren(current)) {
      if (isElision(block, child))
        starts.push(child.startIndex);
      else if (child.namedChildCount > 0)
        stack.push(child);
    }
  }
}
function childOfType(node3, type) {
  return namedChildren(node3).find((child) => child.type === type);
}
function namedChildren(node3) {
  return node3.namedChildren.filter((child) => child !== null);
}

// dist/rules/liveview-component.js
var labels3 = { live_view: "LiveView", live_component: "LiveComponent" };
var liveview_component_default = defineRule({
  id: "liveview-component",
  description: "LiveViews and LiveComponents render (render/1 or a template) and define their callbacks with the right arity, handle_event/3 matches string event names",
  severity: "warn"
}, {}, function(model, file) {
  for (const component of model.liveViews ?? []) {
    for (const issue of moduleHeadingIssues(component))
      reportWithRelated(file, issue.reason, issue.place, issue.related);
    const module = component.module;
    const kind = component.kind;
    if (!module || !kind)
      continue;
    const label2 = `${labels3[kind]} \`${module.name}\``;
    const complete = module.complete && !component.looseIncomplete;
    checkCallback(file, component, complete, label2, kind, "mount", void 0);
    const renders = component.render !== void 0 || component.template !== void 0;
    checkCallback(file, component, complete, label2, kind, "render", renders ? void 0 : `${label2} does not define \`render/1\` and names no template: define \`render/1\`, call \`embed_templates\`, or name its \`.html.heex\` template in the subsection`);
    checkCallback(file, component, complete, label2, kind, "handle_event", void 0);
    checkEvents(file, component, label2);
    checkReturns(file, component, kind, label2);
    const symbols = model.symbols?.liveViews.get(module.name);
    if (kind === "live_view" && complete && symbols?.component === component)
      checkSentEvents(file, symbols, component, label2);
  }
});
function checkCallback(file, component, complete, label2, kind, name, missing) {
  const callback = liveViewCallbacks[kind].find((entry) => entry.name === name);
  const all2 = functionsNamed(component.functions, name);
  const isPublic = (fn) => fn.kind === "def" || fn.kind === "defdelegate" || fn.kind === "defmacro";
  const accepts = (fn) => fn.minArity <= callback.arity && callback.arity <= fn.arity;
  if (all2.some((fn) => isPublic(fn) && accepts(fn)))
    return;
  const others = all2.filter(isPublic);
  for (const fn of others) {
    const count = callback.arity === 1 ? "1 argument" : `${callback.arity} arguments`;
    file.message(`${label2} defines \`${name}/${fn.arity}\`: a ${label2.split(" ")[0]}'s \`${name}\` takes ${count} (${callback.params})`, { place: fn.place });
  }
  if (others.length > 0)
    return;
  const hidden = all2.find((fn) => !isPublic(fn) && accepts(fn));
  if (hidden) {
    file.message(`${label2} defines \`${name}/${callback.arity}\` with \`${hidden.kind}\`: a callback must be public (\`def\`)`, { place: hidden.place });
    return;
  }
  if (missing !== void 0 && complete && component.module)
    file.message(missing, { place: component.module.place });
}
function checkEvents(file, component, label2) {
  for (const { clause, event } of component.events) {
    if (clause.kind !== "def" || clause.params.length !== 3 || !event)
      continue;
    if (event.kind === "atom") {
      file.message(`\`handle_event\` of ${label2} matches the event \`${event.text}\`, an atom: event names arrive as strings (\`"${event.name}"\`)`, { place: event.place });
    } else if (event.kind === "literal") {
      file.message(`\`handle_event\` of ${label2} matches the event with \`${short(event.text)}\`, which is not a string: event names arrive as strings`, { place: event.place });
    }
  }
}
function checkReturns(file, component, kind, label2) {
  for (const fn of component.functions) {
    if (fn.kind !== "def")
      continue;
    const expected = Object.hasOwn(liveViewReturns[kind], fn.name) ? liveViewReturns[kind][fn.name] : void 0;
    const callback = liveViewCallbacks[kind].find((entry) => entry.name === fn.name);
    if (!expected || !callback || fn.arity !== callback.arity)
      continue;
    const wrong = expected.tag === "ok" ? ":noreply" : ":ok";
    for (const clause of fn.clauses) {
      for (const node3 of returnedExpressions(clause)) {
        if (!isPair(node3, wrong))
          continue;
        file.message(`\`${fn.name}/${fn.arity}\` of ${label2} returns \`${pairText(node3, wrong)}\`: it must return ${expected.forms}`, {
          place: placeOfNode(clause.block, node3)
        });
      }
    }
  }
}
function pairText(tuple, tag) {
  const text = tuple.text.replace(/\s+/g, " ");
  return text.length <= 40 ? text : `{${tag}, \u2026}`;
}
function isPair(tuple, tag) {
  const elements = tuple.namedChildren.filter((child) => child !== null && child.type !== "comment");
  return elements.length === 2 && elements[0].type === "atom" && elements[0].text === tag;
}
function short(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? line.slice(0, 39) + "\u2026" : line;
}
function checkSentEvents(file, symbols, component, label2) {
  if (!symbols.templateShown || symbols.catchAll || symbols.hooks)
    return;
  if ((component.module?.uses ?? []).some((use) => use !== component.use))
    return;
  if (component.events.length === 0 && component.use?.module.name !== "Phoenix.LiveView")
    return;
  const reported = /* @__PURE__ */ new Set();
  for (const event of symbols.sent) {
    if (symbols.handlers.has(event.name) || symbols.prefixes.some((prefix) => event.name.startsWith(prefix.name)))
      continue;
    const key = `${event.place.start.line}:${event.place.start.column}`;
    if (reported.has(key))
      continue;
    reported.add(key);
    const near = closest(event.name, symbols.handlers.keys());
    const definition = near === void 0 ? void 0 : symbols.handlers.get(near);
    const message = file.message(`\`${event.binding}="${event.name}"\` sends the event \`${event.name}\` to ${label2}, which has no \`handle_event("${event.name}", \u2026)\` clause` + (near ? `: did you mean \`"${near}"\`?` : ""), { place: event.place });
    message.note = excerptHint;
    relate(message, definedHere(definition, `\`handle_event("${near}", \u2026)\` of ${label2}`));
  }
}

// dist/rules/rest-endpoints.js
var form = "`` `METHOD /path` - description ``";
var rest_endpoints_default = defineRule({
  id: "rest-endpoints",
  description: "REST endpoints are `METHOD /path` - description, with a known method, a `/path` with `:param` segments, no duplicates",
  severity: "error"
}, {}, function(model, file) {
  const seen = /* @__PURE__ */ new Map();
  for (const endpoint of model.endpoints ?? []) {
    const { code, method, path } = endpoint;
    if (!code || !method && !path) {
      const found = endpoint.text === "" ? "an empty item" : `\`${short2(endpoint.text)}\``;
      file.message(`Expected an endpoint ${form}, found ${found}`, { place: endpoint.place });
      continue;
    }
    const written = code.text;
    if (!method) {
      file.message(`Endpoint \`${written}\` has no HTTP method: expected \`\` \`METHOD ${written}\` \`\``, { place: code.place });
    } else if (!method.known) {
      file.message(`Unknown HTTP method \`${method.text}\` in \`${written}\`: expected one of ${httpMethods.join(", ")}`, { place: method.place });
    } else if (method.text !== method.name) {
      file.message(`HTTP method \`${method.text}\` in \`${written}\` must be upper-case: \`${method.name}\``, { place: method.place });
    }
    if (!path) {
      file.message(`Endpoint \`${written}\` has no path: expected \`\` \`${method?.text ?? "METHOD"} /path\` \`\``, { place: code.place });
    } else {
      if (!path.text.startsWith("/")) {
        file.message(`Path \`${path.text}\` in \`${written}\` must start with \`/\``, { place: path.place });
      }
      for (const segment of path.params) {
        if (segment.kind === "braces" || segment.kind === "angle") {
          const name = segment.name === "" ? "name" : segment.name;
          file.message(`Path parameter \`${segment.text}\` in \`${written}\`: use \`:${name}\` instead of \`${segment.text}\``, { place: segment.place });
        } else if (segment.name === "") {
          file.message(`Path parameter \`${segment.text}\` in \`${written}\` has no name`, { place: segment.place });
        }
      }
    }
    if (endpoint.extra) {
      file.message(`Unexpected \`${endpoint.extra.text}\` after the path in \`${written}\`: expected ${form}`, { place: endpoint.extra.place });
    }
    if (endpoint.trailing) {
      file.message(`Expected \` - \` between \`${written}\` and its description, found \`${short2(endpoint.trailing.text)}\``, { place: endpoint.trailing.place });
    } else if (!endpoint.description) {
      file.message(`Endpoint \`${written}\` has no description: expected \`\` \`${written}\` - what it does \`\``, { place: endpoint.place });
    }
    if (endpoint.routeKey !== void 0) {
      const first = seen.get(endpoint.routeKey);
      if (!first) {
        seen.set(endpoint.routeKey, endpoint);
      } else {
        const firstText = first.code.text;
        reportWithRelated(file, firstText === written ? `Duplicate endpoint \`${written}\` (first listed above)` : `Duplicate endpoint \`${written}\`: the same route as \`${firstText}\` above`, code.place, [{ place: first.code.place, message: firstText === written ? "first listed here" : `\`${firstText}\` listed here` }]);
      }
    }
  }
});
function short2(text) {
  return text.length > 40 ? text.slice(0, 39) + "\u2026" : text;
}

// dist/src/join/mappings.js
var anyEnum = "<enum>";
var anyScalar = "<scalar>";
var ashToSql = {
  uuid: ["uuid"],
  uuid_v7: ["uuid"],
  string: ["text", "character varying"],
  ci_string: ["citext"],
  integer: ["integer", "bigint", "smallint", "serial", "bigserial", "smallserial"],
  boolean: ["boolean"],
  decimal: ["numeric"],
  float: ["double precision", "real"],
  date: ["date"],
  time: ["time without time zone"],
  time_usec: ["time without time zone"],
  utc_datetime: ["timestamp without time zone", "timestamp with time zone"],
  utc_datetime_usec: ["timestamp without time zone", "timestamp with time zone"],
  naive_datetime: ["timestamp without time zone", "timestamp with time zone"],
  naive_datetime_usec: ["timestamp without time zone", "timestamp with time zone"],
  datetime: ["timestamp without time zone", "timestamp with time zone"],
  map: ["jsonb", "json"],
  keyword: ["jsonb", "json"],
  atom: ["text", "character varying", anyEnum],
  binary: ["bytea"],
  duration_name: ["text", "character varying"]
};
var ashToGraphql = {
  uuid: ["ID"],
  uuid_v7: ["ID"],
  string: ["String"],
  ci_string: ["String"],
  integer: ["Int"],
  boolean: ["Boolean"],
  decimal: ["Float", "Decimal", anyScalar],
  float: ["Float", anyScalar],
  date: ["Date"],
  time: ["Time"],
  time_usec: ["Time"],
  utc_datetime: ["DateTime", "UtcDateTime", "NaiveDateTime", "Timestamp"],
  utc_datetime_usec: ["DateTime", "UtcDateTime", "NaiveDateTime", "Timestamp"],
  naive_datetime: ["NaiveDateTime", "DateTime", "Timestamp"],
  naive_datetime_usec: ["NaiveDateTime", "DateTime", "Timestamp"],
  datetime: ["DateTime", "UtcDateTime", "NaiveDateTime", "Timestamp"],
  map: ["JsonString", "Json", "JSON", "Map"],
  struct: ["JsonString", "Json", "JSON", "Map"],
  // AshGraphql makes an `:atom` a `String`, `one_of` or not; a hand-written schema may give an enum.
  atom: ["String", anyEnum],
  term: ["String"],
  duration_name: ["DurationName", "String"],
  file: ["Upload"]
};
function mergeMapping(defaults, overrides) {
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(overrides ?? {}))
    merged[key.replace(/^:/, "")] = value;
  return merged;
}
var mappingSchema = {
  type: "object",
  additionalProperties: { type: "array", items: { type: "string", minLength: 1 } }
};

// dist/src/join/messages.js
function attributeLabel(attribute, resource) {
  return `Attribute \`${attribute.name}\` of \`${resource.module}\``;
}
function attributeWhere(attribute) {
  if (attribute.origin === "timestamps")
    return "from `timestamps()`";
  if (attribute.origin === "belongs_to")
    return `from \`belongs_to :${attribute.relationship ?? attribute.name}\``;
  return "";
}
function inParentheses(text) {
  return text ? ` (${text})` : "";
}
function attributeRelated(attribute) {
  return { place: attribute.place, message: `attribute \`${attribute.name}\` defined here` };
}
function attributeNonNull(attribute) {
  return !attribute.allowNil || attribute.primaryKey;
}
function nonNullClaim(attribute) {
  const where = inParentheses(attributeWhere(attribute));
  if (attribute.primaryKey)
    return `is the primary key${where}`;
  if (attribute.origin === "timestamps" || attribute.origin === "create_timestamp" || attribute.origin === "update_timestamp") {
    return `is never nil${where}`;
  }
  return `is \`allow_nil?: false\`${where}`;
}
function nullableClaim(attribute) {
  return `allows nil${inParentheses(attributeWhere(attribute))}`;
}
function attributeTypeText(attribute) {
  return attribute.type?.text ?? "?";
}

// dist/src/join/identities.js
var dataLayer = "AshPostgres.DataLayer";
var decidingSections = /* @__PURE__ */ new Set(["identities", "postgres", "multitenancy"]);
var readStatements = /* @__PURE__ */ new Set(["CreateStmt", "AlterTableStmt", "IndexStmt"]);
var plainColumn = /^[a-z_][a-z0-9_]*$/;
function identitiesWithoutUniqueIndex(model, joined) {
  const resource = joined.resource;
  const table = joined.table;
  if (!resource || !table || resource.identities.length === 0)
    return [];
  if (!resourceShownWhole(resource) || !tableShownWhole(table) || !schemaReadWhole(model))
    return [];
  const postgres = readPostgresOptions(resource);
  if (!postgres)
    return [];
  const tenantAttribute = tenantOf(resource);
  if (tenantAttribute === null)
    return [];
  const columnOf = (attribute) => {
    const entry = joined.columns.find((candidate) => candidate.attribute.name === attribute);
    return entry?.column ? entry.name : void 0;
  };
  const tenant = tenantAttribute === void 0 ? void 0 : columnOf(tenantAttribute) ?? tenantAttribute;
  const uniqueSets = [...tableUniqueSets(table), ...postgres.customUniqueSets.map((fields) => fields.map((field) => columnOf(field) ?? field))];
  const uncovered = [];
  for (const identity of resource.identities) {
    const keysValue = identity.call.args[1];
    if (!keysValue || !atomList(keysValue) || identity.keys.length === 0)
      continue;
    if (postgres.skipped.has(identity.name))
      continue;
    const keys = identity.keys.map((key) => columnOf(key.name));
    if (keys.some((key) => key === void 0))
      continue;
    const allTenants = findOption(identity.options, "all_tenants?")?.value;
    if (allTenants && allTenants.kind !== "boolean")
      continue;
    const withTenant = tenant !== void 0 && !(allTenants?.kind === "boolean" && allTenants.value);
    const columns = unique(withTenant ? [tenant, ...keys] : keys);
    const allowed = new Set(columns);
    if (uniqueSets.some((set) => set.every((column) => allowed.has(column))))
      continue;
    uncovered.push({
      identity,
      keysPlace: keysValue.place,
      table,
      columns,
      tenant: withTenant ? tenant : void 0,
      indexName: postgres.indexNames.get(identity.name) ?? `${table.name}_${identity.name}_index`,
      nonUnique: table.indexes.find((index) => !index.unique && sameSet(indexColumns(index), columns))
    });
  }
  return uncovered;
}
function resourceShownWhole(resource) {
  if (resource.syntaxError || !resource.use?.ash || resource.fragments.length > 0)
    return false;
  if (resource.dataLayer?.module?.name !== dataLayer)
    return false;
  if (resource.postgres?.polymorphic)
    return false;
  if (resource.call.elision)
    return false;
  return !resource.sections.some((section) => decidingSections.has(section.name) && section.elision);
}
function tableShownWhole(table) {
  return Boolean(table.created) && !table.excerpt && !table.otherUniqueness;
}
var readWhole = /* @__PURE__ */ new WeakMap();
function schemaReadWhole(model) {
  let whole = readWhole.get(model);
  if (whole === void 0) {
    whole = readsWhole(model);
    readWhole.set(model, whole);
  }
  return whole;
}
function readsWhole(model) {
  for (const block of model.blocks) {
    const code = block.code;
    if (code?.language === "sql") {
      if (code.errors.length > 0)
        return false;
      for (const statement of code.statements) {
        const kind = statement.stmt ? Object.keys(statement.stmt)[0] : void 0;
        if (kind && readStatements.has(kind))
          continue;
        if (/\bunique\b/i.test(block.value.slice(statement.start, statement.end)))
          return false;
      }
    } else if (code?.language === "elixir" && /unique_index|unique\s+index/i.test(block.value)) {
      return false;
    }
  }
  return true;
}
function tenantOf(resource) {
  const multitenancy = resource.multitenancy;
  if (!multitenancy)
    return void 0;
  if (multitenancy.strategy === "context")
    return void 0;
  if (multitenancy.strategy !== "attribute" || !multitenancy.attribute)
    return null;
  return multitenancy.attribute.name;
}
function readPostgresOptions(resource) {
  const result = { skipped: /* @__PURE__ */ new Set(), indexNames: /* @__PURE__ */ new Map(), customUniqueSets: [] };
  const postgres = resource.postgres;
  if (!postgres)
    return result;
  const skip = findOption(postgres.options, "skip_unique_indexes")?.value;
  if (skip) {
    const atoms = atomList(skip);
    if (!atoms)
      return void 0;
    for (const atom of atoms)
      result.skipped.add(atom.value);
  }
  const names = findOption(postgres.options, "identity_index_names")?.value;
  for (const pair of keywordPairs(names) ?? []) {
    if (pair.value.kind === "string" && !pair.value.interpolated)
      result.indexNames.set(pair.key, pair.value.value);
  }
  for (const section of postgres.call.body ?? []) {
    if (section.name === "custom_statements") {
      if (/\bunique\b/i.test(section.node.text))
        return void 0;
    } else if (section.name === "custom_indexes") {
      if (section.elision)
        return void 0;
      for (const call of section.body ?? []) {
        const fields = customUniqueIndex(call);
        if (fields === null)
          return void 0;
        if (fields)
          result.customUniqueSets.push(fields);
      }
    }
  }
  return result;
}
function customUniqueIndex(call) {
  if (call.name !== "index")
    return void 0;
  const unique2 = findOption(entityOptions(call), "unique")?.value;
  if (!unique2)
    return void 0;
  if (unique2.kind !== "boolean")
    return null;
  if (!unique2.value)
    return void 0;
  const value = call.args[0] ?? findOption(entityOptions(call), "fields")?.value;
  const items = value?.kind === "list" && value.pairs.length === 0 ? value.items : value ? [value] : [];
  const fields = [];
  for (const item of items) {
    const field = item.kind === "tuple" && item.items.length === 2 ? item.items[1] : item;
    if (field.kind === "atom")
      fields.push(field.value);
    else if (field.kind === "string" && !field.interpolated && plainColumn.test(field.value))
      fields.push(field.value);
    else
      return null;
  }
  return fields.length > 0 ? fields : null;
}
function tableUniqueSets(table) {
  const sets = [];
  const primaryKey = table.columns.filter((column) => column.primaryKey).map((column) => column.name);
  if (primaryKey.length > 0)
    sets.push(primaryKey);
  for (const constraint of table.uniques)
    sets.push(constraint.columns);
  for (const index of table.indexes)
    if (index.unique)
      sets.push(indexColumns(index));
  return sets;
}
function indexColumns(index) {
  return unique([...index.columns.filter((column) => column !== void 0), ...index.expressionColumns]);
}
function unique(values) {
  return [...new Set(values)];
}
function sameSet(a, b) {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((value) => left.has(value));
}

// dist/rules/consistency-ash-sql.js
var knownSqlTypes = /* @__PURE__ */ new Set([
  "text",
  "varchar",
  "bpchar",
  "name",
  "citext",
  "int2",
  "int4",
  "int8",
  "serial",
  "bigserial",
  "smallserial",
  "numeric",
  "float4",
  "float8",
  "money",
  "bool",
  "uuid",
  "date",
  "time",
  "timetz",
  "timestamp",
  "timestamptz",
  "interval",
  "json",
  "jsonb",
  "bytea",
  "xml",
  "inet",
  "cidr",
  "macaddr",
  "tsvector",
  "point",
  "bit",
  "varbit"
]);
var consistency_ash_sql_default = defineRule({
  id: "consistency-ash-sql",
  description: "The attributes of an Ash resource and the columns of its table agree: a column per attribute, types, nullability, primary key, `one_of` values, references, unique indexes of identities",
  severity: "error",
  schema: {
    type: "object",
    properties: { types: mappingSchema },
    additionalProperties: false
  }
}, { types: {} }, function(model, file, options) {
  const join = joinFor(model);
  const sql = model.sql;
  if (!sql)
    return;
  const mapping = mergeMapping(ashToSql, options.types);
  const slips = checkTableNames(file, model.sql, join);
  for (const joined of join.resources) {
    const resource = joined.resource;
    const table = joined.table;
    if (!resource || !table)
      continue;
    for (const entry of joined.columns) {
      const { attribute, column } = entry;
      if (!column) {
        if (entry.dropped) {
          const { place, renamedTo } = entry.dropped;
          const how = renamedTo ? `renamed to \`${renamedTo}\`` : "dropped";
          reportWithRelated(file, `${attributeLabel(attribute, resource)}${inParentheses(attributeWhere(attribute))} has no column: column \`${table.name}.${entry.name}\` is ${how}`, place, [attributeRelated(attribute)]);
        } else if (table.created) {
          const named = entry.name === attribute.name ? "" : ` \`${entry.name}\``;
          reportWithRelated(file, `${attributeLabel(attribute, resource)}${inParentheses(attributeWhere(attribute))} has no column${named} in table \`${table.name}\``, attribute.place, [{ place: table.place, message: `table \`${table.name}\` created here` }]);
        }
        continue;
      }
      const primaryKeyReported = checkPrimaryKey2(file, resource, attribute, column);
      if (!primaryKeyReported)
        checkNullability(file, resource, attribute, column);
      checkType2(file, join, sql, mapping, resource, attribute, column);
      checkOneOf(file, sql, resource, attribute, column);
      if (!slips.has(column))
        checkReference(file, join, joined, attribute, column);
    }
    for (const uncovered of identitiesWithoutUniqueIndex(model, joined))
      reportIdentity(file, resource, uncovered);
  }
});
function reportIdentity(file, resource, uncovered) {
  const { identity, table, columns, tenant, nonUnique } = uncovered;
  const qualified = (table.schema ? table.schema + "." : "") + table.name;
  const quoted = columns.map((column) => "`" + column + "`");
  const on = columns.length === 1 ? `column \`${table.name}.${columns[0]}\`` : `columns ${joinWords(quoted, "and")} of table \`${table.name}\``;
  const withTenant = tenant ? ` (with the tenant attribute \`${tenant}\`)` : "";
  const partial = findOption(identity.options, "where") ? " WHERE \u2026" : "";
  const expected = nonUnique ? `index${nonUnique.name ? ` \`${nonUnique.name}\`` : ""} on ${columns.length === 1 ? "it" : "them"} is not UNIQUE` : `expected \`CREATE UNIQUE INDEX ${uncovered.indexName} ON ${qualified} (${columns.join(", ")})${partial}\``;
  reportWithRelated(file, `Identity \`${identity.name}\` of \`${resource.module}\` has no unique index or constraint on ${on}${withTenant}: ${expected}`, uncovered.keysPlace, [
    { place: table.place, message: `table \`${table.name}\` created here` },
    ...nonUnique ? [{ place: nonUnique.place, message: `index${nonUnique.name ? ` \`${nonUnique.name}\`` : ""} (not UNIQUE) here` }] : []
  ]).note = sqlExcerptHint;
}
function columnLabel(column) {
  return `column \`${column.table.name}.${column.name}\``;
}
function checkPrimaryKey2(file, resource, attribute, column) {
  if (attribute.primaryKey === column.primaryKey)
    return false;
  if (!column.primaryKey && !column.known.constraints)
    return false;
  const where = inParentheses(attributeWhere(attribute));
  const reason = attribute.primaryKey ? `${attributeLabel(attribute, resource)} is the primary key${where} but ${columnLabel(column)} is not in the table's PRIMARY KEY` : `${attributeLabel(attribute, resource)} is not a primary key${where} but ${columnLabel(column)} is in the table's PRIMARY KEY`;
  const primaryKey = !attribute.primaryKey && column.primaryKeyPlace && !samePlace(column.primaryKeyPlace, column.place) ? column.primaryKeyPlace : void 0;
  reportWithRelated(file, reason, column.place, [
    attributeRelated(attribute),
    ...primaryKey ? [{ place: primaryKey, message: `PRIMARY KEY of table \`${column.table.name}\` here` }] : []
  ]);
  return true;
}
function checkNullability(file, resource, attribute, column) {
  if (!column.known.nullability)
    return;
  const nonNull = attributeNonNull(attribute);
  if (nonNull && !column.notNull) {
    const place = column.nullabilityPlace ?? column.place;
    reportWithRelated(file, `${attributeLabel(attribute, resource)} ${nonNullClaim(attribute)} but ${columnLabel(column)} is nullable`, place, [attributeRelated(attribute)]);
  } else if (!nonNull && column.notNull) {
    const place = column.nullabilityPlace ?? column.place;
    reportWithRelated(file, `${attributeLabel(attribute, resource)} ${nullableClaim(attribute)} but ${columnLabel(column)} is NOT NULL`, place, [attributeRelated(attribute)]);
  }
}
function describeSqlTypes(expected) {
  const parts = expected.filter((name) => name !== anyEnum).map((name) => "`" + name + "`");
  if (expected.includes(anyEnum))
    parts.push("an enum type of the doc");
  return joinWords(parts, "or");
}
function checkType2(file, join, sql, mapping, resource, attribute, column) {
  const type = column.type;
  if (!column.known.type || !type)
    return;
  if (checkPostgresType(file, resource, attribute, column))
    return;
  const resolved = resolveType(join, attribute.type, mapping, "storage");
  if (!resolved || resolved.module)
    return;
  const expected = mapping[resolved.name];
  if (!expected)
    return;
  const isEnum = sql.enums.has(type.name);
  if (!isEnum && !knownSqlTypes.has(type.name))
    return;
  const arrays = resolved.arrays > 0;
  const columnArray = type.arrayDimensions > 0;
  const matches = arrays === columnArray && expected.some((name) => name === anyEnum ? isEnum : catalogTypeName(name) === type.name);
  if (matches)
    return;
  const stored = resolved.name !== baseName(attribute) ? `stored as \`:${resolved.name}\`` : "";
  const wanted = (arrays ? "an array of " : "") + describeSqlTypes(expected);
  const notes = [stored, attributeWhere(attribute)].filter(Boolean).join(", ");
  reportWithRelated(file, `${attributeLabel(attribute, resource)} is \`${attributeTypeText(attribute)}\`${inParentheses(notes)} but ${columnLabel(column)} is \`${type.text}\`: expected ${wanted}`, type.place, [attributeRelated(attribute)]);
}
var ectoColumnTypes = {
  string: "character varying",
  varchar: "character varying",
  text: "text",
  citext: "citext",
  integer: "integer",
  bigint: "bigint",
  smallint: "smallint",
  float: "double precision",
  decimal: "numeric",
  numeric: "numeric",
  boolean: "boolean",
  uuid: "uuid",
  binary_id: "uuid",
  binary: "bytea",
  map: "jsonb",
  jsonb: "jsonb",
  json: "json",
  date: "date",
  time: "time without time zone",
  naive_datetime: "timestamp without time zone",
  naive_datetime_usec: "timestamp without time zone",
  utc_datetime: "timestamp without time zone",
  utc_datetime_usec: "timestamp without time zone",
  timestamptz: "timestamp with time zone"
};
function checkPostgresType(file, resource, attribute, column) {
  const postgres = resource.postgres;
  if (!postgres || !column.type)
    return false;
  for (const key of ["migration_types", "storage_types"]) {
    const value = findOption(postgres.options, key)?.value;
    const pairs = value?.kind === "keyword" || value?.kind === "list" ? value.pairs : [];
    const pair = pairs.find((candidate) => candidate.key === attribute.name);
    if (!pair)
      continue;
    let written = pair.value;
    let array = false;
    if (written.kind === "tuple" && written.items[0]?.kind === "atom" && written.items[0].value === "array" && written.items[1]) {
      array = true;
      written = written.items[1];
    }
    if (written.kind === "tuple" && written.items[0])
      written = written.items[0];
    if (written.kind !== "atom")
      return true;
    const expected = ectoColumnTypes[written.value];
    if (!expected)
      return true;
    const type = column.type;
    if (catalogTypeName(expected) === type.name && array === type.arrayDimensions > 0)
      return true;
    if (!knownSqlTypes.has(type.name))
      return true;
    reportWithRelated(file, `${attributeLabel(attribute, resource)} has \`${key}\` \`${shortText(pair.value.text)}\` in its \`postgres\` block but ${columnLabel(column)} is \`${type.text}\`: expected ${array ? "an array of " : ""}\`${expected}\``, type.place, [{ place: pair.place, message: `\`${key}\` of attribute \`${attribute.name}\` here` }]);
    return true;
  }
  return false;
}
function baseName(attribute) {
  let type = attribute.type;
  while (type?.kind === "array")
    type = type.of;
  return type?.kind === "atom" ? type.name : type?.kind === "module" ? type.module.name : void 0;
}
function sameSet2(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}
function checkOneOf(file, sql, resource, attribute, column) {
  const allowed = oneOf(attribute.options);
  if (!allowed)
    return;
  const enumType = column.known.type && column.type ? sql.enums.get(column.type.name) : void 0;
  let values;
  let where;
  let place;
  const related = [{ place: allowed.place, message: `\`one_of\` of attribute \`${attribute.name}\` here` }];
  if (column.checkIn) {
    values = column.checkIn.values;
    where = "CHECK";
    place = column.checkIn.place;
  } else if (enumType) {
    values = enumType.labels;
    where = `enum \`${enumType.name}\``;
    place = column.type.place;
    related.push({ place: enumType.place, message: `enum \`${enumType.name}\` created here` });
  } else
    return;
  if (sameSet2(allowed.values, values))
    return;
  const atoms = "[" + allowed.values.map((value) => ":" + value).join(", ") + "]";
  const quoted = values.map((value) => "'" + value + "'").join(", ");
  reportWithRelated(file, `${attributeLabel(attribute, resource)} allows \`one_of: ${atoms}\` but ${columnLabel(column)} allows ${quoted} (${where})`, place, related);
}
function checkReference(file, join, joined, attribute, column) {
  if (!column.references && !column.known.constraints)
    return;
  const resource = joined.resource;
  const relationship = resource.relationships.find((candidate) => candidate.kind === "belongs_to" && candidate.sourceAttribute === attribute.name);
  if (!relationship?.destination)
    return;
  const destination = join.byModule.get(relationship.destination.name);
  if (!destination?.resource || !destination.tableName)
    return;
  const claim = `\`belongs_to :${relationship.name}\` of \`${resource.module}\` points at table \`${destination.tableName}\` of \`${destination.module}\``;
  const related = [{ place: relationship.place, message: `\`belongs_to :${relationship.name}\` defined here` }];
  if (!column.references) {
    reportWithRelated(file, `${claim} but ${columnLabel(column)} has no REFERENCES`, column.place, related);
  } else if (column.references.table !== destination.tableName) {
    reportWithRelated(file, `${claim} but ${columnLabel(column)} REFERENCES \`${column.references.table}\``, column.references.place, related);
  }
}
function checkTableNames(file, sql, join) {
  const reported = /* @__PURE__ */ new Set();
  const tables = [...sql.tables.values()];
  const shown = tables.filter((table) => table.created).map((table) => table.name);
  const singularSchema = join.resources.some((joined) => shown.includes(snakeCase(lastSegment(joined.module))));
  const conventional = /* @__PURE__ */ new Map();
  if (!singularSchema) {
    for (const joined of join.resources)
      conventional.set(joined.tableName ?? pluralName(joined.module), joined.module);
  }
  for (const table of tables) {
    for (const column of table.columns) {
      const reference2 = column.references;
      if (!reference2 || reference2.schema || sql.tables.get(reference2.table)?.created)
        continue;
      const near = tableNearMiss(reference2.table, shown);
      if (near) {
        reported.add(column);
        const message = file.message(`\`${table.name}.${column.name}\` REFERENCES \`${reference2.table}\`, which the doc does not create: did you mean \`${near}\`?`, { place: reference2.place });
        relate(message, definedHere({ name: near, place: sql.tables.get(near).place }, `Table \`${near}\``));
        continue;
      }
      const conventionalTable = tableNearMiss(reference2.table, conventional.keys());
      if (conventionalTable && !sql.tables.has(conventionalTable)) {
        reported.add(column);
        file.message(`\`${table.name}.${column.name}\` REFERENCES \`${reference2.table}\`, but the table of \`${conventional.get(conventionalTable)}\` is \`${conventionalTable}\`: did you mean \`${conventionalTable}\`?`, { place: reference2.place });
      }
    }
    if (table.created)
      continue;
    for (const source of table.alters) {
      const subsection = source.block.subsection;
      const named = subsection?.form?.form.heading.startsWith("Table:") ? subsection.name : void 0;
      if (!named || !tableNearMiss(table.name, [named]))
        continue;
      const inStatement = table.place.start.offset !== void 0 && source.place.start.offset !== void 0 && table.place.start.offset >= source.place.start.offset && table.place.end.offset <= source.place.end.offset;
      const message = file.message(`\`ALTER TABLE ${table.name}\` under \`### ${subsection.heading.text}\`: did you mean \`${named}\`?`, { place: inStatement ? table.place : source.place });
      relate(message, definedHere({ name: named, place: subsection.heading.position }, `\`### ${subsection.heading.text}\``));
      break;
    }
  }
  return reported;
}
function samePlace(a, b) {
  return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}

// dist/rules/consistency-ash-graphql.js
var specifiedScalars = /* @__PURE__ */ new Set(["String", "Int", "Float", "Boolean", "ID"]);
var consistency_ash_graphql_default = defineRule({
  id: "consistency-ash-graphql",
  description: "The fields of a resource's GraphQL type agree with its attributes, relationships and calculations in nullability and type; Mutation fields match the declared mutations",
  severity: "error",
  schema: {
    type: "object",
    properties: {
      types: mappingSchema,
      typeNames: { type: "object", additionalProperties: { type: "string", pattern: "^[_A-Za-z][_0-9A-Za-z]*$" } }
    },
    additionalProperties: false
  }
}, { types: {}, typeNames: {} }, function(model, file, options) {
  const graphql = model.graphql;
  if (!graphql)
    return;
  const join = joinFor(model, { graphqlTypeNames: options.typeNames });
  const mapping = mergeMapping(ashToGraphql, options.types);
  const context = { file, join, graphql, mapping };
  for (const joined of join.resources) {
    const resource = joined.resource;
    if (!resource || !joined.graphqlType)
      continue;
    for (const { field, target } of joined.fields) {
      if (target?.kind === "attribute")
        checkAttribute(context, resource, target.attribute, field, joined.graphqlOptions);
      else if (target?.kind === "relationship")
        checkRelationship(context, resource, target.relationship, field);
      else if (target?.kind === "calculation")
        checkCalculation(context, resource, target.calculation, field);
    }
  }
  checkMutations(context, model);
});
function checkMutations(context, model) {
  for (const missing of unresolvedMutations(model, context.join)) {
    if (missing.mode !== "declared")
      continue;
    const { field, nearest: nearest2, owner } = missing;
    if (nearest2) {
      const of = nearest2.resource ? ` of \`${nearest2.resource}\`` : "";
      reportWithRelated(context.file, `Mutation \`${field.name}\` matches no mutation of the doc's \`graphql\` blocks: did you mean \`${nearest2.field}\`?`, field.place, [{ place: nearest2.definition.place, message: `${nearest2.label}${of} defined here` }]);
    } else if (owner) {
      const names = owner.names.length === 0 ? "the doc gives it none" : owner.names.length === 1 ? `its one mutation is \`${owner.names[0]}\`` : `its mutations are ${listCode(owner.names, "and")}`;
      reportWithRelated(context.file, `Mutation \`${field.name}\` matches no mutation or action of \`${owner.module}\`: ${names}`, field.place, [
        { place: owner.block.place, message: `${owner.block.label} here` }
      ]).note = excerptHint;
    }
  }
}
function fieldLabel(field) {
  return `field \`${field.parent.name}.${field.name}\``;
}
function fieldIs(field) {
  return `${fieldLabel(field)} is \`${typeRefText(field.type)}\``;
}
function report(context, source, field, reason, more = []) {
  reportWithRelated(context.file, reason, field.typePlace, [source.related, ...more]);
}
function checkNullability2(context, source, field) {
  const nonNull = isNonNull(field.type);
  if (nonNull === source.nonNull)
    return;
  const state = nonNull ? "non-null" : "nullable";
  report(context, source, field, `${source.label} ${source.nullability} but ${fieldLabel(field)} is ${state} \`${typeRefText(field.type)}\``);
}
var absintheScalars = { string: "String", integer: "Int", float: "Float", boolean: "Boolean", id: "ID" };
function checkAttribute(context, resource, attribute, field, graphqlOptions) {
  const nonNull = attributeNonNull(attribute);
  const source = {
    label: attributeLabel(attribute, resource),
    where: attributeWhere(attribute),
    nonNull,
    nullability: nonNull ? nonNullClaim(attribute) : nullableClaim(attribute),
    related: attributeRelated(attribute)
  };
  if (!(graphqlOptions.nullableFields.has(attribute.name) && !isNonNull(field.type)))
    checkNullability2(context, source, field);
  if (graphqlOptions.attributeTypes.has(attribute.name)) {
    const override = graphqlOptions.attributeTypes.get(attribute.name);
    if (override === void 0)
      return;
    const expected = absintheScalars[override] ?? pascalCase(override);
    const element = nullableType(field.type);
    if (element.kind === "named" && element.name === expected)
      return;
    report(context, source, field, `${source.label} has \`attribute_types\` \`:${override}\` in its \`graphql\` block but ${fieldIs(field)}: expected \`${expected}\``);
    return;
  }
  if (attribute.primaryKey) {
    const type = nullableType(field.type);
    if (type.kind === "named" && type.name === "ID")
      return;
    report(context, source, field, `${source.label} is the primary key${inParentheses(source.where)} but ${fieldIs(field)}: expected \`ID\``);
    return;
  }
  const foreignKey = resource.relationships.some((relationship) => relationship.kind === "belongs_to" && relationship.sourceAttribute === attribute.name);
  if (foreignKey && nullableType(field.type).kind === "named" && namedType(field.type) === "ID")
    return;
  checkValueType(context, source, attribute.type, attribute.options, field);
}
function checkCalculation(context, resource, calculation, field) {
  const nonNull = booleanOption(calculation.options, "allow_nil?") === false;
  const source = {
    label: `Calculation \`${calculation.name}\` of \`${resource.module}\``,
    where: "",
    nonNull,
    nullability: nonNull ? "is `allow_nil?: false`" : "allows nil",
    related: { place: calculation.place, message: `calculation \`${calculation.name}\` defined here` }
  };
  checkNullability2(context, source, field);
  checkValueType(context, source, calculation.type, calculation.options, field);
}
function listElement(type) {
  const inner = nullableType(type);
  return inner.kind === "list" ? inner.of : void 0;
}
function describeGraphqlTypes(expected) {
  const parts = expected.filter((name) => name !== anyEnum && name !== anyScalar).map((name) => "`" + name + "`");
  if (expected.includes(anyEnum))
    parts.push("an enum");
  if (expected.includes(anyScalar))
    parts.push("a scalar the doc declares");
  return joinWords(parts, "or");
}
function checkValueType(context, source, type, options, field) {
  const resolved = resolveType(context.join, type, context.mapping, "graphql");
  if (!resolved || resolved.module)
    return;
  const typeText = type?.text ?? "?";
  const claim = `${source.label} is \`${typeText}\`${inParentheses(source.where)}`;
  const expected = context.mapping[resolved.name];
  const wanted = expected ? " of " + describeGraphqlTypes(expected) : "";
  let element = field.type;
  for (let level = 0; level < resolved.arrays; level++) {
    const inner = listElement(element);
    if (!inner) {
      report(context, source, field, `${claim} but ${fieldIs(field)}: expected a list${wanted}`);
      return;
    }
    element = inner;
  }
  if (nullableType(element).kind === "list") {
    const single = expected ? describeGraphqlTypes(expected) + ", not a list" : "no list";
    report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${single}`);
    return;
  }
  const named = namedType(element);
  const allowed = resolved.name === "atom" && resolved.arrays === 0 ? oneOf(options) : void 0;
  if (allowed) {
    const expected2 = allowed.values.map((value) => value.toUpperCase());
    const atoms = "[" + allowed.values.map((value) => ":" + value).join(", ") + "]";
    const enumType = context.graphql.enums.get(named);
    if (!enumType) {
      if (context.mapping.atom?.includes(named))
        return;
      report(context, source, field, `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldIs(field)}: expected \`String\` or an enum with the values ${listCode(expected2, "and")}`);
      return;
    }
    const values = enumType.values.map((value) => value.name);
    const same = values.length === expected2.length && expected2.every((value) => values.includes(value));
    if (same)
      return;
    report(context, source, field, `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldLabel(field)} is enum \`${named}\` with the values ${listCode(values, "and")}: expected exactly ${listCode(expected2, "and")}`, [{ place: enumType.place, message: `enum \`${named}\` defined here` }]);
    return;
  }
  if (!expected)
    return;
  const matches = expected.some(function(name) {
    if (name === anyEnum)
      return context.graphql.enums.has(named);
    if (name === anyScalar)
      return context.graphql.scalars.has(named) && !specifiedScalars.has(named);
    return name === named;
  });
  if (matches)
    return;
  report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${describeGraphqlTypes(expected)}`);
}
var toMany = /* @__PURE__ */ new Set(["has_many", "many_to_many"]);
function checkRelationship(context, resource, relationship, field) {
  const where = `\`${relationship.kind}\``;
  const label2 = `Relationship \`${relationship.name}\` of \`${resource.module}\``;
  const related = { place: relationship.place, message: `relationship \`${relationship.name}\` defined here` };
  const many = toMany.has(relationship.kind);
  if (!many) {
    const nonNull = !relationship.allowNil;
    checkNullability2(context, { label: label2, where, nonNull, nullability: nonNull ? `is \`allow_nil?: false\` (${where})` : `allows nil (${where})`, related }, field);
  }
  const destination = relationship.destination ? context.join.byModule.get(relationship.destination.name) : void 0;
  if (!destination?.resource)
    return;
  const name = destination.graphqlTypeName;
  const element = many ? listElement(field.type) : nullableType(field.type);
  if (element && nullableType(element).kind === "named" && namedType(element) === name)
    return;
  const wanted = many ? `a list of \`${name}\`` : `\`${name}\``;
  reportWithRelated(context.file, `${label2} points at \`${destination.module}\` (${where}) but ${fieldIs(field)}: expected ${wanted}`, field.typePlace, [related]);
}

// dist/rules/consistency-unmapped-column.js
var consistency_unmapped_column_default = defineRule({
  id: "consistency-unmapped-column",
  description: "Every column of a table the doc creates maps to an attribute of the table's Ash resource",
  severity: "warn"
}, {}, function(model, file) {
  const join = joinFor(model);
  for (const joined of join.resources) {
    const resource = joined.resource;
    if (!resource || !joined.table || !resource.complete.attributes || !resource.complete.relationships)
      continue;
    const missing = joined.columns.filter((entry) => !entry.column).map((entry) => entry.name);
    for (const column of joined.unmappedColumns) {
      const near = closest(column.name, missing);
      const attribute = near ? joined.columns.find((entry) => entry.name === near)?.attribute : void 0;
      const renamed = resource.attributes.find((candidate) => candidate.name === column.name && candidate.source);
      const hint = renamed ? `: attribute \`${renamed.name}\` is stored in column \`${renamed.source}\` (\`source:\`)` : attribute ? `: did you mean attribute \`${attribute.name}\`?` : "";
      const named = renamed ?? attribute;
      reportWithRelated(file, `Column \`${column.table.name}.${column.name}\` maps to no attribute of \`${resource.module}\`${hint}`, column.place, [
        { place: resource.place, message: `resource \`${resource.module}\` defined here` },
        ...named ? [{ place: named.place, message: `attribute \`${named.name}\` defined here` }] : []
      ]).note = excerptHint;
    }
  }
});

// dist/rules/consistency-unmapped-field.js
var consistency_unmapped_field_default = defineRule({
  id: "consistency-unmapped-field",
  description: "Every field of a resource's GraphQL type maps to an attribute, relationship, calculation or aggregate; a Mutation field is no slip of an action's name",
  severity: "warn",
  schema: {
    type: "object",
    properties: { typeNames: { type: "object", additionalProperties: { type: "string", pattern: "^[_A-Za-z][_0-9A-Za-z]*$" } } },
    additionalProperties: false
  }
}, { typeNames: {} }, function(model, file, options) {
  const join = joinFor(model, { graphqlTypeNames: options.typeNames });
  for (const joined of join.resources) {
    const resource = joined.resource;
    if (!resource || !joined.graphqlType || !resource.complete.attributes || !resource.complete.relationships)
      continue;
    const names = /* @__PURE__ */ new Map();
    for (const item of [...resource.attributes, ...resource.relationships, ...resource.calculations, ...resource.aggregates]) {
      if (!names.has(camelCase(item.name)))
        names.set(camelCase(item.name), item.name);
    }
    const used = new Set(joined.fields.map((entry) => entry.field.name));
    const unused = [...names.keys()].filter((name) => !used.has(name));
    for (const { field, target } of joined.fields) {
      if (target)
        continue;
      const near = closest(field.name, unused);
      const hint = near ? `: did you mean \`${near}\` (\`${names.get(near)}\`)?` : "";
      reportWithRelated(file, `Field \`${field.parent.name}.${field.name}\` maps to no attribute, relationship, calculation or aggregate of \`${resource.module}\`${hint}`, field.place, [{ place: resource.place, message: `resource \`${resource.module}\` defined here` }]).note = excerptHint;
    }
  }
  for (const missing of unresolvedMutations(model, join)) {
    const nearest2 = missing.nearest;
    if (missing.mode !== "convention" || !nearest2)
      continue;
    reportWithRelated(file, `Mutation \`${missing.field.name}\` matches no action or code interface of the doc's AshGraphql resources (the doc declares no \`mutations\`): did you mean \`${nearest2.field}\`?`, missing.field.place, [{ place: nearest2.definition.place, message: `${nearest2.label} of \`${nearest2.resource}\` defined here` }]);
  }
});

// dist/rules/consistency-rest-resources.js
var methodActions = {
  GET: { collection: "read", member: "read" },
  POST: { collection: "create" },
  PUT: { collection: "update", member: "update" },
  PATCH: { collection: "update", member: "update" },
  DELETE: { collection: "destroy", member: "destroy" }
};
var consistency_rest_resources_default = defineRule({
  id: "consistency-rest-resources",
  description: "REST endpoints name resources and actions of the doc, and their methods have the actions they need",
  severity: "error",
  schema: {
    type: "object",
    properties: { prefix: { type: "string", pattern: "^(/[^/]+)*/?$" } },
    additionalProperties: false
  }
}, { prefix: "/api" }, function(model, file, options) {
  const join = joinFor(model, { prefix: options.prefix });
  const known = join.resources.flatMap((joined) => joined.pathNames.map((name) => ({ name, joined })));
  for (const walked of join.endpoints) {
    if (!walked.underPrefix || !walked.endpoint.code)
      continue;
    const unknown = walked.steps.find((step) => step.kind === "unknown");
    if (unknown) {
      reportUnknown(walked, unknown, known, file);
      continue;
    }
    checkMethod(walked, file);
  }
});
function actionsListed(resource) {
  return resource !== void 0 && resource.complete.actions && resource.sections.some((section) => section.name === "actions");
}
function resourceAndActions(resource) {
  const section = resource.sections.find((candidate) => candidate.name === "actions");
  return [resourceDefined(resource), ...section ? [{ place: section.place, message: `actions of \`${resource.module}\` here` }] : []];
}
function resourceDefined(resource) {
  return { place: resource.place, message: `resource \`${resource.module}\` defined here` };
}
function reportUnknown(walked, step, known, file) {
  const route = walked.endpoint.code.text;
  const segment = step.segment;
  const name = segmentName(segment.text);
  const selected = step.resource;
  if (!selected) {
    const near2 = closest(name, known.map((entry) => entry.name));
    const match = known.find((entry) => entry.name === near2);
    const hint2 = match ? `: did you mean \`${match.name}\` (\`${match.joined.module}\`)?` : known.length > 0 ? `: expected the plural name of one of its resources (${listCode(known.map((entry) => entry.name), "or")})` : "";
    reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names no resource of the doc${hint2}`, segment.place, match ? [resourceDefined({ module: match.joined.module, place: match.joined.place })] : []);
    return;
  }
  if (step.expected === "relationship") {
    const resource2 = selected.resource;
    const names = resource2.relationships.map((relationship2) => relationship2.name);
    const near2 = closest(name, names);
    const relationship = resource2.relationships.find((candidate) => candidate.name === near2);
    const hint2 = relationship ? `: did you mean \`${relationship.name}\`?` : names.length > 0 ? `: its relationships are ${listCode(names, "and")}` : ": it has no relationships";
    if (!resource2.complete.relationships)
      return;
    reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names no relationship of \`${resource2.module}\`${hint2}`, segment.place, [resourceDefined(resource2), ...relationship ? [{ place: relationship.place, message: `relationship \`${relationship.name}\` defined here` }] : []]).note = excerptHint;
    return;
  }
  const resource = selected.resource;
  if (!actionsListed(resource))
    return;
  const actions = resource.actions.map((action2) => action2.name);
  const near = closest(name, actions);
  const action = resource.actions.find((candidate) => candidate.name === near);
  const hint = action ? `: did you mean \`${action.name}\`?` : `: its actions are ${listCode(actions, "and")}`;
  reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names neither a resource nor an action of \`${resource.module}\`${hint}`, segment.place, action ? [resourceDefined(resource), { place: action.place, message: `action \`${action.name}\` defined here` }] : resourceAndActions(resource)).note = excerptHint;
}
function checkMethod(walked, file) {
  const { endpoint, steps } = walked;
  const method = endpoint.method;
  if (!method?.known)
    return;
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  let target;
  if (last?.kind === "resource" && !last.relationship)
    target = { joined: last.resource, kind: "collection" };
  else if (last?.kind === "param" && before?.kind === "resource" && !before.relationship)
    target = { joined: before.resource, kind: "member" };
  if (!target)
    return;
  const needed = methodActions[method.name]?.[target.kind];
  const resource = target.joined.resource;
  if (!needed || !actionsListed(resource))
    return;
  if (resource.actions.some((action) => action.type === needed))
    return;
  const actions = resource.actions.map((action) => action.name);
  const listed = actions.length > 0 ? `its actions are ${listCode(actions, "and")}` : "it has no actions";
  reportWithRelated(file, `\`${endpoint.code.text}\` needs ${needed === "update" ? "an" : "a"} ${needed} action of \`${resource.module}\`, but the resource has none: ${listed}`, method.place, resourceAndActions(resource)).note = excerptHint;
}

// dist/rules/elixir-syntax.js
var elixir_syntax_default = defineSyntaxRule({
  id: "elixir-syntax",
  description: "Elixir blocks parse with tree-sitter-elixir",
  severity: "error"
}, "elixir");

// dist/src/rules.js
var rules = [
  // The template: structure, story reference, placeholders.
  document_title_default,
  required_sections_default,
  section_heading_default,
  section_order_default,
  no_duplicate_sections_default,
  no_empty_sections_default,
  subsection_heading_default,
  code_block_language_default,
  story_reference_default,
  no_template_placeholders_default,
  // The embedded code parses.
  elixir_syntax_default,
  sql_syntax_default,
  graphql_syntax_default,
  graphql_schema_default,
  // What the Elixir says: Ash resources, contexts, LiveViews; the REST list.
  ash_resource_default,
  ash_attribute_default,
  ash_primary_key_default,
  ash_relationship_default,
  ash_actions_default,
  ash_policies_default,
  ash_atomic_actions_default,
  phoenix_context_default,
  liveview_component_default,
  rest_endpoints_default,
  // The blocks agree with each other.
  consistency_ash_sql_default,
  consistency_ash_graphql_default,
  consistency_unmapped_column_default,
  consistency_unmapped_field_default,
  consistency_rest_resources_default
];

export {
  toString,
  ok,
  convert,
  EXIT,
  SKIP,
  visitParents,
  visit,
  archdocGuard,
  listCode,
  validateDocumentOptions,
  releaseDocumentModel,
  archdocDocument,
  normalizeConfig,
  validateOptions,
  rules
};

#!/usr/bin/env node
import { createRequire as __etgCreateRequire } from 'node:module'; const require = __etgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path12, { windows } = {}) => {
      const segs = path12.split(windows ? /[\\/]/ : "/");
      const last2 = segs[segs.length - 1];
      if (last2 === "") {
        return segs[segs.length - 2];
      }
      return last2;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length2 = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length2;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length2) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH: MAX_LENGTH2,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate2 = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate2();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR2 = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar12 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR2;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR2:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar12(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR2;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar12;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit5(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit5.BREAK = BREAK;
    visit5.SKIP = SKIP;
    visit5.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit5;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit5 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix2] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix2)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix2);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit5.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit5 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit5.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit5 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit5.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar5 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar5.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar5.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar5.PLAIN = "PLAIN";
    Scalar5.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar5.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar5;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar5.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar5.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar5.Scalar.BLOCK_FOLDED ? false : type === Scalar5.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue2 = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar5.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue2}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar5.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar5.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar5.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar5.Scalar.BLOCK_FOLDED:
          case Scalar5.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar5.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar5.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar5.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar5.Scalar.BLOCK_FOLDED || key.type === Scalar5.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar5.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar5.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar5.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar5.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar5.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar5.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar5.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar5.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar5.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar5 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar5.Scalar.BLOCK_LITERAL);
        if (type !== Scalar5.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar5.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar5.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar5.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar5.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar5.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last2 = tokens[tokens.length - 1];
      const end = last2 ? last2.offset + last2.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar5.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar5.Scalar.BLOCK_FOLDED : Scalar5.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar5.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length2 = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length2 += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length2 += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length2 += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length2 += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length: length2 };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar5.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar5.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar5.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last2 = /[ \t]*(.*)/sy;
      last2.lastIndex = pos;
      match = last2.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length2 = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length2, onError);
            i += length2;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length2, onError) {
      const cc = source.substr(offset, length2);
      const ok = cc.length === length2 && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length2 + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar5.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar5.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit5(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit5.BREAK = BREAK;
    visit5.SKIP = SKIP;
    visit5.REMOVE = REMOVE;
    visit5.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field2, index] of path12) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit5.parentCollection = (cst, path12) => {
      const parent = visit5.itemAtPath(cst, path12.slice(0, -1));
      const field2 = path12[path12.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports.visit = visit5;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT2 = "";
    var FLOW_END2 = "";
    var SCALAR2 = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar12 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT2:
          return "<DOC>";
        case FLOW_END2:
          return "<FLOW_END>";
        case SCALAR2:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT2:
          return "doc-mode";
        case FLOW_END2:
          return "flow-error-end";
        case SCALAR2:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT2;
    exports.FLOW_END = FLOW_END2;
    exports.SCALAR = SCALAR2;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar12;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer4 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer4;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last2 = token.items[token.items.length - 1];
            if (last2 && !last2.sep && !last2.value && last2.start.length > 0 && findNonEmptyIndex(last2.start) === -1 && (token.indent === 0 || last2.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last2.start;
              else
                top.items.push({ start: last2.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit5 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar5.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit5.visit;
    exports.visitAsync = visit5.visitAsync;
  }
});

// src/cli/main.ts
import { statSync as statSync3, writeFileSync } from "node:fs";
import path11 from "node:path";
import { parseArgs } from "node:util";

// src/discover/discover.ts
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

// src/discover/globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function normalizeGlob(glob) {
  if (glob.startsWith("!") && !glob.startsWith("!(")) return `!${normalizeGlob(glob.slice(1))}`;
  const relative = glob.startsWith("./") ? glob.slice(2) : glob;
  if (relative.startsWith("/")) return relative.slice(1);
  return relative.includes("/") ? relative : `**/${relative}`;
}
var CLOSER = { "[": "]", "{": "}", "(": ")" };
function globProblem(glob) {
  if (glob.trim() === "") return "is empty";
  const open = [];
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === "\\") {
      i++;
      continue;
    }
    const inClass = open.at(-1) === "[";
    if (inClass && char === "]") open.pop();
    else if (inClass) continue;
    else if (char in CLOSER) open.push(char);
    else if ((char === "}" || char === ")") && open.length > 0 && CLOSER[open.at(-1)] === char)
      open.pop();
  }
  const unclosed = open.at(-1);
  if (unclosed !== void 0) return `has an unclosed "${unclosed}"`;
  try {
    if (import_picomatch.default.makeRe(normalizeGlob(glob)).source === "$^") return "is not a valid glob";
  } catch {
    return "is not a valid glob";
  }
  return void 0;
}
function compileGlobs(globs, nocase) {
  if (globs.length === 0) return () => false;
  return (0, import_picomatch.default)(globs.map(normalizeGlob), { dot: true, nocase });
}
var GlobCounter = class {
  stats;
  includeEach;
  excludeEach;
  includeLeft;
  /** `userInclude`: false for the built-in list. `builtInExclude`: globs the adapters always add. */
  constructor(include, userInclude, exclude, builtInExclude) {
    this.includeEach = userInclude ? include.map((glob) => compileGlobs([glob], true)) : [];
    this.includeLeft = this.includeEach.length;
    this.excludeEach = exclude.flatMap(
      (glob, index) => builtInExclude.includes(glob) ? [] : [{ index, matches: compileGlobs([glob], false) }]
    );
    this.stats = {
      matched: 0,
      include: this.includeEach.map(() => false),
      excludeByPath: exclude.map(() => 0),
      excludeByBase: exclude.map(() => 0)
    };
  }
  /** A file the include globs matched: mark the globs that match it, until every one has. */
  included(relPath) {
    this.stats.matched++;
    if (this.includeLeft === 0) return;
    this.includeEach.forEach((matches, index) => {
      if (!this.stats.include[index] && matches(relPath)) {
        this.stats.include[index] = true;
        this.includeLeft--;
      }
    });
  }
  /** An excluded entry, by its path inside the scanned path and (when it differs) inside the base. */
  excluded(relPath, baseRelPath) {
    for (const { index, matches } of this.excludeEach) {
      if (matches(relPath)) this.stats.excludeByPath[index]++;
      if (baseRelPath !== void 0 && matches(baseRelPath)) this.stats.excludeByBase[index]++;
    }
  }
};
function mergeGlobStats(all) {
  const [first, ...rest] = all;
  if (first === void 0) return void 0;
  return {
    matched: rest.reduce((sum, stats) => sum + stats.matched, first.matched),
    include: first.include.map((hit, i) => hit || rest.some((stats) => stats.include[i])),
    excludeByPath: first.excludeByPath.map(
      (n, i) => rest.reduce((sum, s) => sum + (s.excludeByPath[i] ?? 0), n)
    ),
    excludeByBase: first.excludeByBase.map(
      (n, i) => rest.reduce((sum, s) => sum + (s.excludeByBase[i] ?? 0), n)
    )
  };
}

// src/discover/discover.ts
var DEFAULT_PATTERNS = [
  // Kubernetes manifests, kubeadm, Cluster API, etcd config files, Compose, Helm, kustomize.
  "**/*.yaml",
  "**/*.yml",
  "**/*.json",
  "**/*.manifest",
  "**/Kustomization",
  // systemd units and drop-ins.
  "**/*.service",
  "**/*.service.d/*.conf",
  // etcd environment files (`etcd.env`, `/etc/etcd/etcd.conf`, `/etc/default/etcd`).
  "**/*.env",
  "**/etcd.conf",
  "**/default/etcd",
  // Shell scripts by name, and files without an extension (scripts by their `#!` line, which the
  // prefilter checks in the first block read: any other such file is skipped unread beyond it).
  "**/*.sh",
  "**/*.bash",
  "**/!(*.*)",
  // Dockerfiles (`Dockerfile`, `Containerfile` are extension-less; their variants).
  "**/*.Dockerfile",
  "**/Dockerfile.*",
  "**/Containerfile.*",
  // Templates, read as the file their stem names: Jinja2 (Ansible, Salt), Go (Helm, helmfile), ERB.
  "**/*.j2",
  "**/*.jinja2",
  "**/*.jinja",
  "**/*.tpl",
  "**/*.tmpl",
  "**/*.gotmpl",
  "**/*.erb"
];
var DEFAULT_EXCLUDES = ["**/.git/**", "**/node_modules/**"];
function isDefaultPatterns(patterns) {
  return patterns.length === DEFAULT_PATTERNS.length && patterns.every((glob, i) => glob === DEFAULT_PATTERNS[i]);
}
function uniqueSorted(files) {
  const byRealPath = /* @__PURE__ */ new Map();
  for (const file of files) if (!byRealPath.has(file.absPath)) byRealPath.set(file.absPath, file);
  return [...byRealPath.values()].sort((a, b) => compare(a.relPath, b.relPath));
}
function planDiscovery(options) {
  const base = path.resolve(options.base);
  const baseReal = safeRealpath(base) ?? base;
  const spec = {
    base,
    baseReal,
    roots: [],
    patterns: options.patterns,
    exclude: options.exclude
  };
  const inputFiles = [];
  const diagnostics = [];
  for (const input of options.paths) {
    const root = path.resolve(base, input);
    const rootReal = safeRealpath(root);
    const stat = rootReal === void 0 ? void 0 : safeStat(rootReal);
    if (!rootReal || !stat) {
      diagnostics.push({ level: "error", id: "path-not-found", message: `path not found: ${input}` });
    } else if (isInside(base, root) && !isInside(baseReal, rootReal)) {
      diagnostics.push(skipped(relativePath(base, root), "warning", OUTSIDE));
    } else if (stat.isFile()) {
      inputFiles.push(fileRef(spec, rootReal));
    } else if (!stat.isDirectory()) {
      diagnostics.push(skipped(relativePath(base, root), "note", "not a regular file"));
    } else {
      spec.roots.push(rootReal);
    }
  }
  return { spec, inputFiles, diagnostics };
}
var OUTSIDE = "symbolic link points outside the scanned directory";
var INTO_EXCLUDED = "symbolic link points into an excluded folder or file";
var DirectoryLister = class {
  constructor(spec) {
    this.spec = spec;
    this.include = compileGlobs(spec.patterns, true);
    this.exclude = compileGlobs(spec.exclude, false);
    this.globs = new GlobCounter(
      spec.patterns,
      !isDefaultPatterns(spec.patterns),
      spec.exclude,
      DEFAULT_EXCLUDES
    );
    this.rootRelPaths = spec.roots.map((rootReal) => fileRef(spec, rootReal).relPath);
    this.rootsLowerCase = spec.roots.map((rootReal) => rootReal.toLowerCase());
    this.earlierCovering = this.rootsLowerCase.map(
      (rootReal, root) => this.rootsLowerCase.flatMap(
        (other, earlier) => earlier < root && rootReal.startsWith(other) ? [earlier] : []
      )
    );
  }
  spec;
  include;
  exclude;
  /** Which of the user's globs matched (see globs.ts); read once the walk is over. */
  globs;
  /** Each root's own report path, `''` for the base: a file's is this joined with its path in the root. */
  rootRelPaths;
  /** For each root, the earlier roots it may lie in: only those can list its entries first. */
  earlierCovering;
  /** The roots' real paths in lower case, for a cheap "may lie inside" test (case-insensitive file systems). */
  rootsLowerCase;
  list(root, dirRel, sink) {
    const rootReal = this.spec.roots[root];
    let entries;
    try {
      entries = readdirSync(dirRel ? joinRelative(rootReal, dirRel) : rootReal, { withFileTypes: true });
    } catch (error) {
      const code = error.code;
      const reason = notUtf8(dirRel, code) ?? `cannot read directory (${code})`;
      sink.diagnostic(this.skipped(root, dirRel || ".", "warning", reason));
      return;
    }
    for (const entry of entries) {
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      if (this.excluded(root, rel, true)) continue;
      if (entry.isDirectory()) {
        sink.directory(root, rel);
        continue;
      }
      if (!this.include(rel)) continue;
      this.globs.included(rel);
      const absPath = joinRelative(rootReal, rel);
      if ((this.earlierCovering[root]?.length ?? 0) > 0 && this.listedDirectly(absPath, root)) continue;
      const badName = entry.name.includes("\uFFFD") && !existsSync(absPath) ? notUtf8(rel, "ENOENT") : void 0;
      if (badName) sink.diagnostic(this.skipped(root, rel, "warning", badName));
      else if (entry.isFile()) sink.file({ absPath, relPath: this.relPathOf(root, rel) }, true);
      else if (entry.isSymbolicLink()) this.followLink(root, rel, absPath, sink);
      else sink.diagnostic(this.skipped(root, rel, "note", "not a regular file"));
    }
  }
  followLink(root, rel, absPath, sink) {
    const target = safeRealpath(absPath);
    if (target === void 0) sink.diagnostic(this.skipped(root, rel, "note", "broken symbolic link"));
    else if (!isInside(this.spec.roots[root], target))
      sink.diagnostic(this.skipped(root, rel, "warning", OUTSIDE));
    else if (this.excludedPath(root, relativePath(this.spec.roots[root], target)))
      sink.diagnostic(this.skipped(root, rel, "note", INTO_EXCLUDED));
    else if (safeStat(target)?.isFile() && !this.listedDirectly(target))
      sink.file(fileRef(this.spec, target), false);
  }
  /** Whether a path inside a root, or one of its folders, is excluded. */
  excludedPath(root, rel) {
    for (let slash = rel.indexOf("/"); slash >= 0; slash = rel.indexOf("/", slash + 1))
      if (this.excluded(root, rel.slice(0, slash), false)) return true;
    return rel !== "" && this.excluded(root, rel, false);
  }
  /**
   * Whether a walk root lists the file at this real path as an entry of its own directory: its
   * directories and itself not excluded, its path matching the globs. With `before`, only the roots
   * before that one are asked. Such a file is emitted by that root only, so files are counted once
   * without a set of every path seen.
   */
  listedDirectly(absPath, before) {
    const candidates = before === void 0 ? this.spec.roots.keys() : this.earlierCovering[before] ?? [];
    const lowerCase = absPath.toLowerCase();
    for (const root of candidates) {
      const rootReal = this.spec.roots[root];
      if (!lowerCase.startsWith(this.rootsLowerCase[root])) continue;
      if (!isInside(rootReal, absPath) || absPath === rootReal) continue;
      const rel = relativePath(rootReal, absPath);
      if (!this.excludedPath(root, rel) && this.include(rel)) return true;
    }
    return false;
  }
  /**
   * Whether an entry is excluded. Exclude globs are matched against the entry's path inside the
   * scanned path and against its report path (relative to the workspace), because reports show the
   * second and people copy from them; `count` records which glob matched how (globs.ts).
   */
  excluded(root, rel, count) {
    const rootRelPath = this.rootRelPaths[root];
    const baseRel = rootRelPath && rootRelPath !== ".." && !rootRelPath.startsWith("../") ? `${rootRelPath}/${rel}` : void 0;
    if (!this.exclude(rel) && (baseRel === void 0 || !this.exclude(baseRel))) return false;
    if (count) this.globs.excluded(rel, baseRel);
    return true;
  }
  relPathOf(root, rel) {
    const rootRelPath = this.rootRelPaths[root];
    return rootRelPath ? `${rootRelPath}/${rel}` : rel;
  }
  skipped(root, rel, level, reason) {
    return skipped(rel === "." ? this.relPathOf(root, "") || "." : this.relPathOf(root, rel), level, reason);
  }
};
function skipped(relPath, level, reason) {
  return { level, id: "skipped-entry", message: `${relPath}: skipped: ${reason}` };
}
function fileRef(spec, absPath) {
  const relPath = isInside(spec.baseReal, absPath) ? relativePath(spec.baseReal, absPath) : relativePath(spec.base, absPath);
  return { absPath, relPath };
}
function joinRelative(root, rel) {
  if (path.sep !== "/") return path.join(root, rel);
  return root.endsWith("/") ? root + rel : `${root}/${rel}`;
}
function notUtf8(rel, code) {
  return code === "ENOENT" && rel.includes("\uFFFD") ? "the name is not valid UTF-8, so it cannot be opened (rename it to scan it)" : void 0;
}
function relativePath(base, absPath, pathApi = path) {
  const relative = pathApi.relative(base, absPath);
  return relative.split(pathApi.sep).join("/");
}
function isInside(dir, target) {
  const relative = path.relative(dir, target);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function safeStat(p) {
  try {
    return statSync(p);
  } catch {
    return void 0;
  }
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/io/files.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync as realpathSync2,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import path2 from "node:path";
var FileProblem = class extends Error {
};
function isInside2(dir, target) {
  const relative = path2.relative(dir, target);
  return relative === "" || !relative.startsWith(`..${path2.sep}`) && relative !== ".." && !path2.isAbsolute(relative);
}
function realpathOrUndefined(p) {
  try {
    return realpathSync2(p);
  } catch {
    return void 0;
  }
}
function resolveInside(root, name, what) {
  const rootReal = realpathOrUndefined(root) ?? root;
  const target = path2.resolve(root, name);
  if (!isInside2(root, target)) throw new FileProblem(`${what} "${name}" is outside the workspace`);
  const real = realpathOrUndefined(target);
  if (real !== void 0 && !isInside2(rootReal, real))
    throw new FileProblem(`${what} "${name}" leads outside the workspace through a symbolic link`);
  return real === void 0 ? { path: target } : { path: target, real };
}
function readRegularFile(file, maxBytes, what, name) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new FileProblem(`${what} "${name}" does not exist`);
    if (code === "ELOOP" || code === "EMLINK") throw new FileProblem(`${what} "${name}" is a symbolic link`);
    if (code === "EISDIR") throw new FileProblem(`${what} "${name}" is a folder, not a file`);
    throw new FileProblem(`${what} "${name}" cannot be read (${code ?? "error"})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem(`${what} "${name}" is a folder, not a file`);
    if (!stat.isFile()) throw new FileProblem(`${what} "${name}" is not a regular file`);
    if (stat.size > maxBytes) throw new FileProblem(`${what} "${name}" is larger than ${maxBytes} bytes`);
    const chunks = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let total = 0;
    for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) {
      total += n;
      if (total > maxBytes) throw new FileProblem(`${what} "${name}" is larger than ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

// src/load/size.ts
var UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3
};
var MAX_FILE_SIZE_LIMIT = 256 * 1024 ** 2;
function parseMaxFileSize(text) {
  const bytes = parseSize(text);
  if (bytes === void 0) return { problem: `must be a size such as 10MB or 512k (got "${text}")` };
  if (bytes > MAX_FILE_SIZE_LIMIT)
    return { problem: `must be at most ${MAX_FILE_SIZE_LIMIT / 1024 ** 2}MB (got "${text}")` };
  return { bytes };
}
function parseSize(text) {
  const match = /^(\d{1,12})\s*([a-z]{0,2})$/i.exec(text.trim());
  if (!match) return void 0;
  const unit = UNITS[(match[2] ?? "").toLowerCase()];
  const value = Number(match[1]) * (unit ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : void 0;
}

// src/report/escape.ts
var HIDDEN = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g
);
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var LEGACY_COMMAND = /##\[/g;
function escapeOf(char) {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function visible(text) {
  return showHidden(text).replace(LEGACY_COMMAND, "##\\[");
}
function showHidden(text) {
  return text.replace(HIDDEN, escapeOf);
}
var LEADING_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/;
function startsLikeCommand(line) {
  return line.replace(LEADING_SPACE, "").startsWith("::");
}
function linePath(relPath) {
  const shown2 = visible(relPath);
  return startsLikeCommand(shown2) || LEADING_SPACE.exec(shown2)?.[0] ? `./${shown2}` : shown2;
}
var JSON_RAW = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
function logSafeJson(json) {
  return json.replace(JSON_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(LEGACY_COMMAND, "##\\u005b");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/github.ts
function findingAnnotation(finding2) {
  return {
    level: finding2.level === "note" ? "notice" : finding2.level,
    message: visible(finding2.message),
    title: visible(`${finding2.title} [${finding2.ruleId}]`),
    file: finding2.file.relPath,
    line: finding2.span.startLine,
    col: finding2.span.startColumn,
    endLine: finding2.span.endLine,
    endColumn: finding2.span.endColumn
  };
}
function diagnosticAnnotation(diagnostic) {
  return {
    level: diagnostic.level === "note" ? "notice" : diagnostic.level,
    message: `etcd-tls-guard: ${visible(diagnostic.message)}`,
    ...diagnostic.file ? { file: diagnostic.file.relPath } : {},
    ...diagnostic.span ? { line: diagnostic.span.startLine, col: diagnostic.span.startColumn } : {}
  };
}
function workflowCommand(annotation) {
  const properties = [
    ["file", annotation.file],
    ["line", annotation.line],
    ["col", annotation.col],
    ["endLine", annotation.endLine],
    ["endColumn", annotation.endColumn],
    ["title", annotation.title]
  ];
  const props = properties.filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${annotation.level}${props ? ` ${props}` : ""}::${escapeData(annotation.message)}`;
}
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "etcd-tls-guard";
var INFORMATION_URI = "https://github.com/etcd-tls-guard/etcd-tls-guard";

// src/report/json.ts
function toJson(result, rules) {
  const report = {
    schemaVersion: 1,
    tool: { name: "etcd-tls-guard", version: VERSION },
    summary: {
      findings: result.findings.length,
      suppressed: result.suppressed.length,
      filesScanned: result.filesScanned,
      byRule: Object.fromEntries(
        rules.map((rule) => [rule.id, result.findings.filter((f) => f.ruleId === rule.id).length])
      )
    },
    findings: result.findings.map((finding2) => ({
      ruleId: finding2.ruleId,
      level: finding2.level,
      file: finding2.file.relPath,
      ...finding2.span,
      subject: finding2.subject,
      title: finding2.title,
      message: finding2.message,
      fix: finding2.fix,
      ...finding2.baselineState ? { baselineState: finding2.baselineState } : {}
    })),
    suppressed: result.suppressed.map((finding2) => ({
      ruleId: finding2.ruleId,
      file: finding2.file.relPath,
      ...finding2.span,
      subject: finding2.subject,
      reason: finding2.suppression?.reason ?? ""
    })),
    diagnostics: result.diagnostics.map((diagnostic) => ({
      level: diagnostic.level,
      id: diagnostic.id,
      message: diagnostic.message,
      ...diagnostic.file ? { file: diagnostic.file.relPath } : {},
      ...diagnostic.span ? diagnostic.span : {}
    }))
  };
  return `${logSafeJson(JSON.stringify(report, null, 2))}
`;
}

// src/report/levels.ts
var FAIL_ON_VALUES = ["error", "warning", "note", "none"];
var RANK = { note: 1, warning: 2, error: 3 };
function gatingFindings(findings, failOn) {
  if (failOn === "none") return [];
  return findings.filter(
    (finding2) => RANK[finding2.level] >= RANK[failOn] && finding2.baselineState !== "unchanged"
  );
}
function isFailOn(value) {
  return FAIL_ON_VALUES.includes(value);
}
function countBy(items, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";

// src/report/fingerprint.ts
var BLOCK_SIZE = 100;
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var EOF = 65535;
var TWO_32 = 2 ** 32;
var OUTGOING_WEIGHT = BigInt.asUintN(64, 37n ** BigInt(BLOCK_SIZE));
var WEIGHT_HI = Number(OUTGOING_WEIGHT >> 32n);
var WEIGHT_LO = Number(OUTGOING_WEIGHT & 0xffffffffn);
var LineHasher = class {
  hi = 0;
  lo = 0;
  index = 0;
  window = new Uint16Array(BLOCK_SIZE);
  /** Line number whose first character sits in this window slot, or -1. */
  lineAt = new Int32Array(BLOCK_SIZE).fill(-1);
  lineNumber = 0;
  lineStart = true;
  counts = /* @__PURE__ */ new Map();
  hashes = [];
  /** Feeds one kept character (CR already mapped to LF). */
  push(c) {
    if (this.lineAt[this.index] !== -1) this.emit();
    if (this.lineStart) {
      this.lineStart = false;
      this.lineNumber++;
      this.lineAt[this.index] = this.lineNumber;
    }
    if (c === LF) this.lineStart = true;
    this.roll(c);
  }
  /** Pushes zeros until every started line has a full window, as the Action does at the end. */
  flush() {
    for (let i = 0; i < BLOCK_SIZE; i++) {
      if (this.lineAt[this.index] !== -1) this.emit();
      this.roll(0);
    }
  }
  /** h = 37*h + c - 37^100 * c_out (mod 2^64), on the two halves with an explicit carry. */
  roll(c) {
    const out = this.window[this.index];
    this.window[this.index] = c;
    const low = this.lo * 37 + c - WEIGHT_LO * out;
    const newLo = low >>> 0;
    const carry = (low - newLo) / TWO_32;
    this.hi = this.hi * 37 + carry - WEIGHT_HI * out >>> 0;
    this.lo = newLo;
    this.index = this.index + 1 === BLOCK_SIZE ? 0 : this.index + 1;
  }
  /** Records the hash of the line starting at the current slot; `:n` numbers repeats of a value. */
  emit() {
    const line = this.lineAt[this.index];
    const hex = this.hi === 0 ? this.lo.toString(16) : this.hi.toString(16) + this.lo.toString(16).padStart(8, "0");
    const count = (this.counts.get(hex) ?? 0) + 1;
    this.counts.set(hex, count);
    this.hashes[line - 1] = `${hex}:${count}`;
    this.lineAt[this.index] = -1;
  }
};
function lineHashes(text) {
  const hasher = new LineHasher();
  let prevCR = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || prevCR && c === LF) {
      prevCR = false;
      continue;
    }
    prevCR = c === CR;
    hasher.push(prevCR ? LF : c);
  }
  hasher.push(EOF);
  hasher.flush();
  return hasher.hashes;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_TAGS = 10;
var PROBLEM_SEVERITY = {
  error: "error",
  warning: "warning",
  note: "recommendation"
};
function toSarif(result, rules, options) {
  const ruleIndexes = indexRules(rules);
  const fingerprintOf = fingerprinter(options.fileText);
  const results = sortedFindings(result.findings).map(
    ({ finding: finding2, uri }) => toResult(finding2, uri, ruleIndexes, fingerprintOf)
  );
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: INFORMATION_URI,
        rules: rules.map(ruleDescriptor)
      }
    }
  };
  const automationId = automationDetailsId(options.category);
  if (automationId !== void 0) run.automationDetails = { id: automationId };
  run.invocations = [
    {
      executionSuccessful: options.executionSuccessful ?? true,
      toolExecutionNotifications: sortedNotifications(result.diagnostics)
    }
  ];
  run.results = results;
  run.columnKind = "utf16CodeUnits";
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function serializeSarif(log) {
  return `${logSafeJson(JSON.stringify(log, null, 2))}
`;
}
function encodeUri(relPath) {
  return relPath.split("/").map(encodeSegment).join("/");
}
function artifactUri(file) {
  const { relPath, absPath } = file;
  const drive = /^[A-Za-z]:[\\/]/.test(absPath);
  if (drive && /^[A-Za-z]:\//.test(relPath))
    return `file:///${absPath.slice(0, 2)}/${encodeUri(absPath.slice(3).replace(/\\/g, "/"))}`;
  if (relPath === ".." || relPath.startsWith("../")) return pathToFileURL(absPath).href;
  return encodeUri(relPath);
}
function encodeSegment(segment) {
  return encodeURIComponent(replaceLoneSurrogates(segment)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function replaceLoneSurrogates(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function automationDetailsId(category) {
  if (category === void 0 || category === "") return void 0;
  return category.endsWith("/") ? category : `${category}/`;
}
function indexRules(rules) {
  const indexes = /* @__PURE__ */ new Map();
  rules.forEach((rule, index) => {
    if (indexes.has(rule.id)) throw new Error(`rule ${rule.id} is listed twice`);
    indexes.set(rule.id, index);
  });
  return indexes;
}
function ruleDescriptor(meta11) {
  return {
    id: meta11.id,
    name: meta11.name,
    shortDescription: { text: meta11.shortDescription },
    fullDescription: { text: meta11.fullDescription },
    // GitHub renders help.markdown (with the docs link) and never shows helpUri; it is kept for the API.
    help: { text: meta11.helpText, markdown: meta11.helpMarkdown },
    helpUri: `${INFORMATION_URI}/blob/main/${encodeUri(meta11.docsPath)}`,
    defaultConfiguration: { level: meta11.defaultLevel },
    properties: {
      tags: ruleTags(meta11.tags),
      precision: meta11.precision,
      "problem.severity": PROBLEM_SEVERITY[meta11.defaultLevel],
      // A number in a string; any security-severity files the alert under security results.
      "security-severity": meta11.securitySeverity
    }
  };
}
function ruleTags(tags) {
  return [.../* @__PURE__ */ new Set(["security", ...tags])].slice(0, MAX_TAGS);
}
function fingerprinter(fileText) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!cache.has(file.relPath)) {
      const text = fileText(file);
      cache.set(file.relPath, text === void 0 ? void 0 : lineHashes(text));
    }
    return cache.get(file.relPath)?.[line - 1];
  };
}
function toResult(finding2, uri, ruleIndexes, fingerprintOf) {
  const ruleIndex = ruleIndexes.get(finding2.ruleId);
  if (ruleIndex === void 0)
    throw new Error(`finding for rule ${finding2.ruleId}, which is not in the rule list`);
  const region = regionOf(finding2.span);
  const related = finding2.related ?? [];
  const links = related.map((r, i) => `[${escapeBrackets(r.message)}](${i + 1})`);
  const result = {
    ruleId: finding2.ruleId,
    ruleIndex,
    level: finding2.level,
    message: {
      text: `${escapeBrackets(finding2.message)}${links.length > 0 ? ` Evidence: ${links.join("; ")}.` : ""}`
    },
    locations: [location(uri, region)]
  };
  if (related.length > 0) {
    result.relatedLocations = related.map((r, i) => ({
      id: i + 1,
      ...location(artifactUri(r.file), r.span === void 0 ? void 0 : regionOf(r.span)),
      message: { text: escapeBrackets(r.message) }
    }));
  }
  const hash = fingerprintOf(finding2.file, region.startLine);
  if (hash !== void 0) result.partialFingerprints = { primaryLocationLineHash: hash };
  if (finding2.baselineState) result.baselineState = finding2.baselineState;
  result.properties = { subject: finding2.subject };
  return result;
}
function escapeBrackets(text) {
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, "\\$&");
}
function regionOf(span) {
  const startLine = Math.max(1, span.startLine);
  const startColumn = Math.max(1, span.startColumn);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, span.endColumn) : Math.max(1, span.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
function location(uri, region) {
  const physicalLocation = { artifactLocation: { uri } };
  if (region !== void 0) physicalLocation.region = region;
  return { physicalLocation };
}
function notification(diagnostic, uri) {
  const result = {
    descriptor: { id: diagnostic.id },
    level: diagnostic.level,
    message: { text: diagnostic.message }
  };
  if (uri !== void 0) {
    const region = diagnostic.span === void 0 ? void 0 : regionOf(diagnostic.span);
    result.locations = [location(uri, region)];
  }
  return result;
}
function compareKeys(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
function sortedFindings(findings) {
  const keyed = findings.map((finding2) => {
    const uri = artifactUri(finding2.file);
    const { startLine, startColumn, endLine, endColumn } = finding2.span;
    const { ruleId, message, subject, title } = finding2;
    const key = [uri, startLine, startColumn, ruleId, message, endLine, endColumn, subject, title];
    return { finding: finding2, uri, key };
  });
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ finding: finding2, uri }) => ({ finding: finding2, uri }));
}
function sortedNotifications(diagnostics) {
  const keyed = diagnostics.map((diagnostic) => {
    const uri = diagnostic.file === void 0 ? void 0 : artifactUri(diagnostic.file);
    const span = diagnostic.span;
    const key = [
      uri ?? "",
      diagnostic.message,
      diagnostic.id,
      diagnostic.level,
      span?.startLine ?? 0,
      span?.startColumn ?? 0
    ];
    return { key, notification: notification(diagnostic, uri) };
  });
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ notification: notification2 }) => notification2);
}

// src/report/text.ts
function toText(result, rules) {
  const lines = [
    ...result.findings.map(
      (f) => `${where(f)}: ${f.level} [${f.ruleId}]${baselineMark(f)} ${visible(f.message)}`
    ),
    ...result.suppressed.map(
      (f) => `${where(f)}: suppressed [${f.ruleId}] ${visible(f.suppression?.reason ?? "")}`
    ),
    ...result.diagnostics.map((d) => {
      const at = d.file ? `${linePath(d.file.relPath)}${d.span ? `:${d.span.startLine}:${d.span.startColumn}` : ""}: ` : "";
      return `${at}${d.level} [scan:${d.id}] ${visible(d.message)}`;
    })
  ];
  if (lines.length > 0) lines.push("");
  const byRule = countBy(result.findings, (finding2) => finding2.ruleId);
  const perRule = rules.map((rule) => `${rule.id} (CIS ${rule.cis}): ${byRule.get(rule.id) ?? 0}`).join(", ");
  const files = new Set(result.findings.map((finding2) => finding2.file.relPath)).size;
  const extras = [
    result.suppressed.length > 0 ? `${result.suppressed.length} suppressed` : "",
    baselined(result.findings) > 0 ? `${baselined(result.findings)} in the baseline` : ""
  ].filter(Boolean).map((text) => `, ${text}`).join("");
  lines.push(
    `${plural(result.findings.length, "finding")} in ${plural(files, "file")} (${perRule})${extras}; ${plural(result.filesScanned, "file")} scanned, ${plural(result.diagnostics.length, "scan notice")}.`
  );
  return `${lines.join("\n")}
`;
}
function where(finding2) {
  return `${linePath(finding2.file.relPath)}:${finding2.span.startLine}:${finding2.span.startColumn}`;
}
function baselineMark(finding2) {
  return finding2.baselineState === "unchanged" ? " (baseline)" : "";
}
function baselined(findings) {
  return findings.filter((finding2) => finding2.baselineState === "unchanged").length;
}

// src/etcd/settings.ts
var CLIENT = "client-transport-security";
var PEER = "peer-transport-security";
var DESCRIBED = [
  { flag: "config-file", type: "path" },
  {
    flag: "listen-client-urls",
    type: "urls",
    configKey: ["listen-client-urls"],
    default: "http://localhost:2379",
    side: "client"
  },
  {
    flag: "listen-client-http-urls",
    type: "urls",
    configKey: ["listen-client-http-urls"],
    default: "",
    side: "client"
  },
  {
    flag: "advertise-client-urls",
    type: "urls",
    configKey: ["advertise-client-urls"],
    default: "http://localhost:2379",
    side: "client"
  },
  {
    flag: "listen-peer-urls",
    type: "urls",
    configKey: ["listen-peer-urls"],
    default: "http://localhost:2380",
    side: "peer"
  },
  {
    flag: "initial-advertise-peer-urls",
    type: "urls",
    configKey: ["initial-advertise-peer-urls"],
    default: "http://localhost:2380",
    side: "peer"
  },
  { flag: "listen-metrics-urls", type: "urls", configKey: ["listen-metrics-urls"], default: "" },
  {
    flag: "auto-tls",
    type: "bool",
    configKey: [CLIENT, "auto-tls"],
    default: "false",
    side: "client",
    noticeWhenIneffective: true
  },
  {
    flag: "cert-file",
    type: "path",
    configKey: [CLIENT, "cert-file"],
    default: "",
    side: "client",
    noticeWhenIneffective: true
  },
  {
    flag: "key-file",
    type: "path",
    configKey: [CLIENT, "key-file"],
    default: "",
    side: "client",
    noticeWhenIneffective: true
  },
  {
    flag: "client-cert-file",
    type: "path",
    configKey: [CLIENT, "client-cert-file"],
    default: "",
    side: "client"
  },
  {
    flag: "client-key-file",
    type: "path",
    configKey: [CLIENT, "client-key-file"],
    default: "",
    side: "client"
  },
  {
    flag: "client-cert-auth",
    type: "bool",
    configKey: [CLIENT, "client-cert-auth"],
    default: "false",
    side: "client",
    noticeWhenIneffective: true
  },
  {
    flag: "trusted-ca-file",
    type: "path",
    configKey: [CLIENT, "trusted-ca-file"],
    default: "",
    side: "client",
    noticeWhenIneffective: true
  },
  { flag: "client-crl-file", type: "path", side: "client" },
  {
    flag: "client-cert-allowed-hostname",
    type: "list",
    configKey: [CLIENT, "allowed-hostname"],
    side: "client"
  },
  {
    flag: "peer-auto-tls",
    type: "bool",
    configKey: [PEER, "auto-tls"],
    default: "false",
    side: "peer",
    noticeWhenIneffective: true
  },
  {
    flag: "peer-cert-file",
    type: "path",
    configKey: [PEER, "cert-file"],
    default: "",
    side: "peer",
    noticeWhenIneffective: true
  },
  {
    flag: "peer-key-file",
    type: "path",
    configKey: [PEER, "key-file"],
    default: "",
    side: "peer",
    noticeWhenIneffective: true
  },
  {
    flag: "peer-client-cert-file",
    type: "path",
    configKey: [PEER, "client-cert-file"],
    default: "",
    side: "peer"
  },
  {
    flag: "peer-client-key-file",
    type: "path",
    configKey: [PEER, "client-key-file"],
    default: "",
    side: "peer"
  },
  {
    flag: "peer-client-cert-auth",
    type: "bool",
    configKey: [PEER, "client-cert-auth"],
    default: "false",
    side: "peer",
    noticeWhenIneffective: true
  },
  {
    flag: "peer-trusted-ca-file",
    type: "path",
    configKey: [PEER, "trusted-ca-file"],
    default: "",
    side: "peer",
    noticeWhenIneffective: true
  },
  { flag: "peer-crl-file", type: "path", side: "peer" },
  { flag: "peer-cert-allowed-cn", type: "list", configKey: [PEER, "allowed-cn"], side: "peer" },
  { flag: "peer-cert-allowed-hostname", type: "list", configKey: [PEER, "allowed-hostname"], side: "peer" },
  {
    flag: "peer-skip-client-san-verification",
    type: "bool",
    configKey: [PEER, "skip-client-san-verification"],
    side: "peer"
  },
  { flag: "experimental-peer-skip-client-san-verification", type: "bool", side: "peer" },
  { flag: "cipher-suites", type: "list", configKey: ["cipher-suites"] },
  { flag: "tls-min-version", type: "string", configKey: ["tls-min-version"] },
  { flag: "tls-max-version", type: "string", configKey: ["tls-max-version"] }
];
var OTHER_BOOLEANS = [
  "debug",
  "discovery-insecure-skip-tls-verify",
  "discovery-insecure-transport",
  "enable-distributed-tracing",
  "enable-grpc-gateway",
  "enable-log-rotation",
  "enable-pprof",
  "enable-v2",
  "experimental-compact-hash-check-enabled",
  "experimental-enable-distributed-tracing",
  "experimental-enable-lease-checkpoint",
  "experimental-enable-lease-checkpoint-persist",
  "experimental-initial-corrupt-check",
  "experimental-memory-mlock",
  "experimental-stop-grpc-service-on-defrag",
  "experimental-txn-mode-write-with-shared-buffer",
  "force-new-cluster",
  "initial-election-tick-advance",
  "memory-mlock",
  "next-cluster-version-compatible",
  "pre-vote",
  "socket-reuse-address",
  "socket-reuse-port",
  "strict-reconfig-check",
  "unsafe-no-fsync",
  "version",
  // Flags etcd still accepts and ignores (etcdmain/config.go `ignored`, flags.IgnoredFlag is a bool).
  "cluster-active-size",
  "cluster-remove-delay",
  "cluster-sync-interval",
  "config",
  "force",
  "max-result-buffer",
  "max-retry-attempts",
  "peer-heartbeat-interval",
  "peer-election-timeout",
  "retry-interval",
  "snapshot",
  "v",
  "vv"
];
var OTHER_VALUES = [
  "auth-token",
  "auth-token-ttl",
  "auto-compaction-mode",
  "auto-compaction-retention",
  "backend-batch-interval",
  "backend-batch-limit",
  "backend-bbolt-freelist-type",
  "bcrypt-cost",
  "bootstrap-defrag-threshold-megabytes",
  "compact-hash-check-time",
  "compaction-batch-limit",
  "compaction-sleep-interval",
  "corrupt-check-time",
  "cors",
  "data-dir",
  "discovery",
  "discovery-cacert",
  "discovery-cert",
  "discovery-dial-timeout",
  "discovery-endpoints",
  "discovery-fallback",
  "discovery-keepalive-time",
  "discovery-keepalive-timeout",
  "discovery-key",
  "discovery-password",
  "discovery-proxy",
  "discovery-request-timeout",
  "discovery-srv",
  "discovery-srv-name",
  "discovery-token",
  "discovery-user",
  "distributed-tracing-address",
  "distributed-tracing-instance-id",
  "distributed-tracing-sampling-rate",
  "distributed-tracing-service-name",
  "downgrade-check-time",
  "election-timeout",
  "experimental-backend-bbolt-freelist-type",
  "experimental-bootstrap-defrag-threshold-megabytes",
  "experimental-compact-hash-check-time",
  "experimental-compaction-batch-limit",
  "experimental-compaction-sleep-interval",
  "experimental-corrupt-check-time",
  "experimental-distributed-tracing-address",
  "experimental-distributed-tracing-instance-id",
  "experimental-distributed-tracing-sampling-rate",
  "experimental-distributed-tracing-service-name",
  "experimental-downgrade-check-time",
  "experimental-enable-v2v3",
  "experimental-snapshot-catchup-entries",
  "experimental-warning-apply-duration",
  "experimental-warning-unary-request-duration",
  "experimental-watch-progress-notify-interval",
  // 3.6+: registered by the feature-gate package, not fs.*Var.
  "feature-gates",
  "grpc-keepalive-interval",
  "grpc-keepalive-min-time",
  "grpc-keepalive-timeout",
  "heartbeat-interval",
  "host-whitelist",
  "initial-cluster",
  "initial-cluster-state",
  "initial-cluster-token",
  "log-format",
  "log-level",
  "log-output",
  "log-outputs",
  "log-package-levels",
  "log-rotation-config-json",
  "logger",
  "max-concurrent-streams",
  "max-learners",
  "max-request-bytes",
  "max-snapshots",
  "max-txn-ops",
  "max-wals",
  "metrics",
  "name",
  "proxy",
  "proxy-dial-timeout",
  "proxy-failure-wait",
  "proxy-read-timeout",
  "proxy-refresh-interval",
  "proxy-write-timeout",
  "quota-backend-bytes",
  "raft-read-timeout",
  "raft-write-timeout",
  "self-signed-cert-validity",
  "snapshot-catchup-entries",
  "snapshot-count",
  "v2-deprecation",
  "wal-dir",
  "warning-apply-duration",
  "warning-unary-request-duration",
  "watch-progress-notify-interval"
];
function envNameOf(flag) {
  return `ETCD_${flag.toUpperCase().replace(/-/g, "_")}`;
}
function build() {
  const table = /* @__PURE__ */ new Map();
  const add = (spec) => table.set(spec.flag, { ...spec, env: envNameOf(spec.flag) });
  for (const spec of DESCRIBED) add(spec);
  for (const flag of OTHER_BOOLEANS) add({ flag, type: "bool", configKey: [flag] });
  for (const flag of OTHER_VALUES) add({ flag, type: "string", configKey: [flag] });
  return table;
}
var SETTINGS = build();
function settingSpec(flag) {
  return SETTINGS.get(flag);
}
function isBooleanFlag(flag) {
  return SETTINGS.get(flag)?.type === "bool";
}
function flagOfEnv(name) {
  if (!/^ETCD_[A-Z0-9_]+$/.test(name)) return void 0;
  return name.slice(5).toLowerCase().replace(/_/g, "-");
}
function flagOfConfigKey(path12) {
  return BY_CONFIG_KEY.get(path12.join("."));
}
var BY_CONFIG_KEY = new Map(
  [...SETTINGS.values()].flatMap((spec) => spec.configKey ? [[spec.configKey.join("."), spec.flag]] : [])
);
var ETCD_CONFIG_KEYS = /* @__PURE__ */ new Set([
  "data-dir",
  "wal-dir",
  "listen-client-urls",
  "listen-peer-urls",
  "advertise-client-urls",
  "initial-advertise-peer-urls",
  "initial-cluster",
  "initial-cluster-state",
  "initial-cluster-token",
  "snapshot-count",
  "heartbeat-interval",
  "election-timeout",
  "quota-backend-bytes",
  "client-transport-security",
  "peer-transport-security"
]);
var CONFIG_SECTIONS = [CLIENT, PEER];
var SIDE_FLAGS = {
  client: { autoTls: "auto-tls", certFile: "cert-file", keyFile: "key-file" },
  peer: { autoTls: "peer-auto-tls", certFile: "peer-cert-file", keyFile: "peer-key-file" }
};

// src/etcd/urls.ts
var PLACEHOLDER_CHARS = " 	\r\n{}$<>%`";
function hasPlaceholder(text) {
  for (const c of text) if (PLACEHOLDER_CHARS.includes(c)) return true;
  return false;
}
function parseUrlList(raw, options) {
  const key = `${options.listen ? "l" : "d"}${options.opaque ? "o" : "-"}${raw}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  if (PARSED.size >= MAX_CACHED) PARSED.clear();
  const parsed = parseList(raw, options);
  PARSED.set(key, parsed);
  return parsed;
}
var PARSED = /* @__PURE__ */ new Map();
var MAX_CACHED = 4096;
function parseList(raw, options) {
  const lenient = options.opaque === true || hasPlaceholder(raw);
  const out = [];
  let from = 0;
  for (; ; ) {
    const comma = raw.indexOf(",", from);
    const to = comma < 0 ? raw.length : comma;
    let start = from;
    let end = to;
    while (start < end && isBlank(raw[start])) start++;
    while (end > start && isBlank(raw[end - 1])) end--;
    const text = raw.slice(start, end);
    const entry = lenient || hasPlaceholder(text) ? lenientEntry(text) : literalEntry(text, options.listen);
    out.push({ text, start, end, ...entry });
    if (comma < 0) break;
    from = comma + 1;
  }
  return out;
}
function isBlank(c) {
  return c === " " || c === "	" || c === "\r" || c === "\n";
}
function schemeOf(text) {
  const colon = text.indexOf(":");
  if (colon <= 0) return void 0;
  const scheme = text.slice(0, colon);
  if (!isAlpha(scheme[0])) return void 0;
  for (const c of scheme)
    if (!isAlpha(c) && !isDigit(c) && c !== "+" && c !== "-" && c !== ".") return void 0;
  return { scheme: scheme.toLowerCase(), rest: text.slice(colon + 1) };
}
function isAlpha(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z";
}
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function knownScheme(scheme) {
  return scheme === "http" || scheme === "https" || scheme === "unix" || scheme === "unixs" ? scheme : void 0;
}
function lenientEntry(text) {
  const parsed = schemeOf(text);
  const scheme = parsed && !hasPlaceholder(parsed.scheme) ? knownScheme(parsed.scheme) : void 0;
  if (!scheme || !parsed?.rest.startsWith("//")) return { scheme: void 0, reach: void 0 };
  if (scheme === "unix" || scheme === "unixs") return { scheme, reach: "local" };
  const host = hostOf(authorityOf(parsed.rest.slice(2)));
  const literal = host !== void 0 && !hasPlaceholder(host) && hostKind(host) === "loopback";
  return { scheme, reach: literal ? "local" : "network" };
}
function literalEntry(text, listen) {
  const parsed = schemeOf(text);
  const scheme = parsed ? knownScheme(parsed.scheme) : void 0;
  if ((!parsed || !scheme) && !listen) return { scheme: void 0, reach: void 0 };
  if (!parsed || !scheme) {
    return {
      scheme: void 0,
      reach: void 0,
      problem: `"${text}" is not a URL etcd accepts (URL scheme must be http, https, unix, or unixs)`
    };
  }
  if (scheme === "unix" || scheme === "unixs") return { scheme, reach: "local" };
  const rest = parsed.rest.startsWith("//") ? parsed.rest.slice(2) : void 0;
  const authority = rest === void 0 ? "" : authorityOf(rest);
  if (!listen) {
    const host2 = hostOf(authority) ?? authority.slice(authority.lastIndexOf("@") + 1);
    return { scheme, reach: hostKind(host2) === "loopback" ? "local" : "network" };
  }
  const path12 = rest === void 0 ? parsed.rest : rest.slice(authority.length).split("?")[0]?.split("#")[0];
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostOf(authority);
  if (host === void 0 || !hasPort(hostPort)) {
    return {
      scheme,
      reach: void 0,
      problem: `URL address does not have the form "host:port": ${text}`
    };
  }
  if (path12 !== void 0 && path12 !== "") {
    return { scheme, reach: void 0, problem: `URL must not contain a path: ${text}` };
  }
  const kind = hostKind(host);
  if (kind === "hostname") {
    return {
      scheme,
      reach: void 0,
      problem: `a listen URL must bind an IP address or \`localhost\`, not the host name in ${text} ("expected IP in URL for binding")`
    };
  }
  return { scheme, reach: kind === "loopback" ? "local" : "network" };
}
function authorityOf(rest) {
  let end = rest.length;
  for (const stop of ["/", "?", "#"]) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return rest.slice(0, end);
}
function hostOf(authority) {
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0 || hostPort[close + 1] !== ":") return void 0;
    return hostPort.slice(1, close);
  }
  const colon = hostPort.lastIndexOf(":");
  if (colon < 0 || hostPort.indexOf(":") !== colon) return void 0;
  return hostPort.slice(0, colon);
}
function hasPort(hostPort) {
  return hostPort.startsWith("[") ? hostPort.includes("]:") : hostPort.includes(":");
}
function hostKind(host) {
  if (host === "localhost") return "loopback";
  const v4 = parseIPv4(host);
  if (v4) return v4[0] === 127 ? "loopback" : "address";
  const v6 = parseIPv6(host);
  if (!v6) return "hostname";
  const mapped = v6.slice(0, 5).every((g) => g === 0) && v6[5] === 65535;
  if (mapped) return v6[6] >> 8 === 127 ? "loopback" : "address";
  return v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1 ? "loopback" : "address";
}
function parseIPv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  const out = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || part.length > 1 && part[0] === "0") return void 0;
    for (const c of part) if (!isDigit(c)) return void 0;
    const n = Number(part);
    if (n > 255) return void 0;
    out.push(n);
  }
  return out;
}
function isHex(c) {
  return isDigit(c) || c >= "a" && c <= "f" || c >= "A" && c <= "F";
}
function parseIPv6(text) {
  if (!text.includes(":")) return void 0;
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groups = (half) => {
    if (half === "") return [];
    const out = [];
    const parts = half.split(":");
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes(".")) {
        const v4 = parseIPv4(part);
        if (!v4) return void 0;
        out.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
        continue;
      }
      if (part.length === 0 || part.length > 4) return void 0;
      for (const c of part) if (!isHex(c)) return void 0;
      out.push(Number.parseInt(part, 16));
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return void 0;
  if (halves.length === 1) return head.length === 8 ? head : void 0;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return void 0;
  return [...head, ...new Array(missing).fill(0), ...tail];
}
function isPlaintext(scheme) {
  return scheme === "http" || scheme === "unix";
}
function isTls(scheme) {
  return scheme === "https" || scheme === "unixs";
}

// src/etcd/posture.ts
var LISTEN_SETTINGS = {
  client: ["listen-client-urls", "listen-client-http-urls"],
  peer: ["listen-peer-urls"]
};
var AUTH_SETTINGS = {
  client: { clientCertAuth: "client-cert-auth", trustedCa: "trusted-ca-file" },
  peer: { clientCertAuth: "peer-client-cert-auth", trustedCa: "peer-trusted-ca-file" }
};
function sidePosture(input, side) {
  const listeners = [];
  const problems = [];
  let listenersUnknown = false;
  for (const name of LISTEN_SETTINGS[side]) {
    const value = input.get(name);
    if (value.layer === "unknown") {
      listenersUnknown = true;
      continue;
    }
    let raw = writtenValue(value) ?? "";
    const defaulted = raw === "" && value.layer !== "etcd-default";
    if (raw === "") {
      raw = value.spec?.default ?? "";
      if (raw === "") continue;
    }
    for (const url of parseUrlList(raw, { opaque: value.setting?.valueUnknown === true, listen: true })) {
      const listener = {
        name,
        layer: value.layer,
        url,
        ...value.setting ? { setting: value.setting } : {},
        ...defaulted ? { defaulted } : {}
      };
      listeners.push(listener);
      if (url.problem && value.setting && certain(value.setting))
        problems.push(urlProblem(value.setting, url, `etcd will not start: ${url.problem}`));
    }
  }
  const plaintext = listeners.filter((l) => !l.url.problem && isPlaintext(l.url.scheme));
  const tls = listeners.filter((l) => !l.url.problem && isTls(l.url.scheme));
  const { certFile, keyFile, autoTls: autoTlsName } = SIDE_FLAGS[side];
  const cert = input.get(certFile);
  const key = input.get(keyFile);
  const certificates = bothKnown(cert, key) ? nonEmpty(cert) && nonEmpty(key) ? "set" : "absent" : "unknown";
  const auto = input.get(autoTlsName);
  const bothEmpty = bothKnown(cert, key) && !nonEmpty(cert) && !nonEmpty(key);
  const autoTls = auto.layer === "unknown" || auto.setting?.valueUnknown ? "unknown" : auto.bool?.kind === "true" && bothEmpty ? "on" : auto.bool?.kind === "true" && !bothKnown(cert, key) ? "unknown" : "off";
  const ca = input.get(AUTH_SETTINGS[side].trustedCa);
  const trustedCa = ca.layer === "unknown" ? "unknown" : nonEmpty(ca) ? "set" : "absent";
  const firstTls = tls[0];
  if (firstTls && certificates === "absent" && autoTls === "off" && certain(firstTls.setting))
    problems.push(missingCertificates(side, firstTls, [cert, key], input.span));
  const advertise = advertiseProblem(input, side, listeners);
  if (advertise) problems.push(advertise);
  return { side, listeners, listenersUnknown, plaintext, tls, certificates, autoTls, trustedCa, problems };
}
function bothKnown(a, b) {
  return a.layer !== "unknown" && b.layer !== "unknown";
}
function writtenValue(value) {
  return value.setting?.valueUnknown ? value.setting.rawValue : value.raw;
}
function nonEmpty(value) {
  const raw = writtenValue(value);
  return raw !== void 0 && raw !== "";
}
function certain(setting) {
  return !setting?.conditional || setting.conditional.rendered === true;
}
function urlSpan(setting, url) {
  return setting.locateValue?.(url.start, url.end) ?? setting.span;
}
function listenerSpan(listener) {
  return listener.defaulted ? listener.setting.span : urlSpan(listener.setting, listener.url);
}
function urlProblem(setting, url, message) {
  return {
    message,
    span: urlSpan(setting, url),
    flag: setting.name,
    ...setting.file ? { file: setting.file } : {}
  };
}
function missingCertificates(side, listener, files, launcherSpan) {
  const message = side === "client" ? `etcd will not start: TLS key/cert (--cert-file, --key-file) must be provided for client url ${listener.url.text} with HTTPS scheme` : `etcd will not start: cannot listen on TLS for ${listener.url.text}: KeyFile and CertFile are not presented (--peer-cert-file, --peer-key-file)`;
  const written = files.find(
    (file) => file.setting && file.layer !== "launcher-default" && file.layer !== "etcd-default"
  )?.setting;
  const anchor = written ?? (listener.layer === "launcher-default" ? void 0 : listener.setting);
  if (!anchor) return { message, span: launcherSpan, side };
  const span = anchor === listener.setting ? urlSpan(anchor, listener.url) : anchor.span;
  return { message, span, side, ...anchor.file ? { file: anchor.file } : {} };
}
function advertiseProblem(input, side, listeners) {
  if (side !== "client" || input.readsConfigFile) return void 0;
  const listen = input.get("listen-client-urls");
  if (listen.layer !== "flag" && listen.layer !== "env") return void 0;
  if (!listen.setting || !certain(listen.setting)) return void 0;
  if (input.get("advertise-client-urls").layer !== "etcd-default") return void 0;
  const first = listeners.find((l) => l.name === "listen-client-urls");
  const spelled = listen.layer === "env" ? listen.setting.key : "--listen-client-urls";
  return {
    message: `etcd will not start: ${spelled} is set without an advertise URL (--advertise-client-urls or ETCD_ADVERTISE_CLIENT_URLS): "When listening on specific address(es), this etcd process must advertise accessible url(s) to each connected client"`,
    span: first ? listenerSpan({ ...first, setting: listen.setting }) : listen.setting.span,
    flag: "listen-client-urls",
    ...listen.setting.file ? { file: listen.setting.file } : {}
  };
}
function problemSide(problem) {
  if (problem.side) return problem.side;
  return problem.flag ? settingSpec(problem.flag)?.side : void 0;
}

// src/rules/describe-tls.ts
function listenerPlace(url) {
  const rest = url.text.slice(url.text.indexOf("://") + 3);
  return url.scheme === "unix" || url.scheme === "unixs" ? `the unix socket ${rest}` : rest;
}
var CHART_KEYS = {
  "trusted-ca-file": "caFilename",
  "peer-trusted-ca-file": "caFilename",
  "client-cert-auth": "enableAuthentication",
  "peer-client-cert-auth": "enableAuthentication",
  "cert-file": "certFilename",
  "peer-cert-file": "certFilename",
  "key-file": "certKeyFilename",
  "peer-key-file": "certKeyFilename"
};
function spelling(setting, launcher, flag) {
  const origin2 = setting?.origin;
  if (origin2?.kind === "env") return `\`${envNameOf(flag)}\``;
  const chartKey = setting && origin2?.kind === "chart-value" ? CHART_KEYS[flag] : void 0;
  if (setting && chartKey) {
    const side = flag.startsWith("peer-") ? "peer" : "client";
    return `\`${chartPrefix(setting)}auth.${side}.${chartKey}\``;
  }
  if (origin2?.kind === "config-file" || !origin2 && launcher.kind === "config-file") {
    const key = settingSpec(flag)?.configKey;
    return `\`${key ? key.join(".") : flag}\``;
  }
  return `\`--${flag}\``;
}
var CERT_FLAGS = {
  client: {
    cert: "cert-file",
    key: "key-file",
    ca: "trusted-ca-file",
    auth: "client-cert-auth",
    listen: "listen-client-urls"
  },
  peer: {
    cert: "peer-cert-file",
    key: "peer-key-file",
    ca: "peer-trusted-ca-file",
    auth: "peer-client-cert-auth",
    listen: "listen-peer-urls"
  }
};
function certificateNames(setting, launcher, side) {
  const f = CERT_FLAGS[side];
  return `${spelling(setting, launcher, f.cert)}/${spelling(setting, launcher, f.key)}`;
}
function chartPrefix(setting) {
  const at = setting.key.indexOf("auth.");
  return at > 0 ? setting.key.slice(0, at) : "";
}
function plaintextFix(setting, launcher, side, name) {
  const f = CERT_FLAGS[side];
  const origin2 = setting?.origin;
  if (origin2?.kind === "extra-arg") {
    const tool = origin2.tool;
    return origin2.field.startsWith("etcd-arg") ? `remove the \`${name}\` entry from \`${origin2.field}\`; ${tool} then listens with https and its own etcd certificates.` : `remove \`${name}\` from \`${origin2.field}\`; ${tool} then listens with https and its own etcd certificates.`;
  }
  if (origin2?.kind === "chart-value") {
    const p = `${chartPrefix(setting)}auth.${side}`;
    return `set \`${p}.secureTransport: true\` and give the chart CA-signed certificates (\`${p}.existingSecret\`), with \`${p}.enableAuthentication: true\`.`;
  }
  if (origin2?.kind === "operator") return operatorPlaintextFix(origin2.operator, side);
  if (origin2?.kind === "config-file" || !origin2 && launcher.kind === "config-file") {
    const section = side === "client" ? "client-transport-security" : "peer-transport-security";
    return `use \`https://\` in \`${name}\` and set \`cert-file\`, \`key-file\`, \`trusted-ca-file\` and \`client-cert-auth: true\` under \`${section}\`.`;
  }
  const s = (flag) => spelling(setting, launcher, flag);
  const verb = setting ? `use \`https://\` in ${s(name)}` : `set ${s(f.listen)} to \`https://\` URLs (with an advertise URL)`;
  return `${verb} and give etcd ${s(f.cert)}/${s(f.key)} signed by a CA, with ${s(f.ca)} and ${enabled(setting, f.auth)}.`;
}
function operatorPlaintextFix(operator, side) {
  if (operator.startsWith("coreos/"))
    return side === "client" ? "set `spec.TLS.static.operatorSecret` and `spec.TLS.static.member.serverSecret` to Secrets with CA-signed certificates; the operator then serves clients over https with client-certificate auth." : "set `spec.TLS.static.member.peerSecret` to a Secret with CA-signed peer certificates; the operator then runs peers over https with client-certificate auth.";
  return side === "client" ? "set `spec.security.tls.serverSecret` to a Secret with a CA-signed server certificate (`tls.crt`, `tls.key`), and `spec.security.tls.clientSecret` to one with the CA of the clients (`ca.crt`); the operator then listens with https and requires client certificates." : "set `spec.security.tls.peerSecret` to a Secret with CA-signed peer certificates; the operator then runs peers over https with client-certificate auth.";
}
function enabled(setting, flag) {
  return setting?.origin.kind === "env" ? `\`${envNameOf(flag)}=true\`` : `\`--${flag}=true\``;
}
function clientCertAuthFix(setting, launcher, side) {
  const f = CERT_FLAGS[side];
  const origin2 = setting?.origin;
  if (launcher.kind === "operator" && launcher.operator.startsWith("aenix-io/"))
    return side === "client" ? "set `spec.security.tls.clientSecret` to a Secret holding the CA that signs the clients' certificates (`ca.crt`); the operator then passes it as `--trusted-ca-file` with `--client-cert-auth`." : "set `spec.security.tls.peerSecret` to a Secret with CA-signed peer certificates and their CA; the operator then passes them with `--peer-client-cert-auth`.";
  if (origin2?.kind === "extra-arg") {
    return `remove \`${setting?.key ?? f.auth}\` from \`${origin2.field}\`; ${origin2.tool} passes \`--${f.auth}=true\` with its own etcd CA.`;
  }
  if (origin2?.kind === "chart-value") {
    const p = `${chartPrefix(setting)}auth.${side}`;
    return `set \`${p}.enableAuthentication: true\` (the chart then sets client-certificate auth and \`${p}.caFilename\`, default \`ca.crt\`, as the trusted CA).`;
  }
  if (origin2?.kind === "config-file" || !origin2 && launcher.kind === "config-file") {
    const section = side === "client" ? "client-transport-security" : "peer-transport-security";
    return `set \`client-cert-auth: true\` and \`trusted-ca-file\` (the CA that signs the ${side === "client" ? "clients" : "members"}' certificates) under \`${section}\`.`;
  }
  const s = (flag) => spelling(setting, launcher, flag);
  return `set ${enabled(setting, f.auth)} and give etcd ${s(f.ca)} (the CA that signs the ${side === "client" ? "clients" : "members"}' certificates).`;
}
function describeClientLauncher(launcher) {
  switch (launcher.kind) {
    case "container": {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name}, container ${launcher.container}`;
    }
    case "systemd":
      return `systemd unit ${launcher.unit}`;
    case "tool":
      return launcher.objectName ? `${launcher.objectKind} ${launcher.objectName} (${launcher.tool})` : `${launcher.tool} ${launcher.objectKind}`;
  }
}
function describeEndpoint(setting) {
  const origin2 = setting.origin;
  if (origin2.kind === "extra-arg")
    return `\`${origin2.field}\` lists \`${setting.text}\`, which ${origin2.tool} passes to the kube-apiserver as \`--etcd-servers\` and which`;
  if (origin2.kind === "launcher-default") return `${origin2.tool} passes \`${setting.text}\`, which`;
  return `the kube-apiserver is started with \`${setting.text}\`, which`;
}
function clientFix(launcher, what) {
  const field2 = launcher.kind === "tool" ? launcher.field : void 0;
  if (launcher.kind === "tool" && launcher.tool === "kubeadm") {
    if (what === "https")
      return `use \`https://\` endpoints in \`${field2}.endpoints\` and set \`caFile\`, \`certFile\` and \`keyFile\` under \`${field2}\`.`;
    if (what === "certificate")
      return `set \`certFile\` and \`keyFile\` (a client certificate etcd's CA signed) under \`${field2}\`.`;
    return `set \`caFile\` (etcd's CA) under \`${field2}\`.`;
  }
  if (launcher.kind === "tool" && launcher.tool === "k0s") {
    if (what === "https")
      return `use \`https://\` endpoints in \`${field2}.endpoints\` and set \`caFile\`, \`clientCertFile\` and \`clientKeyFile\` under \`${field2}\`.`;
    return `set \`caFile\`, \`clientCertFile\` and \`clientKeyFile\` under \`${field2}\` (k0s passes them only all together).`;
  }
  if (launcher.kind === "tool" && launcher.tool === "RKE")
    return `use \`https://\` URLs in \`${field2}\` (RKE passes its etcd client certificate, \`ca_cert\`, \`cert\` and \`key\`, with them).`;
  if (what === "https")
    return "use `https://` etcd endpoints and give the kube-apiserver `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`.";
  if (what === "certificate")
    return "give the kube-apiserver `--etcd-certfile` and `--etcd-keyfile` (a client certificate etcd's CA signed).";
  return "give the kube-apiserver `--etcd-cafile` (the CA that signs etcd's server certificate).";
}

// src/etcd/go-flags.ts
function parseGoBool(raw) {
  switch (raw) {
    case "1":
    case "t":
    case "T":
    case "TRUE":
    case "true":
    case "True":
      return { kind: "true" };
    case "0":
    case "f":
    case "F":
    case "FALSE":
    case "false":
    case "False":
      return { kind: "false" };
    default:
      return { kind: "invalid", meansTrue: looksTrue(raw) };
  }
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "t", "1", "yes", "y", "on", "enable", "enabled"]);
function looksTrue(raw) {
  const unquoted = raw.trim().replace(/^(["'])(.*)\1$/s, "$2").trim();
  return TRUE_WORDS.has(unquoted.toLowerCase());
}
function parseEtcdArgv(words, inShellScript) {
  const origin2 = { kind: "flag", inShellScript };
  const flags = [];
  const startupProblems = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const s = word.value;
    if (s === "--") {
      const rest = words[i + 1];
      if (rest) startupProblems.push(notAFlag(rest));
      break;
    }
    if (s.length < 2 || s[0] !== "-") {
      if (word.opaque) continue;
      startupProblems.push(notAFlag(word));
      break;
    }
    const dashes = s[1] === "-" ? 2 : 1;
    const body = s.slice(dashes);
    if (body.length === 0 || body[0] === "-" || body[0] === "=") {
      startupProblems.push({ message: `etcd will not start: bad flag syntax "${s}"`, span: word.span });
      break;
    }
    const eq = body.indexOf("=", 1);
    const name = eq < 0 ? body : body.slice(0, eq);
    let rawValue = eq < 0 ? void 0 : body.slice(eq + 1);
    let span = word.span;
    let text = s;
    let valueUnknown = rawValue !== void 0 && word.opaque;
    const valueStart = dashes + eq + 1;
    const wordLocate = word.locate;
    let locateValue = eq >= 0 && wordLocate ? (from, to) => wordLocate(valueStart + from, valueStart + to) : void 0;
    const next = words[i + 1];
    if (rawValue === void 0 && !isBooleanFlag(name)) {
      const known = settingSpec(name) !== void 0;
      if (next && (known || !next.value.startsWith("-"))) {
        rawValue = next.value;
        valueUnknown = next.opaque;
        i++;
        if (next.span.startLine === span.startLine) span = { ...span, endColumn: next.span.endColumn };
        text = `${s} ${next.value}`;
        locateValue = next.locate;
      } else if (known && !next && !word.opaque) {
        startupProblems.push({
          message: `etcd will not start: flag needs an argument: -${name}`,
          span: word.span,
          flag: name
        });
      }
    }
    const key = eq < 0 ? s : s.slice(0, dashes + eq);
    const setting = { name, key, text, rawValue, origin: origin2, span };
    if (valueUnknown) setting.valueUnknown = true;
    if (locateValue) setting.locateValue = locateValue;
    flags.push(setting);
  }
  return { flags, startupProblems };
}
function notAFlag(word) {
  return {
    message: `etcd will not start: "${word.value}" is not a valid flag (Go stops reading flags at the first plain argument)`,
    span: word.span
  };
}
function boolOf(setting) {
  if (setting.bool) return setting.bool;
  return setting.rawValue === void 0 ? { kind: "true" } : parseGoBool(setting.rawValue);
}
function meansTrue(value) {
  return value.kind === "true" || value.kind === "invalid" && value.meansTrue;
}

// src/rules/describe.ts
function describeLauncher(launcher) {
  switch (launcher.kind) {
    case "container": {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name}, container ${launcher.container}`;
    }
    case "kubeadm":
      return launcher.objectName ? `${launcher.objectKind} ${launcher.objectName} (${launcher.apiVersion})` : `kubeadm ${launcher.objectKind} (${launcher.apiVersion})`;
    case "config-file":
      return `etcd config file ${launcher.where}`;
    case "systemd":
      return `systemd unit ${launcher.unit}`;
    case "env-file":
      return `etcd environment file ${launcher.path}`;
    case "compose":
      return `Compose service ${launcher.service}`;
    case "distribution":
      return `${launcher.distribution} configuration ${launcher.objectName}`;
    case "chart-values":
      return launcher.release ? `${launcher.release} (chart ${launcher.chart})` : `Helm values for the ${launcher.chart} chart`;
    case "shell-script":
      return `shell script ${launcher.path}`;
    case "docker-run":
      return `\`docker run\` of ${launcher.image} in ${launcher.path}`;
    case "dockerfile":
      return `Dockerfile ${launcher.path} (${launcher.instruction}${launcher.stage ? ` of stage ${launcher.stage}` : ""})`;
    case "operator": {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name} (${launcher.operator})`;
    }
  }
}
function launcherNotes(launcher) {
  if ((launcher.kind === "container" || launcher.kind === "compose") && launcher.imageProgram) {
    const given = launcher.kind === "container" ? "no command" : "no entrypoint or command";
    return [
      `The ${launcher.kind === "container" ? "container" : "service"} gives ${given}, so its program is taken from the image: ${launcher.imageProgram}.`
    ];
  }
  return [];
}
function toolOf(launcher) {
  if (launcher.kind === "kubeadm") return "kubeadm";
  if (launcher.kind === "distribution") return launcher.distribution;
  return void 0;
}
function describeEnvSource(from) {
  switch (from.kind) {
    case "container":
      return "in the container env";
    case "configmap": {
      const name = from.namespace ? `${from.namespace}/${from.name}` : from.name;
      return from.via === "envFrom" ? `from ConfigMap ${name} (envFrom)` : `from ConfigMap ${name} key ${from.key ?? ""} (valueFrom)`;
    }
    case "env-file":
      return "in the environment file";
    case "unit-environment":
      return `in Environment= of ${from.of}`;
    case "unit-environment-file":
      return `from EnvironmentFile=${from.path} of ${from.of}`;
    case "compose":
      return "in the service environment";
    case "tool-field":
      return `in ${from.field}`;
    case "script":
      return SCRIPT_ENV[from.via];
    case "docker-env-file":
      return `from \`docker run --env-file ${from.path}\``;
  }
}
var SCRIPT_ENV = {
  export: "exported earlier in the script",
  prefix: "in front of the command",
  "docker-env": "from `docker run -e`",
  "dockerfile-env": "from the Dockerfile's ENV"
};
function describeSetting(setting) {
  const origin2 = setting.origin;
  switch (origin2.kind) {
    case "flag":
      return `etcd is started with \`${setting.text}\`${origin2.inShellScript ? " (in its shell command)" : ""}, which`;
    case "extra-arg": {
      const rendered = `--${setting.name}${setting.rawValue === void 0 ? "" : `=${setting.rawValue}`}`;
      return `${origin2.field} sets \`${setting.text}\`, which ${origin2.tool} passes to etcd as \`${rendered}\` and`;
    }
    case "env":
      return `etcd gets \`${setting.text}\` ${describeEnvSource(origin2.from)}, which`;
    case "config-file":
      if (origin2.writtenBy)
        return `\`${setting.text}\` makes ${origin2.writtenBy.tool} write \`${origin2.key}: ${setting.rawValue ?? ""}\` into etcd's config file, which`;
      return `\`${origin2.key}\` is set to \`${setting.rawValue ?? ""}\`, which`;
    case "chart-value": {
      const does = origin2.renders.includes("=") ? `set \`${origin2.renders}\`` : `leave \`${origin2.renders}\` unset`;
      return origin2.absent ? `\`${setting.key}\` is not set, so the ${origin2.chart} chart's default (\`${setting.text}\`) makes it ${does}, which` : `\`${setting.text}\` makes the ${origin2.chart} chart ${does}, which`;
    }
    case "launcher-default":
      return `${origin2.tool} passes \`${setting.text}\`, which`;
    case "operator":
      return `${origin2.operator} starts etcd with \`${setting.text}\` because \`${origin2.field}\` is not set, which`;
  }
}
function spelledLike(setting, flag) {
  switch (setting.origin.kind) {
    case "env":
      return `\`${envNameOf(flag)}\``;
    case "config-file": {
      const key = settingSpec(flag)?.configKey;
      return `\`${key ? key[key.length - 1] : flag}\``;
    }
    default:
      return `\`--${flag}\``;
  }
}
function removalFix(setting, launcher, replacement2) {
  const origin2 = setting.origin;
  const flag = setting.name;
  switch (origin2.kind) {
    case "flag":
    case "launcher-default":
      return `remove \`--${flag}\` (or set \`--${flag}=false\`) and give etcd ${replacement2.flags}.`;
    case "extra-arg":
      return `remove \`${setting.key}\` from \`${origin2.field}\`; ${launcherCertificates(launcher, origin2.tool)}.`;
    case "env": {
      const tool = toolOf(launcher);
      if (tool && origin2.from.kind === "tool-field")
        return `remove \`${setting.key}\` from \`${origin2.from.field}\`; ${launcherCertificates(launcher, tool)}.`;
      return `remove \`${setting.key}\` (or set it to \`false\`) and give etcd ${replacement2.env}.`;
    }
    case "config-file":
      if (origin2.writtenBy)
        return `remove \`${origin2.writtenBy.variable}\` (or set it to \`false\`) and give etcd ${replacement2.env}.`;
      return `set \`${origin2.key}: false\` and set ${replacement2.configKeys} under \`${origin2.key.split(".")[0]}\`.`;
    case "chart-value":
      return `set \`${setting.key}: false\` and give the chart CA-signed certificates in a Secret (the chart's \`existingSecret\` values).`;
    case "operator":
      return `set \`${origin2.field}\` to a Secret holding a CA-signed certificate (\`tls.crt\`, \`tls.key\`, \`ca.crt\`); ${origin2.operator} then passes certificate files instead.`;
  }
}
function launcherCertificates(launcher, tool) {
  return launcher.kind === "kubeadm" ? "kubeadm already gives etcd certificates signed by its etcd CA" : `${tool} already gives etcd certificates`;
}
function ineffectiveMessage({ setting, reason }) {
  const side = setting.name.startsWith("peer-") ? "peer" : "client";
  const autoTls = setting.name === "auto-tls" || setting.name === "peer-auto-tls";
  const cis = settingSpec(setting.name)?.flag === "peer-auto-tls" ? "2.6" : "2.3";
  switch (reason.kind) {
    case "config-key-misplaced":
      if (setting.origin.kind === "extra-arg") {
        const effect = autoTls ? `so ${side} auto-TLS is not enabled and this is not a CIS ${cis} violation` : `so the launcher's own \`${reason.expected}\` stays in force`;
        return `\`${setting.origin.field}: ${setting.text}\` has no effect: k3s and RKE2 write each etcd-arg as a top-level key of etcd's config file, and etcd ignores a top-level \`${setting.name}\` (it reads it only as \`${reason.expected}\`), ${effect}. The entry can be removed.`;
      }
      return autoTls ? `top-level \`${setting.key}\` in an etcd config file is ignored by etcd (it reads it only as \`${reason.expected}\`); it does not enable ${side} auto-TLS and can be removed` : `top-level \`${setting.key}\` in an etcd config file is ignored by etcd (it reads it only as \`${reason.expected}\`); move it under \`${reason.expected.split(".")[0]}\` or remove it`;
    case "launcher-refuses": {
      const field2 = setting.origin.kind === "extra-arg" ? setting.origin.field : setting.key;
      const cisPart = autoTls ? ` This is not a CIS ${cis} violation; remove the entry.` : " Remove the entry.";
      return `\`${field2}.${setting.name}\`: \`${setting.name}\` is on the deny-list of ${reason.launcher}' etcd service (${reason.launcher} always passes \`--${setting.name}=${reason.launcherValue ?? ""}\` with its own certificates), so etcd will not start with this machine config.${cisPart}`;
    }
  }
}

// src/rules/templates.ts
function mustNotBeTrue(meta11, spec) {
  return {
    meta: meta11,
    evaluate(effective) {
      const value = effective.get(spec.setting);
      const setting = enablingSetting(value);
      if (!setting || setting.origin.kind === "launcher-default") return [];
      const level = conditionalLevel(setting, meta11.defaultLevel);
      if (!level) return [];
      const { launcher } = effective.config;
      const subject = describeLauncher(launcher);
      const fix = removalFix(setting, launcher, spec.replacement);
      const first = `${subject}: ${describeSetting(setting)} ${spec.effect}, ${spec.risk} (CIS Kubernetes ${meta11.cis}).`;
      const caveats = [
        ...settingCaveats(setting, launcher),
        ...invalidValueCaveat(setting, spec.intent),
        ...otherStartupProblems(effective, spec.setting),
        ...inertCaveat(effective, value, setting)
      ];
      const message = [first, ...caveats, `Fix: ${fix}`].join(" ");
      return [finding(meta11, effective, setting, level, spec.title, message, subject, fix)];
    }
  };
}
function conditionalLevel(setting, level) {
  const condition = setting.conditional;
  if (!condition || condition.rendered === true) return level;
  if (condition.rendered === false) return void 0;
  return level === "note" ? "note" : "warning";
}
function settingCaveats(setting, launcher) {
  return [
    ...setting ? conditionalCaveat(setting) : [],
    ...launcherNotes(launcher),
    ...setting?.caveat ? [`Note: ${setting.caveat}.`] : []
  ];
}
function conditionalCaveat(setting) {
  const condition = setting.conditional;
  if (!condition) return [];
  if (condition.script)
    return [
      `The script sets it only on some paths (under ${condition.text}); reported as a warning because the script can set it.`
    ];
  if (condition.rendered === true)
    return [
      `The template renders it under ${condition.text}${condition.because ? `: ${condition.because}` : ""}.`
    ];
  return [
    `The template renders it only under ${condition.text}, which the values in the repository do not decide${condition.because ? ` (${condition.because})` : ""}; reported as a warning because the repository can produce it.`
  ];
}
function enablingSetting(value) {
  if (value.conflict) {
    const { flag, env } = value.conflict;
    if (!flag.valueUnknown && meansTrue(boolOf(flag))) return flag;
    if (!env.valueUnknown && env.rawValue !== "" && meansTrue(boolOf(env))) return env;
    return void 0;
  }
  return value.setting && value.bool && meansTrue(value.bool) ? value.setting : void 0;
}
function invalidValueCaveat(setting, intent) {
  if (boolOf(setting).kind !== "invalid") return [];
  return [
    `The value \`${setting.rawValue ?? ""}\` is not a boolean etcd accepts, so etcd will not start with it; the intent to ${intent} still violates the control.`
  ];
}
function otherStartupProblems(effective, flag) {
  return effective.startupProblems.filter((problem) => problem.flag !== flag).map((problem) => `Also, ${problem.message}.`);
}
function inertCaveat(effective, value, setting) {
  if (value.inert?.kind !== "certificates-given" || setting !== value.setting) return [];
  const { launcher } = effective.config;
  const tool = toolOf(launcher);
  const who = tool ? `${tool} always passes` : "the configuration also sets";
  const side = value.spec?.side === "peer" ? "peer-" : "";
  const names = setting.origin.kind === "config-file" ? "`cert-file`/`key-file`" : setting.origin.kind === "env" && !tool ? `${spelledLike(setting, `${side}cert-file`)}/${spelledLike(setting, `${side}key-file`)}` : `\`--${side}cert-file\`/\`--${side}key-file\``;
  return [
    `Because ${who} ${names}, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and takes effect as soon as those files are removed.`
  ];
}
function finding(meta11, effective, setting, level, title, message, subject, fix) {
  return ownedFinding(
    meta11,
    effective.config,
    { span: setting.span, file: setting.file, setting },
    level,
    title,
    message,
    subject,
    fix
  );
}
function ownedFinding(meta11, owner, at, level, title, message, subject, fix) {
  const shown2 = readable(subject);
  const file = at.file ?? owner.file;
  const related = [];
  if (file.absPath !== owner.file.absPath)
    related.push({ file: owner.file, span: owner.span, message: `${shown2}, which reads this setting` });
  for (const location2 of owner.related ?? [])
    if (location2.file.absPath !== file.absPath) related.push(location2);
  const decidedBy = at.setting?.conditional?.decidedBy;
  if (decidedBy && decidedBy.file.absPath !== file.absPath) related.push(decidedBy);
  return {
    ruleId: meta11.id,
    level,
    message: readable(message),
    title,
    file,
    span: at.span,
    subject: shown2,
    fix,
    ...related.length > 0 ? { related } : {}
  };
}
function readable(message) {
  return message.replace(BLANK_RUN, "\u2026");
}
var BLANK_RUN = /\$xx+/g;

// src/rules/apiserver-templates.ts
function clientFinding(meta11, client, at, level, title, message, fix) {
  const subject = describeClientLauncher(client.config.launcher);
  return ownedFinding(meta11, client.config, at, level, title, message, subject, fix);
}
function reportable(client) {
  return client.endpoints.filter((endpoint) => endpoint.setting.origin.kind !== "launcher-default");
}
function plaintextEndpoints(meta11, title) {
  return {
    meta: meta11,
    evaluate: () => [],
    evaluateClient(client) {
      if (client.startupProblems.length > 0) return [];
      const byKey = /* @__PURE__ */ new Map();
      for (const endpoint of reportable(client)) {
        if (endpoint.url.scheme !== "http") continue;
        byKey.set(endpoint.setting.key, [...byKey.get(endpoint.setting.key) ?? [], endpoint]);
      }
      return [...byKey.values()].flatMap((endpoints) => {
        const worst = endpoints.find((e) => e.url.reach === "network") ?? endpoints[0];
        const network = worst.url.reach === "network";
        const level = conditionalLevel(worst.setting, network ? "error" : "warning");
        if (!level) return [];
        const subject = describeClientLauncher(client.config.launcher);
        const first = `${subject}: ${describeEndpoint(worst.setting)} makes the kube-apiserver talk to etcd at ${worst.url.text} without TLS: every object it stores, Secrets included, crosses ${network ? "the network" : "the host"} in clear text, whatever \`--etcd-certfile\`/\`--etcd-cafile\` say (the etcd client drops TLS for http:// endpoints) (CIS Kubernetes ${meta11.cis}).`;
        const caveats = [
          ...conditionalCaveat(worst.setting),
          ...network ? worst.setting.valueUnknown ? ["The host is a placeholder, so the endpoint may be on any machine."] : [] : ["The endpoint is on loopback, so the traffic stays on the host."]
        ];
        const fix = clientFix(client.config.launcher, "https");
        const message = [first, ...caveats, `Fix: ${fix}`].join(" ");
        const at = {
          span: urlSpan(worst.setting, worst.url),
          file: worst.setting.file,
          setting: worst.setting
        };
        return [clientFinding(meta11, client, at, level, title, message, fix)];
      });
    }
  };
}
function missingClientFile(meta11, spec) {
  return {
    meta: meta11,
    evaluate: () => [],
    evaluateClient(client) {
      if (client.startupProblems.length > 0) return [];
      const tls = client.endpoints.find((endpoint) => isTls(endpoint.url.scheme));
      if (!tls) return [];
      const files = spec.files.map((name) => client.file(name));
      if (!files.every((file) => file.state === "absent" || file.state === "empty")) return [];
      const written = files.find((file) => file.state === "empty")?.setting;
      const level = written ? conditionalLevel(written, meta11.defaultLevel) : meta11.defaultLevel;
      if (!level) return [];
      const subject = describeClientLauncher(client.config.launcher);
      const flags = spec.files.map((name) => `\`--${name}\``).join("/");
      const first = `${subject}: the kube-apiserver dials etcd over TLS (${tls.url.text}) without ${flags}, so ${spec.effect} (CIS Kubernetes ${meta11.cis}).`;
      const fix = clientFix(client.config.launcher, spec.what);
      const message = [first, ...written ? conditionalCaveat(written) : [], `Fix: ${fix}`].join(" ");
      const at = written ? { span: written.span, file: written.file, setting: written } : { span: client.config.span };
      return [clientFinding(meta11, client, at, level, spec.title, message, fix)];
    }
  };
}

// src/rules/apiserver-etcd-cafile-missing.ts
var meta = {
  id: "apiserver-etcd-cafile-missing",
  name: "ApiServerEtcdCaFileMissing",
  cis: "1.2.26",
  setting: "--etcd-cafile",
  defaultLevel: "note",
  securitySeverity: "3.7",
  precision: "high",
  tags: ["security", "kubernetes", "etcd", "kube-apiserver", "tls", "cis-1.2.26", "external/cwe/cwe-295"],
  shortDescription: "The kube-apiserver dials etcd over TLS without --etcd-cafile.",
  fullDescription: `The kube-apiserver connects to https:// etcd endpoints without --etcd-cafile, so it checks etcd's certificate against the host's system roots instead of etcd's own CA (CIS Kubernetes Benchmark "Ensure that the --etcd-cafile argument is set as appropriate", 1.2.26 in v1.9\u2013v1.12).`,
  helpText: "Without --etcd-cafile the kube-apiserver verifies etcd's server certificate against the system roots: a private etcd CA is then not trusted (the connection fails), and any publicly trusted certificate for the name would be. Set --etcd-cafile to etcd's CA (kubeadm: etcd.external.caFile). Reported only where the whole kube-apiserver configuration is visible. See docs/rules/apiserver-etcd-cafile-missing.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-cafile argument is set as appropriate" (1.2.26 in v1.9\u2013v1.12; 1.2.32 in v1.5/v1.6).',
    "",
    "Without `--etcd-cafile` the kube-apiserver checks etcd's certificate against the host's system roots instead of pinning etcd's own CA. A note: the traffic is still encrypted.",
    "",
    "**Fix**",
    "- kube-apiserver flags: `--etcd-cafile=<etcd CA>`.",
    "- kubeadm / Cluster API: `etcd.external.caFile`.",
    "- k0s: `caFile`, `clientCertFile` and `clientKeyFile` in `spec.storage.etcd.externalCluster`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-cafile-missing.md)"
  ].join("\n"),
  docsPath: "docs/rules/apiserver-etcd-cafile-missing.md"
};
var apiServerEtcdCaFileMissing = missingClientFile(meta, {
  title: "kube-apiserver does not pin etcd's CA",
  files: ["etcd-cafile"],
  effect: "it checks etcd's certificate against the host's system roots instead of etcd's own CA",
  what: "ca"
});

// src/rules/apiserver-etcd-client-cert-missing.ts
var meta2 = {
  id: "apiserver-etcd-client-cert-missing",
  name: "ApiServerEtcdClientCertMissing",
  cis: "1.2.23",
  setting: "--etcd-certfile",
  defaultLevel: "warning",
  securitySeverity: "5.3",
  precision: "high",
  tags: ["security", "kubernetes", "etcd", "kube-apiserver", "tls", "cis-1.2.23", "external/cwe/cwe-306"],
  shortDescription: "The kube-apiserver dials etcd over TLS without a client certificate (--etcd-certfile/--etcd-keyfile).",
  fullDescription: 'The kube-apiserver connects to https:// etcd endpoints without --etcd-certfile and --etcd-keyfile, so it presents no client certificate: it works only against an etcd that accepts clients without one (CIS Kubernetes Benchmark "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate", 1.2.23 in v1.9\u2013v1.12).',
  helpText: "Without --etcd-certfile and --etcd-keyfile the kube-apiserver presents no client certificate to etcd, which is only possible if etcd accepts unauthenticated TLS clients. Give it a client certificate signed by etcd's CA (kubeadm: etcd.external.certFile and keyFile; k0s: clientCertFile and clientKeyFile). Reported only where the whole kube-apiserver configuration is visible. See docs/rules/apiserver-etcd-client-cert-missing.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate" (1.2.23 in v1.9\u2013v1.12; 1.2.29 in v1.5/v1.6).',
    "",
    "With `https://` etcd endpoints but no `--etcd-certfile`/`--etcd-keyfile`, the kube-apiserver presents no client certificate. That works only against an etcd that lets any TLS client in, which `etcd-client-cert-auth-disabled` reports on the etcd side. A warning: the traffic is still encrypted.",
    "",
    "**Fix**",
    "- kube-apiserver flags: `--etcd-certfile` and `--etcd-keyfile` with a client certificate signed by etcd's CA.",
    "- kubeadm / Cluster API: `etcd.external.certFile` and `keyFile` (with `caFile`).",
    "- k0s: `caFile`, `clientCertFile` and `clientKeyFile` in `spec.storage.etcd.externalCluster` (k0s passes them only all together).",
    "",
    "kubeadm with local etcd, RKE and Talos always pass these files; they are not reported.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-client-cert-missing.md)"
  ].join("\n"),
  docsPath: "docs/rules/apiserver-etcd-client-cert-missing.md"
};
var apiServerEtcdClientCertMissing = missingClientFile(meta2, {
  title: "kube-apiserver has no etcd client certificate",
  files: ["etcd-certfile", "etcd-keyfile"],
  effect: "it presents no client certificate and works only against an etcd that lets any TLS client in",
  what: "certificate"
});

// src/rules/apiserver-etcd-plaintext.ts
var meta3 = {
  id: "apiserver-etcd-plaintext",
  name: "ApiServerEtcdPlaintext",
  cis: "1.2.23/1.2.26",
  setting: "--etcd-servers",
  defaultLevel: "error",
  securitySeverity: "8.1",
  precision: "very-high",
  tags: [
    "security",
    "kubernetes",
    "etcd",
    "kube-apiserver",
    "tls",
    "cis-1.2.23",
    "cis-1.2.26",
    "external/cwe/cwe-319"
  ],
  shortDescription: "The kube-apiserver talks to etcd over plaintext http://.",
  fullDescription: 'An http:// URL in the kube-apiserver --etcd-servers or --etcd-servers-overrides (or the external etcd endpoints of kubeadm, Cluster API, k0s or RKE) makes it send everything it stores, Secrets included, to etcd in clear text, whatever --etcd-certfile and --etcd-cafile say (CIS Kubernetes Benchmark "--etcd-certfile and --etcd-keyfile" and "--etcd-cafile", intent).',
  helpText: "The etcd client drops TLS for http:// endpoints even when --etcd-cafile, --etcd-certfile and --etcd-keyfile are given, so a kube-apiserver pointed at http:// etcd passes kube-bench while sending every object in clear text. Use https:// endpoints with --etcd-cafile, --etcd-certfile and --etcd-keyfile (kubeadm: etcd.external.endpoints with caFile, certFile, keyFile). unix:// endpoints (kine) are not reported. See docs/rules/apiserver-etcd-plaintext.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set" and "--etcd-cafile" (1.2.23 and 1.2.26 in v1.9\u2013v1.12), intent.',
    "",
    "The etcd client decides TLS per endpoint: `http://` drops TLS even when certificate files are configured, so the kube-apiserver sends every object it stores, Secrets included, in clear text while kube-bench's presence checks pass. An endpoint on another machine is an error; one on loopback a warning. `unix://` sockets (kine) are not reported.",
    "",
    "**Fix**",
    "- kube-apiserver flags: `--etcd-servers=https://\u2026` with `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`; the same for every `--etcd-servers-overrides` entry.",
    "- kubeadm / Cluster API: `etcd.external.endpoints: [https://\u2026]` with `caFile`, `certFile` and `keyFile`.",
    "- k0s: `https://` in `spec.storage.etcd.externalCluster.endpoints` with `caFile`, `clientCertFile`, `clientKeyFile`.",
    "- RKE: `https://` in `services.etcd.external_urls`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-plaintext.md)"
  ].join("\n"),
  docsPath: "docs/rules/apiserver-etcd-plaintext.md"
};
var apiServerEtcdPlaintext = plaintextEndpoints(meta3, "kube-apiserver talks to etcd without TLS");

// src/rules/etcd-auto-tls.ts
var meta4 = {
  id: "etcd-auto-tls",
  name: "EtcdClientAutoTls",
  cis: "2.3",
  setting: "--auto-tls",
  defaultLevel: "error",
  securitySeverity: "7.5",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.3", "external/cwe/cwe-295"],
  shortDescription: "etcd serves clients with self-signed certificates (--auto-tls).",
  fullDescription: "etcd started with --auto-tls=true generates a self-signed certificate for client connections, which the kube-apiserver and other clients cannot verify (CIS Kubernetes Benchmark 2.3).",
  helpText: "CIS Kubernetes Benchmark 2.3: do not use self-signed certificates for etcd client TLS. Remove --auto-tls (or set --auto-tls=false) and configure --cert-file and --key-file with a certificate signed by a trusted CA, plus --trusted-ca-file and --client-cert-auth=true. With kubeadm, remove auto-tls from etcd.local.extraArgs. See docs/rules/etcd-auto-tls.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.3**: self-signed certificates should not be used for etcd client TLS.",
    "",
    "With `--auto-tls=true` (or a bare `--auto-tls`) etcd generates its own self-signed certificate for client connections. Clients cannot verify it, so a machine in the middle can read or change everything stored in etcd, including Secrets.",
    "",
    "**Fix**",
    "- Static pod or workload: remove `--auto-tls` (or set `--auto-tls=false`) and pass `--cert-file`, `--key-file`, `--trusted-ca-file` and `--client-cert-auth=true`.",
    "- kubeadm: remove `auto-tls` from `ClusterConfiguration.etcd.local.extraArgs`; kubeadm already issues CA-signed etcd certificates.",
    "",
    "When certificate files are also given, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and comes back into force if the files are removed.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-auto-tls.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-auto-tls.md"
};
var etcdAutoTls = mustNotBeTrue(meta4, {
  setting: "auto-tls",
  title: "etcd client auto-TLS is enabled",
  effect: "enables client auto-TLS",
  risk: "so etcd serves client connections with a self-signed certificate that the kube-apiserver and other clients cannot verify, which allows interception of cluster data",
  intent: "enable auto-TLS",
  replacement: {
    flags: "`--cert-file`/`--key-file` signed by a trusted CA (with `--trusted-ca-file` and `--client-cert-auth=true`)",
    env: "`ETCD_CERT_FILE`/`ETCD_KEY_FILE` signed by a trusted CA (with `ETCD_TRUSTED_CA_FILE` and `ETCD_CLIENT_CERT_AUTH=true`)",
    configKeys: "`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)"
  }
});

// src/rules/posture-templates.ts
function sideBlocked(effective, side) {
  return effective.startupProblems.some((problem) => {
    const of = problemSide(problem);
    return of === void 0 || of === side;
  });
}
function plaintextListener(meta11, spec) {
  return {
    meta: meta11,
    evaluate(effective) {
      if (sideBlocked(effective, spec.side)) return [];
      const posture = effective.side(spec.side);
      const findings = [];
      for (const name of LISTEN_SETTINGS[spec.side]) {
        const listeners = posture.plaintext.filter((listener) => listener.name === name);
        const first = listeners[0];
        if (!first || first.layer === "launcher-default") continue;
        const worst = listeners.find((listener) => listener.url.reach === "network") ?? first;
        const finding2 = plaintextFinding(meta11, spec, effective, name, worst);
        if (finding2) findings.push(finding2);
      }
      return findings;
    }
  };
}
function plaintextFinding(meta11, spec, effective, name, worst) {
  const { config } = effective;
  const { launcher } = config;
  const subject = describeLauncher(launcher);
  const network = worst.url.reach === "network";
  const setting = worst.setting;
  const level = conditionalOf(setting, network ? "error" : spec.localLevel);
  if (!level) return void 0;
  const place = listenerPlace(worst.url);
  const how = setting ? `${describeSetting(setting)} makes etcd ${spec.serves} without TLS on ${place}` : `no ${spec.side} listen URL is set, so etcd ${spec.servesThirdPerson} without TLS on its default ${worst.url.text}`;
  const first = `${subject}: ${how}; ${network ? spec.risk : spec.localCaveat} (CIS Kubernetes ${meta11.cis}).`;
  const caveats = settingCaveats(setting, launcher);
  if (network && setting?.valueUnknown)
    caveats.push("The host is a placeholder, so the listener may bind any address.");
  const posture = effective.side(spec.side);
  if (posture.certificates === "set")
    caveats.push(
      `etcd ignores ${certificateNames(setting, launcher, spec.side)} and client-certificate auth on a plaintext listener (it logs that it does).`
    );
  const fix = plaintextFix(setting, launcher, spec.side, name);
  const message = [first, ...caveats, `Fix: ${fix}`].join(" ");
  const at = setting ? { span: listenerSpan({ ...worst, setting }), file: setting.file, setting } : { span: config.span };
  return ownedFinding(meta11, effective.config, at, level, spec.title, message, subject, fix);
}
function conditionalOf(setting, level) {
  return setting ? conditionalLevel(setting, level) : level;
}
function clientCertAuthOff(meta11, spec) {
  const auth = spec.side === "client" ? "client-cert-auth" : "peer-client-cert-auth";
  return {
    meta: meta11,
    evaluate(effective) {
      if (sideBlocked(effective, spec.side)) return [];
      const posture = effective.side(spec.side);
      if (posture.plaintext.length > 0 || posture.autoTls === "on") return [];
      const value = effective.get(auth);
      if (value.layer === "unknown" || value.layer === "launcher-default") return [];
      if (value.bool?.kind !== "false") return [];
      const knownTls = posture.tls.length > 0;
      if (!knownTls && (value.layer === "etcd-default" || !posture.listenersUnknown)) return [];
      const finding2 = certAuthFinding(meta11, spec, effective, value.setting);
      return finding2 ? [finding2] : [];
    }
  };
}
function certAuthFinding(meta11, spec, effective, setting) {
  const { config } = effective;
  const { launcher } = config;
  const posture = effective.side(spec.side);
  const subject = describeLauncher(launcher);
  const local = posture.tls.length > 0 && !posture.listenersUnknown && posture.tls.every((l) => l.url.reach === "local");
  const noCa = posture.trustedCa === "absent" && posture.tls.length > 0;
  const level = conditionalOf(setting, spec.localIsNote && local ? "note" : noCa ? "error" : "warning");
  if (!level) return void 0;
  const what = spec.side === "client" ? "client-certificate auth" : "peer client-certificate auth";
  const auth = spec.side === "client" ? "client-cert-auth" : "peer-client-cert-auth";
  const ca = spelling(setting, launcher, spec.side === "client" ? "trusted-ca-file" : "peer-trusted-ca-file");
  const how = setting ? `${describeSetting(setting)} turns off ${what}` : `${spelling(setting, launcher, auth)} is not set, so ${what} is off (etcd's default)`;
  const effect = noCa ? `, and no ${ca} is set, so etcd's TLS ${spec.side} listener accepts anyone who reaches the port without a certificate${spec.side === "client" ? ", to read and write every key" : ", as a member"}` : posture.trustedCa === "set" ? `; etcd still requires ${spec.side} certificates signed by ${ca} at the TLS layer, so only the mapping of certificate names to etcd identities is lost` : `; whether ${ca} is set, which would still make TLS demand CA-signed certificates, is not known from the files`;
  const first = `${subject}: ${how}${effect} (CIS Kubernetes ${meta11.cis}).`;
  const caveats = [
    ...settingCaveats(setting, launcher),
    ...spec.localIsNote && local ? ["Every peer listener is on loopback, so only a member on the same host can reach it."] : []
  ];
  const fix = clientCertAuthFix(setting, launcher, spec.side);
  const message = [first, ...caveats, `Fix: ${fix}`].join(" ");
  const at = setting ? { span: setting.span, file: setting.file, setting } : { span: config.span };
  return ownedFinding(meta11, effective.config, at, level, spec.title, message, subject, fix);
}

// src/rules/etcd-client-cert-auth-disabled.ts
var meta5 = {
  id: "etcd-client-cert-auth-disabled",
  name: "EtcdClientCertAuthDisabled",
  cis: "2.2",
  setting: "--client-cert-auth",
  defaultLevel: "error",
  securitySeverity: "8.1",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.2", "external/cwe/cwe-306"],
  shortDescription: "etcd serves TLS clients without client-certificate authentication (--client-cert-auth).",
  fullDescription: "etcd listens for clients with TLS but --client-cert-auth is off: without --trusted-ca-file any client that reaches the port is accepted without a certificate; with one, only the mapping of certificate names to etcd users is lost (CIS Kubernetes Benchmark 2.2).",
  helpText: "CIS Kubernetes Benchmark 2.2: --client-cert-auth should be true. etcd checks client certificates at the TLS layer when --trusted-ca-file is set or --client-cert-auth is true; with neither, a TLS listener accepts any client (error). With a trusted CA but client-cert-auth off, clients still need CA-signed certificates and only the CN-to-user mapping is lost (warning). Set --client-cert-auth=true and --trusted-ca-file. With kubeadm, remove the client-cert-auth override. See docs/rules/etcd-client-cert-auth-disabled.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.2**: `--client-cert-auth` should be `true`.",
    "",
    "etcd asks clients for a certificate when `--trusted-ca-file` is set **or** `--client-cert-auth` is true (etcd `TLSInfo.ServerConfig`). With neither, an https listener accepts any client: anyone who reaches the port reads and writes every key (error). With a trusted CA but `--client-cert-auth` off, the TLS layer still demands a CA-signed client certificate; only the mapping of the certificate's name to an etcd user is lost (warning). A bare `--client-cert-auth`, `=1`, `=t` and `=True` all mean true.",
    "",
    "A plaintext listener is reported by `etcd-client-plaintext` instead, and client auto-TLS by `etcd-auto-tls`.",
    "",
    "**Fix**",
    "- Plain etcd: `--client-cert-auth=true` and `--trusted-ca-file=<the CA that signs client certificates>` (or `client-transport-security` keys in a config file).",
    "- kubeadm, k0s, RKE: remove the `client-cert-auth` override; they pass `--client-cert-auth=true` with their etcd CA.",
    "- Bitnami etcd chart: `auth.client.enableAuthentication: true`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-client-cert-auth-disabled.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-client-cert-auth-disabled.md"
};
var etcdClientCertAuthDisabled = clientCertAuthOff(meta5, {
  side: "client",
  title: "etcd client-certificate auth is off",
  localIsNote: false
});

// src/rules/etcd-client-plaintext.ts
var meta6 = {
  id: "etcd-client-plaintext",
  name: "EtcdClientPlaintext",
  cis: "2.1",
  setting: "--listen-client-urls",
  defaultLevel: "error",
  securitySeverity: "8.8",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.1", "external/cwe/cwe-319"],
  shortDescription: "etcd serves clients over plaintext http:// (or unix://) listeners.",
  fullDescription: "etcd listens for clients on an http:// or unix:// URL, so client traffic, every key including Secrets, travels unencrypted and any host that reaches the port can read and write it; certificate files do not change that (CIS Kubernetes Benchmark 2.1 intent).",
  helpText: "CIS Kubernetes Benchmark 2.1 (intent): etcd must serve clients over TLS. The scheme of --listen-client-urls (and --listen-client-http-urls) decides: http:// and unix:// are plaintext even when --cert-file and --key-file are given. Use https:// listen URLs with --cert-file, --key-file, --trusted-ca-file and --client-cert-auth=true. With kubeadm, remove listen-client-urls from etcd.local.extraArgs. With the Bitnami chart, set auth.client.secureTransport: true and give it certificates. See docs/rules/etcd-client-plaintext.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.1** (intent): etcd should serve its clients over TLS.",
    "",
    "etcd decides TLS by the scheme of each listen URL. On an `http://` (or `unix://`) listener it serves plaintext and ignores `--cert-file`, `--key-file` and `--client-cert-auth` (it logs that it does), so kube-bench's presence check of the certificate flags passes while every key, Secrets included, travels in clear text and anyone who reaches the port can read and write it. etcd's default is `http://localhost:2379`.",
    "",
    "Errors are listeners on a non-loopback address (`0.0.0.0`, `[::]`, a node address, a placeholder); a loopback-only listener or etcd's default is a warning.",
    "",
    "**Fix**",
    "- Plain etcd: `--listen-client-urls=https://\u2026` with `--cert-file`, `--key-file`, `--trusted-ca-file` and `--client-cert-auth=true` (or the `ETCD_*` variables, or `client-transport-security` in a config file).",
    "- kubeadm, k0s, RKE, k3s/RKE2: remove the `listen-client-urls` override; they listen with https and their own certificates.",
    "- Bitnami etcd chart: `auth.client.secureTransport: true` with certificates in `auth.client.existingSecret` and `auth.client.enableAuthentication: true`.",
    "",
    "`--listen-metrics-urls` is never reported: it serves only `/metrics` and `/health`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-client-plaintext.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-client-plaintext.md"
};
var etcdClientPlaintext = plaintextListener(meta6, {
  side: "client",
  localLevel: "warning",
  title: "etcd serves clients without TLS",
  serves: "serve client traffic",
  servesThirdPerson: "serves client traffic",
  risk: "any host that reaches the port can read and write every key, including Secrets, and the traffic crosses the network in clear text",
  localCaveat: "the listener is on the host only (loopback or a unix socket), which limits who can reach it, but any process there can read and write every key without credentials"
});

// src/rules/etcd-peer-auto-tls.ts
var meta7 = {
  id: "etcd-peer-auto-tls",
  name: "EtcdPeerAutoTls",
  cis: "2.6",
  setting: "--peer-auto-tls",
  defaultLevel: "error",
  securitySeverity: "7.5",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.6", "external/cwe/cwe-295"],
  shortDescription: "etcd members use self-signed peer certificates (--peer-auto-tls).",
  fullDescription: "etcd started with --peer-auto-tls=true generates self-signed certificates for member-to-member traffic, which peers cannot verify (CIS Kubernetes Benchmark 2.6).",
  helpText: "CIS Kubernetes Benchmark 2.6: do not use self-signed certificates for etcd peer TLS. Remove --peer-auto-tls (or set --peer-auto-tls=false) and configure --peer-cert-file and --peer-key-file with a certificate signed by a trusted CA, plus --peer-trusted-ca-file and --peer-client-cert-auth=true. With kubeadm, remove peer-auto-tls from etcd.local.extraArgs. See docs/rules/etcd-peer-auto-tls.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.6**: self-signed certificates should not be used for etcd peer TLS.",
    "",
    "With `--peer-auto-tls=true` (or a bare `--peer-auto-tls`) each etcd member generates its own self-signed certificate for replication traffic. Members cannot verify each other, so anyone who reaches the peer port can join or impersonate a member and read or rewrite the cluster state.",
    "",
    "**Fix**",
    "- Static pod or workload: remove `--peer-auto-tls` (or set `--peer-auto-tls=false`) and pass `--peer-cert-file`, `--peer-key-file`, `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`.",
    "- kubeadm: remove `peer-auto-tls` from `ClusterConfiguration.etcd.local.extraArgs`; kubeadm already issues CA-signed etcd peer certificates.",
    "",
    "When peer certificate files are also given, etcd ignores peer auto-TLS at run time, but the setting still fails the CIS check and comes back into force if the files are removed.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-auto-tls.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-peer-auto-tls.md"
};
var etcdPeerAutoTls = mustNotBeTrue(meta7, {
  setting: "peer-auto-tls",
  title: "etcd peer auto-TLS is enabled",
  effect: "enables peer auto-TLS",
  risk: "so etcd members talk to each other with self-signed certificates that cannot be verified, which lets anyone who reaches the peer port impersonate a member",
  intent: "enable auto-TLS",
  replacement: {
    flags: "`--peer-cert-file`/`--peer-key-file` signed by a trusted CA (with `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`)",
    env: "`ETCD_PEER_CERT_FILE`/`ETCD_PEER_KEY_FILE` signed by a trusted CA (with `ETCD_PEER_TRUSTED_CA_FILE` and `ETCD_PEER_CLIENT_CERT_AUTH=true`)",
    configKeys: "`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)"
  }
});

// src/rules/etcd-peer-client-cert-auth-disabled.ts
var meta8 = {
  id: "etcd-peer-client-cert-auth-disabled",
  name: "EtcdPeerClientCertAuthDisabled",
  cis: "2.5",
  setting: "--peer-client-cert-auth",
  defaultLevel: "error",
  securitySeverity: "7.5",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.5", "external/cwe/cwe-306"],
  shortDescription: "etcd accepts TLS peers without client-certificate authentication (--peer-client-cert-auth).",
  fullDescription: "etcd listens for peers with TLS but --peer-client-cert-auth is off: without --peer-trusted-ca-file any machine that reaches the peer port can connect as a member; with one, only the certificate-name checks are lost (CIS Kubernetes Benchmark 2.5).",
  helpText: "CIS Kubernetes Benchmark 2.5: --peer-client-cert-auth should be true. Without --peer-trusted-ca-file a TLS peer listener accepts connections without a certificate (error on a non-loopback listener, note on loopback only); with a peer CA, peers still need CA-signed certificates (warning). Set --peer-client-cert-auth=true and --peer-trusted-ca-file. See docs/rules/etcd-peer-client-cert-auth-disabled.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.5**: `--peer-client-cert-auth` should be `true`.",
    "",
    "Without `--peer-trusted-ca-file` and `--peer-client-cert-auth`, an https peer listener accepts any connection: a machine that reaches the peer port can talk to the member as if it were one (error). With a peer CA the TLS layer still demands CA-signed peer certificates (warning). Peer listeners on loopback only (a single-host cluster) give a note.",
    "",
    "**Fix**",
    "- Plain etcd: `--peer-client-cert-auth=true` and `--peer-trusted-ca-file=<the CA that signs peer certificates>` (config file: `peer-transport-security.client-cert-auth: true`; the key is `client-cert-auth`, not `peer-client-cert-auth`).",
    "- kubeadm, k0s, RKE: remove the `peer-client-cert-auth` override.",
    "- Bitnami etcd chart: `auth.peer.enableAuthentication: true`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-client-cert-auth-disabled.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-peer-client-cert-auth-disabled.md"
};
var etcdPeerClientCertAuthDisabled = clientCertAuthOff(meta8, {
  side: "peer",
  title: "etcd peer client-certificate auth is off",
  localIsNote: true
});

// src/rules/etcd-peer-plaintext.ts
var meta9 = {
  id: "etcd-peer-plaintext",
  name: "EtcdPeerPlaintext",
  cis: "2.4",
  setting: "--listen-peer-urls",
  defaultLevel: "error",
  securitySeverity: "8.1",
  precision: "very-high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.4", "external/cwe/cwe-319"],
  shortDescription: "etcd members talk to each other over plaintext http:// peer listeners.",
  fullDescription: "etcd listens for peers on an http:// or unix:// URL, so replication traffic, which carries every key, travels unencrypted and unauthenticated; peer certificate files do not change that (CIS Kubernetes Benchmark 2.4 intent).",
  helpText: "CIS Kubernetes Benchmark 2.4 (intent): etcd members must talk to each other over TLS. The scheme of --listen-peer-urls decides: http:// is plaintext even when --peer-cert-file and --peer-key-file are given. Use https:// peer URLs with --peer-cert-file, --peer-key-file, --peer-trusted-ca-file and --peer-client-cert-auth=true. See docs/rules/etcd-peer-plaintext.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.4** (intent): etcd peer traffic should use TLS.",
    "",
    "On an `http://` peer listener etcd replicates in clear text and ignores the peer certificate flags. Anyone who reaches the peer port can read the replicated data and, without client-certificate auth, join or impersonate a member. etcd's default is `http://localhost:2380`.",
    "",
    "Errors are peer listeners on a non-loopback address; a loopback-only listener or etcd's default (a single-member development etcd) is a note.",
    "",
    "**Fix**",
    "- Plain etcd: `--listen-peer-urls=https://\u2026` and `--initial-advertise-peer-urls=https://\u2026` with `--peer-cert-file`, `--peer-key-file`, `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`.",
    "- kubeadm, k0s, RKE, k3s/RKE2: remove the `listen-peer-urls` override.",
    "- Bitnami etcd chart: `auth.peer.secureTransport: true` with certificates in `auth.peer.existingSecret` and `auth.peer.enableAuthentication: true`.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-plaintext.md) \xB7 [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-peer-plaintext.md"
};
var etcdPeerPlaintext = plaintextListener(meta9, {
  side: "peer",
  localLevel: "note",
  title: "etcd members talk without TLS",
  serves: "replicate with its peers",
  servesThirdPerson: "replicates with its peers",
  risk: "replication carries every key in clear text, and anyone who reaches the port can join or impersonate a member",
  localCaveat: "the peer listener is on the host only, as in a single-member etcd, so no other machine can reach it"
});

// src/rules/etcd-shared-ca.ts
import path3 from "node:path";
var meta10 = {
  id: "etcd-shared-ca",
  name: "EtcdSharedCa",
  cis: "2.7",
  setting: "--trusted-ca-file",
  defaultLevel: "note",
  securitySeverity: "3.1",
  precision: "high",
  tags: ["security", "kubernetes", "etcd", "tls", "cis-2.7", "external/cwe/cwe-295"],
  shortDescription: "etcd trusts the Kubernetes cluster CA instead of a CA of its own (--trusted-ca-file).",
  fullDescription: "etcd's --trusted-ca-file (or --peer-trusted-ca-file) is written as the same file as the kube-apiserver's --client-ca-file, so every client certificate the cluster CA issues, to users and nodes alike, is accepted by etcd (CIS Kubernetes Benchmark 2.7, Manual).",
  helpText: "CIS Kubernetes Benchmark 2.7: use a CA for etcd that is not the cluster CA. When etcd's trusted CA is the same file as the kube-apiserver's --client-ca-file, any certificate the cluster CA signs (kubelets, users) can talk to etcd directly. Reported only for explicitly written, equal paths: kubeadm extraArgs pointing at <certificatesDir>/ca.crt, or static pods side by side. Different paths prove nothing; launcher defaults (RKE) are not reported. See docs/rules/etcd-shared-ca.md.",
  helpMarkdown: [
    "**CIS Kubernetes Benchmark 2.7** (Manual): a unique Certificate Authority should be used for etcd.",
    "",
    "When etcd's `--trusted-ca-file` is the kube-apiserver's `--client-ca-file`, every client certificate of the cluster CA (kubelets, administrators, anything signed for the cluster) is also accepted by etcd. Only explicitly written, equal paths are reported, as a note: the same path means the same CA, different paths prove nothing.",
    "",
    "**Fix**",
    "- kubeadm: remove `trusted-ca-file` (and `peer-trusted-ca-file`) from `etcd.local.extraArgs`; kubeadm's own etcd CA (`<certificatesDir>/etcd/ca.crt`) is separate.",
    "- Static pods: issue etcd its own CA and point `--trusted-ca-file`/`--peer-trusted-ca-file` at it.",
    "",
    "[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-shared-ca.md)"
  ].join("\n"),
  docsPath: "docs/rules/etcd-shared-ca.md"
};
function samePath(a, b) {
  return path3.posix.normalize(a) === path3.posix.normalize(b);
}
var etcdSharedCa = {
  meta: meta10,
  evaluate(effective) {
    const ca = effective.config.clusterClientCa;
    if (!ca?.rawValue) return [];
    const findings = [];
    for (const side of ["client", "peer"]) {
      const value = effective.get(AUTH_SETTINGS[side].trustedCa);
      const setting = value.setting;
      if (!setting || value.layer === "launcher-default" || value.layer === "unknown") continue;
      if (setting.valueUnknown || !value.raw || !samePath(value.raw, ca.rawValue)) continue;
      const level = conditionalLevel(setting, "note");
      if (!level) continue;
      const subject = describeLauncher(effective.config.launcher);
      const where2 = ca.file ? ` in ${ca.file.relPath}` : "";
      const fix = setting.origin.kind === "extra-arg" ? `remove \`${setting.key}\` from \`${setting.origin.field}\`; ${setting.origin.tool} gives etcd a CA of its own.` : `give etcd a CA of its own for \`--${setting.name}\`, not the cluster CA.`;
      const first = `${subject}: ${describeSetting(setting)} makes etcd trust \`${value.raw}\`, the CA the kube-apiserver also uses for \`--client-ca-file\`${where2}, so any client certificate the cluster CA issues is accepted by etcd (CIS Kubernetes ${meta10.cis}).`;
      const message = [first, ...conditionalCaveat(setting), `Fix: ${fix}`].join(" ");
      findings.push(
        finding(meta10, effective, setting, level, "etcd shares the cluster CA", message, subject, fix)
      );
    }
    return findings;
  }
};

// src/rules/index.ts
var RULES = [
  etcdAutoTls,
  etcdPeerAutoTls,
  etcdClientPlaintext,
  etcdPeerPlaintext,
  etcdClientCertAuthDisabled,
  etcdPeerClientCertAuthDisabled,
  etcdSharedCa,
  apiServerEtcdPlaintext,
  apiServerEtcdClientCertMissing,
  apiServerEtcdCaFileMissing
];
var RULE_METAS = RULES.map((rule) => rule.meta);

// src/rules/select.ts
function selectRules(selection = {}, rules = RULES) {
  const known = new Set(rules.map((rule) => rule.meta.id));
  const unknown = [...selection.only ?? [], ...selection.skip ?? []].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown rule id${unknown.length === 1 ? "" : "s"} ${unknown.map((id) => `"${id}"`).join(", ")} (known: ${[...known].join(", ")})`
    );
  }
  const only = selection.only && selection.only.length > 0 ? new Set(selection.only) : void 0;
  const skip = new Set(selection.skip ?? []);
  return rules.filter((rule) => (!only || only.has(rule.meta.id)) && !skip.has(rule.meta.id));
}

// src/discover/named-file.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import path4 from "node:path";
function namedFileResolver(spec) {
  const excluded = spec.exclude.length > 0 ? (0, import_picomatch2.default)([...spec.exclude], { dot: true }) : () => false;
  return (relPath) => {
    if (relPath === "" || path4.posix.isAbsolute(relPath) || relPath.split("/").includes(".."))
      return void 0;
    let real;
    try {
      real = realpathSync3(path4.join(spec.baseReal, relPath));
      if (!statSync2(real).isFile()) return void 0;
    } catch {
      return void 0;
    }
    for (const root of spec.roots) {
      const rel = path4.relative(root, real).split(path4.sep).join("/");
      if (rel === "" || rel.startsWith("..") || path4.isAbsolute(rel)) continue;
      const parts = rel.split("/");
      const blocked = parts.some((_, i) => excluded(parts.slice(0, i + 1).join("/")));
      return blocked ? void 0 : { absPath: real, relPath };
    }
    return void 0;
  };
}

// src/load/bounds.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_NESTING = 256;
var MAX_NODES = 15e4;
var DOCUMENT_COST = 10;
var MAX_DOUBLE_QUOTED = 2 * 1024 * 1024;
var MAX_EMPTY_FLOW_ENTRIES = 2e3;
var MAX_TEXT_FORM_BYTES = 512 * 1024;
var TooComplexError = class extends Error {
  constructor(what) {
    super(`not analysed: ${what}`);
    this.what = what;
  }
  what;
};
var MAX_TEMPLATE_ACTIONS = 1e5;
function templateOpenings(text, limit) {
  let count = 0;
  for (let i = text.indexOf("{"); i >= 0 && count <= limit; i = text.indexOf("{", i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 123 || next === 37) count++;
  }
  for (let i = text.indexOf("<%"); i >= 0 && count <= limit; i = text.indexOf("<%", i + 2)) count++;
  return count;
}
var DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function withinBounds(text, ranges) {
  let most = 0;
  for (const { start, end } of ranges) {
    const marks = characterCounts(text, start, end);
    if (marks.openers > MAX_NESTING || marks.commas > MAX_EMPTY_FLOW_ENTRIES || end - start > MAX_DOUBLE_QUOTED) {
      most = Number.POSITIVE_INFINITY;
      break;
    }
    most += marks.nodes;
  }
  if (most <= MAX_NODES) return { ranges: [...ranges], problems: [] };
  const kept = [];
  const problems = [];
  let left = MAX_NODES;
  for (const range of ranges) {
    for (const doc of documentRanges(text, range.start, range.end)) {
      if (left < 0) break;
      const work = measure(text, doc.start, doc.end, left);
      if (work.problem) {
        problems.push(work.problem);
        if (work.problem.kind === "too-many-nodes") left = -1;
        continue;
      }
      left -= work.nodes;
      const previous = kept[kept.length - 1];
      if (previous && previous.end === doc.start) previous.end = doc.end;
      else kept.push({ ...doc });
    }
  }
  return { ranges: kept, problems };
}
function characterCounts(text, start, end) {
  let openers = 0;
  let commas = 0;
  let other = 0;
  let markers = 0;
  let properties = 0;
  let lines = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 91 || c === 123) openers++;
    else if (c === 45) markers++;
    else if (c === 58 || c === 63) other++;
    else if (c === 46) markers++;
    else if (c === 10) lines++;
    else if (c === 38 || c === 42 || c === 33) properties++;
  }
  const entries = openers + commas + other + markers;
  const scalars = entries + lines;
  return {
    openers,
    commas,
    nodes: entries + scalars + properties + DOCUMENT_COST * (1 + Math.ceil(markers / 3))
  };
}
function measure(text, start, end, budget) {
  let offset = start;
  let depth = 0;
  let nodes = 0;
  let empty = 0;
  let afterOpenOrComma = false;
  for (const token of new import_yaml.Lexer().lex(text.slice(start, end))) {
    if (token === SCALAR) {
      nodes++;
      if (nodes > budget) return { nodes, problem: { offset, kind: "too-many-nodes" } };
      continue;
    }
    if (token === FLOW_END) {
      depth = 0;
      continue;
    }
    if (token === DOCUMENT) {
      nodes += DOCUMENT_COST;
      if (nodes > budget) return { nodes, problem: { offset, kind: "too-many-nodes" } };
      continue;
    }
    const at = offset;
    offset += token.length;
    switch (token) {
      case "[":
      case "{":
        depth++;
        afterOpenOrComma = true;
        if (depth > MAX_NESTING) return { nodes, problem: { offset: at, kind: "too-deep" } };
        continue;
      case "]":
      case "}":
        depth = Math.max(0, depth - 1);
        afterOpenOrComma = false;
        continue;
      case ",":
        nodes++;
        if (afterOpenOrComma && ++empty > MAX_EMPTY_FLOW_ENTRIES)
          return { nodes, problem: { offset: at, kind: "empty-flow-entries" } };
        afterOpenOrComma = true;
        break;
      case "-":
      case ":":
      case "?":
        nodes++;
        afterOpenOrComma = false;
        break;
      default:
        if (token.length > MAX_DOUBLE_QUOTED && token.charCodeAt(0) === 34)
          return { nodes, problem: { offset: at, kind: "long-string" } };
        if (isNodeToken(token)) nodes++;
        if (!isBlankToken(token)) afterOpenOrComma = false;
    }
    if (nodes > budget) return { nodes, problem: { offset: at, kind: "too-many-nodes" } };
  }
  return { nodes };
}
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR = "";
function isNodeToken(token) {
  return NODE_TOKEN_STARTS.has(token.charAt(0));
}
var NODE_TOKEN_STARTS = /* @__PURE__ */ new Set(['"', "'", "*", "&", "!", "|", ">"]);
function isBlankToken(token) {
  const first = token.charCodeAt(0);
  return first === 32 || first === 9 || first === 10 || first === 13 || first === 35;
}
function* documentRanges(text, start, end) {
  let from = start;
  for (const at of markerOffsets(text, start, end)) {
    yield { start: from, end: at };
    from = at;
  }
  yield { start: from, end };
}
function* markerOffsets(text, start, end) {
  const body = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const match of body.matchAll(DOCUMENT_MARKER)) if (match.index > 0) yield start + match.index;
}

// src/extract/cluster-ca.ts
import path5 from "node:path";
function pairClusterCas(configs, clients) {
  const byDirectory = /* @__PURE__ */ new Map();
  for (const client of clients) {
    if (client.launcher.kind !== "container") continue;
    const directory = path5.posix.dirname(client.file.relPath);
    byDirectory.set(directory, [...byDirectory.get(directory) ?? [], client]);
  }
  for (const config of configs) {
    if (config.clusterClientCa || config.launcher.kind !== "container") continue;
    const neighbours = byDirectory.get(path5.posix.dirname(config.file.relPath)) ?? [];
    if (neighbours.length !== 1) continue;
    const client = neighbours[0];
    const flag = client.flags.filter((setting) => setting.name === "client-ca-file").at(-1);
    if (flag && !flag.valueUnknown) config.clusterClientCa = { ...flag, file: client.file };
  }
}

// src/extract/compose.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/etcd/images.ts
var BITNAMI_ENTRYPOINT = "/opt/bitnami/scripts/etcd/entrypoint.sh";
var BITNAMI_RUN = "/opt/bitnami/scripts/etcd/run.sh";
var RELEASE_ETCD = "/usr/local/bin/etcd";
function imageRepository(image) {
  const withoutDigest = image.split("@", 1)[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const parts = name.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) parts.shift();
  return parts.join("/").toLowerCase();
}
function imageDefaults(image) {
  if (image === void 0) return void 0;
  const repository = imageRepository(image.trim());
  const parts = repository.split("/");
  const owner = parts[parts.length - 2];
  if (parts[parts.length - 1] !== "etcd") return void 0;
  if (owner === "bitnami" || owner === "bitnamilegacy")
    return { repository: `${owner}/etcd`, entrypoint: [BITNAMI_ENTRYPOINT], cmd: [BITNAMI_RUN] };
  if (owner === "coreos" || owner === "etcd-development")
    return { repository: `${owner}/etcd`, entrypoint: [], cmd: [RELEASE_ETCD] };
  return void 0;
}
function effectiveArgv(given, image) {
  const entry = given.entrypoint ?? [];
  const mine = (values, offset) => values.map((value, i) => ({ value, index: offset + i }));
  const ownEntrypoint = given.runtime === "kubernetes" ? entry.length > 0 : given.entrypoint !== void 0;
  if (ownEntrypoint) return [...mine(entry, 0), ...mine(given.cmd ?? [], entry.length)];
  const cmdGiven = given.runtime === "kubernetes" ? (given.cmd?.length ?? 0) > 0 : given.cmd !== void 0;
  if (!image) {
    return cmdGiven ? mine(given.cmd ?? [], entry.length) : "unknown";
  }
  const imageWords = (values) => values.map((value) => ({ value, index: void 0 }));
  return [
    ...imageWords(image.entrypoint),
    ...cmdGiven ? mine(given.cmd ?? [], entry.length) : imageWords(image.cmd)
  ];
}
function containerProgram(imageName, given) {
  const image = imageDefaults(imageName);
  const argv = effectiveArgv(given, image);
  if (argv === "unknown" || argv.length === 0) return { kind: "none" };
  const total = (given.entrypoint?.length ?? 0) + (given.cmd?.length ?? 0);
  const open = [];
  const usesImage = argv.some((word) => word.index === void 0);
  const imageField = image && usesImage ? { image } : {};
  if (!image && given.runtime === "kubernetes" && (given.entrypoint?.length ?? 0) === 0)
    open.push("the program is the image's entrypoint, given these args");
  const nextGiven = (from) => argv.slice(from).find((word) => word.index !== void 0)?.index ?? total;
  let wrapped = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word.value === BITNAMI_ENTRYPOINT) {
      if (!wrapped) open.push(BITNAMI_OPEN);
      wrapped = true;
      continue;
    }
    if (word.value === BITNAMI_RUN) {
      if (!wrapped) open.push(BITNAMI_OPEN);
      const at = word.index === void 0 ? {} : { at: word.index };
      const bitnami2 = { run: true };
      return { kind: "etcd", flagsFrom: nextGiven(i + 1), ...at, ...imageField, open, bitnami: bitnami2 };
    }
    const bitnami = wrapped ? { bitnami: { run: false } } : {};
    if (word.index === void 0) {
      if (word.value !== RELEASE_ETCD) return { kind: "none" };
      return { kind: "etcd", flagsFrom: nextGiven(i + 1), ...imageField, open, ...bitnami };
    }
    return { kind: "argv", index: word.index, ...imageField, open, ...bitnami };
  }
  return { kind: "none" };
}
var BITNAMI_OPEN = "the image's scripts prepare etcd's settings (setup.sh, a config file under /opt/bitnami/etcd/conf)";
function imageProgramPhrase(program, imageName) {
  if (program.kind !== "etcd" || program.at !== void 0 || !program.image) return void 0;
  const image = `\`${imageName.trim()}\``;
  if (program.image.entrypoint.length === 0) return `the image ${image} runs etcd (its CMD)`;
  return `the image ${image} starts etcd (its entrypoint script runs /opt/bitnami/scripts/etcd/run.sh, which execs etcd)`;
}

// src/etcd/program.ts
var SUBCOMMANDS = /* @__PURE__ */ new Set(["gateway", "grpc-proxy"]);
var SERVER_NAME = /^etcd(?:3|-v?(?:[3-9]|[1-9][0-9]+)(?:\.[0-9]+){0,2}(?:-[0-9A-Za-z.]+)*)?(?:\.exe)?$/;
function basename(path12) {
  return path12.slice(path12.lastIndexOf("/") + 1);
}
function isEtcdProgram(word) {
  return SERVER_NAME.test(basename(word));
}
function isEtcdSubcommand(firstArgument) {
  return firstArgument !== void 0 && SUBCOMMANDS.has(firstArgument);
}

// src/extract/bitnami-image.ts
var CONF_DIR = "/opt/bitnami/etcd/conf";
var BITNAMI_CONF_FILE = `${CONF_DIR}/etcd.yaml`;
var TOOL = "the bitnami/etcd image";
var FILE_VARIABLES = /* @__PURE__ */ new Set([
  "ETCD_NAME",
  "ETCD_LOG_LEVEL",
  "ETCD_LISTEN_CLIENT_URLS",
  "ETCD_ADVERTISE_CLIENT_URLS",
  "ETCD_INITIAL_CLUSTER",
  "ETCD_INITIAL_CLUSTER_STATE",
  "ETCD_LISTEN_PEER_URLS",
  "ETCD_INITIAL_ADVERTISE_PEER_URLS",
  "ETCD_INITIAL_CLUSTER_TOKEN",
  "ETCD_AUTO_TLS",
  "ETCD_CERT_FILE",
  "ETCD_KEY_FILE",
  "ETCD_TRUSTED_CA_FILE",
  "ETCD_CLIENT_CERT_AUTH",
  "ETCD_PEER_AUTO_TLS"
]);
var CLIENT_TLS_VALUES = "ETCD_CFG_CERT_FILE ETCD_CFG_KEY_FILE ETCD_CFG_CLIENT_CERT_AUTH ETCD_CFG_TRUSTED_CA_FILE ETCD_CFG_AUTO_TLS ETCD_CFG_CA_FILE";
function bitnamiEnvironment(env, variables, configMounted, runsScripts, at) {
  const open = [];
  const replaced = new Set(
    variables.filter((v) => v.name.endsWith("_FILE") && v.value !== "" && FILE_VARIABLES.has(v.name.slice(0, -5))).map((v) => v.name.slice(0, -5))
  );
  for (const name of replaced) open.push(`\`${name}_FILE\` replaces \`${name}\` with the content of a file`);
  const kept = env.filter((setting) => !replaced.has(setting.key));
  const cfg = variables.filter((v) => v.name.startsWith("ETCD_CFG_") && v.value !== "");
  if (!runsScripts || cfg.length === 0 && !configMounted) return { env: kept, implied: [], open };
  const implied = {
    name: "config-file",
    key: "--config-file",
    text: `--config-file ${BITNAMI_CONF_FILE}`,
    rawValue: BITNAMI_CONF_FILE,
    origin: { kind: "launcher-default", tool: TOOL, as: "flag" },
    span: at
  };
  if (configMounted) {
    open.push(`a file mounted at ${CONF_DIR} becomes etcd's config file`);
    return { env: kept, implied: [implied], open };
  }
  const configFile = [];
  for (const variable of cfg) {
    if (variable.value === void 0) {
      open.push(`\`${variable.name}\` writes a value that is not in the files into etcd's config file`);
      continue;
    }
    const setting = cfgSetting(variable);
    if (setting) configFile.push(setting);
  }
  return { env: kept, configFile, implied: [implied], open };
}
function cfgConfigKey(name) {
  const kebab = (s) => s.replaceAll("_", "-").toLowerCase();
  if (CLIENT_TLS_VALUES.includes(name)) return `client-transport-security.${kebab(name.slice(9))}`;
  const client = name.indexOf("ETCD_CFG_CLIENT_");
  if (client >= 0) return `client-transport-security.${kebab(name.slice(client + 16))}`;
  const peer = name.indexOf("ETCD_CFG_PEER_");
  if (peer >= 0) return `peer-transport-security.${kebab(name.slice(peer + 14))}`;
  return kebab(name.slice(9));
}
function cfgSetting(variable) {
  const key = cfgConfigKey(variable.name);
  const name = flagOfConfigKey(key.split("."));
  const value = variable.value ?? "";
  if (!name) return void 0;
  const setting = {
    name,
    key,
    text: `${variable.name}=${value}`,
    rawValue: value,
    origin: { kind: "config-file", key, writtenBy: { variable: variable.name, tool: TOOL } },
    span: variable.span,
    ...variable.file ? { file: variable.file } : {}
  };
  if (!isBooleanFlag(name)) return setting;
  const bool2 = value === "true" ? { kind: "true" } : value === "false" ? { kind: "false" } : { kind: "invalid", meansTrue: MEANS_TRUE.has(value) };
  return { ...setting, bool: bool2 };
}
var MEANS_TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "yes", "y", "on", "TRUE", "True"]);
function containerVariables(context, container) {
  const { nav } = context;
  const out = [];
  for (const entry of nav.items(nav.get(container, "env"))) {
    const pair = nav.pair(entry, "name");
    const name = nav.text(pair?.value);
    if (!pair || !name) continue;
    const literal = nav.get(entry, "valueFrom") ? void 0 : nav.text(nav.get(entry, "value")) ?? "";
    out.push({ name, value: literal, span: context.pairSpan(pair) });
  }
  return out;
}
function podConfigMounted(context, podSpec, container) {
  const { nav } = context;
  const volumes = /* @__PURE__ */ new Map();
  for (const volume of nav.items(nav.get(podSpec, "volumes"))) {
    const name = nav.text(nav.get(volume, "name"));
    if (name) volumes.set(name, volume);
  }
  return nav.items(nav.get(container, "volumeMounts")).some((mount) => {
    const target = nav.text(nav.get(mount, "mountPath"));
    const volume = volumes.get(nav.text(nav.get(mount, "name")) ?? "");
    return target !== void 0 && isConfigPath(target) && volume !== void 0 && !nav.get(volume, "emptyDir");
  });
}
function isConfigPath(target) {
  let path12 = target.trim();
  while (path12.length > 1 && path12.endsWith("/")) path12 = path12.slice(0, -1);
  return path12 === CONF_DIR || path12 === BITNAMI_CONF_FILE;
}

// src/extract/setting.ts
var import_yaml2 = __toESM(require_dist(), 1);
function envVariable(key, value, span, from, where2 = {}) {
  const name = flagOfEnv(key);
  if (!name || !settingSpec(name)) return void 0;
  const setting = {
    name,
    key,
    text: `${key}=${value}`,
    rawValue: value,
    origin: { kind: "env", from },
    span,
    ...where2
  };
  const bool2 = commentedBool(name, value);
  if (bool2) setting.bool = bool2;
  return setting;
}
function commentedBool(name, value) {
  if (!isBooleanFlag(name) || parseGoBool(value).kind !== "invalid") return void 0;
  const before = /^(\S+)[ \t]+#/.exec(value)?.[1];
  if (before === void 0 || parseGoBool(before).kind !== "true") return void 0;
  return { kind: "invalid", meansTrue: true };
}
function renderedArg(name, rawValue, text, origin2, span) {
  return { name, key: name, text, rawValue, origin: origin2, span };
}
function opaqueWords(words) {
  const word = words.find((candidate) => candidate.opaque);
  return word ? [`the command line holds \`${word.value}\`, whose value is not known here`] : [];
}
function scalarValue(context, node) {
  const scalar = context.nav.resolve(node);
  if (!(0, import_yaml2.isScalar)(scalar) || typeof scalar.value !== "string") return {};
  return {
    locateValue: (from, to) => context.valueSpan(scalar, from, to),
    ...context.isTemplated(scalar) ? { valueUnknown: true } : {}
  };
}
function inheritedEnvironment(launcher) {
  if (launcher.kind === "shell-script")
    return ["etcd inherits the environment of whoever runs the script, which may set any ETCD_* variable"];
  if (launcher.kind === "dockerfile")
    return ["a container of the image gets the variables it is run with (docker run -e, a pod's env)"];
  return [];
}

// src/extract/shell-lexer.ts
var OPERATORS = ["<<<", "<<-", ";;&", "&>>", "&&", "||", ";;", ";&", "|&", "<<", ">>", "<&", ">&", "<>"];
var SHORT_OPERATORS = [">|", "&>", ";", "&", "|", "(", ")", "<", ">"];
var Lexer2 = class {
  constructor(s) {
    this.s = s;
  }
  s;
  tokens = [];
  /** Here-documents opened on the current line, whose bodies start after it. */
  heredocs = [];
  pendingHeredoc;
  /** No `}}` at or after this offset: later `{{` need not search again (keeps the scan linear). */
  noTemplateCloseFrom = Number.POSITIVE_INFINITY;
  run() {
    let i = 0;
    while (i < this.s.length) i = this.step(i);
    return this.tokens;
  }
  step(i) {
    const s = this.s;
    const c = s[i];
    if (c === " " || c === "	" || c === "\r") return i + 1;
    if (c === "\\" && lineBreakLength(s, i + 1) > 0) return i + 1 + lineBreakLength(s, i + 1);
    if (c === "#") return lineEnd(s, i);
    if (c === "\n") {
      this.pushOp("\n", i);
      return this.skipHeredocBodies(i + 1);
    }
    if ((c === "<" || c === ">") && s[i + 1] === "(") {
      const end = skipNested(s, i + 2, "paren", s.length);
      this.pushWord({ value: s.slice(i, end), start: i, end, opaque: true });
      return end;
    }
    if (!isWordBreak(c)) return this.readWord(i);
    const op = OPERATORS.find((o) => s.startsWith(o, i)) ?? SHORT_OPERATORS.find((o) => s.startsWith(o, i));
    this.pushOp(op, i);
    if (op === "<<" || op === "<<-") this.pendingHeredoc = op;
    return i + op.length;
  }
  pushOp(op, start) {
    this.pendingHeredoc = void 0;
    this.tokens.push({ kind: "op", op, start });
  }
  pushWord(word) {
    const literal = !word.opaque && this.s.slice(word.start, word.end) === word.value;
    if (this.pendingHeredoc === void 0) {
      this.tokens.push({ kind: "word", word, literal });
      return;
    }
    const raw = this.s.slice(word.start, word.end);
    const heredoc = {
      delimiter: word.value,
      quoted: raw.includes('"') || raw.includes("'") || raw.includes("\\"),
      stripTabs: this.pendingHeredoc === "<<-",
      bodyStart: this.s.length,
      bodyEnd: this.s.length,
      terminated: false
    };
    this.heredocs.push(heredoc);
    this.tokens.push({ kind: "word", word, literal, heredoc });
    this.pendingHeredoc = void 0;
  }
  readWord(start) {
    const s = this.s;
    const word = { value: "", start, end: start, opaque: false };
    let i = start;
    while (i < s.length) {
      if (s[i] === "(" && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(s.slice(start, i))) {
        i = skipNested(s, i + 1, "paren", s.length);
        word.value += s.slice(word.end, i);
        word.opaque = true;
        word.end = i;
        continue;
      }
      if (isWordBreak(s[i])) break;
      const continuation = s[i] === "\\" && lineBreakLength(s, i + 1) > 0;
      i = this.wordPart(i, word);
      if (!continuation) word.end = i;
    }
    const raw = s.slice(start, word.end);
    const open = raw.indexOf("{{");
    if (open >= 0 && raw.indexOf("}}", open + 2) >= 0) word.opaque = true;
    this.pushWord(word);
    return i;
  }
  /** Reads one unquoted character, quoted string or expansion at i; returns the next offset. */
  wordPart(i, word) {
    const s = this.s;
    const c = s[i];
    if (c === "\\") return backslash(s, i, word, void 0);
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      const end = close < 0 ? s.length : close;
      word.value += s.slice(i + 1, end);
      return Math.min(end + 1, s.length);
    }
    if (c === '"') return this.doubleQuoted(i + 1, word);
    if (c === "$" && s[i + 1] === "'") return ansiCQuoted(s, i + 2, word);
    if (c === "$" && s[i + 1] === '"') return i + 1;
    return this.special(i, word);
  }
  /** Inside double quotes only `$`, `` ` ``, `"`, `\` and newline can be escaped. */
  doubleQuoted(from, word) {
    const s = this.s;
    let i = from;
    while (i < s.length && s[i] !== '"') {
      i = s[i] === "\\" ? backslash(s, i, word, '$`"\\') : this.special(i, word);
    }
    return Math.min(i + 1, s.length);
  }
  /** An expansion or `{{ ... }}` placeholder at i, kept raw and opaque; else one literal character. */
  special(i, word) {
    const s = this.s;
    const end = s[i] === "{" ? this.templateEnd(i) : expansionEnd(s, i);
    if (end === i + 1) {
      word.value += s[i];
    } else {
      word.value += s.slice(i, end);
      word.opaque = true;
    }
    return end;
  }
  /** Placeholders may hold blanks, quotes and `|` (`{{ include "x" . | quote }}`): one unit. */
  templateEnd(i) {
    if (this.s[i + 1] !== "{" || i >= this.noTemplateCloseFrom) return i + 1;
    const close = this.s.indexOf("}}", i + 2);
    if (close >= 0) return close + 2;
    this.noTemplateCloseFrom = i;
    return i + 1;
  }
  /** Skips the bodies of here-documents opened on the line that just ended; they are data, not commands. */
  skipHeredocBodies(from) {
    const s = this.s;
    let i = from;
    for (const heredoc of this.heredocs) {
      heredoc.bodyStart = Math.min(i, s.length);
      heredoc.bodyEnd = s.length;
      while (i < s.length) {
        const start = i;
        const end = lineEnd(s, i);
        let a = i;
        let b = end;
        if (heredoc.stripTabs) while (s[a] === "	") a++;
        if (b > a && s[b - 1] === "\r") b--;
        i = end + 1;
        if (s.slice(a, b) === heredoc.delimiter) {
          heredoc.bodyEnd = start;
          heredoc.terminated = true;
          break;
        }
      }
    }
    this.heredocs.length = 0;
    return Math.min(i, s.length);
  }
};
function backslash(s, i, word, escapable) {
  const lineBreak = lineBreakLength(s, i + 1);
  if (lineBreak > 0) return i + 1 + lineBreak;
  const next = s[i + 1];
  if (next === void 0 || escapable !== void 0 && !escapable.includes(next)) {
    word.value += "\\";
    return i + 1;
  }
  word.value += next;
  return i + 2;
}
function ansiCQuoted(s, from, word) {
  let i = from;
  while (i < s.length && s[i] !== "'") {
    const next = s[i + 1];
    if (s[i] === "\\" && next !== void 0) {
      word.value += ansiEscape(next);
      i += 2;
    } else {
      word.value += s[i];
      i++;
    }
  }
  return Math.min(i + 1, s.length);
}
function ansiEscape(c) {
  const k = "ntraev".indexOf(c);
  if (k >= 0) return "\n	\r\x07\x1B\v"[k];
  return c === "\\" || c === "'" || c === '"' ? c : `\\${c}`;
}
function expansionEnd(s, i, limit = s.length) {
  if (s[i] === "`") return skipNested(s, i + 1, "bq", limit);
  if (s[i] !== "$") return i + 1;
  const next = s[i + 1] ?? "";
  if (next === "(") return skipNested(s, i + 2, "paren", limit);
  if (next === "{") return skipNested(s, i + 2, "brace", limit);
  if (isNameChar(next) && !isDigit2(next)) {
    let j = i + 2;
    while (j < s.length && isNameChar(s[j])) j++;
    return j;
  }
  return next !== "" && "0123456789@*#?$!-".includes(next) ? i + 2 : i + 1;
}
function skipNested(s, from, first, limit) {
  const stack = [first];
  let i = from;
  while (i < limit) {
    const top = stack[stack.length - 1];
    const c = s[i];
    if (c === "\\") {
      i += 2;
    } else if (c === CLOSERS[top]) {
      stack.pop();
      i++;
      if (stack.length === 0) return i;
    } else if (top === "bq") {
      i++;
    } else if (c === "$" && (s[i + 1] === "(" || s[i + 1] === "{")) {
      stack.push(s[i + 1] === "(" ? "paren" : "brace");
      i += 2;
    } else if (c === "`" || c === '"' && top !== "dq" || c === "(" && top === "paren") {
      stack.push(c === "`" ? "bq" : c === '"' ? "dq" : "paren");
      i++;
    } else if (c === "'" && top !== "dq") {
      let close = i + 1;
      while (close < limit && s[close] !== "'") close++;
      i = close + 1;
    } else {
      i++;
    }
  }
  return limit;
}
var CLOSERS = { paren: ")", brace: "}", dq: '"', bq: "`" };
function isWordBreak(c) {
  return c === " " || c === "	" || c === "\r" || c === "\n" || ";&|()<>".includes(c);
}
function isNameChar(c) {
  return c === "_" || isDigit2(c) || c >= "a" && c <= "z" || c >= "A" && c <= "Z";
}
function isDigit2(c) {
  return c >= "0" && c <= "9";
}
function lineBreakLength(s, i) {
  if (s[i] === "\n") return 1;
  return s[i] === "\r" && s[i + 1] === "\n" ? 2 : 0;
}
function lineEnd(s, i) {
  const end = s.indexOf("\n", i);
  return end < 0 ? s.length : end;
}

// src/extract/shell.ts
var REDIRECTIONS = /* @__PURE__ */ new Set(["<", ">", ">>", "<<", "<<-", "<<<", "<&", ">&", "<>", ">|", "&>", "&>>"]);
var KEYWORDS = new Set(
  "if then else elif fi do done while until for select case esac in function ! time { }".split(" ")
);
var CASE_ARM_ENDS = /* @__PURE__ */ new Set([";;", ";&", ";;&"]);
var OPENERS = {
  if: { kind: "if", closer: "fi" },
  while: { kind: "loop", closer: "done" },
  until: { kind: "loop", closer: "done" },
  for: { kind: "loop", closer: "done" },
  select: { kind: "loop", closer: "done" },
  case: { kind: "case", closer: "esac" },
  "{": { kind: "brace", closer: "}" }
};
function splitShellCommands(script) {
  if (script.length > MAX_TEXT_FORM_BYTES)
    throw new TooComplexError(
      `a shell script of ${script.length} characters, over the ${MAX_TEXT_FORM_BYTES}-character bound`
    );
  const assembler = new Assembler();
  for (const token of new Lexer2(script).run()) {
    if (token.kind === "word") assembler.word(token);
    else assembler.op(token.op, token.start);
  }
  return assembler.finish();
}
function findEtcdInvocations(script) {
  const invocations = [];
  for (const { words } of splitShellCommands(script)) {
    const invocation = etcdInvocation(script, words);
    if (invocation) invocations.push(invocation);
  }
  return invocations;
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
var SHELL_LONG_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["--rcfile", "--init-file"]);
function shellScriptIndex(argv) {
  let i = basename2(argv[0] ?? "") === "busybox" ? 1 : 0;
  if (!SHELLS.has(basename2(argv[i] ?? ""))) return void 0;
  let sawC = false;
  for (i++; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--" || arg === "-") {
      i++;
      break;
    }
    if (arg.startsWith("--")) {
      if (SHELL_LONG_OPTIONS_WITH_VALUE.has(arg)) i++;
      continue;
    }
    if (arg.length < 2 || arg[0] !== "-" && arg[0] !== "+") break;
    if (arg[0] === "-" && arg.includes("c", 1)) sawC = true;
    for (let k = 1; k < arg.length; k++) if (arg[k] === "o" || arg[k] === "O") i++;
  }
  return sawC && i < argv.length ? i : void 0;
}
var WRAPPERS = /* @__PURE__ */ new Map([
  ["exec", { withValue: ["-a"] }],
  ["nice", { withValue: ["-n", "--adjustment"] }],
  ["nohup", {}],
  ["ionice", { withValue: ["-c", "-n", "--class", "--classdata"], notRunning: ["-p", "-P", "-u", "--pid"] }],
  ["env", { withValue: ["-u", "--unset", "-C", "--chdir"], notRunning: ["-S", "--split-string"], env: true }],
  ["command", { notRunning: ["-v", "-V"] }],
  ["chrt", { withValue: ["-T", "-P", "-D"], notRunning: ["-p", "--pid", "-m", "--max"], operands: 1 }],
  ["taskset", { notRunning: ["-p", "--pid"], operands: 1 }],
  ["setpriv", { withValue: ["--reuid", "--regid", "--ruid", "--rgid", "--euid", "--egid", "--groups"] }],
  ["su-exec", { operands: 1 }],
  ["gosu", { operands: 1 }],
  ["timeout", { withValue: ["-s", "-k", "--signal", "--kill-after"], operands: 1 }],
  ["stdbuf", { withValue: ["-i", "-o", "-e", "--input", "--output", "--error"] }],
  ["tini", { withValue: ["-p", "-e"] }],
  ["dumb-init", { withValue: ["-r", "--rewrite"] }],
  ["time", { withValue: ["-f", "-o", "--format", "--output"] }],
  // sudo(8): options with a value, the modes that run no command, and `VAR=value` words before
  // the command (they set its environment, as env's do).
  [
    "sudo",
    {
      withValue: ["-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C", "--close-from"],
      notRunning: ["-l", "--list", "-v", "--validate", "-V", "--version", "-e", "--edit", "-K"],
      env: true
    }
  ]
]);
function commandProgram(script, words) {
  let at = 0;
  const assignments = [];
  while (at < words.length && isAssignment(rawText(script, words[at]))) {
    assignments.push(words[at]);
    at++;
  }
  const wrappers = [];
  for (; ; ) {
    const program = words[at];
    if (!program) return void 0;
    const name = basename2(program.value);
    if (program.opaque && (name.includes("$") || name.includes("`") || name.includes("{{") || name === program.value))
      return void 0;
    const wrapper = WRAPPERS.get(name);
    if (!wrapper) return { index: at, assignments, wrappers };
    const next = skipWrapper(wrapper, words, at + 1);
    if (next === void 0) return void 0;
    const options = [];
    for (let i = at + 1; i < Math.min(next, words.length); i++) {
      const word = words[i];
      if (wrapper.env && isAssignment(word.value)) assignments.push(word);
      else options.push(word.value);
    }
    wrappers.push({ name, options });
    at = next;
  }
}
function etcdInvocation(script, words) {
  const found = commandProgram(script, words);
  const program = found && words[found.index];
  if (!found || !program || !isEtcdProgram(program.value)) return void 0;
  return isEtcdSubcommand(words[found.index + 1]?.value) ? void 0 : { program, args: words.slice(found.index + 1) };
}
function skipWrapper(spec, words, from) {
  let i = from;
  for (; i < words.length; i++) {
    const v = words[i].value;
    if (v === "--") return i + 1 + (spec.operands ?? 0);
    if (!(v.length > 1 ? v.startsWith("-") : v === "-" && spec.env)) break;
    if (spec.notRunning?.includes(v)) return void 0;
    if (spec.withValue?.includes(v)) i++;
  }
  while (spec.env && i < words.length && isAssignment(words[i].value)) i++;
  return i + (spec.operands ?? 0);
}
function isAssignment(text) {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
}
function rawText(script, word) {
  return script.slice(word.start, word.end);
}
function basename2(path12) {
  return path12.slice(path12.lastIndexOf("/") + 1);
}
var Assembler = class {
  commands = [];
  words = [];
  redirections = [];
  /** `for x in a b` and `select` heads, `case WORD in`, and case patterns up to `)` are no commands. */
  mode = "command";
  /** A redirection operator waiting for its target word. */
  pending;
  skipWords = 0;
  afterTime = false;
  /** Open compound commands, innermost last, each with the word or operator that closes it. */
  stack = [];
  /** The next compound command is a function's body (`name()` or `function name` was read). */
  functionBody = false;
  /** The `)` of `name()` is still to come. */
  functionParens = false;
  /** The last control operator, for the next command's `before`. */
  lastOp;
  op(op, start) {
    if (REDIRECTIONS.has(op)) {
      const last2 = this.words[this.words.length - 1];
      let fd;
      if (last2 && last2.end === start && last2.end - last2.start === last2.value.length && /^\d+$/.test(last2.value)) {
        fd = Number(last2.value);
        this.words.pop();
      }
      this.pending = fd === void 0 ? { op } : { op, fd };
      return;
    }
    this.pending = void 0;
    if (this.mode === "casePattern" && (op === "|" || op === "(" || op === "\n")) return;
    if (this.mode === "caseHeader" && op === "\n") return;
    if (this.mode === "casePattern" && op === ")") {
      this.flush(op);
      this.mode = "command";
      return;
    }
    if (op === "(") {
      if (this.words.length > 0 || this.functionBody) {
        this.words = [];
        this.redirections = [];
        this.functionBody = true;
        this.functionParens = true;
        return;
      }
      this.flush(op);
      this.open("subshell", ")", start);
      return;
    }
    if (op === ")") {
      this.flush(op);
      if (this.functionParens) this.functionParens = false;
      else this.close(")");
      return;
    }
    this.flush(op);
    this.mode = CASE_ARM_ENDS.has(op) ? "casePattern" : "command";
  }
  word(token) {
    if (this.pending) {
      this.redirections.push({
        ...this.pending,
        target: token.word,
        ...token.heredoc ? { heredoc: token.heredoc } : {}
      });
      this.pending = void 0;
    } else if (this.mode !== "command") {
      const v = token.literal ? token.word.value : "";
      if (this.mode === "caseHeader" && v === "in") this.mode = "casePattern";
      else if (this.mode === "casePattern" && v === "esac") {
        this.mode = "command";
        this.close("esac");
      }
    } else if (this.skipWords > 0) {
      this.skipWords--;
    } else if (this.words.length > 0 || !this.reservedAtStart(token)) {
      this.words.push(token.word);
    }
  }
  finish() {
    this.flush(void 0);
    return this.commands;
  }
  /** Reserved words count only unquoted and at command start; after them a new command begins. */
  reservedAtStart(token) {
    const afterTime = this.afterTime;
    this.afterTime = false;
    const v = token.word.value;
    if (!token.literal) return false;
    if (afterTime && v === "-p") return true;
    if (!KEYWORDS.has(v)) return false;
    if (v === "case") this.mode = "caseHeader";
    else if (v === "for" || v === "select") this.mode = "skipToSeparator";
    else if (v === "function") {
      this.skipWords = 1;
      this.functionBody = true;
    } else if (v === "time") this.afterTime = true;
    const opener = OPENERS[v];
    if (opener) this.open(opener.kind, opener.closer, token.word.start);
    else if (v === "fi" || v === "done" || v === "esac" || v === "}") this.close(v);
    return true;
  }
  open(kind, closer, start) {
    const afterAndOr = this.lastOp === "&&" || this.lastOp === "||";
    const parent = this.stack[this.stack.length - 1]?.scope;
    const own = this.functionBody ? "function" : kind;
    const scope = {
      kind: own,
      start,
      conditional: own !== "brace" && own !== "subshell" || afterAndOr || parent?.conditional === true,
      inFunction: own === "function" || parent?.inFunction === true
    };
    const outer = parent?.subshell;
    if (own === "subshell") {
      scope.subshell = scope;
      if (outer) scope.outerSubshell = outer;
    } else if (outer) scope.subshell = outer;
    this.functionBody = false;
    this.stack.push({ scope, closer });
  }
  /**
   * Closes the innermost compound command the word closes. A stray closer is ignored; the search
   * looks a few levels down only, so a long run of stray closers stays linear.
   */
  close(closer) {
    for (let i = this.stack.length - 1; i >= Math.max(0, this.stack.length - 8); i--) {
      if (this.stack[i]?.closer !== closer) continue;
      this.stack.length = i;
      return;
    }
  }
  flush(op) {
    if (this.words.length > 0) {
      const command = { words: this.words, redirections: this.redirections };
      const scope = this.stack[this.stack.length - 1]?.scope;
      if (scope) command.scope = scope;
      if (this.lastOp !== void 0) command.before = this.lastOp;
      if (op !== void 0) command.after = op;
      this.commands.push(command);
    }
    this.words = [];
    this.redirections = [];
    this.skipWords = 0;
    this.afterTime = false;
    if (op !== void 0) this.lastOp = op;
  }
};

// src/extract/compose.ts
var COMPOSE_TOP_LEVEL = /* @__PURE__ */ new Set([
  "version",
  "name",
  "services",
  "networks",
  "volumes",
  "configs",
  "secrets",
  "include",
  "models"
]);
var SERVICE_KEYS = ["image", "build", "command", "entrypoint", "environment"];
var composeExtractor = {
  id: "compose",
  extract(context) {
    return composeServices(context).flatMap((service) => serviceConfigs(context, service));
  }
};
function composeServices(context) {
  const { nav } = context;
  const root = context.root;
  const top = nav.pairs(root);
  const isCompose = top.every((pair) => {
    const key = nav.keyText(pair);
    return key !== void 0 && (COMPOSE_TOP_LEVEL.has(key) || key.startsWith("x-"));
  });
  if (top.length === 0 || !isCompose) return [];
  return nav.pairs(nav.get(root, "services")).filter((pair) => {
    const service = nav.map(pair.value);
    return service !== void 0 && SERVICE_KEYS.some((key) => nav.pair(service, key) !== void 0);
  });
}
function serviceConfigs(context, pair) {
  const { nav } = context;
  const service = nav.map(pair.value);
  const entrypoint = argvOf(context, nav.pair(service, "entrypoint"));
  const command = argvOf(context, nav.pair(service, "command"));
  if (entrypoint === "invalid" || command === "invalid") return [];
  const argv = [...entrypoint ?? [], ...command ?? []];
  const imageNode = nav.get(service, "image");
  const image = nav.text(imageNode);
  const program = containerProgram(image, {
    runtime: "compose",
    entrypoint: entrypoint?.map((arg) => arg.value),
    cmd: command?.map((arg) => arg.value)
  });
  if (program.kind === "none") return [];
  const launcher = { kind: "compose", service: nav.keyText(pair) ?? "(unnamed)" };
  const env = serviceEnv(context, service);
  const open = [...env.open, ...nav.get(service, "env_file") !== void 0 ? ["env_file is not read"] : []];
  const composeProblems = argv.flatMap((arg) => arg.badDollar ? [invalidTemplate(arg.span)] : []);
  const config = (span, parsed, words, phrase) => {
    const scripts = program.bitnami ? bitnamiEnvironment(
      env.settings,
      env.variables,
      composeConfigMounted(context, service),
      program.bitnami.run,
      span
    ) : void 0;
    const reasons = [...program.open, ...open, ...scripts?.open ?? [], ...opaqueWords(words)];
    return {
      file: context.fileRef,
      launcher: phrase ? { ...launcher, imageProgram: phrase } : launcher,
      span,
      kind: "process",
      completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
      flags: parsed.flags,
      env: scripts?.env ?? env.settings,
      ...scripts?.configFile ? { configFile: scripts.configFile } : {},
      implied: scripts?.implied ?? [],
      startupProblems: [...composeProblems, ...parsed.startupProblems]
    };
  };
  const toWord = (arg) => ({
    value: arg.value,
    opaque: arg.opaque,
    span: arg.span,
    locate: (from, to) => arg.spanOf(from, to)
  });
  if (program.kind === "etcd") {
    const words = argv.slice(program.flagsFrom).map(toWord);
    const written = program.at === void 0 ? void 0 : argv[program.at];
    const span = written?.span ?? (imageNode ? context.nodeSpan(imageNode) : void 0);
    if (!span) return [];
    const phrase = image === void 0 ? void 0 : imageProgramPhrase(program, image);
    return [config(span, parseEtcdArgv(words, false), words, phrase)];
  }
  const rest = argv.slice(program.index);
  const first = rest[0];
  if (!first || first.opaque) return [];
  if (isEtcdProgram(first.value)) {
    if (isEtcdSubcommand(rest[1]?.value)) return [];
    const words = rest.slice(1).map(toWord);
    return [config(first.span, parseEtcdArgv(words, false), words)];
  }
  const scriptIndex = shellScriptIndex(rest.map((arg) => arg.value));
  const script = scriptIndex === void 0 ? void 0 : rest[scriptIndex];
  if (!script) return [];
  return findEtcdInvocations(script.value).map((invocation) => {
    const words = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaqueIn(word.start, word.end),
      span: script.spanOf(word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...script.value.slice(word.start, word.end) === word.value ? { locate: (from, to) => script.spanOf(word.start + from, word.start + to) } : {}
    }));
    const span = script.spanOf(invocation.program.start, invocation.program.end);
    return config(span, parseEtcdArgv(words, true), words);
  });
}
function composeConfigMounted(context, service) {
  const { nav } = context;
  return nav.items(nav.get(service, "volumes")).some((volume) => {
    const short = nav.text(volume);
    if (short !== void 0) {
      const parts = short.split(":");
      return parts.length >= 2 && isConfigPath(parts[1]);
    }
    const target = nav.text(nav.get(volume, "target"));
    return target !== void 0 && isConfigPath(target);
  });
}
function invalidTemplate(span) {
  return {
    message: `Compose will not start the service: a \`$\` that is not \`$$\`, \`$NAME\` or \`\${NAME}\` is an invalid interpolation (write \`$$\` for a literal \`$\`)`,
    span
  };
}
function argvOf(context, pair) {
  const { nav } = context;
  const node = pair ? nav.resolve(pair.value) : void 0;
  if (!node || (0, import_yaml3.isScalar)(node) && node.value === null) return void 0;
  const seq = nav.seq(node);
  if (seq) {
    const out = [];
    for (const item of nav.items(seq)) {
      const text2 = nav.text(item);
      if (text2 === void 0) continue;
      out.push(tracedArg(context, item, interpolate(text2), context.nodeSpan(item)));
    }
    return out;
  }
  const text = nav.text(node);
  if (text === void 0) return void 0;
  const words = shellWords(interpolate(text));
  if (!words) return "invalid";
  return words.map((word) => tracedArg(context, node, word, context.valueSpan(node, word.start, word.end)));
}
function tracedArg(context, node, traced, span) {
  return {
    value: traced.text,
    opaque: traced.opaque.some(Boolean),
    badDollar: traced.badDollar.some(Boolean),
    span,
    spanOf: (start, end) => {
      const from = traced.from[start];
      const to = traced.to[Math.max(start, end - 1)];
      return from === void 0 || to === void 0 ? span : context.valueSpan(node, from, to);
    },
    opaqueIn: (start, end) => traced.opaque.slice(start, end).some(Boolean)
  };
}
function emptyTraced() {
  return { text: "", from: [], to: [], opaque: [], badDollar: [] };
}
function pushChar(out, c, from, to, opaque, bad = false) {
  out.text += c;
  out.from.push(from);
  out.to.push(to);
  out.opaque.push(opaque);
  out.badDollar.push(bad);
}
function interpolate(value) {
  const out = emptyTraced();
  let closing;
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c !== "$") {
      pushChar(out, c, i, i + 1, false);
      i++;
      continue;
    }
    const next = value[i + 1] ?? "";
    if (next === "$") {
      pushChar(out, "$", i, i + 2, false);
      i += 2;
      continue;
    }
    let end = -1;
    if (next === "{") {
      if (/^[_a-z]/i.test(value[i + 2] ?? "")) {
        closing ??= bracedEnds(value);
        end = closing[i] ?? -1;
      }
    } else if (/^[_a-z]/i.test(next)) {
      end = i + 2;
      while (end < value.length && /^[_a-z0-9]/i.test(value[end])) end++;
    }
    if (end < 0) {
      pushChar(out, "$", i, i + 1, false, true);
      i++;
      continue;
    }
    for (let k = i; k < end; k++) pushChar(out, value[k], k, k + 1, true);
    i = end;
  }
  return out;
}
function bracedEnds(value) {
  const ends = new Int32Array(value.length).fill(-1);
  const open = [];
  for (let k = 0; k < value.length; k++) {
    if (value[k] === "$" && value[k + 1] === "{") {
      open.push(k);
      k++;
    } else if (value[k] === "}") {
      const start = open.pop();
      if (start !== void 0) ends[start] = k + 1;
    }
  }
  return ends;
}
function shellWords(src) {
  const words = [];
  let buf = emptyTraced();
  let start;
  let end = 0;
  let escaped = false;
  let doubleQuoted = false;
  let singleQuoted = false;
  let backQuote = false;
  let dollarQuote = false;
  let got = false;
  const add = (i) => {
    const c = src.text[i];
    pushChar(buf, c, src.from[i], src.to[i], src.opaque[i], src.badDollar[i]);
  };
  const touch = (i) => {
    start ??= src.from[i];
    end = src.to[i];
  };
  const emit = () => {
    words.push({ ...buf, start: start ?? 0, end });
    buf = emptyTraced();
    start = void 0;
    got = false;
  };
  for (let i = 0; i < src.text.length; i++) {
    const c = src.text[i];
    if (escaped) {
      touch(i);
      add(i);
      escaped = false;
      continue;
    }
    if (c === "\\") {
      touch(i);
      if (singleQuoted) add(i);
      else escaped = true;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\n") {
      if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
        touch(i);
        add(i);
      } else if (got) {
        emit();
      } else if (buf.text === "") {
        start = void 0;
      }
      continue;
    }
    const unquoted = !singleQuoted && !doubleQuoted;
    if (c === "`" && unquoted && !dollarQuote) {
      backQuote = !backQuote;
    } else if (c === ")" && unquoted && !backQuote) {
      dollarQuote = !dollarQuote;
    } else if (c === "(" && unquoted && !backQuote) {
      if (dollarQuote || !buf.text.endsWith("$")) return void 0;
      dollarQuote = true;
    } else if (c === '"' && !singleQuoted && !dollarQuote) {
      touch(i);
      doubleQuoted = !doubleQuoted;
      continue;
    } else if (c === "'" && !doubleQuoted && !dollarQuote) {
      touch(i);
      singleQuoted = !singleQuoted;
      continue;
    } else if (";&|<>".includes(c) && unquoted && !backQuote) {
      if (c === ">" && /^[0-9]/.test(buf.text)) got = false;
      break;
    }
    touch(i);
    got = true;
    add(i);
  }
  if (got) emit();
  if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return void 0;
  return words;
}
function serviceEnv(context, service) {
  const { nav } = context;
  const environment2 = nav.get(service, "environment");
  const settings = [];
  const open = [];
  const variables = [];
  const add = (key, raw, span, place) => {
    const known = raw === void 0 ? void 0 : interpolate(raw);
    const literal = known && !known.opaque.some(Boolean) && !known.badDollar.some(Boolean) ? known.text : void 0;
    variables.push({ name: key, value: literal, span });
    if (raw === void 0) {
      if (/^ETCD_/.test(key)) open.push(`${key} is taken from the host environment`);
      return;
    }
    const traced = interpolate(raw);
    if (traced.opaque.some(Boolean) || traced.badDollar.some(Boolean)) {
      if (/^ETCD_/.test(key)) open.push(`${key} holds \`${raw}\`, whose value is not known here`);
      return;
    }
    const where2 = traced.text === raw ? { locateValue: place } : {};
    const setting = envVariable(key, traced.text, span, { kind: "compose" }, where2);
    if (setting) settings.push(setting);
  };
  if (nav.map(environment2)) {
    for (const pair of nav.pairs(environment2)) {
      const key = nav.keyText(pair);
      const value = nav.resolve(pair.value);
      if (key === void 0) continue;
      const raw = !value || (0, import_yaml3.isScalar)(value) && value.value === null ? void 0 : nav.text(value);
      add(key, raw, context.pairSpan(pair), (from, to) => context.valueSpan(value, from, to));
    }
  } else {
    for (const item of nav.items(environment2)) {
      const entry = nav.text(item);
      if (entry === void 0) continue;
      const eq = entry.indexOf("=");
      const place = (from, to) => context.valueSpan(item, eq + 1 + from, eq + 1 + to);
      if (eq < 0) add(entry, void 0, context.nodeSpan(item), place);
      else add(entry.slice(0, eq), entry.slice(eq + 1), context.nodeSpan(item), place);
    }
  }
  return { settings, open, variables };
}

// src/load/yaml-parse.ts
var import_yaml4 = __toESM(require_dist(), 1);
function parseDocumentsBounded(text) {
  return parseRangesBounded(text, [{ start: 0, end: text.length }]);
}
function parseRangesBounded(text, wanted) {
  const { ranges, problems } = withinBounds(text, wanted);
  const skipped2 = [...problems];
  if (ranges.length === 1 && ranges[0]?.start === 0 && ranges[0].end === text.length) {
    const parsed = parseStream(text);
    return { documents: parsed.documents, skipped: [...skipped2, ...parsed.skipped] };
  }
  const documents = [];
  for (const { start, end } of ranges) {
    const parsed = parseStream(text.slice(start, end));
    for (const doc of parsed.documents) documents.push(shifted(doc, start));
    for (const problem of parsed.skipped) skipped2.push({ ...problem, offset: problem.offset + start });
  }
  skipped2.sort((a, b) => a.offset - b.offset);
  return { documents, skipped: skipped2 };
}
function parseStream(text) {
  const composer = new import_yaml4.Composer({ uniqueKeys: false });
  const documents = [];
  const skipped2 = [];
  for (let token of new import_yaml4.Parser().parse(text)) {
    const deep = deepestOffset(token, MAX_NESTING);
    if (deep !== void 0) {
      if (token.type !== "document") continue;
      skipped2.push({ offset: deep, kind: "too-deep" });
      token = { ...token, value: void 0 };
    }
    for (const doc of composer.next(token)) documents.push(doc);
  }
  for (const doc of composer.end()) documents.push(doc);
  return { documents, skipped: skipped2 };
}
function shifted(doc, by) {
  if (by === 0) return doc;
  const move = (range) => {
    if (range) for (let i = 0; i < range.length; i++) range[i] = range[i] + by;
  };
  move(doc.range);
  for (const problem of [...doc.errors, ...doc.warnings])
    problem.pos = [problem.pos[0] + by, problem.pos[1] + by];
  (0, import_yaml4.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml4.isNode)(node)) move(node.range);
    }
  });
  return doc;
}
function parseEmbeddedDocuments(text) {
  try {
    return parseDocumentsBounded(text).documents.filter((doc) => doc.errors.length === 0);
  } catch {
    return [];
  }
}
function deepestOffset(root, limit) {
  const pending = [[root, 0]];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const [token, depth] = next;
    switch (token.type) {
      case "document":
        if (token.value) pending.push([token.value, depth]);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection": {
        if (depth + 1 > limit) return token.offset;
        for (const item of token.items) {
          if (item.key) pending.push([item.key, depth + 1]);
          if (item.value) pending.push([item.value, depth + 1]);
        }
        break;
      }
      case "block-scalar":
        for (const prop of token.props) pending.push([prop, depth]);
        break;
      default:
        break;
    }
  }
  return void 0;
}

// src/extract/etcd-config-file.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/extract/yaml11.ts
var import_yaml5 = __toESM(require_dist(), 1);
var TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var FALSE = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var NULL = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
function yaml11Plain(source) {
  if (TRUE.has(source)) return { kind: "bool", value: true };
  if (FALSE.has(source)) return { kind: "bool", value: false };
  if (NULL.has(source)) return { kind: "null" };
  const number = yaml11Number(source);
  return number === void 0 ? { kind: "string", value: source } : { kind: "number", value: number };
}
function yaml11Number(source) {
  const s = source.replace(/_/g, "");
  if (/^[-+]?0b[01]+$/.test(s)) return Number.parseInt(s.replace("0b", ""), 2);
  if (/^[-+]?0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s, 16);
  if (/^[-+]?0[0-7]+$/.test(s)) return Number.parseInt(s, 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return Number.POSITIVE_INFINITY;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return Number.NaN;
  return void 0;
}
function yaml11Bool(value) {
  if (!(0, import_yaml5.isScalar)(value) || value.value === null) return { kind: "false" };
  const source = value.source ?? String(value.value);
  if (value.type === import_yaml5.Scalar.PLAIN) {
    const typed = yaml11Plain(source);
    if (typed.kind === "bool") return { kind: typed.value ? "true" : "false" };
    if (typed.kind === "null") return { kind: "false" };
  }
  const parsed = parseGoBool(String(value.value));
  return {
    kind: "invalid",
    meansTrue: parsed.kind === "true" || parsed.kind === "invalid" && parsed.meansTrue
  };
}

// src/extract/etcd-config-file.ts
var etcdConfigFileExtractor = {
  id: "etcd-config-file",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (!nav.map(root) || nav.get(root, "apiVersion") || nav.get(root, "kind")) return [];
    const keys = nav.pairs(root).map((pair) => nav.keyText(pair) ?? "");
    const known = keys.filter((key) => ETCD_CONFIG_KEYS.has(key));
    const hasSection = keys.some((key) => CONFIG_SECTIONS.includes(key));
    if (!hasSection && known.length < 2) return [];
    const settings = [];
    const startupProblems = [];
    for (const pair of nav.pairs(root)) {
      const key = nav.keyText(pair) ?? "";
      if (CONFIG_SECTIONS.includes(key)) {
        for (const inner of nav.pairs(nav.get(root, key))) {
          const innerKey = nav.keyText(inner) ?? "";
          const name = flagOfConfigKey([key, innerKey]) ?? `${key}.${innerKey}`;
          settings.push(configSetting(context, inner, `${key}.${innerKey}`, name));
        }
        continue;
      }
      const setting = configSetting(context, pair, key, flagOfConfigKey([key]) ?? key);
      settings.push(setting);
      const problem = listForString(context, pair, setting);
      if (problem) startupProblems.push(problem);
    }
    const config = {
      file: context.fileRef,
      launcher: { kind: "config-file", where: context.embedded?.where ?? context.fileRef.relPath },
      span: context.firstKeySpan(),
      kind: "process",
      completeness: context.file.template && !context.embedded ? { complete: false, reasons: ["the file is a template"] } : { complete: true },
      flags: [],
      env: [],
      configFile: settings,
      implied: [],
      startupProblems
    };
    return [config];
  }
};
function configSetting(context, pair, key, name) {
  const { nav } = context;
  const value = nav.resolve(pair.value) ?? null;
  const source = (0, import_yaml6.isScalar)(value) ? value.source ?? String(value.value ?? "") : "";
  const rawValue = (0, import_yaml6.isScalar)(value) ? value.value === null ? "" : nav.text(value) ?? "" : (0, import_yaml6.isSeq)(value) ? nav.items(value).map((item) => nav.text(item) ?? "").join(",") : "";
  const setting = {
    name,
    key,
    text: `${key}: ${source}`,
    rawValue,
    origin: { kind: "config-file", key },
    span: context.pairSpan(pair),
    ...scalarValue(context, pair.value)
  };
  if (settingSpec(name)?.type === "bool") setting.bool = yaml11Bool(value);
  return setting;
}
function listForString(context, pair, setting) {
  if (settingSpec(setting.name)?.type !== "urls" || !(0, import_yaml6.isSeq)(context.nav.resolve(pair.value))) return void 0;
  return {
    message: `etcd will not start: \`${setting.key}\` must be one comma-separated string in a config file, not a YAML list (cannot unmarshal array into a string)`,
    span: setting.span,
    flag: setting.name
  };
}

// src/etcd/launchers.ts
function kubeadmDefaults(certificatesDir) {
  let dir = certificatesDir;
  while (dir.endsWith("/")) dir = dir.slice(0, -1);
  const pki = `${dir}/etcd`;
  return {
    "listen-client-urls": "https://127.0.0.1:2379,https://<advertiseAddress>:2379",
    "advertise-client-urls": "https://<advertiseAddress>:2379",
    "listen-peer-urls": "https://<advertiseAddress>:2380",
    "initial-advertise-peer-urls": "https://<advertiseAddress>:2380",
    "cert-file": `${pki}/server.crt`,
    "key-file": `${pki}/server.key`,
    "trusted-ca-file": `${pki}/ca.crt`,
    "client-cert-auth": "true",
    "peer-cert-file": `${pki}/peer.crt`,
    "peer-key-file": `${pki}/peer.key`,
    "peer-trusted-ca-file": `${pki}/ca.crt`,
    "peer-client-cert-auth": "true",
    "listen-metrics-urls": "http://127.0.0.1:2381"
  };
}
var K0S_DEFAULTS = {
  "listen-client-urls": "https://127.0.0.1:2379",
  "advertise-client-urls": "https://127.0.0.1:2379",
  "listen-peer-urls": "https://<peerAddress>:2380",
  "initial-advertise-peer-urls": "https://<peerAddress>:2380",
  "client-cert-auth": "true",
  "tls-min-version": "TLS1.2",
  "trusted-ca-file": "<certDir>/etcd/ca.crt",
  "cert-file": "<certDir>/etcd/server.crt",
  "key-file": "<certDir>/etcd/server.key",
  "peer-trusted-ca-file": "<certDir>/etcd/ca.crt",
  "peer-cert-file": "<certDir>/etcd/peer.crt",
  "peer-key-file": "<certDir>/etcd/peer.key",
  "peer-client-cert-auth": "true"
};
var RKE_DEFAULTS = {
  "listen-client-urls": "https://<listenAddress>:2379",
  "advertise-client-urls": "https://<internalAddress>:2379",
  "listen-peer-urls": "https://<listenAddress>:2380",
  "initial-advertise-peer-urls": "https://<internalAddress>:2380",
  "trusted-ca-file": "/etc/kubernetes/ssl/kube-ca.pem",
  "peer-trusted-ca-file": "/etc/kubernetes/ssl/kube-ca.pem",
  "cert-file": "/etc/kubernetes/ssl/kube-etcd-<node>.pem",
  "key-file": "/etc/kubernetes/ssl/kube-etcd-<node>-key.pem",
  "peer-cert-file": "/etc/kubernetes/ssl/kube-etcd-<node>.pem",
  "peer-key-file": "/etc/kubernetes/ssl/kube-etcd-<node>-key.pem",
  "client-cert-auth": void 0,
  "peer-client-cert-auth": void 0
};
var K3S_DEFAULTS = {
  "listen-client-urls": "https://127.0.0.1:2379,https://<nodeAddress>:2379",
  "advertise-client-urls": "https://<nodeAddress>:2379",
  "listen-peer-urls": "https://127.0.0.1:2380,https://<nodeAddress>:2380",
  "initial-advertise-peer-urls": "https://<nodeAddress>:2380",
  "listen-metrics-urls": "http://127.0.0.1:2381",
  "cert-file": "<dataDir>/server/tls/etcd/server-client.crt",
  "key-file": "<dataDir>/server/tls/etcd/server-client.key",
  "trusted-ca-file": "<dataDir>/server/tls/etcd/server-ca.crt",
  "client-cert-auth": "true",
  "peer-cert-file": "<dataDir>/server/tls/etcd/peer-server-client.crt",
  "peer-key-file": "<dataDir>/server/tls/etcd/peer-server-client.key",
  "peer-trusted-ca-file": "<dataDir>/server/tls/etcd/peer-ca.crt",
  "peer-client-cert-auth": "true"
};
var TALOS_DEFAULTS = {
  name: "<hostname>",
  "auto-tls": "false",
  "peer-auto-tls": "false",
  "data-dir": "/var/lib/etcd",
  "listen-peer-urls": "https://<listenAddress>:2380",
  "listen-client-urls": "https://<listenAddress>:2379",
  "listen-client-http-urls": "https://<listenAddress>:2382",
  "client-cert-auth": "true",
  "cert-file": "/system/secrets/etcd/server.crt",
  "key-file": "/system/secrets/etcd/server.key",
  "trusted-ca-file": "/system/secrets/etcd/ca.crt",
  "peer-client-cert-auth": "true",
  "peer-cert-file": "/system/secrets/etcd/peer.crt",
  "peer-key-file": "/system/secrets/etcd/peer.key",
  "peer-trusted-ca-file": "/system/secrets/etcd/ca.crt",
  "feature-gates": "InitialCorruptCheck=true,CompactHashCheck=true",
  "watch-progress-notify-interval": "5s",
  "tls-min-version": "TLS1.3"
};
var TALOS_IF_ABSENT = {
  "advertise-client-urls": "https://<advertiseAddress>:2379",
  "initial-advertise-peer-urls": "https://<advertiseAddress>:2380"
};
function impliedSettings(tool, defaults, as, span) {
  return Object.entries(defaults).map(([name, rawValue]) => {
    const key = as === "flag" ? `--${name}` : settingSpec(name)?.configKey?.join(".") ?? name;
    const text = as === "flag" ? rawValue === void 0 ? key : `${key}=${rawValue}` : `${key}: ${rawValue ?? ""}`;
    return { name, key, text, rawValue, origin: { kind: "launcher-default", tool, as }, span };
  });
}
var PLAIN = { writesConfigFile: false, acceptedFlags: (flags) => flags, refusals: () => [] };
var TALOS_DENIED = new Set(Object.keys(TALOS_DEFAULTS));
var LAUNCHER_RULES = {
  k0s: PLAIN,
  RKE: PLAIN,
  "k3s/RKE2": { ...PLAIN, writesConfigFile: true },
  Talos: {
    writesConfigFile: false,
    acceptedFlags: (flags) => flags.filter((flag) => !TALOS_DENIED.has(flag.name)),
    refusals: (flags) => flags.filter((flag) => TALOS_DENIED.has(flag.name)).map((setting) => ({
      setting,
      problem: {
        message: `Talos will not start etcd: \`${setting.name}\` is on the deny-list of its etcd service (a user value for it is a DenylistError)`,
        span: setting.span,
        flag: setting.name
      },
      launcherValue: TALOS_DEFAULTS[setting.name]
    }))
  }
};
function aenixOperatorArgs(tls) {
  const scheme = tls.serverSecret ? "https://" : "http://";
  const server = tls.serverSecret ? void 0 : "spec.security.tls.serverSecret";
  const fieldOf = (field2) => field2 ? { field: field2 } : {};
  return [
    { name: "name", value: "$(POD_NAME)" },
    { name: "listen-metrics-urls", value: "http://0.0.0.0:2381" },
    { name: "listen-peer-urls", value: "https://0.0.0.0:2380" },
    { name: "listen-client-urls", value: `${scheme}0.0.0.0:2379`, ...fieldOf(server) },
    {
      name: "initial-advertise-peer-urls",
      value: "https://$(POD_NAME).<headless-service>.$(POD_NAMESPACE).svc:2380"
    },
    { name: "data-dir", value: "/var/run/etcd/default.etcd" },
    {
      name: "advertise-client-urls",
      value: `${scheme}$(POD_NAME).<headless-service>.$(POD_NAMESPACE).svc:2379`,
      ...fieldOf(server)
    },
    ...tls.peerSecret ? [
      { name: "peer-trusted-ca-file", value: "/etc/etcd/pki/peer/ca/ca.crt" },
      { name: "peer-cert-file", value: "/etc/etcd/pki/peer/cert/tls.crt" },
      { name: "peer-key-file", value: "/etc/etcd/pki/peer/cert/tls.key" },
      { name: "peer-client-cert-auth", value: void 0 }
    ] : [{ name: "peer-auto-tls", value: void 0, field: "spec.security.tls.peerSecret" }],
    ...tls.serverSecret ? [
      { name: "cert-file", value: "/etc/etcd/pki/server/cert/tls.crt" },
      { name: "key-file", value: "/etc/etcd/pki/server/cert/tls.key" }
    ] : [],
    ...tls.clientSecret ? [
      { name: "trusted-ca-file", value: "/etc/etcd/pki/client/ca/ca.crt" },
      { name: "client-cert-auth", value: void 0 }
    ] : [],
    { name: "auto-compaction-retention", value: "5m" },
    { name: "snapshot-count", value: "10000" }
  ];
}
var AENIX_SYSTEM_FLAGS = /* @__PURE__ */ new Set([
  "name",
  "listen-peer-urls",
  "listen-client-urls",
  "initial-advertise-peer-urls",
  "data-dir",
  "auto-tls",
  "peer-auto-tls",
  "advertise-client-urls"
]);

// src/extract/kubeadm.ts
var CLUSTER_API_PATHS = {
  KubeadmControlPlane: ["spec", "kubeadmConfigSpec", "clusterConfiguration"],
  KubeadmControlPlaneTemplate: ["spec", "template", "spec", "kubeadmConfigSpec", "clusterConfiguration"],
  KubeadmConfig: ["spec", "clusterConfiguration"],
  KubeadmConfigTemplate: ["spec", "template", "spec", "clusterConfiguration"]
};
var DEFAULT_CERTIFICATES_DIR = "/etc/kubernetes/pki";
var kubeadmExtractor = {
  id: "kubeadm",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, "apiVersion")) ?? "";
    const kind = nav.text(nav.get(root, "kind")) ?? "";
    if (apiVersion.startsWith("kubeadm.k8s.io/") && kind === "ClusterConfiguration") {
      const objectName3 = context.embedded ? `in ${context.embedded.where}` : void 0;
      const launcher2 = {
        kind: "kubeadm",
        apiVersion,
        objectKind: kind,
        ...objectName3 ? { objectName: objectName3 } : {}
      };
      return clusterConfiguration(context, root, launcher2, [], apiVersion);
    }
    const path12 = CLUSTER_API_PATHS[kind];
    if (!path12 || !apiVersion.includes("cluster.x-k8s.io/")) return [];
    const objectName2 = nav.text(nav.path(root, ["metadata", "name"])) ?? "(unnamed)";
    const launcher = { kind: "kubeadm", apiVersion, objectKind: kind, objectName: objectName2 };
    const node = nav.path(root, path12);
    return node ? clusterConfiguration(context, node, launcher, path12, apiVersion) : [];
  }
};
function clusterConfiguration(context, node, launcher, prefix, apiVersion) {
  const { nav } = context;
  const etcd = nav.get(node, "etcd");
  if (nav.get(etcd, "external") !== void 0) return [];
  const local = nav.get(etcd, "local");
  const field2 = (name) => [...prefix, "etcd", "local", name].join(".");
  const extraArgsPair = nav.pair(local, "extraArgs");
  const extraArgs = nav.resolve(extraArgsPair?.value);
  const anchor = extraArgsPair ?? nav.pair(node, "etcd") ?? nav.pair(node, "kind");
  const span = anchor ? context.nodeSpan(anchor.key ?? anchor.value) : context.rangeSpan(0, 1);
  const certificatesDir = nav.text(nav.get(node, "certificatesDir")) || DEFAULT_CERTIFICATES_DIR;
  const env = extraEnvs(context, nav.get(local, "extraEnvs"), field2("extraEnvs"));
  const base = {
    file: context.fileRef,
    launcher,
    span,
    kind: "process",
    completeness: context.file.template ? { complete: false, reasons: ["the configuration is a template"] } : { complete: true },
    env,
    implied: impliedSettings("kubeadm", kubeadmDefaults(certificatesDir), "flag", span),
    startupProblems: [],
    // kubeadm's kube-apiserver trusts client certificates from the cluster CA (CACertName "ca.crt").
    clusterClientCa: impliedSettings(
      "kube-apiserver (kubeadm)",
      { "client-ca-file": `${stripSlashes(certificatesDir)}/ca.crt` },
      "flag",
      span
    )[0]
  };
  if (!extraArgs || nav.map(extraArgs)) {
    return [{ ...base, flags: extraArgs ? mapArgs(context, extraArgs, field2("extraArgs")) : [] }];
  }
  const listed = listArgs(context, extraArgs, field2("extraArgs"));
  return listOrders(listed, apiVersion).map((flags) => ({ ...base, flags }));
}
function extraEnvs(context, node, field2) {
  const { nav } = context;
  return nav.items(node).flatMap((item) => {
    const namePair = nav.pair(item, "name");
    const name = nav.text(namePair?.value);
    if (!namePair || !name || nav.get(item, "valueFrom")) return [];
    const value = nav.text(nav.get(item, "value")) ?? "";
    const setting = envVariable(name, value, context.pairSpan(namePair), {
      kind: "tool-field",
      tool: "kubeadm",
      field: field2
    });
    return setting ? [setting] : [];
  });
}
function mapArgs(context, extraArgs, field2) {
  const origin2 = { kind: "extra-arg", tool: "kubeadm", field: field2, shape: "map" };
  return context.nav.pairs(extraArgs).flatMap((pair) => {
    const name = context.nav.keyText(pair);
    if (!name) return [];
    const rawValue = context.nav.text(pair.value) ?? "";
    return [
      {
        ...renderedArg(name, rawValue, `${name}: ${sourceOf(context, pair)}`, origin2, context.pairSpan(pair)),
        ...scalarValue(context, pair.value)
      }
    ];
  });
}
function listArgs(context, extraArgs, field2) {
  const { nav } = context;
  const origin2 = { kind: "extra-arg", tool: "kubeadm", field: field2, shape: "list" };
  return nav.items(extraArgs).flatMap((item) => {
    const namePair = nav.pair(item, "name");
    const name = nav.text(namePair?.value);
    if (!namePair || !name) return [];
    const valueNode = nav.get(item, "value");
    const rawValue = nav.text(valueNode) ?? "";
    return [
      {
        ...renderedArg(
          name,
          rawValue,
          `name: ${name}, value: ${rawValue}`,
          origin2,
          context.pairSpan(namePair)
        ),
        ...scalarValue(context, valueNode)
      }
    ];
  });
}
function listOrders(settings, apiVersion) {
  if (apiVersion === "kubeadm.k8s.io/v1") return [settings];
  const byName = /* @__PURE__ */ new Map();
  for (const setting of settings) byName.set(setting.name, [...byName.get(setting.name) ?? [], setting]);
  const listed = [...settings];
  const sorted = [...settings];
  let differ = false;
  for (const group of byName.values()) {
    const listLast = group[group.length - 1];
    const sortedLast = group.reduce((best, s) => (s.rawValue ?? "") >= (best.rawValue ?? "") ? s : best);
    if (sortedLast.rawValue === listLast.rawValue) continue;
    differ = true;
    const both = `"${listLast.name}" is listed more than once`;
    replace(listed, listLast, {
      ...listLast,
      caveat: `${both}; kubeadm releases that keep the list order (the early-2026 patch releases and later) pass "${listLast.rawValue}" last, while older ones sort extraArgs by value, where "${sortedLast.rawValue}" wins`
    });
    sorted.splice(sorted.indexOf(sortedLast), 1);
    sorted.push({
      ...sortedLast,
      caveat: `${both}; kubeadm releases that sort extraArgs by value (before the early-2026 patch releases) pass "${sortedLast.rawValue}" last, while newer kubeadm keeps the list order, where "${listLast.rawValue}" wins`
    });
  }
  return differ ? [listed, sorted] : [settings];
}
function stripSlashes(path12) {
  let dir = path12;
  while (dir.endsWith("/")) dir = dir.slice(0, -1);
  return dir;
}
function replace(settings, old, next) {
  settings[settings.indexOf(old)] = next;
}
function sourceOf(context, pair) {
  const value = pair.value;
  const range = value?.range;
  if (!range) return "";
  const text = context.ownText.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}

// src/extract/kubernetes-objects.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var GENERIC_POD_SPEC_PATH = ["spec", "template", "spec"];
function podSpecPath(kind) {
  return POD_SPEC_PATHS[kind] ?? GENERIC_POD_SPEC_PATH;
}
var MAX_LIST_DEPTH = 8;
function* kubernetesObjects(context, node = context.root, depth = 0, seen = /* @__PURE__ */ new Map()) {
  const { nav } = context;
  if (!node || !nav.map(node) || depth > MAX_LIST_DEPTH) return;
  const before = seen.get(node);
  if (before !== void 0 && before <= depth) return;
  seen.set(node, depth);
  const kind = nav.text(nav.get(node, "kind")) ?? "";
  const items = nav.seq(nav.get(node, "items"));
  if (kind.endsWith("List") && items) {
    for (const item of nav.items(items)) yield* kubernetesObjects(context, item, depth + 1, seen);
    return;
  }
  if (before === void 0) yield node;
}
function podSpecObjects(context) {
  const { nav } = context;
  const out = [];
  for (const object of kubernetesObjects(context)) {
    const kind = nav.text(nav.get(object, "kind"));
    if (!kind || !nav.text(nav.get(object, "apiVersion"))) continue;
    const path12 = podSpecPath(kind);
    const podSpec = nav.map(nav.path(object, path12));
    if (!podSpec) continue;
    const metadata = nav.get(object, "metadata");
    const namespace = nav.text(nav.get(metadata, "namespace"));
    out.push({
      kind,
      name: objectName(context, metadata),
      ...namespace ? { namespace } : {},
      podSpec
    });
  }
  return out;
}
function objectName(context, metadata) {
  const { nav } = context;
  const node = nav.get(metadata, "name") ?? nav.get(metadata, "generateName");
  if (!node) return "(unnamed)";
  return context.shownText(node) ?? (context.isTemplated(node) ? "(templated)" : "(unnamed)");
}

// src/load/load.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/load/file-kinds.ts
var KUSTOMIZATION_NAMES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
function basename3(relPath) {
  return relPath.slice(relPath.lastIndexOf("/") + 1);
}
function isKustomizationName(relPath) {
  return KUSTOMIZATION_NAMES.has(basename3(relPath));
}
var YAML_NAME = /\.(ya?ml|json|manifest)$/i;
function isYamlName(relPath) {
  if (YAML_NAME.test(formPath(relPath))) return true;
  const segments = relPath.split("/");
  const parent = segments[segments.length - 2];
  return (parent === "group_vars" || parent === "host_vars") && !(segments[segments.length - 1] ?? "").includes(".");
}
var TEMPLATE_SUFFIXES = [
  [".j2", "jinja"],
  [".jinja2", "jinja"],
  [".jinja", "jinja"],
  [".tpl", "go"],
  [".tmpl", "go"],
  [".gotmpl", "go"],
  [".erb", "erb"]
];
function templateSyntaxOf(relPath) {
  const lower = relPath.toLowerCase();
  return TEMPLATE_SUFFIXES.find(([suffix2]) => lower.endsWith(suffix2))?.[1];
}
function formPath(relPath) {
  const lower = relPath.toLowerCase();
  const match = TEMPLATE_SUFFIXES.find(([suffix2]) => lower.endsWith(suffix2));
  return match ? relPath.slice(0, relPath.length - match[0].length) : relPath;
}
function isShellScriptName(path12) {
  const lower = path12.toLowerCase();
  return lower.endsWith(".sh") || lower.endsWith(".bash");
}
function isDockerfileName(path12) {
  const name = basename3(path12).toLowerCase();
  return name === "dockerfile" || name === "containerfile" || name.endsWith(".dockerfile") || name.startsWith("dockerfile.") || name.startsWith("containerfile.");
}
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox"]);
function hasShellShebang(text) {
  if (!text.startsWith("#!")) return false;
  const end = text.indexOf("\n");
  const words = text.slice(2, end < 0 ? Math.min(text.length, 256) : Math.min(end, 256)).split(" ").flatMap((part) => part.split("	")).filter((word) => word !== "" && word !== "\r");
  const interpreter = basename3(words[0] ?? "");
  if (interpreter !== "env") return SHELLS2.has(interpreter);
  const program = words.slice(1).find((word) => !word.startsWith("-") && !word.includes("="));
  return SHELLS2.has(basename3(program ?? ""));
}
function hasFormName(relPath) {
  const path12 = formPath(relPath);
  const name = basename3(path12);
  return isYamlName(path12) || isKustomizationName(path12) || isShellScriptName(path12) || isDockerfileName(path12) || name.endsWith(".service") || name.endsWith(".conf") || name.endsWith(".env") || path12 === "default/etcd" || path12.endsWith("/default/etcd");
}
function isValuesFileName(name) {
  const lower = basename3(name).toLowerCase();
  const stem = lower.endsWith(".yaml") ? lower.slice(0, -5) : lower.endsWith(".yml") ? lower.slice(0, -4) : void 0;
  if (stem === void 0) return false;
  if (stem === "values") return true;
  return ["values-", "values.", "values_"].some((p) => stem.startsWith(p)) || ["-values", ".values", "_values"].some((p) => stem.endsWith(p));
}
function isTemplateValuesPath(relPath) {
  const name = basename3(relPath);
  if (isValuesFileName(name) || name === "Chart.yaml") return true;
  const segments = relPath.split("/");
  if (segments.includes("group_vars") || segments.includes("host_vars")) return true;
  const parent = segments[segments.length - 2];
  return (parent === "defaults" || parent === "vars") && (name === "main.yml" || name === "main.yaml");
}
function isHelmfilePath(relPath) {
  const segments = relPath.split("/");
  const name = (segments[segments.length - 1] ?? "").toLowerCase();
  if (/^helmfile\.ya?ml(\.gotmpl)?$/.test(name)) return true;
  return segments[segments.length - 2] === "helmfile.d" && /\.ya?ml(\.gotmpl)?$/.test(name);
}

// src/load/prefilter.ts
var SETTING_TOKEN = /e[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*d|a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*o[\s'"`\\$-]*t[\s'"`\\$-]*l[\s'"`\\$-]*s|s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*e[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t|t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*h|k[\s'"`\\$-]*u[\s'"`\\$-]*b[\s'"`\\$-]*e[\s'"`\\$-]*a[\s'"`\\$-]*p[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r|h[\s'"`\\$-]*y[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*k[\s'"`\\$-]*u[\s'"`\\$-]*b[\s'"`\\$-]*e/i;
var ETCD_VARIABLE_TOKEN = /(?<![A-Za-z0-9_])E[\s'"`\\$-]*T[\s'"`\\$-]*C[\s'"`\\$-]*D[\s'"`\\$-]*_/;
var SETTING_ONLY_TOKEN = /a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*o[\s'"`\\$-]*t[\s'"`\\$-]*l[\s'"`\\$-]*s|s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*e[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*h|t[\s'"`\\$-]*r[\s'"`\\$-]*u[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*d[\s'"`\\$-]*c[\s'"`\\$-]*a[\s'"`\\$-]*f[\s'"`\\$-]*i[\s'"`\\$-]*l[\s'"`\\$-]*e/i;
var CONFIG_MAP_TOKEN = /c[\s'"`\\$-]*o[\s'"`\\$-]*n[\s'"`\\$-]*f[\s'"`\\$-]*i[\s'"`\\$-]*g[\s'"`\\$-]*m[\s'"`\\$-]*a[\s'"`\\$-]*p/i;
var NAME_ESCAPE = /\\(?:u00(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|x(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|U0000(?:00[46][1-9a-f]|00[57][0-9a]|003[0-9]|002d|005f)|(?:1[0-7][0-7]|06[0-7]|07[01]|055|137))/i;
function relevance(text, file) {
  if (isKustomizationName(file.relPath)) return "settings";
  if (needsShebang(file) && !hasShellShebang(text)) return "none";
  if (mayConfigureEtcd(text)) return "settings";
  return CONFIG_MAP_TOKEN.test(text) || isTemplateValuesPath(file.relPath) || isHelmfilePath(file.relPath) || mentionsRelease(text) ? "lookup" : "none";
}
var RELEASE_KIND = /\bkind["']?\s*:\s*["']?(?:HelmRelease|HelmRepository|OCIRepository|HelmChartConfig|HelmChart|GitRepository|ApplicationSet|Application)\b/;
function mentionsRelease(text) {
  return RELEASE_KIND.test(text);
}
function needsShebang(file) {
  return !hasFormName(file.relPath);
}
function mayConfigureEtcd(text) {
  return SETTING_TOKEN.test(text) || NAME_ESCAPE.test(text);
}
function namesEtcdSetting(text) {
  return ETCD_VARIABLE_TOKEN.test(text) || SETTING_ONLY_TOKEN.test(text) || NAME_ESCAPE.test(text);
}
function mentionsConfigMap(text) {
  return CONFIG_MAP_TOKEN.test(text) || NAME_ESCAPE.test(text);
}

// src/load/documents.ts
function relevantRanges(text) {
  const ranges = [];
  const add = (start2, end) => {
    if (!matters(text.slice(start2, end))) return;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.end === start2) previous.end = end;
    else ranges.push({ start: start2, end });
  };
  let start = 0;
  for (const at of markerOffsets(text, 0, text.length)) {
    add(start, at);
    start = at;
  }
  add(start, text.length);
  return ranges;
}
function matters(body) {
  if (!mayConfigureEtcd(body) && !mentionsConfigMap(body) && !mentionsRelease(body)) return false;
  const topLevel = topLevelLines(body);
  if (topLevel && (isCustomResourceDefinition(topLevel) || isApiDescription(topLevel))) return false;
  const json = jsonKeys(body);
  return json === void 0 || json.some(isStructuralKey);
}
var STRUCTURAL_KEYS = /* @__PURE__ */ new Set(["apiVersion", "kind", "op", "services", ...ETCD_CONFIG_KEYS]);
function isStructuralKey(key) {
  return STRUCTURAL_KEYS.has(key) || key.includes("\\") || mayConfigureEtcd(key) || mentionsConfigMap(key);
}
function jsonKeys(text) {
  let i = 0;
  while (i < text.length && JSON_BLANK.includes(text[i])) i++;
  const first = text[i];
  if (first !== "{" && first !== "[") return void 0;
  const keys = [];
  const rootKeys = /* @__PURE__ */ new Set();
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return void 0;
      let j = end + 1;
      while (j < text.length && JSON_BLANK.includes(text[j])) j++;
      if (text[j] === ":") {
        const key = text.slice(i + 1, end);
        if (depth === 1) rootKeys.add(key);
        keys.push(key);
      }
      i = end;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (!JSON_OUTSIDE_STRINGS.includes(c)) return void 0;
  }
  return isJsonSchema(rootKeys) ? [] : keys;
}
function isJsonSchema(rootKeys) {
  if (rootKeys.has("apiVersion") || rootKeys.has("kind")) return false;
  return rootKeys.has("$schema") || rootKeys.has("type") && rootKeys.has("properties") || isOpenApiRoot(rootKeys);
}
var OPENAPI_ROOT_FIELDS = /* @__PURE__ */ new Set([
  "swagger",
  "openapi",
  "info",
  "host",
  "basePath",
  "schemes",
  "consumes",
  "produces",
  "paths",
  "definitions",
  "parameters",
  "responses",
  "securityDefinitions",
  "security",
  "tags",
  "externalDocs",
  "servers",
  "components",
  "webhooks",
  "jsonSchemaDialect"
]);
function isOpenApiRoot(rootKeys) {
  let named = false;
  for (const key of rootKeys) {
    if (!OPENAPI_ROOT_FIELDS.has(key) && !key.startsWith("x-")) return false;
    if (key === "swagger" || key === "openapi") named = true;
  }
  return named;
}
function isApiDescription(topLevel) {
  return isOpenApiRoot(topLevel.map((line) => line.slice(0, line.indexOf(":"))));
}
var JSON_BLANK = " 	\r\n";
var JSON_OUTSIDE_STRINGS = " 	\r\n,:0123456789+-.eEtrufalsn";
function stringEnd(text, start) {
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") j++;
    else if (c === '"') return j;
    else if (c === "\n") return -1;
  }
  return -1;
}
var TOP_LEVEL_LINE = /^[^ \t\r\n#][^\r\n]*/gm;
var PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_.-]*:(?:[ \t]|$)/;
var CRD_KIND = /^kind:[ \t]*CustomResourceDefinition[ \t]*$/;
function topLevelLines(body) {
  const lines = [];
  for (const match of body.matchAll(TOP_LEVEL_LINE)) {
    const line = match[0].trimEnd();
    if (line === "---" || line === "...") continue;
    if (!PLAIN_KEY.test(line)) return void 0;
    lines.push(line);
  }
  return lines;
}
function isCustomResourceDefinition(topLevel) {
  const kinds = topLevel.filter((line) => line.startsWith("kind:"));
  return kinds.length === 1 && CRD_KIND.test(kinds[0]);
}

// src/load/lenient.ts
var import_yaml7 = __toESM(require_dist(), 1);
var MAX_REPAIRS = 32;
function lenientDocument(source, doc) {
  const [start, , end] = doc.range;
  let text = source.slice(start, end);
  const repaired = [];
  let from = 0;
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const open = firstUnterminatedQuote(text, from);
    if (open === void 0) break;
    const close = closingQuote(text, open);
    if (close === void 0) return void 0;
    text = `${text.slice(0, open)}${unbroken(text.slice(open, close + 1))}${text.slice(close + 1)}`;
    repaired.push([open, close + 1]);
    from = close + 1;
  }
  if (repaired.length === 0) return void 0;
  const padded = " ".repeat(start) + text;
  let reparsed;
  try {
    reparsed = parseRangesBounded(padded, [{ start, end }]).documents[0];
  } catch {
    return void 0;
  }
  if (!reparsed || reparsed.errors.length > 0) return void 0;
  refold(
    reparsed,
    source,
    repaired.map(([a, b]) => [a + start, b + start])
  );
  return reparsed;
}
function firstUnterminatedQuote(text, from) {
  const pending = [];
  for (const token of new import_yaml7.Parser().parse(text)) pending.push(token);
  let found;
  while (pending.length > 0) {
    const token = pending.pop();
    switch (token.type) {
      case "document":
        if (token.value) pending.push(token.value);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection":
        for (const item of token.items) {
          if (item.key) pending.push(item.key);
          if (item.value) pending.push(item.value);
        }
        break;
      case "double-quoted-scalar":
      case "single-quoted-scalar":
        if (token.offset >= from && !terminated(token.source) && (found === void 0 || token.offset < found))
          found = token.offset;
        break;
      default:
        break;
    }
  }
  return found;
}
function terminated(source) {
  return closingQuote(source, 0) === source.length - 1;
}
function closingQuote(text, open) {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return void 0;
}
function unbroken(scalar) {
  let out = "";
  for (const c of scalar) out += c === "\n" || c === "\r" ? " " : c;
  return out;
}
function refold(doc, source, repaired) {
  const byStart = new Map(repaired.map(([a, b]) => [a, b]));
  (0, import_yaml7.visit)(doc, {
    Scalar: (_key, node) => {
      const end = node.range ? byStart.get(node.range[0]) : void 0;
      if (end === void 0 || !(0, import_yaml7.isScalar)(node)) return;
      const value = foldedValue(source.slice(node.range?.[0], end));
      if (value !== void 0) node.value = value;
    }
  });
}
function foldedValue(scalar) {
  const indented = `x: ${scalar.split("\n").join("\n  ")}`;
  const doc = (0, import_yaml7.parseDocument)(indented);
  if (doc.errors.length > 0) return void 0;
  const value = doc.get("x");
  return typeof value === "string" ? value : void 0;
}

// src/load/erb.ts
var OPENERS2 = /* @__PURE__ */ new Set(["if", "unless", "case", "while", "until", "for", "begin"]);
var CONTINUERS = /* @__PURE__ */ new Set(["else", "elsif", "when", "in", "rescue", "ensure"]);
function findErbActions(text) {
  const actions = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("<%", i);
    if (open < 0) break;
    if (text[open + 2] === "%") {
      i = open + 3;
      continue;
    }
    const close = text.indexOf("%>", open + 2);
    if (close < 0) break;
    const end = close + 2;
    const marker = text[open + 2];
    const output = marker === "=";
    const comment2 = marker === "#";
    const code = text.slice(open + (marker === "-" || output || comment2 ? 3 : 2), close);
    const block = comment2 || output ? void 0 : rubyBlock(code);
    actions.push({ start: open, end, ...block ? { block } : {}, silent: !output });
    i = end;
  }
  return actions;
}
function rubyBlock(code) {
  const trimmed = code.endsWith("-") ? code.slice(0, -1).trim() : code.trim();
  const first = firstWord(trimmed);
  const rest = trimmed.slice(first.length).trim();
  if (first === "end" || trimmed === "}") return { kind: "close", syntax: "erb", keyword: "end", rest: "" };
  if (CONTINUERS.has(first))
    return { kind: "continue", syntax: "erb", keyword: first === "elsif" ? "elif" : "else", rest };
  if (OPENERS2.has(first)) return { kind: "open", syntax: "erb", keyword: first, rest };
  if (opensDoBlock(trimmed)) return { kind: "open", syntax: "erb", keyword: "do", rest: trimmed };
  return void 0;
}
function firstWord(code) {
  let k = 0;
  while (k < code.length && isWordChar(code.charCodeAt(k))) k++;
  return code.slice(0, k);
}
function opensDoBlock(code) {
  let end = code.length;
  if (code[end - 1] === "|") {
    const bar = code.lastIndexOf("|", end - 2);
    if (bar < 0) return false;
    end = bar;
    while (end > 0 && (code[end - 1] === " " || code[end - 1] === "	")) end--;
  }
  const head = code.slice(0, end);
  if (head.endsWith("{")) return true;
  return head.endsWith(" do") || head === "do" || head.endsWith("	do") || head.endsWith(")do");
}
function isWordChar(c) {
  return c === 95 || c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}

// src/load/template.ts
var GO_OPEN = /* @__PURE__ */ new Set(["if", "with", "range", "define", "block"]);
var JINJA_OPEN = /* @__PURE__ */ new Set(["if", "for", "macro", "call", "filter", "block", "with", "autoescape", "trans"]);
function isHelmValuesFile(relPath) {
  if (/(^|\/)templates\//.test(relPath)) return false;
  const name = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  const stem = name.endsWith(".yaml") ? name.slice(0, -5) : name.endsWith(".yml") ? name.slice(0, -4) : void 0;
  return stem?.split(/[-_.]/).includes("values") === true;
}
function isWholeFileTemplate(relPath) {
  return templateSyntaxOf(relPath) !== void 0 || /(^|\/)templates\//.test(relPath);
}
function analyseTemplate(text, options = {}) {
  const erb = options.syntax === "erb";
  const jinja = options.syntax === "jinja";
  const opens = erb ? text.includes("<%") : text.includes("{{") || text.includes("{%") || jinja && text.includes("{#");
  if (!opens) return void 0;
  const actions = erb ? findErbActions(text) : findActions(text, jinja);
  if (actions.length === 0) return void 0;
  const lines = new LineIndex(text);
  const branches = blockBranches(actions, lines);
  return {
    parseText: blank(text, actions, lines, options.lines === "text"),
    conditionalLines: mergedRanges(branches),
    branches,
    actions: actions.length
  };
}
function findActions(text, jinja) {
  const actions = [];
  const lastGoClose = text.lastIndexOf("}}");
  let stringAware = true;
  let goDone = lastGoClose < 0;
  let nextJinjaClose = -1;
  let nextLineBreak = -1;
  let nextCommentClose = -1;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0 || open + 1 >= text.length) break;
    const second = text[open + 1];
    if (second === "#" && jinja) {
      if (text[open - 1] !== "$" && nextCommentClose < open + 2) {
        const found = text.indexOf("#}", open + 2);
        nextCommentClose = found < 0 ? text.length : found;
      }
      const close = text[open - 1] === "$" || nextCommentClose === text.length ? -1 : nextCommentClose;
      if (close >= 0) {
        actions.push({ start: open, end: close + 2, silent: true });
        i = close + 2;
        continue;
      }
    }
    if (second === "{" && !goDone && text[open - 1] === "$") {
      i = open + 2;
      continue;
    }
    if (second === "{" && !goDone) {
      if (open + 2 > lastGoClose) {
        goDone = true;
        i = open + 1;
        continue;
      }
      let end = stringAware ? goActionEnd(text, open) : void 0;
      if (end === void 0) {
        stringAware = false;
        const close = text.indexOf("}}", open + 2);
        end = close < 0 ? void 0 : close + 2;
      }
      if (end === void 0) {
        goDone = true;
        i = open + 1;
        continue;
      }
      const inner = text.slice(open + 2, end - 2);
      const block = goBlock(inner);
      actions.push({
        start: open,
        end,
        ...block ? { block } : {},
        silent: block !== void 0 || goSilent(inner)
      });
      i = end;
      continue;
    }
    if (second === "%") {
      if (nextJinjaClose < open + 2) {
        const found = text.indexOf("%}", open + 2);
        nextJinjaClose = found < 0 ? text.length : found;
      }
      if (nextLineBreak < open) {
        const found = jinja ? -1 : text.indexOf("\n", open);
        nextLineBreak = found < 0 ? text.length : found;
      }
      const closed = nextJinjaClose < nextLineBreak || jinja && nextJinjaClose < text.length;
      if (closed && /^[-+]?\s*[a-z]/.test(text.slice(open + 2, nextJinjaClose))) {
        const end = nextJinjaClose + 2;
        const block = jinjaBlock(text.slice(open + 2, nextJinjaClose));
        actions.push({ start: open, end, ...block ? { block } : {}, silent: true });
        i = end;
        continue;
      }
    }
    i = open + 1;
  }
  return actions;
}
function goActionEnd(text, open) {
  let j = open + 2;
  let k = j;
  if (text[k] === "-") k++;
  while (isBlank2(text.charCodeAt(k))) k++;
  if (text.startsWith("/*", k)) {
    const close = text.indexOf("*/", k + 2);
    if (close < 0) return void 0;
    j = close + 2;
    const after = text.indexOf("}}", j);
    return after < 0 ? void 0 : after + 2;
  }
  while (j < text.length) {
    const c = text[j];
    if (c === "}" && text[j + 1] === "}") return j + 2;
    if (c === '"' || c === "'") {
      j = quotedEnd(text, j, c);
      continue;
    }
    if (c === "`") {
      const close = text.indexOf("`", j + 1);
      if (close < 0) return void 0;
      j = close + 1;
      continue;
    }
    j++;
  }
  return void 0;
}
function quotedEnd(text, start, quote) {
  let j = start + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === "\\") j += 2;
    else if (c === quote) return j + 1;
    else if (c === "\n") return j;
    else j++;
  }
  return j;
}
function goBlock(inner) {
  const match = /^-?\s*([a-z]+)\b/.exec(inner);
  const word = match?.[1];
  if (!word || !match) return void 0;
  const rest = trimMarkers(inner.slice(match[0].length));
  if (GO_OPEN.has(word)) return { kind: "open", syntax: "go", keyword: word, rest };
  if (word === "else") return { kind: "continue", syntax: "go", keyword: word, rest };
  if (word === "end") return { kind: "close", syntax: "go", keyword: word, rest };
  return void 0;
}
function goSilent(inner) {
  let k = inner[0] === "-" ? 1 : 0;
  while (k < inner.length && isBlankOrBreak(inner.charCodeAt(k))) k++;
  if (inner.startsWith("/*", k)) return true;
  if (inner[k] !== "$") return false;
  k++;
  while (k < inner.length && isNameChar2(inner.charCodeAt(k))) k++;
  while (k < inner.length && isBlank2(inner.charCodeAt(k))) k++;
  return inner.startsWith(":=", k) || inner[k] === "=" && inner[k + 1] !== "=";
}
function jinjaBlock(inner) {
  const match = /^[-+]?\s*([a-z]+)\b/.exec(inner);
  const word = match?.[1];
  if (!word || !match) return void 0;
  const rest = trimMarkers(inner.slice(match[0].length));
  if (JINJA_OPEN.has(word) || word === "set" && !inner.includes("="))
    return { kind: "open", syntax: "jinja", keyword: word, rest };
  if (word === "elif" || word === "else") return { kind: "continue", syntax: "jinja", keyword: word, rest };
  if (word.startsWith("end") && word !== "endraw")
    return { kind: "close", syntax: "jinja", keyword: word, rest };
  return void 0;
}
function trimMarkers(rest) {
  let out = rest.trim();
  if (out.endsWith("-") || out.endsWith("+")) out = out.slice(0, -1).trimEnd();
  return out;
}
var LineIndex = class {
  starts = [0];
  textLength;
  constructor(text) {
    this.textLength = text.length;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  get count() {
    return this.starts.length;
  }
  /** The offset of a 1-based line's first character. */
  startOf(line) {
    return this.starts[line - 1] ?? this.textLength;
  }
  /** The offset of the line break ending a 1-based line (the text's length for the last line). */
  endOf(line) {
    const next = this.starts[line];
    return next === void 0 ? this.textLength : next - 1;
  }
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};
var BLOCK_OUTPUT = /\b(nindent|toYaml)\b/;
function blank(text, actions, lines, textLines) {
  const lastContent = lastContentByLine(text, actions, lines);
  const out = [];
  const removedLines = [];
  const outputLines = /* @__PURE__ */ new Set();
  let from = 0;
  for (const action of actions) {
    out.push(text.slice(from, action.start));
    const startLine = lines.lineOf(action.start);
    const endLine = lines.lineOf(action.end - 1);
    const last2 = lastContent[startLine];
    const standalone = last2 < 0 && lastContent[endLine] < 0;
    const indicator = text[last2] === ":" || text[last2] === "-" && (last2 === 0 || isBlankOrBreak(text.charCodeAt(last2 - 1)));
    const blockValue = last2 >= 0 && last2 < action.start && indicator && endLine === startLine && BLOCK_OUTPUT.test(text.slice(action.start, action.end));
    const spaces = textLines ? standalone && action.silent === true : standalone || blockValue;
    if (textLines && spaces) removedLines.push(startLine, endLine);
    else if (textLines) outputLines.add(startLine);
    out.push(replacement(text, action, spaces));
    from = action.end;
  }
  out.push(text.slice(from));
  const blanked = out.join("");
  if (!textLines) return blanked;
  const removed = removedLines.filter((line) => !outputLines.has(line));
  return continueAcrossRemovedLines(blanked, lines, removed);
}
function lastContentByLine(text, actions, lines) {
  const last2 = new Int32Array(lines.count + 1).fill(-1);
  let a = actions.length - 1;
  for (let line = lines.count; line >= 1; line--) {
    const start = lines.startOf(line);
    let p = lines.endOf(line) - 1;
    while (p >= start) {
      while (a >= 0 && actions[a].start > p) a--;
      const action = actions[a];
      if (action && p < action.end) {
        p = action.start - 1;
        continue;
      }
      const c = text.charCodeAt(p);
      if (!isBlank2(c) && c !== 13) {
        last2[line] = p;
        break;
      }
      p--;
    }
  }
  return last2;
}
function continueAcrossRemovedLines(text, lines, removed) {
  if (removed.length === 0) return text;
  const chars = text.split("");
  const done = /* @__PURE__ */ new Set();
  for (const line of removed) {
    if (done.has(line) || line < 2) continue;
    done.add(line);
    const previousEnd = lineContentEnd(chars, lines.startOf(line) - 1);
    if (previousEnd <= 0 || chars[previousEnd - 1] !== "\\") continue;
    const end = lineContentEnd(chars, lines.endOf(line));
    if (end > lines.startOf(line)) chars[end - 1] = "\\";
  }
  return chars.join("");
}
function lineContentEnd(chars, lineBreak) {
  return lineBreak > 0 && chars[lineBreak - 1] === "\r" ? lineBreak - 1 : lineBreak;
}
function replacement(text, action, spaces) {
  let out = "";
  let firstLine3 = true;
  for (let i = action.start; i < action.end; i++) {
    const c = text[i];
    if (c === "\n") firstLine3 = false;
    if (c === "\n" || c === "\r") out += c;
    else if (spaces || !firstLine3) out += " ";
    else out += i === action.start ? "$" : "x";
  }
  return out;
}
function blockBranches(actions, lines) {
  const branches = [];
  const stack = [];
  const closeCurrent = (line) => {
    const top = stack[stack.length - 1];
    if (top) branches[top.current].endLine = line;
  };
  for (const action of actions) {
    const block = action.block;
    if (!block) continue;
    const top = stack[stack.length - 1];
    if (block.kind === "open") {
      const parent = top?.current;
      branches.push({
        syntax: block.syntax,
        keyword: block.keyword,
        kind: "if",
        condition: block.rest,
        previous: [],
        startLine: lines.lineOf(action.end - 1),
        endLine: lines.count,
        ...parent === void 0 ? {} : { parent }
      });
      stack.push({
        syntax: block.syntax,
        keyword: block.keyword,
        current: branches.length - 1,
        conditions: [block.rest]
      });
      continue;
    }
    if (!top || top.syntax !== block.syntax) continue;
    closeCurrent(lines.lineOf(action.start));
    if (block.kind === "close") {
      stack.pop();
      continue;
    }
    const chained = block.syntax === "go" ? chainedKeyword(block.rest) : void 0;
    const condition = block.keyword === "elif" ? block.rest : chained ? block.rest.slice(chained.length).trim() : "";
    const parentIndex = branches[top.current].parent;
    branches.push({
      syntax: block.syntax,
      keyword: chained ?? top.keyword,
      kind: condition === "" ? "else" : "else-if",
      condition,
      previous: [...top.conditions],
      startLine: lines.lineOf(action.end - 1),
      endLine: lines.count,
      ...parentIndex === void 0 ? {} : { parent: parentIndex }
    });
    top.current = branches.length - 1;
    if (condition !== "") top.conditions.push(condition);
  }
  return branches;
}
function chainedKeyword(rest) {
  for (const word of ["if", "with"]) {
    const next = rest[word.length];
    if (rest.startsWith(word) && (next === void 0 || next === " " || next === "	" || next === "(" || next === "."))
      return word;
  }
  return void 0;
}
function mergedRanges(branches) {
  const ranges = branches.map((branch) => [branch.startLine, branch.endLine]);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
function branchesAt(info, line) {
  let lo = 0;
  let hi = info.branches.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (info.branches[mid].startLine <= line) lo = mid + 1;
    else hi = mid;
  }
  let innermost;
  for (let i = lo - 1; i !== void 0 && i >= 0; i = info.branches[i]?.parent) {
    if (info.branches[i].endLine >= line) {
      innermost = i;
      break;
    }
  }
  const out = [];
  for (let i = innermost; i !== void 0; i = info.branches[i]?.parent)
    out.push(info.branches[i]);
  return out.reverse();
}
function isBlank2(c) {
  return c === 32 || c === 9;
}
function isBlankOrBreak(c) {
  return isBlank2(c) || c === 10 || c === 13;
}
function isNameChar2(c) {
  return c === 95 || c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}

// src/load/text-template.ts
function textTemplate(relPath, text) {
  const syntax = templateSyntaxOf(relPath);
  if (syntax) return analyseTemplate(text, { syntax, lines: "text" });
  if (!/(^|\/)templates\//.test(relPath) && scriptName(relPath)) return void 0;
  return analyseTemplate(text, { lines: "text" });
}
function scriptName(relPath) {
  const path12 = formPath(relPath);
  return isShellScriptName(path12) || isDockerfileName(path12) || !path12.slice(path12.lastIndexOf("/") + 1).includes(".");
}

// src/load/load.ts
var DEFAULT_PARSE = { skipIrrelevantDocuments: true };
function parseLoaded(file, text, options = DEFAULT_PARSE) {
  const yaml = isYamlName(file.relPath);
  if (!yaml && text.length > MAX_TEXT_FORM_BYTES)
    return tooComplex(file, `a script, unit, env file or Dockerfile over ${MAX_TEXT_FORM_BYTES / 1024} KB`);
  if (templateOpenings(text, MAX_TEMPLATE_ACTIONS) > MAX_TEMPLATE_ACTIONS)
    return tooComplex(file, `more than ${MAX_TEMPLATE_ACTIONS} template actions ({{, {%, <%)`);
  if (!yaml) return { loaded: textFile(file, text), diagnostics: [] };
  return parseYaml(file, text, options);
}
function tooComplex(file, what) {
  return { diagnostics: [diag(file, "warning", "too-complex", `not analysed: the file has ${what}`)] };
}
function textFile(file, text) {
  const loaded = {
    kind: "text",
    file,
    text,
    lineCounter: lineCounterOf(text),
    formPath: formPath(file.relPath)
  };
  const template = textTemplate(file.relPath, text);
  if (template) loaded.template = template;
  return loaded;
}
function lineCounterOf(text) {
  const lineCounter = new import_yaml8.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}
function parseYaml(file, text, options = DEFAULT_PARSE) {
  const lineCounter = lineCounterOf(text);
  let template = isHelmValuesFile(file.relPath) ? void 0 : analyseTemplate(text, { syntax: templateSyntaxOf(file.relPath) });
  let documents;
  const diagnostics = [];
  let source = template?.parseText ?? text;
  const skip = options.skipIrrelevantDocuments && !isKustomizationName(file.relPath) && !isTemplateValuesPath(file.relPath) && !isHelmfilePath(file.relPath);
  const parse = (input) => parseRangesBounded(input, skip ? relevantRanges(input) : [{ start: 0, end: input.length }]);
  try {
    let parsed;
    if (template && !isWholeFileTemplate(file.relPath)) {
      const plain = parse(text);
      if (plain.documents.every((doc) => doc.errors.length === 0 && !actionAsFlowMap(doc, text))) {
        parsed = plain;
        template = void 0;
        source = text;
      }
    }
    parsed ??= parse(source);
    documents = parsed.documents;
    for (const { offset, kind } of parsed.skipped) {
      const pos = lineCounter.linePos(offset);
      const [id, why] = skippedReason(kind);
      diagnostics.push({
        ...diag(file, "warning", id, `not analysed: ${why}`),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 }
      });
    }
  } catch (error) {
    return { diagnostics: [parseFailure(file, text, error.message)] };
  }
  const usable = [];
  for (const [index, doc] of documents.entries()) {
    const first = doc.errors[0];
    if (first) {
      const lenient = lenientDocument(source, doc);
      if (lenient) {
        usable.push(lenient);
        continue;
      }
      const next = documents[index + 1]?.range[0] ?? source.length;
      if (!namesEtcdSetting(source.slice(doc.range[0], Math.max(next, doc.range[2])))) continue;
      const pos = lineCounter.linePos(first.pos[0]);
      diagnostics.push({
        ...parseFailure(file, text, first.message),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 }
      });
      continue;
    }
    usable.push(doc);
  }
  const loaded = {
    kind: "yaml",
    file,
    text,
    documents: usable,
    lineCounter,
    ...template ? { template } : {}
  };
  return { loaded, diagnostics };
}
function skippedReason(kind) {
  switch (kind) {
    case "too-deep":
      return ["too-deeply-nested", `a document nests collections more than ${MAX_NESTING} levels deep`];
    case "empty-flow-entries":
      return ["too-complex", `a document has more than ${MAX_EMPTY_FLOW_ENTRIES} empty flow entries`];
    case "long-string":
      return [
        "too-complex",
        `a document has a double-quoted string longer than ${MAX_DOUBLE_QUOTED / 1024 / 1024} MB`
      ];
    case "too-many-nodes":
      return [
        "too-complex",
        `the file has more than ${MAX_NODES} YAML nodes (entries, scalars, anchors, aliases and tags; a document counts as ${DOCUMENT_COST}); this document and all later ones were not parsed`
      ];
  }
}
function actionAsFlowMap(doc, text) {
  let found = false;
  (0, import_yaml8.visit)(doc, {
    Map: (_key, node) => {
      const start = node.range?.[0];
      if (node.flow && start !== void 0 && text[start] === "{" && (text[start + 1] === "{" || text[start + 1] === "%")) {
        found = true;
        return import_yaml8.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function parseFailure(file, text, message) {
  if (text.includes("{{") || text.includes("{%")) {
    return diag(
      file,
      "warning",
      "template-not-parsed",
      `not analysed: templated YAML ({{ ... }}) that does not parse as YAML (${firstLine(message)})`
    );
  }
  return diag(file, "warning", "parse-error", `not analysed: not valid YAML/JSON (${firstLine(message)})`);
}
function firstLine(message) {
  const line = message.split("\n", 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
function diag(file, level, id, message) {
  return { level, id, message, file };
}

// src/extract/shell-text.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function realFileOf(view) {
  return view.embedded?.outer ?? view;
}
function realOffset(view, i) {
  const at = view.embedded?.at;
  if (!at) return i;
  return at[Math.min(Math.max(i, 0), at.length - 1)] ?? -1;
}
function subText(view, text, local, formPath2, where2) {
  const at = new Int32Array(text.length + 1);
  let lastKnown = local.length > 0 ? realOffset(view, Math.max(0, local[0] ?? 0)) : 0;
  for (let i = 0; i < text.length; i++) {
    const offset = local[i] ?? -1;
    const real = offset < 0 ? -1 : realOffset(view, offset);
    if (real >= 0) lastKnown = real;
    at[i] = real >= 0 ? real : lastKnown;
  }
  at[text.length] = lastKnown;
  const outer = realFileOf(view);
  return {
    kind: "text",
    file: outer.file,
    text,
    lineCounter: lineCounterOf(text),
    formPath: formPath2,
    // No `template`: the text is already what the outer file's template analysis left of it.
    embedded: { outer, at, where: where2 }
  };
}
function wordOffsets(text, word) {
  const map = new Int32Array(word.value.length).fill(-1);
  let j = word.start;
  for (let i = 0; i < word.value.length; i++) {
    const want = word.value.charCodeAt(i);
    let k = j;
    while (k < word.end && text.charCodeAt(k) !== want) k++;
    if (k < word.end) {
      map[i] = k;
      j = k + 1;
    } else {
      map[i] = Math.max(word.start, j - 1);
    }
  }
  return map;
}
function hereDocumentText(script, doc, lookup) {
  const chars = [];
  const at = [];
  const unknown = [];
  const emit = (char, offset) => {
    chars.push(char);
    at.push(offset);
  };
  let i = doc.bodyStart;
  let lineStart = true;
  while (i < doc.bodyEnd) {
    if (lineStart && doc.stripTabs) {
      while (i < doc.bodyEnd && script[i] === "	") i++;
      lineStart = false;
      continue;
    }
    const c = script[i];
    lineStart = c === "\n";
    if (doc.quoted) {
      emit(c, i);
      i++;
      continue;
    }
    if (c === "\\") {
      const next = script[i + 1];
      if (next === "\n") {
        i += 2;
        lineStart = true;
        continue;
      }
      if (next === "$" || next === "`" || next === "\\") {
        emit(next, i + 1);
        i += 2;
        continue;
      }
      emit(c, i);
      i++;
      continue;
    }
    if (c === "$" || c === "`") {
      const end = Math.min(expansionEnd(script, i, doc.bodyEnd), doc.bodyEnd);
      if (end > i + 1) {
        const raw = script.slice(i, end);
        const value = variableValue(raw, lookup);
        if (value !== void 0) {
          for (let k = 0; k < value.length; k++) {
            chars.push(value[k]);
            at.push(k === value.length - 1 ? end - 1 : i);
          }
        } else {
          unknown.push(raw);
          for (let k = i; k < end; k++) {
            chars.push(k === i ? "$" : script[k] === "\n" ? "\n" : "x");
            at.push(k);
          }
        }
        i = end;
        continue;
      }
    }
    emit(c, i);
    i++;
  }
  return { text: chars.join(""), at: Int32Array.from(at), unknown };
}
function variableValue(raw, lookup) {
  const name = raw.startsWith("${") && raw.endsWith("}") ? raw.slice(2, -1) : raw.slice(1);
  if (!isName(name)) return void 0;
  return lookup(name);
}
function isName(text) {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const letter = c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
    if (!letter && !(k > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

// src/extract/yaml-context.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/load/positions.ts
function spanOf(text, lineCounter, start, end) {
  const pos = lineCounter.linePos(start);
  let stop = end;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      stop = i;
      break;
    }
  }
  while (stop > start + 1 && isBlank3(text.charCodeAt(stop - 1))) stop--;
  const length2 = Math.max(1, stop - start);
  return { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + length2 };
}
function isBlank3(c) {
  return c === 32 || c === 9;
}

// src/extract/yaml-nav.ts
var import_yaml9 = __toESM(require_dist(), 1);
var YamlNav = class {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  /** Each alias's anchored node, built on the first alias met (see `anchorTable`). */
  anchors;
  resolve(node) {
    let current = node;
    for (let hops = 0; (0, import_yaml9.isAlias)(current) && hops < 64; hops++) {
      this.anchors ??= anchorTable(this.doc);
      current = this.anchors.get(current);
    }
    return (0, import_yaml9.isAlias)(current) ? void 0 : current ?? void 0;
  }
  map(node) {
    const resolved = this.resolve(node);
    return (0, import_yaml9.isMap)(resolved) ? resolved : void 0;
  }
  seq(node) {
    const resolved = this.resolve(node);
    return (0, import_yaml9.isSeq)(resolved) ? resolved : void 0;
  }
  /**
   * The last `key: value` pair for a key, looking into `<<` merges when the map lacks it.
   * `explored` records the shallowest depth at which each map was already searched in this lookup:
   * searching it again from as deep or deeper cannot find anything new. Without it a merge bomb
   * (16 levels of maps each merging the previous one 10 times) made one lookup visit 10^16 maps
   * and hung the scan; with it each map is searched at most once per depth.
   */
  pair(node, key, depth = 0, explored = /* @__PURE__ */ new Map()) {
    const map = this.map(node);
    if (!map || depth > 16) return void 0;
    const before = explored.get(map);
    if (before !== void 0 && before <= depth) return void 0;
    explored.set(map, depth);
    const pairs = map.items;
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if ((0, import_yaml9.isPair)(pair) && this.keyText(pair) === key) return pair;
    }
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if (!(0, import_yaml9.isPair)(pair) || this.keyText(pair) !== "<<") continue;
      for (const source of this.seq(pair.value)?.items ?? [pair.value]) {
        const found = this.pair(source, key, depth + 1, explored);
        if (found) return found;
      }
    }
    return void 0;
  }
  get(node, key) {
    const pair = this.pair(node, key);
    return pair ? this.resolve(pair.value) : void 0;
  }
  /** Follows a path of keys through nested maps. */
  path(node, keys) {
    let current = this.resolve(node);
    for (const key of keys) {
      current = this.get(current, key);
      if (current === void 0) return void 0;
    }
    return current;
  }
  /** A scalar's value as the string a Go `string` field would receive; undefined for collections. */
  text(node) {
    const resolved = this.resolve(node);
    if (!(0, import_yaml9.isScalar)(resolved)) return void 0;
    const value = resolved.value;
    if (value === null) return "";
    if (typeof value === "string") return value;
    return resolved.source ?? String(value);
  }
  items(node) {
    const seq = this.seq(node);
    if (!seq) return [];
    const out = [];
    for (const item of seq.items) {
      const resolved = this.resolve(item);
      if (resolved) out.push(resolved);
    }
    return out;
  }
  /**
   * The map's entries as a decoder sees them: its own pairs, and the pairs of `<<` merges for keys
   * the map does not have (with the precedence `pair()` uses), merged entries first. Each map is
   * expanded at most once per call, so a merge bomb stays linear.
   */
  pairs(node, depth = 0, explored = /* @__PURE__ */ new Set()) {
    const map = this.map(node);
    if (!map || depth > 16 || explored.has(map)) return [];
    explored.add(map);
    const own = [];
    const merges = [];
    for (const item of map.items) {
      if (!(0, import_yaml9.isPair)(item)) continue;
      if (this.keyText(item) === "<<") merges.push(item);
      else own.push(item);
    }
    if (merges.length === 0) return own;
    const ownKeys = new Set(own.map((pair) => this.keyText(pair)));
    const merged = /* @__PURE__ */ new Map();
    for (const merge2 of merges) {
      const sources = this.seq(merge2.value)?.items ?? [merge2.value];
      for (let j = sources.length - 1; j >= 0; j--) {
        for (const pair of this.pairs(sources[j], depth + 1, explored)) {
          const key = this.keyText(pair);
          if (key === void 0 || ownKeys.has(key)) continue;
          merged.delete(key);
          merged.set(key, pair);
        }
      }
    }
    return [...merged.values(), ...own];
  }
  keyText(pair) {
    return this.text(pair.key);
  }
};
function anchorTable(doc) {
  const table = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  (0, import_yaml9.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml9.isAlias)(node)) table.set(node, latest.get(node.source));
      else if (((0, import_yaml9.isScalar)(node) || (0, import_yaml9.isCollection)(node)) && node.anchor) latest.set(node.anchor, node);
    }
  });
  return table;
}

// src/extract/yaml-context.ts
var YamlContext = class {
  constructor(file, doc, embedded) {
    this.file = file;
    this.doc = doc;
    this.embedded = embedded;
    this.nav = new YamlNav(doc);
  }
  file;
  doc;
  embedded;
  nav;
  /**
   * Offset maps of string scalars, built once per node: an `sh -c` script of 100,000 words asks
   * for one span per word, and rebuilding the map (linear in the script) each time made the scan
   * quadratic (over a minute for a 400 KB script).
   */
  offsetMaps = /* @__PURE__ */ new Map();
  ownDocumentText;
  get root() {
    return this.nav.resolve(this.doc.contents);
  }
  get fileRef() {
    return this.file.file;
  }
  /** The text that node ranges index into (the embedded string, or the file as parsed). */
  get ownText() {
    return this.embedded?.text ?? this.file.template?.parseText ?? this.file.text;
  }
  /**
   * True when part of the node's text was a template action (`{{ ... }}`) blanked before parsing
   * (in an embedded document, the outer file's characters it was read from).
   */
  isTemplated(node) {
    const template = this.file.template;
    const range = this.fileRange(node);
    if (!template || !range) return false;
    return template.parseText.slice(range[0], range[1]) !== this.file.text.slice(range[0], range[1]);
  }
  /**
   * A scalar's text for messages: as written when a template action wrote part of it
   * (`{{ .Release.Name }}`, not the blank the parser read), else its value.
   */
  shownText(node) {
    if (!node) return void 0;
    if (this.isTemplated(node)) return this.sourceText(node).trim() || void 0;
    return this.nav.text(node);
  }
  /** The node's text as written in the file (a template action shown as written, not blanked). */
  sourceText(node) {
    const range = this.fileRange(node);
    return range ? this.file.text.slice(range[0], range[1]) : "";
  }
  /** [start, end) of the node in the file's own text (through the map of an embedded document). */
  fileRange(node) {
    if (!node.range) return void 0;
    const [start, end] = node.range;
    const embedded = this.embedded;
    if (!embedded) return [start, end];
    const first = embedded.map(start);
    const last2 = embedded.map(Math.max(start, end - 1));
    return first === void 0 || last2 === void 0 || last2 < first ? void 0 : [first, last2 + 1];
  }
  /** The span of a node's own text (for a quoted scalar, the quotes included). */
  nodeSpan(node) {
    const [start, valueEnd] = node.range ?? [0, 1];
    return this.rangeSpan(start, valueEnd);
  }
  /** The span of a `key: value` entry, from the key to the end of the value. */
  pairSpan(pair) {
    const key = pair.key;
    const value = pair.value;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    const end = value?.range?.[1] ?? key?.range?.[1] ?? start + 1;
    return this.rangeSpan(start, Math.max(end, start + 1));
  }
  /** The span of characters [from, to) of a string scalar's value, or the whole node if unmappable. */
  valueSpan(node, from, to) {
    const offsets = this.offsetsOf(node);
    const start = offsets?.(from);
    const last2 = offsets?.(Math.max(from, to - 1));
    if (start === void 0 || last2 === void 0 || last2 < start) return this.nodeSpan(node);
    return this.rangeSpan(start, last2 + 1);
  }
  /** An offset map from a string scalar's value into the outer file, for embedding documents. */
  scalarMap(node) {
    const offsets = this.offsetsOf(node);
    if (!offsets) return void 0;
    const outer = this.embedded?.map;
    return outer ? (i) => mapDefined(offsets(i), outer) : offsets;
  }
  offsetsOf(node) {
    if (!this.offsetMaps.has(node)) this.offsetMaps.set(node, scalarOffsets(this.ownText, node));
    return this.offsetMaps.get(node);
  }
  /**
   * Whether the document's text may spell `word`: it does literally, or it has a backslash (an
   * escape in a double-quoted scalar can spell any letter). A cheap test before walking a document
   * for a form only a few documents have (a kube-apiserver, an EtcdCluster).
   */
  mayMention(word) {
    const text = this.documentText();
    return text.includes(word) || text.includes("\\");
  }
  /**
   * The document's own text, cut once: a search of the whole file from the document's start would
   * cost the rest of the file for each of a stream's documents (quadratic in a stream of 10^5 tiny
   * documents).
   */
  documentText() {
    if (this.ownDocumentText === void 0) {
      const range = this.root?.range;
      this.ownDocumentText = range ? this.ownText.slice(range[0], range[2]) : "";
    }
    return this.ownDocumentText;
  }
  /** The span of the document's first key (an etcd config file is anchored there). */
  firstKeySpan() {
    const first = this.nav.pairs(this.root)[0];
    return first ? this.nodeSpan(first.key ?? first.value) : this.rangeSpan(0, 1);
  }
  /** [start, end) in this document's own text, as a single-line span of the file. */
  rangeSpan(start, end) {
    const embedded = this.embedded;
    if (!embedded) return spanOf(this.file.text, this.file.lineCounter, start, end);
    const map = embedded.map;
    const outerStart = map(start);
    const outerLast = map(Math.max(start, end - 1));
    if (outerStart === void 0) return embedded.fallback;
    const outerEnd = outerLast === void 0 || outerLast < outerStart ? outerStart + 1 : outerLast + 1;
    return spanOf(this.file.text, this.file.lineCounter, outerStart, outerEnd);
  }
};
function mapDefined(offset, map) {
  return offset === void 0 ? void 0 : map(offset);
}
function scalarOffsets(text, node) {
  const value = node.value;
  if (typeof value !== "string" || !node.range) return void 0;
  const [start, end] = node.range;
  const map = (0, import_yaml10.isScalar)(node) && node.type === import_yaml10.Scalar.QUOTE_DOUBLE && doubleQuotedOffsets(text, start, end, value) || walkedOffsets(text, start, end, value);
  return (index) => {
    const at = map[index];
    return at === void 0 || at < 0 ? void 0 : at;
  };
}
function walkedOffsets(text, start, end, value) {
  const map = new Int32Array(value.length + 1).fill(-1);
  let j = start;
  for (let i = 0; i < value.length && j < end; i++) {
    const want = value.charCodeAt(i);
    while (j < end && !sameChar(text.charCodeAt(j), want)) j++;
    if (j >= end) break;
    map[i] = j;
    j++;
  }
  return map;
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_LENGTH = { x: 2, u: 4, U: 8 };
function doubleQuotedOffsets(text, start, end, value) {
  const map = new Int32Array(value.length + 1).fill(-1);
  let out = "";
  let rawBlanks = 0;
  const emit = (chars, at, raw = false) => {
    for (let k = 0; k < chars.length; k++) if (out.length + k < map.length) map[out.length + k] = at;
    out += chars;
    rawBlanks = raw ? rawBlanks + chars.length : 0;
  };
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = text[i];
    if (c === "\\") {
      const next = text[i + 1] ?? "";
      if (next === "\n" || next === "\r") {
        i += next === "\r" && text[i + 2] === "\n" ? 3 : 2;
        while (i < stop && (text[i] === " " || text[i] === "	")) i++;
        rawBlanks = 0;
        continue;
      }
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== void 0) {
        emit(simple, i);
        i += 2;
        continue;
      }
      const length2 = HEX_LENGTH[next];
      const digits = length2 === void 0 ? "" : text.slice(i + 2, i + 2 + length2);
      if (length2 === void 0 || digits.length !== length2 || !/^[0-9a-fA-F]+$/.test(digits))
        return void 0;
      const code = Number.parseInt(digits, 16);
      if (code > 1114111) return void 0;
      emit(String.fromCodePoint(code), i);
      i += 2 + length2;
      continue;
    }
    if (c === "\n" || c === "\r") {
      out = out.slice(0, out.length - rawBlanks);
      const breakAt = i;
      let breaks = 0;
      while (i < stop && (text[i] === "\n" || text[i] === "\r" || text[i] === " " || text[i] === "	")) {
        if (text[i] === "\n" || text[i] === "\r" && text[i + 1] !== "\n") breaks++;
        i++;
      }
      emit(breaks > 1 ? "\n".repeat(breaks - 1) : " ", breakAt);
      continue;
    }
    emit(c, i, c === " " || c === "	");
    i++;
  }
  return out === value ? map : void 0;
}
function sameChar(source, value) {
  if (source === value) return true;
  return value === 32 && (source === 10 || source === 13);
}

// src/extract/configmap-embedded.ts
var EMBEDDABLE = [kubeadmExtractor, etcdConfigFileExtractor];
var configMapEmbeddedExtractor = {
  id: "configmap-embedded",
  extract(context, env) {
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, "kind")) !== "ConfigMap") continue;
      const metadata = nav.get(object, "metadata");
      const name = context.shownText(nav.get(metadata, "name")) ?? "(unnamed)";
      const namespace = context.shownText(nav.get(metadata, "namespace"));
      for (const pair of nav.pairs(nav.get(object, "data"))) {
        const value = nav.resolve(pair.value);
        const text = nav.text(value);
        const map = value ? context.scalarMap(value) : void 0;
        if (!value || !text || !map || !text.includes("\n") || !text.includes(":")) continue;
        const where2 = `ConfigMap ${namespace ? `${namespace}/` : ""}${name} key ${nav.keyText(pair) ?? ""}`;
        for (const doc of parseEmbeddedDocuments(text)) {
          const fallback2 = context.nodeSpan(value);
          const embedded = new YamlContext(context.file, doc, { text, map, where: where2, fallback: fallback2 });
          for (const extractor of EMBEDDABLE) appendAll(configs, extractor.extract(embedded, env));
        }
      }
    }
    return configs;
  }
};

// src/extract/distributions.ts
var import_yaml12 = __toESM(require_dist(), 1);
function k0sClusterConfig(context) {
  const { nav } = context;
  const root = context.root;
  const apiVersion = nav.text(nav.get(root, "apiVersion")) ?? "";
  const kind = nav.text(nav.get(root, "kind"));
  if (apiVersion.startsWith("k0s.k0sproject.io/") && (kind === "ClusterConfig" || kind === "Cluster"))
    return root ? { config: root, prefix: "", kind } : void 0;
  if (apiVersion.startsWith("k0sctl.k0sproject.io/") && kind === "Cluster") {
    const config = nav.map(nav.path(root, ["spec", "k0s", "config"]));
    return config ? { config, prefix: "spec.k0s.config.", kind } : void 0;
  }
  return void 0;
}
var k0sExtractor = {
  id: "k0s",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const found = k0sClusterConfig(context);
    if (!found) return [];
    const { config, prefix, kind } = found;
    const storage = nav.path(config, ["spec", "storage"]);
    const type = nav.text(nav.get(storage, "type"));
    if (type !== void 0 && type !== "" && type !== "etcd") return [];
    const etcdPair = nav.pair(storage, "etcd");
    const etcd = nav.resolve(etcdPair?.value);
    if (isSet(nav.get(etcd, "externalCluster"))) return [];
    const extraArgs = mapArgs2(context, nav.pairs(nav.get(etcd, "extraArgs")), {
      kind: "extra-arg",
      tool: "k0s",
      field: `${prefix}spec.storage.etcd.extraArgs`,
      shape: "map"
    });
    const raw = rawArgs(context, nav.get(etcd, "rawArgs"), {
      kind: "extra-arg",
      tool: "k0s",
      field: `${prefix}spec.storage.etcd.rawArgs`,
      shape: "raw"
    });
    const objectName2 = nav.text(nav.path(config, ["metadata", "name"])) ?? nav.text(nav.path(root, ["metadata", "name"])) ?? kind ?? "ClusterConfig";
    const span = keySpan(context, etcdPair ?? nav.pair(root, "kind"));
    return [
      distributionConfig(context, "k0s", objectName2, span, {
        flags: [...extraArgs, ...raw.flags],
        implied: impliedSettings("k0s", K0S_DEFAULTS, "flag", span),
        startupProblems: raw.startupProblems
      })
    ];
  }
};
var rkeExtractor = {
  id: "rke",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const nested = nav.map(nav.get(root, "rancher_kubernetes_engine_config"));
    const cluster = nested ?? root;
    const prefix = nested ? "rancher_kubernetes_engine_config.services.etcd" : "services.etcd";
    const etcdPair = nav.pair(nav.get(cluster, "services"), "etcd");
    const etcd = nav.map(etcdPair?.value);
    if (!etcd || !etcdPair) return [];
    const looksLikeRke = nested !== void 0 || ["nodes", "kubernetes_version", "network"].some((key) => nav.pair(cluster, key) !== void 0) || nav.path(cluster, ["services", "kube-api"]) !== void 0;
    if (!looksLikeRke || nav.items(nav.get(etcd, "external_urls")).length > 0) return [];
    const flags = [
      ...mapArgs2(context, nav.pairs(nav.get(etcd, "extra_args")), {
        kind: "extra-arg",
        tool: "RKE",
        field: `${prefix}.extra_args`,
        shape: "map"
      }),
      ...arrayArgs(context, nav.pairs(nav.get(etcd, "extra_args_array")), {
        kind: "extra-arg",
        tool: "RKE",
        field: `${prefix}.extra_args_array`,
        shape: "list"
      })
    ];
    const env = envList(context, nav.get(etcd, "extra_env"), `${prefix}.extra_env`);
    const objectName2 = nav.text(nav.get(cluster, "cluster_name")) ?? nav.text(nav.get(root, "name")) ?? baseName(context.fileRef.relPath);
    const span = keySpan(context, etcdPair);
    return [
      distributionConfig(context, "RKE", objectName2, span, {
        flags,
        env,
        implied: impliedSettings("RKE", RKE_DEFAULTS, "flag", span)
      })
    ];
  }
};
var k3sExtractor = {
  id: "k3s",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (!nav.map(root) || nav.get(root, "apiVersion") && nav.get(root, "kind")) return [];
    const settings = [];
    let anchor;
    for (const key of ["etcd-arg", "etcd-arg+"]) {
      const pair = nav.pair(root, key);
      if (!pair) continue;
      anchor ??= pair;
      const value = nav.resolve(pair.value);
      const items = nav.seq(value) ? nav.items(value) : value ? [value] : [];
      const origin2 = { kind: "extra-arg", tool: "k3s/RKE2", field: key, shape: "raw" };
      for (const item of items) settings.push(...etcdArgEntries(context, item, origin2));
    }
    if (!anchor) return [];
    const span = keySpan(context, anchor);
    const config = distributionConfig(context, "k3s/RKE2", "config.yaml", span, {
      implied: impliedSettings("k3s/RKE2", K3S_DEFAULTS, "config-file", span)
    });
    return [{ ...config, configFile: settings }];
  }
};
var talosExtractor = {
  id: "talos",
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (nav.text(nav.get(root, "version")) !== "v1alpha1") return [];
    if (!nav.map(nav.get(root, "machine")) || !nav.map(nav.get(root, "cluster"))) return [];
    const etcdPair = nav.pair(nav.get(root, "cluster"), "etcd");
    const type = nav.text(nav.path(root, ["machine", "type"]));
    if (!etcdPair && type !== "controlplane" && type !== "init") return [];
    const origin2 = {
      kind: "extra-arg",
      tool: "Talos",
      field: "cluster.etcd.extraArgs",
      shape: "map"
    };
    const flags = nav.pairs(nav.get(nav.resolve(etcdPair?.value), "extraArgs")).flatMap((pair) => {
      const name = nav.keyText(pair);
      if (!name) return [];
      const values = nav.seq(pair.value) ? nav.items(pair.value) : [nav.resolve(pair.value)];
      return values.flatMap((value) => {
        const rawValue = nav.text(value);
        if (rawValue === void 0) return [];
        return [renderedArg(name, rawValue, `${name}: ${rawValue}`, origin2, context.pairSpan(pair))];
      });
    });
    const clusterName = nav.text(nav.path(root, ["cluster", "clusterName"])) ?? baseName(context.fileRef.relPath);
    const span = keySpan(context, etcdPair ?? nav.pair(root, "cluster"));
    return [
      distributionConfig(context, "Talos", clusterName, span, {
        flags,
        implied: impliedSettings("Talos", { ...TALOS_DEFAULTS, ...TALOS_IF_ABSENT }, "flag", span)
      })
    ];
  }
};
function distributionConfig(context, distribution, objectName2, span, parts) {
  return {
    file: context.fileRef,
    launcher: { kind: "distribution", distribution, objectName: objectName2 },
    span,
    kind: "process",
    completeness: context.file.template ? { complete: false, reasons: ["the configuration is a template"] } : { complete: true },
    flags: parts.flags ?? [],
    env: parts.env ?? [],
    implied: parts.implied,
    startupProblems: parts.startupProblems ?? []
  };
}
function etcdArgEntries(context, item, origin2) {
  const value = context.nav.text(item);
  if (value === void 0) return [];
  const out = [];
  let start = 0;
  for (const part of value.split(",")) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const eq = text.indexOf("=");
    const name = (eq < 0 ? text : text.slice(0, eq)).replace(/^-+/, "");
    if (name !== "" && eq >= 0) {
      const mappable = (0, import_yaml12.isScalar)(item) && typeof item.value === "string";
      const span = mappable ? context.valueSpan(item, start + lead, start + lead + text.length) : context.nodeSpan(item);
      const setting = renderedArg(name, text.slice(eq + 1), text, origin2, span);
      const valueStart = start + lead + eq + 1;
      if (mappable)
        setting.locateValue = (from, to) => context.valueSpan(item, valueStart + from, valueStart + to);
      out.push(setting);
    }
    start += part.length + 1;
  }
  return out;
}
function mapArgs2(context, pairs, origin2) {
  return pairs.flatMap((pair) => {
    const name = context.nav.keyText(pair);
    const rawValue = context.nav.text(pair.value);
    if (!name || rawValue === void 0) return [];
    const text = `${name}: ${firstLine2(context, pair.value)}`;
    return [
      {
        ...renderedArg(name, rawValue, text, origin2, context.pairSpan(pair)),
        ...scalarValue(context, pair.value)
      }
    ];
  });
}
function arrayArgs(context, pairs, origin2) {
  const { nav } = context;
  return pairs.flatMap((pair) => {
    const name = nav.keyText(pair);
    if (!name) return [];
    return nav.items(pair.value).flatMap((item) => {
      const rawValue = nav.text(item);
      if (rawValue === void 0) return [];
      const text = `${name}: [${firstLine2(context, item)}]`;
      return [
        {
          ...renderedArg(name, rawValue, text, origin2, context.nodeSpan(item)),
          ...scalarValue(context, item)
        }
      ];
    });
  });
}
function rawArgs(context, list, origin2) {
  const { nav } = context;
  const words = nav.items(list).flatMap((item) => {
    const value = nav.text(item);
    return value === void 0 ? [] : [
      {
        value,
        opaque: false,
        span: context.nodeSpan(item),
        locate: scalarValue(context, item).locateValue
      }
    ];
  });
  const parsed = parseEtcdArgv(words, false);
  return {
    flags: parsed.flags.map((flag) => ({ ...flag, origin: origin2 })),
    startupProblems: parsed.startupProblems
  };
}
function envList(context, list, field2) {
  const { nav } = context;
  return nav.items(list).flatMap((item) => {
    const entry = nav.text(item);
    const eq = entry?.indexOf("=") ?? -1;
    if (entry === void 0 || eq < 0) return [];
    const setting = envVariable(entry.slice(0, eq), entry.slice(eq + 1), context.nodeSpan(item), {
      kind: "tool-field",
      tool: "RKE",
      field: field2
    });
    return setting ? [setting] : [];
  });
}
function keySpan(context, pair) {
  const node = pair?.key ?? pair?.value;
  return node ? context.nodeSpan(node) : context.rangeSpan(0, 1);
}
function isSet(node) {
  return node !== void 0 && !((0, import_yaml12.isScalar)(node) && node.value === null);
}
function firstLine2(context, node) {
  const range = node?.range;
  if (!range) return "";
  const text = context.ownText.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}
function baseName(path12) {
  return path12.slice(path12.lastIndexOf("/") + 1);
}

// src/extract/dockerfile-syntax.ts
var HEREDOC_INSTRUCTIONS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
function readInstructions(text) {
  const lines = physicalLines(text);
  const escapeChar = escapeCharacter(text, lines);
  const instructions = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    i++;
    const body = text.slice(line.start, line.end);
    const trimmed = body.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const args = [];
    const at = [];
    let current = line;
    let first = true;
    for (; ; ) {
      const from = first ? current.start + (body.length - trimmed.length) : current.start;
      first = false;
      let to = current.end;
      while (to > from && isBlank4(text[to - 1])) to--;
      const continued = to > from && text[to - 1] === escapeChar;
      const end = continued ? to - 1 : current.end;
      for (let k2 = from; k2 < end; k2++) {
        args.push(text[k2]);
        at.push(k2);
      }
      if (!continued) break;
      while (i < lines.length) {
        const next = text.slice(lines[i].start, lines[i].end).trimStart();
        if (next !== "" && !next.startsWith("#")) break;
        i++;
      }
      if (i >= lines.length) break;
      current = lines[i];
      i++;
    }
    const joined = args.join("");
    let k = 0;
    while (k < joined.length && !isBlank4(joined[k])) k++;
    const name = joined.slice(0, k).toUpperCase();
    while (k < joined.length && isBlank4(joined[k])) k++;
    const instruction = {
      name,
      args: joined.slice(k),
      at: at.slice(k),
      start: at[0] ?? line.start,
      heredocs: []
    };
    if (HEREDOC_INSTRUCTIONS.has(name)) {
      for (const { delimiter, stripTabs } of heredocMarkers(instruction.args)) {
        const doc = { text: "", at: [] };
        const parts = [];
        while (i < lines.length) {
          const next = lines[i];
          i++;
          const raw = text.slice(next.start, Math.min(next.end + 1, text.length));
          for (let c = 0; c < raw.length; c++) {
            parts.push(raw[c]);
            doc.at.push(next.start + c);
          }
          let from = next.start;
          while (stripTabs && from < next.end && text[from] === "	") from++;
          if (text.slice(from, next.end) === delimiter) break;
        }
        doc.text = parts.join("");
        instruction.heredocs.push(doc);
      }
    }
    if (name !== "") instructions.push(instruction);
  }
  return instructions;
}
function physicalLines(text) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end: end > start && text[end - 1] === "\r" ? end - 1 : end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}
function escapeCharacter(text, lines) {
  for (const line of lines) {
    const body = text.slice(line.start, line.end).trim();
    if (!body.startsWith("#")) break;
    const directive2 = body.slice(1).trim();
    const eq = directive2.indexOf("=");
    if (eq < 0) break;
    const key = directive2.slice(0, eq).trim().toLowerCase();
    const value = directive2.slice(eq + 1).trim();
    if (key === "escape" && (value === "`" || value === "\\")) return value;
  }
  return "\\";
}
function heredocMarkers(args) {
  const markers = [];
  let i = args.indexOf("<<");
  while (i >= 0) {
    let k = i + 2;
    const stripTabs = args[k] === "-";
    if (stripTabs) k++;
    const quote = args[k] === '"' || args[k] === "'" ? args[k] : void 0;
    if (quote) k++;
    const from = k;
    while (k < args.length && isWordChar2(args.charCodeAt(k))) k++;
    const delimiter = args.slice(from, k);
    const closed = quote === void 0 || args[k] === quote;
    if (delimiter !== "" && closed && (i === 0 || isBlank4(args[i - 1]) || args[i - 1] === ">"))
      markers.push({ delimiter, stripTabs, quoted: quote !== void 0 });
    i = args.indexOf("<<", k);
  }
  return markers;
}
function isWordChar2(c) {
  return c === 95 || c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isBlank4(c) {
  return c === " " || c === "	";
}
function jsonStringArray(text) {
  let i = skipBlanks(text, 0);
  if (text[i] !== "[") return void 0;
  i = skipBlanks(text, i + 1);
  const items = [];
  if (text[i] === "]") return skipBlanks(text, i + 1) === text.length ? items : void 0;
  for (; ; ) {
    if (text[i] !== '"') return void 0;
    const start = i;
    let value = "";
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        const escaped = jsonEscape(text, i);
        if (!escaped) return void 0;
        value += escaped.char;
        i = escaped.next;
      } else {
        value += text[i];
        i++;
      }
    }
    if (i >= text.length) return void 0;
    items.push({ value, start, end: i + 1 });
    i = skipBlanks(text, i + 1);
    if (text[i] === "]") return skipBlanks(text, i + 1) === text.length ? items : void 0;
    if (text[i] !== ",") return void 0;
    i = skipBlanks(text, i + 1);
  }
}
function jsonEscape(text, i) {
  const c = text[i + 1];
  const simple = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "	"
  };
  if (c !== void 0 && simple[c] !== void 0) return { char: simple[c], next: i + 2 };
  if (c !== "u") return void 0;
  const hex = text.slice(i + 2, i + 6);
  if (hex.length !== 4 || ![...hex].every((h) => "0123456789abcdefABCDEF".includes(h))) return void 0;
  return { char: String.fromCharCode(Number.parseInt(hex, 16)), next: i + 6 };
}
function skipBlanks(text, i) {
  let k = i;
  while (k < text.length && (text[k] === " " || text[k] === "	" || text[k] === "\r" || text[k] === "\n"))
    k++;
  return k;
}

// src/extract/extractor.ts
function readableText(file) {
  return file.template?.parseText ?? file.text;
}
function textSpan(file, start, end) {
  const embedded = file.embedded;
  if (!embedded) return spanOf(file.text, file.lineCounter, start, end);
  const { outer, at } = embedded;
  let first = -1;
  for (let i = start; i < Math.max(end, start + 1) && first < 0; i++) first = at[i] ?? -1;
  if (first < 0) first = nearestMapped(at, start);
  let last2 = first;
  for (let i = Math.max(end, start + 1) - 1; i >= start; i--) {
    const offset = at[i] ?? -1;
    if (offset >= first) {
      last2 = offset;
      break;
    }
  }
  return spanOf(outer.text, outer.lineCounter, first, last2 + 1);
}
function nearestMapped(at, i) {
  for (let k = Math.min(i, at.length - 1); k >= 0; k--) if ((at[k] ?? -1) >= 0) return at[k];
  for (let k = i; k < at.length; k++) if ((at[k] ?? -1) >= 0) return at[k];
  return 0;
}
function onConditionalLine(file, line) {
  return file.template?.conditionalLines.some(([start, end]) => line >= start && line <= end) === true;
}
function templatedAt(file, start, end) {
  return file.template !== void 0 && file.text.slice(start, end) !== readableText(file).slice(start, end);
}

// src/extract/env-file.ts
var WHITESPACE = " 	\n\r";
var NEWLINE = "\n\r";
var DOUBLE_QUOTE_ESCAPES = '"\\`$';
function readEnvAssignments(text) {
  const out = [];
  let state = "preKey";
  let key = "";
  let keyStart = 0;
  let keyBlankAt = -1;
  let value = "";
  let valueBlankAt = -1;
  const push = (end) => {
    const trimmedKey = keyBlankAt >= 0 ? key.slice(0, keyBlankAt) : key;
    const exported = /^export[ \t]+\S/.exec(trimmedKey);
    const skip = exported ? /^export[ \t]+/.exec(trimmedKey)?.[0].length ?? 0 : 0;
    out.push({
      key: trimmedKey.slice(skip),
      value,
      start: keyStart + skip,
      end,
      exported: exported !== null
    });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    switch (state) {
      case "preKey":
        if (c === "#" || c === ";") state = "comment";
        else if (!WHITESPACE.includes(c)) {
          state = "key";
          key = c;
          keyStart = i;
          keyBlankAt = -1;
        }
        break;
      case "key":
        if (NEWLINE.includes(c)) state = "preKey";
        else if (c === "=") {
          state = "preValue";
          value = "";
          valueBlankAt = -1;
        } else {
          if (!WHITESPACE.includes(c)) keyBlankAt = -1;
          else if (keyBlankAt < 0) keyBlankAt = key.length;
          key += c;
        }
        break;
      case "preValue":
        if (NEWLINE.includes(c)) {
          push(i);
          state = "preKey";
        } else if (c === "'") state = "single";
        else if (c === '"') state = "double";
        else if (c === "\\") state = "valueEscape";
        else if (!WHITESPACE.includes(c)) {
          state = "value";
          value += c;
        }
        break;
      case "value":
        if (NEWLINE.includes(c)) {
          if (valueBlankAt >= 0) value = value.slice(0, valueBlankAt);
          push(i);
          state = "preKey";
        } else if (c === "\\") {
          state = "valueEscape";
          valueBlankAt = -1;
        } else {
          if (!WHITESPACE.includes(c)) valueBlankAt = -1;
          else if (valueBlankAt < 0) valueBlankAt = value.length;
          value += c;
        }
        break;
      case "valueEscape":
        state = "value";
        if (!NEWLINE.includes(c)) value += c;
        break;
      case "single":
        if (c === "'") state = "preValue";
        else value += c;
        break;
      case "double":
        if (c === '"') state = "preValue";
        else if (c === "\\") state = "doubleEscape";
        else value += c;
        break;
      case "doubleEscape":
        state = "double";
        if (DOUBLE_QUOTE_ESCAPES.includes(c)) value += c;
        else if (c !== "\n") value += `\\${c}`;
        break;
      case "comment":
        if (c === "\\") state = "commentEscape";
        else if (NEWLINE.includes(c)) state = "preKey";
        break;
      case "commentEscape":
        state = NEWLINE.includes(c) ? "preKey" : "comment";
        break;
    }
  }
  if (state === "value" && valueBlankAt >= 0) value = value.slice(0, valueBlankAt);
  if (["preValue", "value", "valueEscape", "single", "double", "doubleEscape"].includes(state)) {
    push(text.length);
  }
  return out;
}
var ASSIGNMENTS = /* @__PURE__ */ new WeakMap();
function envAssignmentsOf(file) {
  let assignments = ASSIGNMENTS.get(file);
  if (assignments === void 0) {
    const all = readEnvAssignments(readableText(file));
    assignments = { all, etcd: all.filter((assignment) => flagOfEnv(assignment.key) !== void 0) };
    ASSIGNMENTS.set(file, assignments);
  }
  return assignments;
}
function parseEnvAssignments(file, from, reader = "systemd-or-shell") {
  const settings = [];
  for (const assignment of envAssignmentsOf(file).etcd) {
    if (assignment.exported && reader === "systemd") continue;
    const span = textSpan(file, assignment.start, Math.max(assignment.end, assignment.start + 1));
    const setting = envVariable(assignment.key, assignment.value, span, from);
    if (!setting) continue;
    if (templatedAt(file, assignment.start, assignment.end)) setting.valueUnknown = true;
    if (reader === "systemd-or-shell" && assignment.value.includes("$")) setting.valueUnknown = true;
    if (assignment.exported) {
      setting.caveat = "the line starts with `export`, which a shell that sources the file honours but systemd `EnvironmentFile=` ignores";
    }
    settings.push(setting);
  }
  return settings;
}
function isEnvFileName(relPath) {
  if (/\.service\.d\//.test(relPath) || relPath.endsWith(".service")) return false;
  const base = relPath.slice(relPath.lastIndexOf("/") + 1);
  return base.endsWith(".env") || base === "etcd.conf" || relPath === "default/etcd" || relPath.endsWith("/default/etcd");
}
var envFileExtractor = {
  id: "env-file",
  extract(file) {
    return isEnvFileName(file.formPath) ? envFileFragment(file) : [];
  }
};
function envFileFragment(file) {
  const env = parseEnvAssignments(file, { kind: "env-file" });
  const first = env[0];
  if (!first) return [];
  return [
    {
      file: file.file,
      launcher: { kind: "env-file", path: file.file.relPath },
      span: first.span,
      kind: "fragment",
      completeness: { complete: false, reasons: ["etcd's command line is not in the file"] },
      flags: [],
      env,
      implied: [],
      startupProblems: []
    }
  ];
}

// src/extract/bitnami-chart.ts
import path6 from "node:path";
var BITNAMI_ETCD = "bitnami/etcd";
function isBitnamiRepository(text) {
  return text?.toLowerCase().includes("bitnami") === true;
}
function chartIdentities(env, directory) {
  const out = [];
  const join = (name) => directory === "." || directory === "" ? name : `${directory}/${name}`;
  for (const name of ["Chart.yaml", "requirements.yaml"]) {
    for (const context of env.index.documentsIn(join(name))) {
      const { nav } = context;
      const root = context.root;
      const namePair = nav.pair(root, "name");
      if (name === "Chart.yaml" && nav.text(namePair?.value) === "etcd") {
        const marks = [
          nav.text(nav.get(root, "home")),
          ...nav.items(nav.get(root, "sources")).map((item) => nav.text(item)),
          ...nav.items(nav.get(root, "maintainers")).flatMap((m) => [nav.text(nav.get(m, "name")), nav.text(nav.get(m, "url"))])
        ];
        if (marks.some(isBitnamiRepository) && namePair)
          out.push({
            prefix: "",
            chart: { context, file: context.fileRef, span: context.pairSpan(namePair) },
            tagged: false
          });
      }
      for (const dependency of nav.items(nav.get(root, "dependencies"))) {
        const dependencyName = nav.pair(dependency, "name");
        if (nav.text(dependencyName?.value) !== "etcd" || !dependencyName) continue;
        if (!isBitnamiRepository(nav.text(nav.get(dependency, "repository")))) continue;
        const aliasText = nav.text(nav.get(dependency, "alias"));
        const alias = aliasText || "etcd";
        const condition = nav.text(nav.get(dependency, "condition"));
        out.push({
          prefix: `${alias}.`,
          chart: { context, file: context.fileRef, span: context.pairSpan(dependencyName) },
          ...condition ? { condition } : {},
          tagged: nav.get(dependency, "tags") !== void 0,
          ...aliasText && aliasText !== "etcd" ? { aliased: true } : {}
        });
      }
    }
  }
  return out;
}
function directoryOf(relPath) {
  return path6.posix.dirname(relPath);
}

// src/extract/template-eval.ts
var UNKNOWN = { kind: "unknown" };
var NIL = { kind: "nil" };
var UNDEFINED = { kind: "undefined" };
function truthOf(value) {
  switch (value.kind) {
    case "unknown":
      return void 0;
    case "undefined":
    case "nil":
      return false;
    case "bool":
      return value.value;
    case "number":
      return value.value !== 0;
    case "string":
      return value.value.length > 0;
    case "map":
      return value.entries.size > 0 ? true : value.open === void 0 ? false : void 0;
    case "list":
      return value.items.length > 0;
  }
}
var MAX_LENGTH = 4096;
var MAX_DEPTH = 64;
function isDigit3(c) {
  return c >= "0" && c <= "9";
}
function isIdentChar(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "_";
}
function readIdent(text, at) {
  let j = at;
  while (j < text.length && isIdentChar(text[j])) j++;
  return j;
}
function readFields(text, at) {
  const fields = [];
  let j = at;
  while (text[j] === ".") {
    const end = readIdent(text, j + 1);
    if (end === j + 1) break;
    fields.push(text.slice(j + 1, end));
    j = end;
  }
  return { fields, end: j };
}
function readQuoted(text, at) {
  const quote = text[at];
  let out = "";
  for (let j = at + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") {
      const next = text[j + 1];
      if (next === void 0) return void 0;
      out += next === "n" ? "\n" : next === "t" ? "	" : next;
      j++;
    } else if (c === quote) {
      return { value: out, end: j + 1 };
    } else out += c;
  }
  return void 0;
}
function readNumber(text, at) {
  let j = at;
  if (text[j] === "-" || text[j] === "+") j++;
  const start = j;
  while (j < text.length && isDigit3(text[j])) j++;
  if (text[j] === ".") {
    j++;
    while (j < text.length && isDigit3(text[j])) j++;
  }
  if (j === start) return void 0;
  const value = Number(text.slice(at, j));
  return Number.isFinite(value) ? { value, end: j } : void 0;
}
var GO_PUNCT = ["(", ")", "|", ","];
var JINJA_PUNCT = ["==", "!=", "<=", ">=", "(", ")", "[", "]", "|", ",", "<", ">", "."];
function tokenize(text, syntax) {
  if (text.length > MAX_LENGTH) return void 0;
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (syntax === "go" && (text.startsWith(":=", i) || c === "=")) return void 0;
    if (c === '"' || c === "'" && syntax === "jinja") {
      const quoted = readQuoted(text, i);
      if (!quoted) return void 0;
      tokens.push({ t: "string", v: quoted.value });
      i = quoted.end;
      continue;
    }
    if (c === "`" && syntax === "go") {
      const close = text.indexOf("`", i + 1);
      if (close < 0) return void 0;
      tokens.push({ t: "string", v: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (syntax === "go" && c === ".") {
      const { fields, end } = readFields(text, i);
      tokens.push({ t: "field", v: fields });
      i = end === i ? i + 1 : end;
      continue;
    }
    if (syntax === "go" && c === "$") {
      const nameEnd = readIdent(text, i + 1);
      const { fields, end } = readFields(text, nameEnd);
      tokens.push({ t: "var", v: text.slice(i + 1, nameEnd), fields });
      i = end;
      continue;
    }
    if (isDigit3(c) || (c === "-" || c === "+") && isDigit3(text[i + 1] ?? "")) {
      const number = readNumber(text, i);
      if (!number) return void 0;
      tokens.push({ t: "number", v: number.value });
      i = number.end;
      continue;
    }
    if (isIdentChar(c)) {
      const end = readIdent(text, i);
      tokens.push({ t: "ident", v: text.slice(i, end) });
      i = end;
      continue;
    }
    const punct = (syntax === "go" ? GO_PUNCT : JINJA_PUNCT).find((p) => text.startsWith(p, i));
    if (!punct) return void 0;
    tokens.push({ t: "punct", v: punct });
    i += punct.length;
  }
  return tokens;
}
function field(value, name, log) {
  if (value.kind !== "map") return value.kind === "undefined" ? UNDEFINED : UNKNOWN;
  const found = value.entries.get(name);
  if (found === void 0) return value.open === void 0 ? NIL : UNKNOWN;
  if (found.kind !== "unknown" && found.kind !== "undefined" && found.at) log.push(found.at);
  return found;
}
function equal(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") return void 0;
  if (a.kind === "nil" || b.kind === "nil") return a.kind === b.kind;
  if (a.kind === "string" && b.kind === "string") return a.value === b.value;
  if (a.kind === "number" && b.kind === "number") return a.value === b.value;
  if (a.kind === "bool" && b.kind === "bool") return a.value === b.value;
  return void 0;
}
function compare2(op, a, b) {
  if (op === "==" || op === "eq") return equal(a, b);
  if (op === "!=" || op === "ne") {
    const e = equal(a, b);
    return e === void 0 ? void 0 : !e;
  }
  const same = a.kind === "number" && b.kind === "number" || a.kind === "string" && b.kind === "string";
  if (!same) return void 0;
  const x = a.value;
  const y = b.value;
  switch (op) {
    case "<":
    case "lt":
      return x < y;
    case "<=":
    case "le":
      return x <= y;
    case ">":
    case "gt":
      return x > y;
    case ">=":
    case "ge":
      return x >= y;
  }
  return void 0;
}
function bool(value) {
  return { kind: "bool", value };
}
function fromTruth(truth) {
  return truth === void 0 ? UNKNOWN : bool(truth);
}
function length(value) {
  if (value.kind === "string") return { kind: "number", value: value.value.length };
  if (value.kind === "list") return { kind: "number", value: value.items.length };
  if (value.kind === "map")
    return value.open === void 0 ? { kind: "number", value: value.entries.size } : UNKNOWN;
  return value.kind === "nil" ? { kind: "number", value: 0 } : UNKNOWN;
}
var GoParser = class _GoParser {
  constructor(tokens, scope, log) {
    this.tokens = tokens;
    this.scope = scope;
    this.log = log;
  }
  tokens;
  scope;
  log;
  i = 0;
  run() {
    const value = this.pipeline(0);
    return this.i === this.tokens.length ? value : UNKNOWN;
  }
  peek() {
    return this.tokens[this.i];
  }
  pipeline(depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    let value = this.command(depth, void 0);
    while (this.peek()?.t === "punct" && this.peek()?.v === "|") {
      this.i++;
      value = this.command(depth, value);
    }
    return value;
  }
  /** One command; `piped` is the previous command's result, passed as the last argument. */
  command(depth, piped) {
    const first = this.peek();
    if (first?.t === "ident" && !["true", "false", "nil"].includes(first.v)) {
      this.i++;
      const args = [];
      while (this.startsOperand()) {
        const start = this.i;
        this.skipOperand();
        const end = this.i;
        args.push(() => this.evalAt(start, end, depth));
      }
      if (piped !== void 0) args.push(() => piped);
      return goFunction(first.v, args);
    }
    const value = this.operand(depth);
    return piped === void 0 ? value : UNKNOWN;
  }
  startsOperand() {
    const token = this.peek();
    if (!token) return false;
    if (token.t === "punct") return token.v === "(";
    return true;
  }
  /** Skips one operand without evaluating it (arguments are evaluated lazily: `and` short-circuits). */
  skipOperand() {
    const token = this.peek();
    if (token?.t === "punct" && token.v === "(") {
      let level = 0;
      do {
        const t = this.tokens[this.i];
        if (t?.t === "punct" && t.v === "(") level++;
        if (t?.t === "punct" && t.v === ")") level--;
        this.i++;
      } while (level > 0 && this.i < this.tokens.length);
      if (this.peek()?.t === "field") this.i++;
      return;
    }
    this.i++;
  }
  evalAt(start, end, depth) {
    const parser = new _GoParser(this.tokens.slice(start, end), this.scope, this.log);
    return parser.operandOnly(depth + 1);
  }
  operandOnly(depth) {
    const value = this.operand(depth);
    return this.i === this.tokens.length ? value : UNKNOWN;
  }
  operand(depth) {
    const token = this.peek();
    if (!token) return UNKNOWN;
    this.i++;
    let value;
    switch (token.t) {
      case "field":
        value = token.v.reduce((v, name) => field(v, name, this.log), this.scope.dot);
        break;
      case "var":
        value = token.v === "" ? token.fields.reduce((v, name) => field(v, name, this.log), this.scope.root) : UNKNOWN;
        break;
      case "string":
        value = { kind: "string", value: token.v };
        break;
      case "number":
        value = { kind: "number", value: token.v };
        break;
      case "ident":
        value = token.v === "true" ? bool(true) : token.v === "false" ? bool(false) : token.v === "nil" ? NIL : UNKNOWN;
        break;
      case "punct": {
        if (token.v !== "(") return UNKNOWN;
        value = this.pipeline(depth + 1);
        const close = this.peek();
        if (close?.t !== "punct" || close.v !== ")") return UNKNOWN;
        this.i++;
        const after = this.peek();
        if (after?.t === "field") {
          this.i++;
          value = after.v.reduce((v, name) => field(v, name, this.log), value);
        }
        break;
      }
    }
    return value;
  }
};
function goFunction(name, args) {
  const arg = (i) => args[i] ? args[i]() : UNKNOWN;
  switch (name) {
    case "and":
    case "or": {
      let open = false;
      let last2 = UNKNOWN;
      for (const get of args) {
        last2 = get();
        const truth = truthOf(last2);
        if (truth === void 0) open = true;
        else if (truth === (name === "or")) return open ? UNKNOWN : last2;
      }
      return open ? UNKNOWN : last2;
    }
    case "not":
      return args.length === 1 ? fromTruth(negate(truthOf(arg(0)))) : UNKNOWN;
    case "eq": {
      const first = arg(0);
      let open = false;
      for (let i = 1; i < args.length; i++) {
        const e = equal(first, arg(i));
        if (e === true) return bool(true);
        if (e === void 0) open = true;
      }
      return open || args.length < 2 ? UNKNOWN : bool(false);
    }
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return args.length === 2 ? fromTruth(compare2(name, arg(0), arg(1))) : UNKNOWN;
    case "default": {
      if (args.length !== 2) return UNKNOWN;
      const value = arg(1);
      const truth = truthOf(value);
      return truth === void 0 ? UNKNOWN : truth ? value : arg(0);
    }
    case "empty":
      return args.length === 1 ? fromTruth(negate(truthOf(arg(0)))) : UNKNOWN;
    case "hasKey": {
      const map = arg(0);
      const key = arg(1);
      if (map.kind !== "map" || key.kind !== "string") return UNKNOWN;
      if (!map.entries.has(key.value) && map.open !== void 0) return UNKNOWN;
      return bool(map.entries.has(key.value));
    }
    case "len":
      return args.length === 1 ? length(arg(0)) : UNKNOWN;
    case "required":
      return args.length === 2 ? arg(1) : UNKNOWN;
    case "index": {
      let value = arg(0);
      for (let i = 1; i < args.length; i++) {
        const key = arg(i);
        if (value.kind !== "map" || key.kind !== "string") return UNKNOWN;
        value = value.entries.get(key.value) ?? (value.open === void 0 ? NIL : UNKNOWN);
      }
      return value;
    }
    case "coalesce":
      for (const get of args) {
        const value = get();
        const truth = truthOf(value);
        if (truth === void 0) return UNKNOWN;
        if (truth) return value;
      }
      return NIL;
    case "ternary": {
      const truth = truthOf(arg(2));
      return truth === void 0 ? UNKNOWN : truth ? arg(0) : arg(1);
    }
    default:
      return UNKNOWN;
  }
}
function negate(truth) {
  return truth === void 0 ? void 0 : !truth;
}
function isVariableName(text) {
  const name = text.trim();
  return name.startsWith("$") && readIdent(name, 1) === name.length;
}
function evalGo(pipeline, scope, log = []) {
  const assign2 = pipeline.lastIndexOf(":=");
  const text = assign2 >= 0 ? pipeline.slice(assign2 + 2) : pipeline;
  if (assign2 >= 0 && !pipeline.slice(0, assign2).split(",").every(isVariableName)) return UNKNOWN;
  const tokens = tokenize(text, "go");
  if (!tokens || tokens.length === 0) return UNKNOWN;
  return new GoParser(tokens, scope, log).run();
}
var JinjaParser = class {
  constructor(tokens, vars, log) {
    this.tokens = tokens;
    this.vars = vars;
    this.log = log;
  }
  tokens;
  vars;
  log;
  i = 0;
  depth = 0;
  run() {
    const value = this.or();
    return this.i === this.tokens.length ? value : UNKNOWN;
  }
  peek(offset = 0) {
    return this.tokens[this.i + offset];
  }
  isWord(word, offset = 0) {
    const token = this.peek(offset);
    return token?.t === "ident" && token.v === word;
  }
  isPunct(punct) {
    const token = this.peek();
    return token?.t === "punct" && token.v === punct;
  }
  or() {
    let left = this.and();
    while (this.isWord("or")) {
      this.i++;
      const right = this.and();
      const a = truthOf(left);
      const b = truthOf(right);
      left = a === true ? left : a === false ? right : b === true ? bool(true) : UNKNOWN;
    }
    return left;
  }
  and() {
    let left = this.not();
    while (this.isWord("and")) {
      this.i++;
      const right = this.not();
      const a = truthOf(left);
      const b = truthOf(right);
      left = a === false ? left : a === true ? right : b === false ? bool(false) : UNKNOWN;
    }
    return left;
  }
  not() {
    if (this.isWord("not")) {
      this.i++;
      if (++this.depth > MAX_DEPTH) return UNKNOWN;
      const value = this.not();
      this.depth--;
      return fromTruth(negate(truthOf(value)));
    }
    return this.comparison();
  }
  comparison() {
    const left = this.filtered();
    const token = this.peek();
    if (token?.t === "punct" && ["==", "!=", "<", "<=", ">", ">="].includes(token.v)) {
      this.i++;
      return fromTruth(compare2(token.v, left, this.filtered()));
    }
    if (this.isWord("is")) {
      this.i++;
      const negated = this.isWord("not");
      if (negated) this.i++;
      const test = this.peek();
      if (test?.t !== "ident") return UNKNOWN;
      this.i++;
      const result = test.v === "defined" ? left.kind === "unknown" ? void 0 : left.kind !== "undefined" : test.v === "undefined" ? left.kind === "unknown" ? void 0 : left.kind === "undefined" : test.v === "none" ? left.kind === "unknown" ? void 0 : left.kind === "nil" : void 0;
      return fromTruth(negated ? negate(result) : result);
    }
    if (this.isWord("in") || this.isWord("not") && this.isWord("in", 1)) {
      const negated = this.isWord("not");
      this.i += negated ? 2 : 1;
      const right = this.filtered();
      const found = contains(right, left);
      return fromTruth(negated ? negate(found) : found);
    }
    return left;
  }
  filtered() {
    let value = this.postfix();
    while (this.isPunct("|")) {
      this.i++;
      const name = this.peek();
      if (name?.t !== "ident") return UNKNOWN;
      this.i++;
      const args = this.isPunct("(") ? this.callArgs() : [];
      if (!args) return UNKNOWN;
      value = jinjaFilter(name.v, value, args);
    }
    return value;
  }
  callArgs() {
    this.i++;
    const args = [];
    while (!this.isPunct(")")) {
      if (this.i >= this.tokens.length) return void 0;
      args.push(this.or());
      if (this.isPunct(",")) this.i++;
      else if (!this.isPunct(")")) return void 0;
    }
    this.i++;
    return args;
  }
  postfix() {
    let value = this.primary();
    for (; ; ) {
      if (this.isPunct(".")) {
        const name = this.peek(1);
        if (name?.t !== "ident") return UNKNOWN;
        this.i += 2;
        value = jinjaField(value, name.v, this.log);
      } else if (this.isPunct("[")) {
        this.i++;
        const key = this.or();
        if (!this.isPunct("]")) return UNKNOWN;
        this.i++;
        value = key.kind === "string" ? jinjaField(value, key.value, this.log) : UNKNOWN;
      } else return value;
    }
  }
  /** `[a, b]` after its `[`. */
  listLiteral() {
    if (++this.depth > MAX_DEPTH) return UNKNOWN;
    const items = [];
    while (!this.isPunct("]")) {
      if (this.i >= this.tokens.length) return UNKNOWN;
      items.push(this.or());
      if (this.isPunct(",")) this.i++;
      else if (!this.isPunct("]")) return UNKNOWN;
    }
    this.i++;
    this.depth--;
    return { kind: "list", items };
  }
  primary() {
    const token = this.peek();
    if (!token) return UNKNOWN;
    this.i++;
    switch (token.t) {
      case "string":
        return { kind: "string", value: token.v };
      case "number":
        return { kind: "number", value: token.v };
      case "ident": {
        const lower = token.v.toLowerCase();
        if (lower === "true" || lower === "false") return bool(lower === "true");
        if (lower === "none") return NIL;
        if (this.isPunct("(")) return UNKNOWN;
        return jinjaField(this.vars, token.v, this.log);
      }
      case "punct": {
        if (token.v === "[") return this.listLiteral();
        if (token.v !== "(" || ++this.depth > MAX_DEPTH) return UNKNOWN;
        const value = this.or();
        this.depth--;
        if (!this.isPunct(")")) return UNKNOWN;
        this.i++;
        return value;
      }
      default:
        return UNKNOWN;
    }
  }
};
function jinjaField(value, name, log) {
  if (value.kind !== "map") return value.kind === "undefined" ? UNDEFINED : UNKNOWN;
  const found = value.entries.get(name);
  if (found === void 0) return value.open === void 0 ? UNDEFINED : UNKNOWN;
  if (found.kind !== "unknown" && found.kind !== "undefined" && found.at) log.push(found.at);
  return found;
}
function contains(collection, item) {
  if (collection.kind === "list") {
    let open = false;
    for (const element of collection.items) {
      const e = equal(element, item);
      if (e === true) return true;
      if (e === void 0) open = true;
    }
    return open ? void 0 : false;
  }
  if (collection.kind === "string" && item.kind === "string") return collection.value.includes(item.value);
  if (collection.kind === "map" && item.kind === "string")
    return collection.entries.has(item.value) || (collection.open === void 0 ? false : void 0);
  return void 0;
}
var ANSIBLE_TRUE = /* @__PURE__ */ new Set(["yes", "on", "1", "true", "t", "y"]);
function jinjaFilter(name, value, args) {
  switch (name) {
    case "bool":
      if (value.kind === "bool") return value;
      if (value.kind === "nil") return bool(false);
      if (value.kind === "number") return bool(value.value === 1);
      if (value.kind === "string") return bool(ANSIBLE_TRUE.has(value.value.toLowerCase()));
      return UNKNOWN;
    case "default":
    case "d": {
      const fallback2 = args[0] ?? { kind: "string", value: "" };
      const orFalsy = args[1] !== void 0 && truthOf(args[1]) === true;
      if (value.kind === "unknown") return UNKNOWN;
      if (value.kind === "undefined") return fallback2;
      if (orFalsy && truthOf(value) === false) return fallback2;
      return value;
    }
    case "length":
    case "count":
      return length(value);
    case "lower":
    case "upper":
    case "trim":
      if (value.kind !== "string") return UNKNOWN;
      return {
        kind: "string",
        value: name === "lower" ? value.value.toLowerCase() : name === "upper" ? value.value.toUpperCase() : value.value.trim()
      };
    case "string":
      if (value.kind === "string") return value;
      if (value.kind === "number") return { kind: "string", value: String(value.value) };
      if (value.kind === "bool") return { kind: "string", value: value.value ? "True" : "False" };
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}
function evalJinja(expression, vars, log = []) {
  const tokens = tokenize(expression, "jinja");
  if (!tokens || tokens.length === 0) return UNKNOWN;
  const value = new JinjaParser(tokens, vars, log).run();
  return value.kind === "undefined" ? UNKNOWN : value;
}
function jinjaForCollection(header) {
  const words = header.split(" ");
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "in") continue;
    const targets = words.slice(0, i).join(" ").split(",");
    if (!targets.every((name) => name.trim() !== "" && readIdent(name.trim(), 0) === name.trim().length))
      return void 0;
    return words.slice(i + 1).join(" ");
  }
  return void 0;
}

// src/extract/values-tree.ts
var import_yaml13 = __toESM(require_dist(), 1);
var MAX_ENTRIES = 2e5;
var MAX_DEPTH2 = 256;
function yamlValues(context, node, options = {}) {
  let budget = MAX_ENTRIES;
  const { nav } = context;
  const templated = options.templated ?? "a template expression";
  const convert = (raw, path12, entry, depth) => {
    const resolved = nav.resolve(raw);
    if (!resolved || depth > MAX_DEPTH2 || --budget < 0) return { kind: "unknown", why: "too large to read" };
    if ((0, import_yaml13.isMap)(resolved)) {
      const entries = /* @__PURE__ */ new Map();
      for (const pair of nav.pairs(resolved)) {
        const key = nav.keyText(pair);
        const placeholder2 = options.placeholder?.(key ?? "{{");
        if (placeholder2)
          return {
            kind: "unknown",
            why: placeholder2,
            at: origin2(entry?.span ?? context.nodeSpan(resolved), path12)
          };
        if (key === void 0) continue;
        const child = path12 ? `${path12}.${key}` : key;
        const value = nav.resolve(pair.value);
        const span = (0, import_yaml13.isMap)(value) || (0, import_yaml13.isSeq)(value) ? context.nodeSpan(pair.key) : context.pairSpan(pair);
        entries.set(key, convert(pair.value, child, { span }, depth + 1));
      }
      return { kind: "map", entries, ...entry ? { at: origin2(entry.span, path12) } : {} };
    }
    if ((0, import_yaml13.isSeq)(resolved)) {
      const items = nav.items(resolved).map((item) => convert(item, `${path12}[]`, { span: context.nodeSpan(item) }, depth + 1));
      return { kind: "list", items, ...entry ? { at: origin2(entry.span, path12) } : {} };
    }
    if (!(0, import_yaml13.isScalar)(resolved)) return { kind: "unknown", why: "not a value" };
    const source = scalarSource(context, resolved);
    const templatedNode = context.isTemplated(resolved);
    const written = templatedNode ? context.sourceText(resolved).trim() : source;
    const at = {
      ...origin2(entry?.span ?? context.nodeSpan(resolved), `${path12}: ${shown(written)}`),
      ...typeof resolved.value === "string" ? { locate: (from, to) => context.valueSpan(resolved, from, to) } : {}
    };
    if (templatedNode) return { kind: "unknown", why: templated, at };
    if (resolved.type !== import_yaml13.Scalar.PLAIN) {
      const value = String(resolved.value ?? "");
      const placeholder2 = options.placeholder?.(value);
      return placeholder2 ? { kind: "unknown", why: placeholder2, at } : { kind: "string", value, at };
    }
    const placeholder = options.placeholder?.(source);
    if (placeholder) return { kind: "unknown", why: placeholder, at };
    const typed = yaml11Plain(source);
    return typed.kind === "null" ? { kind: "nil", at } : { ...typed, at };
  };
  const keySpan3 = options.key ? { span: context.nodeSpan(options.key) } : void 0;
  return convert(node, options.path ?? "", keySpan3, 0);
  function origin2(span, text) {
    return { file: context.fileRef, span, text };
  }
}
function scalarSource(context, node) {
  if (typeof node.source === "string") return node.source;
  const range = node.range;
  if (range) return context.ownText.slice(range[0], range[1]).trim();
  return node.value === null || node.value === void 0 ? "" : String(node.value);
}
function shown(source) {
  const line = source.split("\n", 1)[0] ?? source;
  return line.length > 60 ? `${line.slice(0, 60)}...` : line;
}
function valueAt(values, path12) {
  let current = values;
  for (const key of path12) {
    if (current === void 0) return void 0;
    if (current.kind === "unknown") return current;
    if (current.kind !== "map") return void 0;
    const next = current.entries.get(key);
    current = next ?? (current.open === void 0 ? void 0 : { kind: "unknown", why: current.open });
  }
  return current;
}
function scalarText(value) {
  if (!value) return void 0;
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
    case "bool":
      return String(value.value);
    case "nil":
      return "";
    default:
      return void 0;
  }
}
function originOf(value) {
  return value && value.kind !== "undefined" ? value.at : void 0;
}
function stringValues(context, node, where2, options = {}) {
  const text = context.nav.text(node);
  if (text === void 0) return void 0;
  if (text.trim() === "") return { kind: "map", entries: /* @__PURE__ */ new Map() };
  const map = context.scalarMap(node);
  const doc = parseEmbeddedDocuments(text)[0];
  if (!doc || !map) return void 0;
  const embedded = new YamlContext(context.file, doc, { text, map, where: where2, fallback: context.nodeSpan(node) });
  if (doc.contents === null) return { kind: "map", entries: /* @__PURE__ */ new Map() };
  const values = yamlValues(embedded, doc.contents, options);
  if (values.kind === "nil") return { kind: "map", entries: /* @__PURE__ */ new Map() };
  return values.kind === "map" || values.kind === "unknown" ? values : void 0;
}

// src/extract/bitnami-etcd.ts
var SIDES = [
  {
    side: "client",
    port: "client",
    defaultPort: "2379",
    listen: "listen-client-urls",
    advertise: "advertise-client-urls",
    autoTls: "auto-tls",
    cert: "cert-file",
    key: "key-file",
    auth: "client-cert-auth",
    ca: "trusted-ca-file",
    dir: "client"
  },
  {
    side: "peer",
    port: "peer",
    defaultPort: "2380",
    listen: "listen-peer-urls",
    advertise: "initial-advertise-peer-urls",
    autoTls: "peer-auto-tls",
    cert: "peer-cert-file",
    key: "peer-key-file",
    auth: "peer-client-cert-auth",
    ca: "peer-trusted-ca-file",
    dir: "peer"
  }
];
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "no", "off", "0", "n"]);
var ENV_FROM_VALUES = ["extraEnvVarsCM", "extraEnvVarsSecret"];
var CONFIG_VALUES = ["configuration", "existingConfigmap"];
var TRUE2 = { kind: "true" };
var FALSE2 = { kind: "false" };
function and(...conditions) {
  if (conditions.some((c) => c.kind === "false")) return FALSE2;
  if (conditions.some((c) => c.kind === "open")) return { kind: "open" };
  const by = conditions.flatMap((c) => c.kind === "undecided" ? c.by : []);
  return by.length > 0 ? { kind: "undecided", by } : TRUE2;
}
function not(condition) {
  return condition.kind === "true" ? FALSE2 : condition.kind === "false" ? TRUE2 : condition;
}
function or(a, b) {
  return not(and(not(a), not(b)));
}
var Rendering = class {
  constructor(source, prefix, values, fallback2) {
    this.source = source;
    this.prefix = prefix;
    this.values = values;
    this.fallback = fallback2;
  }
  source;
  prefix;
  values;
  fallback;
  /** Why the process may get settings this rendering does not show. */
  reasons = /* @__PURE__ */ new Set();
  /** Go template truth of a value (absent: the chart's default, false or ""), with what is unknown. */
  truth(value) {
    if (value === void 0) return FALSE2;
    if (value.kind === "unknown") {
      this.reasons.add(unknownReason(value));
      return value.at ? { kind: "undecided", by: [value] } : { kind: "open" };
    }
    const truth = truthOf(value);
    if (truth !== void 0) return truth ? TRUE2 : FALSE2;
    if (value.kind === "map" && value.open) this.reasons.add(value.open);
    return { kind: "open" };
  }
  get(path12) {
    return valueAt(this.values, path12);
  }
};
function unknownReason(value) {
  if (value.at) return `\`${value.at.text}\` is ${value.why ?? "not known here"}`;
  return value.why ?? "values not known here";
}
function switchedOff(source, identity) {
  if (identity.tagged) return true;
  if (!identity.condition || !source.readsCondition) return false;
  const value = valueAt(source.values, identity.condition.split("."));
  return value !== void 0 && value.kind !== "unknown" && truthOf(value) === false;
}
function bitnamiEtcdConfig(source, identity) {
  if (switchedOff(source, identity)) return void 0;
  const prefix = identity.prefix;
  const values = prefix === "" ? source.values : valueAt(source.values, prefix.slice(0, -1).split("."));
  const holder = values?.kind === "map" ? values.at : void 0;
  const fallback2 = holder ? { span: holder.span, file: holder.file } : source.anchor;
  const rendering = new Rendering(source, prefix, values, fallback2);
  if (values?.kind === "map" && values.open) rendering.reasons.add(values.open);
  if (source.writtenOnly) rendering.reasons.add(source.writtenOnly);
  if (values?.kind === "unknown") rendering.reasons.add(unknownReason(values));
  const mounts = or(
    rendering.truth(rendering.get([CONFIG_VALUES[0]])),
    rendering.truth(rendering.get([CONFIG_VALUES[1]]))
  );
  for (const key of CONFIG_VALUES)
    if (rendering.truth(rendering.get([key])).kind !== "false")
      rendering.reasons.add(`\`${prefix}${key}\` gives etcd a config file, which may replace every variable`);
  const extra = extraEnvVars(rendering);
  const unseen = [
    ...ENV_FROM_VALUES.filter(
      (key) => !["false", "open"].includes(rendering.truth(rendering.get([key])).kind)
    ).map((key) => `\`${prefix}${key}\` can set etcd variables the chart leaves unset`),
    ...extra.open
  ];
  for (const reason of unseen) rendering.reasons.add(reason);
  const env = SIDES.flatMap((side) => renderSide(rendering, side, mounts, unseen.length > 0));
  if (env.length === 0 && extra.settings.length === 0) return void 0;
  const reasons = [...rendering.reasons, ...source.reasons ?? []];
  return {
    file: source.file,
    launcher: {
      kind: "chart-values",
      chart: BITNAMI_ETCD,
      ...source.release ? { release: source.release } : {}
    },
    span: source.span,
    kind: "process",
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [],
    env: [...env, ...extra.settings],
    implied: [],
    startupProblems: [],
    related: [
      {
        file: identity.chart.file,
        span: identity.chart.span,
        message: `the chart reference that makes these values the ${BITNAMI_ETCD} chart's`
      },
      ...source.related ?? []
    ]
  };
}
function renderSide(rendering, side, mounts, unseen) {
  const { prefix } = rendering;
  const sideValues = rendering.get(["auth", side.side]);
  const authValues = rendering.get(["auth"]);
  const value = (key2) => valueAt(sideValues, [key2]);
  const on = (key2) => rendering.truth(value(key2));
  const valueKey = (key2) => `${prefix}auth.${side.side}.${key2}`;
  const variable = envNameOf;
  const env = [];
  const push = (name, rawValue, key2, renders2, condition, text) => {
    if (condition.kind === "false" || condition.kind === "open") return;
    const written = value(key2);
    const origin2 = originOf(written);
    if (!origin2 && rendering.source.writtenOnly) return;
    const holder = (sideValues?.kind === "map" ? sideValues.at : void 0) ?? (authValues?.kind === "map" ? authValues.at : void 0) ?? rendering.fallback;
    const at = origin2 ?? holder;
    if (!at) return;
    const file = at.file && at.file.absPath !== rendering.source.file.absPath ? at.file : void 0;
    const conditional = condition.kind === "undecided" ? undecided(condition, text, rendering.source.file) : void 0;
    const caveat = written?.kind === "string" && FALSE_WORDS.has(written.value.toLowerCase()) ? `\`${written.value}\` is a string here, which the chart's Go templates take as true (only an empty string is false)` : void 0;
    env.push({
      name,
      key: valueKey(key2),
      text: origin2 ? origin2.text : `${valueKey(key2)}: ${key2 === "caFilename" ? '""' : "false"}`,
      rawValue,
      origin: { kind: "chart-value", chart: BITNAMI_ETCD, renders: renders2, ...origin2 ? {} : { absent: true } },
      span: at.span,
      ...file ? { file } : {},
      ...conditional ? { conditional } : {},
      ...caveat ? { caveat } : {}
    });
  };
  if (rendering.source.writtenOnly && !originOf(value("secureTransport"))) return env;
  const secure = on("secureTransport");
  const auto = and(secure, on("useAutoTLS"));
  const port = scalarText(rendering.get(["containerPorts", side.port])) || side.defaultPort;
  const v = `.Values.auth.${side.side}`;
  const listening = and(not(mounts), secure.kind === "undecided" ? not(secure) : TRUE2);
  const scheme = secure.kind === "true" ? "https" : "http";
  if (secure.kind !== "open") {
    const url = `${scheme}://0.0.0.0:${port}`;
    const when = `\`{{ if not ${v}.secureTransport }}\` (the chart's \`etcd.${side.side}Protocol\`)`;
    push(side.listen, url, "secureTransport", `${variable(side.listen)}=${url}`, listening, when);
    push(
      side.advertise,
      `${scheme}://pod.service:${port}`,
      "secureTransport",
      variable(side.advertise),
      listening,
      when
    );
  }
  const autoText = `\`{{ if and ${v}.secureTransport ${v}.useAutoTLS }}\``;
  push(side.autoTls, "true", "useAutoTLS", `${variable(side.autoTls)}=true`, auto, autoText);
  const certificates = and(not(mounts), not(auto), secure);
  const certText = `\`{{ else if ${v}.secureTransport }}\``;
  const certDir = `/opt/bitnami/etcd/certs/${side.dir}`;
  const cert = `${certDir}/${scalarText(value("certFilename")) ?? "cert.pem"}`;
  const key = `${certDir}/${scalarText(value("certKeyFilename")) ?? "key.pem"}`;
  const caName = scalarText(value("caFilename")) ?? "";
  push(side.cert, cert, "secureTransport", `${variable(side.cert)}=${cert}`, certificates, certText);
  push(side.key, key, "secureTransport", `${variable(side.key)}=${key}`, certificates, certText);
  const authentication = on("enableAuthentication");
  const authenticated = and(certificates, authentication);
  const authText = `\`{{ if ${v}.enableAuthentication }}\``;
  const ca = `${certDir}/${caName || "ca.crt"}`;
  push(side.auth, "true", "enableAuthentication", `${variable(side.auth)}=true`, authenticated, authText);
  push(side.ca, ca, "enableAuthentication", `${variable(side.ca)}=${ca}`, authenticated, authText);
  const unauthenticated = and(certificates, not(authentication));
  const caText = `\`{{ else if ${v}.caFilename }}\``;
  push(
    side.ca,
    ca,
    "caFilename",
    `${variable(side.ca)}=${ca}`,
    and(unauthenticated, on("caFilename")),
    caText
  );
  if (!unseen)
    push(side.auth, "false", "enableAuthentication", variable(side.auth), unauthenticated, authText);
  return env;
}
function undecided(condition, text, file) {
  const because = condition.by.map((value) => unknownReason(value));
  const first = originOf(condition.by[0]);
  const decidedBy = first && first.file.absPath !== file.absPath ? { file: first.file, span: first.span, message: `the value that decides it: \`${first.text}\`` } : void 0;
  return { text, because: because.join("; "), ...decidedBy ? { decidedBy } : {} };
}
function extraEnvVars(rendering) {
  const field2 = `${rendering.prefix}extraEnvVars`;
  const list = rendering.get(["extraEnvVars"]);
  const settings = [];
  const open = [];
  if (list?.kind === "unknown") return { settings, open: [`\`${field2}\` can set any etcd variable`] };
  if (list?.kind !== "list") return { settings, open };
  for (const item of list.items) {
    const nameValue = valueAt(item, ["name"]);
    const name = scalarText(nameValue);
    const nameAt = originOf(nameValue);
    if (name === void 0 || !nameAt) {
      if (item.kind === "unknown" || nameValue?.kind === "unknown")
        open.push(`\`${field2}\` can set any etcd variable`);
      continue;
    }
    const valueEntry = valueAt(item, ["value"]);
    const value = scalarText(valueEntry);
    if (value === void 0 || valueAt(item, ["valueFrom"]) !== void 0 || value.includes("{{")) {
      if (name.startsWith("ETCD_")) open.push(`${field2} sets ${name} from a value not known here`);
      continue;
    }
    const from = { kind: "tool-field", tool: BITNAMI_ETCD, field: field2 };
    const file = nameAt.file;
    const locate2 = originOf(valueEntry)?.locate;
    const setting = envVariable(name, value, nameAt.span, from, {
      ...locate2 ? { locateValue: locate2 } : {}
    });
    if (!setting) continue;
    settings.push(file.absPath === rendering.source.file.absPath ? setting : { ...setting, file });
  }
  return { settings, open };
}

// src/extract/template-conditions.ts
function documentValues(context) {
  return yamlValues(context, context.doc.contents);
}
function mergeValues(base, over) {
  if (over.kind !== "map") return over;
  if (base.kind === "unknown") return opened(over, base.why ?? "values not known here");
  if (base.kind !== "map") return over;
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of base.entries)
    entries.set(key, over.open !== void 0 && !over.entries.has(key) ? unknownBy(over.open) : value);
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key) ?? (base.open === void 0 ? void 0 : unknownBy(base.open));
    entries.set(key, before ? mergeValues(before, value) : value);
  }
  const open = over.open ?? base.open;
  return { kind: "map", entries, ...over.at ? { at: over.at } : {}, ...open ? { open } : {} };
}
function unknownBy(why) {
  return { kind: "unknown", why };
}
function opened(value, why) {
  if (value.kind !== "map") return value;
  const entries = /* @__PURE__ */ new Map();
  for (const [key, entry] of value.entries) entries.set(key, opened(entry, why));
  return { ...value, entries, open: value.open ?? why };
}
var EMPTY = { kind: "map", entries: /* @__PURE__ */ new Map() };
function helmRoot(values) {
  return { kind: "map", entries: /* @__PURE__ */ new Map([["Values", values]]) };
}
function decideBranches(branches, sets) {
  const text = branches.map(describeBranch).join(" and ");
  if (sets.length === 0) return { text, because: "no values file of the template was found" };
  let open = false;
  for (const set of sets) {
    const log = [];
    const truth = renders(branches, set.values, log);
    if (truth === void 0) {
      open = true;
      continue;
    }
    if (!truth) continue;
    const deciding = pickDeciding(log, set.from);
    const where2 = deciding ? `${deciding.file.relPath} sets \`${deciding.text}\` (line ${deciding.span.startLine})` : `with ${set.label}`;
    const decidedBy = deciding ? {
      file: deciding.file,
      span: deciding.span,
      message: `the value that makes the template render this setting: \`${deciding.text}\``
    } : void 0;
    return { text, rendered: true, because: where2, ...decidedBy ? { decidedBy } : {} };
  }
  if (open) return { text };
  return {
    text,
    rendered: false,
    because: `no values the repository applies render it (${sets.map((s) => s.label).join("; ")})`
  };
}
function pickDeciding(log, from) {
  const read = log.filter((origin2) => origin2.text.length > 0);
  const own = from ? read.filter((origin2) => origin2.file.absPath === from.absPath) : [];
  return own[own.length - 1] ?? read[read.length - 1];
}
function describeBranch(branch) {
  const open = branch.syntax === "go" ? "{{" : branch.syntax === "erb" ? "<%" : "{%";
  const close = branch.syntax === "go" ? "}}" : branch.syntax === "erb" ? "%>" : "%}";
  const prior = branch.previous.map((condition) => `not \`${condition}\``);
  if (branch.kind === "else") return `\`${open} else ${close}\` (${prior.join(", ")})`;
  const word = branch.kind === "else-if" ? branch.syntax === "go" ? `else ${branch.keyword}` : "elif" : branch.keyword;
  const own = `\`${open} ${word} ${branch.condition} ${close}\``;
  return prior.length === 0 ? own : `${own} (${prior.join(", ")})`;
}
function renders(branches, values, log) {
  const go = branches.every((branch) => branch.syntax === "go");
  const jinja = branches.every((branch) => branch.syntax === "jinja");
  if (!go && !jinja) return void 0;
  let dot = go ? helmRoot(values) : values;
  const root = dot;
  let result = true;
  for (const branch of branches) {
    const evaluate2 = (condition) => go ? evalGo(condition, { dot, root }, log) : evalJinja(condition, values, log);
    let own;
    let inner = dot;
    switch (branch.keyword) {
      case "if":
      case "elif":
      case "with":
      case "range": {
        if (branch.kind === "else") own = true;
        else {
          const value = evaluate2(branch.condition);
          own = truthOf(value);
          if (branch.keyword === "with") inner = value;
          if (branch.keyword === "range") inner = UNKNOWN;
        }
        break;
      }
      case "for": {
        const collection = branch.kind === "if" ? jinjaForCollection(branch.condition) : void 0;
        own = branch.kind === "else" ? true : collection === void 0 ? void 0 : truthOf(evaluate2(collection));
        break;
      }
      case "autoescape":
      case "filter":
      case "trans":
        own = true;
        break;
      default:
        own = void 0;
    }
    for (const condition of branch.previous) {
      const earlier = branch.keyword === "for" || branch.keyword === "range" ? void 0 : truthOf(evaluate2(condition));
      own = and2(own, earlier === void 0 ? void 0 : !earlier);
    }
    result = and2(result, own);
    if (result === false) return false;
    dot = inner;
  }
  return result;
}
function and2(a, b) {
  if (a === false || b === false) return false;
  if (a === void 0 || b === void 0) return void 0;
  return true;
}
function homeOf(relPath, syntax) {
  if (syntax === "erb") return void 0;
  const segments = relPath.split("/");
  const templates = segments.lastIndexOf("templates");
  if (templates < 0) return void 0;
  const dir = segments.slice(0, templates).join("/");
  if (syntax === "go") return { kind: "chart", dir };
  return segments[templates - 2] === "roles" ? { kind: "role", dir } : void 0;
}
var ConditionDecider = class {
  constructor(index, releases = () => []) {
    this.index = index;
    this.releases = releases;
  }
  index;
  releases;
  wanted = /* @__PURE__ */ new Set();
  sets = /* @__PURE__ */ new Map();
  byDirectory;
  decide(file, info, line) {
    const branches = branchesAt(info, line);
    if (branches.length === 0) return void 0;
    const home = homeOf(file.relPath, branches[0]?.syntax ?? "go");
    return decideBranches(branches, home ? this.valueSets(home) : []);
  }
  valueSets(home) {
    const key = `${home.kind}\0${home.dir}`;
    const cached = this.sets.get(key);
    if (cached) return cached;
    this.wanted.add(home.dir);
    const sets = home.kind === "chart" ? this.chartSets(home.dir) : this.roleSets(home.dir);
    this.sets.set(key, sets);
    return sets;
  }
  documentsIn(dir) {
    if (!this.byDirectory) {
      this.byDirectory = /* @__PURE__ */ new Map();
      for (const context of this.index.yamlDocuments) {
        if (context.embedded) continue;
        const path12 = context.fileRef.relPath;
        const slash = path12.lastIndexOf("/");
        const parent = slash < 0 ? "" : path12.slice(0, slash);
        const list = this.byDirectory.get(parent) ?? [];
        list.push(context);
        this.byDirectory.set(parent, list);
      }
    }
    return this.byDirectory.get(dir) ?? [];
  }
  chartSets(dir) {
    const prefix = dir ? `${dir}/` : "";
    const files = this.documentsIn(dir);
    const named = (name) => files.filter((c) => c.fileRef.relPath === `${prefix}${name}`);
    const defaultsDocs = [...named("values.yaml"), ...named("values.yml")];
    const isChart = defaultsDocs.length > 0 || named("Chart.yaml").length > 0;
    if (!isChart) return [];
    const defaults = defaultsDocs.reduce((acc, doc) => mergeValues(acc, documentValues(doc)), EMPTY);
    const sets = [{ label: `${prefix}values.yaml`, values: defaults }];
    const overrides = /* @__PURE__ */ new Map();
    for (const context of files) {
      const name = context.fileRef.relPath.slice(prefix.length);
      if (name === "values.yaml" || name === "values.yml" || !isValuesFileName(name)) continue;
      overrides.set(context.fileRef.relPath, [...overrides.get(context.fileRef.relPath) ?? [], context]);
    }
    for (const [path12, docs] of overrides) {
      const values = docs.reduce((acc, doc) => mergeValues(acc, documentValues(doc)), defaults);
      sets.push({
        label: `${prefix}values.yaml and ${path12}`,
        values,
        from: docs[0].fileRef
      });
    }
    for (const release of this.releases(dir))
      sets.push({ ...release, values: mergeValues(defaults, release.values) });
    return sets;
  }
  roleSets(dir) {
    const load = (sub) => this.documentsIn(`${dir}/${sub}`).filter((c) => c.fileRef.relPath.endsWith("/main.yml") || c.fileRef.relPath.endsWith("/main.yaml")).reduce((acc, doc) => mergeValues(acc, documentValues(doc)), EMPTY);
    const defaults = load("defaults");
    const roleVars = load("vars");
    this.wanted.add("group_vars");
    const inventory = this.index.yamlDocuments.filter((c) => {
      const segments = c.fileRef.relPath.split("/");
      return !c.embedded && (segments.includes("group_vars") || segments.includes("host_vars"));
    });
    const isAll = (c) => {
      const segments = c.fileRef.relPath.split("/");
      const at = segments.lastIndexOf("group_vars");
      const name = segments[at + 1] ?? "";
      return at >= 0 && (name === "all" || name === "all.yml" || name === "all.yaml");
    };
    const all = inventory.filter(isAll).reduce((acc, doc) => mergeValues(acc, documentValues(doc)), defaults);
    const sets = [{ label: `${dir}/defaults/main.yml`, values: mergeValues(all, roleVars) }];
    for (const context of inventory.filter((c) => !isAll(c))) {
      sets.push({
        label: context.fileRef.relPath,
        values: mergeValues(mergeValues(all, documentValues(context)), roleVars),
        from: context.fileRef
      });
    }
    return sets;
  }
};

// src/extract/helm-release.ts
var NO_VALUES = { kind: "map", entries: /* @__PURE__ */ new Map() };
function isBitnamiEtcdInGit(url, path12) {
  return /github\.com[/:]bitnami\/charts(\.git)?\/?$/i.test(url) && /(^|\/)bitnami\/etcd\/?$/.test(path12);
}
function isRemoteUrl(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}
function yamlTrue(text) {
  return text === "true" || text === "True" || text === "TRUE";
}
var TAG_OR_DIGEST = /[@:]/;
function isBitnamiEtcdReference(reference) {
  const lastSlash = reference.lastIndexOf("/");
  const cut = reference.slice(lastSlash + 1).search(TAG_OR_DIGEST);
  let bare = cut < 0 ? reference : reference.slice(0, lastSlash + 1 + cut);
  while (bare.endsWith("/")) bare = bare.slice(0, -1);
  const slash = bare.lastIndexOf("/");
  return slash > 0 && bare.slice(slash + 1) === "etcd" && isBitnamiRepository(bare.slice(0, slash));
}
function oldChartReason(version) {
  const v = (version ?? "").trim();
  const numbers = (v.match(/\d+/g) ?? []).map(Number);
  const major = numbers[0];
  if (major === void 0 || [">", "*", "x", "X"].includes(v[0]) || v === "latest")
    return void 0;
  const below6 = v.startsWith("<") && !v.startsWith("<=") && major === 6 && numbers.slice(1).every((n) => n === 0);
  const old = major < 6 || below6;
  return old ? `chart version \`${v}\` predates 6.0.0, whose values this scan's mapping of the chart may not match` : void 0;
}
function releaseConfigs(release, env) {
  const { chart } = release;
  if (chart.kind === "bitnami-etcd") {
    const identity = {
      prefix: "",
      chart: { file: release.file, span: release.anchor },
      tagged: false
    };
    const old = oldChartReason(chart.version);
    const reasons = [...release.reasons, ...old ? [old] : []];
    const config = bitnamiEtcdConfig(
      {
        values: overUnknown(reasons, release.values),
        file: release.file,
        span: release.anchor,
        anchor: { span: release.anchor },
        readsCondition: false,
        release: release.name,
        related: release.related
      },
      identity
    );
    return config ? [config] : [];
  }
  const own = overUnknown(release.reasons, release.values);
  env.releaseValues?.(chart.dir, { label: release.name, values: own, from: release.file });
  const identities = chartIdentities(env, chart.dir);
  if (identities.length === 0) return [];
  const values = mergeValues(chartValues(env, chart.dir), own);
  return identities.flatMap((identity) => {
    const config = bitnamiEtcdConfig(
      {
        values,
        file: release.file,
        span: release.anchor,
        anchor: { span: release.anchor },
        readsCondition: true,
        release: release.name,
        related: release.related
      },
      identity
    );
    return config ? [config] : [];
  });
}
function overUnknown(reasons, values) {
  return reasons.length === 0 ? values : mergeValues({ kind: "unknown", why: reasons.join("; ") }, values);
}
function chartValues(env, dir) {
  const path12 = dir === "" || dir === "." ? "values.yaml" : `${dir}/values.yaml`;
  return env.index.documentsIn(path12).reduce(
    (acc, doc) => mergeValues(acc, yamlValues(doc, doc.doc.contents)),
    NO_VALUES
  );
}
function isChartDirectory(env, dir) {
  const join = (name) => dir === "" || dir === "." ? name : `${dir}/${name}`;
  return env.index.documentsIn(join("Chart.yaml")).length > 0 || env.index.documentsIn(join("values.yaml")).length > 0;
}
function valuesFileLayer(env, relPath) {
  const doc = env.index.documentsIn(relPath)[0];
  if (!doc) return { kind: "unknown", why: `\`${relPath}\`, which is not in the scan` };
  env.consume(doc.fileRef);
  if (doc.doc.contents === null) return NO_VALUES;
  const values = yamlValues(doc, doc.doc.contents);
  if (values.kind === "nil") return NO_VALUES;
  return values.kind === "map" ? values : { kind: "unknown", why: `\`${relPath}\`, which holds no map of values` };
}
function repositoryPath(directory, relative) {
  const joined = relative.startsWith("/") ? relative.slice(1) : directory ? `${directory}/${relative}` : relative;
  const out = [];
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(segment);
  }
  return out.join("/");
}

// src/extract/helm-set.ts
var MAX_INDEX = 65536;
var MAX_NESTING2 = 30;
var MAX_LIST_ITEMS = 4096;
var MAX_ASSIGNMENTS = 1e4;
var MAX_TOTAL_ASSIGNMENTS = 2e3;
var applied = /* @__PURE__ */ new WeakMap();
var INTEGER = /^[+-]?\d+$/;
var BLANK = /\s/;
var SetError = class extends Error {
};
function applySet(base, arg, kind, placeholder) {
  if (kind === "set-json" && arg.text.trimStart().startsWith("{")) {
    const parsed = parseJson(arg.text.trim());
    const at = origin(arg, 0, arg.text.length);
    return mergeJson(base, jsonValue(parsed, at));
  }
  const assignments = new SetParser(arg, kind, placeholder).assignments();
  const total = (applied.get(base) ?? 0) + assignments.length;
  if (total > MAX_TOTAL_ASSIGNMENTS)
    throw new SetError(`more than ${MAX_TOTAL_ASSIGNMENTS} assignments for one set of values`);
  let values = base;
  for (const assignment of assignments) values = setPath(values, assignment.path, 0, assignment.value, arg);
  applied.set(values, total);
  return values;
}
function origin(arg, from, to) {
  const shown2 = arg.text.slice(from, to);
  return {
    file: arg.file,
    span: arg.locate(from, to) ?? arg.fallback,
    text: shown2.length > 80 ? `${shown2.slice(0, 80)}...` : shown2
  };
}
var SetParser = class {
  constructor(arg, kind, placeholder) {
    this.arg = arg;
    this.kind = kind;
    this.placeholder = placeholder;
  }
  arg;
  kind;
  placeholder;
  i = 0;
  out = [];
  assignments() {
    const text = this.arg.text;
    while (this.i < text.length) {
      if (this.out.length >= MAX_ASSIGNMENTS) throw new SetError(`more than ${MAX_ASSIGNMENTS} assignments`);
      if (!this.assignment()) break;
    }
    return this.out;
  }
  /** One `path=value`; false at the end of the text. */
  assignment() {
    const path12 = [];
    const start = this.i;
    const literal = this.kind === "set-literal";
    for (; ; ) {
      const keyStart = this.i;
      const { value: key, last: last2 } = this.until(literal ? "=[." : "=[,.", !literal);
      if (last2 === void 0) {
        if (key === "") return false;
        throw new SetError(`key "${key}" has no value`);
      }
      if (last2 === ",") throw new SetError(`key "${key}" has no value (cannot end with ,)`);
      path12.push({ key, start: keyStart, end: this.i - 1 });
      if (last2 === ".") {
        if (path12.length > MAX_NESTING2) throw new SetError("value name nested too deep");
        continue;
      }
      if (last2 === "[") {
        this.indexes(path12);
        const { value: rest, last: after } = this.until("[.=", !literal);
        if (rest !== "") throw new SetError(`unexpected data at end of array index: "${rest}"`);
        if (after === void 0) throw new SetError("no value after an index");
        if (after === ".") continue;
      }
      this.value(path12, start);
      return true;
    }
  }
  /** `[n]` (already past the `[`), then any further `[m]` written right after it. */
  indexes(path12) {
    for (; ; ) {
      const start = this.i - 1;
      const { value: digits, last: last2 } = this.until("]", this.kind !== "set-literal");
      if (last2 === void 0 || !INTEGER.test(digits)) throw new SetError(`bad index "${digits}"`);
      const index = Number(digits);
      if (index < 0) throw new SetError(`negative ${index} index not allowed`);
      if (index > MAX_INDEX) throw new SetError(`index of ${index} is greater than ${MAX_INDEX}`);
      path12.push({ index, start, end: this.i });
      if (this.arg.text[this.i] !== "[") return;
      this.i++;
    }
  }
  /** The value after `=`, by kind. */
  value(path12, start) {
    const text = this.arg.text;
    const valueStart = this.i;
    const push = (value2) => {
      this.out.push({ path: path12, value: value2 });
    };
    switch (this.kind) {
      case "set-literal":
        this.i = text.length;
        push({ kind: "string", value: text.slice(valueStart), at: this.at(start, text.length) });
        return;
      case "set-json": {
        if (this.emptyValue()) {
          push({ kind: "nil", at: this.at(start, this.i) });
          return;
        }
        const end = jsonValueEnd(text, this.i);
        const parsed = parseJson(text.slice(this.i, end));
        this.i = end;
        push(jsonValue(parsed, this.at(start, end)));
        this.emptyValue();
        return;
      }
    }
    if (text[this.i] === "{") {
      this.i++;
      const items = [];
      for (; ; ) {
        const itemStart = this.i;
        const { value: value2, last: last3 } = this.until(",}", true);
        if (last3 === void 0) throw new SetError("list must terminate with '}'");
        items.push(this.typed(value2, start, itemStart, this.i - 1));
        if (last3 === "}") {
          if (text[this.i] === ",") this.i++;
          break;
        }
      }
      push({ kind: "list", items, at: this.at(start, this.i) });
      return;
    }
    const { value, last: last2 } = this.until(",", true);
    push(this.typed(value, start, valueStart, last2 === "," ? this.i - 1 : this.i));
  }
  /** A value as typedVal types it (`--set-string`: a string; `--set-file`: the file, unknown here). */
  typed(value, start, valueStart, end) {
    const at = {
      ...this.at(start, end),
      locate: (from, to) => this.arg.locate(valueStart + from, valueStart + to)
    };
    const why = this.placeholder?.(value);
    if (why) return { kind: "unknown", why, at };
    if (this.kind === "set-file") return { kind: "unknown", why: `the content of the file \`${value}\``, at };
    if (this.kind === "set-string") return { kind: "string", value, at };
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "false") return { kind: "bool", value: lower === "true", at };
    if (lower === "null") return { kind: "nil", at };
    if (value === "0") return { kind: "number", value: 0, at };
    if (value !== "" && value[0] !== "0" && INTEGER.test(value)) {
      const number = Number(value);
      if (Number.isSafeInteger(number)) return { kind: "number", value: number, at };
    }
    return { kind: "string", value, at };
  }
  at(from, to) {
    return origin(this.arg, from, to);
  }
  /** Characters up to one of `stops` (consumed, returned as `last`); a backslash escapes the next one. */
  until(stops, escapes) {
    const text = this.arg.text;
    let value = "";
    while (this.i < text.length) {
      const c = text[this.i++];
      if (stops.includes(c)) return { value, last: c };
      if (c === "\\" && escapes) {
        if (this.i >= text.length) return { value, last: void 0 };
        value += text[this.i++];
      } else value += c;
    }
    return { value, last: void 0 };
  }
  /** Blanks up to a `,` or the end (consumed): the value is empty. */
  emptyValue() {
    const text = this.arg.text;
    let j = this.i;
    while (j < text.length && BLANK.test(text[j])) j++;
    if (j >= text.length || text[j] === ",") {
      this.i = Math.min(j + 1, text.length);
      return true;
    }
    this.i = j;
    return false;
  }
};
function setPath(node, path12, depth, leaf, arg, inList = false) {
  const segment = path12[depth];
  if (!segment) return leaf;
  const at = origin(arg, path12[0]?.start ?? 0, segment.end);
  const usable = (kind) => node === void 0 || node.kind === kind || node.kind === "unknown" || inList && node.kind === "nil";
  if ("key" in segment) {
    if (!usable("map")) throw new SetError(`\`${segment.key}\` is under a value that is not a map`);
    const open = node?.kind === "map" ? node.open : node?.kind === "unknown" ? node.why ?? "not known here" : void 0;
    const entries = new Map(node?.kind === "map" ? node.entries : []);
    const child = entries.get(segment.key) ?? (open === void 0 ? void 0 : { kind: "unknown", why: open });
    entries.set(segment.key, setPath(child, path12, depth + 1, leaf, arg));
    const mapAt = node?.kind === "map" && node.at ? node.at : depth === 0 ? void 0 : at;
    return { kind: "map", entries, ...mapAt ? { at: mapAt } : {}, ...open ? { open } : {} };
  }
  if (node?.kind === "unknown") return node;
  if (!usable("list")) throw new SetError("an index of a value that is not a list");
  if (segment.index >= MAX_LIST_ITEMS)
    return { kind: "unknown", why: `a list item beyond ${MAX_LIST_ITEMS}`, at };
  const items = node?.kind === "list" ? [...node.items] : [];
  while (items.length <= segment.index) items.push({ kind: "nil" });
  items[segment.index] = setPath(items[segment.index], path12, depth + 1, leaf, arg, true);
  return { kind: "list", items, at: node?.kind === "list" && node.at ? node.at : at };
}
function mergeJson(base, over) {
  if (over.kind !== "map" || base.kind !== "map") return over;
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const before = entries.get(key);
    entries.set(key, before ? mergeJson(before, value) : value);
  }
  return { ...base, entries };
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new SetError("not JSON");
  }
}
function jsonValue(value, at, depth = 0) {
  if (depth > 256) throw new SetError("JSON nested too deep");
  if (value === null) return { kind: "nil", at };
  if (typeof value === "boolean") return { kind: "bool", value, at };
  if (typeof value === "number") return { kind: "number", value, at };
  if (typeof value === "string") return { kind: "string", value, at };
  if (Array.isArray(value))
    return { kind: "list", items: value.map((item) => jsonValue(item, at, depth + 1)), at };
  const entries = /* @__PURE__ */ new Map();
  for (const [key, item] of Object.entries(value))
    entries.set(key, jsonValue(item, at, depth + 1));
  return { kind: "map", entries, at };
}
function jsonValueEnd(text, start) {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (depth === 0) return i + 1;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) throw new SetError("not JSON");
    } else if (depth === 0 && (c === "," || BLANK.test(c))) return i;
  }
  return i;
}

// src/extract/gitops-argo.ts
var GENERATOR = "an ApplicationSet generator parameter";
var BUILD_ENV = "substituted from Argo CD's build environment";
var argoCdExtractor = {
  id: "argo-cd",
  extract(context, env) {
    if (!context.mayMention("argoproj.io")) return [];
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, "apiVersion")) ?? "";
      const kind = nav.text(nav.get(object, "kind"));
      if (!apiVersion.startsWith("argoproj.io/")) continue;
      const metadata = nav.get(object, "metadata");
      const name = [
        nav.text(nav.get(metadata, "namespace")),
        nav.text(nav.get(metadata, "name")) ?? "(unnamed)"
      ].filter(Boolean).join("/");
      if (kind === "Application") {
        const owner = { name: `Argo CD Application ${name}`, templated: false, reasons: [] };
        appendAll(configs, applicationConfigs(context, env, nav.get(object, "spec"), owner));
      } else if (kind === "ApplicationSet") {
        const spec = nav.get(object, "spec");
        const reasons = nav.get(spec, "templatePatch") === void 0 ? [] : ["the ApplicationSet's `templatePatch` can change what the template says"];
        const owner = { name: `Argo CD ApplicationSet ${name}`, templated: true, reasons };
        appendAll(configs, applicationConfigs(context, env, nav.path(spec, ["template", "spec"]), owner));
      }
    }
    return configs;
  }
};
function applicationConfigs(context, env, spec, owner) {
  const { nav } = context;
  if (!spec || nav.get(spec, "sourceHydrator") !== void 0) return [];
  const multiple = nav.items(nav.get(spec, "sources"));
  const sources = multiple.length > 0 ? multiple : [nav.get(spec, "source")].filter((s) => !!s);
  const refs = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const ref = nav.text(nav.get(source, "ref"));
    if (ref) refs.set(ref, nav.text(nav.get(source, "repoURL")) ?? "");
  }
  const configs = [];
  sources.forEach((source, i) => {
    const chart = sourceChart(context, env, source, owner);
    if (!chart) return;
    const name = multiple.length > 1 ? `${owner.name} (source ${i + 1})` : owner.name;
    const release = sourceRelease(context, env, source, chart, { ...owner, name }, refs);
    if (release) appendAll(configs, releaseConfigs(release, env));
  });
  return configs;
}
function sourceChart(context, env, source, owner) {
  const { nav } = context;
  const field2 = (key) => {
    const pair = nav.pair(source, key);
    const value = pair ? nav.resolve(pair.value) : void 0;
    const text = nav.text(value);
    if (!pair || !value || text === void 0 || context.isTemplated(value)) return void 0;
    if (owner.templated && text.includes("{{")) return void 0;
    return { text: text.trim(), span: context.pairSpan(pair) };
  };
  if (nav.get(source, "plugin") !== void 0) return void 0;
  const repoURL = field2("repoURL");
  const chart = field2("chart");
  const version = field2("targetRevision")?.text;
  const path12 = field2("path");
  const bitnami = (anchor) => ({
    chart: { kind: "bitnami-etcd", ...version ? { version } : {} },
    anchor
  });
  if (nav.get(source, "chart") !== void 0) {
    return chart && chart.text === "etcd" && isBitnamiRepository(repoURL?.text) ? bitnami(chart.span) : void 0;
  }
  if (!repoURL) return void 0;
  if (repoURL.text.startsWith("oci://") && isBitnamiEtcdReference(repoURL.text))
    return !path12 || path12.text === "." || path12.text === "" ? bitnami(repoURL.span) : void 0;
  if (!path12) return void 0;
  if (isBitnamiEtcdInGit(repoURL.text, path12.text)) return bitnami(path12.span);
  const dir = repositoryPath("", path12.text);
  if (dir === void 0 || !isChartDirectory(env, dir)) return void 0;
  return { chart: { kind: "directory", dir }, anchor: path12.span };
}
function sourceRelease(context, env, source, chart, owner, refs) {
  const { nav } = context;
  const helm = nav.get(source, "helm");
  const related = [];
  const options = owner.templated ? { placeholder: (value) => value.includes("{{") ? GENERATOR : void 0 } : {};
  let values = NO_VALUES;
  const ignoreMissing = yamlTrue(nav.text(nav.get(helm, "ignoreMissingValueFiles")));
  for (const entry of nav.items(nav.get(helm, "valueFiles"))) {
    const layer = valueFile(context, env, entry, chart.chart, refs, owner, ignoreMissing);
    if (!layer) continue;
    if (layer.file)
      related.push({
        file: context.fileRef,
        span: context.nodeSpan(entry),
        message: `${owner.name} applies this values file`
      });
    values = mergeValues(values, layer.values);
  }
  const objectPair = nav.pair(helm, "valuesObject");
  const object = objectPair ? nav.resolve(objectPair.value) : void 0;
  const stringNode = nav.get(helm, "values");
  const where2 = `the values of ${owner.name}`;
  if (object && nav.map(object)) values = mergeValues(values, yamlValues(context, object, options));
  else if (stringNode) {
    const layer = stringValues(context, stringNode, where2, options);
    if (!layer) {
      notUnderstood(env, context, chart.anchor, `the values of ${owner.name} do not parse as a YAML map`);
      return void 0;
    }
    values = mergeValues(values, layer);
  }
  try {
    values = parameters(context, helm, values, owner);
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, chart.anchor, `Helm refuses a parameter of ${owner.name}: ${error.message}`);
    return void 0;
  }
  return {
    name: owner.name,
    file: context.fileRef,
    chart: chart.chart,
    anchor: chart.anchor,
    values,
    reasons: owner.reasons,
    related
  };
}
function valueFile(context, env, entry, chart, refs, owner, ignoreMissing) {
  const text = context.nav.text(entry)?.trim();
  const unknown = (why) => ({ values: { kind: "unknown", why } });
  if (!text || context.isTemplated(entry) || owner.templated && text.includes("{{"))
    return unknown(`a values file named by ${owner.templated ? GENERATOR : "a template expression"}`);
  if (isRemoteUrl(text)) return unknown(`\`${text}\`, fetched at run time`);
  if (["*", "?", "["].some((c) => text.includes(c)))
    return unknown(`the values files \`${text}\` matches when Argo CD runs`);
  let relPath;
  if (text.startsWith("$")) {
    const ref = text.slice(1).split("/", 1)[0] ?? "";
    if (!refs.has(ref)) return unknown(`\`${text}\`, whose source \`${ref}\` is not declared`);
    relPath = repositoryPath("", text.slice(ref.length + 2));
  } else if (chart.kind === "directory") relPath = repositoryPath(chart.dir, text);
  else return unknown(`\`${text}\` of the chart's package`);
  if (relPath === void 0) return unknown(`\`${text}\`, outside the repository`);
  const values = valuesFileLayer(env, relPath);
  if (values.kind === "unknown" && ignoreMissing && env.index.documentsIn(relPath).length === 0)
    return void 0;
  const file = env.index.documentsIn(relPath)[0]?.fileRef;
  return { values, ...file ? { file } : {} };
}
function parameters(context, helm, base, owner) {
  const { nav } = context;
  const byName = /* @__PURE__ */ new Map();
  for (const item of nav.items(nav.get(helm, "parameters"))) {
    const name = nav.text(nav.get(item, "name"));
    if (name === void 0) continue;
    const forced = yamlTrue(nav.text(nav.get(item, "forceString")));
    byName.delete(name);
    byName.set(name, { item, kind: forced ? "set-string" : "set" });
  }
  let values = base;
  const kinds = ["set", "set-string"];
  for (const kind of kinds)
    for (const [name, entry] of byName) {
      if (entry.kind === kind) values = parameter(context, values, entry.item, name, "value", kind, owner);
    }
  for (const item of nav.items(nav.get(helm, "fileParameters"))) {
    const name = nav.text(nav.get(item, "name"));
    if (name !== void 0) values = parameter(context, values, item, name, "path", "set-file", owner);
  }
  return values;
}
function parameter(context, base, item, name, valueKey, kind, owner) {
  const { nav } = context;
  const namePair = nav.pair(item, "name");
  const valuePair = nav.pair(item, valueKey);
  const valueNode = valuePair ? nav.resolve(valuePair.value) : void 0;
  const raw = nav.text(valueNode) ?? "";
  const value = raw.startsWith("{") && raw.endsWith("}") ? raw : escapeCommas(raw);
  const nameSpan = namePair ? context.pairSpan(namePair) : context.nodeSpan(item);
  const valueSpan = valuePair ? context.pairSpan(valuePair) : nameSpan;
  const text = `${name}=${value}`;
  const templated = (node) => node !== void 0 && context.isTemplated(node);
  const placeholder = templated(valueNode) || templated(namePair?.value) ? "a template expression" : owner.templated && (raw.includes("{{") || name.includes("{{")) ? GENERATOR : kind !== "set-file" && raw.includes("$") ? BUILD_ENV : void 0;
  return applySet(
    base,
    {
      text,
      file: context.fileRef,
      // The assignment is reported at its value, its keys at the name.
      locate: (_from, to) => to > name.length + 1 ? valueSpan : nameSpan,
      fallback: nameSpan
    },
    kind,
    placeholder ? () => placeholder : void 0
  );
}
function escapeCommas(value) {
  let out = "";
  for (let i = 0; i < value.length; i++) out += value[i] === "," && value[i - 1] !== "\\" ? "\\," : value[i];
  return out;
}
function notUnderstood(env, context, span, message) {
  env.notify({
    level: "note",
    id: "release-not-analysed",
    message: `not analysed: ${message}`,
    file: context.fileRef,
    span
  });
}

// src/extract/gitops-k3s.ts
var API_GROUP = "helm.cattle.io/";
var k3sHelmChartExtractor = {
  id: "k3s-helmchart",
  extract(context, env) {
    if (!context.mayMention(API_GROUP)) return [];
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, "kind")) !== "HelmChart") continue;
      if (!(nav.text(nav.get(object, "apiVersion")) ?? "").startsWith(API_GROUP)) continue;
      const release = helmChartRelease(context, env, object);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  }
};
function helmChartRelease(context, env, object) {
  const { nav } = context;
  const metadata = nav.get(object, "metadata");
  const namespace = nav.text(nav.get(metadata, "namespace"));
  const objectName2 = nav.text(nav.get(metadata, "name"));
  const name = `HelmChart ${[namespace, objectName2 ?? "(unnamed)"].filter(Boolean).join("/")}`;
  const spec = nav.get(object, "spec");
  const found = chartOf(context, spec);
  if (!found) return void 0;
  const related = [];
  const refuse = (owner) => {
    notUnderstood(
      env,
      context,
      found.anchor,
      `the \`valuesContent\` of ${owner} does not parse as a YAML map`
    );
    return void 0;
  };
  let values = valuesOf(context, spec, name);
  if (!values) return refuse(name);
  const config = objectName2 ? chartConfig(env, objectName2, namespace, context.fileRef.relPath) : void 0;
  if (config) {
    const configName = `HelmChartConfig ${[namespace, objectName2].filter(Boolean).join("/")}`;
    const layer = valuesOf(config.context, config.context.nav.get(config.object, "spec"), configName);
    if (!layer) return refuse(configName);
    values = mergeValues(values, layer);
    related.push({
      file: config.context.fileRef,
      span: config.context.nodeSpan(config.object),
      message: `${configName} adds its values to ${name}`
    });
  }
  try {
    values = setValues(context, nav.get(spec, "set"), values);
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, found.anchor, `Helm refuses a \`set\` entry of ${name}: ${error.message}`);
    return void 0;
  }
  return {
    name,
    file: context.fileRef,
    chart: found.chart,
    anchor: found.anchor,
    values,
    reasons: [],
    related
  };
}
function chartOf(context, spec) {
  const { nav } = context;
  if (nav.text(nav.get(spec, "chartContent"))) return void 0;
  const chartPair = nav.pair(spec, "chart");
  const chartNode = chartPair ? nav.resolve(chartPair.value) : void 0;
  const chart = nav.text(chartNode)?.trim();
  if (!chartNode || !chart || context.isTemplated(chartNode)) return void 0;
  const repo = nav.text(nav.get(spec, "repo"))?.trim();
  const bitnami = repo ? chart === "etcd" && isBitnamiRepository(repo) : isBitnamiEtcdReference(chart);
  if (!bitnami) return void 0;
  const version = nav.text(nav.get(spec, "version"))?.trim();
  return {
    chart: { kind: "bitnami-etcd", ...version ? { version } : {} },
    anchor: context.nodeSpan(chartNode)
  };
}
function valuesOf(context, spec, owner) {
  const { nav } = context;
  let values = NO_VALUES;
  const content = nav.get(spec, "valuesContent");
  if (content) {
    const layer = stringValues(context, content, `the valuesContent of ${owner}`);
    if (!layer) return void 0;
    values = mergeValues(values, layer);
  }
  const structured = nav.get(spec, "values");
  if (structured && nav.map(structured)) values = mergeValues(values, yamlValues(context, structured));
  if (nav.items(nav.get(spec, "valuesSecrets")).length > 0)
    values = mergeValues(values, {
      kind: "unknown",
      why: `the \`valuesSecrets\` of ${owner} (Secrets are not read)`
    });
  return values;
}
function chartConfig(env, name, namespace, nearPath) {
  const entry = env.index.object("HelmChartConfig", name, namespace, nearPath);
  if (!entry) return void 0;
  const apiVersion = entry.context.nav.text(entry.context.nav.get(entry.object, "apiVersion")) ?? "";
  return apiVersion.startsWith(API_GROUP) ? { context: entry.context, object: entry.object } : void 0;
}
function setValues(context, set, base) {
  const { nav } = context;
  const entries = nav.pairs(set).map((pair) => ({ pair, key: nav.text(pair.key) ?? "" })).filter(({ key }) => key !== "").sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  let values = base;
  const kinds = ["set", "set-string"];
  for (const kind of kinds)
    for (const { pair, key } of entries) {
      const valueNode = nav.resolve(pair.value);
      const raw = nav.text(valueNode) ?? "";
      const typed = /^-?\d+$/.test(raw) || ["true", "false", "null"].includes(raw.toLowerCase());
      if (kind === "set" !== typed) continue;
      const value = typed ? raw : escapeCommas2(raw);
      const keySpan3 = context.nodeSpan(pair.key);
      const valueSpan = context.pairSpan(pair);
      const templated = valueNode !== void 0 && context.isTemplated(valueNode);
      values = applySet(
        values,
        {
          text: `${key}=${value}`,
          file: context.fileRef,
          // The assignment is reported at the whole `key: value`, its keys at the key.
          locate: (_from, to) => to > key.length + 1 ? valueSpan : keySpan3,
          fallback: keySpan3
        },
        kind,
        templated ? () => "a template expression" : void 0
      );
    }
  return values;
}
function escapeCommas2(value) {
  let out = "";
  let slashes = 0;
  for (const c of value) {
    if (c === "," && slashes % 2 === 0) out += "\\";
    slashes = c === "\\" ? slashes + 1 : 0;
    out += c;
  }
  return out;
}

// src/extract/container-env.ts
function envSourcesOf(context, container) {
  const { nav } = context;
  const envFrom = nav.items(nav.get(container, "envFrom")).map((node) => ({ context, node }));
  const env = [];
  for (const entry of nav.items(nav.get(container, "env"))) {
    const pair = nav.pair(entry, "name");
    const name = nav.text(pair?.value);
    if (!pair || !name) continue;
    const value = nav.get(entry, "value");
    const valueFrom = nav.get(entry, "valueFrom");
    env.push({
      name,
      at: { context, pair },
      ...value ? { value: { context, node: value } } : {},
      ...valueFrom ? { valueFrom: { context, node: valueFrom } } : {}
    });
  }
  return { envFrom, env };
}
function containerEtcdEnv(context, object, container, env) {
  return etcdEnvOf(object, envSourcesOf(context, container), env, context.fileRef);
}
function etcdEnvOf(object, sources, env, own) {
  const open = [];
  const settings = [
    ...envFromSettings(object, sources.envFrom, env, own, open),
    ...envSettings(object, sources.env, env, own, open)
  ];
  return { settings, open };
}
function envFromSettings(object, envFrom, env, own, open) {
  const settings = [];
  const sources = envFrom.flatMap(({ context, node: source }) => {
    const { nav } = context;
    const name = nav.text(nav.get(nav.get(source, "configMapRef"), "name"));
    const configMap = name ? env.index.configMap(name, object.namespace, own.relPath) : void 0;
    if (!configMap) {
      const secret = nav.text(nav.get(nav.get(source, "secretRef"), "name"));
      open.push(
        name ? `envFrom reads ConfigMap ${name}, which is not in the scan` : `envFrom reads ${secret ? `Secret ${secret}` : "a source"} whose values are not in the files`
      );
      return [];
    }
    return [{ configMap, prefix: nav.text(nav.get(source, "prefix")) ?? "" }];
  });
  const lastIndex = /* @__PURE__ */ new Map();
  sources.forEach(({ configMap, prefix }, i) => {
    lastIndex.set(`${configMap.namespace ?? ""}/${configMap.name}\0${prefix}`, i);
  });
  for (const [i, { configMap, prefix }] of sources.entries()) {
    if (lastIndex.get(`${configMap.namespace ?? ""}/${configMap.name}\0${prefix}`) !== i) continue;
    settings.push(...configMapSettings(configMap, prefix));
  }
  return settings;
}
var envFromCache = /* @__PURE__ */ new WeakMap();
function configMapSettings(configMap, prefix) {
  const byPrefix = envFromCache.get(configMap) ?? /* @__PURE__ */ new Map();
  envFromCache.set(configMap, byPrefix);
  const cached = byPrefix.get(prefix);
  if (cached) return cached;
  const cm = configMap.context;
  const kept = [];
  const seen = /* @__PURE__ */ new Set();
  const pairs = cm.nav.pairs(configMap.data);
  const from = {
    kind: "configmap",
    name: configMap.name,
    ...configMap.namespace ? { namespace: configMap.namespace } : {},
    via: "envFrom"
  };
  for (let j = pairs.length - 1; j >= 0; j--) {
    const pair = pairs[j];
    const key = `${prefix}${cm.nav.keyText(pair) ?? ""}`;
    const value = cm.nav.text(pair.value);
    if (value === void 0 || seen.has(key) || !flagOfEnv(key)) continue;
    seen.add(key);
    const setting = envVariable(key, value, cm.pairSpan(pair), from, scalarValue(cm, pair.value));
    if (setting) kept.push({ ...setting, file: cm.fileRef });
  }
  kept.reverse();
  byPrefix.set(prefix, kept);
  return kept;
}
function envSettings(object, entries, env, own, open) {
  const settings = [];
  for (const entry of entries) {
    const { name } = entry;
    if (!flagOfEnv(name)) continue;
    const { context } = entry.at;
    const inFile = (setting2, file) => file.absPath === own.absPath ? setting2 : { ...setting2, file };
    if (entry.value && entry.valueFrom) {
      open.push(`${name} has both value and valueFrom, which Kubernetes refuses`);
      continue;
    }
    if (!entry.valueFrom) {
      const value2 = entry.value ? entry.value.context.nav.text(entry.value.node) ?? "" : "";
      const where2 = entry.value && entry.value.context === context ? scalarValue(context, entry.value.node) : {};
      const setting2 = envVariable(name, value2, context.pairSpan(entry.at.pair), { kind: "container" }, where2);
      const templated = entry.value?.context.isTemplated(entry.value.node) === true;
      if (setting2)
        settings.push(inFile(templated ? { ...setting2, valueUnknown: true } : setting2, context.fileRef));
      continue;
    }
    const { nav } = entry.valueFrom.context;
    const ref = nav.get(entry.valueFrom.node, "configMapKeyRef");
    const cmName = nav.text(nav.get(ref, "name"));
    const key = nav.text(nav.get(ref, "key"));
    const configMap = cmName ? env.index.configMap(cmName, object.namespace, own.relPath) : void 0;
    const pair = configMap && key ? env.index.configMapKey(configMap, key) : void 0;
    const value = pair ? configMap?.context.nav.text(pair.value) : void 0;
    if (!configMap || !pair || value === void 0) {
      open.push(`${name} comes from valueFrom, whose value is not in the files`);
      continue;
    }
    const setting = envVariable(
      name,
      value,
      configMap.context.pairSpan(pair),
      {
        kind: "configmap",
        name: configMap.name,
        ...configMap.namespace ? { namespace: configMap.namespace } : {},
        key: key ?? "",
        via: "valueFrom"
      },
      scalarValue(configMap.context, pair.value)
    );
    if (setting) settings.push({ ...setting, file: configMap.context.fileRef });
  }
  return settings;
}

// src/extract/kustomize-targets.ts
import path7 from "node:path";
var CACHE = /* @__PURE__ */ new WeakMap();
function patchedBy(index, kind, name, relPath) {
  let targets = CACHE.get(index);
  if (!targets) {
    targets = collect(index);
    CACHE.set(index, targets);
  }
  for (const rule of targets.rules) {
    if (rule.kind !== void 0 && rule.kind !== kind) continue;
    if (rule.name !== void 0 && !(rule.pattern ? mayMatch(rule.name, name) : rule.name === name)) continue;
    return `${rule.kustomization} patches this ${kind}, so its manifest does not show everything etcd gets`;
  }
  for (const { kustomization, prefix } of targets.unknownUnder) {
    if (relPath === prefix || relPath.startsWith(`${prefix}/`) || prefix === ".")
      return `${kustomization} applies a patch that is not among the scanned files, which may change this ${kind}`;
  }
  return void 0;
}
function mayMatch(pattern, name) {
  for (const c of pattern) if (".*+?()[]{}|^$\\".includes(c)) return true;
  return pattern === name;
}
function collect(index) {
  const out = { rules: [], unknownUnder: [] };
  const kustomizations = index.yamlDocuments.filter(isKustomization);
  for (const file of index.textFiles) {
    if (path7.posix.basename(file.file.relPath) !== "Kustomization") continue;
    const loaded = parseYaml(file.file, file.text).loaded;
    if (loaded?.kind === "yaml")
      for (const doc of loaded.documents) kustomizations.push(new YamlContext(loaded, doc));
  }
  for (const context of kustomizations) addKustomization(index, context, out);
  return out;
}
function isKustomization(context) {
  const { nav } = context;
  if (context.embedded || !nav.map(context.root)) return false;
  const kind = nav.text(nav.get(context.root, "kind"));
  if (kind === void 0) return isKustomizationName(context.fileRef.relPath);
  return kind === "Kustomization" || kind === "Component";
}
function addKustomization(index, context, out) {
  const { nav } = context;
  const root = context.root;
  const where2 = context.fileRef.relPath;
  const directory = path7.posix.dirname(where2);
  let unknown = false;
  const bySelector = (selector, pattern) => {
    const kind = nav.text(nav.get(selector, "kind"));
    const name = nav.text(nav.get(selector, "name"));
    out.rules.push({ kustomization: where2, ...kind ? { kind } : {}, ...name ? { name } : {}, pattern });
  };
  const byDocuments = (docs) => {
    const objects = docs.filter((doc) => nav.map(doc.root) !== void 0);
    if (objects.length === 0) unknown = true;
    for (const doc of objects) {
      const kind = doc.nav.text(doc.nav.get(doc.root, "kind"));
      const name = doc.nav.text(doc.nav.path(doc.root, ["metadata", "name"]));
      if (!kind || !name) unknown = true;
      else out.rules.push({ kustomization: where2, kind, name, pattern: false });
    }
  };
  const patchDocs = (entry) => {
    const file = nav.text(nav.get(entry, "path")) ?? (nav.map(entry) ? void 0 : nav.text(entry));
    if (file !== void 0 && !file.includes("\n")) {
      if (path7.posix.isAbsolute(file) || file.includes("://")) return [];
      return [...index.documentsIn(path7.posix.normalize(path7.posix.join(directory, file)))];
    }
    const inline = nav.text(nav.get(entry, "patch")) ?? (file?.includes("\n") ? file : void 0);
    if (!inline) return [];
    const docs = [];
    for (const doc of parseEmbeddedDocuments(inline)) docs.push(new YamlContext(context.file, doc));
    return docs;
  };
  for (const entry of nav.items(nav.get(root, "patches"))) {
    const target = nav.get(entry, "target");
    if (target) bySelector(target, true);
    else byDocuments(patchDocs(entry));
  }
  for (const entry of nav.items(nav.get(root, "patchesJson6902")))
    bySelector(nav.get(entry, "target"), false);
  for (const entry of nav.items(nav.get(root, "patchesStrategicMerge"))) byDocuments(patchDocs(entry));
  for (const replacement2 of nav.items(nav.get(root, "replacements"))) {
    const targets = nav.items(nav.get(replacement2, "targets"));
    if (targets.length === 0) unknown = true;
    for (const target of targets) bySelector(nav.get(target, "select"), true);
  }
  if (!unknown) return;
  for (const resource of [...nav.items(nav.get(root, "resources")), ...nav.items(nav.get(root, "bases"))]) {
    const ref = nav.text(resource);
    if (!ref || ref.includes("://") || path7.posix.isAbsolute(ref)) continue;
    out.unknownUnder.push({
      kustomization: where2,
      prefix: path7.posix.normalize(path7.posix.join(directory, ref))
    });
  }
}

// src/extract/pod-spec.ts
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
var podSpecExtractor = {
  id: "pod-spec",
  extract(context, extractEnv) {
    const configs = [];
    const analysed = /* @__PURE__ */ new Set();
    const ids = /* @__PURE__ */ new Map();
    for (const object of podSpecObjects(context)) {
      for (const list of CONTAINER_LISTS) {
        for (const container of context.nav.items(context.nav.get(object.podSpec, list))) {
          if (!ids.has(container)) ids.set(container, ids.size);
          const key = `${ids.get(container)}\0${object.namespace ?? ""}`;
          if (analysed.has(key)) continue;
          analysed.add(key);
          const processes = containerProcesses(context, container);
          if (processes.length === 0) continue;
          const env = containerEtcdEnv(context, object, container, extractEnv);
          const launcher = containerLauncher(context, object, container);
          const patched = patchedBy(extractEnv.index, object.kind, object.name, context.fileRef.relPath);
          const open = [
            ...env.open,
            ...context.file.template ? ["the manifest is a template"] : [],
            ...patched ? [patched] : []
          ];
          for (const process2 of processes) {
            const image = process2.bitnami ? bitnamiEnvironment(
              env.settings,
              containerVariables(context, container),
              podConfigMounted(context, object.podSpec, container),
              process2.bitnami.run,
              process2.span
            ) : void 0;
            const reasons = [...process2.open, ...open, ...image?.open ?? []];
            configs.push({
              file: context.fileRef,
              launcher: process2.imageProgram ? { ...launcher, imageProgram: process2.imageProgram } : launcher,
              span: process2.span,
              kind: "process",
              completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
              flags: process2.flags,
              env: image?.env ?? env.settings,
              ...image?.configFile ? { configFile: image.configFile } : {},
              implied: image?.implied ?? [],
              startupProblems: process2.startupProblems
            });
          }
        }
      }
    }
    return configs;
  }
};
function containerLauncher(context, object, container) {
  const { nav } = context;
  return {
    kind: "container",
    objectKind: object.kind,
    objectName: object.name,
    ...object.namespace ? { namespace: object.namespace } : {},
    container: nav.text(nav.get(container, "name")) ?? "(unnamed)"
  };
}
function containerProcesses(context, container) {
  const { nav } = context;
  const env = containerEnv(context, container);
  const items = (key) => nav.items(nav.get(container, key)).map((node) => expandItem(nav.text(node), node, env)).map((item) => item && context.isTemplated(item.node) ? { ...item, opaque: true } : item).filter((item) => item !== void 0);
  const command = items("command");
  const args = items("args");
  const argv = [...command, ...args];
  const image = containerImage(context, container);
  const program = containerProgram(image?.value, {
    runtime: "kubernetes",
    entrypoint: command.map((item) => item.value),
    cmd: args.map((item) => item.value)
  });
  const toWord = (item) => ({
    value: item.value,
    opaque: item.opaque,
    span: context.nodeSpan(item.node),
    ...locator(context, item, 0)
  });
  if (program.kind === "none") return [];
  if (program.kind === "etcd") {
    const words = argv.slice(program.flagsFrom).map(toWord);
    const written = program.at === void 0 ? void 0 : argv[program.at];
    const anchor = written?.node ?? image?.node;
    if (!anchor) return [];
    const phrase = image ? imageProgramPhrase(program, image.value) : void 0;
    return [
      {
        span: context.nodeSpan(anchor),
        ...parseEtcdArgv(words, false),
        open: [...program.open, ...opaqueWords(words)],
        ...phrase ? { imageProgram: phrase } : {},
        ...program.bitnami ? { bitnami: program.bitnami } : {}
      }
    ];
  }
  const rest = argv.slice(program.index);
  const first = rest[0];
  if (!first) return [];
  if (isEtcdProgram(first.value)) {
    if (isEtcdSubcommand(rest[1]?.value)) return [];
    const words = rest.slice(1).map(toWord);
    return [
      {
        span: context.nodeSpan(first.node),
        ...parseEtcdArgv(words, false),
        open: [...program.open, ...opaqueWords(words)],
        ...program.bitnami ? { bitnami: program.bitnami } : {}
      }
    ];
  }
  const scriptIndex = shellScriptIndex(rest.map((item) => item.value));
  const script = scriptIndex === void 0 ? void 0 : rest[scriptIndex];
  if (!script) return [];
  return findEtcdInvocations(script.value).map((invocation) => {
    const words = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaque,
      span: context.valueSpan(script.node, word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...script.value.slice(word.start, word.end) === word.value ? locator(context, script, word.start) : {}
    }));
    return {
      span: context.valueSpan(script.node, invocation.program.start, invocation.program.end),
      ...parseEtcdArgv(words, true),
      open: [...program.open, ...opaqueWords(words)],
      ...program.bitnami ? { bitnami: program.bitnami } : {}
    };
  });
}
function locator(context, item, offset) {
  if (item.value !== context.nav.text(item.node)) return {};
  return { locate: (from, to) => context.valueSpan(item.node, offset + from, offset + to) };
}
function containerImage(context, container) {
  const node = context.nav.get(container, "image");
  const value = context.nav.text(node);
  if (!node || value === void 0 || context.isTemplated(node)) return void 0;
  return { value, node };
}
function containerEnv(context, container) {
  const { nav } = context;
  const env = { literal: /* @__PURE__ */ new Map(), unknown: /* @__PURE__ */ new Set(), hasEnvFrom: false };
  for (const entry of nav.items(nav.get(container, "env"))) {
    const name = nav.text(nav.get(entry, "name"));
    if (!name) continue;
    const value = nav.text(nav.get(entry, "value"));
    if (value !== void 0 && !nav.get(entry, "valueFrom")) {
      env.literal.set(name, value);
      env.unknown.delete(name);
    } else {
      env.unknown.add(name);
      env.literal.delete(name);
    }
  }
  env.hasEnvFrom = nav.items(nav.get(container, "envFrom")).length > 0;
  return env;
}
function expandItem(value, node, env) {
  if (value === void 0) return void 0;
  if (!value.includes("$")) return { value, node, opaque: false };
  let opaque = false;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "$" && value[i + 1] === "$") {
      out += "$";
      i++;
      continue;
    }
    if (c === "$" && value[i + 1] === "(") {
      const close = value.indexOf(")", i + 2);
      const name = close < 0 ? "" : value.slice(i + 2, close);
      if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
        const known = env.literal.get(name);
        if (known !== void 0) {
          out += known;
          i = close;
          continue;
        }
        if (env.unknown.has(name) || env.hasEnvFrom) opaque = true;
      }
    }
    out += c;
  }
  return { value: out, node, opaque };
}

// src/extract/docker-run.ts
var ENGINES = /* @__PURE__ */ new Set(["docker", "podman", "nerdctl"]);
var BOOLEAN_LONG = /* @__PURE__ */ new Set([
  "--detach",
  "--interactive",
  "--tty",
  "--rm",
  "--privileged",
  "--init",
  "--publish-all",
  "--read-only",
  "--oom-kill-disable",
  "--no-healthcheck",
  "--disable-content-trust",
  "--help",
  "--quiet",
  "--sig-proxy",
  "--replace",
  "--rmi",
  "--read-only-tmpfs",
  "--env-host",
  "--http-proxy",
  "--tls-verify",
  "--no-hosts",
  "--passwd",
  "--rootfs"
]);
var BOOLEAN_SHORT = /* @__PURE__ */ new Set(["d", "i", "t", "P", "q"]);
function readDockerRun(words) {
  if (!ENGINES.has(basename4(words[0]?.value ?? ""))) return void 0;
  let i = 1;
  while (i < words.length && words[i].value.startsWith("-")) {
    const v = words[i].value;
    i += v.includes("=") || v === "--remote" || v === "--debug" || v === "-D" ? 1 : 2;
  }
  if (words[i]?.value === "container") i++;
  const sub = words[i]?.value;
  if (sub !== "run" && sub !== "create") return void 0;
  const run = { image: -1, command: -1, env: [], envFiles: [] };
  for (i++; i < words.length; i++) {
    const word = words[i];
    const v = word.value;
    const eq = v.indexOf("=");
    const name = eq < 0 ? v : v.slice(0, eq);
    if (word.opaque && v.startsWith("-") && (eq < 0 || name.includes("$") || name.includes("`")))
      return void 0;
    if (v === "--") {
      i++;
      break;
    }
    if (!v.startsWith("-") || v === "-") break;
    const taken = option(words, i, run);
    if (taken === void 0) return void 0;
    i = taken;
  }
  const image = words[i];
  if (!image || image.opaque && !image.value.includes(":") && !image.value.includes("/")) return void 0;
  run.image = i;
  run.command = i + 1;
  return run;
}
function option(words, i, run) {
  const v = words[i].value;
  if (v.startsWith("--")) {
    const eq = v.indexOf("=");
    const name = eq < 0 ? v : v.slice(0, eq);
    if (BOOLEAN_LONG.has(name)) return i;
    const valueIndex = eq < 0 ? i + 1 : i;
    const value = eq < 0 ? words[i + 1]?.value : v.slice(eq + 1);
    if (value === void 0) return void 0;
    record(run, name, value, valueIndex, eq < 0 ? 0 : eq + 1);
    return valueIndex;
  }
  for (let k = 1; k < v.length; k++) {
    const letter = v[k];
    if (BOOLEAN_SHORT.has(letter)) continue;
    const attached = v.slice(k + 1);
    const value = attached !== "" ? attached : words[i + 1]?.value;
    if (value === void 0) return void 0;
    const valueIndex = attached !== "" ? i : i + 1;
    record(run, `-${letter}`, value, valueIndex, attached !== "" ? k + 1 : 0);
    return valueIndex;
  }
  return i;
}
function record(run, name, value, index, offset) {
  if (name === "-e" || name === "--env") run.env.push({ text: value, index, offset });
  else if (name === "--env-file") run.envFiles.push(value);
  else if (name === "--entrypoint") run.entrypoint = { value, index };
}
function readDockerEnvFile(text) {
  const lines = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    let from = start;
    while (from < end && (text[from] === " " || text[from] === "	")) from++;
    const stop = end > from && text[end - 1] === "\r" ? end - 1 : end;
    const eq = text.indexOf("=", from);
    if (from < stop && text[from] !== "#" && eq >= 0 && eq < stop) {
      lines.push({ key: text.slice(from, eq), value: text.slice(eq + 1, stop), start: from, end: stop });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}
function basename4(path12) {
  return path12.slice(path12.lastIndexOf("/") + 1);
}

// src/extract/systemd.ts
var BLANKS = " 	\n\r";
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var DROP_IN = /^(.*\.service)\.d\/[^/]+\.conf$/;
var systemdExtractor = {
  id: "systemd",
  extract(file, env) {
    const path12 = file.formPath;
    const dropIn = DROP_IN.exec(path12);
    if (dropIn) {
      const unitPath = dropIn[1];
      if (env.index.textFiles.some((other) => other.formPath === unitPath)) return [];
      const sources2 = [{ file, label: `the drop-in ${dropInName(file.file.relPath)}` }];
      return unitConfigs(file, sources2, unitName(basename5(unitPath)), env, true);
    }
    if (!path12.endsWith(".service")) return [];
    const dropIns = env.index.textFiles.filter((other) => DROP_IN.exec(other.formPath)?.[1] === path12).sort((a, b) => compareText(basename5(a.formPath), basename5(b.formPath)));
    const sources = [
      { file, label: "the unit" },
      ...dropIns.map((other) => ({ file: other, label: `the drop-in ${dropInName(other.file.relPath)}` }))
    ];
    return unitConfigs(file, sources, unitName(basename5(path12)), env, false);
  }
};
function unitConfigs(unitFile, sources, name, env, dropInAlone) {
  const state = readUnit(sources, name);
  const { settings, variables, open } = unitEnvironment(state, unitFile, env);
  const launcher = { kind: "systemd", unit: unitFile.file.relPath };
  const oneshot = state.type === "oneshot";
  const commands = oneshot ? state.commands : state.commands.slice(-1);
  const configs = [];
  const unitOpen = dropInAlone ? ["the unit this drop-in belongs to is not in the scan"] : [];
  for (const command of commands) {
    for (const invocation of etcdInvocations(command, variables)) {
      const flags = command.file === unitFile ? invocation.flags : invocation.flags.map((flag) => ({ ...flag, file: command.file.file }));
      const startupProblems = [...invocation.startupProblems];
      if (!oneshot && state.commands.length > 1) startupProblems.push(severalCommands(command));
      const reasons = [...unitOpen, ...open, ...opaqueWords(invocation.words)];
      configs.push({
        file: unitFile.file,
        launcher,
        span: invocation.span,
        kind: dropInAlone ? "fragment" : "process",
        completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
        flags,
        env: invocation.containerEnv ?? settings,
        implied: [],
        startupProblems
      });
    }
  }
  const first = settings[0];
  if (dropInAlone && state.commands.length === 0 && name.prefix === "etcd" && first) {
    configs.push({
      file: unitFile.file,
      launcher,
      span: first.span,
      kind: "fragment",
      completeness: { complete: false, reasons: unitOpen },
      flags: [],
      env: settings,
      implied: [],
      startupProblems: []
    });
  }
  if (configs.length > 0) for (const stray of state.strays) notifyStray(stray, env);
  return configs;
}
function unitCommandLines(file, env) {
  const relPath = file.file.relPath;
  const dropIns = env.index.textFiles.filter((other) => DROP_IN.exec(other.file.relPath)?.[1] === relPath).sort((a, b) => compareText(basename5(a.file.relPath), basename5(b.file.relPath)));
  const sources = [
    { file, label: "the unit" },
    ...dropIns.map((other) => ({ file: other, label: `the drop-in ${dropInName(other.file.relPath)}` }))
  ];
  const state = readUnit(sources, unitName(basename5(relPath)));
  if (state.commands.length === 0) return [];
  const { variables, open } = unitEnvironment(state, file, env);
  const commands = state.type === "oneshot" ? state.commands : state.commands.slice(-1);
  return commands.map((command) => {
    const [first, ...rest] = command.words;
    if (!first) return { argv: [], open };
    let skip = 0;
    while (skip < first.value.text.length && "-@:+!".includes(first.value.text[skip])) skip++;
    const prefixes = first.value.text.slice(0, skip);
    const expand = (word) => prefixes.includes(":") ? [{ value: word.value, start: word.start, end: word.end, opaque: false }] : expandVariables(word, variables);
    const program = expand({ ...first, start: first.start + skip, value: sliceMapped(first.value, skip) });
    const args = (prefixes.includes("@") ? rest.slice(1) : rest).flatMap(expand);
    const argv = [...program, ...args].map((word) => ({
      value: word.value.text,
      span: textSpan(command.file, word.start, word.end),
      opaque: word.opaque,
      locate: mappedLocator(command.file, word.value)
    }));
    return { argv, open };
  });
}
function severalCommands(command) {
  const first = command.words[0];
  return {
    message: "systemd will not start the unit: it has more than one ExecStart= command line, which only Type=oneshot allows",
    span: textSpan(command.file, first?.start ?? 0, first?.end ?? 1)
  };
}
function notifyStray(stray, env) {
  const span = textSpan(stray.file, stray.start, stray.end);
  if (onConditionalLine(stray.file, span.startLine)) return;
  env.notify({
    level: "note",
    id: "ineffective-setting",
    message: `\`${stray.text}\` is not part of the ExecStart= command line above it (that line does not end with a backslash), so systemd ignores it as an unknown setting and etcd never gets it`,
    file: stray.file.file,
    span
  });
}
function readUnit(sources, name) {
  const state = {
    type: void 0,
    commands: [],
    environment: [],
    environmentFiles: [],
    strays: []
  };
  for (const source of sources) {
    const parsed = parseUnit(readableText(source.file));
    for (const stray of parsed.strays) state.strays.push({ ...stray, file: source.file });
    for (const directive2 of parsed.directives) {
      if (directive2.section !== "Service") continue;
      const value = directive2.value;
      switch (directive2.key) {
        case "Type":
          state.type = value.text;
          break;
        case "ExecStart":
          if (value.text === "") state.commands = [];
          else state.commands.push(...splitCommands(source.file, value, name));
          break;
        case "Environment":
          if (value.text === "") state.environment = [];
          else state.environment.push(...environmentItems(source, value, name));
          break;
        case "EnvironmentFile": {
          if (value.text === "") {
            state.environmentFiles = [];
            break;
          }
          const path12 = expandSpecifiers(value, name).text.replace(/^-/, "");
          state.environmentFiles.push({ path: path12, of: ofName(source) });
          break;
        }
      }
    }
  }
  return state;
}
function environmentItems(source, value, name) {
  const items = [];
  for (const word of splitWords(value)) {
    const expanded = expandSpecifiers(word.value, name);
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(expanded.text);
    if (!match) continue;
    const raw = readableText(source.file).slice(word.start, word.end);
    const quote = raw[0];
    const wrapped = raw.length > 1 && (quote === '"' || quote === "'") && raw.endsWith(quote);
    items.push({
      key: match[1],
      value: expanded.text.slice(match[0].length),
      at: expanded.at.slice(match[0].length),
      start: expanded.at[0] ?? word.start,
      end: word.end - (wrapped ? 1 : 0),
      file: source.file,
      of: source.label
    });
  }
  return items;
}
function unitEnvironment(state, unitFile, env) {
  const own = /* @__PURE__ */ new Map();
  const layers = [own];
  const settings = [];
  const open = [];
  for (const item of state.environment) {
    own.set(item.key, item.value);
    const span = textSpan(item.file, item.start, Math.max(item.end, item.start + 1));
    const where2 = { locateValue: mappedLocator(item.file, { text: item.value, at: item.at }) };
    const setting = envVariable(item.key, item.value, span, { kind: "unit-environment", of: item.of }, where2);
    if (setting) settings.push(item.file === unitFile ? setting : { ...setting, file: item.file.file });
  }
  for (const { path: path12, of } of state.environmentFiles) {
    const file = environmentFile(path12, env);
    if (!file) {
      open.push(`EnvironmentFile=${path12} is not in the scan`);
      continue;
    }
    env.consume(file.file);
    layers.push(fileVariables(file));
    const from = { kind: "unit-environment-file", path: path12, of };
    for (const setting of parseEnvAssignments(file, from, "systemd"))
      settings.push({ ...setting, file: file.file });
  }
  const variables = {
    get: (key) => {
      for (let i = layers.length - 1; i >= 0; i--) {
        const value = layers[i]?.get(key);
        if (value !== void 0) return value;
      }
      return void 0;
    }
  };
  return { settings, variables, open };
}
var FILE_VARIABLES2 = /* @__PURE__ */ new WeakMap();
function fileVariables(file) {
  let variables = FILE_VARIABLES2.get(file);
  if (variables === void 0) {
    variables = new Map(
      envAssignmentsOf(file).all.filter((assignment) => !assignment.exported && VARIABLE_NAME.test(assignment.key)).map((assignment) => [assignment.key, assignment.value])
    );
    FILE_VARIABLES2.set(file, variables);
  }
  return variables;
}
function environmentFile(path12, env) {
  if (!path12.startsWith("/") || /[*?[]/.test(path12)) return void 0;
  const file = env.localFile?.(path12) ?? env.index.textFileFor(path12);
  if (!file) return void 0;
  return file.formPath.endsWith(".service") || DROP_IN.test(file.formPath) ? void 0 : file;
}
function splitCommands(file, value, name) {
  const commands = [];
  let words = [];
  for (const word of splitWords(value)) {
    if (word.separator) {
      if (words.length > 0) commands.push({ file, words });
      words = [];
    } else if (word.value.text === "\\;") {
      words.push({ ...word, value: { text: ";", at: word.value.at.slice(0, 1) } });
    } else {
      words.push({ ...word, value: expandSpecifiers(word.value, name) });
    }
  }
  if (words.length > 0) commands.push({ file, words });
  return commands;
}
function etcdInvocations(command, variables) {
  const [first, ...rest] = command.words;
  if (!first) return [];
  let skip = 0;
  while (skip < first.value.text.length && "-@:+!".includes(first.value.text[skip])) skip++;
  const prefixes = first.value.text.slice(0, skip);
  const expand = (word) => prefixes.includes(":") ? [{ value: word.value, start: word.start, end: word.end, opaque: false }] : expandVariables(word, variables);
  const program = expand({ ...first, value: sliceMapped(first.value, skip) })[0];
  if (!program || program.value.text === "") return [];
  const args = (prefixes.includes("@") ? rest.slice(1) : rest).flatMap(expand);
  const span = (word) => textSpan(command.file, word.start, word.end);
  if (isEtcdProgram(program.value.text)) {
    if (isEtcdSubcommand(args[0]?.value.text)) return [];
    const words = args.map((word) => ({
      value: word.value.text,
      span: span(word),
      opaque: word.opaque,
      locate: mappedLocator(command.file, word.value)
    }));
    const programStart = first.start + skip;
    return [{ span: textSpan(command.file, programStart, first.end), words, ...parseEtcdArgv(words, false) }];
  }
  const argv = [program, ...args];
  const container = dockerRunInvocation(command.file, argv);
  if (container) return [container];
  const index = shellScriptIndex(argv.map((word) => word.value.text));
  const script = index === void 0 ? void 0 : argv[index];
  if (!script) return [];
  return findEtcdInvocations(script.value.text).map((invocation) => {
    const words = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaque,
      span: scriptSpan(command.file, script, word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...script.value.text.slice(word.start, word.end) === word.value ? {
        locate: (from, to) => scriptSpan(command.file, script, word.start + from, word.start + to)
      } : {}
    }));
    const programSpan = scriptSpan(command.file, script, invocation.program.start, invocation.program.end);
    return { span: programSpan, words, ...parseEtcdArgv(words, true) };
  });
}
function mappedLocator(file, value) {
  return (from, to) => {
    const start = value.at[from];
    const last2 = value.at[Math.max(from, to - 1)];
    if (start === void 0 || last2 === void 0 || last2 < start) return void 0;
    return textSpan(file, start, last2 + 1);
  };
}
function dockerRunInvocation(file, argv) {
  const run = readDockerRun(argv.map((word) => ({ value: word.value.text, opaque: word.opaque })));
  if (!run) return void 0;
  const entrypoint = run.entrypoint;
  const programWord = argv[entrypoint ? entrypoint.index : run.command];
  const name = entrypoint ? entrypoint.value : programWord?.value.text;
  if (!programWord || name === void 0 || !isEtcdProgram(name)) return void 0;
  const args = argv.slice(entrypoint ? run.command : run.command + 1);
  if (isEtcdSubcommand(args[0]?.value.text)) return void 0;
  const words = args.map((word) => ({
    value: word.value.text,
    span: textSpan(file, word.start, word.end),
    opaque: word.opaque,
    locate: mappedLocator(file, word.value)
  }));
  const containerEnv2 = run.env.flatMap((entry) => {
    const word = argv[entry.index];
    const eq = entry.text.indexOf("=");
    if (eq < 0) return [];
    const span = textSpan(file, word.start, word.end);
    const setting = envVariable(entry.text.slice(0, eq), entry.text.slice(eq + 1), span, {
      kind: "script",
      via: "docker-env"
    });
    return setting ? [setting] : [];
  });
  return {
    span: textSpan(file, programWord.start, programWord.end),
    words,
    containerEnv: containerEnv2,
    ...parseEtcdArgv(words, false)
  };
}
function scriptSpan(file, script, from, to) {
  const start = script.value.at[from] ?? script.start;
  const last2 = script.value.at[Math.max(from, to - 1)] ?? start;
  return textSpan(file, start, Math.max(last2 + 1, start + 1));
}
function expandVariables(word, variables) {
  const text = word.value.text;
  const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(text);
  if (whole) {
    const value = variables.get(whole[1]);
    if (value === void 0) return [{ value: word.value, start: word.start, end: word.end, opaque: true }];
    const at = word.value.at[0] ?? word.start;
    const constant = { text: value, at: Array.from({ length: value.length }, () => at) };
    return splitWords(constant).map((part) => ({
      value: part.value,
      start: word.start,
      end: word.end,
      opaque: false
    }));
  }
  if (!text.includes("$")) return [{ value: word.value, start: word.start, end: word.end, opaque: false }];
  const out = { text: "", at: [] };
  let opaque = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const at = word.value.at[i] ?? word.start;
    if (c === "$" && text[i + 1] === "$") {
      append(out, "$", at);
      i++;
      continue;
    }
    if (c === "$" && text[i + 1] === "{") {
      let close = i + 2;
      while (close < text.length && isNameCharacter(text.charCodeAt(close))) close++;
      const name = text[close] === "}" ? text.slice(i + 2, close) : "";
      if (VARIABLE_NAME.test(name)) {
        const value = variables.get(name);
        if (value !== void 0) {
          append(out, value, at);
          i = close;
          continue;
        }
        opaque = true;
      }
    }
    append(out, c, at);
  }
  return [{ value: out, start: word.start, end: word.end, opaque }];
}
function parseUnit(text) {
  const directives = [];
  const strays = [];
  let section;
  let lastKey;
  for (const line of logicalLines(text)) {
    const stripped = strip(line);
    const first = stripped.text[0];
    if (first === void 0 || first === "#" || first === ";") continue;
    if (first === "[") {
      section = stripped.text.endsWith("]") ? stripped.text.slice(1, -1) : void 0;
      lastKey = void 0;
      continue;
    }
    if (first === "-" && lastKey === "ExecStart") {
      const end = (stripped.at[stripped.at.length - 1] ?? 0) + 1;
      strays.push({ text: stripped.text, start: stripped.at[0] ?? 0, end });
      continue;
    }
    const eq = stripped.text.indexOf("=");
    if (eq < 0) continue;
    const key = strip(sliceMapped(stripped, 0, eq)).text;
    directives.push({ section, key, value: strip(sliceMapped(stripped, eq + 1)) });
    lastKey = key;
  }
  return { directives, strays };
}
function logicalLines(text) {
  const lines = [];
  let pending;
  let pos = 0;
  for (; ; ) {
    const newline = text.indexOf("\n", pos);
    const end = newline < 0 ? text.length : newline;
    const stop = end > pos && text[end - 1] === "\r" ? end - 1 : end;
    let first = pos;
    while (first < stop && (text[first] === " " || text[first] === "	")) first++;
    const isComment = text[first] === "#" || text[first] === ";";
    if (!(pending && isComment && first < stop)) {
      const line = pending ?? { parts: [], at: [] };
      let escaped = false;
      for (let i = pos; i < stop; i++) {
        line.at.push(i);
        escaped = escaped ? false : text[i] === "\\";
      }
      if (escaped) {
        line.parts.push(text.slice(pos, stop - 1), " ");
        pending = line;
      } else {
        line.parts.push(text.slice(pos, stop));
        lines.push({ text: line.parts.join(""), at: line.at });
        pending = void 0;
      }
    }
    if (newline < 0) break;
    pos = newline + 1;
  }
  if (pending) lines.push({ text: pending.parts.join(""), at: pending.at });
  return lines;
}
function splitWords(value) {
  const words = [];
  const s = value.text;
  let i = 0;
  for (; ; ) {
    while (i < s.length && BLANKS.includes(s[i])) i++;
    if (i >= s.length) break;
    const begin = i;
    const word = { text: "", at: [] };
    let quote;
    while (i < s.length) {
      const c = s[i];
      if (quote === void 0 && BLANKS.includes(c)) break;
      if (c === "\\") {
        const unescaped = cEscape(s, i);
        append(word, unescaped.text, value.at[i] ?? 0);
        i = unescaped.next;
      } else if (quote === void 0 ? c === '"' || c === "'" : c === quote) {
        quote = quote === void 0 ? c : void 0;
        i++;
      } else {
        append(word, c, value.at[i] ?? 0);
        i++;
      }
    }
    const start = value.at[begin] ?? 0;
    const end = (value.at[i - 1] ?? start) + 1;
    words.push({ value: word, start, end, separator: s.slice(begin, i) === ";" });
  }
  return words;
}
var SIMPLE_ESCAPES2 = /* @__PURE__ */ new Map([
  ["a", "\x07"],
  ["b", "\b"],
  ["f", "\f"],
  ["n", "\n"],
  ["r", "\r"],
  ["t", "	"],
  ["v", "\v"],
  ["\\", "\\"],
  ['"', '"'],
  ["'", "'"],
  ["s", " "]
]);
function cEscape(s, i) {
  const c = s[i + 1];
  if (c === void 0) return { text: "\\", next: i + 1 };
  const simple = SIMPLE_ESCAPES2.get(c);
  if (simple !== void 0) return { text: simple, next: i + 2 };
  const hexDigits = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
  const digits = hexDigits > 0 ? s.slice(i + 2, i + 2 + hexDigits) : s.slice(i + 1, i + 4);
  const code = hexDigits > 0 ? digits.length === hexDigits && /^[0-9a-fA-F]+$/.test(digits) ? Number.parseInt(digits, 16) : 0 : /^[0-7]{3}$/.test(digits) ? Number.parseInt(digits, 8) : 0;
  if (code > 0 && code <= 1114111) {
    return { text: String.fromCodePoint(code), next: i + (hexDigits > 0 ? 2 + hexDigits : 4) };
  }
  return { text: `\\${c}`, next: i + 2 };
}
function expandSpecifiers(value, name) {
  if (!value.text.includes("%")) return value;
  const out = { text: "", at: [] };
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i];
    const at = value.at[i] ?? 0;
    const next = value.text[i + 1];
    const replacement2 = c === "%" && next !== void 0 ? specifier(next, name) : void 0;
    if (replacement2 === void 0) {
      append(out, c, at);
    } else {
      append(out, replacement2, at);
      i++;
    }
  }
  return out;
}
function specifier(c, name) {
  switch (c) {
    case "%":
      return "%";
    case "n":
      return name.name;
    case "N":
      return name.stem;
    case "p":
      return name.prefix;
    case "i":
    case "I":
      return name.instance;
    default:
      return void 0;
  }
}
function unitName(name) {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const at = stem.indexOf("@");
  return {
    name,
    stem,
    prefix: at < 0 ? stem : stem.slice(0, at),
    instance: at < 0 ? "" : stem.slice(at + 1)
  };
}
function append(out, text, at) {
  out.text += text;
  for (let k = 0; k < text.length; k++) out.at.push(at);
}
function sliceMapped(value, from, to) {
  return { text: value.text.slice(from, to), at: value.at.slice(from, to) };
}
function strip(value) {
  let from = 0;
  let to = value.text.length;
  while (from < to && BLANKS.includes(value.text[from])) from++;
  while (to > from && BLANKS.includes(value.text[to - 1])) to--;
  return sliceMapped(value, from, to);
}
function basename5(path12) {
  return path12.slice(path12.lastIndexOf("/") + 1);
}
function dropInName(relPath) {
  return relPath.split("/").slice(-2).join("/");
}
function ofName(source) {
  const relPath = source.file.embedded ? source.file.formPath : source.file.file.relPath;
  return DROP_IN.test(source.file.formPath) ? dropInName(relPath) : basename5(relPath);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isNameCharacter(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}

// src/extract/shell-files.ts
var YAML_BODY_EXTRACTORS = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
  composeExtractor,
  k0sExtractor,
  rkeExtractor,
  k3sExtractor,
  talosExtractor,
  // k3s applies HelmCharts written to /var/lib/rancher/k3s/server/manifests (install scripts do).
  k3sHelmChartExtractor
];
function formByName(path12) {
  if (isYamlName(path12)) return "yaml";
  if (path12.endsWith(".service") || /\.service\.d\/[^/]+\.conf$/.test(path12)) return "systemd";
  if (isEnvFileName(path12)) return "env";
  if (isShellScriptName(path12)) return "shell";
  return void 0;
}
function writtenConfigs(written, context) {
  const byPath = /* @__PURE__ */ new Map();
  for (const file of written) if (file.exact) byPath.set(file.path, file);
  const consumed = /* @__PURE__ */ new Set();
  const configs = [];
  const envFiles = [];
  for (const file of written) {
    const form = file.form ?? context.consumers.get(file.path) ?? formByName(file.path) ?? sniffed(file);
    if (form === "env") envFiles.push(file);
    else if (form === "yaml") appendAll(configs, yamlConfigs(file, context.env));
    else if (form === "systemd") appendAll(configs, unitConfigs2(file, context.env, byPath, consumed));
    else if (form === "shell") appendAll(configs, context.readScript(file.view, file.where));
  }
  for (const file of envFiles) {
    if (consumed.has(file)) continue;
    configs.push(...envFileFragment(file.view).map((config) => located(config, file)));
  }
  return configs;
}
function sniffed(file) {
  return readEnvAssignments(file.view.text).some((assignment) => flagOfEnv(assignment.key) !== void 0) ? "env" : void 0;
}
function unitConfigs2(file, env, byPath, consumed) {
  const real = realFileOf(file.view).file;
  const local = {
    index: env.index,
    notify: (diagnostic) => env.notify(diagnostic),
    // The script itself is no fragment to drop: its env files are dropped here (consumed).
    consume: (consumedFile) => {
      if (consumedFile.absPath !== real.absPath) env.consume(consumedFile);
    },
    localFile: (path12) => {
      const found = byPath.get(path12);
      if (!found) return void 0;
      consumed.add(found);
      return found.view;
    }
  };
  return systemdExtractor.extract(file.view, local).map((config) => located(config, file));
}
function yamlConfigs(file, env) {
  const real = realFileOf(file.view);
  const at = file.view.embedded?.at;
  if (!at) return [];
  const yamlFile = {
    kind: "yaml",
    file: real.file,
    text: real.text,
    documents: [],
    lineCounter: real.lineCounter,
    ...real.template ? { template: real.template } : {}
  };
  const map = (offset) => {
    const value = at[offset];
    return value === void 0 || value < 0 ? void 0 : value;
  };
  const fallback2 = textSpan(file.view, 0, 1);
  const configs = [];
  let documents;
  try {
    documents = parseDocumentsBounded(file.view.text).documents;
  } catch {
    return [];
  }
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const [start, end] = doc.range;
      if (mayConfigureEtcd(file.view.text.slice(start, end))) {
        env.notify({
          level: "warning",
          id: "parse-error",
          message: `not analysed: the YAML that ${file.where} writes does not parse (${error.message.split("\n", 1)[0]})`,
          file: real.file,
          span: textSpan(file.view, error.pos[0], error.pos[0] + 1)
        });
      }
      continue;
    }
    const context = new YamlContext(yamlFile, doc, {
      text: file.view.text,
      map,
      where: file.where,
      fallback: fallback2
    });
    for (const extractor of YAML_BODY_EXTRACTORS)
      configs.push(...extractor.extract(context, env).map((config) => located(config, file)));
  }
  return configs;
}
function located(config, file) {
  const reasons = file.unknown.map(
    (raw) => `${file.where} is written with \`${raw}\`, whose value is not known here`
  );
  const completeness = reasons.length === 0 ? config.completeness : {
    complete: false,
    reasons: [
      ...config.completeness.complete ? [] : config.completeness.reasons,
      ...reasons.slice(0, 3)
    ]
  };
  return { ...config, launcher: relabelled(config.launcher, file.where), completeness };
}
function relabelled(launcher, where2) {
  switch (launcher.kind) {
    case "systemd":
      return { ...launcher, unit: where2 };
    case "env-file":
      return { ...launcher, path: where2 };
    case "shell-script":
      return { ...launcher, path: where2 };
    default:
      return launcher;
  }
}

// src/extract/helm-cli.ts
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "values",
  "set",
  "set-string",
  "set-file",
  "set-json",
  "set-literal",
  "namespace",
  "kubeconfig",
  "kube-context",
  "kube-token",
  "kube-as-user",
  "kube-as-group",
  "kube-apiserver",
  "kube-ca-file",
  "kube-tls-server-name",
  "registry-config",
  "repository-config",
  "repository-cache",
  "content-cache",
  "burst-limit",
  "qps",
  "color",
  "colour",
  "timeout",
  "name-template",
  "description",
  "labels",
  "version",
  "keyring",
  "repo",
  "username",
  "password",
  "cert-file",
  "key-file",
  "ca-file",
  "output",
  "post-renderer",
  "post-renderer-args",
  "history-max",
  "show-only",
  "output-dir",
  "kube-version",
  "api-versions"
]);
var VALUE_SHORTS = /* @__PURE__ */ new Set(["f", "n", "o", "l", "s", "a"]);
var SET_KINDS = ["set-json", "set", "set-string", "set-file", "set-literal"];
function helmCommandRelease(args, script) {
  const { positionals, options } = splitArguments(args);
  const subcommand = positionals[0]?.value;
  if (subcommand !== "install" && subcommand !== "upgrade" && subcommand !== "template") return void 0;
  const has = (name2) => options.some((option2) => option2.name === name2);
  const lastValue = (name2) => options.filter((option2) => option2.name === name2).pop()?.value;
  const dryRun = options.find((option2) => option2.name === "dry-run");
  if (dryRun && subcommand !== "template" && dryRun.value?.value !== "none") return void 0;
  const rest = positionals.slice(1);
  const generated = has("generate-name") || has("g");
  const chartArg = subcommand === "upgrade" || rest.length >= 2 && !generated ? rest[1] : rest[0];
  if (!chartArg || chartArg.opaque) return void 0;
  const version = lastValue("version");
  const chart = commandChart(
    chartArg.value,
    lastValue("repo")?.value,
    version?.opaque ? void 0 : version?.value,
    script
  );
  if (!chart) return void 0;
  const releaseName = subcommand === "upgrade" || rest.length >= 2 && !generated ? rest[0]?.value : void 0;
  const name = `\`helm ${subcommand}${releaseName ? ` ${releaseName}` : ""}\` in ${script.where}`;
  const reasons = [];
  const givesValues = options.some((o) => ["values", ...SET_KINDS].includes(o.name));
  if (subcommand === "upgrade" && !has("reset-values") && (has("reuse-values") || has("reset-then-reuse-values") || !givesValues))
    reasons.push("the upgrade keeps the last release's values, which no file shows");
  if (has("post-renderer")) reasons.push("`--post-renderer` changes what the chart renders");
  const related = [];
  let values = NO_VALUES;
  for (const option2 of options) {
    if (option2.name !== "values" && option2.name !== "f" || !option2.value) continue;
    for (const path12 of option2.value.opaque ? [void 0] : option2.value.value.split(","))
      values = mergeValues(values, valuesFile(path12, script, option2.value, name, related));
  }
  for (const kind of SET_KINDS)
    for (const option2 of options) {
      if (option2.name !== kind || !option2.value) continue;
      const word = option2.value;
      values = applySet(
        values,
        { text: word.value, file: script.file, locate: word.locate, fallback: word.span },
        kind,
        word.opaque ? (value) => value.includes("$") || value.includes("`") ? "a shell variable" : void 0 : void 0
      );
    }
  return { name, file: script.file, chart, anchor: chartArg.span, values, reasons, related };
}
function splitArguments(args) {
  const positionals = [];
  const options = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const text = arg.value;
    if (text === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (text.startsWith("--") && text.length > 2) {
      const eq = text.indexOf("=");
      const name = text.slice(2, eq < 0 ? void 0 : eq);
      if (eq >= 0) options.push({ name, value: suffix(arg, eq + 1) });
      else if (VALUE_FLAGS.has(name) || name === "server-side" && ["true", "false", "auto"].includes(args[i + 1]?.value ?? "")) {
        const value = args[i + 1];
        options.push({ name, ...value ? { value } : {} });
        i++;
      } else options.push({ name });
      continue;
    }
    if (text.startsWith("-") && text.length > 1) {
      for (let k = 1; k < text.length; k++) {
        const c = text[k];
        if (!VALUE_SHORTS.has(c)) {
          options.push({ name: c });
          continue;
        }
        const name = c === "f" ? "values" : c;
        if (k + 1 < text.length)
          options.push({ name, value: suffix(arg, text[k + 1] === "=" ? k + 2 : k + 1) });
        else {
          const value = args[i + 1];
          options.push({ name, ...value ? { value } : {} });
          i++;
        }
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}
function suffix(arg, from) {
  return {
    value: arg.value.slice(from),
    opaque: arg.opaque,
    span: arg.locate(from, arg.value.length) ?? arg.span,
    locate: (a, b) => arg.locate(from + a, from + b)
  };
}
function commandChart(chart, repo, version, script) {
  const bitnami = { kind: "bitnami-etcd", ...version ? { version } : {} };
  if (repo !== void 0) return chart === "etcd" && isBitnamiRepository(repo) ? bitnami : void 0;
  if (chart.includes("://")) return isBitnamiEtcdReference(chart) ? bitnami : void 0;
  for (const base of [script.dir, ""]) {
    const dir = repositoryPath(base, chart);
    if (dir !== void 0 && isChartDirectory(script.env, dir)) return { kind: "directory", dir };
  }
  const segments = chart.split("/");
  if (segments.length !== 2 || chart.startsWith(".") || chart.startsWith("/")) return void 0;
  const [alias, name] = segments;
  const url = script.repositories.get(alias);
  const bitnamiRepository = url === void 0 ? alias === "bitnami" : isBitnamiRepository(url);
  return name === "etcd" && bitnamiRepository ? bitnami : void 0;
}
function valuesFile(path12, script, word, release, related) {
  if (path12 === void 0) return { kind: "unknown", why: "a values file named by a shell variable" };
  if (path12 === "-" || isRemoteUrl(path12)) return { kind: "unknown", why: `\`${path12}\`, read at run time` };
  for (const base of [script.dir, ""]) {
    const relPath = repositoryPath(base, path12);
    if (relPath === void 0 || script.env.index.documentsIn(relPath).length === 0) continue;
    related.push({ file: script.file, span: word.span, message: `${release} applies this values file` });
    return valuesFileLayer(script.env, relPath);
  }
  return { kind: "unknown", why: `\`${path12}\`, which is not in the scan` };
}

// src/extract/shell-state.ts
var MAX_REASONS = 5;
var ShellState = class _ShellState {
  variables = /* @__PURE__ */ new Map();
  /** `set -a`: every assignment is exported. */
  allExport = false;
  /** Why variables may hold more than the script shows (a sourced file, `eval`): the first few. */
  reasons = [];
  /** Records a reason once; a script that sources a hundred files needs no hundred reasons. */
  addReason(reason) {
    if (this.reasons.length < MAX_REASONS && !this.reasons.includes(reason)) this.reasons.push(reason);
  }
  /** The state a program run by the script starts with: its exported variables, or (`inherit` false) none. */
  child(inherit) {
    const state = new _ShellState();
    if (!inherit) return state;
    for (const variable of this.variables.values())
      if (variable.exported) state.variables.set(variable.name, clone(variable));
    state.reasons.push(...this.reasons);
    return state;
  }
  /** A copy whose changes stay its own (a subshell, a pipeline element). */
  copy() {
    const state = new _ShellState();
    for (const variable of this.variables.values()) state.variables.set(variable.name, clone(variable));
    state.allExport = this.allExport;
    state.reasons.push(...this.reasons);
    return state;
  }
  /** The value `$name` expands to, when one assignment made on every path set it to a known value. */
  valueOf(name) {
    const assignments = this.variables.get(name)?.assignments;
    return assignments?.length === 1 && assignments[0]?.maybe === false ? assignments[0].value : void 0;
  }
  exported() {
    return [...this.variables.values()].filter((variable) => variable.exported);
  }
  assign(name, assignment, exported = false) {
    const previous = this.variables.get(name);
    const variable = {
      name,
      exported: exported || this.allExport || previous?.exported === true,
      assignments: assignment.maybe && previous ? [...previous.assignments, assignment] : [assignment]
    };
    this.variables.set(name, variable);
  }
  /** `export NAME` without a value: exports what the variable holds (nothing known if unset). */
  markExported(name) {
    const variable = this.variables.get(name);
    if (variable) variable.exported = true;
  }
  /** `unset NAME` on every path; a conditional unset leaves the assignments (they may still hold). */
  unset(name, maybe) {
    if (!maybe) this.variables.delete(name);
  }
};
function clone(variable) {
  return { ...variable, assignments: [...variable.assignments] };
}
function expandedValue(text, word, state) {
  if (!word.opaque) return word.value;
  if (text.slice(word.start, word.end).includes("'")) return void 0;
  const value = word.value;
  let out = "";
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === "{" && value[i + 1] === "{") return void 0;
    if (c !== "$" && c !== "`") {
      out += c;
      i++;
      continue;
    }
    const end = expansionEnd(value, i);
    if (end === i + 1) {
      out += c;
      i++;
      continue;
    }
    const raw = value.slice(i, end);
    const name = raw.startsWith("${") && raw.endsWith("}") ? raw.slice(2, -1) : raw.slice(1);
    const known = isName(name) ? state.valueOf(name) : void 0;
    if (known === void 0) return void 0;
    out += known;
    i = end;
  }
  return out;
}

// src/extract/shell-env.ts
function processEnvironment(view, text, program, state) {
  const settings = [];
  const reasons = [];
  const cleared = program.wrappers.some(
    (wrapper) => wrapper.name === "env" && wrapper.options.some((o) => o === "-i" || o === "-" || o === "--ignore-environment")
  );
  const sudoReset = program.wrappers.some(
    (wrapper) => wrapper.name === "sudo" && !wrapper.options.some(
      (o) => o.startsWith("--preserve-env") || o.startsWith("-") && !o.startsWith("--") && o.includes("E")
    )
  );
  if (sudoReset && state.exported().some((variable) => variable.name.startsWith("ETCD_")))
    reasons.push("sudo passes the script's variables only as its sudoers policy allows");
  if (!cleared && !sudoReset) {
    for (const variable of state.exported()) {
      for (const assignment of variable.assignments) {
        const where2 = assignment.where;
        if (!where2) continue;
        const raw = where2.word.value.slice(where2.word.value.indexOf("=") + 1);
        const setting = envVariable(
          variable.name,
          assignment.value ?? raw,
          textSpan(where2.view, where2.word.start, where2.word.end),
          { kind: "script", via: "export" }
        );
        if (!setting) continue;
        if (assignment.maybe)
          setting.conditional = { text: assignment.condition ?? "a condition", script: true };
        if (assignment.value === void 0)
          reasons.push(`\`${variable.name}\` is set from \`${raw}\`, whose value is not known here`);
        settings.push(setting);
      }
    }
  }
  for (const word of program.assignments) settings.push(...prefixSetting(view, text, word, state));
  return { settings, reasons };
}
function prefixSetting(view, text, word, state) {
  const eq = word.value.indexOf("=");
  const known = expandedValue(text, word, state);
  const value = known === void 0 ? word.value.slice(eq + 1) : known.slice(eq + 1);
  const setting = envVariable(word.value.slice(0, eq), value, textSpan(view, word.start, word.end), {
    kind: "script",
    via: "prefix"
  });
  return setting ? [setting] : [];
}

// src/extract/shell-script.ts
var MAX_DEPTH3 = 4;
var shellScriptExtractor = {
  id: "shell-script",
  extract(file, env) {
    if (!isShellScriptName(file.formPath) && !hasShellShebang(file.text)) return [];
    return new ScriptReader(env).readFile(file, { invocations: true });
  }
};
function flowOf(command) {
  if (command.scope?.subshell || isPipedOrBackground(command)) return "isolated";
  const conditional = command.scope?.conditional === true;
  return conditional || command.before === "&&" || command.before === "||" ? "maybe" : "straight";
}
function isPipedOrBackground(command) {
  const piped = (op) => op === "|" || op === "|&";
  return piped(command.before) || piped(command.after) || command.after === "&";
}
var STATE_BUILTINS = /* @__PURE__ */ new Set([
  "export",
  "declare",
  "typeset",
  "local",
  "readonly",
  "unset",
  "set",
  "source",
  ".",
  "eval"
]);
function changesVariables(text, command) {
  const words = command.words;
  const first = words[0];
  if (!first) return false;
  if (words.every((word) => isAssignment(text.slice(word.start, word.end)))) return true;
  return STATE_BUILTINS.has(basename2(first.value));
}
function commandState(command, text, state, copies) {
  const current = (scope) => scope ? copies.get(scope) ?? current(scope.outerSubshell) : state;
  const subshell = command.scope?.subshell;
  const changes = changesVariables(text, command);
  if (isPipedOrBackground(command)) return changes ? current(subshell).copy() : current(subshell);
  if (!subshell || !changes) return current(subshell);
  let own = copies.get(subshell);
  if (!own) {
    own = current(subshell.outerSubshell).copy();
    copies.set(subshell, own);
  }
  return own;
}
var ScriptReader = class {
  constructor(env) {
    this.env = env;
  }
  env;
  written = [];
  consumers = /* @__PURE__ */ new Map();
  options = { invocations: true };
  /** `helm repo add NAME URL` of the script so far. */
  helmRepositories = /* @__PURE__ */ new Map();
  readFile(file, options) {
    this.options = options;
    const where2 = file.embedded?.where ?? file.file.relPath;
    const configs = this.read(file, options.state ?? new ShellState(), where2, 0);
    appendAll(configs, this.readWritten(1));
    return configs;
  }
  /** The files written so far, then those that written scripts write, a bounded number of rounds. */
  readWritten(depth) {
    const configs = [];
    for (let round = depth; round <= MAX_DEPTH3 && this.written.length > 0; round++) {
      const pending = this.written.splice(0);
      appendAll(
        configs,
        writtenConfigs(pending, {
          env: this.env,
          consumers: this.consumers,
          readScript: (view, where2) => this.read(view, new ShellState(), where2, round)
        })
      );
    }
    return configs;
  }
  read(view, state, where2, depth) {
    const text = readableText(view);
    const commands = splitShellCommands(text);
    const configs = [];
    const copies = /* @__PURE__ */ new Map();
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c];
      const flow = flowOf(command);
      const scoped = commandState(command, text, state, copies);
      const step = {
        view,
        text,
        command,
        next: commands[c + 1],
        state: scoped,
        maybe: flow === "maybe",
        where: where2,
        depth
      };
      appendAll(configs, this.command(step));
    }
    return configs;
  }
  command(step) {
    const { text, command, state } = step;
    const words = command.words;
    if (words.every((word) => isAssignment(text.slice(word.start, word.end)))) {
      for (const word of words) assign(step, word, false);
      this.writes(step, void 0);
      return [];
    }
    const program = commandProgram(text, words);
    if (!program) return [];
    const name = basename2(words[program.index].value);
    const args = words.slice(program.index + 1);
    if (program.wrappers.length === 0 && program.assignments.length === 0) builtin(step, name, args);
    this.writes(step, { name, args });
    const configs = [];
    if (isEtcdProgram(name)) {
      this.noteConfigFile(args);
      if (this.options.invocations && !isEtcdSubcommand(args[0]?.value)) {
        const environment2 = processEnvironment(step.view, step.text, program, state);
        configs.push(this.invocation(step, words[program.index], args, environment2));
      }
      return configs;
    }
    if (name === "helm") {
      if (this.options.invocations) appendAll(configs, this.helm(step, args));
      return configs;
    }
    this.noteConsumers(name, args);
    const argv = words.slice(program.index);
    if (step.depth >= MAX_DEPTH3) return configs;
    const scriptIndex = shellScriptIndex(argv.map((word) => word.value));
    if (scriptIndex !== void 0) {
      const script = argv[scriptIndex];
      appendAll(configs, this.nested(step, [script], state.child(true)));
    } else if (name === "ssh") {
      const remote = sshCommand(argv);
      if (remote.length > 0) appendAll(configs, this.nested(step, remote, state.child(false)));
    } else {
      appendAll(configs, this.dockerRun(step, argv));
    }
    return configs;
  }
  /** An etcd server the command starts: its flags, and the variables it gets. */
  invocation(step, programWord, args, environment2, launcher) {
    const { view, text, state } = step;
    const words = argWords(view, text, args, state);
    const parsed = parseEtcdArgv(words, true);
    const started = launcher ?? this.options.launcher?.(view, step.where) ?? { kind: "shell-script", path: step.where };
    const reasons = [
      ...opaqueWords(words),
      ...environment2.reasons,
      ...state.reasons,
      ...inheritedEnvironment(started)
    ];
    return {
      file: view.file,
      launcher: started,
      span: textSpan(view, programWord.start, programWord.end),
      kind: "process",
      completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons: unique(reasons) },
      flags: parsed.flags,
      env: environment2.settings,
      implied: [],
      startupProblems: parsed.startupProblems
    };
  }
  /**
   * `helm repo add NAME URL` (remembered for later commands) and `helm install|upgrade|template`
   * of a chart this scan renders (helm-cli.ts): the release's etcd processes.
   */
  helm(step, args) {
    const { view, text, state } = step;
    const values = args.map((word) => expandedValue(text, word, state) ?? word.value);
    if (values[0] === "repo" && values[1] === "add" && values[2] && values[3]) {
      this.helmRepositories.set(values[2], values[3]);
      return [];
    }
    const helmArgs = args.map((word) => {
      const expanded = word.opaque ? expandedValue(text, word, state) : void 0;
      const value = expanded ?? word.value;
      const at = wordOffsets(text, word);
      let same = 0;
      while (same < value.length && value[same] === word.value[same]) same++;
      return {
        value,
        opaque: word.opaque && expanded === void 0,
        span: textSpan(view, word.start, word.end),
        locate: (from, to) => {
          if (from >= same) return void 0;
          const first = at[from];
          const last2 = to - 1 < same ? at[to - 1] : word.end - 1;
          return textSpan(view, first, Math.max(first, last2) + 1);
        }
      };
    });
    const script = {
      env: this.env,
      file: view.file,
      dir: directoryOf(view.file.relPath),
      where: step.where,
      repositories: this.helmRepositories
    };
    try {
      const release = helmCommandRelease(helmArgs, script);
      return release ? releaseConfigs(release, this.env) : [];
    } catch (error) {
      if (!(error instanceof SetError)) throw error;
      this.env.notify({
        level: "note",
        id: "release-not-analysed",
        message: `not analysed: Helm refuses a \`--set\` of \`helm\` in ${step.where}: ${error.message}`,
        file: view.file,
        span: textSpan(view, step.command.words[0]?.start ?? 0, step.command.words[0]?.end ?? 1)
      });
      return [];
    }
  }
  /** `docker run [OPTIONS] IMAGE etcd ...`: the command after the image, with `-e` variables. */
  dockerRun(step, argv) {
    const run = readDockerRun(argv);
    if (!run || !this.options.invocations) return [];
    const image = argv[run.image];
    const written = step.view.embedded ? image.value : step.view.text.slice(image.start, image.end);
    const launcher = { kind: "docker-run", path: step.where, image: written };
    const entrypoint = run.entrypoint;
    const programWord = entrypoint ? argv[entrypoint.index] : argv[run.command];
    const programName = entrypoint ? entrypoint.value : programWord?.value;
    if (!programWord || programName === void 0 || !isEtcdProgram(programName)) return [];
    const args = argv.slice(entrypoint ? run.command : run.command + 1);
    if (isEtcdSubcommand(args[0]?.value)) return [];
    const fromFiles = run.envFiles.map((path12) => ({ path: path12, settings: this.dockerEnvFile(step, path12) }));
    const env = [...fromFiles.flatMap((file) => file.settings ?? []), ...dockerEnv(step, argv, run.env)];
    const config = this.invocation(step, programWord, args, { settings: env, reasons: [] }, launcher);
    const unread = fromFiles.filter((file) => file.settings === void 0);
    if (unread.length > 0) {
      const reasons = unread.map(({ path: path12 }) => `--env-file ${path12} is not in the scan`);
      config.completeness = {
        complete: false,
        reasons: [...config.completeness.complete ? [] : config.completeness.reasons, ...reasons]
      };
    }
    return [config];
  }
  /**
   * The variables of a `docker run --env-file` file: one the script writes before (a here-document
   * at that path), or a scanned file with that name (`/etc/etcd.env` is `templates/etcd.env.j2`).
   * Undefined when neither is there.
   */
  dockerEnvFile(step, path12) {
    const written = [...this.written].reverse().find((file2) => file2.exact && file2.path === path12);
    const file = written?.view ?? (path12.startsWith("/") ? this.env.index.textFileFor(path12) : void 0);
    if (!file) return void 0;
    if (!written) this.env.consume(file.file);
    const text = readableText(file);
    const from = { kind: "docker-env-file", path: path12 };
    return readDockerEnvFile(text).flatMap((line) => {
      const setting = envVariable(line.key, line.value, textSpan(file, line.start, line.end), from);
      if (!setting) return [];
      if (templatedAt(file, line.start, line.end)) setting.valueUnknown = true;
      return [file.file.absPath === step.view.file.absPath ? setting : { ...setting, file: file.file }];
    });
  }
  /** A script held in words of this one (`sh -c '...'`, `ssh host "..."`): read in place. */
  nested(step, words, state) {
    const parts = [];
    const at = [];
    for (const word of words) {
      if (parts.length > 0) {
        parts.push(" ");
        at.push(word.start);
      }
      parts.push(word.value);
      appendAll(at, Array.from(wordOffsets(step.text, word)));
    }
    const inner = subText(step.view, parts.join(""), at, "script.sh", step.where);
    return this.read(inner, state, step.where, step.depth + 1);
  }
  /**
   * The here-document a command reads, if any, and where it goes: a file (`cat > f <<EOF`, `tee f
   * <<EOF`, `cat <<EOF | tee f`), or a program that reads a document or a script from stdin.
   */
  writes(step, program) {
    const { view, text, command, state } = step;
    const heredoc = [...command.redirections].reverse().find((r) => r.heredoc)?.heredoc;
    if (!heredoc) return;
    const body = hereDocumentText(text, heredoc, (name) => state.valueOf(name));
    const toFile = (path12) => {
      const known = expandedValue(text, path12, state);
      const target = known ?? path12.value;
      const where2 = `${target} (written by ${step.where})`;
      this.written.push({
        path: target,
        exact: known !== void 0 && target.startsWith("/"),
        view: subText(view, body.text, body.at, target, where2),
        unknown: body.unknown,
        where: where2
      });
    };
    const toProgram = (form2, program2) => {
      const label = program2 === "kubeadm" ? "kubeadm --config -" : program2 === "kubectl" || program2 === "oc" ? `${program2} -f -` : program2;
      const where2 = form2 === "shell" ? step.where : `${label} (here-document in ${step.where})`;
      const bodyView = subText(view, body.text, body.at, form2 === "yaml" ? "stdin.yaml" : "stdin.sh", where2);
      this.written.push({ path: label, exact: false, view: bodyView, unknown: body.unknown, where: where2, form: form2 });
    };
    const out = command.redirections.find(
      (r) => (r.op === ">" || r.op === ">>" || r.op === ">|" || r.op === "&>" || r.op === "&>>") && (r.fd ?? 1) === 1
    );
    if (program === void 0) return;
    if (program.name === "tee") {
      for (const path12 of teeFiles(program.args)) toFile(path12);
      return;
    }
    if (program.name === "cat" && program.args.every((arg) => arg.value === "-")) {
      if (out) {
        toFile(out.target);
        return;
      }
      if (command.after !== "|" || !step.next) return;
      const next = commandProgram(text, step.next.words);
      if (!next) return;
      const nextName = basename2(step.next.words[next.index].value);
      const nextArgs = step.next.words.slice(next.index + 1);
      if (nextName === "tee") for (const path12 of teeFiles(nextArgs)) toFile(path12);
      else {
        const form2 = stdinForm(nextName, nextArgs);
        if (form2) toProgram(form2, nextName);
      }
      return;
    }
    const form = stdinForm(program.name, program.args);
    if (form) toProgram(form, program.name);
  }
  /** `etcd --config-file PATH`: a file of that path the script writes is etcd's YAML config. */
  noteConfigFile(args) {
    for (let i = 0; i < args.length; i++) {
      const v = args[i].value;
      const flag = v.startsWith("--") ? v.slice(2) : v.startsWith("-") ? v.slice(1) : v;
      if (flag.startsWith("config-file=")) this.consumers.set(flag.slice(12), "yaml");
      else if (flag === "config-file" && args[i + 1])
        this.consumers.set(args[i + 1].value, "yaml");
    }
  }
  /** Programs that read a path the script may write: `kubeadm --config P` (YAML), `bash P` (a script). */
  noteConsumers(name, args) {
    if (name === "kubeadm") {
      const path12 = optionValue(args, "--config");
      if (path12) this.consumers.set(path12, "yaml");
    } else if (name === "sh" || name === "bash") {
      const path12 = args.find((arg) => !arg.value.startsWith("-"));
      if (path12 && formByName(path12.value) === void 0) this.consumers.set(path12.value, "shell");
    }
  }
};
function assign(step, word, exported) {
  const eq = word.value.indexOf("=");
  const name = word.value.slice(0, eq);
  if (!isName(name)) return;
  const known = expandedValue(step.text, word, step.state);
  const condition = step.maybe ? conditionText(step) : void 0;
  step.state.assign(
    name,
    {
      value: known?.slice(eq + 1),
      maybe: step.maybe,
      where: { word, view: step.view },
      ...condition ? { condition } : {}
    },
    exported
  );
}
function conditionText(step) {
  const at = step.command.scope?.conditional ? step.command.scope.start : step.command.words[0]?.start ?? 0;
  const start = step.text.lastIndexOf("\n", at - 1) + 1;
  const newline = step.text.indexOf("\n", at);
  const line = step.text.slice(start, newline < 0 ? step.text.length : newline).trim();
  return `\`${line.length > 80 ? `${line.slice(0, 77)}...` : line}\``;
}
function builtin(step, name, args) {
  const { state } = step;
  switch (name) {
    case "export":
    case "declare":
    case "typeset":
    case "local":
    case "readonly": {
      let exported = name === "export";
      for (const arg of args) {
        const v = arg.value;
        if (v.startsWith("-") || v.startsWith("+")) {
          if (v[0] === "-" && v.includes("x")) exported = true;
          if (v === "-n" || v.startsWith("+")) exported = false;
          continue;
        }
        if (isAssignment(v)) assign(step, arg, exported);
        else if (exported && isName(v)) state.markExported(v);
      }
      return;
    }
    case "unset":
      for (const arg of args) if (isName(arg.value)) state.unset(arg.value, step.maybe);
      return;
    case "set":
      for (let i = 0; i < args.length; i++) {
        const v = args[i].value;
        const on = v[0] === "-";
        if (v === "-o" || v === "+o") {
          if (args[i + 1]?.value === "allexport" && !step.maybe) state.allExport = on;
          i++;
        } else if ((on || v[0] === "+") && v.includes("a") && !v.startsWith("--") && !step.maybe) {
          state.allExport = on;
        }
      }
      return;
    case "source":
    case ".": {
      const path12 = args[0]?.value ?? "";
      state.addReason(`the script sources ${path12}, which may set variables`);
      return;
    }
    case "eval":
      state.addReason("the script runs `eval`, which may set variables");
      return;
  }
}
function argWords(view, text, words, state) {
  const out = [];
  for (const word of words) {
    const span = textSpan(view, word.start, word.end);
    const raw = text.slice(word.start, word.end);
    const whole = wholeVariable(raw);
    const value = whole === void 0 ? void 0 : state.valueOf(whole.name);
    if (whole && value !== void 0) {
      const parts = whole.quoted ? [value] : value.split(/[ \t\n]+/).filter((part) => part !== "");
      for (const part of parts) out.push({ value: part, span, opaque: false });
      continue;
    }
    const expanded = word.opaque ? expandedValue(text, word, state) : void 0;
    const read = expanded ?? word.value;
    const offset = raw === read ? 0 : raw.length === read.length + 2 && raw.slice(1, -1) === read ? 1 : -1;
    const locate2 = offset < 0 ? {} : {
      locate: (from, to) => textSpan(view, word.start + offset + from, word.start + offset + to)
    };
    out.push({ value: read, span, opaque: word.opaque && expanded === void 0, ...locate2 });
  }
  return out;
}
function wholeVariable(raw) {
  const quoted = raw.length > 2 && raw.startsWith('"') && raw.endsWith('"');
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (!inner.startsWith("$")) return void 0;
  const name = inner.startsWith("${") && inner.endsWith("}") ? inner.slice(2, -1) : inner.slice(1);
  return isName(name) ? { name, quoted } : void 0;
}
function dockerEnv(step, argv, entries) {
  const settings = [];
  for (const entry of entries) {
    const word = argv[entry.index];
    const eq = entry.text.indexOf("=");
    const name = eq < 0 ? entry.text : entry.text.slice(0, eq);
    const value = eq < 0 ? step.state.valueOf(name) : entry.text.slice(eq + 1);
    if (value === void 0) continue;
    const span = textSpan(step.view, word.start, word.end);
    const setting = envVariableOf(name, value, span);
    if (setting) settings.push(setting);
  }
  return settings;
}
function envVariableOf(name, value, span) {
  return envVariable(name, value, span, { kind: "script", via: "docker-env" });
}
function sshCommand(argv) {
  const withValue = "BbcDEeFIiJLlmOoPpQRSWw";
  let i = 1;
  for (; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === "--") {
      i++;
      break;
    }
    if (!v.startsWith("-") || v.length < 2) break;
    const last2 = v[v.length - 1];
    if (v.length === 2 && withValue.includes(last2)) i++;
  }
  return argv.slice(i + 1);
}
function teeFiles(args) {
  return args.filter((arg) => !arg.value.startsWith("-") || arg.value === "-");
}
function stdinForm(name, args) {
  if (name === "kubeadm") {
    const config = optionValue(args, "--config");
    return config === "-" || config === "/dev/stdin" ? "yaml" : void 0;
  }
  if (name === "kubectl" || name === "oc") {
    const file = optionValue(args, "-f") ?? optionValue(args, "--filename");
    return file === "-" ? "yaml" : void 0;
  }
  if (name === "sh" || name === "bash" || name === "dash") {
    return args.every((arg) => arg.value.startsWith("-") && !arg.value.includes("c")) ? "shell" : void 0;
  }
  if (name === "ssh") {
    const remote = sshCommand([{ value: "ssh", start: 0, end: 0, opaque: false }, ...args]);
    const shell = remote[0]?.value;
    if (remote.length === 0) return "shell";
    return shell && ["sh", "bash"].includes(basename2(shell)) && !remote.some((w) => w.value.includes("c") && w.value.startsWith("-")) ? "shell" : void 0;
  }
  return void 0;
}
function optionValue(args, name) {
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === name) return args[i + 1]?.value;
    if (v.startsWith(`${name}=`)) return v.slice(name.length + 1);
  }
  return void 0;
}
function unique(items) {
  return [...new Set(items)];
}

// src/extract/dockerfile.ts
var dockerfileExtractor = {
  id: "dockerfile",
  extract(file, env) {
    if (!isDockerfileName(file.formPath)) return [];
    const instructions = readInstructions(readableText(file));
    const stages = [];
    const configs = [];
    let stage;
    for (const instruction of instructions) {
      const args = subText(file, instruction.args, instruction.at, file.formPath, file.file.relPath);
      if (instruction.name === "FROM") {
        stage = newStage(instruction.args, stages);
        stages.push(stage);
      } else if (!stage) {
      } else if (instruction.name === "ENV") {
        environment(args, stage.env);
      } else if (instruction.name === "CMD" || instruction.name === "ENTRYPOINT") {
        const program = { instruction: instruction.name, exec: isExec(args), view: args };
        if (instruction.name === "CMD") stage.cmd = program;
        else {
          stage.entrypoint = program;
          stage.cmd = void 0;
        }
      } else if (instruction.name === "RUN") {
        appendAll(configs, runWrites(file, instruction, stage, env));
      } else if (instruction.name === "COPY" || instruction.name === "ADD") {
        appendAll(configs, copyWrites(file, instruction, stage, env));
      }
    }
    for (const each of stages)
      configs.push(...stageConfigs(file, each, each === stages[stages.length - 1], env));
    return configs;
  }
};
function newStage(args, stages) {
  const words = args.split(/[ \t]+/).filter((word) => word !== "" && !word.startsWith("--"));
  const base = words[0] ?? "";
  const name = words[1]?.toLowerCase() === "as" ? words[2] : void 0;
  const parent = stages.find(
    (other) => other.name !== void 0 && other.name.toLowerCase() === base.toLowerCase()
  );
  if (!parent) return { name, env: new ShellState(), cmd: void 0, entrypoint: void 0 };
  return { name, env: parent.env.copy(), cmd: parent.cmd, entrypoint: parent.entrypoint };
}
function isExec(view) {
  return jsonStringArray(view.text) !== void 0;
}
function environment(view, state) {
  const words = splitShellCommands(view.text)[0]?.words ?? [];
  const first = words[0];
  if (!first) return;
  if (!first.value.includes("=")) {
    const rest = words[1];
    const value = rest ? view.text.slice(rest.start).trim() : "";
    const word = {
      value: `${first.value}=${value}`,
      start: first.start,
      end: view.text.trimEnd().length,
      opaque: false
    };
    state.assign(first.value, { value, maybe: false, where: { word, view } }, true);
    return;
  }
  for (const word of words) {
    const eq = word.value.indexOf("=");
    if (eq <= 0) continue;
    const known = expandedValue(view.text, word, state);
    state.assign(
      word.value.slice(0, eq),
      { value: known?.slice(eq + 1), maybe: false, where: { word, view } },
      true
    );
  }
}
function stageConfigs(file, stage, last2, env) {
  const stageName = last2 ? void 0 : stage.name;
  const settings = environmentSettings(stage.env);
  const run = stage.entrypoint ?? stage.cmd;
  const processes = run ? programConfigs(file, stage, run, stageName, settings, env) : [];
  if (processes.length > 0) return processes;
  const first = settings[0];
  if (!first) return [];
  return [
    {
      file: file.file,
      launcher: launcherOf(file, "ENV", stageName),
      span: first.span,
      kind: "fragment",
      completeness: { complete: false, reasons: ["the image's program comes from its base image"] },
      flags: [],
      env: settings,
      implied: [],
      startupProblems: []
    }
  ];
}
function programConfigs(file, stage, run, stageName, settings, env) {
  const launcher = launcherOf(file, run.instruction, stageName);
  if (!run.exec) {
    const reader = new ScriptReader(env);
    return reader.readFile(run.view, { invocations: true, state: stage.env.child(true), launcher: () => launcher }).map((config) => ({ ...config, env: settings }));
  }
  const argv = [
    ...execItems(run.view),
    ...stage.entrypoint?.exec && stage.cmd?.exec ? execItems(stage.cmd.view) : []
  ];
  const reasons = [];
  let at = 0;
  if (stage.entrypoint?.exec && stage.cmd?.exec && !isEtcdProgram(argv[0]?.value ?? "")) {
    const cmdStart = execItems(stage.entrypoint.view).length;
    if (isEtcdProgram(argv[cmdStart]?.value ?? "")) {
      at = cmdStart;
      reasons.push(`the ENTRYPOINT ${argv[0]?.value ?? ""} runs first and is given this command`);
    }
  }
  const program = argv[at];
  if (!program) return [];
  if (!isEtcdProgram(program.value)) {
    const script = shellScriptIndex(argv.map((item2) => item2.value));
    const item = script === void 0 ? void 0 : argv[script];
    if (!item) return [];
    const reader = new ScriptReader(env);
    return reader.readFile(item.view, { invocations: true, state: stage.env.child(true), launcher: () => launcher }).map((config) => ({ ...config, env: settings }));
  }
  if (isEtcdSubcommand(argv[at + 1]?.value)) return [];
  const words = argv.slice(at + 1).map((item) => ({ value: item.value, span: item.span, opaque: false, locate: item.locate }));
  const parsed = parseEtcdArgv(words, false);
  const open = [...reasons, ...opaqueWords(words), ...inheritedEnvironment(launcher)];
  return [
    {
      file: file.file,
      launcher,
      span: program.span,
      kind: "process",
      completeness: open.length === 0 ? { complete: true } : { complete: false, reasons: open },
      flags: parsed.flags,
      env: settings,
      implied: [],
      startupProblems: parsed.startupProblems
    }
  ];
}
function execItems(view) {
  return (jsonStringArray(view.text) ?? []).map((item) => {
    const at = [];
    let j = item.start + 1;
    for (const char of item.value) {
      let k = j;
      while (k < item.end - 1 && view.text[k] !== char) k++;
      at.push(k < item.end - 1 ? k : j);
      if (k < item.end - 1) j = k + 1;
    }
    return {
      value: item.value,
      span: textSpan(view, item.start, item.end),
      view: subText(view, item.value, at, "script.sh", view.embedded?.where ?? view.file.relPath),
      // Where characters [from, to) of the value are (one URL of a list), through the same map.
      locate: (from, to) => {
        const first = at[from];
        const last2 = at[Math.max(from, to - 1)];
        return first === void 0 || last2 === void 0 ? void 0 : textSpan(view, first, last2 + 1);
      }
    };
  });
}
function environmentSettings(state) {
  const settings = [];
  for (const variable of state.exported()) {
    for (const assignment of variable.assignments) {
      const where2 = assignment.where;
      if (!where2) continue;
      const raw = where2.word.value.slice(where2.word.value.indexOf("=") + 1);
      const span = textSpan(where2.view, where2.word.start, where2.word.end);
      const setting = envVariable(variable.name, assignment.value ?? raw, span, {
        kind: "script",
        via: "dockerfile-env"
      });
      if (setting) settings.push(setting);
    }
  }
  return settings;
}
function runWrites(file, instruction, stage, env) {
  const parts = [instruction.args];
  const at = [...instruction.at];
  const heredoc = instruction.heredocs[0];
  const bodyIsScript = instruction.args.trimStart().startsWith("<<") && heredoc !== void 0;
  if (bodyIsScript) {
    const body = heredoc.text.slice(0, heredoc.text.lastIndexOf("\n", heredoc.text.length - 2) + 1);
    const view2 = subText(file, body, heredoc.at, "script.sh", file.file.relPath);
    return new ScriptReader(env).readFile(view2, { invocations: false, state: stage.env.child(true) });
  }
  for (const doc of instruction.heredocs) {
    parts.push("\n", doc.text);
    at.push(at[at.length - 1] ?? instruction.start);
    appendAll(at, doc.at);
  }
  const view = subText(file, parts.join(""), at, "script.sh", file.file.relPath);
  return new ScriptReader(env).readFile(view, { invocations: false, state: stage.env.child(true) });
}
function copyWrites(file, instruction, stage, env) {
  if (instruction.heredocs.length === 0) return [];
  const parts = [instruction.args, "\n", ...instruction.heredocs.map((doc) => doc.text)];
  const at = [...instruction.at, instruction.at[instruction.at.length - 1] ?? instruction.start];
  for (const doc of instruction.heredocs) appendAll(at, doc.at);
  const view = subText(file, parts.join(""), at, "Dockerfile", file.file.relPath);
  const command = splitShellCommands(view.text)[0];
  const redirection = command?.redirections.find((r) => r.heredoc);
  const words = command?.words ?? [];
  const target = words[words.length - 1];
  if (!redirection?.heredoc || !target) return [];
  const body = hereDocumentText(view.text, redirection.heredoc, (name) => stage.env.valueOf(name));
  const path12 = target.value.endsWith("/") ? `${target.value}${basename2(redirection.heredoc.delimiter)}` : target.value;
  const where2 = `${path12} (written by ${file.file.relPath})`;
  return writtenConfigs(
    [
      {
        path: path12,
        exact: path12.startsWith("/"),
        view: subText(view, body.text, body.at, path12, where2),
        unknown: body.unknown,
        where: where2
      }
    ],
    { env, consumers: /* @__PURE__ */ new Map(), readScript: () => [] }
  );
}
function launcherOf(file, instruction, stage) {
  return { kind: "dockerfile", path: file.file.relPath, instruction, ...stage ? { stage } : {} };
}

// src/extract/etcd-operator.ts
var COREOS_OPERATOR = "coreos/etcd-operator";
var CERTS = "/etc/etcdtls";
var SECURE = {
  client: {
    "listen-client-urls": "https://0.0.0.0:2379",
    "advertise-client-urls": "https://<member>.<cluster>.<namespace>.svc:2379",
    "client-cert-auth": "true",
    "trusted-ca-file": `${CERTS}/operator/etcd-client-ca.crt`,
    "cert-file": `${CERTS}/member/server/server.crt`,
    "key-file": `${CERTS}/member/server/server.key`
  },
  peer: {
    "listen-peer-urls": "https://0.0.0.0:2380",
    "initial-advertise-peer-urls": "https://<member>.<cluster>.<namespace>.svc:2380",
    "peer-client-cert-auth": "true",
    "peer-trusted-ca-file": `${CERTS}/member/peer/peer-ca.crt`,
    "peer-cert-file": `${CERTS}/member/peer/peer.crt`,
    "peer-key-file": `${CERTS}/member/peer/peer.key`
  }
};
var etcdOperatorExtractor = {
  id: "etcd-operator",
  extract(context) {
    if (!context.mayMention("EtcdCluster")) return [];
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, "apiVersion")) ?? "";
      if (!apiVersion.startsWith("etcd.database.coreos.com/") || nav.text(nav.get(object, "kind")) !== "EtcdCluster")
        continue;
      const specPair = nav.pair(object, "spec");
      if (!specPair) continue;
      configs.push(clusterConfig(context, object, specPair));
    }
    return configs;
  }
};
function clusterConfig(context, object, specPair) {
  const { nav } = context;
  const spec = nav.resolve(specPair.value);
  const metadata = nav.get(object, "metadata");
  const namespace = context.shownText(nav.get(metadata, "namespace"));
  const launcher = {
    kind: "operator",
    operator: COREOS_OPERATOR,
    objectKind: "EtcdCluster",
    objectName: context.shownText(nav.get(metadata, "name")) ?? "(unnamed)",
    ...namespace ? { namespace } : {}
  };
  const span = context.nodeSpan(specPair.key);
  const staticTls = nav.path(spec, ["TLS", "static"]);
  const secureClient = (nav.text(nav.get(staticTls, "operatorSecret")) ?? "") !== "";
  const securePeer = (nav.text(nav.path(staticTls, ["member", "peerSecret"])) ?? "") !== "";
  const implied = [];
  const flags = [];
  const side = (secure, defaults, field2, listen, port) => {
    if (secure) {
      implied.push(...impliedSettings(COREOS_OPERATOR, defaults, "flag", span));
      return;
    }
    const url = `http://0.0.0.0:${port}`;
    flags.push({
      name: listen,
      key: `--${listen}`,
      text: `--${listen}=${url}`,
      rawValue: url,
      origin: { kind: "operator", operator: COREOS_OPERATOR, field: field2 },
      span
    });
    const advertise = listen === "listen-client-urls" ? "advertise-client-urls" : "initial-advertise-peer-urls";
    implied.push(
      ...impliedSettings(COREOS_OPERATOR, { [advertise]: `http://<member>:${port}` }, "flag", span)
    );
  };
  side(secureClient, SECURE.client, "spec.TLS.static.operatorSecret", "listen-client-urls", "2379");
  side(securePeer, SECURE.peer, "spec.TLS.static.member.peerSecret", "listen-peer-urls", "2380");
  const env = etcdEnv(context, nav.path(spec, ["pod", "etcdEnv"]));
  return {
    file: context.fileRef,
    launcher,
    span,
    kind: "process",
    completeness: context.file.template ? { complete: false, reasons: ["the resource is a template"] } : { complete: true },
    flags,
    env,
    implied,
    startupProblems: []
  };
}
function etcdEnv(context, list) {
  const { nav } = context;
  return nav.items(list).flatMap((item) => {
    const namePair = nav.pair(item, "name");
    const name = nav.text(namePair?.value);
    const valueNode = nav.get(item, "value");
    const value = nav.text(valueNode);
    if (!namePair || !name || value === void 0) return [];
    const from = { kind: "tool-field", tool: COREOS_OPERATOR, field: "spec.pod.etcdEnv" };
    const setting = envVariable(
      name,
      value,
      context.pairSpan(namePair),
      from,
      scalarValue(context, valueNode)
    );
    return setting ? [setting] : [];
  });
}

// src/extract/external-etcd.ts
var KUBEADM_FILES = [
  { field: "caFile", flag: "etcd-cafile" },
  { field: "certFile", flag: "etcd-certfile" },
  { field: "keyFile", flag: "etcd-keyfile" }
];
var K0S_FILES = [
  { field: "caFile", flag: "etcd-cafile" },
  { field: "clientCertFile", flag: "etcd-certfile" },
  { field: "clientKeyFile", flag: "etcd-keyfile" }
];
var kubeadmExternalEtcdExtractor = {
  id: "kubeadm-external-etcd",
  extract(context) {
    if (!context.mayMention("external")) return [];
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, "apiVersion")) ?? "";
    const kind = nav.text(nav.get(root, "kind")) ?? "";
    let prefix;
    let objectName2;
    if (apiVersion.startsWith("kubeadm.k8s.io/") && kind === "ClusterConfiguration") prefix = [];
    else if (apiVersion.includes("cluster.x-k8s.io/") && CLUSTER_API_PATHS[kind]) {
      prefix = CLUSTER_API_PATHS[kind];
      objectName2 = nav.text(nav.path(root, ["metadata", "name"])) ?? "(unnamed)";
    }
    if (!prefix) return [];
    const externalPair = nav.pair(nav.path(root, [...prefix, "etcd"]), "external");
    const external = nav.map(externalPair?.value);
    if (!externalPair || !external) return [];
    const field2 = [...prefix, "etcd", "external"].join(".");
    const launcher = {
      kind: "tool",
      tool: "kubeadm",
      objectKind: kind,
      ...objectName2 ? { objectName: objectName2 } : {},
      field: field2
    };
    const origin2 = (name) => ({
      kind: "extra-arg",
      tool: "kubeadm",
      field: `${field2}.${name}`,
      shape: "list"
    });
    const endpoints = endpointSettings(context, nav.pair(external, "endpoints"), origin2("endpoints"));
    const files = fileSettings(context, external, KUBEADM_FILES, origin2);
    const given = new Set(files.map((setting) => setting.name));
    const problems = [];
    const anchor = keySpan2(context, externalPair);
    const reject = (message, span = anchor) => problems.push({ message: `kubeadm rejects the configuration: ${message}`, span });
    if (given.has("etcd-certfile") !== given.has("etcd-keyfile"))
      reject("either both or none of .Etcd.External.CertFile and .Etcd.External.KeyFile must be set");
    if (given.has("etcd-certfile") && given.has("etcd-keyfile") && !given.has("etcd-cafile"))
      reject("setting .Etcd.External.CertFile and .Etcd.External.KeyFile requires .Etcd.External.CAFile");
    if (given.size > 0) {
      for (const endpoint of endpoints) {
        const scheme = (endpoint.rawValue ?? "").split("://", 1)[0]?.toLowerCase();
        if (!endpoint.valueUnknown && scheme !== "https")
          reject("the URL must be using the HTTPS scheme", endpoint.span);
      }
    }
    const passed = files.filter(
      (setting) => setting.name === "etcd-cafile" || given.has("etcd-certfile") && given.has("etcd-keyfile")
    );
    return [clientConfig(context, launcher, anchor, [...endpoints, ...passed], [], problems)];
  }
};
var k0sExternalEtcdExtractor = {
  id: "k0s-external-etcd",
  extract(context) {
    if (!context.mayMention("externalCluster")) return [];
    const { nav } = context;
    const found = k0sClusterConfig(context);
    if (!found) return [];
    const { config, prefix, kind } = found;
    const storage = nav.path(config, ["spec", "storage"]);
    const type = nav.text(nav.get(storage, "type"));
    if (type !== void 0 && type !== "" && type !== "etcd") return [];
    const cluster = nav.map(nav.path(storage, ["etcd", "externalCluster"]));
    if (!cluster) return [];
    const field2 = `${prefix}spec.storage.etcd.externalCluster`;
    const objectName2 = nav.text(nav.path(config, ["metadata", "name"])) ?? kind ?? "ClusterConfig";
    const launcher = {
      kind: "tool",
      tool: "k0s",
      objectKind: kind ?? "ClusterConfig",
      objectName: objectName2,
      field: field2
    };
    const origin2 = (name) => ({
      kind: "extra-arg",
      tool: "k0s",
      field: `${field2}.${name}`,
      shape: "list"
    });
    const endpointsPair = nav.pair(cluster, "endpoints");
    const endpoints = endpointSettings(context, endpointsPair, origin2("endpoints"));
    const files = fileSettings(context, cluster, K0S_FILES, origin2);
    const anchor = keySpan2(
      context,
      endpointsPair ?? nav.pair(nav.path(storage, ["etcd"]), "externalCluster")
    );
    const problems = [];
    if (files.length > 0 && files.length < 3) {
      problems.push({
        message: "k0s rejects the configuration: externalCluster needs caFile, clientCertFile and clientKeyFile all together, or none of them",
        span: anchor
      });
    }
    return [
      clientConfig(
        context,
        launcher,
        anchor,
        [...endpoints, ...files.length === 3 ? files : []],
        [],
        problems
      )
    ];
  }
};
var rkeExternalEtcdExtractor = {
  id: "rke-external-etcd",
  extract(context) {
    if (!context.mayMention("external_urls")) return [];
    const { nav } = context;
    const root = context.root;
    const nested = nav.map(nav.get(root, "rancher_kubernetes_engine_config"));
    const cluster = nested ?? root;
    const prefix = nested ? "rancher_kubernetes_engine_config.services.etcd" : "services.etcd";
    const etcd = nav.map(nav.path(cluster, ["services", "etcd"]));
    const urlsPair = nav.pair(etcd, "external_urls");
    const looksLikeRke = nested !== void 0 || ["nodes", "kubernetes_version", "network"].some((key) => nav.pair(cluster, key) !== void 0) || nav.path(cluster, ["services", "kube-api"]) !== void 0;
    if (!looksLikeRke || !urlsPair || nav.items(urlsPair.value).length === 0) return [];
    const field2 = `${prefix}.external_urls`;
    const objectName2 = nav.text(nav.get(cluster, "cluster_name")) ?? nav.text(nav.get(root, "name"));
    const launcher = {
      kind: "tool",
      tool: "RKE",
      objectKind: "cluster.yml",
      ...objectName2 ? { objectName: objectName2 } : {},
      field: field2
    };
    const origin2 = { kind: "extra-arg", tool: "RKE", field: field2, shape: "list" };
    const endpoints = endpointSettings(context, urlsPair, origin2);
    const span = keySpan2(context, urlsPair);
    const implied = ["etcd-cafile", "etcd-certfile", "etcd-keyfile"].map((name) => ({
      name,
      key: `--${name}`,
      text: `--${name}=<RKE etcd client certificate>`,
      rawValue: "/etc/kubernetes/ssl/<rke-file>",
      origin: { kind: "launcher-default", tool: "RKE", as: "flag" },
      span
    }));
    return [clientConfig(context, launcher, span, endpoints, implied, [])];
  }
};
function clientConfig(context, launcher, span, flags, implied, startupProblems) {
  return {
    file: context.fileRef,
    launcher,
    span,
    completeness: context.file.template ? { complete: false, reasons: ["the configuration is a template"] } : { complete: true },
    flags,
    implied,
    startupProblems
  };
}
function endpointSettings(context, pair, origin2) {
  const { nav } = context;
  const value = nav.resolve(pair?.value);
  const items = nav.seq(value) ? nav.items(value) : value ? [value] : [];
  return items.flatMap((item) => {
    const text = nav.text(item);
    if (text === void 0) return [];
    return [
      {
        ...renderedArg("etcd-servers", text, text, origin2, context.nodeSpan(item)),
        key: origin2.field,
        ...scalarValue(context, item)
      }
    ];
  });
}
function fileSettings(context, map, fields, origin2) {
  const { nav } = context;
  return fields.flatMap(({ field: field2, flag }) => {
    const pair = nav.pair(map, field2);
    const text = nav.text(pair?.value);
    if (!pair || text === void 0 || text === "") return [];
    return [
      { ...renderedArg(flag, text, `${field2}: ${text}`, origin2(field2), context.pairSpan(pair)), key: field2 }
    ];
  });
}
function keySpan2(context, pair) {
  const node = pair?.key ?? pair?.value;
  return node ? context.nodeSpan(node) : context.rangeSpan(0, 1);
}

// src/extract/gitops-flux.ts
var SUBSTITUTION = {
  placeholder: (value) => hasSubstitution(value) ? "a substitution variable of the Flux Kustomization" : void 0
};
function hasSubstitution(text) {
  const open = text.indexOf("${");
  return open >= 0 && text.indexOf("}", open + 2) >= 0;
}
var fluxHelmReleaseExtractor = {
  id: "flux-helmrelease",
  extract(context, env) {
    if (!context.mayMention("HelmRelease")) return [];
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, "kind")) !== "HelmRelease") continue;
      if (!(nav.text(nav.get(object, "apiVersion")) ?? "").startsWith("helm.toolkit.fluxcd.io/")) continue;
      const release = helmRelease(context, env, object);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  }
};
function helmRelease(context, env, object) {
  const { nav } = context;
  const metadata = nav.get(object, "metadata");
  const namespace = nav.text(nav.get(metadata, "namespace"));
  const name = `Flux HelmRelease ${[namespace, nav.text(nav.get(metadata, "name")) ?? "(unnamed)"].filter(Boolean).join("/")}`;
  const spec = nav.get(object, "spec");
  const found = releaseChart(context, env, spec, namespace);
  if (!found) return void 0;
  const reasons = [];
  if (nav.items(nav.get(spec, "postRenderers")).length > 0)
    reasons.push("`postRenderers` patch what the chart renders");
  const related = [];
  let values = found.defaults ?? NO_VALUES;
  try {
    for (const reference of nav.items(nav.get(spec, "valuesFrom"))) {
      const layer = valuesReference(context, env, reference, namespace, name);
      if (layer.related) related.push(layer.related);
      values = layer.apply(values);
    }
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, found.anchor, `Flux refuses a \`targetPath\` of ${name}: ${error.message}`);
    return void 0;
  }
  const own = nav.pair(spec, "values");
  if (own && nav.map(own.value))
    values = mergeValues(values, yamlValues(context, own.value, SUBSTITUTION));
  return { name, file: context.fileRef, chart: found.chart, anchor: found.anchor, values, reasons, related };
}
function releaseChart(context, env, spec, namespace) {
  const { nav } = context;
  const chartRefPair = nav.pair(spec, "chartRef");
  const chartRef = chartRefPair ? nav.resolve(chartRefPair.value) : void 0;
  if (chartRefPair && chartRef) {
    const source = sourceObject(context, env, chartRef, namespace);
    if (!source) return void 0;
    const anchor = context.nodeSpan(chartRefPair.key);
    if (source.kind === "OCIRepository") {
      const { nav: sourceNav } = source.context;
      const sourceSpec = sourceNav.get(source.object, "spec");
      const url = sourceNav.text(sourceNav.get(sourceSpec, "url")) ?? "";
      if (!isBitnamiEtcdReference(url)) return void 0;
      const ref = sourceNav.get(sourceSpec, "ref");
      const version = sourceNav.text(sourceNav.get(ref, "tag")) ?? sourceNav.text(sourceNav.get(ref, "semver"));
      return { chart: { kind: "bitnami-etcd", ...version ? { version } : {} }, anchor };
    }
    if (source.kind === "HelmChart")
      return chartTemplate(
        source.context,
        env,
        source.context.nav.get(source.object, "spec"),
        source.namespace,
        anchor
      );
    return void 0;
  }
  const chartSpec = nav.path(spec, ["chart", "spec"]);
  const chartPair = nav.pair(chartSpec, "chart");
  if (!chartPair) return void 0;
  return chartTemplate(context, env, chartSpec, namespace, context.pairSpan(chartPair));
}
function chartTemplate(context, env, chartSpec, namespace, anchor) {
  const { nav } = context;
  const chart = nav.text(nav.get(chartSpec, "chart"))?.trim();
  const sourceRef = nav.get(chartSpec, "sourceRef");
  if (!chart || !sourceRef) return void 0;
  const source = sourceObject(context, env, sourceRef, namespace);
  if (!source) return void 0;
  const sourceNav = source.context.nav;
  const url = sourceNav.text(sourceNav.path(source.object, ["spec", "url"])) ?? "";
  const valuesFiles = nav.items(nav.get(chartSpec, "valuesFiles")).map((item) => nav.text(item)).filter((file) => !!file);
  const version = nav.text(nav.get(chartSpec, "version"));
  const packaged = () => ({
    chart: { kind: "bitnami-etcd", ...version ? { version } : {} },
    anchor,
    ...valuesFiles.length > 0 ? { defaults: { kind: "unknown", why: `the chart's \`valuesFiles\` (${valuesFiles.join(", ")})` } } : {}
  });
  if (source.kind === "HelmRepository")
    return chart === "etcd" && isBitnamiRepository(url) ? packaged() : void 0;
  if (source.kind !== "GitRepository") return void 0;
  if (isBitnamiEtcdInGit(url, chart)) return packaged();
  const dir = repositoryPath("", chart);
  if (dir === void 0 || !isChartDirectory(env, dir)) return void 0;
  const defaults = valuesFiles.length === 0 ? void 0 : valuesFiles.reduce((acc, file) => {
    const path12 = repositoryPath("", file);
    return mergeValues(
      acc,
      path12 === void 0 ? { kind: "unknown", why: `\`${file}\`` } : valuesFileLayer(env, path12)
    );
  }, NO_VALUES);
  return { chart: { kind: "directory", dir }, anchor, ...defaults ? { defaults } : {} };
}
function isQuote(c) {
  return c === "'" || c === '"';
}
function leadingQuotes(text) {
  let n = 0;
  while (n < text.length && isQuote(text[n])) n++;
  return n;
}
function trimQuotes(text) {
  let end = text.length;
  while (end > 0 && isQuote(text[end - 1])) end--;
  return text.slice(Math.min(leadingQuotes(text), end), end);
}
function sourceObject(context, env, reference, namespace) {
  const { nav } = context;
  const kind = nav.text(nav.get(reference, "kind"));
  const name = nav.text(nav.get(reference, "name"));
  if (!kind || !name) return void 0;
  const ns = nav.text(nav.get(reference, "namespace")) ?? namespace;
  return env.index.object(kind, name, ns, context.fileRef.relPath);
}
function valuesReference(context, env, reference, namespace, release) {
  const { nav } = context;
  const kind = nav.text(nav.get(reference, "kind"));
  const name = nav.text(nav.get(reference, "name")) ?? "";
  const key = nav.text(nav.get(reference, "valuesKey")) || "values.yaml";
  const targetPath = nav.text(nav.get(reference, "targetPath"));
  const unknown = (why) => ({
    apply: (values) => mergeValues(values, { kind: "unknown", why })
  });
  if (kind !== "ConfigMap")
    return unknown(`the ${kind ?? "object"} \`${name}\` (values from a Secret are not read)`);
  const entry = env.index.configMap(name, namespace, context.fileRef.relPath);
  if (!entry) return unknown(`the ConfigMap \`${name}\`, which is not in the scan`);
  const pair = env.index.configMapKey(entry, key);
  const node = pair ? entry.context.nav.resolve(pair.value) : void 0;
  if (!pair || !node)
    return unknown(`the key \`${key}\` of the ConfigMap \`${name}\`, which it does not have`);
  const related = {
    file: context.fileRef,
    span: context.nodeSpan(reference),
    message: `${release} reads these values (valuesFrom)`
  };
  const cm = entry.context;
  if (!targetPath) {
    const layer = stringValues(cm, node, `the ConfigMap ${name} key ${key}`, SUBSTITUTION);
    if (!layer) throw new SetError(`the key \`${key}\` of the ConfigMap \`${name}\` is not a YAML map`);
    return { apply: (values) => mergeValues(values, layer), related };
  }
  const data = cm.nav.text(node) ?? "";
  const quoted = ["'", '"'].some((q) => data.startsWith(q) && data.endsWith(q));
  const literal = yamlTrue(nav.text(nav.get(reference, "literal")));
  const setKind = literal ? "set-literal" : quoted ? "set-string" : "set";
  const value = quoted && !literal ? trimQuotes(data) : data;
  const text = `${targetPath}=${value}`;
  const keySpan3 = cm.nodeSpan(pair.key);
  const offset = targetPath.length + 1 - (quoted && !literal ? leadingQuotes(data) : 0);
  const placeholder = SUBSTITUTION.placeholder?.(data);
  return {
    apply: (values) => applySet(
      values,
      {
        text,
        file: cm.fileRef,
        locate: (from, to) => to <= targetPath.length + 1 ? keySpan3 : cm.valueSpan(node, Math.max(0, from - offset), Math.max(1, to - offset)),
        fallback: cm.nodeSpan(node)
      },
      setKind,
      placeholder ? () => placeholder : void 0
    ),
    related
  };
}

// src/extract/gitops-kustomize.ts
var kustomizeHelmChartsExtractor = {
  id: "kustomize-helmcharts",
  extract(context, env) {
    if (!isKustomizationName(context.fileRef.relPath) || !context.mayMention("helmCharts")) return [];
    const { nav } = context;
    const root = context.root;
    const dir = directoryOf(context.fileRef.relPath);
    const chartHome = nav.text(nav.path(root, ["helmGlobals", "chartHome"]))?.trim() || "charts";
    const configs = [];
    for (const entry of nav.items(nav.get(root, "helmCharts"))) {
      const release = chartRelease(context, env, entry, dir, chartHome);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  }
};
function chartRelease(context, env, entry, dir, chartHome) {
  const { nav } = context;
  const found = chartOf2(context, env, entry, dir, chartHome);
  if (!found) return void 0;
  const releaseName = nav.text(nav.get(entry, "releaseName")) ?? nav.text(nav.get(entry, "name")) ?? "";
  const name = `kustomize helmCharts release ${releaseName}`;
  const related = [];
  const fileLayer = (node) => {
    const text = nav.text(node)?.trim();
    if (!node || !text) return void 0;
    if (context.isTemplated(node))
      return { kind: "unknown", why: "a values file named by a template expression" };
    if (isRemoteUrl(text)) return { kind: "unknown", why: `\`${text}\`, fetched at run time` };
    const relPath = repositoryPath(dir, text);
    if (relPath === void 0) return { kind: "unknown", why: `\`${text}\`, outside the repository` };
    related.push({
      file: context.fileRef,
      span: context.nodeSpan(node),
      message: `${name} applies this values file`
    });
    return valuesFileLayer(env, relPath);
  };
  const explicit = fileLayer(nav.get(entry, "valuesFile"));
  const inlineNode = nav.get(entry, "valuesInline");
  const inline = inlineNode && nav.map(inlineNode) ? yamlValues(context, inlineNode) : void 0;
  const merge2 = nav.text(nav.get(entry, "valuesMerge"))?.trim() || "override";
  let values;
  if (!inline) values = explicit ?? NO_VALUES;
  else if (merge2 === "replace") values = inline;
  else if (merge2 === "override") values = mergeValues(explicit ?? NO_VALUES, inline);
  else if (merge2 === "merge") {
    const under = explicit ?? (found.chart.kind === "directory" ? chartValues(env, found.chart.dir) : {
      kind: "unknown",
      why: "the chart's own values.yaml, which `valuesMerge: merge` lays over the inline values"
    });
    values = mergeValues(inline, under);
  } else {
    notUnderstood(env, context, found.anchor, `kustomize refuses \`valuesMerge: ${merge2}\` of ${name}`);
    return void 0;
  }
  for (const file of nav.items(nav.get(entry, "additionalValuesFiles"))) {
    const layer = fileLayer(file);
    if (layer) values = mergeValues(values, layer);
  }
  return {
    name,
    file: context.fileRef,
    chart: found.chart,
    anchor: found.anchor,
    values,
    reasons: [],
    related
  };
}
function chartOf2(context, env, entry, dir, chartHome) {
  const { nav } = context;
  const namePair = nav.pair(entry, "name");
  const nameNode = namePair ? nav.resolve(namePair.value) : void 0;
  const chartName = nav.text(nameNode)?.trim();
  if (!nameNode || !chartName || context.isTemplated(nameNode)) return void 0;
  const anchor = context.nodeSpan(nameNode);
  const repo = nav.text(nav.get(entry, "repo"))?.trim();
  const version = nav.text(nav.get(entry, "version"))?.trim();
  if (repo) {
    let base = repo;
    while (base.endsWith("/")) base = base.slice(0, -1);
    const bitnami = repo.startsWith("oci://") ? isBitnamiEtcdReference(`${base}/${chartName}`) : chartName === "etcd" && isBitnamiRepository(repo);
    return bitnami ? { chart: { kind: "bitnami-etcd", ...version ? { version } : {} }, anchor } : void 0;
  }
  const path12 = repositoryPath(dir, `${chartHome}/${chartName}`);
  return path12 !== void 0 && isChartDirectory(env, path12) ? { chart: { kind: "directory", dir: path12 }, anchor } : void 0;
}

// src/extract/helm-values.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/extract/bitnami-values.ts
import path8 from "node:path";
function bitnamiValuesConfigs(context, env) {
  const relPath = context.fileRef.relPath;
  const identities = chartIdentities(env, directoryOf(relPath));
  if (identities.length === 0) return void 0;
  const { nav } = context;
  const defaults = path8.posix.basename(relPath) === "values.yaml";
  let values;
  return identities.flatMap((identity) => {
    const key = identity.prefix.slice(0, -1);
    const valuesPair = key === "" ? void 0 : nav.pair(context.root, key);
    if (key !== "" && !valuesPair) return [];
    values ??= yamlValues(context, context.doc.contents);
    const config = bitnamiEtcdConfig(
      {
        values,
        file: context.fileRef,
        span: valuesPair ? context.nodeSpan(valuesPair.key) : context.firstKeySpan(),
        readsCondition: true,
        ...defaults ? {} : {
          writtenOnly: "the values file is applied over the chart's values.yaml, which it does not show"
        }
      },
      identity
    );
    return config ? [config] : [];
  });
}
var chartDefaultsExtractor = {
  id: "bitnami-etcd-chart",
  extract(context, env) {
    const relPath = context.fileRef.relPath;
    if (context.embedded || path8.posix.basename(relPath) !== "Chart.yaml") return [];
    const directory = directoryOf(relPath);
    const valuesDocs = env.index.documentsIn(directory === "." ? "values.yaml" : `${directory}/values.yaml`);
    const valuesDoc = valuesDocs[0];
    return chartIdentities(env, directory).filter(
      (identity) => identity.chart.context === context && identity.prefix === "etcd." && !identity.aliased
    ).filter((identity) => !identity.condition || identity.condition.includes("etcd")).filter(() => !valuesDocs.some((doc) => doc.nav.pair(doc.root, "etcd") !== void 0)).flatMap((identity) => {
      const anchor = { span: identity.chart.span, file: context.fileRef };
      const values = valuesDoc ? yamlValues(valuesDoc, valuesDoc.doc.contents) : { kind: "map", entries: /* @__PURE__ */ new Map() };
      const config = bitnamiEtcdConfig(
        {
          values,
          file: context.fileRef,
          span: anchor.span,
          anchor,
          readsCondition: valuesDoc !== void 0
        },
        identity
      );
      return config ? [config] : [];
    });
  }
};

// src/extract/helm-values.ts
var CHART = "bitnami/etcd";
var SIDES2 = [
  { key: "client", flag: "auto-tls", renders: "ETCD_AUTO_TLS=true" },
  { key: "peer", flag: "peer-auto-tls", renders: "ETCD_PEER_AUTO_TLS=true" }
];
var helmValuesExtractor = {
  id: "helm-values",
  extract(context, env) {
    const { nav } = context;
    const root = nav.map(context.root);
    if (!root || context.embedded) return [];
    if (nav.get(root, "apiVersion") !== void 0 || nav.get(root, "kind") !== void 0) return [];
    const chart = isHelmValuesFile(context.fileRef.relPath) ? bitnamiValuesConfigs(context, env) : void 0;
    if (chart) return chart;
    const configs = [];
    for (const prefix of ["", "etcd."]) {
      const values = prefix === "" ? root : nav.map(nav.get(root, "etcd"));
      const config = valuesConfig(context, values, prefix);
      if (config) configs.push(config);
    }
    return configs;
  }
};
function valuesConfig(context, values, prefix) {
  const { nav } = context;
  const authPair = nav.pair(values, "auth");
  const auth = nav.map(authPair?.value);
  if (!auth || !authPair) return void 0;
  const env = [];
  for (const side of SIDES2) {
    const sideMap = nav.map(nav.get(auth, side.key));
    const useAutoTls = nav.pair(sideMap, "useAutoTLS");
    if (!sideMap || !useAutoTls) continue;
    if (!goTruthy(context, nav.get(sideMap, "secureTransport"))) continue;
    if (!goTruthy(context, nav.resolve(useAutoTls.value))) continue;
    const key = `${prefix}auth.${side.key}.useAutoTLS`;
    env.push({
      name: side.flag,
      key,
      text: `${key}: ${sourceText(context, useAutoTls)}`,
      rawValue: "true",
      origin: { kind: "chart-value", chart: CHART, renders: side.renders },
      span: context.pairSpan(useAutoTls)
    });
  }
  if (env.length === 0) return void 0;
  const reasons = OPEN_VALUES.filter((key) => goTruthy(context, nav.get(values, key))).map(
    (key) => `\`${prefix}${key}\` can set further etcd settings`
  );
  return {
    file: context.fileRef,
    launcher: { kind: "chart-values", chart: CHART },
    span: context.nodeSpan(authPair.key),
    // Without the chart's identity only these explicit values are known, never a default.
    kind: "fragment",
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [],
    env,
    implied: [],
    startupProblems: []
  };
}
var OPEN_VALUES = [
  "extraEnvVars",
  "extraEnvVarsCM",
  "extraEnvVarsSecret",
  "configuration",
  "existingConfigmap"
];
function sourceText(context, pair) {
  const range = pair.value?.range;
  if (!range) return "true";
  const text = context.ownText.slice(range[0], range[1]).trim();
  return text.length > 0 && text.length <= 40 && !text.includes("\n") ? text : "true";
}
function goTruthy(context, node) {
  if (node === void 0) return false;
  if ((0, import_yaml14.isMap)(node) || (0, import_yaml14.isSeq)(node)) return node.items.length > 0;
  if (!(0, import_yaml14.isScalar)(node)) return false;
  if (node.type !== import_yaml14.Scalar.PLAIN) return String(node.value ?? "").length > 0;
  const typed = yaml11Plain(plainSource(context, node));
  switch (typed.kind) {
    case "bool":
      return typed.value;
    case "null":
      return false;
    case "number":
      return typed.value !== 0;
    case "string":
      return typed.value.length > 0;
  }
}
function plainSource(context, node) {
  if (typeof node.source === "string") return node.source;
  const range = node.range;
  if (range) return context.ownText.slice(range[0], range[1]).trim();
  return node.value === null || node.value === void 0 ? "" : String(node.value);
}
var helmChartExtractor = chartDefaultsExtractor;

// src/extract/helmfile.ts
var PLACEHOLDERS = {
  placeholder: (value) => value.includes("{{") ? "a helmfile template expression" : /^ref\+[a-z0-9]+:\/\//.test(value) ? "a secret reference helmfile resolves (vals)" : void 0,
  templated: "a helmfile template expression"
};
var helmfileExtractor = {
  id: "helmfile",
  extract(context, env) {
    const { nav } = context;
    if (context.embedded) return [];
    const releases = nav.seq(nav.get(context.root, "releases"));
    if (!releases) return [];
    if (!isHelmfilePath(context.fileRef.relPath) && (nav.get(context.root, "kind") || nav.get(context.root, "apiVersion")))
      return [];
    const repositories = declaredRepositories(env, context);
    const configs = [];
    for (const item of nav.items(releases)) {
      const release = helmfileRelease(context, env, item, repositories);
      if (release) appendAll(configs, releaseConfigs(release, env));
    }
    return configs;
  }
};
function declaredRepositories(env, context) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of env.index.documentsIn(context.fileRef.relPath)) {
    for (const repository of doc.nav.items(doc.nav.get(doc.root, "repositories"))) {
      const name = doc.nav.text(doc.nav.get(repository, "name"));
      const url = doc.nav.text(doc.nav.get(repository, "url"));
      if (name && url !== void 0) out.set(name, url);
    }
  }
  return out;
}
function helmfileRelease(context, env, item, repositories) {
  const { nav } = context;
  const installed = nav.text(nav.get(item, "installed"));
  if (installed === "false" || installed === "False" || installed === "FALSE") return void 0;
  const chartPair = nav.pair(item, "chart");
  const chartNode = chartPair ? nav.resolve(chartPair.value) : void 0;
  const chartText = nav.text(chartNode)?.trim();
  if (!chartPair || !chartNode || !chartText || context.isTemplated(chartNode) || chartText.includes("{{"))
    return void 0;
  const version = nav.text(nav.get(item, "version"));
  const home = directoryOf(context.fileRef.relPath);
  const dir = home === "." ? "" : home;
  const chart = releaseChart2(env, chartText, version, dir, repositories);
  if (!chart) return void 0;
  const anchor = context.pairSpan(chartPair);
  const name = `helmfile release ${nav.text(nav.get(item, "name")) ?? "(unnamed)"}`;
  const reasons = ["strategicMergePatches", "jsonPatches", "transformers"].filter((key) => nav.get(item, key) !== void 0).map((key) => `helmfile's \`${key}\` change what the chart renders`);
  const related = [];
  let values = nav.get(item, "inherit") ? { kind: "unknown", why: "the release templates it inherits" } : NO_VALUES;
  for (const entry of nav.items(nav.get(item, "values"))) {
    values = mergeValues(values, valuesEntry(context, env, entry, dir, name, related));
  }
  for (const key of ["valuesTemplate", "secrets"])
    if (nav.items(nav.get(item, key)).length > 0)
      values = mergeValues(values, {
        kind: "unknown",
        why: key === "secrets" ? "the release\u2019s `secrets`, decrypted at run time" : "the release\u2019s `valuesTemplate`"
      });
  try {
    values = setEntries(context, nav.get(item, "set"), "set", values);
    values = setEntries(context, nav.get(item, "setString"), "set-string", values);
    values = setEntries(context, nav.get(item, "set"), "set-file", values);
    if (nav.items(nav.get(item, "setTemplate")).length > 0)
      values = mergeValues(values, { kind: "unknown", why: "the release\u2019s `setTemplate`" });
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, anchor, `Helm refuses a \`set\` entry of ${name}: ${error.message}`);
    return void 0;
  }
  return { name, file: context.fileRef, chart, anchor, values, reasons, related };
}
function releaseChart2(env, chart, version, dir, repositories) {
  const bitnami = { kind: "bitnami-etcd", ...version ? { version } : {} };
  if (chart.includes("://")) return isBitnamiEtcdReference(chart) ? bitnami : void 0;
  const segments = chart.split("/");
  const local = chart.startsWith("./") || chart.startsWith("../") || chart.startsWith("/") || segments.length === 1;
  if (!local && segments.length === 2) {
    const [alias, name] = segments;
    const url = repositories.get(alias);
    if (url !== void 0 || !isChartDirectory(env, repositoryPath(dir, chart) ?? "\0")) {
      const bitnamiRepository = url === void 0 ? alias === "bitnami" : isBitnamiRepository(url);
      return name === "etcd" && bitnamiRepository ? bitnami : void 0;
    }
  }
  const path12 = repositoryPath(dir, chart);
  return path12 !== void 0 && isChartDirectory(env, path12) ? { kind: "directory", dir: path12 } : void 0;
}
function valuesEntry(context, env, entry, dir, release, related) {
  const { nav } = context;
  if (nav.map(entry)) return yamlValues(context, entry, PLACEHOLDERS);
  const text = nav.text(entry)?.trim();
  if (!text) return { kind: "unknown", why: "a values entry that is not a file or a map" };
  const placeholder = context.isTemplated(entry) ? "a helmfile template expression" : PLACEHOLDERS.placeholder?.(text);
  if (placeholder) return { kind: "unknown", why: `a values file named by ${placeholder}` };
  if (text.includes("::") || isRemoteUrl(text))
    return { kind: "unknown", why: `\`${text}\`, fetched at run time` };
  const path12 = repositoryPath(dir, text);
  if (path12 === void 0) return { kind: "unknown", why: `\`${text}\`, outside the repository` };
  const values = valuesFileLayer(env, path12);
  const file = env.index.documentsIn(path12)[0]?.fileRef;
  if (file)
    related.push({
      file: context.fileRef,
      span: context.nodeSpan(entry),
      message: `${release} applies this values file`
    });
  return values;
}
function setEntries(context, list, kind, base) {
  const { nav } = context;
  let values = base;
  for (const item of nav.items(list)) {
    const namePair = nav.pair(item, "name");
    const name = nav.text(namePair?.value);
    if (!namePair || name === void 0) continue;
    const valuePair = nav.pair(item, "value");
    const filePair = nav.pair(item, "file");
    const listPair = nav.pair(item, "values");
    if (kind === "set-file" !== (filePair !== void 0 && valuePair === void 0)) continue;
    const pair = valuePair ?? filePair ?? listPair;
    if (!pair) continue;
    const node = nav.resolve(pair.value);
    const raw = node ? nav.text(node) : void 0;
    const items = nav.items(node).map((i) => nav.text(i) ?? "");
    const text = raw !== void 0 ? `${helmfileEscape(name)}=${helmfileEscape(raw)}` : `${helmfileEscape(name)}={${items.map(helmfileEscape).join(",")}}`;
    const nameSpan = context.pairSpan(namePair);
    const valueSpan = context.pairSpan(pair);
    const written = [raw ?? "", ...items, name];
    const placeholder = node && context.isTemplated(node) || context.isTemplated(namePair.value) ? "a helmfile template expression" : written.map((w) => PLACEHOLDERS.placeholder?.(w)).find(Boolean);
    values = applySet(
      values,
      {
        text,
        file: context.fileRef,
        locate: (_from, to) => to > helmfileEscape(name).length + 1 ? valueSpan : nameSpan,
        fallback: nameSpan
      },
      kind,
      placeholder ? () => placeholder : void 0
    );
  }
  return values;
}
function helmfileEscape(value) {
  return value.replace(/[{},]/g, (c) => `\\${c}`);
}

// src/etcd/apiserver.ts
var CLIENT_FILES = ["etcd-certfile", "etcd-keyfile", "etcd-cafile"];
function resolveClient(config) {
  const flags = [...config.implied, ...config.flags];
  const complete = config.completeness.complete;
  const endpoints = [];
  for (const setting of flags) {
    if (setting.name === "etcd-servers") endpoints.push(...serverUrls(setting));
    else if (setting.name === "etcd-servers-overrides") endpoints.push(...overrideUrls(setting));
  }
  const file = (name) => {
    let winner2;
    for (const setting of flags) if (setting.name === name) winner2 = setting;
    if (!winner2) return { state: complete ? "absent" : "unknown" };
    if (winner2.valueUnknown) return { state: "unknown", setting: winner2 };
    return { state: (winner2.rawValue ?? "") === "" ? "empty" : "set", setting: winner2 };
  };
  const problems = [...config.startupProblems];
  const cert = file("etcd-certfile");
  const key = file("etcd-keyfile");
  const one = [cert, key].filter((f) => f.state === "set");
  const other = [cert, key].find((f) => f.state === "empty" || f.state === "absent");
  if (one.length === 1 && other) {
    const given = one[0]?.setting;
    problems.push({
      message: "the kube-apiserver will not start: --etcd-certfile and --etcd-keyfile must both be given (KeyFile and CertFile must both be present)",
      span: given?.span ?? config.span,
      ...given?.file ? { file: given.file } : {}
    });
  }
  return { config, endpoints, file, startupProblems: problems };
}
function serverUrls(setting) {
  return parseUrlList(setting.rawValue ?? "", { opaque: setting.valueUnknown === true, listen: false }).filter((url) => url.text !== "").map((url) => ({ setting, url }));
}
function overrideUrls(setting) {
  const raw = setting.rawValue ?? "";
  const out = [];
  let entryStart = 0;
  for (const entry of raw.split(",")) {
    const hash = entry.indexOf("#");
    if (hash >= 0) {
      let at = entryStart + hash + 1;
      for (const server of entry.slice(hash + 1).split(";")) {
        for (const url of parseUrlList(server, { opaque: setting.valueUnknown === true, listen: false })) {
          if (url.text !== "")
            out.push({ setting, url: { ...url, start: url.start + at, end: url.end + at } });
        }
        at += server.length + 1;
      }
    }
    entryStart += entry.length + 1;
  }
  return out;
}
var CLIENT_FLAGS = /* @__PURE__ */ new Set(["etcd-servers", "etcd-servers-overrides", ...CLIENT_FILES, "client-ca-file"]);
function parseApiServerArgv(words, inShellScript) {
  const origin2 = { kind: "flag", inShellScript };
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.value === "--") break;
    if (!word.value.startsWith("--")) continue;
    const eq = word.value.indexOf("=");
    const name = word.value.slice(2, eq < 0 ? void 0 : eq);
    if (!CLIENT_FLAGS.has(name)) continue;
    const next = eq < 0 ? words[i + 1] : void 0;
    if (eq < 0 && !next) continue;
    const valueWord = next ?? word;
    const offset = next ? 0 : eq + 1;
    const rawValue = next ? next.value : word.value.slice(eq + 1);
    if (next) i++;
    const locate2 = valueWord.locate;
    const setting = {
      name,
      key: `--${name}`,
      text: next ? `${word.value} ${next.value}` : word.value,
      rawValue,
      origin: origin2,
      span: next && next.span.startLine === word.span.startLine ? { ...word.span, endColumn: next.span.endColumn } : word.span
    };
    if (valueWord.opaque) setting.valueUnknown = true;
    if (locate2) setting.locateValue = (from, to) => locate2(offset + from, offset + to);
    out.push(setting);
  }
  return out;
}
function apiServerArgs(argv) {
  const [program, first] = argv;
  if (!program) return void 0;
  const base = program.value.slice(program.value.lastIndexOf("/") + 1);
  if (base === "kube-apiserver") return { program, args: argv.slice(1) };
  if (base === "hyperkube" && first && (first.value === "kube-apiserver" || first.value === "apiserver"))
    return { program, args: argv.slice(2) };
  return void 0;
}

// src/extract/kube-apiserver.ts
var kubeApiServerExtractor = {
  id: "kube-apiserver",
  extract(context) {
    if (!context.mayMention("apiserver")) return [];
    const { nav } = context;
    const configs = [];
    const seen = /* @__PURE__ */ new Set();
    for (const object of podSpecObjects(context)) {
      for (const list of CONTAINER_LISTS) {
        for (const container of nav.items(nav.get(object.podSpec, list))) {
          if (seen.has(container)) continue;
          seen.add(container);
          const config = containerClient(context, container, {
            kind: "container",
            objectKind: object.kind,
            objectName: object.name,
            ...object.namespace ? { namespace: object.namespace } : {},
            container: nav.text(nav.get(container, "name")) ?? "(unnamed)"
          });
          if (config) configs.push(config);
        }
      }
    }
    return configs;
  }
};
function containerClient(context, container, launcher) {
  const { nav } = context;
  const command = nav.items(nav.get(container, "command"));
  const argv = [...command, ...nav.items(nav.get(container, "args"))].flatMap((node) => {
    const value = nav.text(node);
    return value === void 0 ? [] : [{ value, node }];
  });
  const found = apiServerArgs(argv);
  if (!found) return void 0;
  const words = found.args.map(({ value, node }) => ({
    value,
    span: context.nodeSpan(node),
    // The kubelet expands `$(VAR)` from the container's env; a template action is not known either.
    opaque: value.includes("$(") || context.isTemplated(node),
    locate: (from, to) => context.valueSpan(node, from, to)
  }));
  const reasons = [
    ...command.length === 0 ? ["the program is the image's entrypoint, given these args"] : [],
    ...opaqueWords(words),
    ...context.file.template ? ["the manifest is a template"] : []
  ];
  return {
    file: context.fileRef,
    launcher,
    span: context.nodeSpan(found.program.node),
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: parseApiServerArgv(words, false),
    implied: [],
    startupProblems: []
  };
}
var kubeApiServerUnitExtractor = {
  id: "kube-apiserver-unit",
  extract(file, env) {
    if (!file.file.relPath.endsWith(".service")) return [];
    return unitCommandLines(file, env).flatMap((line) => {
      const found = apiServerArgs(line.argv);
      if (!found) return [];
      const words = found.args;
      const reasons = [...line.open, ...opaqueWords(words)];
      return [
        {
          file: file.file,
          launcher: { kind: "systemd", unit: file.file.relPath },
          span: found.program.span,
          completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
          flags: parseApiServerArgv(words, false),
          implied: [],
          startupProblems: []
        }
      ];
    });
  }
};

// src/extract/kustomize.ts
import path9 from "node:path";

// src/extract/kustomize-smp.ts
var import_yaml15 = __toESM(require_dist(), 1);

// src/extract/kustomize-state.ts
function markPatched(container, file) {
  container.patched = true;
  if (!container.patchedBy.some((known) => known.absPath === file.absPath))
    container.patchedBy = [...container.patchedBy, file];
}
function containerState(context, node, fromPatch) {
  const { nav } = context;
  const image = nav.get(node, "image");
  const sources = envSourcesOf(context, node);
  return {
    name: nav.text(nav.get(node, "name")) ?? "(unnamed)",
    context,
    node,
    command: argItems(context, nav.get(node, "command"), fromPatch),
    args: argItems(context, nav.get(node, "args"), fromPatch),
    image: image ? { context, node: image } : void 0,
    env: sources.env,
    envFrom: sources.envFrom,
    patched: fromPatch,
    patchedBy: fromPatch ? [context.fileRef] : []
  };
}
function argItems(context, node, fromPatch) {
  const seq = context.nav.seq(node);
  if (!seq) return void 0;
  return context.nav.items(seq).map((item) => argItem(context, item, fromPatch)).filter((item) => item !== void 0);
}
function argItem(context, node, fromPatch) {
  const value = context.nav.text(node);
  if (value === void 0) return void 0;
  return {
    value,
    span: context.nodeSpan(node),
    ...fromPatch ? { file: context.fileRef } : {},
    fromPatch,
    // `$(VAR)` is expanded by the kubelet from the container's env: unknown here.
    opaque: value.includes("$(")
  };
}
function containerList(state, name) {
  const existing = state.lists.get(name);
  if (existing) return existing;
  const { nav } = state.context;
  const seq = nav.seq(nav.get(state.object.podSpec, name));
  const items = nav.items(seq).map((node) => containerState(state.context, node, false));
  const list = { exists: seq !== void 0, items };
  state.lists.set(name, list);
  return list;
}

// src/extract/kustomize-smp.ts
function mergePodSpec(patch, patchPodSpec, state) {
  for (const name of CONTAINER_LISTS) {
    const pair = patch.nav.pair(patchPodSpec, name);
    if (pair) mergeContainerList(patch, pair, containerList(state, name));
  }
}
function isNull(node) {
  return node === null || node === void 0 || (0, import_yaml15.isScalar)(node) && node.value === null;
}
function directive(patch, node) {
  return patch.nav.text(patch.nav.get(node, "$patch"));
}
function listDirective(patch, elements) {
  for (const element of elements) {
    const pairs = patch.nav.pairs(element);
    if (pairs.length === 1 && patch.nav.keyText(pairs[0]) === "$patch")
      return directive(patch, element);
  }
  return void 0;
}
function elementsOf(patch, node) {
  return patch.nav.items(patch.nav.seq(node)).filter((element) => {
    const pairs = patch.nav.pairs(element);
    return !(pairs.length === 1 && patch.nav.keyText(pairs[0]) === "$patch");
  });
}
function mergeByName(patch, elements, base, nameOf, fresh, merge2) {
  const byName = new Map(base.map((item) => [nameOf(item), item]));
  const out = [];
  const taken = /* @__PURE__ */ new Set();
  const deleted = /* @__PURE__ */ new Set();
  for (const element of elements) {
    const name = patch.nav.text(patch.nav.get(element, "name"));
    const how = directive(patch, element);
    if (name === void 0) {
      const item2 = fresh(element);
      if (item2 !== void 0 && how !== "delete") out.push(item2);
      continue;
    }
    if (how === "delete") {
      deleted.add(name);
      continue;
    }
    const existing = byName.get(name);
    const item = existing !== void 0 && how !== "replace" ? merge2(existing, element) : fresh(element);
    if (item === void 0 || taken.has(name)) continue;
    taken.add(name);
    out.push(item);
  }
  for (const item of base) {
    const name = nameOf(item);
    if (!taken.has(name) && !deleted.has(name)) out.push(item);
  }
  return out;
}
function mergeContainerList(patch, pair, list) {
  const value = patch.nav.resolve(pair.value);
  if (isNull(value)) {
    list.exists = false;
    list.items = [];
    return;
  }
  const seq = patch.nav.seq(value);
  if (!seq || !value) return;
  const how = listDirective(patch, patch.nav.items(seq));
  const elements = elementsOf(patch, value);
  const fresh = (node) => containerState(patch, node, true);
  if (how === "delete") {
    list.exists = false;
    list.items = [];
    return;
  }
  if (how === "replace" || !list.exists) {
    list.exists = true;
    list.items = elements.map(fresh);
    return;
  }
  list.items = mergeByName(
    patch,
    elements,
    list.items,
    (item) => item.name,
    fresh,
    (item, node) => mergeContainer(patch, item, node)
  );
}
function mergeContainer(patch, base, node) {
  const { nav } = patch;
  const out = { ...base };
  for (const pair of nav.pairs(node)) {
    const key = nav.keyText(pair);
    const value = nav.resolve(pair.value);
    switch (key) {
      case "command":
      case "args":
        out[key] = isNull(value) ? void 0 : argItems(patch, value, true);
        markPatched(out, patch.fileRef);
        break;
      case "image":
        out.image = isNull(value) || !value ? void 0 : { context: patch, node: value };
        markPatched(out, patch.fileRef);
        break;
      case "envFrom":
        out.envFrom = isNull(value) || !value ? [] : nav.items(nav.seq(value)).map((item) => ({ context: patch, node: item }));
        markPatched(out, patch.fileRef);
        break;
      case "env":
        out.env = isNull(value) || !value ? [] : mergeEnv(patch, value, base.env);
        markPatched(out, patch.fileRef);
        break;
    }
  }
  return out;
}
function mergeEnv(patch, value, base) {
  const how = listDirective(patch, patch.nav.items(patch.nav.seq(value)));
  if (how === "delete") return [];
  const elements = elementsOf(patch, value);
  const fresh = (node) => envEntry(patch, node, void 0);
  if (how === "replace") return elements.flatMap((node) => fresh(node) ?? []);
  return mergeByName(
    patch,
    elements,
    base,
    (entry) => entry.name,
    fresh,
    (entry, node) => envEntry(patch, node, entry) ?? entry
  );
}
function envEntry(patch, node, base) {
  const { nav } = patch;
  const pair = nav.pair(node, "name");
  const name = nav.text(pair?.value);
  if (!pair || !name) return void 0;
  const field2 = (key) => {
    const own = nav.pair(node, key);
    if (!own) return base?.[key];
    const resolved = nav.resolve(own.value);
    return isNull(resolved) || !resolved ? void 0 : { context: patch, node: resolved };
  };
  const value = field2("value");
  const valueFrom = field2("valueFrom");
  return {
    name,
    at: { context: patch, pair },
    ...value ? { value } : {},
    ...valueFrom ? { valueFrom } : {}
  };
}

// src/extract/kustomize.ts
var CONTAINER_LISTS2 = new Set(CONTAINER_LISTS);
var OVERLAY_OPEN = "a kustomize build may change the workload beyond the patches read here";
var kustomizeExtractor = {
  id: "kustomize",
  extract(context, env) {
    return isKustomization2(context) ? kustomizationConfigs(context, env) : [];
  }
};
var kustomizationFileExtractor = {
  id: "kustomization-file",
  extract(file, env) {
    if (path9.posix.basename(file.file.relPath) !== "Kustomization") return [];
    const outcome = parseYaml(file.file, file.text);
    for (const diagnostic of outcome.diagnostics) env.notify(diagnostic);
    const loaded = outcome.loaded;
    if (loaded?.kind !== "yaml") return [];
    return loaded.documents.flatMap((doc) => kustomizeExtractor.extract(new YamlContext(loaded, doc), env));
  }
};
function isKustomization2(context) {
  const { nav } = context;
  const root = nav.map(context.root);
  if (!root || context.embedded) return false;
  const kind = nav.text(nav.get(root, "kind"));
  const apiVersion = nav.text(nav.get(root, "apiVersion"));
  if (kind === void 0) return apiVersion === void 0 && isKustomizationName(context.fileRef.relPath);
  const kustomizeApi = apiVersion === void 0 || apiVersion.startsWith("kustomize.config.k8s.io/");
  return (kind === "Kustomization" || kind === "Component") && kustomizeApi;
}
function kustomizationConfigs(context, env) {
  const { nav } = context;
  const root = context.root;
  const namespace = nav.text(nav.get(root, "namespace")) || void 0;
  const states = /* @__PURE__ */ new Map();
  const selectorOf = (entry, regex) => {
    const targetNode = nav.map(nav.get(entry, "target"));
    return targetNode ? { context, node: targetNode, regex, ...namespace ? { namespace } : {} } : void 0;
  };
  const patchFiles = /* @__PURE__ */ new Set();
  for (const item of nav.items(nav.get(root, "patchesStrategicMerge"))) {
    for (const patch of legacyStrategicMerge(context, item, env)) {
      applyStrategicMerge(patch, void 0, namespace, env, states);
      patchFiles.add(patch.fileRef.relPath);
    }
  }
  for (const [field2, regex] of [
    ["patches", true],
    ["patchesJson6902", false]
  ]) {
    for (const entry of nav.items(nav.get(root, field2))) {
      const selector = selectorOf(entry, regex);
      const targets = selector ? allTargets(env).filter((target) => selects(selector, target)) : void 0;
      for (const patch of patchDocuments(context, entry, env)) {
        if (patch.nav.seq(patch.root)) {
          if (!targets) continue;
          for (const op of patch.nav.items(patch.root)) applyOp(patch, op, targets, states);
        } else if (field2 === "patches" && patch.nav.map(patch.root)) {
          applyStrategicMerge(patch, targets, namespace, env, states);
        } else continue;
        patchFiles.add(patch.fileRef.relPath);
      }
    }
  }
  const configs = [];
  for (const state of states.values()) {
    for (const list of state.lists.values()) {
      for (const container of list.items) {
        const config = container.patched ? patchedConfig(context, state, container, env, patchFiles) : void 0;
        if (config) configs.push(config);
      }
    }
  }
  return configs;
}
function applyStrategicMerge(patch, selected, namespace, env, states) {
  const { nav } = patch;
  const root = nav.map(patch.root);
  if (!root) return;
  const how = nav.text(nav.get(root, "$patch"));
  if (how === "delete") return;
  const targets = selected ?? allTargets(env).filter((target) => isPatchTarget(patch, root, target, namespace));
  for (const target of targets) {
    const path12 = podSpecPath(target.kind);
    const podSpec = nav.map(nav.path(root, path12));
    const state = podSpec ? podState(target, path12, states) : void 0;
    if (podSpec && state) mergePodSpec(patch, podSpec, state);
  }
}
function isPatchTarget(patch, root, target, namespace) {
  const { nav } = patch;
  const metadata = nav.get(root, "metadata");
  if (nav.text(nav.get(root, "apiVersion")) !== target.apiVersion) return false;
  if (nav.text(nav.get(root, "kind")) !== target.kind) return false;
  if (nav.text(nav.get(metadata, "name")) !== target.name) return false;
  const wanted = nav.text(nav.get(metadata, "namespace")) || "default";
  const has = target.namespace || "default";
  return target.namespace === void 0 || wanted === has || wanted === namespace;
}
function legacyStrategicMerge(context, item, env) {
  const text = context.nav.text(item);
  if (!text) return [];
  const start = text.trimStart();
  const inline = text.includes("\n") || start.startsWith("apiVersion:") || start.startsWith("kind:");
  const docs = inline ? inlineDocuments(context, item) : filePatch(context, text, env);
  return docs.filter((doc) => doc.nav.map(doc.root) !== void 0);
}
var TARGETS = /* @__PURE__ */ new WeakMap();
function allTargets(env) {
  const cached = TARGETS.get(env.index);
  if (cached) return cached;
  const targets = [];
  for (const context of env.index.yamlDocuments) {
    const { nav } = context;
    for (const root of kubernetesObjects(context)) {
      const kind = nav.text(nav.get(root, "kind"));
      const metadata = nav.get(root, "metadata");
      const name = nav.text(nav.get(metadata, "name"));
      if (!kind || !name) continue;
      const namespace = nav.text(nav.get(metadata, "namespace")) || void 0;
      const apiVersion = nav.text(nav.get(root, "apiVersion")) ?? "";
      targets.push({ context, root, apiVersion, kind, name, ...namespace ? { namespace } : {} });
    }
  }
  TARGETS.set(env.index, targets);
  return targets;
}
function patchDocuments(context, entry, env) {
  const { nav } = context;
  const file = nav.text(nav.get(entry, "path"));
  if (file) return filePatch(context, file, env);
  const node = nav.get(entry, "patch");
  return node ? inlineDocuments(context, node) : [];
}
function filePatch(context, file, env) {
  if (path9.posix.isAbsolute(file) || file.includes("://")) return [];
  const wanted = path9.posix.normalize(path9.posix.join(path9.posix.dirname(context.fileRef.relPath), file));
  return [...env.index.documentsIn(wanted)];
}
function inlineDocuments(context, node) {
  const text = context.nav.text(node);
  const map = text ? context.scalarMap(node) : void 0;
  if (!text || !map) return [];
  const where2 = `inline patch in ${context.fileRef.relPath}`;
  const fallback2 = context.nodeSpan(node);
  return parseEmbeddedDocuments(text).map(
    (doc) => new YamlContext(context.file, doc, { text, map, where: where2, fallback: fallback2 })
  );
}
function selects(selector, target) {
  const { nav } = selector.context;
  const field2 = (key) => nav.text(nav.get(selector.node, key)) || void 0;
  const match = (pattern, value) => pattern === void 0 || (selector.regex ? anchoredMatch(pattern, value) : pattern === value);
  const slash = target.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : target.apiVersion.slice(0, slash);
  const version = target.apiVersion.slice(slash + 1);
  if (!match(field2("kind"), target.kind) || !match(field2("name"), target.name)) return false;
  if (!match(field2("group"), group) || !match(field2("version"), version)) return false;
  const namespace = field2("namespace");
  const namespaces = [target.namespace || "default", ...selector.namespace ? [selector.namespace] : []];
  if (namespace !== void 0 && !namespaces.some((ns) => match(namespace, ns))) return false;
  const labels = field2("labelSelector");
  const annotations = field2("annotationSelector");
  const metadata = target.context.nav.get(target.root, "metadata");
  if (labels !== void 0 && !selectorMatches(labels, stringMap(target.context, metadata, "labels")))
    return false;
  if (annotations !== void 0 && !selectorMatches(annotations, stringMap(target.context, metadata, "annotations")))
    return false;
  return true;
}
function stringMap(context, metadata, key) {
  const { nav } = context;
  const out = /* @__PURE__ */ new Map();
  for (const pair of nav.pairs(nav.get(metadata, key))) {
    const name = nav.keyText(pair);
    const value = nav.text(pair.value);
    if (name !== void 0 && value !== void 0) out.set(name, value);
  }
  return out;
}
function selectorMatches(selector, labels) {
  if (/[()]/.test(selector)) return false;
  for (const raw of selector.split(",")) {
    const term = raw.trim();
    if (term === "") continue;
    const notEqual = term.indexOf("!=");
    if (notEqual > 0) {
      if (labels.get(term.slice(0, notEqual).trim()) === term.slice(notEqual + 2).trim()) return false;
      continue;
    }
    const equal2 = term.indexOf("=");
    if (equal2 > 0) {
      const value = term.slice(equal2 + (term[equal2 + 1] === "=" ? 2 : 1)).trim();
      if (labels.get(term.slice(0, equal2).trim()) !== value) return false;
      continue;
    }
    if (term.startsWith("!")) {
      if (labels.has(term.slice(1).trim())) return false;
    } else if (!labels.has(term) || /\s/.test(term)) {
      return false;
    }
  }
  return true;
}
function anchoredMatch(pattern, value) {
  const atoms = parsePattern(pattern);
  if (!atoms) return false;
  let reach = new Array(value.length + 1).fill(false);
  reach[0] = true;
  for (const atom of atoms) {
    const next = new Array(value.length + 1).fill(false);
    for (let j = 0; j <= value.length; j++) {
      if (atom.star && (reach[j] || j > 0 && next[j - 1] && fits(atom, value[j - 1])))
        next[j] = true;
      if (!atom.star && j > 0 && reach[j - 1] && fits(atom, value[j - 1])) next[j] = true;
    }
    reach = next;
  }
  return reach[value.length] === true;
}
function fits(atom, char) {
  return atom.char === void 0 || atom.char === char;
}
function parsePattern(pattern) {
  let body = pattern;
  if (body.startsWith("^")) body = body.slice(1);
  if (body.endsWith("$") && !body.endsWith("\\$")) body = body.slice(0, -1);
  const atoms = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "*") {
      const last2 = atoms[atoms.length - 1];
      if (!last2 || last2.star) return void 0;
      last2.star = true;
    } else if (c === ".") {
      atoms.push({ char: void 0, star: false });
    } else if (c === "\\") {
      const escaped = body[i + 1];
      if (escaped === void 0 || /[A-Za-z0-9]/.test(escaped)) return void 0;
      atoms.push({ char: escaped, star: false });
      i++;
    } else if ("+?()[]{}|^$".includes(c)) {
      return void 0;
    } else {
      atoms.push({ char: c, star: false });
    }
  }
  return atoms;
}
function pointerTokens(pointer) {
  if (!pointer.startsWith("/")) return void 0;
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function arrayIndex(token) {
  return token !== void 0 && /^(0|[1-9][0-9]{0,8})$/.test(token) ? Number(token) : void 0;
}
function applyOp(patch, opNode, targets, states) {
  const { nav } = patch;
  const op = nav.text(nav.get(opNode, "op"));
  const tokens = pointerTokens(nav.text(nav.get(opNode, "path")) ?? "");
  if (op !== "add" && op !== "replace" && op !== "remove" || !tokens) return;
  const at = tokens.findIndex((token) => CONTAINER_LISTS2.has(token));
  if (at < 0) return;
  const value = nav.resolve(nav.get(opNode, "value"));
  for (const target of targets) {
    const state = podState(target, tokens.slice(0, at), states);
    if (!state) continue;
    const list = containerList(state, tokens[at]);
    applyToList(patch, op, tokens.slice(at + 1), value, list);
  }
}
function podState(target, prefix, states) {
  const { nav } = target.context;
  const podSpec = nav.map(nav.path(target.root, prefix));
  if (!podSpec) return void 0;
  const existing = states.get(podSpec);
  if (existing) return existing;
  const object = podSpecObjects(target.context).find((candidate) => candidate.podSpec === podSpec);
  if (!object) return void 0;
  const state = { context: target.context, object, lists: /* @__PURE__ */ new Map() };
  states.set(podSpec, state);
  return state;
}
function applyToList(patch, op, rest, value, containers) {
  const { nav } = patch;
  if (rest.length === 0) {
    const seq = nav.seq(value);
    if (op !== "add" && !containers.exists) return;
    if (op === "remove") {
      containers.exists = false;
      containers.items = [];
    } else if (seq) {
      containers.exists = true;
      containers.items = nav.items(seq).map((node) => containerState(patch, node, true));
    }
    return;
  }
  if (!containers.exists) return;
  const list = containers.items;
  const index = rest[0] === "-" ? list.length : arrayIndex(rest[0]);
  if (index === void 0) return;
  if (rest.length === 1) {
    if (op === "remove") {
      if (index < list.length) list.splice(index, 1);
      return;
    }
    const map = nav.map(value);
    if (!map) return;
    if (op === "add" && index <= list.length) list.splice(index, 0, containerState(patch, map, true));
    if (op === "replace" && index < list.length) list[index] = containerState(patch, map, true);
    return;
  }
  const container = list[index];
  const field2 = rest[1];
  if (!container || field2 !== "command" && field2 !== "args" && field2 !== "name") return;
  if (field2 === "name") {
    const name = nav.text(value);
    if (rest.length === 2 && op !== "remove" && name !== void 0) container.name = name;
    return;
  }
  if (rest.length === 2) {
    if (op !== "add" && container[field2] === void 0) return;
    const items2 = op === "remove" ? void 0 : argItems(patch, value, true);
    if (op !== "remove" && items2 === void 0) return;
    container[field2] = items2;
    markPatched(container, patch.fileRef);
    return;
  }
  const items = container[field2];
  if (rest.length !== 3 || !items) return;
  const position = rest[2] === "-" ? items.length : arrayIndex(rest[2]);
  if (position === void 0) return;
  if (op === "remove") {
    if (position < items.length) items.splice(position, 1);
    markPatched(container, patch.fileRef);
    return;
  }
  const item = value ? argItem(patch, value, true) : void 0;
  if (!item) return;
  if (op === "add" && position <= items.length) items.splice(position, 0, item);
  else if (op === "replace" && position < items.length) items[position] = item;
  else return;
  markPatched(container, patch.fileRef);
}
function patchedConfig(kustomization, state, container, env, patchFiles) {
  const argv = [...container.command ?? [], ...container.args ?? []];
  const image = container.image ? container.image.context.nav.text(container.image.node) : void 0;
  const program = containerProgram(image, {
    runtime: "kubernetes",
    entrypoint: (container.command ?? []).map((item) => item.value),
    cmd: (container.args ?? []).map((item) => item.value)
  });
  let items;
  let anchor;
  if (program.kind === "none") return void 0;
  if (program.kind === "etcd") {
    items = argv.slice(program.flagsFrom);
    const written = program.at === void 0 ? void 0 : argv[program.at];
    anchor = written ? written.span : container.image && container.image.context.fileRef.absPath === state.context.fileRef.absPath ? container.image.context.nodeSpan(container.image.node) : void 0;
  } else {
    const first = argv[program.index];
    if (!first || !isEtcdProgram(first.value) || isEtcdSubcommand(argv[program.index + 1]?.value))
      return void 0;
    items = argv.slice(program.index + 1);
    anchor = first.fromPatch ? void 0 : first.span;
  }
  const placeholder = (i) => ({
    startLine: i + 1,
    startColumn: 1,
    endLine: i + 1,
    endColumn: 2
  });
  const words = items.map((item, i) => ({
    value: item.value,
    opaque: item.opaque,
    span: placeholder(i)
  }));
  const parsed = parseEtcdArgv(words, false);
  const { object } = state;
  const caveat = `a kustomize patch in ${kustomization.fileRef.relPath} adds it to the ${object.kind} defined in ${state.context.fileRef.relPath}`;
  const flags = parsed.flags.map((setting) => locate(setting, items, caveat));
  const startupProblems = parsed.startupProblems.map((problem) => {
    const item = items[problem.span.startLine - 1];
    return { ...problem, span: item?.span ?? problem.span };
  });
  const phrase = image === void 0 ? void 0 : imageProgramPhrase(program, image);
  const launcher = {
    kind: "container",
    objectKind: object.kind,
    objectName: object.name,
    ...object.namespace ? { namespace: object.namespace } : {},
    container: container.name,
    ...phrase ? { imageProgram: phrase } : {}
  };
  const own = state.context.fileRef;
  const containerEnv2 = etcdEnvOf(object, { env: container.env, envFrom: container.envFrom }, env, own);
  const fromPatch = (setting) => setting.file !== void 0 && setting.origin.kind === "env" && patchFiles.has(setting.file.relPath);
  const envSettings2 = containerEnv2.settings.map(
    (setting) => fromPatch(setting) ? { ...setting, caveat } : setting
  );
  const span = anchor ?? state.context.firstKeySpan();
  const scripts = program.bitnami ? bitnamiEnvironment(
    envSettings2,
    container.env.map((entry) => ({
      name: entry.name,
      value: entry.valueFrom || !entry.value ? entry.value ? void 0 : "" : entry.value.context.nav.text(entry.value.node),
      span: entry.at.context.pairSpan(entry.at.pair)
    })),
    false,
    program.bitnami.run,
    span
  ) : void 0;
  const reasons = [
    ...program.open,
    ...opaqueWords(words),
    ...containerEnv2.open,
    ...scripts?.open ?? [],
    // What the build does besides the patches read here (JSON 6902 operations on env, replacements,
    // components, generators, overlays of this overlay) is not known: settings count, absences do not
    // (shared/research/semantics-tls-posture.md §5.2, as for the base it patches).
    OVERLAY_OPEN
  ];
  return {
    file: own,
    launcher,
    // The program word may be the patch's; the process's own anchor must be in the target's file.
    span,
    kind: "process",
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags,
    env: scripts?.env ?? envSettings2,
    ...scripts?.configFile ? { configFile: scripts.configFile } : {},
    implied: scripts?.implied ?? [],
    startupProblems,
    related: [
      {
        file: kustomization.fileRef,
        message: `the kustomization that patches ${object.kind} ${object.name}`
      },
      ...container.patchedBy.filter((file) => file.absPath !== kustomization.fileRef.absPath).map((file) => ({ file, message: `a patch of ${object.kind} ${object.name}` }))
    ]
  };
}
function locate(setting, items, caveat) {
  const index = setting.span.startLine - 1;
  const item = items[index];
  let span = item.span;
  const next = setting.text === item.value ? void 0 : items[index + 1];
  if (next && next.file === item.file && next.span.startLine === span.startLine)
    span = { ...span, endColumn: next.span.endColumn };
  return {
    ...setting,
    span,
    ...item.fromPatch ? { caveat } : {},
    ...item.file ? { file: item.file } : {}
  };
}

// src/extract/operators.ts
var OPERATOR = "aenix-io/etcd-operator";
var TLS_SECRETS = ["peerSecret", "serverSecret", "clientSecret"];
var operatorExtractor = {
  id: "operators",
  extract(context) {
    if (context.embedded) return [];
    const { nav } = context;
    const configs = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, "apiVersion")) ?? "";
      if (!apiVersion.startsWith("etcd.aenix.io/") || nav.text(nav.get(object, "kind")) !== "EtcdCluster")
        continue;
      const config = aenixCluster(context, object);
      if (config) configs.push(config);
    }
    return configs;
  }
};
function aenixCluster(context, object) {
  const { nav } = context;
  const specPair = nav.pair(object, "spec");
  const spec = nav.map(specPair?.value);
  if (!specPair) return void 0;
  const securityPair = nav.pair(spec, "security");
  const anchor = context.nodeSpan(securityPair?.key ?? specPair.key);
  const tls = nav.get(nav.get(spec, "security"), "tls");
  const open = [];
  const known = {
    peerSecret: false,
    serverSecret: false,
    clientSecret: false
  };
  for (const key of TLS_SECRETS) {
    const node = nav.get(tls, key);
    if (node && context.isTemplated(node)) {
      open.push(`\`spec.security.tls.${key}\` is a template expression`);
      known[key] = true;
      continue;
    }
    known[key] = (nav.text(node) ?? "") !== "";
  }
  const implied = [];
  const flags = [];
  for (const arg of aenixOperatorArgs(known)) {
    const text = arg.value === void 0 ? `--${arg.name}` : `--${arg.name}=${arg.value}`;
    const base = { name: arg.name, key: `--${arg.name}`, text, rawValue: arg.value, span: anchor };
    if (arg.field)
      flags.push({ ...base, origin: { kind: "operator", operator: OPERATOR, field: arg.field } });
    else implied.push({ ...base, origin: { kind: "launcher-default", tool: OPERATOR, as: "flag" } });
  }
  const options = userOptions(context, spec);
  const metadata = nav.get(object, "metadata");
  const namespace = context.shownText(nav.get(metadata, "namespace"));
  const reasons = [...open, ...podTemplateReasons(context, spec)];
  return {
    file: context.fileRef,
    launcher: {
      kind: "operator",
      operator: OPERATOR,
      objectKind: "EtcdCluster",
      objectName: context.shownText(nav.get(metadata, "name")) ?? "(unnamed)",
      ...namespace ? { namespace } : {}
    },
    span: anchor,
    kind: "process",
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [...flags, ...options.flags],
    env: [],
    implied,
    startupProblems: options.problems
  };
}
function userOptions(context, spec) {
  const { nav } = context;
  const flags = [];
  const problems = [];
  for (const pair of nav.pairs(nav.get(spec, "options"))) {
    const name = nav.keyText(pair);
    const value = nav.text(pair.value) ?? "";
    if (name === void 0) continue;
    const span = context.pairSpan(pair);
    if (AENIX_SYSTEM_FLAGS.has(name)) {
      problems.push({
        message: `the operator's admission webhook refuses \`spec.options.${name}\` (the operator sets \`--${name}\` itself), so the EtcdCluster is not admitted`,
        span
      });
      continue;
    }
    const rendered = value === "" ? `--${name}` : `--${name}=${value}`;
    const setting = renderedArg(
      name,
      value === "" ? void 0 : value,
      `${name}: ${value}`,
      { kind: "extra-arg", tool: OPERATOR, field: "spec.options", shape: "map" },
      span
    );
    flags.push({ sortKey: rendered, setting });
  }
  flags.sort((a, b) => a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
  return { flags: flags.map((flag) => flag.setting), problems };
}
function podTemplateReasons(context, spec) {
  const { nav } = context;
  const containers = nav.items(nav.get(nav.get(nav.get(spec, "podTemplate"), "spec"), "containers"));
  const etcd = containers.find((container) => nav.text(nav.get(container, "name")) === "etcd");
  if (!etcd) return [];
  const fields = ["command", "args", "env", "envFrom"].filter((key) => nav.get(etcd, key) !== void 0);
  return fields.length === 0 ? [] : [`\`spec.podTemplate\` gives the etcd container ${fields.map((f) => `\`${f}\``).join(", ")}`];
}

// src/extract/scan-index.ts
var INDEXED_KINDS = /* @__PURE__ */ new Set([
  "HelmRepository",
  "OCIRepository",
  "HelmChart",
  "GitRepository",
  "HelmChartConfig"
]);
var ScanIndex = class {
  constructor(yamlDocuments, textFiles, loadedPaths = /* @__PURE__ */ new Set()) {
    this.yamlDocuments = yamlDocuments;
    this.textFiles = textFiles;
    this.loadedPaths = loadedPaths;
    for (const context of yamlDocuments) this.addConfigMaps(context);
  }
  yamlDocuments;
  textFiles;
  loadedPaths;
  configMaps = /* @__PURE__ */ new Map();
  missing = /* @__PURE__ */ new Set();
  missingPaths = /* @__PURE__ */ new Set();
  objects = /* @__PURE__ */ new Map();
  missingObjectNames = /* @__PURE__ */ new Set();
  /**
   * The ConfigMap a pod in `namespace` refers to by name. A missing namespace stands for the one the
   * manifests are applied to, so it matches a missing namespace or `default` on the other side.
   * When several files define it (one per overlay or environment), the one nearest to the pod's own
   * file wins: the longest shared directory prefix, then path order.
   */
  configMap(name, namespace, nearPath = "") {
    const wanted = namespace || "default";
    const candidates = (this.configMaps.get(name) ?? []).filter(
      (entry) => (entry.namespace || "default") === wanted
    );
    let found;
    let best = -1;
    for (const entry of candidates) {
      const shared = sharedDirectories(entry.context.fileRef.relPath, nearPath);
      if (shared > best) {
        best = shared;
        found = entry;
      }
    }
    if (!found) this.missing.add(name);
    return found;
  }
  /**
   * The documents of one scanned YAML file, by report path (a kustomization's `path:` patch). A
   * file that was not loaded (the prefilter skipped it: a patch need not name etcd) is recorded, and
   * the scan loads it for a second pass.
   */
  documentsIn(relPath) {
    if (!this.loadedPaths.has(relPath)) this.missingPaths.add(relPath);
    if (this.byPath === void 0) {
      this.byPath = /* @__PURE__ */ new Map();
      for (const context of this.yamlDocuments) {
        const list = this.byPath.get(context.fileRef.relPath);
        if (list) list.push(context);
        else this.byPath.set(context.fileRef.relPath, [context]);
      }
    }
    return this.byPath.get(relPath) ?? [];
  }
  byPath;
  /**
   * An object of an indexed kind by name, as `configMap()` finds a ConfigMap (namespace, nearest
   * file); a name not found is recorded, and the scan loads the set-aside files that name it.
   */
  object(kind, name, namespace, nearPath = "") {
    const wanted = namespace || "default";
    let found;
    let best = -1;
    for (const entry of this.objects.get(`${kind}/${name}`) ?? []) {
      if ((entry.namespace || "default") !== wanted) continue;
      const shared = sharedDirectories(entry.context.fileRef.relPath, nearPath);
      if (shared > best) {
        best = shared;
        found = entry;
      }
    }
    if (!found) this.missingObjectNames.add(name);
    return found;
  }
  /** Names looked up with `object()` and not found. */
  get missingObjects() {
    return this.missingObjectNames;
  }
  /** Names looked up with `configMap()` and not found: the scan loads files that define them. */
  get missingConfigMaps() {
    return this.missing;
  }
  /** Paths asked for with `documentsIn()` that were not loaded. */
  get missingFiles() {
    return this.missingPaths;
  }
  /** The `key: value` pair of a ConfigMap's data. */
  configMapKey(entry, key) {
    return entry.context.nav.pair(entry.data, key);
  }
  /**
   * The scanned text file an absolute path on the target machine refers to (`/etc/etcd.env`), by
   * the longest matching tail of path segments; undefined when no file's name matches.
   */
  textFileFor(machinePath) {
    const wanted = machinePath.split("/").filter(Boolean);
    let best;
    for (const file of this.textFiles) {
      const segments = file.formPath.split("/");
      let score = 0;
      while (score < wanted.length && score < segments.length && wanted[wanted.length - 1 - score] === segments[segments.length - 1 - score]) {
        score++;
      }
      if (score > 0 && (!best || score > best.score)) best = { file, score };
    }
    return best?.file;
  }
  addConfigMaps(context) {
    for (const object of kubernetesObjects(context)) {
      this.addConfigMap(context, object);
      this.addObject(context, object);
    }
  }
  addObject(context, object) {
    const { nav } = context;
    const kind = nav.text(nav.get(object, "kind"));
    if (!kind || !INDEXED_KINDS.has(kind)) return;
    const metadata = nav.get(object, "metadata");
    const name = nav.text(nav.get(metadata, "name"));
    if (!name) return;
    const namespace = nav.text(nav.get(metadata, "namespace"));
    const key = `${kind}/${name}`;
    const entry = { context, kind, name, object, ...namespace ? { namespace } : {} };
    this.objects.set(key, [...this.objects.get(key) ?? [], entry]);
  }
  addConfigMap(context, root) {
    const { nav } = context;
    if (nav.text(nav.get(root, "kind")) !== "ConfigMap") return;
    const metadata = nav.get(root, "metadata");
    const name = nav.text(nav.get(metadata, "name"));
    const data = nav.map(nav.get(root, "data"));
    if (!name || !data) return;
    const namespace = nav.text(nav.get(metadata, "namespace"));
    const entry = { context, name, data, ...namespace ? { namespace } : {} };
    this.configMaps.set(name, [...this.configMaps.get(name) ?? [], entry]);
  }
};
function sharedDirectories(a, b) {
  const left = a.split("/").slice(0, -1);
  const right = b.split("/").slice(0, -1);
  let n = 0;
  while (n < left.length && n < right.length && left[n] === right[n]) n++;
  return n;
}

// src/extract/index.ts
var YAML_EXTRACTORS = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
  composeExtractor,
  k0sExtractor,
  rkeExtractor,
  k3sExtractor,
  talosExtractor,
  helmValuesExtractor,
  helmChartExtractor,
  kustomizeExtractor,
  operatorExtractor,
  etcdOperatorExtractor,
  argoCdExtractor,
  fluxHelmReleaseExtractor,
  k3sHelmChartExtractor,
  kustomizeHelmChartsExtractor,
  helmfileExtractor
];
var TEXT_EXTRACTORS = [
  systemdExtractor,
  envFileExtractor,
  kustomizationFileExtractor,
  shellScriptExtractor,
  dockerfileExtractor
];
var CLIENT_YAML_EXTRACTORS = [
  kubeApiServerExtractor,
  kubeadmExternalEtcdExtractor,
  k0sExternalEtcdExtractor,
  rkeExternalEtcdExtractor
];
var CLIENT_TEXT_EXTRACTORS = [kubeApiServerUnitExtractor];
function extractWithLookups(files, lookups) {
  let extraction = extractFiles(files);
  if (!lookups) return extraction;
  const known = new Set(files.map((file) => file.file.absPath));
  let all = [...files];
  const asked = {
    configMaps: /* @__PURE__ */ new Set(),
    files: /* @__PURE__ */ new Set(),
    values: /* @__PURE__ */ new Set(),
    objects: /* @__PURE__ */ new Set()
  };
  const fresh = (wanted, before) => {
    const out = new Set([...wanted].filter((item) => !before.has(item)));
    for (const item of out) before.add(item);
    return out;
  };
  for (let pass = 0; pass < MAX_LOOKUP_PASSES; pass++) {
    const configMaps = fresh(extraction.missingConfigMaps, asked.configMaps);
    const paths = fresh(extraction.missingFiles, asked.files);
    const dirs = fresh(extraction.wantedValues, asked.values);
    const objects = fresh(extraction.missingObjects, asked.objects);
    const more = [
      ...configMaps.size > 0 ? lookups.configMaps(configMaps) : [],
      ...paths.size > 0 ? lookups.files(paths) : [],
      ...dirs.size > 0 && lookups.valueFiles ? lookups.valueFiles(dirs) : [],
      ...objects.size > 0 && lookups.objects ? lookups.objects(objects) : []
    ];
    const added = more.filter((file) => !known.has(file.file.absPath) && known.add(file.file.absPath));
    if (added.length === 0) return extraction;
    all = sortedByPath([...all, ...added]);
    extraction = extractFiles(all);
  }
  return extraction;
}
var MAX_LOOKUP_PASSES = 3;
function extractFiles(files) {
  const contexts = [];
  const textFiles = [];
  const templates = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.template) templates.set(file.file.absPath, file.template);
    if (file.kind === "yaml") {
      for (const doc of file.documents) contexts.push(new YamlContext(file, doc));
    } else textFiles.push(file);
  }
  const notices = [];
  const consumed = /* @__PURE__ */ new Set();
  const index = new ScanIndex(contexts, textFiles, new Set(files.map((file) => file.file.relPath)));
  const releases = /* @__PURE__ */ new Map();
  const env = {
    index,
    notify: (diagnostic) => notices.push(diagnostic),
    consume: (file) => consumed.add(file.absPath),
    releaseValues: (dir, values) => releases.set(dir, [...releases.get(dir) ?? [], values])
  };
  const configs = [];
  const bounded = (into, file, run) => {
    try {
      appendAll(into, run());
    } catch (error) {
      if (!(error instanceof TooComplexError)) throw error;
      notices.push({ level: "warning", id: "too-complex", message: error.message, file });
    }
  };
  for (const context of contexts)
    for (const extractor of YAML_EXTRACTORS)
      bounded(configs, context.fileRef, () => extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of TEXT_EXTRACTORS) bounded(configs, file.file, () => extractor.extract(file, env));
  const clients = [];
  for (const context of contexts)
    for (const extractor of CLIENT_YAML_EXTRACTORS)
      bounded(clients, context.fileRef, () => extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of CLIENT_TEXT_EXTRACTORS)
      bounded(clients, file.file, () => extractor.extract(file, env));
  const kept = configs.filter((config) => config.kind === "process" || !consumed.has(config.file.absPath));
  const decider = new ConditionDecider(index, (dir) => releases.get(dir) ?? []);
  for (const config of kept) markConditional(config, templates, decider);
  for (const client of clients) markConditional(client, templates, decider);
  pairClusterCas(kept, clients);
  notices.push(...templateNotices(files, kept));
  const rank = (config) => config.kind === "fragment" ? 2 : config.related ? 0 : 1;
  kept.sort((a, b) => rank(a) - rank(b));
  return {
    files,
    configs: kept,
    clients,
    notices,
    missingConfigMaps: index.missingConfigMaps,
    missingFiles: index.missingFiles,
    missingObjects: index.missingObjects,
    wantedValues: decider.wanted
  };
}
function markConditional(config, templates, decider) {
  if (templates.size === 0) return;
  const mark = (setting) => {
    const file = setting.file ?? config.file;
    const template = templates.get(file.absPath);
    const line = setting.span.startLine;
    if (!template?.conditionalLines.some(([start, end]) => line >= start && line <= end)) return;
    const condition = decider.decide(file, template, line);
    if (condition) setting.conditional = condition;
  };
  for (const setting of config.flags) mark(setting);
  for (const setting of config.env ?? []) mark(setting);
  for (const setting of config.configFile ?? []) mark(setting);
  const rendered = (setting) => setting.conditional?.rendered !== false;
  config.flags = config.flags.filter(rendered);
  if (config.env) config.env = config.env.filter(rendered);
  if (config.configFile) config.configFile = config.configFile.filter(rendered);
}
function templateNotices(files, configs) {
  const withConfig = /* @__PURE__ */ new Set();
  for (const config of configs) {
    withConfig.add(config.file.absPath);
    for (const setting of [...config.flags, ...config.env, ...config.configFile ?? []])
      if (setting.file) withConfig.add(setting.file.absPath);
  }
  const notices = [];
  for (const { file, template } of files) {
    if (!template || !withConfig.has(file.absPath)) continue;
    notices.push({
      level: "note",
      id: "template-partly-analysed",
      message: `partly analysed: the file is a template (${template.actions} template action${template.actions === 1 ? "" : "s"}); values written by template expressions are unknown, and settings under template conditions count only as far as the repository's values decide them`,
      file
    });
  }
  return notices;
}
function sortedByPath(files) {
  return [...files].sort(
    (a, b) => a.file.relPath < b.file.relPath ? -1 : a.file.relPath > b.file.relPath ? 1 : 0
  );
}

// src/gather/gather.ts
import { existsSync as existsSync2 } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

// src/load/collect.ts
import v8 from "node:v8";
import vm from "node:vm";
import { isMainThread } from "node:worker_threads";
var COLLECT_EVERY = (isMainThread ? 8 : 2) * 1024 * 1024;
var sinceCollection = 0;
var collect2;
function noteHeld(bytes) {
  sinceCollection += bytes;
  if (sinceCollection < COLLECT_EVERY) return;
  sinceCollection = 0;
  if (collect2 === void 0) collect2 = collector();
  collect2?.();
}
function collector() {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc");
    return typeof gc === "function" ? gc : null;
  } catch {
    return null;
  }
}

// src/gather/notices.ts
function globNotices(globs, options, rootsAreBase) {
  const notices = [];
  const patterns = isDefaultPatterns(options.patterns) ? [] : options.patterns;
  patterns.forEach((glob, i) => {
    if (!globs.include[i])
      notices.push({
        level: "warning",
        id: "glob-matched-nothing",
        message: `include glob "${glob}" matched 0 files`
      });
  });
  options.exclude.forEach((glob, i) => {
    if (DEFAULT_EXCLUDES.includes(glob)) return;
    const byPath = globs.excludeByPath[i] ?? 0;
    const byBase = globs.excludeByBase[i] ?? 0;
    const entries = (n) => `${n} ${n === 1 ? "entry" : "entries"}`;
    const ways = [
      byPath > 0 ? `${entries(byPath)} by their path inside the scanned path` : "",
      byBase > 0 ? `${entries(byBase)} by their path as reported (relative to the workspace or current directory)` : ""
    ].filter(Boolean);
    const how = ways.length === 0 ? "matched nothing" : `matched ${rootsAreBase || !glob.includes("/") ? entries(Math.max(byPath, byBase)) : ways.join(" and ")}`;
    notices.push({ level: "note", id: "exclude-glob", message: `exclude glob "${glob}" ${how}` });
  });
  return notices;
}
function noFilesNotice(paths) {
  return {
    level: "note",
    id: "no-files",
    message: `no file under ${paths.map((p) => `"${p}"`).join(", ")} matched the include globs, so nothing was scanned`
  };
}

// src/gather/pool.ts
var LOCK = 0;
var OUTSTANDING = 1;
var HUNGRY = 2;
var SIGNAL = 3;
var BLOBS = 4;
var ABORTED = 5;
var IN_FLIGHT_KB = 6;
var JOINED = 8;
var MAX_THREADS = 24;
var HEADER_WORDS = JOINED + MAX_THREADS;
var MAX_BLOBS = 1024;
var TABLE_WORDS = MAX_BLOBS * 2;
var DATA_START = (HEADER_WORDS + TABLE_WORDS) * 4;
var MAX_SHARE = 64;
var TaskPool = class {
  control;
  data;
  static create(dataBytes = 4 * 1024 * 1024) {
    return new SharedArrayBuffer(DATA_START + dataBytes);
  }
  constructor(buffer) {
    this.control = new Int32Array(buffer, 0, HEADER_WORDS + TABLE_WORDS);
    this.data = Buffer.from(buffer, DATA_START);
  }
  get outstanding() {
    return Atomics.load(this.control, OUTSTANDING);
  }
  get aborted() {
    return Atomics.load(this.control, ABORTED) !== 0;
  }
  /** The signal word's value: read it before looking for work, then wait on it. */
  get signal() {
    return Atomics.load(this.control, SIGNAL);
  }
  /** Records tasks created (`delta` > 0) or finished (`delta` < 0); wakes everyone when none are left. */
  count(delta) {
    if (delta !== 0 && Atomics.add(this.control, OUTSTANDING, delta) + delta === 0) this.wake();
  }
  abort() {
    Atomics.store(this.control, ABORTED, 1);
    this.wake();
  }
  /**
   * Back-pressure on kept text: a worker records what it posts, the main thread what it receives,
   * and a worker waits while more than `limitKb` is in flight. Without it, workers reading a tree
   * of large files that pass the prefilter (1,000 JSON search indexes of 1 MB) outran the parser
   * and the texts piled up in the message queue: 1.2 GB.
   */
  addInFlight(kb) {
    if (kb !== 0 && Atomics.add(this.control, IN_FLIGHT_KB, kb) + kb <= 0)
      Atomics.notify(this.control, IN_FLIGHT_KB);
  }
  /** Blocks (a worker only) while more than `limitKb` is in flight, unless the walk is aborted. */
  waitForRoom(limitKb) {
    for (let now = Atomics.load(this.control, IN_FLIGHT_KB); now > limitKb && !this.aborted; ) {
      Atomics.wait(this.control, IN_FLIGHT_KB, now, 10);
      now = Atomics.load(this.control, IN_FLIGHT_KB);
    }
  }
  /** True when the pool is empty: time to give work away. */
  get empty() {
    return Atomics.load(this.control, BLOBS) === 0;
  }
  /**
   * Whether a worker has taken any task: when the walk is over, one that has not (a small tree
   * walked by the main thread before the worker even started) has nothing to report.
   */
  joined(thread) {
    return Atomics.load(this.control, JOINED + thread) !== 0;
  }
  /**
   * Moves the older half of `stack` (the shallower directories, the bigger subtrees) to the pool, at
   * most MAX_SHARE tasks, fewer when they do not fit. Unbounded, a flat directory of 120,000 files
   * (1,875 file tasks) made every thread serialize megabytes that did not fit, task after task:
   * 34 s instead of 1.3 s.
   */
  share(stack) {
    for (let count = Math.min(Math.floor(stack.length / 2), MAX_SHARE); count > 0; count >>= 1) {
      if (this.put(stack.slice(0, count))) {
        stack.splice(0, count);
        return;
      }
    }
  }
  /** Adds tasks to the pool; false (and nothing added) when they do not fit. */
  put(tasks) {
    const json = JSON.stringify(tasks);
    const length2 = Buffer.byteLength(json);
    this.lock();
    try {
      const blobs = this.control[BLOBS];
      const offset = blobs === 0 ? 0 : this.end(blobs - 1);
      if (blobs >= MAX_BLOBS || offset + length2 > this.data.length) return false;
      this.data.write(json, offset, length2, "utf8");
      this.control[HEADER_WORDS + blobs * 2] = offset;
      this.control[HEADER_WORDS + blobs * 2 + 1] = length2;
      Atomics.store(this.control, BLOBS, blobs + 1);
    } finally {
      this.unlock();
    }
    this.wake();
    return true;
  }
  /** Takes the most recent donation for `thread`, or undefined when the pool is empty. */
  take(thread) {
    if (Atomics.load(this.control, BLOBS) === 0) return void 0;
    let json;
    this.lock();
    try {
      const blobs = this.control[BLOBS];
      if (blobs > 0) {
        const offset = this.control[HEADER_WORDS + (blobs - 1) * 2];
        json = this.data.toString("utf8", offset, this.end(blobs - 1));
        Atomics.store(this.control, BLOBS, blobs - 1);
        Atomics.store(this.control, JOINED + thread, 1);
      }
    } finally {
      this.unlock();
    }
    return json === void 0 ? void 0 : JSON.parse(json);
  }
  /** Blocks this thread (a worker) until the signal moves from `seen` or `ms` pass. */
  waitSync(seen, ms) {
    Atomics.add(this.control, HUNGRY, 1);
    Atomics.wait(this.control, SIGNAL, seen, ms);
    Atomics.sub(this.control, HUNGRY, 1);
  }
  /** The main thread's wait: it yields to the event loop, so worker messages and exits are seen. */
  async waitAsync(seen, ms) {
    Atomics.add(this.control, HUNGRY, 1);
    const result = Atomics.waitAsync(this.control, SIGNAL, seen, ms);
    if (result.async) await result.value;
    Atomics.sub(this.control, HUNGRY, 1);
  }
  end(blob) {
    return this.control[HEADER_WORDS + blob * 2] + this.control[HEADER_WORDS + blob * 2 + 1];
  }
  wake() {
    Atomics.add(this.control, SIGNAL, 1);
    Atomics.notify(this.control, SIGNAL);
  }
  lock() {
    while (Atomics.compareExchange(this.control, LOCK, 0, 1) !== 0) {
    }
  }
  unlock() {
    Atomics.store(this.control, LOCK, 0);
  }
};

// src/load/read.ts
import { isAscii } from "node:buffer";
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync as lstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { isMainThread as isMainThread2 } from "node:worker_threads";
var SNIFF_BYTES = 8e3;
var BINARY = {
  level: "note",
  id: "binary-file",
  message: "skipped: the file looks binary (it contains NUL bytes)"
};
function readAndClassify(file, options) {
  const read = readBounded(file, options.maxFileSize, options.needsShebang?.(file) === true);
  if ("skipped" in read) return { status: "skipped" };
  if ("diagnostic" in read) return { status: "failed", diagnostic: read.diagnostic };
  const bytes = read.bytes;
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16 && bytes.subarray(0, SNIFF_BYTES).includes(0)) return binary(file);
  const latin1 = utf16 ? void 0 : bytes.toString("latin1");
  const relevance2 = latin1 === void 0 ? void 0 : options.classify(latin1, file);
  if (relevance2 === "none" || relevance2 === "lookup") return classified(relevance2, "");
  const text = latin1 !== void 0 && isAscii(bytes) ? loneCrToLf(latin1) : decode(bytes);
  if (text === void 0) return binary(file);
  return classified(relevance2 ?? options.classify(text, file), text);
}
function classified(relevance2, text) {
  if (relevance2 === "none") return { status: "skipped" };
  if (relevance2 === "lookup") return { status: "lookup" };
  return { status: "kept", text };
}
function binary(file) {
  return { status: "failed", diagnostic: { ...BINARY, file } };
}
var SHARED = Buffer.allocUnsafe(64 * 1024);
var large = Buffer.allocUnsafe(0);
var REUSED_LARGE_MAX = 16 * 1024 * 1024;
function readBounded(file, maxFileSize, needsShebang2) {
  let fd;
  try {
    fd = openSync2(
      file.absPath,
      constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0) | (constants2.O_NOFOLLOW ?? 0)
    );
    if (constants2.O_NOFOLLOW === void 0 && !sameFile(fd, file.absPath))
      return { diagnostic: swapped(file) };
    const first = readSync2(fd, SHARED, 0, SHARED.length, 0);
    if (needsShebang2 && !(first >= 2 && SHARED[0] === 35 && SHARED[1] === 33)) return { skipped: true };
    if (first < SHARED.length && first <= maxFileSize) return { bytes: SHARED.subarray(0, first) };
    const stat = fstatSync2(fd);
    if (!stat.isFile())
      return { diagnostic: diag2(file, "note", "not-a-file", "skipped: not a regular file") };
    if (stat.size > maxFileSize) {
      return {
        diagnostic: diag2(
          file,
          "warning",
          "file-too-large",
          `skipped: ${stat.size} bytes is over the ${maxFileSize}-byte limit (max-file-size)`
        )
      };
    }
    if (stat.size > large.length && stat.size <= REUSED_LARGE_MAX) large = Buffer.allocUnsafe(stat.size);
    const bytes = stat.size <= large.length ? large.subarray(0, stat.size) : Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync2(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    if (!isMainThread2) noteHeld(filled);
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const code = error.code ?? "error";
    if (code === "ELOOP" || code === "EMLINK") return { diagnostic: swapped(file) };
    return {
      diagnostic: diag2(file, "warning", "unreadable-file", `skipped: cannot read the file (${code})`)
    };
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function swapped(file) {
  return diag2(
    file,
    "warning",
    "unreadable-file",
    "skipped: the file is now a symbolic link (it was replaced after it was listed)"
  );
}
function sameFile(fd, absPath) {
  try {
    const opened2 = fstatSync2(fd);
    const listed = lstatSync2(absPath);
    return !listed.isSymbolicLink() && opened2.ino === listed.ino && opened2.dev === listed.dev;
  } catch {
    return false;
  }
}
function hasUtf16Bom(bytes) {
  return bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
}
function decode(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254)
    return loneCrToLf(new TextDecoder("utf-16le").decode(bytes.subarray(2)));
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255)
    return loneCrToLf(new TextDecoder("utf-16be").decode(bytes.subarray(2)));
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return void 0;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return loneCrToLf(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
}
function loneCrToLf(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
function diag2(file, level, id, message) {
  return { level, id, message, file };
}

// src/gather/work.ts
var KEPT_TEXT_LIMIT_KB = 8 * 1024;
function keptKb(files) {
  let kb = 0;
  for (const file of files) kb += Math.ceil(file.read.text.length / 1024);
  return kb;
}
var FILES_PER_TASK = 64;
var GatherWork = class {
  /** `onKept` receives each file worth parsing as soon as it is read. */
  constructor(spec, onKept) {
    this.onKept = onKept;
    this.lister = new DirectoryLister(spec.walk);
    this.output = {
      skippedUnique: 0,
      skippedShared: [],
      lookups: [],
      diagnostics: [],
      filesRead: 0,
      globs: this.lister.globs.stats
    };
    this.readOptions = {
      maxFileSize: spec.maxFileSize,
      classify: spec.prefilter ? relevance : () => "settings",
      ...spec.prefilter ? { needsShebang } : {}
    };
    this.sink = {
      directory: (root, dir) => this.stack.push({ root, dir }),
      file: (file, unique2) => (unique2 ? this.listed : this.listedShared).push(file),
      diagnostic: (diagnostic) => this.output.diagnostics.push(diagnostic)
    };
  }
  onKept;
  stack = [];
  output;
  directoriesListed = 0;
  lister;
  readOptions;
  listed = [];
  listedShared = [];
  sink;
  /** Runs the newest task; returns how many tasks it added to the stack. */
  step() {
    const task = this.stack.pop();
    if (task === void 0) return 0;
    const before = this.stack.length;
    if ("files" in task) {
      for (const file of task.files) this.read(file, true);
      return 0;
    }
    this.directoriesListed++;
    this.lister.list(task.root, task.dir, this.sink);
    for (const file of this.listedShared.splice(0)) this.read(file, false);
    const files = this.listed.splice(0);
    if (files.length <= FILES_PER_TASK) for (const file of files) this.read(file, true);
    else
      for (let i = 0; i < files.length; i += FILES_PER_TASK)
        this.stack.push({ files: files.slice(i, i + FILES_PER_TASK) });
    return this.stack.length - before;
  }
  /** A file named as an input: read unless a walk lists it too. */
  readInput(file) {
    if (!this.lister.listedDirectly(file.absPath)) this.read(file, false);
  }
  read(file, unique2) {
    this.output.filesRead++;
    const read = readAndClassify(file, this.readOptions);
    if (read.status === "failed") this.output.diagnostics.push(read.diagnostic);
    else if (read.status === "lookup") this.output.lookups.push(file);
    else if (read.status === "kept") this.onKept({ file, read });
    else if (unique2) this.output.skippedUnique++;
    else this.output.skippedShared.push(file);
  }
};
function* sharedWalk(work, pool, thread, poll = () => false) {
  while (!pool.aborted) {
    if (work.stack.length > 0) {
      pool.count(work.step() - 1);
      if (work.stack.length >= 2 && pool.empty) pool.share(work.stack);
      poll();
      continue;
    }
    const seen = pool.signal;
    const taken = pool.take(thread);
    if (taken) work.stack.push(...taken);
    else if (pool.outstanding === 0) return;
    else if (!poll()) yield seen;
  }
}

// src/gather/gather.ts
var MAX_WAITING_KB = KEPT_TEXT_LIMIT_KB;
var MAX_THREADS2 = 4;
var SPAWN_AFTER_DIRECTORIES = 64;
async function gather(options) {
  const seen = /* @__PURE__ */ new Set();
  const onKept = (kept) => {
    if (seen.has(kept.file.absPath)) return;
    seen.add(kept.file.absPath);
    options.onKept(kept);
  };
  const gathered = await gatherOnce(options, onKept);
  if (gathered !== void 0) return merge(gathered, options, seen.size);
  const alone = merge(await gatherOnce({ ...options, threads: 1 }, onKept), options, seen.size);
  alone.diagnostics.push(
    threadsUnavailable("a worker thread failed, so the files were walked and read again on one thread")
  );
  return alone;
}
function threadsUnavailable(message) {
  return { level: "note", id: "threads-unavailable", message };
}
async function gatherOnce(options, onKept) {
  const plan = planDiscovery(options);
  const spec = {
    walk: plan.spec,
    maxFileSize: options.maxFileSize,
    prefilter: options.prefilter
  };
  const queue = new KeptQueue(onKept);
  const work = new GatherWork(spec, queue.push);
  for (const file of plan.inputFiles) work.readInput(file);
  for (let root = plan.spec.roots.length - 1; root >= 0; root--) work.stack.push({ root, dir: "" });
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), MAX_THREADS2));
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const outputs = [work.output];
  if (threads > 1 && workerFile !== void 0) {
    const spawnAfter = options.threads === void 0 ? SPAWN_AFTER_DIRECTORIES : 0;
    while (work.stack.length > 0 && work.directoriesListed < spawnAfter) {
      work.step();
      queue.handOne();
    }
    if (work.stack.length > 0) {
      const shared = await walkWithWorkers(work, spec, threads - 1, workerFile, queue);
      if (shared === "failed") return void 0;
      if (shared === "not-started")
        plan.diagnostics.push(
          threadsUnavailable(
            "worker threads could not be started, so the files were walked and read on one thread"
          )
        );
      else outputs.push(...shared);
    }
  }
  while (work.stack.length > 0) {
    work.step();
    queue.handOne();
  }
  queue.handAll();
  return {
    plan: plan.diagnostics,
    outputs,
    rootsAreBase: plan.spec.roots.every((root) => root === plan.spec.baseReal)
  };
}
var KeptQueue = class {
  constructor(onKept) {
    this.onKept = onKept;
  }
  onKept;
  ports = [];
  /** Set once workers start: what the main thread receives from them leaves the in-flight count. */
  pool;
  waiting = [];
  next = 0;
  waitingKb = 0;
  /** Queues a file; parses the oldest ones at once while the queue holds over MAX_WAITING_KB of text. */
  push = (kept) => {
    this.waiting.push(kept);
    this.waitingKb += keptKb([kept]);
    while (this.waitingKb > MAX_WAITING_KB && this.handNext()) {
    }
  };
  /** Receives what workers sent, then hands over one waiting file; false when none waits. */
  handOne = () => {
    for (const port of this.ports)
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const files = message.message;
        this.pool?.addInFlight(-keptKb(files));
        for (const file of files) this.push(file);
      }
    return this.handNext();
  };
  handNext() {
    const kept = this.waiting[this.next];
    if (kept === void 0) return false;
    this.waiting[this.next] = void 0;
    this.next++;
    this.waitingKb -= keptKb([kept]);
    noteHeld(kept.read.text.length);
    if (this.next === this.waiting.length) {
      this.waiting.length = 0;
      this.next = 0;
    }
    this.onKept(kept);
    return true;
  }
  handAll() {
    while (this.handOne()) {
    }
  }
};
async function walkWithWorkers(work, spec, count, workerFile, queue) {
  const buffer = TaskPool.create();
  const pool = new TaskPool(buffer);
  pool.count(work.stack.length);
  queue.pool = pool;
  const ports = queue.ports;
  const replies = [];
  try {
    for (let thread = 1; thread <= count; thread++) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      replies.push(startWorker(workerFile, { spec, buffer, thread, kept: port2 }));
    }
  } catch {
    await Promise.all(replies.map(({ worker }) => worker.terminate()));
    for (const port of ports.splice(0)) port.close();
    return "not-started";
  }
  let failed = false;
  for (const [index, { reply }] of replies.entries()) {
    reply.catch(() => {
      if (!pool.joined(index + 1)) return;
      failed = true;
      pool.abort();
    });
  }
  let outputs;
  try {
    for (const seen of sharedWalk(work, pool, 0, queue.handOne)) await pool.waitAsync(seen, 10);
    const joined = replies.filter(({ worker }, index) => {
      if (pool.joined(index + 1)) return true;
      void worker.terminate();
      return false;
    });
    outputs = failed ? void 0 : await Promise.all(joined.map(({ reply }) => reply)).catch(() => void 0);
    queue.handAll();
  } catch (error) {
    pool.abort();
    await Promise.all(replies.map(({ worker }) => worker.terminate()));
    for (const port of ports.splice(0)) port.close();
    throw error;
  }
  for (const port of ports.splice(0)) port.close();
  if (outputs !== void 0) return outputs;
  await Promise.all(replies.map(({ worker }) => worker.terminate()));
  return "failed";
}
function startWorker(workerFile, workerData) {
  const worker = new Worker(workerFile, {
    workerData,
    transferList: [workerData.kept],
    resourceLimits: { maxYoungGenerationSizeMb: 8 }
  });
  const reply = new Promise((resolve2, reject) => {
    worker.once(
      "message",
      (message) => message.ok ? resolve2(message.output) : reject(new Error(message.error))
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited with code ${code}`)));
  });
  reply.catch(() => {
  });
  return { worker, reply };
}
function merge({ plan, outputs, rootsAreBase }, options, kept) {
  const shared = new Set(outputs.flatMap((output) => output.skippedShared.map((file) => file.absPath)));
  const diagnostics = [...plan, ...outputs.flatMap((output) => output.diagnostics)];
  const globs = mergeGlobStats(outputs.map((output) => output.globs));
  if (globs) diagnostics.push(...globNotices(globs, options, rootsAreBase));
  const filesRead = outputs.reduce((sum, output) => sum + output.filesRead, 0);
  if (filesRead === 0 && (globs?.matched ?? 0) === 0 && !plan.some((d) => d.id === "path-not-found"))
    diagnostics.push(noFilesNotice(options.paths));
  return {
    kept,
    skipped: outputs.reduce((sum, output) => sum + output.skippedUnique, shared.size),
    lookups: uniqueSorted(outputs.flatMap((output) => output.lookups)),
    diagnostics
  };
}
function defaultWorkerFile() {
  const file = fileURLToPath(new URL("./gather-worker.js", import.meta.url));
  return existsSync2(file) ? file : void 0;
}

// src/load/lookups.ts
function loadConfigMaps(files, names, maxFileSize, report = ignore) {
  return loadDefining(files, names, maxFileSize, mentionsConfigMap, report);
}
var ignore = () => void 0;
var BOUND_IDS = /* @__PURE__ */ new Set(["too-complex", "too-deeply-nested"]);
function parseLookup(file, text, report, options) {
  const outcome = parseLoaded(file, text, options);
  for (const diagnostic of outcome.diagnostics) if (BOUND_IDS.has(diagnostic.id)) report(diagnostic);
  return outcome.loaded;
}
function loadNamedFiles(relPaths, resolve2, maxFileSize, report = ignore) {
  const out = [];
  for (const relPath of relPaths) {
    const file = resolve2(relPath);
    if (!file) continue;
    const read = readAndClassify(file, { maxFileSize, classify: () => "settings" });
    if (read.status !== "kept") continue;
    const loaded = parseLookup(file, read.text, report, { skipIrrelevantDocuments: false });
    if (loaded) out.push(loaded);
  }
  return out;
}
function loadValueFiles(files, dirs, maxFileSize, report = ignore) {
  const out = [];
  for (const file of files) {
    const values = isTemplateValuesPath(file.relPath) && wantedBy(file.relPath, dirs);
    if (values) {
      const read2 = readAndClassify(file, { maxFileSize, classify: () => "settings" });
      if (read2.status !== "kept") continue;
      const loaded2 = parseLookup(file, read2.text, report, { skipIrrelevantDocuments: false });
      if (loaded2) out.push(loaded2);
      continue;
    }
    if (dirs.size === 0 || isTemplateValuesPath(file.relPath)) continue;
    const helmfile = isHelmfilePath(file.relPath);
    const read = readAndClassify(file, {
      maxFileSize,
      classify: (text) => helmfile || mentionsRelease(text) ? "settings" : "none"
    });
    if (read.status !== "kept") continue;
    const loaded = parseLookup(file, read.text, report);
    if (loaded) out.push(loaded);
  }
  return out;
}
function loadObjects(files, names, maxFileSize, report = ignore) {
  return loadDefining(files, names, maxFileSize, mentionsRelease, report);
}
function loadDefining(files, names, maxFileSize, mayDefine, report) {
  const wanted = [...names];
  const definesOne = (text) => mayDefine(text) && wanted.some((name) => text.includes(name)) ? "settings" : "none";
  const out = [];
  for (const file of files) {
    const read = readAndClassify(file, { maxFileSize, classify: definesOne });
    if (read.status !== "kept") continue;
    const loaded = parseLookup(file, read.text, report);
    if (loaded) out.push(loaded);
  }
  return out;
}
function wantedBy(relPath, dirs) {
  const segments = relPath.split("/");
  if (dirs.has("group_vars") && (segments.includes("group_vars") || segments.includes("host_vars")))
    return true;
  const parent = segments.slice(0, -1).join("/");
  const grandparent = segments.slice(0, -2).join("/");
  return dirs.has(parent) || dirs.has(grandparent);
}

// src/etcd/resolve.ts
function resolve(config) {
  const launcherRules = config.launcher.kind === "distribution" ? LAUNCHER_RULES[config.launcher.distribution] : void 0;
  const flags = [
    ...config.implied.filter(isFlagLayer),
    ...launcherRules?.acceptedFlags(config.flags) ?? config.flags
  ];
  const env = config.env;
  const readsFile = readsConfigFile(config, flags, env);
  const fileSettings2 = readsFile ? [...config.implied.filter((s) => !isFlagLayer(s)), ...config.configFile ?? []] : [];
  const fileKnown = readsFile && (config.configFile !== void 0 || writesConfigFile(config) || config.launcher.kind === "config-file");
  const complete = config.completeness.complete && config.kind === "process";
  const refusals = launcherRules?.refusals(config.flags) ?? [];
  const launcherName = config.launcher.kind === "distribution" ? config.launcher.distribution : "";
  const cache = /* @__PURE__ */ new Map();
  const lookup = (name) => {
    const spec = settingSpec(name);
    if (readsFile) {
      const setting = last(fileSettings2, name, (s) => readByEtcd(s, spec));
      if (setting)
        return winner(
          name,
          spec,
          setting,
          setting.origin.kind === "launcher-default" ? "launcher-default" : "config-file"
        );
      return fallback(name, spec, fileKnown && complete);
    }
    const flag = last(flags, name);
    const variable = lastDefined(env, name);
    if (flag) {
      const effective = winner(
        name,
        spec,
        flag,
        flag.origin.kind === "launcher-default" ? "launcher-default" : "flag"
      );
      if (variable) effective.conflict = { flag, env: variable };
      return effective;
    }
    if (variable && variable.rawValue !== "") return winner(name, spec, variable, "env");
    return fallback(name, spec, complete);
  };
  const get = (name) => {
    let effective = cache.get(name);
    if (!effective) {
      effective = lookup(name);
      cache.set(name, effective);
      markInert(effective, get);
    }
    return effective;
  };
  const sideInput = { get, readsConfigFile: readsFile, span: config.span };
  const sides = { client: sidePosture(sideInput, "client"), peer: sidePosture(sideInput, "peer") };
  return {
    config,
    readsConfigFile: readsFile,
    get,
    side: (side) => sides[side],
    startupProblems: [
      ...config.startupProblems,
      ...invalidValues(flags, readsFile ? [] : env, fileSettings2),
      ...readsFile ? [] : conflicts(flags, env),
      ...refusals.map((refusal) => refusal.problem),
      ...sides.client.problems,
      ...sides.peer.problems
    ],
    ineffective: [
      ...misplacedKeys(readsFile ? fileSettings2 : [], config),
      ...refusals.filter((refusal) => settingSpec(refusal.setting.name)?.noticeWhenIneffective).map((refusal) => ({
        setting: refusal.setting,
        reason: {
          kind: "launcher-refuses",
          launcher: launcherName,
          launcherValue: refusal.launcherValue
        }
      }))
    ]
  };
}
function isFlagLayer(setting) {
  return setting.origin.kind === "launcher-default" ? setting.origin.as === "flag" : true;
}
function readsConfigFile(config, flags, env) {
  if (config.launcher.kind === "config-file" || writesConfigFile(config)) return true;
  const flag = last(flags, "config-file");
  if (flag) return (flag.rawValue ?? "") !== "";
  const variable = lastDefined(env, "config-file");
  return variable !== void 0 && variable.rawValue !== "";
}
function writesConfigFile(config) {
  return config.launcher.kind === "distribution" && LAUNCHER_RULES[config.launcher.distribution].writesConfigFile;
}
function configPathOf(setting) {
  const origin2 = setting.origin;
  if (origin2.kind === "config-file") return origin2.key;
  if (origin2.kind === "extra-arg") return setting.name;
  if (origin2.kind === "launcher-default") return settingSpec(setting.name)?.configKey?.join(".");
  return void 0;
}
function readByEtcd(setting, spec) {
  return spec?.configKey !== void 0 && configPathOf(setting) === spec.configKey.join(".");
}
function winner(name, spec, setting, layer) {
  if (setting.valueUnknown) return { name, spec, layer, setting, raw: void 0 };
  const effective = { name, spec, layer, setting, raw: setting.rawValue };
  if (spec?.type === "bool") effective.bool = boolOf(setting);
  return effective;
}
function fallback(name, spec, complete) {
  if (!complete || spec?.default === void 0) return { name, spec, layer: "unknown", raw: void 0 };
  const effective = { name, spec, layer: "etcd-default", raw: spec.default };
  if (spec.type === "bool") effective.bool = parseGoBool(spec.default);
  return effective;
}
function markInert(effective, get) {
  const side = autoTlsSide(effective.name);
  if (!side || effective.bool?.kind === "false" || effective.layer === "unknown") return;
  const { certFile, keyFile } = SIDE_FLAGS[side];
  const certificates = [get(certFile), get(keyFile)].filter(
    (file) => file.raw !== void 0 && file.raw !== "" && !file.setting?.conditional
  );
  if (certificates.length > 0) effective.inert = { kind: "certificates-given", certificates };
}
function autoTlsSide(name) {
  if (name === SIDE_FLAGS.client.autoTls) return "client";
  if (name === SIDE_FLAGS.peer.autoTls) return "peer";
  return void 0;
}
function invalidValues(flags, env, fileSettings2) {
  const problems = [];
  for (const flag of flags) {
    if (settingSpec(flag.name)?.type !== "bool" || flag.rawValue === void 0 || flag.valueUnknown) continue;
    if (boolOf(flag).kind !== "invalid") continue;
    problems.push(
      located2(flag, {
        message: `etcd will not start: invalid boolean value "${flag.rawValue}" for -${flag.name} (Go accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)`,
        flag: flag.name
      })
    );
  }
  for (const variable of lastOfEach(env)) {
    if (settingSpec(variable.name)?.type !== "bool" || variable.rawValue === "" || variable.valueUnknown)
      continue;
    if (boolOf(variable).kind !== "invalid") continue;
    problems.push(
      located2(variable, {
        message: `etcd will not start: invalid value "${variable.rawValue ?? ""}" for ${variable.key} (Go accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)`,
        flag: variable.name
      })
    );
  }
  for (const setting of fileSettings2) {
    const spec = settingSpec(setting.name);
    if (spec?.type !== "bool" || !readByEtcd(setting, spec) || boolOf(setting).kind !== "invalid") continue;
    problems.push(
      located2(setting, {
        message: `etcd will not start: \`${setting.key}\` must be a YAML boolean (true/false, yes/no, on/off), not \`${setting.rawValue ?? ""}\` (a type error when etcd decodes its config file)`,
        flag: setting.name
      })
    );
  }
  return problems;
}
function conflicts(flags, env) {
  const certain2 = (setting) => !setting.conditional || setting.conditional.rendered === true;
  const flagged = new Set(flags.filter(certain2).map((flag) => flag.name));
  return lastOfEach(env).filter((variable) => certain2(variable) && flagged.has(variable.name) && SETTINGS.has(variable.name)).map((variable) => {
    const side = settingSpec(variable.name)?.side;
    return located2(variable, {
      message: `etcd 3.4 and later will not start: the environment variable \`${variable.key}\` is shadowed by the command-line flag \`--${variable.name}\` ("conflicting environment variable")`,
      ...side ? { side } : {}
    });
  });
}
function misplacedKeys(fileSettings2, config) {
  const out = [];
  for (const setting of fileSettings2) {
    const spec = settingSpec(setting.name);
    if (!spec?.noticeWhenIneffective || !spec.configKey || readByEtcd(setting, spec)) continue;
    if (setting.origin.kind === "launcher-default") continue;
    const launcher = config.launcher.kind === "distribution" ? config.launcher.distribution : void 0;
    out.push({
      setting,
      reason: {
        kind: "config-key-misplaced",
        expected: spec.configKey.join("."),
        ...launcher ? { launcher } : {}
      }
    });
  }
  return out;
}
function located2(setting, problem) {
  return { ...problem, span: setting.span, ...setting.file ? { file: setting.file } : {} };
}
function last(settings, name, accept = () => true) {
  for (let i = settings.length - 1; i >= 0; i--) {
    const setting = settings[i];
    if (setting.name === name && accept(setting)) return setting;
  }
  return void 0;
}
function lastDefined(env, name) {
  return last(env, name);
}
function lastOfEach(settings) {
  const byName = /* @__PURE__ */ new Map();
  for (const setting of settings) byName.set(setting.name, setting);
  return [...byName.values()];
}

// src/rules/evaluate.ts
function evaluate(configs, rules = RULES, clients = []) {
  const findings = [];
  const notices = [];
  const seenFindings = /* @__PURE__ */ new Set();
  const seenNotices = /* @__PURE__ */ new Set();
  const add = (finding2) => {
    const key = JSON.stringify([finding2.ruleId, finding2.file.relPath, finding2.span]);
    if (seenFindings.has(key)) return;
    seenFindings.add(key);
    findings.push(finding2);
  };
  const notice = (diagnostic) => {
    const key = JSON.stringify([diagnostic.file.relPath, diagnostic.span]);
    if (seenNotices.has(key)) return;
    seenNotices.add(key);
    notices.push(diagnostic);
  };
  for (const config of configs) {
    const effective = resolve(config);
    for (const rule of rules) for (const finding2 of rule.evaluate(effective)) add(finding2);
    for (const ineffective of effective.ineffective) {
      notice({
        level: "note",
        id: "ineffective-setting",
        message: ineffectiveMessage(ineffective),
        file: ineffective.setting.file ?? config.file,
        span: ineffective.setting.span
      });
    }
    for (const problem of effective.startupProblems) {
      const side = problemSide(problem);
      notice({
        level: "note",
        id: "etcd-will-not-start",
        message: `${describeLauncher(config.launcher)}: ${problem.message}. The TLS posture of ${side ? `its ${side} side` : "this etcd"} is judged once it can start.`,
        file: problem.file ?? config.file,
        span: problem.span
      });
    }
  }
  for (const config of clients) {
    const client = resolveClient(config);
    for (const rule of rules) for (const finding2 of rule.evaluateClient?.(client) ?? []) add(finding2);
    for (const problem of client.startupProblems) {
      notice({
        level: "note",
        id: "kube-apiserver-will-not-start",
        message: `${describeClientLauncher(config.launcher)}: ${problem.message}. Its connection to etcd is judged once it can start.`,
        file: problem.file ?? config.file,
        span: problem.span
      });
    }
  }
  return { findings, notices };
}

// src/triage/comments.ts
var import_yaml16 = __toESM(require_dist(), 1);
function kindOf(relPath) {
  const name = relPath.slice(relPath.lastIndexOf("/") + 1);
  if (isYamlName(relPath) || name.toLowerCase() === "kustomization") return "yaml";
  if (name.endsWith(".service") || /\.service\.d\/[^/]+\.conf$/.test(relPath)) return "unit";
  return "env";
}
function commentsOf(relPath, text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const kind = kindOf(relPath);
  if (kind !== "yaml") return { comments: lineComments(text, lineStarts, kind), lineStarts, blocks: [] };
  const template = isHelmValuesFile(relPath) ? void 0 : analyseTemplate(text);
  return yamlComments(template?.parseText ?? text, lineStarts);
}
function lineOf(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
var MARKERS = /* @__PURE__ */ new Set([import_yaml16.CST.DOCUMENT, import_yaml16.CST.SCALAR, import_yaml16.CST.FLOW_END]);
function yamlComments(text, lineStarts) {
  const comments = [];
  const blocks = [];
  let offset = 0;
  let scalarNext = false;
  let afterBlockHeader = false;
  for (const token of new import_yaml16.Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === import_yaml16.CST.SCALAR) scalarNext = true;
      continue;
    }
    const type = scalarNext ? "scalar-source" : import_yaml16.CST.tokenType(token);
    scalarNext = false;
    if (type === "comment") comments.push(comment(text, lineStarts, offset, token));
    else if (type === "block-scalar-header") afterBlockHeader = true;
    else if (type === "scalar-source" && afterBlockHeader) {
      const block = { start: offset, end: offset + token.length };
      blocks.push(block);
      comments.push(...shellComments(text, lineStarts, block));
      afterBlockHeader = false;
    } else if (type !== "space" && type !== "newline") afterBlockHeader = false;
    offset += token.length;
  }
  return { comments, lineStarts, blocks };
}
function comment(text, lineStarts, offset, body) {
  const line = lineOf(lineStarts, offset);
  const before = text.slice(lineStarts[line - 1], offset);
  return { line, text: body, ownLine: before.trim() === "" };
}
function shellComments(text, lineStarts, block) {
  const found = [];
  let quote;
  for (let i = block.start; i < block.end; i++) {
    const char = text.charAt(i);
    if (quote !== void 0) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = void 0;
      continue;
    }
    if (char === "\\") i++;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "#" && (i === block.start || /\s/.test(text.charAt(i - 1)))) {
      const end = text.indexOf("\n", i);
      const stop = end < 0 || end > block.end ? block.end : end;
      found.push({ ...comment(text, lineStarts, i, text.slice(i, stop)), block });
      i = stop;
    }
  }
  return found;
}
function lineComments(text, lineStarts, kind) {
  const found = [];
  lineStarts.forEach((start, index) => {
    const end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length;
    const lineText = text.slice(start, end).replace(/\r$/, "");
    const first = lineText.search(/\S/);
    if (first < 0) return;
    const lead = lineText.charAt(first);
    if (lead === "#" || lead === ";") {
      found.push({ line: index + 1, text: lineText.slice(first), ownLine: true });
      return;
    }
    if (kind !== "env") return;
    const at = trailingShellComment(lineText);
    if (at !== void 0) found.push({ line: index + 1, text: lineText.slice(at), ownLine: false });
  });
  return found;
}
function trailingShellComment(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quote !== void 0) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = void 0;
    } else if (char === "\\") i++;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "#" && i > 0 && /\s/.test(line.charAt(i - 1))) return i;
  }
  return void 0;
}

// src/triage/suppressions.ts
var MARKER = "etcd-tls-guard:";
function applySuppressions(findings, textOf, knownRules) {
  const active = [];
  const suppressed = [];
  const diagnostics = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const commentsFor = (file) => {
    let entry = byFile.get(file.absPath);
    if (entry === void 0) {
      const text = textOf(file) ?? "";
      if (text.includes(MARKER)) {
        const comments = commentsOf(file.relPath, text);
        const byLine = /* @__PURE__ */ new Map();
        for (const comment2 of comments.comments)
          byLine.set(comment2.line, [...byLine.get(comment2.line) ?? [], comment2]);
        entry = { file: comments, byLine };
      } else entry = null;
      byFile.set(file.absPath, entry);
    }
    return entry;
  };
  for (const finding2 of findings) {
    const entry = commentsFor(finding2.file);
    if (!entry) {
      active.push(finding2);
      continue;
    }
    const { file, byLine } = entry;
    const line = finding2.span.startLine;
    const offset = (file.lineStarts[line - 1] ?? 0) + finding2.span.startColumn - 1;
    const block = file.blocks.find((b) => offset >= b.start && offset < b.end);
    const candidates = [
      ...(byLine.get(line) ?? []).filter((c) => !c.ownLine),
      ...(byLine.get(line - 1) ?? []).filter((c) => c.ownLine)
    ].filter((c) => c.block === void 0 || c.block === block);
    const comments = candidates.flatMap((c) => {
      const parsed = parseComment(c.text, c.line, c.ownLine);
      return parsed ? [parsed] : [];
    });
    for (const comment2 of comments) {
      for (const problem of problemsOf(comment2, knownRules)) {
        diagnostics.set(`${finding2.file.relPath}:${comment2.line}:${problem}`, {
          level: "warning",
          id: "invalid-suppression",
          message: problem,
          file: finding2.file,
          span: { startLine: comment2.line, startColumn: 1, endLine: comment2.line, endColumn: 2 }
        });
      }
    }
    const applied2 = comments.find((c) => hasWords(c.reason) && c.ruleIds.includes(finding2.ruleId));
    if (applied2) suppressed.push({ ...finding2, suppression: { reason: applied2.reason, line: applied2.line } });
    else active.push(finding2);
  }
  return { active, suppressed, diagnostics: [...diagnostics.values()] };
}
function hasWords(reason) {
  return new RegExp("\\p{L}{2}", "u").test(reason);
}
function parseComment(comment2, line, ownLine) {
  const at = comment2.indexOf(MARKER);
  if (at < 0 || comment2.slice(1, at).trim() !== "") return void 0;
  let rest = comment2.slice(at + MARKER.length).trimStart();
  if (!rest.startsWith("ignore[")) return void 0;
  const close = rest.indexOf("]");
  if (close < 0) return void 0;
  const ruleIds = rest.slice("ignore[".length, close).split(",").map((id) => id.trim()).filter((id) => id !== "");
  rest = rest.slice(close + 1).trim();
  const reason = rest.replace(/^[-:–—]\s*/, "").trim();
  return { ruleIds, reason, line, ownLine };
}
function problemsOf(comment2, knownRules) {
  const problems = [];
  if (comment2.reason === "") {
    problems.push(
      "suppression comment without a reason is not applied: write `# etcd-tls-guard: ignore[RULE-ID] why it is acceptable`"
    );
  } else if (!hasWords(comment2.reason)) {
    problems.push(
      `suppression reason "${comment2.reason}" has no words, so it is not applied: say why the finding is acceptable`
    );
  }
  for (const id of comment2.ruleIds) {
    if (!knownRules.includes(id))
      problems.push(`suppression names an unknown rule "${id}"`);
  }
  if (comment2.ruleIds.length === 0)
    problems.push("suppression comment names no rule: write `ignore[RULE-ID]`");
  return problems;
}

// src/scan.ts
var RULE_IDS = RULES.map((rule) => rule.meta.id);
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function scan(options) {
  const rules = selectRules(options.rules);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = [];
  const diagnostics = [];
  const discovery = {
    paths: options.paths && options.paths.length > 0 ? options.paths : ["."],
    base: options.base,
    patterns: options.patterns && options.patterns.length > 0 ? options.patterns : DEFAULT_PATTERNS,
    exclude: options.exclude ?? DEFAULT_EXCLUDES
  };
  const gathered = await gather({
    ...discovery,
    maxFileSize,
    prefilter: options.prefilter !== false,
    ...options.threads === void 0 ? {} : { threads: options.threads },
    onKept: ({ file, read }) => {
      const outcome = parseLoaded(file, read.text, { skipIrrelevantDocuments: options.prefilter !== false });
      diagnostics.push(...outcome.diagnostics);
      if (outcome.loaded && !holdsNothing(outcome.loaded)) files.push(outcome.loaded);
    }
  });
  const gaps = /* @__PURE__ */ new Map();
  const report = (diagnostic) => gaps.set(diagnosticKey(diagnostic), diagnostic);
  const loaded = /* @__PURE__ */ new Set();
  const setAside = () => gathered.lookups.filter((file) => !loaded.has(file.absPath));
  const remember = (files2) => {
    for (const file of files2) loaded.add(file.file.absPath);
    return files2;
  };
  const lookups = {
    configMaps: (names) => remember(loadConfigMaps(setAside(), names, maxFileSize, report)),
    files: (relPaths) => loadNamedFiles(relPaths, namedFileResolver(planDiscovery(discovery).spec), maxFileSize, report),
    valueFiles: (dirs) => remember(loadValueFiles(setAside(), dirs, maxFileSize, report)),
    objects: (names) => remember(loadObjects(setAside(), names, maxFileSize, report))
  };
  const analysis = analyse(files, lookups, rules);
  for (const diagnostic of diagnostics) gaps.delete(diagnosticKey(diagnostic));
  return {
    ...analysis,
    diagnostics: [...diagnostics, ...gaps.values(), ...gathered.diagnostics, ...analysis.diagnostics].sort(
      compareDiagnostics
    ),
    filesScanned: gathered.kept + gathered.skipped + gathered.lookups.length
  };
}
function diagnosticKey(diagnostic) {
  return `${diagnostic.id}\0${diagnostic.file?.relPath ?? ""}\0${diagnostic.span?.startLine ?? ""}\0${diagnostic.message}`;
}
function holdsNothing(loaded) {
  return loaded.kind === "yaml" && loaded.documents.every((doc) => doc.contents === null);
}
function analyse(loaded, lookups, rules = RULES) {
  const files = sortedByPath(loaded);
  const extraction = extractWithLookups(files, lookups);
  const evaluation = evaluate(extraction.configs, rules, extraction.clients);
  const texts = new Map(extraction.files.map((file) => [file.file.absPath, file.text]));
  const sources = /* @__PURE__ */ new Map();
  for (const finding2 of evaluation.findings) {
    for (const file of [finding2.file, ...(finding2.related ?? []).map((related) => related.file)]) {
      const text = texts.get(file.absPath);
      if (text !== void 0) sources.set(file.absPath, text);
    }
  }
  const triage = applySuppressions(evaluation.findings, (file) => sources.get(file.absPath), RULE_IDS);
  return {
    findings: triage.active.sort(compareFindings),
    suppressed: triage.suppressed.sort(compareFindings),
    diagnostics: [...extraction.notices, ...evaluation.notices, ...triage.diagnostics].sort(
      compareDiagnostics
    ),
    sources
  };
}
function compareFindings(a, b) {
  return compareText2(a.file.relPath, b.file.relPath) || a.span.startLine - b.span.startLine || a.span.startColumn - b.span.startColumn || compareText2(a.ruleId, b.ruleId) || compareText2(a.message, b.message);
}
function compareDiagnostics(a, b) {
  return compareText2(a.file?.relPath ?? "", b.file?.relPath ?? "") || (a.span?.startLine ?? 0) - (b.span?.startLine ?? 0) || compareText2(a.message, b.message);
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/triage/baseline.ts
import { createHash } from "node:crypto";
import path10 from "node:path";
function fingerprints(findings, textOf) {
  const linesByFile = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding2) => {
    let lines = linesByFile.get(finding2.file.absPath);
    if (!lines) {
      lines = (textOf(finding2.file) ?? "").split(/\r\n|\r|\n/);
      linesByFile.set(finding2.file.absPath, lines);
    }
    const line = (lines[finding2.span.startLine - 1] ?? "").replace(/\s+/g, "");
    const digest = createHash("sha256").update([finding2.ruleId, finding2.file.relPath, finding2.subject, line].join("\0")).digest("hex").slice(0, 20);
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}:${occurrence}`;
  });
}
function writeBaseline(findings, textOf) {
  const prints = fingerprints(findings, textOf);
  const entries = findings.map((finding2, i) => ({
    ruleId: finding2.ruleId,
    file: finding2.file.relPath,
    fingerprint: prints[i]
  })).sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
  const baseline = { version: 1, tool: "etcd-tls-guard", findings: entries };
  return `${JSON.stringify(baseline, null, 2)}
`;
}
var BASELINE_MAX_BYTES = 32 * 1024 * 1024;
var FINGERPRINT = /^[0-9a-f]{20}:[1-9][0-9]{0,8}$/;
function readBaseline(text) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new Error(`not valid JSON${jsonErrorPlace(body, error.message)}`);
  }
  const baseline = parsed;
  if (typeof baseline !== "object" || baseline === null || baseline.tool !== "etcd-tls-guard" || baseline.version !== 1 || !Array.isArray(baseline.findings)) {
    throw new Error("not written by etcd-tls-guard --write-baseline (version 1)");
  }
  const prints = /* @__PURE__ */ new Set();
  baseline.findings.forEach((entry, index) => {
    const fingerprint = typeof entry === "object" && entry !== null ? entry.fingerprint : void 0;
    if (typeof fingerprint !== "string" || !FINGERPRINT.test(fingerprint)) {
      throw new Error(
        `entry ${index + 1} of "findings" is not a finding written by --write-baseline (an object with a "fingerprint" such as "0123456789abcdef0123:1")`
      );
    }
    prints.add(fingerprint);
  });
  return prints;
}
function jsonErrorPlace(text, message) {
  const match = /at position (\d+)/.exec(message);
  if (!match) return "";
  const position = Number(match[1]);
  const before = text.slice(0, position).split("\n");
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
function readBaselineFile(name, options) {
  const file = options.root ? resolveInside(options.root, name, "baseline").real ?? path10.resolve(options.base, name) : path10.resolve(options.base, name);
  const bytes = readRegularFile(file, BASELINE_MAX_BYTES, "baseline", name);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(`baseline "${name}" is not UTF-8 text`);
  }
  try {
    return readBaseline(text);
  } catch (error) {
    throw new FileProblem(`baseline "${name}": ${error.message}`);
  }
}
function applyBaseline(findings, known, textOf) {
  const prints = fingerprints(findings, textOf);
  const remaining = /* @__PURE__ */ new Map();
  for (const print of known) remaining.set(print, (remaining.get(print) ?? 0) + 1);
  return findings.map((finding2, i) => {
    const print = prints[i];
    const left = remaining.get(print) ?? 0;
    if (left > 0) remaining.set(print, left - 1);
    return { ...finding2, baselineState: left > 0 ? "unchanged" : "new" };
  });
}

// src/cli/main.ts
var FORMATS = ["text", "json", "sarif", "github"];
var EXIT = { clean: 0, findings: 1, usage: 2 };
var FORMS = "Kubernetes workloads (command, args, env, envFrom and ConfigMaps), etcd config files, kubeadm and Cluster API, systemd units, drop-ins and env files, shell scripts and the files they write, Dockerfiles, Docker Compose, k0s and RKE, Helm templates and chart values, GitOps Helm releases (Argo CD, Flux, k3s HelmChart, kustomize helmCharts, helmfile, helm install), kustomize patches, Jinja, Go and ERB templates, etcd operators' EtcdCluster resources, and the kube-apiserver's etcd flags";
var HELP = `Usage: etcd-tls-guard [options] [paths...]

Finds etcd configured without real TLS (self-signed auto-TLS, plaintext listeners, no client-certificate
auth, a kube-apiserver dialling etcd in clear text; CIS Kubernetes 2.1-2.7 and 1.2.x); --list-rules
names the rules. It reads ${FORMS}.

Options:
  --format text|json|sarif|github   output format (default: text; github = workflow commands)
  -o, --output FILE                 write the report to FILE instead of standard output (its folder must exist)
  --fail-on error|warning|note|none exit 1 when findings at or above this level exist (default: error)
  --include GLOB                    files to scan in directories (repeatable; default: YAML, JSON, *.manifest,
                                    Kustomization, *.service, *.service.d/*.conf, *.env, etcd.conf, default/etcd,
                                    *.sh, *.bash, files without an extension that start with a shell's #!,
                                    Dockerfile, Containerfile and their variants, templates *.j2, *.jinja2,
                                    *.jinja, *.tpl, *.tmpl, *.gotmpl, *.erb); a glob without / matches at any
                                    depth (*.yaml = **/*.yaml)
  --exclude GLOB                    files or folders to skip, relative to the scanned path or to the current
                                    directory (repeatable; .git and node_modules are always skipped)
  --category NAME                   SARIF automationDetails category (keeps separate uploads apart)
  --max-file-size SIZE              skip larger files with a warning (default 10MB, at most 256MB; e.g. 512k, 20MB)
  --threads N                       threads that walk and read files (default: the number of CPUs, at most 4;
                                    1 = no worker threads)
  --no-prefilter                    parse every matched file, not only those that name etcd or one of its
                                    settings (slower; shows that the prefilter drops nothing that matters)
  --rule ID                         run only this rule (repeatable; default: every rule, see --list-rules)
  --skip-rule ID                    do not run this rule (repeatable)
  --baseline FILE                   findings recorded in FILE do not fail the run (marked "unchanged" in SARIF)
  --write-baseline FILE             record the current findings in FILE (then exit 0)
  --list-rules                      list the rules and exit
  -v, --version                     print the version and exit
  -h, --help                        print this help and exit

Paths default to the current directory; reported paths are relative to it.
Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it,
2 usage error (bad option, path not found, a file that cannot be read or written) or tool failure.
`;
function parseCli(argv) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        category: { type: "string" },
        "max-file-size": { type: "string" },
        threads: { type: "string" },
        "no-prefilter": { type: "boolean" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        rule: { type: "string", multiple: true },
        "skip-rule": { type: "string", multiple: true },
        "list-rules": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    return { kind: "usage", error: error.message };
  }
  if (values.help) return { kind: "print", text: HELP };
  if (values.version) return { kind: "print", text: `${VERSION}
` };
  if (values["list-rules"]) return { kind: "print", text: listRules() };
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    return { kind: "usage", error: `--format must be one of ${FORMATS.join(", ")} (got "${format}")` };
  }
  const failOn = values["fail-on"] ?? "error";
  if (!isFailOn(failOn))
    return { kind: "usage", error: `--fail-on must be error, warning, note or none (got "${failOn}")` };
  const options = {
    paths: positionals.length > 0 ? positionals : ["."],
    format,
    failOn,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    prefilter: values["no-prefilter"] !== true,
    rules: {
      only: values.rule ?? [],
      skip: values["skip-rule"] ?? []
    }
  };
  for (const [option2, globs] of [
    ["--include", options.include],
    ["--exclude", options.exclude]
  ]) {
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) return { kind: "usage", error: `${option2} "${glob}" ${problem}` };
    }
  }
  for (const name of ["output", "category", "baseline", "write-baseline", "max-file-size", "threads"]) {
    if (values[name] === "") return { kind: "usage", error: `--${name} needs a value (got an empty one)` };
  }
  try {
    selectRules(options.rules);
  } catch (error) {
    return { kind: "usage", error: `--rule/--skip-rule: ${error.message}` };
  }
  if (typeof values.output === "string") options.output = values.output;
  if (typeof values.category === "string") options.category = values.category;
  if (typeof values["max-file-size"] === "string") {
    const size = parseMaxFileSize(values["max-file-size"]);
    if ("problem" in size) return { kind: "usage", error: `--max-file-size ${size.problem}` };
    options.maxFileSize = size.bytes;
  }
  if (typeof values.threads === "string") {
    const threads = /^[1-9][0-9]{0,2}$/.test(values.threads) ? Number(values.threads) : void 0;
    if (threads === void 0)
      return { kind: "usage", error: `--threads must be a whole number from 1 (got "${values.threads}")` };
    options.threads = threads;
  }
  if (typeof values.baseline === "string") options.baseline = values.baseline;
  if (typeof values["write-baseline"] === "string") options.writeBaseline = values["write-baseline"];
  return { kind: "run", options };
}
function listRules() {
  const rules = RULE_METAS.map(
    (rule) => `${rule.id}	CIS ${rule.cis}	${rule.defaultLevel}	${rule.shortDescription}`
  );
  return `${rules.join("\n")}

The rules read ${FORMS}.
`;
}
function render(result, format, category) {
  switch (format) {
    case "text":
      return toText(result, RULE_METAS);
    case "json":
      return toJson(result, RULE_METAS);
    case "sarif":
      return serializeSarif(
        toSarif(result, RULE_METAS, {
          ...category ? { category } : {},
          fileText: (file) => result.sources.get(file.absPath)
        })
      );
    case "github":
      return `${[...result.findings.map(findingAnnotation), ...result.diagnostics.map(diagnosticAnnotation)].map(workflowCommand).join("\n")}
`;
  }
}
async function main(argv, cwd = process.cwd()) {
  const parsed = parseCli(argv);
  if (parsed.kind === "print") {
    process.stdout.write(parsed.text);
    return EXIT.clean;
  }
  if (parsed.kind === "usage") {
    process.stderr.write(`etcd-tls-guard: ${visible(parsed.error)}
Try 'etcd-tls-guard --help'.
`);
    return EXIT.usage;
  }
  const { options } = parsed;
  const fail = (message) => {
    process.stderr.write(`etcd-tls-guard: ${visible(message)}
`);
    return EXIT.usage;
  };
  try {
    for (const [option2, file] of [
      ["--output", options.output],
      ["--write-baseline", options.writeBaseline]
    ]) {
      const problem = file === void 0 ? void 0 : writeProblem(option2, file, cwd);
      if (problem) return fail(problem);
    }
    let known;
    if (options.baseline) {
      try {
        known = readBaselineFile(options.baseline, { base: cwd });
      } catch (error) {
        if (error instanceof FileProblem) return fail(error.message);
        throw error;
      }
    }
    const result = await scan({
      paths: options.paths,
      base: cwd,
      patterns: options.include,
      exclude: [...DEFAULT_EXCLUDES, ...options.exclude],
      ...options.maxFileSize ? { maxFileSize: options.maxFileSize } : {},
      ...options.threads ? { threads: options.threads } : {},
      ...options.prefilter ? {} : { prefilter: false },
      rules: options.rules
    });
    const textOf = (file) => result.sources.get(file.absPath);
    if (options.writeBaseline) {
      const problem = writeFile(
        "--write-baseline",
        options.writeBaseline,
        writeBaseline(result.findings, textOf),
        cwd
      );
      if (problem) return fail(problem);
      process.stderr.write(
        `etcd-tls-guard: ${plural(result.findings.length, "finding")} recorded in ${visible(options.writeBaseline)}
`
      );
      return EXIT.clean;
    }
    if (known) result.findings = applyBaseline(result.findings, known, textOf);
    const report = render(result, options.format, options.category);
    if (options.output) {
      const problem = writeFile("--output", options.output, report, cwd);
      if (problem) return fail(problem);
    } else process.stdout.write(report);
    const missing = result.diagnostics.filter((d) => d.id === "path-not-found");
    for (const diagnostic of missing)
      process.stderr.write(`etcd-tls-guard: ${visible(diagnostic.message)}
`);
    if (missing.length > 0) return EXIT.usage;
    return gatingFindings(result.findings, options.failOn).length > 0 ? EXIT.findings : EXIT.clean;
  } catch (error) {
    return fail(`internal error: ${error.message}`);
  }
}
function writeProblem(option2, file, cwd) {
  const target = path11.resolve(cwd, file);
  const folder = path11.dirname(target);
  const folderStat = statOrUndefined(folder);
  if (!folderStat) return `${option2} ${file}: the folder ${path11.dirname(file)} does not exist`;
  if (!folderStat.isDirectory()) return `${option2} ${file}: ${path11.dirname(file)} is not a folder`;
  if (statOrUndefined(target)?.isDirectory()) return `${option2} ${file}: is a folder, not a file`;
  return void 0;
}
function writeFile(option2, file, text, cwd) {
  try {
    writeFileSync(path11.resolve(cwd, file), text);
    return void 0;
  } catch (error) {
    const code = error.code;
    return writeProblem(option2, file, cwd) ?? `${option2} ${file}: cannot write the file (${code ?? error.message})`;
  }
}
function statOrUndefined(file) {
  try {
    return statSync3(file);
  } catch {
    return void 0;
  }
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));

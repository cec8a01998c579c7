import { createRequire as __etgCreateRequire } from 'node:module'; const require = __etgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
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
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
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
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
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
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
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
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
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
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
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
        if (tok.value || tok.output) append(tok);
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
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
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
          append({ value });
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
            negate();
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
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
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
      } = constants2.globChars(opts.windows);
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
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
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
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
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
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/gather/worker.ts
import { parentPort, workerData } from "node:worker_threads";

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
  constructor(buffer2) {
    this.control = new Int32Array(buffer2, 0, HEADER_WORDS + TABLE_WORDS);
    this.data = Buffer.from(buffer2, DATA_START);
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
  joined(thread2) {
    return Atomics.load(this.control, JOINED + thread2) !== 0;
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
    const length = Buffer.byteLength(json);
    this.lock();
    try {
      const blobs = this.control[BLOBS];
      const offset = blobs === 0 ? 0 : this.end(blobs - 1);
      if (blobs >= MAX_BLOBS || offset + length > this.data.length) return false;
      this.data.write(json, offset, length, "utf8");
      this.control[HEADER_WORDS + blobs * 2] = offset;
      this.control[HEADER_WORDS + blobs * 2 + 1] = length;
      Atomics.store(this.control, BLOBS, blobs + 1);
    } finally {
      this.unlock();
    }
    this.wake();
    return true;
  }
  /** Takes the most recent donation for `thread`, or undefined when the pool is empty. */
  take(thread2) {
    if (Atomics.load(this.control, BLOBS) === 0) return void 0;
    let json;
    this.lock();
    try {
      const blobs = this.control[BLOBS];
      if (blobs > 0) {
        const offset = this.control[HEADER_WORDS + (blobs - 1) * 2];
        json = this.data.toString("utf8", offset, this.end(blobs - 1));
        Atomics.store(this.control, BLOBS, blobs - 1);
        Atomics.store(this.control, JOINED + thread2, 1);
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
var OUTSIDE = "symbolic link points outside the scanned directory";
var INTO_EXCLUDED = "symbolic link points into an excluded folder or file";
var DirectoryLister = class {
  constructor(spec2) {
    this.spec = spec2;
    this.include = compileGlobs(spec2.patterns, true);
    this.exclude = compileGlobs(spec2.exclude, false);
    this.globs = new GlobCounter(
      spec2.patterns,
      !isDefaultPatterns(spec2.patterns),
      spec2.exclude,
      DEFAULT_EXCLUDES
    );
    this.rootRelPaths = spec2.roots.map((rootReal) => fileRef(spec2, rootReal).relPath);
    this.rootsLowerCase = spec2.roots.map((rootReal) => rootReal.toLowerCase());
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
function fileRef(spec2, absPath) {
  const relPath = isInside(spec2.baseReal, absPath) ? relativePath(spec2.baseReal, absPath) : relativePath(spec2.base, absPath);
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

// src/load/file-kinds.ts
var KUSTOMIZATION_NAMES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
function basename(relPath) {
  return relPath.slice(relPath.lastIndexOf("/") + 1);
}
function isKustomizationName(relPath) {
  return KUSTOMIZATION_NAMES.has(basename(relPath));
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
function formPath(relPath) {
  const lower = relPath.toLowerCase();
  const match = TEMPLATE_SUFFIXES.find(([suffix]) => lower.endsWith(suffix));
  return match ? relPath.slice(0, relPath.length - match[0].length) : relPath;
}
function isShellScriptName(path2) {
  const lower = path2.toLowerCase();
  return lower.endsWith(".sh") || lower.endsWith(".bash");
}
function isDockerfileName(path2) {
  const name = basename(path2).toLowerCase();
  return name === "dockerfile" || name === "containerfile" || name.endsWith(".dockerfile") || name.startsWith("dockerfile.") || name.startsWith("containerfile.");
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox"]);
function hasShellShebang(text) {
  if (!text.startsWith("#!")) return false;
  const end = text.indexOf("\n");
  const words = text.slice(2, end < 0 ? Math.min(text.length, 256) : Math.min(end, 256)).split(" ").flatMap((part) => part.split("	")).filter((word) => word !== "" && word !== "\r");
  const interpreter = basename(words[0] ?? "");
  if (interpreter !== "env") return SHELLS.has(interpreter);
  const program = words.slice(1).find((word) => !word.startsWith("-") && !word.includes("="));
  return SHELLS.has(basename(program ?? ""));
}
function hasFormName(relPath) {
  const path2 = formPath(relPath);
  const name = basename(path2);
  return isYamlName(path2) || isKustomizationName(path2) || isShellScriptName(path2) || isDockerfileName(path2) || name.endsWith(".service") || name.endsWith(".conf") || name.endsWith(".env") || path2 === "default/etcd" || path2.endsWith("/default/etcd");
}
function isValuesFileName(name) {
  const lower = basename(name).toLowerCase();
  const stem = lower.endsWith(".yaml") ? lower.slice(0, -5) : lower.endsWith(".yml") ? lower.slice(0, -4) : void 0;
  if (stem === void 0) return false;
  if (stem === "values") return true;
  return ["values-", "values.", "values_"].some((p) => stem.startsWith(p)) || ["-values", ".values", "_values"].some((p) => stem.endsWith(p));
}
function isTemplateValuesPath(relPath) {
  const name = basename(relPath);
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

// src/load/read.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { isMainThread as isMainThread2 } from "node:worker_threads";

// src/load/collect.ts
import v8 from "node:v8";
import vm from "node:vm";
import { isMainThread } from "node:worker_threads";
var COLLECT_EVERY = (isMainThread ? 8 : 2) * 1024 * 1024;
var sinceCollection = 0;
var collect;
function noteHeld(bytes) {
  sinceCollection += bytes;
  if (sinceCollection < COLLECT_EVERY) return;
  sinceCollection = 0;
  if (collect === void 0) collect = collector();
  collect?.();
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

// src/load/read.ts
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
    fd = openSync(
      file.absPath,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)
    );
    if (constants.O_NOFOLLOW === void 0 && !sameFile(fd, file.absPath))
      return { diagnostic: swapped(file) };
    const first = readSync(fd, SHARED, 0, SHARED.length, 0);
    if (needsShebang2 && !(first >= 2 && SHARED[0] === 35 && SHARED[1] === 33)) return { skipped: true };
    if (first < SHARED.length && first <= maxFileSize) return { bytes: SHARED.subarray(0, first) };
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { diagnostic: diag(file, "note", "not-a-file", "skipped: not a regular file") };
    if (stat.size > maxFileSize) {
      return {
        diagnostic: diag(
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
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    if (!isMainThread2) noteHeld(filled);
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const code = error.code ?? "error";
    if (code === "ELOOP" || code === "EMLINK") return { diagnostic: swapped(file) };
    return {
      diagnostic: diag(file, "warning", "unreadable-file", `skipped: cannot read the file (${code})`)
    };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function swapped(file) {
  return diag(
    file,
    "warning",
    "unreadable-file",
    "skipped: the file is now a symbolic link (it was replaced after it was listed)"
  );
}
function sameFile(fd, absPath) {
  try {
    const opened = fstatSync(fd);
    const listed = lstatSync(absPath);
    return !listed.isSymbolicLink() && opened.ino === listed.ino && opened.dev === listed.dev;
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
function diag(file, level, id, message) {
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
  constructor(spec2, onKept) {
    this.onKept = onKept;
    this.lister = new DirectoryLister(spec2.walk);
    this.output = {
      skippedUnique: 0,
      skippedShared: [],
      lookups: [],
      diagnostics: [],
      filesRead: 0,
      globs: this.lister.globs.stats
    };
    this.readOptions = {
      maxFileSize: spec2.maxFileSize,
      classify: spec2.prefilter ? relevance : () => "settings",
      ...spec2.prefilter ? { needsShebang } : {}
    };
    this.sink = {
      directory: (root, dir) => this.stack.push({ root, dir }),
      file: (file, unique) => (unique ? this.listed : this.listedShared).push(file),
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
  read(file, unique) {
    this.output.filesRead++;
    const read = readAndClassify(file, this.readOptions);
    if (read.status === "failed") this.output.diagnostics.push(read.diagnostic);
    else if (read.status === "lookup") this.output.lookups.push(file);
    else if (read.status === "kept") this.onKept({ file, read });
    else if (unique) this.output.skippedUnique++;
    else this.output.skippedShared.push(file);
  }
};
function* sharedWalk(work, pool2, thread2, poll = () => false) {
  while (!pool2.aborted) {
    if (work.stack.length > 0) {
      pool2.count(work.step() - 1);
      if (work.stack.length >= 2 && pool2.empty) pool2.share(work.stack);
      poll();
      continue;
    }
    const seen = pool2.signal;
    const taken = pool2.take(thread2);
    if (taken) work.stack.push(...taken);
    else if (pool2.outstanding === 0) return;
    else if (!poll()) yield seen;
  }
}

// src/gather/worker.ts
var BATCH = 8;
var { spec, buffer, thread, kept } = workerData;
var pool = new TaskPool(buffer);
var batch = [];
var flush = () => {
  if (batch.length === 0) return;
  pool.addInFlight(keptKb(batch));
  kept.postMessage(batch.splice(0));
};
var reply;
try {
  const work = new GatherWork(spec, (file) => {
    if (batch.push(file) < BATCH) return;
    flush();
    pool.waitForRoom(KEPT_TEXT_LIMIT_KB);
  });
  for (const seen of sharedWalk(work, pool, thread)) {
    flush();
    pool.waitSync(seen, 10);
  }
  flush();
  reply = { ok: true, output: work.output };
} catch (error) {
  pool.abort();
  reply = { ok: false, error: error.stack ?? String(error) };
}
parentPort?.postMessage(reply);

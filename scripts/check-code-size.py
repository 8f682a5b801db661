#!/usr/bin/env python3
"""Code size limits of the kiosk's C++ sources: every function body at most 60 lines and every
file at most 400 lines.

Reads every .cpp and .hpp under the given folders (default: the repository's src/) and reports
each function over the limit as `FILE:LINE: function NAME is N lines (at most M)` and each file
over the limit as `FILE:LINE: file is N lines (at most M)`, LINE being its first line past the
limit. Exit status: 0 when everything is within the limits, 1 when something is over, 2 when
the command line is wrong or a file cannot be read or parsed (its braces do not balance).

A function's lines are counted from the first line of its signature (its template line and
attributes included) to the line of its closing brace. Functions are found in namespaces (named,
nested as `namespace kiosk::ui`, anonymous), in classes and structs (members defined inline),
and outside them (`void Class::member() {`); constructors with initialiser lists, including
members initialised with braces, are one function. Lambdas, local classes and blocks count toward
the function they are in. Comments, string and character literals (raw strings too) and the
digit separators of numbers are read as such, so braces inside them count for nothing.
Preprocessor lines are skipped.

Standard library only. Usage:
  scripts/check-code-size.py [FOLDER...] [--max-function N] [--max-file N] [--list N]
--list N also prints the N longest functions (the exit status is the same).
"""

import argparse
import os
import sys
from dataclasses import dataclass, field

EXTENSIONS = (".cpp", ".hpp")


class ParseError(Exception):
    pass


@dataclass
class Token:
    kind: str  # "id", "number", "string", "punct"
    text: str
    line: int


@dataclass
class Function:
    name: str
    first_line: int
    last_line: int

    @property
    def lines(self):
        return self.last_line - self.first_line + 1


@dataclass
class FileSize:
    path: str
    lines: int
    functions: list = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Tokens: what the compiler would see, less comments and preprocessor lines

PUNCTUATORS = ("<=>", "...", "<<=", "::", "->", "==", "!=", "<=", ">=", "&&", "||", "<<", "++",
               "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ".*")
STRING_PREFIXES = ("u8", "u", "U", "L")


def tokenize(text):
    tokens = []
    i, line, n = 0, 1, len(text)
    at_line_start = True  # only blanks so far on this line: a '#' starts a directive

    def skip_block_comment(i, line):
        end = text.find("*/", i + 2)
        if end < 0:
            raise ParseError(f"line {line}: a /* comment is not closed")
        return end + 2, line + text.count("\n", i, end)

    def skip_quoted(i, line, quote):
        start_line = line
        i += 1
        while i < n and text[i] != quote:
            if text[i] == "\\":
                if text[i + 1:i + 2] == "\n":
                    line += 1
                i += 2
                continue
            if text[i] == "\n":
                raise ParseError(f"line {start_line}: a {quote}-quoted literal is not closed")
            i += 1
        if i >= n:
            raise ParseError(f"line {start_line}: a {quote}-quoted literal is not closed")
        return i + 1, line

    def skip_raw_string(i, line):  # text[i] is the opening quote of R"delim( ... )delim"
        open_paren = text.find("(", i)
        if open_paren < 0 or open_paren - i > 17:
            raise ParseError(f"line {line}: a raw string has no '(' after its delimiter")
        closing = ")" + text[i + 1:open_paren] + '"'
        end = text.find(closing, open_paren)
        if end < 0:
            raise ParseError(f"line {line}: a raw string is not closed")
        end += len(closing)
        return end, line + text.count("\n", i, end)

    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            at_line_start = True
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if c == "\\" and text[i + 1:i + 2] == "\n":  # a line continuation outside a directive
            i += 2
            line += 1
            continue
        if c == "/" and text[i + 1:i + 2] == "/":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c == "/" and text[i + 1:i + 2] == "*":
            i, line = skip_block_comment(i, line)
            continue
        if c == "#" and at_line_start:  # a preprocessor directive, to its unescaped line end
            while i < n and text[i] != "\n":
                if text[i] == "\\" and text[i + 1:i + 2] == "\n":
                    i, line = i + 2, line + 1
                elif text.startswith("/*", i):
                    i, line = skip_block_comment(i, line)
                elif text.startswith("//", i):
                    while i < n and text[i] != "\n":
                        i += 1
                else:
                    i += 1
            continue
        at_line_start = False
        if c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            quote = text[j:j + 1]
            if quote == '"' and word in ("R", "u8R", "uR", "UR", "LR"):
                end, end_line = skip_raw_string(j, line)
                tokens.append(Token("string", text[i:end], line))
                i, line = end, end_line
            elif quote in ('"', "'") and word in STRING_PREFIXES:
                end, end_line = skip_quoted(j, line, quote)
                tokens.append(Token("string", text[i:end], line))
                i, line = end, end_line
            else:
                tokens.append(Token("id", word, line))
                i = j
            continue
        if c.isdigit() or (c == "." and text[i + 1:i + 2].isdigit()):
            j = i + 1
            while j < n:
                if text[j] in "eEpP" and text[j + 1:j + 2] in ("+", "-"):
                    j += 2
                elif text[j].isalnum() or text[j] in "_.":
                    j += 1
                elif text[j] == "'" and text[j + 1:j + 2].isalnum():  # 1'000'000
                    j += 2
                else:
                    break
            tokens.append(Token("number", text[i:j], line))
            i = j
            continue
        if c in "\"'":
            end, end_line = skip_quoted(i, line, c)
            tokens.append(Token("string", text[i:end], line))
            i, line = end, end_line
            continue
        for p in PUNCTUATORS:
            if text.startswith(p, i):
                tokens.append(Token("punct", p, line))
                i += len(p)
                break
        else:
            tokens.append(Token("punct", c, line))  # '>>' stays two '>': template closers
            i += 1
    return tokens


# --------------------------------------------------------------------------------------------
# Scopes and function bodies

# Words before a '(' that is not a parameter list
NOT_A_NAME = {"decltype", "alignas", "alignof", "sizeof", "noexcept", "requires", "throw",
              "static_assert", "__attribute__", "__declspec", "explicit", "return", "if",
              "while", "for", "switch", "catch"}
CLASS_KEYS = {"class", "struct", "union"}
ACCESS = {"public", "private", "protected"}


def matching(tokens, i, opening, closing):
    """The index of the token that closes the one at i."""
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].text == opening:
            depth += 1
        elif tokens[j].text == closing:
            depth -= 1
            if depth == 0:
                return j
    raise ParseError(f"line {tokens[i].line}: this '{opening}' is not closed")


def top_level(header):
    """(index, token) of the header's tokens outside (), [] and <>; the brackets that open a
    group at the top level are yielded too."""
    depth = angle = 0
    for k, t in enumerate(header):
        text = t.text
        if depth == 0 and angle == 0:
            yield k, t
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]"):
            depth -= 1
        elif depth == 0 and text == "<" and k > 0 and header[k - 1].kind == "id" \
                and header[k - 1].text != "operator":
            angle += 1
        elif depth == 0 and text == ">" and angle > 0:
            angle -= 1


def parameter_list(header):
    """The index of the '(' that opens the parameter list of a function header, else None;
    for `operator...` the operator's own symbol is passed over."""
    after_operator = False
    for k, t in top_level(header):
        if t.text == "operator":
            after_operator = True
            continue
        if t.text == "=" and not after_operator:
            return None  # a variable and its initialiser (a lambda, a brace list)
        if t.text != "(":
            continue
        before = header[k - 1] if k else None
        if after_operator:
            if before.text == "operator" and header[k + 1].text == ")":
                continue  # operator() : the call operator's own "()"
            return k
        if before is not None and ((before.kind == "id" and before.text not in NOT_A_NAME)
                                   or before.text == ">"):
            return k
    return None


def function_name(header, paren):
    """The name written before the parameter list: `f`, `Class::member`, `~Class`,
    `operator==`, `Class<T>::f`."""
    words = [t.text for t in header[:paren]]
    if "operator" in words:
        k = len(words) - 1 - words[::-1].index("operator")
        symbol = words[k + 1:paren]
        name = "operator" + (" " if symbol and symbol[0][0].isalpha() else "") + " ".join(symbol)
        k -= 1
    else:
        k = paren - 1
        if words[k] == ">":  # f<int>(...): an explicit specialisation
            k = skip_back_angles(words, k)
        name = words[k]
        k -= 1
        if k >= 0 and words[k] == "~":
            name = "~" + name
            k -= 1
    while k >= 1 and words[k] == "::":
        k -= 1
        if words[k] == ">":
            k = skip_back_angles(words, k)
        name = words[k] + "::" + name
        k -= 1
    return name


def skip_back_angles(words, k):
    depth = 0
    while k >= 0:
        depth += {">": 1, "<": -1}.get(words[k], 0)
        if depth == 0:
            return k - 1
        k -= 1
    return 0


def class_key(header):
    """'class' for a class, struct or union definition, 'enum' for an enum, else None."""
    tops = list(top_level(header))
    for n, (k, t) in enumerate(tops):
        if t.text == "enum":
            return "enum"
        if t.text in CLASS_KEYS:
            if any(u.text == "(" for _, u in tops[n + 1:]):
                return None  # struct S* f(...) {
            return "class"
    return None


def class_name(header):
    tops = [t for _, t in top_level(header)]
    for n, t in enumerate(tops):
        if t.text in CLASS_KEYS:
            for u in tops[n + 1:]:
                if u.kind == "id" and u.text not in ("alignas", "final"):
                    return u.text
            break
    return "{anonymous class}"


def namespace_names(header):
    k = [t.text for t in header].index("namespace")
    words = [t.text for t in header[k + 1:] if t.kind == "id" and t.text != "inline"]
    return words or ["{anonymous}"]


def init_list_started(header, paren):
    """Whether the header has a constructor's initialiser list after its parameter list."""
    close = matching(header, paren, "(", ")")
    return any(t.text == ":" for t in header[close + 1:])


def find_functions(tokens):
    """Every function body in the tokens of one file, outermost functions only."""
    functions = []

    def scope(i, names, kind):
        """Reads one namespace or class scope from tokens[i] to its closing '}' (returns the
        index after it) or, at file level, to the end."""
        header = []
        while i < len(tokens):
            t = tokens[i]
            text = t.text
            if text == "}":
                if kind == "file":
                    raise ParseError(f"line {t.line}: a '}}' closes nothing")
                return i + 1
            if text == ";":
                header = []
                i += 1
                continue
            if (kind == "class" and text in ACCESS and i + 1 < len(tokens)
                    and tokens[i + 1].text == ":"):
                header = []
                i += 2
                continue
            if text == "(":
                close = matching(tokens, i, "(", ")")
                header.extend(tokens[i:close + 1])  # braces inside (default arguments) too
                i = close + 1
                continue
            if text != "{":
                header.append(t)
                i += 1
                continue
            # A brace at this scope's level: what does it open?
            words = [h.text for h in header]
            if "namespace" in words:
                i = scope(i + 1, names + namespace_names(header), "namespace")
                header = []
                continue
            if words[:1] == ["extern"] and len(header) == 2 and header[1].kind == "string":
                i = scope(i + 1, names, "namespace")
                header = []
                continue
            key = class_key(header)
            if key == "class":
                i = scope(i + 1, names + [class_name(header)], "class")
                header = []  # what follows the '}' (declarators) ends at its ';'
                continue
            paren = parameter_list(header) if key is None else None
            if paren is not None:
                previous = header[-1]
                if (init_list_started(header, paren)
                        and (previous.kind == "id" or previous.text == ">")
                        and previous.text not in ("try", "const", "noexcept", "override",
                                                  "final")):
                    close = matching(tokens, i, "{", "}")  # a member's brace initialiser
                    header.extend(tokens[i:close + 1])
                    i = close + 1
                    continue
                close = matching(tokens, i, "{", "}")
                while close + 1 < len(tokens) and tokens[close + 1].text == "catch":
                    # a function-try-block: its handlers are the function's too
                    handler = matching(tokens, close + 2, "(", ")") + 1
                    close = matching(tokens, handler, "{", "}")
                name = "::".join(names + [function_name(header, paren)])
                functions.append(Function(name, header[0].line, tokens[close].line))
                header = []
                i = close + 1
                continue
            # An enum, or a variable's brace initialiser: no function in it
            close = matching(tokens, i, "{", "}")
            header.extend(tokens[i:close + 1])
            i = close + 1
        if kind != "file":
            raise ParseError(f"the {kind} scope of {'::'.join(names) or 'the file'} "
                             f"is not closed")
        return i

    scope(0, [], "file")
    return functions


def shown(path):
    """A path as the report shows it: relative to the working folder when it is inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def scan_file(path):
    """FileSize of one source file: its line count and every function in it."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    try:
        functions = find_functions(tokenize(text))
    except ParseError as error:
        raise ParseError(f"{shown(path)}: {error}") from None
    return FileSize(shown(path), lines, functions)


def source_files(folders):
    for folder in folders:
        if os.path.isfile(folder):
            yield folder
            continue
        if not os.path.isdir(folder):
            raise ParseError(f"{folder}: no such folder")
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(EXTENSIONS):
                    yield os.path.join(root, name)


# --------------------------------------------------------------------------------------------
# The command


def main(argv=None):
    default_src = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
    parser = argparse.ArgumentParser(
        description="Report every function over --max-function lines and every file over "
                    "--max-file lines in the .cpp and .hpp files under FOLDER (default: src/).")
    parser.add_argument("folders", nargs="*", metavar="FOLDER", default=[default_src])
    parser.add_argument("--max-function", type=int, default=60, metavar="N",
                        help="most lines of a function, signature to closing brace (60)")
    parser.add_argument("--max-file", type=int, default=400, metavar="N",
                        help="most lines of a file (400)")
    parser.add_argument("--list", type=int, default=0, metavar="N",
                        help="also print the N longest functions")
    args = parser.parse_args(argv)
    if args.max_function < 1 or args.max_file < 1 or args.list < 0:
        parser.error("--max-function and --max-file take a number of lines, --list a count")
    try:
        files = [scan_file(path) for path in source_files(args.folders)]
    except (ParseError, OSError) as error:
        print(f"check-code-size: {error}", file=sys.stderr)
        return 2

    over = []  # (path, line, message)
    for f in files:
        if f.lines > args.max_file:
            over.append((f.path, args.max_file + 1,
                         f"file is {f.lines} lines (at most {args.max_file})"))
        for fn in f.functions:
            if fn.lines > args.max_function:
                over.append((f.path, fn.first_line, f"function {fn.name} is {fn.lines} lines "
                                                    f"(at most {args.max_function})"))
    for path, line, message in sorted(over):
        print(f"{path}:{line}: {message}")

    if args.list:
        ranked = sorted(((fn.lines, f.path, fn.first_line, fn.name)
                         for f in files for fn in f.functions),
                        key=lambda r: (-r[0], r[1], r[2]))[:args.list]
        print(f"the {len(ranked)} longest functions:")
        for lines, path, line, name in ranked:
            print(f"{lines:6}  {path}:{line}  {name}")

    functions = sum(len(f.functions) for f in files)
    long_functions = sum(1 for _, _, m in over if m.startswith("function"))
    long_files = len(over) - long_functions
    print(f"{len(files)} files, {functions} functions: {long_functions} function(s) over "
          f"{args.max_function} lines, {long_files} file(s) over {args.max_file} lines")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

"""Safe YAML loading that remembers where every value came from (file, line, column).

PyYAML's parser (libyaml's, when PyYAML was built with it) produces the events; our composer and
converter build the values, so that (1) every error can name a line, (2) numbers with a fraction are
kept as exact Decimals, never floats, and (3) every limit of engine/limits.py is enforced while the
file is read, before any work is done on what it says.
"""

from __future__ import annotations

import json
import os
import re
import stat
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, ne
from pathlib import Path
from typing import Any

import attrs
import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.resolver import Resolver

from engine import limits
from engine.errors import DealcheckError

PathKey = tuple[Any, ...]

_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp", "merge")
)  # plain data only: any other tag (!!python/object, !!binary, !custom) is refused
_SIZE_FIX = "split it, or remove what the deal state does not need"


@attrs.frozen
class Located:
    """A loaded YAML document with the position of every path in it."""

    data: Any
    file: str
    positions: dict[PathKey, tuple[int, int]]

    def where(self, path: PathKey) -> tuple[int | None, int | None]:
        """Line and column of the nearest enclosing path that has a position."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (None, None))


def _at(mark: Any) -> dict[str, int | None]:
    return {"line": mark.line + 1, "column": mark.column + 1} if mark is not None else {}


# libyaml's parser when PyYAML was built with it (the wheels are): the same events and marks, much faster.
try:
    from yaml._yaml import CParser as _Parser  # type: ignore[import-not-found]

    _PARSER_BASES: tuple[type, ...] = (_Parser,)
except ImportError:  # pragma: no cover - a PyYAML without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _PythonParser(Reader, Scanner, Parser):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

    _PARSER_BASES = (_PythonParser,)


class _Loader(Composer, *_PARSER_BASES, Resolver):  # type: ignore[misc]
    """PyYAML's composer (Python, so that it can be guarded) over the parser's events.

    libyaml's own composer recurses in C and stops only at 1,000 levels; this one counts depth,
    aliases, nodes, entries and characters as it goes and stops at the first limit exceeded."""

    def __init__(self, text: str) -> None:
        _PARSER_BASES[0].__init__(self, text)
        Composer.__init__(self)
        Resolver.__init__(self)
        self.depth = 0
        self.aliases = 0
        self.nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if parent is not None and len(parent.value) >= _most(parent):
            raise _too_many(parent, event.start_mark)
        if isinstance(event, AliasEvent):
            self.aliases += 1
            if self.aliases > limits.MAX_ALIASES:
                raise DealcheckError(
                    f"more than {limits.MAX_ALIASES:,} aliases (`*name`) in one file",
                    **_at(event.start_mark),
                    fix="write the values out, or use fewer aliases",
                )
            return super().compose_node(parent, index)
        self.nodes += 1
        if self.nodes > limits.MAX_NODES:
            raise DealcheckError(
                f"more than {limits.MAX_NODES:,} values in one file", **_at(event.start_mark), fix=_SIZE_FIX
            )
        if isinstance(event, ScalarEvent):
            if len(event.value) > limits.MAX_SCALAR_CHARS:
                raise DealcheckError(
                    f"a value of {len(event.value):,} characters; dealcheck reads at most "
                    f"{limits.MAX_SCALAR_CHARS:,} in one value",
                    **_at(event.start_mark),
                    fix="shorten it, or keep the document elsewhere and write where it is",
                )
            return super().compose_node(parent, index)
        if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            self.depth += 1
            if self.depth > limits.MAX_DEPTH:
                raise _too_deep(event.start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1
        return super().compose_node(parent, index)


def _most(node: yaml.Node) -> int:
    return limits.MAX_KEYS if isinstance(node, yaml.MappingNode) else limits.MAX_ITEMS


def _too_many(node: yaml.Node, mark: Any) -> DealcheckError:
    if isinstance(node, yaml.MappingNode):
        problem = f"a mapping with more than {limits.MAX_KEYS:,} keys"
    else:
        problem = f"a list with more than {limits.MAX_ITEMS:,} entries"
    return DealcheckError(problem + f" (from line {node.start_mark.line + 1})", **_at(mark), fix=_SIZE_FIX)


def _too_deep(mark: Any, name: str | None = None) -> DealcheckError:
    return DealcheckError(
        f"mappings and lists nested more than {limits.MAX_DEPTH} levels deep",
        name,
        **_at(mark),
        fix="a deal state is a few levels deep; check the indentation and the brackets",
    )


class _Constructor(yaml.constructor.SafeConstructor):
    pass


class _Builder:
    """Nodes to values with their positions, counting every value built (an alias is built again
    wherever it is used, so a small file of aliases to aliases cannot expand without limit)."""

    def __init__(self) -> None:
        self.positions: dict[PathKey, tuple[int, int]] = {}
        self.constructor = _Constructor()
        self.built = 0
        self.depth = 0
        self.seen: set[int] = set()  # the nodes built once: meeting one again is meeting an alias
        self.alias_at: tuple[int, int] | None = None

    def count(self, node: yaml.Node) -> None:
        self.built += 1
        if self.built > limits.MAX_NODES:
            line, column = self.alias_at or (node.start_mark.line + 1, node.start_mark.column + 1)
            raise DealcheckError(
                f"the aliases here expand the file to more than {limits.MAX_NODES:,} values (each `*name` "
                "repeats everything `&name` marks)",
                line=line,
                column=column,
                fix="write the values out, or use fewer aliases",
            )

    def build(self, node: yaml.Node, path: PathKey, positions: dict | None = None) -> Any:
        positions = self.positions if positions is None else positions
        repeat = self.alias_at is None and id(node) in self.seen  # the outermost alias being expanded
        if repeat:
            self.alias_at = positions.get(path[:-1]) or (node.start_mark.line + 1, node.start_mark.column + 1)
        self.seen.add(id(node))
        try:
            self.count(node)
            positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
            if node.tag not in _PLAIN_TAGS:
                raise DealcheckError(
                    f"the YAML tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not accepted in a deal state",
                    **_at(node.start_mark),
                    fix="remove the tag: write plain values, lists and mappings",
                )
            if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
                return self.scalar(node)
            self.depth += 1
            if self.depth > limits.MAX_DEPTH:  # aliases can nest what the composer saw as shallow
                raise _too_deep(node.start_mark)
            try:
                if isinstance(node, yaml.MappingNode):
                    return self.mapping(node, path, positions)
                return [self.build(item, path + (i,), positions) for i, item in enumerate(node.value)]
            finally:
                self.depth -= 1
        finally:
            if repeat:
                self.alias_at = None

    def mapping(self, node: yaml.MappingNode, path: PathKey, positions: dict) -> dict[Any, Any]:
        merged: dict[Any, Any] | None = None
        result: dict[Any, Any] = {}
        explicit: set[Any] = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                if merged is not None:
                    raise DealcheckError(
                        "`<<` is given twice in the same mapping",
                        **_at(key_node.start_mark),
                        fix="merge several mappings with one `<<: [*first, *second]`",
                    )
                merged = self.merge(key_node, value_node, path, positions)
                positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
                continue
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag == "tag:yaml.org,2002:bool":
                key: Any = key_node.value  # a key `on:` or `yes:` is a name, never YAML 1.1's true
                self.count(key_node)
            else:
                key = self.build(key_node, path + ("<key>",), {})
            if isinstance(key, (dict, list)):
                raise DealcheckError(
                    "a mapping key must be a plain name",
                    **_at(key_node.start_mark),
                    fix="write the name itself before the colon, not a list or a mapping",
                )
            if key in explicit:
                raise DealcheckError(
                    f'"{key}" is given twice in the same mapping', **_at(key_node.start_mark), fix="keep one of them"
                )
            explicit.add(key)
            sub = path + (key,)
            result[key] = self.build(value_node, sub, positions)
            positions[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if not merged:
            return result
        out = {k: v for k, v in merged.items() if k not in explicit}  # an explicit key overrides a merged one
        out.update(result)
        if len(out) > limits.MAX_KEYS:
            raise _too_many(node, node.start_mark)
        return out

    def merge(self, key_node: yaml.Node, value_node: yaml.Node, path: PathKey, positions: dict) -> dict[Any, Any]:
        """`<<: *anchor` or `<<: [*first, *second]`: the keys of the mappings, the earlier first."""
        sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):  # an earlier mapping's key wins over a later one's
            if not isinstance(source, yaml.MappingNode):
                raise DealcheckError(
                    "`<<` merges mappings, and this is not one",
                    **_at(key_node.start_mark),
                    fix="write `<<: *name` where `&name` marks a mapping",
                )
            merged.update(self.build(source, path, positions))
        return merged

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag == "tag:yaml.org,2002:float":
            return _decimal(node)
        if node.tag == "tag:yaml.org,2002:int":
            digits = node.value.replace("_", "").lstrip("+-")
            if len(digits) > limits.MAX_DIGITS + 2:  # the +2 for 0x, 0b or 0o
                raise _bad_value(node, f"has more than {limits.MAX_DIGITS} digits", limits.NUMBER_FIX)
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, TypeError, OverflowError) as exc:
            if node.tag == "tag:yaml.org,2002:int":
                raise _bad_value(node, "is not a number dealcheck accepts", limits.NUMBER_FIX) from None
            raise _bad_value(
                node, f"is not a valid value ({exc})", "write dates as YYYY-MM-DD with a real day of the month"
            ) from None
        if isinstance(value, int) and not isinstance(value, bool) and (problem := limits.int_problem(value)):
            raise _bad_value(node, problem, limits.NUMBER_FIX)
        return value


def _decimal(node: yaml.Node) -> Decimal:
    text = node.value.replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:  # .inf, .nan and YAML 1.1's sexagesimal 1:30.5
        if text.lstrip("+-").lower() in (".inf", ".nan"):
            value = Decimal("NaN")
        else:
            raise _bad_value(node, "is not a number dealcheck accepts", limits.NUMBER_FIX) from None
    problem = limits.decimal_problem(value) if len(text) <= 4 * limits.MAX_DIGITS else "is too long a number"
    if problem:
        raise _bad_value(node, problem, limits.NUMBER_FIX)
    return value


def _bad_value(node: yaml.Node, problem: str, fix: str) -> DealcheckError:
    shown = node.value if len(node.value) <= 40 else node.value[:20] + "..." + node.value[-10:]
    return DealcheckError(f"{shown!r} {problem}", **_at(node.start_mark), fix=fix)


def read_text(path: Path | str, name: str | None = None) -> str:
    """The text of a file, refused before it is read when it is not a regular file or too large,
    and refused with its line when it is not UTF-8 (a UTF-8 byte-order mark is accepted)."""
    path = Path(path)
    name = name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DealcheckError("file not found", file=name, fix="check the path") from None
    except OSError as exc:
        raise DealcheckError(f"cannot read the file ({exc.strerror})", file=name, fix="check the path") from None
    _check_regular(info, name)
    if info.st_size > limits.MAX_FILE_BYTES:
        raise _too_large(name)
    try:  # O_NONBLOCK: should the path have become a FIFO since os.stat, opening it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise DealcheckError(f"cannot read the file ({exc.strerror})", file=name, fix="check the path") from None
    with os.fdopen(fd, "rb") as handle:
        _check_regular(os.fstat(fd), name)
        try:
            data = handle.read(limits.MAX_FILE_BYTES + 1)  # a file that grows, or lies about its size
        except OSError as exc:
            raise DealcheckError(f"cannot read the file ({exc.strerror})", file=name) from None
    if len(data) > limits.MAX_FILE_BYTES:
        raise _too_large(name)
    return decode(data, name)


def _check_regular(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise DealcheckError("this is a folder, not a file", file=name, fix="give the path of the deal-state file")
    if not stat.S_ISREG(info.st_mode):
        raise DealcheckError(
            "this is not a regular file (a pipe, device or socket), so dealcheck does not read it",
            file=name,
            fix="save the deal state to a file and give that file's path",
        )


def _too_large(name: str) -> DealcheckError:
    return DealcheckError(
        f"the file is larger than {limits.MAX_FILE_BYTES // (1024 * 1024)} MiB, the most dealcheck reads",
        file=name,
        fix="check that this is the deal state; " + _SIZE_FIX,
    )


def decode(data: bytes, name: str) -> str:
    """UTF-8 bytes to text (a byte-order mark dropped); anything else is refused with its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DealcheckError(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be read)",
            file=name,
            line=line,
            column=column,
            fix="save the file as UTF-8",
        ) from None


def load_yaml(path: Path | str, *, display_name: str | None = None) -> Located:
    """Load one YAML file safely; raise DealcheckError with file and line on malformed YAML."""
    name = display_name or str(path)
    return load_yaml_text(read_text(path, name), name)


def load_yaml_text(text: str, name: str) -> Located:
    """Load YAML from a string (used for files and for tests)."""
    if len(text) > limits.MAX_FILE_BYTES:
        raise _too_large(name)
    loader = _Loader(text)
    builder = _Builder()
    try:
        node = loader.get_single_node()
        data = None if node is None else builder.build(node, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        if "maximum nesting depth" in problem:  # libyaml's own limit (1,000), should ours ever be raised
            raise _too_deep(mark, name) from None
        raise DealcheckError(
            f"this is not valid YAML: {problem}",
            file=name,
            **_at(mark),
            fix="check the indentation and quoting on that line",
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, a raw escape code)
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise DealcheckError(
            f"this is not valid YAML: character {code:#06x} is not allowed in a deal state",
            file=name,
            line=line,
            column=column,
            fix="remove the character, or write it as an escape inside a double-quoted string",
        ) from None
    except yaml.YAMLError as exc:
        raise DealcheckError(f"this is not valid YAML: {exc}", file=name) from None
    except RecursionError:  # not expected under MAX_DEPTH; never a traceback all the same
        raise DealcheckError(_too_deep(None).message, file=name, fix=_too_deep(None).fix) from None
    except DealcheckError as exc:
        exc.file = name
        raise
    finally:
        loader.dispose()
    return Located(data=data, file=name, positions=builder.positions)


def looks_like_json(name: str, text: str) -> bool:
    """A file named *.json, or one whose first character (after spaces) is `{`."""
    return name.lower().endswith(".json") or text.lstrip()[:1] == "{"


class _Duplicate(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Duplicate(key)
        seen[key] = value
    return seen


def _no_constant(word: str) -> Any:
    raise ValueError(f"{word} is not a number dealcheck accepts")


_STRING_OR_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


def _constant_at(text: str) -> tuple[int | None, int | None]:
    """Line and column of the first NaN or Infinity outside a string."""
    for match in _STRING_OR_CONSTANT.finditer(text):
        if match.group(1):
            start = match.start(1)
            return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1
    return None, None


def load_json_text(text: str, name: str) -> Located:
    """JSON, read strictly (no duplicate key, no NaN or Infinity, nothing YAML would forgive) and
    within every limit. The C `json` parser reads it when it can (see _fast_json), with the line of
    every key found by one scan of the text; anything it declines is read as before: strictly, then
    through the YAML loader for the positions and the limits, which names the line of any error."""
    if len(text) > limits.MAX_FILE_BYTES:
        raise _too_large(name)
    fast = _fast_json(text, name)
    if fast is not None:
        return fast
    return _load_json_slowly(text, name)


def _load_json_slowly(text: str, name: str) -> Located:
    try:
        json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant, parse_int=str, parse_float=str)
    except json.JSONDecodeError as exc:
        raise DealcheckError(
            f"this is not valid JSON: {exc.msg}",
            file=name,
            line=exc.lineno,
            column=exc.colno,
            fix="check the brackets, commas and double quotes there"
            + ("" if name.lower().endswith(".json") else "; a file starting with `{` is read as JSON"),
        ) from None
    except ValueError as exc:  # NaN or Infinity, which JSON does not have either
        raise DealcheckError(str(exc), name, *_constant_at(text), fix=limits.NUMBER_FIX) from None
    except _Duplicate as exc:
        load_yaml_text(text, name)  # names the line of the second key
        raise DealcheckError(
            f'"{exc.args[0]}" is given twice in the same object', file=name, fix="keep one of them"
        ) from None
    except RecursionError:
        load_yaml_text(text, name)  # names the line where it is nested too deep
        raise _too_deep(None, name) from None
    try:
        return load_yaml_text(text, name)
    except DealcheckError as exc:
        if exc.message.startswith("this is not valid YAML"):  # valid JSON that YAML reads otherwise
            exc.message = "dealcheck cannot read this JSON layout:" + exc.message.partition(":")[2]
            exc.fix = "write each key, its colon and the start of its value on one line, as json.dumps does"
        raise


# ---------------------------------------------------------------- the fast path for JSON
#
# A well-formed JSON deal state is parsed by the stdlib's C parser. It is taken only when it gives
# exactly what the path above would (the same values, the same positions) and stays within every
# limit; whenever it cannot tell, it declines (_NotFast) and the path above reads the file, so that
# every error is the same one, with its line, and costs nothing on the happy path.


class _NotFast(Exception):
    """The fast path declines: the full reader decides."""


# Strings, with the `:` that makes one a key when it is on the same line (YAML wants them together),
# and the `{` and `[` that open objects and arrays; every other character lies between them.
_JSON_TOKEN = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*"(?:[ \t]*:)?|[\[{])')
_YAML_FLOAT = re.compile(r"[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?\Z")  # else YAML reads a string
# Characters YAML refuses (engine's "not allowed in a deal state"), or counts as line breaks (NEL, LS, PS).
_NOT_PLAIN = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _fast_int(text: str) -> int:
    if len(text) > limits.MAX_DIGITS + 1:
        raise _NotFast
    value = int(text)
    if limits.int_problem(value):
        raise _NotFast
    return value


def _fast_float(text: str) -> Decimal:
    if len(text) > 4 * limits.MAX_DIGITS or not _YAML_FLOAT.match(text):
        raise _NotFast
    value = Decimal(text)
    if limits.decimal_problem(value):
        raise _NotFast
    return value


def _fast_constant(word: str) -> Any:
    raise _NotFast


def _fast_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key given twice
        raise _NotFast
    return out


def _fast_json(text: str, name: str) -> Located | None:
    """The document and where each key is, or None when the full reader must decide."""
    if (text.isascii() and "\x7f" in text) or (not text.isascii() and _NOT_PLAIN.search(text)):
        return None
    if "\r" in text and text.count("\r") != text.count("\r\n"):  # a lone CR: YAML's line count differs
        return None
    # Every value but the first of an object or array follows a comma; an object's entries are two
    # values (key and value); so this bounds the values YAML would count, before anything is built.
    bound = 1 + 2 * (text.count(",") + text.count("{") + text.count("["))
    if bound > limits.MAX_NODES:
        return None
    try:
        data = json.loads(
            text,
            object_pairs_hook=_fast_object,
            parse_int=_fast_int,
            parse_float=_fast_float,
            parse_constant=_fast_constant,
        )
        index = _json_index(text, data)
    except (_NotFast, ValueError, ArithmeticError, RecursionError):
        return None
    return Located(data=data, file=name, positions=_JsonPositions(text, name, index))  # type: ignore[arg-type]


def _json_index(text: str, data: Any) -> dict[PathKey, int]:
    """The offset of every key, and of every object or array in an array, by path, checking the
    limits YAML would: nesting, entries of one object or array, characters of one value."""
    pieces = _JSON_TOKEN.split(text)  # text, token, text, token, ..., text
    tokens = pieces[1::2]
    if len(text) > limits.MAX_SCALAR_CHARS and max(map(len, tokens), default=0) > limits.MAX_SCALAR_CHARS:
        raise _NotFast  # escapes only shorten a string: the full reader measures it
    starts = list(accumulate(map(len, pieces)))[0:-1:2]  # the offset of each token
    ends = list(map(itemgetter(-1), tokens))  # `"` for a string value, `:` for a key, or `{` or `[`
    keep = list(map(ne, ends, repeat('"')))
    marks = zip(compress(ends, keep), compress(starts, keep), strict=True)
    index: dict[PathKey, int] = {}

    def walk(node: Any, path: PathKey, depth: int) -> None:
        if depth > limits.MAX_DEPTH:
            raise _NotFast
        if type(node) is dict:
            if len(node) > limits.MAX_KEYS:
                raise _NotFast
            for key, value in node.items():
                kind, offset = next(marks)
                if kind != ":":
                    raise _NotFast
                sub = path + (key,)
                index[sub] = offset  # a key's position, as YAML gives it, not its value's
                if type(value) is dict:
                    if next(marks)[0] != "{":
                        raise _NotFast
                    walk(value, sub, depth + 1)
                elif type(value) is list:
                    if next(marks)[0] != "[":
                        raise _NotFast
                    walk(value, sub, depth + 1)
        else:
            if len(node) > limits.MAX_ITEMS:
                raise _NotFast
            for i, value in enumerate(node):
                if type(value) is dict or type(value) is list:
                    kind, offset = next(marks)
                    if kind != ("{" if type(value) is dict else "["):
                        raise _NotFast
                    sub = path + (i,)
                    index[sub] = offset
                    walk(value, sub, depth + 1)

    try:
        if type(data) is dict or type(data) is list:
            kind, index[()] = next(marks)
            if kind != ("{" if type(data) is dict else "["):
                raise _NotFast
            walk(data, (), 1)
        if next(marks, None) is not None:
            raise _NotFast
    except StopIteration:
        raise _NotFast from None
    return index


class _JsonPositions(Mapping):
    """Positions of a JSON document read by the fast path: those of keys and nested objects and
    arrays from its index, line and column counted only when asked for; any other (an error's) from
    the full YAML reader, run only then."""

    def __init__(self, text: str, name: str, index: dict[PathKey, int]) -> None:
        self._text = text
        self._name = name
        self._index = index
        self._breaks: list[int] | None = None
        self._exact: dict[PathKey, tuple[int, int]] | None = None

    def _line_column(self, offset: int) -> tuple[int, int]:
        if self._breaks is None:
            lengths = list(accumulate(map(len, self._text.split("\n"))))
            self._breaks = list(map(add, lengths, range(len(lengths))))  # where each "\n" is
        line = bisect_left(self._breaks, offset)  # the line breaks before the offset
        start = self._breaks[line - 1] + 1 if line else 0
        return line + 1, offset - start + 1

    def _full(self) -> dict[PathKey, tuple[int, int]]:
        if self._exact is None:
            try:
                self._exact = load_yaml_text(self._text, self._name).positions
            except DealcheckError:  # valid JSON that YAML cannot place: no positions, never a crash
                self._exact = {}
        return self._exact

    def __getitem__(self, path: PathKey) -> tuple[int, int]:
        offset = self._index.get(path)
        if offset is not None:
            return self._line_column(offset)
        return self._full()[path]

    def __contains__(self, path: object) -> bool:
        return path in self._index or path in self._full()

    def __iter__(self) -> Iterator[PathKey]:
        return iter(self._full())

    def __len__(self) -> int:
        return len(self._full())

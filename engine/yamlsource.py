"""Safe YAML loading that remembers where every value came from (file, line, column).

PyYAML's safe composer builds the node tree; we convert it ourselves so that (1) every error can
name a line, and (2) numbers with a fraction are kept as exact Decimals, never floats.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import yaml

from engine.errors import DealcheckError

PathKey = tuple[Any, ...]


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


class _Constructor(yaml.constructor.SafeConstructor):
    pass


# libyaml's safe loader when PyYAML was built with it (the wheels are): the same nodes and marks, 10x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct(node: yaml.Node, path: PathKey, positions: dict, constructor: _Constructor) -> Any:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        constructor.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag == "tag:yaml.org,2002:bool":
                key: Any = key_node.value  # a key `on:` or `yes:` is a name, never YAML 1.1's true
            else:
                key = _construct(key_node, path + ("<key>",), {}, constructor)
            if isinstance(key, (dict, list)):
                raise DealcheckError(
                    "a mapping key must be a plain name",
                    line=key_node.start_mark.line + 1,
                    column=key_node.start_mark.column + 1,
                )
            if key in result:
                raise DealcheckError(
                    f'"{key}" is given twice in the same mapping',
                    line=key_node.start_mark.line + 1,
                    column=key_node.start_mark.column + 1,
                    fix="keep one of them",
                )
            sub = path + (key,)
            positions[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _construct(value_node, sub, positions, constructor)
            positions[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, path + (i,), positions, constructor) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:float":
        try:
            return Decimal(node.value.replace("_", ""))
        except ArithmeticError:  # .inf and .nan: never a fact value
            raise _bad_value(
                node, "is not a number dealcheck accepts", "write a finite amount such as 7200000.00"
            ) from None
    try:
        return constructor.construct_object(node)
    except (ValueError, TypeError, OverflowError) as exc:
        raise _bad_value(
            node, f"is not a valid value ({exc})", "write dates as YYYY-MM-DD with a real day of the month"
        ) from None


def _bad_value(node: yaml.Node, problem: str, fix: str) -> DealcheckError:
    return DealcheckError(
        f"{node.value!r} {problem}", line=node.start_mark.line + 1, column=node.start_mark.column + 1, fix=fix
    )


def load_yaml(path: Path | str, *, display_name: str | None = None) -> Located:
    """Load one YAML file safely; raise DealcheckError with file and line on malformed YAML."""
    path = Path(path)
    name = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DealcheckError("file not found", file=name, fix="check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DealcheckError(f"cannot read the file ({exc})", file=name) from None
    return load_yaml_text(text, name)


def load_yaml_text(text: str, name: str) -> Located:
    """Load YAML from a string (used for files and for tests)."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        positions: dict[PathKey, tuple[int, int]] = {}
        data = None
        if node is not None:
            data = _construct(node, (), positions, _Constructor())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        raise DealcheckError(
            f"this is not valid YAML: {problem}",
            file=name,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            fix="check the indentation and quoting on that line",
        ) from None
    except yaml.YAMLError as exc:
        raise DealcheckError(f"this is not valid YAML: {exc}", file=name) from None
    except DealcheckError as exc:
        exc.file = name
        raise
    finally:
        loader.dispose()
    return Located(data=data, file=name, positions=positions)

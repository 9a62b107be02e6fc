"""The translatable strings of the UI sources, and the Qt Linguist files that translate them.

``pyside6-lupdate`` misses strings that reach ``QCoreApplication.translate`` through a helper
(``def _t(text): return QCoreApplication.translate("Workflow", text)``) or an alias
(``tr = QCoreApplication.translate``), and misreads the alias as ``self.tr(source, comment)``.
:func:`extract` reads the sources with :mod:`ast` and knows these forms; :func:`reconcile`
makes a ``.ts`` file hold exactly the extracted messages while keeping every translation.

Standard library only: the tests and ``scripts/update_translations.py`` both use it.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate / QApplication.translate
NOOP_NAMES = {"QT_TRANSLATE_NOOP"}
PLACEHOLDER = re.compile(r"%L?\d+|%n|%\(\w+\)[sdfr]|%[sdfr]|\{\w*(?:![rsa])?(?::[^{}]*)?\}")

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


@dataclass
class Message:
    """One translatable string as the code asks for it."""

    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` (``%1``, ``%L2``, ``%n``, ``{name}``), sorted."""
    return sorted(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text))


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" split by +
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate(func: ast.AST, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr in TRANSLATE_NAMES:
        return True
    return isinstance(func, ast.Name) and (func.id in aliases or func.id in NOOP_NAMES)


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions ``f(text)`` whose body is ``return translate("CTX", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        body = [n for n in node.body if not isinstance(n, ast.Expr)]  # skip a docstring
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and _is_translate(call.func, set())
            and len(call.args) >= 2
            and _literal(call.args[0]) is not None
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param
        ):
            found[node.name] = str(_literal(call.args[0]))
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str, wrappers: dict[str, str]) -> None:
        self.filename = filename
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.aliases: list[set[str]] = [set()]
        self.in_wrapper = False
        self.messages: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        aliases = set(self.aliases[-1])
        for sub in ast.walk(node):  # tr = QCoreApplication.translate
            if (
                isinstance(sub, ast.Assign)
                and len(sub.targets) == 1
                and isinstance(sub.targets[0], ast.Name)
                and isinstance(sub.value, ast.Attribute)
                and sub.value.attr in TRANSLATE_NAMES
            ):
                aliases.add(sub.targets[0].id)
        self.aliases.append(aliases)
        was = self.in_wrapper
        self.in_wrapper = not self.classes and node.name in self.wrappers
        self.generic_visit(node)
        self.in_wrapper = was
        self.aliases.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _add(self, node: ast.Call, context: str, args: list[ast.expr]) -> None:
        source = _literal(args[0]) if args else None
        if source is None:
            if not self.in_wrapper:
                self.problems.append(
                    f"{self.filename}:{node.lineno}: the text given to "
                    "tr()/translate() is not a string literal"
                )
            return
        comment = _literal(args[1]) if len(args) > 1 else ""
        numerus = len(args) > 2 or any(k.arg == "n" for k in node.keywords)
        self.messages.append(
            Message(context, source, comment or "", numerus, [(self.filename, node.lineno)])
        )

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id not in ("self", "cls"):
                self._add(node, owner.id, list(node.args))
            elif self.classes:
                self._add(node, self.classes[-1], list(node.args))
            else:
                self.problems.append(f"{self.filename}:{node.lineno}: tr() outside a class")
        elif _is_translate(func, self.aliases[-1]):
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                if not self.in_wrapper:
                    self.problems.append(
                        f"{self.filename}:{node.lineno}: the context given "
                        "to translate() is not a string literal"
                    )
            else:
                self._add(node, context, list(node.args[1:]))
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._add(node, self.wrappers[func.id], list(node.args))
        self.generic_visit(node)


def extract(files: Iterable[Path], root: Path) -> tuple[list[Message], list[str]]:
    """The messages of ``files`` (merged by key, in source order) and any problems found."""
    merged: dict[Key, Message] = {}
    problems: list[str] = []
    for path in sorted(files):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        visitor = _Visitor(path.relative_to(root).as_posix(), _wrappers(tree))
        visitor.visit(tree)
        problems.extend(visitor.problems)
        for message in visitor.messages:
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
            else:
                known.locations.extend(message.locations)
                known.numerus = known.numerus or message.numerus
    return list(merged.values()), problems


def source_files(root: Path, packages: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for package in packages:
        files.extend(p for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


# --- .ts files ------------------------------------------------------------------------------


def _parse(path: Path) -> ET.ElementTree[ET.Element]:
    return ET.parse(path)  # noqa: S314 (the project's own Linguist files)


@dataclass
class Entry:
    """A message as a ``.ts`` file translates it."""

    key: Key
    numerus: bool
    forms: list[str]
    state: str  # "finished", "unfinished", "vanished" or "obsolete"

    @property
    def finished(self) -> bool:
        return self.state == "finished" and all(self.forms) and bool(self.forms)


def _entry(context: str, node: ET.Element) -> Entry:
    source = node.findtext("source") or ""
    comment = node.findtext("comment") or ""
    translation = node.find("translation")
    numerus = node.get("numerus") == "yes"
    forms: list[str] = []
    state = "unfinished"
    if translation is not None:
        state = translation.get("type") or "finished"
        if numerus:
            forms = [f.text or "" for f in translation.findall("numerusform")]
        else:
            forms = [translation.text or ""]
    return Entry((context, source, comment), numerus, forms, state)


def read_ts(path: Path) -> dict[Key, Entry]:
    """Every message of a ``.ts`` file by key."""
    root = _parse(path).getroot()
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            entry = _entry(name, node)
            entries[entry.key] = entry
    return entries


def ts_language(path: Path) -> str:
    return _parse(path).getroot().get("language") or ""


def english_forms(source: str, numerus: bool) -> list[str]:
    """The English translation of a source text: itself, or singular and plural forms."""
    if not numerus:
        return [source]
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def _set_forms(node: ET.Element, forms: list[str], numerus: bool, finished: bool) -> None:
    translation = node.find("translation")
    if translation is None:
        translation = ET.SubElement(node, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if not finished:
        translation.set("type", "unfinished")
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0] if forms else ""


def _message_node(message: Message) -> ET.Element:
    node = ET.Element("message")
    if message.numerus:
        node.set("numerus", "yes")
    ET.SubElement(node, "source").text = message.source
    if message.disambiguation:
        ET.SubElement(node, "comment").text = message.disambiguation
    _set_forms(node, [], message.numerus, finished=False)
    return node


def _set_locations(node: ET.Element, message: Message, ts_dir: Path, root: Path) -> None:
    for old in node.findall("location"):
        node.remove(old)
    for index, (filename, line) in enumerate(sorted(set(message.locations))):
        relative = Path(*[".."] * len(ts_dir.relative_to(root).parts)) / filename
        location = ET.Element("location", filename=relative.as_posix(), line=str(line))
        node.insert(index, location)


def reconcile(
    ts_path: Path, messages: list[Message], root: Path, *, fill_english: bool = False
) -> None:
    """Make ``ts_path`` hold exactly ``messages``: add the missing ones (unfinished), keep
    every translation, drop untranslated strays; ``fill_english`` translates to the source."""
    tree = _parse(ts_path)
    ts = tree.getroot()
    wanted = {m.key: m for m in messages}
    seen: set[Key] = set()
    contexts: dict[str, ET.Element] = {}
    for context in list(ts.findall("context")):
        name = context.findtext("name") or ""
        contexts[name] = context
        for node in list(context.findall("message")):
            entry = _entry(name, node)
            message = wanted.get(entry.key)
            if message is None or entry.key in seen:
                if entry.state in ("vanished", "obsolete") and any(entry.forms):
                    continue  # kept for lupdate's reuse of similar texts; lrelease skips it
                if any(entry.forms) and not fill_english:
                    node.find("translation").set("type", "vanished")  # type: ignore[union-attr]
                    continue
                context.remove(node)
                continue
            seen.add(entry.key)
            _set_locations(node, message, ts_path.parent, root)
            if message.numerus:
                node.set("numerus", "yes")
            if fill_english:
                _set_forms(
                    node,
                    english_forms(message.source, message.numerus),
                    message.numerus,
                    finished=True,
                )
            elif entry.state in ("vanished", "obsolete"):
                _set_forms(node, entry.forms, message.numerus, finished=any(entry.forms))
    for message in messages:
        if message.key in seen:
            continue
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(ts, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        node = _message_node(message)
        _set_locations(node, message, ts_path.parent, root)
        if fill_english:
            _set_forms(
                node, english_forms(message.source, message.numerus), message.numerus, finished=True
            )
        contexts[message.context].append(node)
    for name, context in list(contexts.items()):
        if not context.findall("message"):
            ts.remove(context)
            del contexts[name]
    ordered = sorted(ts.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        ts.remove(context)
        ts.append(context)
    write_ts(tree, ts_path)


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def apply_translations(ts_path: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill ``{context: {source: translation}}`` into ``ts_path`` as finished; returns how
    many messages changed. A numerus message takes a list of forms (or one text)."""
    tree = _parse(ts_path)
    changed = 0
    for context in tree.getroot().findall("context"):
        table = translations.get(context.findtext("name") or "")
        if not table:
            continue
        for node in context.findall("message"):
            text = table.get(node.findtext("source") or "")
            if text is None or not text:
                continue
            numerus = node.get("numerus") == "yes"
            forms = [text] if isinstance(text, str) else list(text)
            _set_forms(node, forms, numerus, finished=True)
            changed += 1
    write_ts(tree, ts_path)
    return changed

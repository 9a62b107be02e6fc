"""Which texts on screen are still in the language the user switched away from.

Tests only: the app never reads its own screen back through the catalogs; this tells a test
that a text left on screen is a catalog message of the old language (a finished translation,
or a template such as ``共 {0} 个网站`` filled with values) and not one of the new language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from icp_desktop.ui.i18n import CATALOG, TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w*(?::[^{}]*)?\}")
WORDS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


class CatalogTexts:
    """The texts one language's catalog can put on screen.

    Attributes:
        exact: every finished message (every plural form) as shown.
        templates: a pattern per message with placeholders, for texts filled with values.
    """

    def __init__(self, messages: list[str]) -> None:
        self.exact = set(messages)
        self.templates: list[re.Pattern[str]] = []
        for text in self.exact:
            parts = PLACEHOLDER.split(text)
            # a template that is mostly placeholders would match any data
            if len(parts) > 1 and len(WORDS.findall("".join(parts))) >= 2:
                pattern = "(.+?)".join(re.escape(p) for p in parts)
                self.templates.append(re.compile(f"^{pattern}$", re.DOTALL))

    def has(self, text: str) -> bool:
        """True when ``text`` (or one of its lines) is a message of this catalog."""
        if text in self.exact or any(p.match(text) for p in self.templates):
            return True
        return "\n" in text and any(self.has(line) for line in text.split("\n") if line)


@cache
def catalog_texts(lang: str, directory: Path = TRANSLATIONS_DIR) -> CatalogTexts:
    """The finished messages of ``icp_desktop_<lang>.ts`` (English: the sources)."""
    root = ET.parse(Path(directory) / f"{CATALOG}_{lang}.ts").getroot()
    messages: list[str] = []
    for node in root.iter("message"):
        translation = node.find("translation")
        if lang == "en":
            messages.append(node.findtext("source") or "")
        if translation is None or translation.get("type"):
            continue
        forms = translation.findall("numerusform")
        messages += [f.text or "" for f in forms] if forms else [translation.text or ""]
    return CatalogTexts([m for m in messages if m.strip()])


def shown_texts(root: QWidget) -> list[str]:
    """The labels, buttons and placeholders under ``root``."""
    shown = [w.text() for w in root.findChildren(QLabel)]
    shown += [w.text() for w in root.findChildren(QAbstractButton)]
    shown += [w.placeholderText() for w in root.findChildren(QLineEdit)]
    return [t for t in shown if t]


def leftovers(root: QWidget, old_lang: str, new_lang: str) -> list[str]:
    """Texts under ``root`` still in ``old_lang`` after a switch to ``new_lang``."""
    old, new = catalog_texts(old_lang), catalog_texts(new_lang)
    return [t for t in shown_texts(root) if old.has(t) and not new.has(t)]

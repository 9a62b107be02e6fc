"""Regenerate the Qt Linguist files from the UI sources and compile them (``make translations``).

::

    python scripts/update_translations.py            # lupdate, reconcile, lrelease, report
    python scripts/update_translations.py --missing  # list zh_CN messages still untranslated
    python scripts/update_translations.py --missing --json > todo.json
    python scripts/update_translations.py --apply done.json   # {context: {source: 译文}}

The ``.ts`` files are the source of truth for translations: lupdate keeps what they hold, and
:mod:`i18n_catalog` adds what lupdate cannot see (helper functions around ``translate``). The
English file translates every message to its source text (plural forms split on ``(s)``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import i18n_catalog as catalog

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("icp_desktop/ui", "icp_desktop/client")
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"icp_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"icp_desktop_{lang}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(lang: str, files: list[Path]) -> None:
    target = ts_path(lang)
    if not target.exists():
        target.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
            encoding="utf-8",
        )
    subprocess.run(  # noqa: S603 (our own tool and files)
        [
            qt_tool("lupdate"),
            "-silent",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            lang,
            *map(str, files),
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(lang: str, out: Path | None = None) -> Path:
    out = out or qm_path(lang)
    subprocess.run(  # noqa: S603
        [qt_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


def messages() -> tuple[list[catalog.Message], list[str]]:
    return catalog.extract(catalog.source_files(ROOT, PACKAGES), ROOT)


def missing(lang: str = "zh_CN") -> list[catalog.Message]:
    """Messages of the sources without a finished translation in ``lang``'s ``.ts``."""
    found, _problems = messages()
    entries = catalog.read_ts(ts_path(lang)) if ts_path(lang).exists() else {}
    return [m for m in found if not (m.key in entries and entries[m.key].finished)]


def update() -> int:
    found, problems = messages()
    files = catalog.source_files(ROOT, PACKAGES)
    for lang in LANGUAGES:
        lupdate(lang, files)
        catalog.reconcile(ts_path(lang), found, ROOT, fill_english=(lang == "en"))
        lrelease(lang)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    todo = missing("zh_CN")
    print(f"{len(found)} messages; zh_CN untranslated: {len(todo)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--missing",
        action="store_true",
        help="list the zh_CN messages without a finished translation",
    )
    parser.add_argument("--json", action="store_true", help="with --missing: as JSON to fill in")
    parser.add_argument(
        "--apply",
        type=Path,
        metavar="JSON",
        help="fill in translations {context: {source: text}}, then compile",
    )
    args = parser.parse_args(argv)
    if args.apply:
        filled = json.loads(args.apply.read_text(encoding="utf-8"))
        changed = catalog.apply_translations(ts_path("zh_CN"), filled)
        lrelease("zh_CN")
        print(f"{changed} translations filled in")
        return 0
    if args.missing:
        todo = missing("zh_CN")
        if args.json:
            table: dict[str, dict[str, str]] = {}
            for message in todo:
                table.setdefault(message.context, {})[message.source] = ""
            print(json.dumps(table, ensure_ascii=False, indent=1))
        else:
            for message in todo:
                where = ", ".join(f"{f}:{n}" for f, n in message.locations[:2])
                print(f"{message.context}\t{message.source!r}\t{where}")
        return 1 if todo else 0
    return update()


if __name__ == "__main__":
    sys.exit(main())

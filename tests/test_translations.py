"""Every string the UI shows has a Chinese translation that keeps its placeholders, and the
compiled catalogs the app loads are the ones the Linguist sources describe."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from icp_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
TS_DIR = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")

# DESIGN §2: the status names filers and reviewers see.
STATUS_ZH = {
    "draft": "草稿",
    "pending_first_review": "待初审",
    "first_review_rejected": "初审驳回",
    "pending_administration_submission": "初审通过，待提交管局",
    "administration_review": "管局审核中",
    "administration_rejected": "管局驳回",
    "approved": "已完成（已备案）",
    "withdrawn": "已撤销",
}


def _load_script(name: str) -> ModuleType:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


catalog = _load_script("i18n_catalog")
update = _load_script("update_translations")


@pytest.fixture(scope="module")
def extracted() -> list:
    messages, problems = update.messages()
    assert not problems, "texts lupdate and this test cannot read:\n" + "\n".join(problems)
    assert len(messages) > 100  # the scan really found the UI's strings
    return messages


def _entries(lang: str) -> dict:
    return catalog.read_ts(TS_DIR / f"icp_desktop_{lang}.ts")


def test_every_ui_string_has_a_finished_chinese_translation(extracted: list) -> None:
    entries = _entries("zh_CN")
    missing = [
        f"{m.context}: {m.source!r} ({m.locations[0][0]}:{m.locations[0][1]})"
        for m in extracted
        if not (m.key in entries and entries[m.key].finished)
    ]
    assert not missing, (
        f"{len(missing)} strings lack a zh_CN translation; run "
        "`make translations` and translate them:\n" + "\n".join(missing)
    )


def test_every_ui_string_is_in_the_english_catalog(extracted: list) -> None:
    entries = _entries("en")
    missing = [m.source for m in extracted if not (m.key in entries and entries[m.key].finished)]
    assert not missing, "run `make translations`: " + ", ".join(missing[:20])


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = []
    for (context, source, _comment), entry in _entries(lang).items():
        if entry.state in ("vanished", "obsolete"):
            continue
        expected = catalog.placeholders(source)
        for form in entry.forms:
            if form and catalog.placeholders(form) != expected:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "translations that drop or add a placeholder:\n" + "\n".join(wrong)


def test_chinese_translations_are_chinese() -> None:
    copied = []
    for (context, source, _comment), entry in _entries("zh_CN").items():
        words = WORD.findall(catalog.PLACEHOLDER.sub("", source))
        if entry.finished and words and not any(CJK.search(f) for f in entry.forms):
            copied.append(f"{context}: {source!r} -> {entry.forms!r}")
    assert not copied, "zh_CN 'translations' without any Chinese:\n" + "\n".join(copied)


def test_placeholder_check_catches_a_dropped_placeholder() -> None:
    dropped = catalog.placeholders("变更单：{reason}")
    assert catalog.placeholders("Change #{id}: {reason}") != dropped
    assert catalog.placeholders("%n websites (%L1)") == catalog.placeholders("%1 中 %n 个网站")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_committed_catalog_is_compiled_from_the_linguist_source(lang: str, tmp_path: Path) -> None:
    committed = TS_DIR / f"icp_desktop_{lang}.qm"
    assert committed.exists(), "run `make translations`"
    fresh = update.lrelease(lang, tmp_path / committed.name)
    assert fresh.read_bytes() == committed.read_bytes(), "the .qm is stale: `make translations`"


def test_status_names_are_the_filing_terms(qapp: QApplication) -> None:
    from icp_desktop.ui.presenters.workflow import status_label

    translations = i18n.Translations(qapp)
    try:
        assert translations.install("zh_CN")
        for code, chinese in STATUS_ZH.items():
            assert status_label(code) == chinese, code
            assert status_label(code, short=True) == chinese, code
    finally:
        translations.install("en")
    assert status_label("draft") == "Draft"


def test_switching_language_retranslates_and_notifies_widgets(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:
    class Probe(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.changes = 0

        def changeEvent(self, event: QEvent) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                self.changes += 1
                self.setText(QCoreApplication.translate("Workflow", "Withdrawn"))
            super().changeEvent(event)

    probe = Probe()
    qtbot.addWidget(probe)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        i18n.switch_language(qapp, "zh_CN", settings)
        qtbot.waitUntil(lambda: probe.text() == "已撤销")
        assert i18n.current_language() == "zh_CN"
        assert QLocale().toString(1234567) == "1,234,567"
        assert i18n.saved_language(settings) == "zh_CN"
        before = probe.changes
        i18n.switch_language(qapp, "en", settings)
        qtbot.waitUntil(lambda: probe.changes > before)
        assert probe.text() == "Withdrawn"
        assert i18n.current_language() == "en"
        assert i18n.saved_language(settings) == "en"
    finally:
        i18n.switch_language(qapp, "en")


def test_qt_standard_buttons_are_chinese_too(qapp: QApplication) -> None:
    translations = i18n.Translations(qapp)
    try:
        translations.install("zh_CN")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        translations.install("en")


@pytest.mark.parametrize(
    ("cli", "setting", "system", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "en"),  # --lang wins
        (None, "zh_CN", "en_US", "zh_CN"),  # then the saved setting
        (None, None, "zh_TW", "zh_CN"),  # any Chinese locale: simplified Chinese
        (None, None, "zh_Hans_CN", "zh_CN"),
        (None, None, "fr_FR", "en"),  # no French: English
        (None, "", "de_DE", "en"),
    ],
)
def test_language_choice(cli: str | None, setting: str | None, system: str, expected: str) -> None:
    assert i18n.choose_language(cli, setting, QLocale(system)) == expected


def test_the_scan_finds_everything_lupdate_finds(tmp_path: Path) -> None:
    """lupdate from the venv runs, and every string it reads is one this project's scan
    also reads (it misreads ``tr = QCoreApplication.translate; tr("Ctx", "text")`` as a
    text "Ctx": those are the only exceptions)."""
    tool = update.qt_tool("lupdate")
    assert shutil.which(tool) or Path(tool).exists()
    files = catalog.source_files(ROOT, update.PACKAGES)
    out = tmp_path / "check.ts"
    subprocess.run([tool, "-silent", *map(str, files), "-ts", str(out)], check=True)
    by_lupdate = catalog.read_ts(out)
    ours = catalog.extract(files, ROOT)[0]
    contexts = {m.context for m in ours}
    keys = {m.key for m in ours}
    missed = [key for key in by_lupdate if key not in keys and key[1] not in contexts]
    assert len(by_lupdate) > 100
    assert not missed, f"strings lupdate reads that the scan does not: {missed}"


def test_reconcile_adds_helper_strings_in_their_context_and_keeps_translations(
    tmp_path: Path,
) -> None:
    page = tmp_path / "pkg" / "page.py"
    page.parent.mkdir()
    page.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text):\n"
        "    return QCoreApplication.translate('Words', text)\n"
        "class Page:\n"
        "    def build(self):\n"
        "        return self.tr('Hello'), _t('Draft'), _t('Withdrawn')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "translations" / "x.ts"
    ts.parent.mkdir()
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN"><context><name>Page</name>'
        "<message><source>Hello</source><translation>你好</translation></message>"
        '<message><source>Gone</source><translation type="unfinished"/></message>'
        "</context><context><name>Zeta</name>"
        "<message><source>Last</source><translation>最后</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    messages, problems = catalog.extract([page], tmp_path)
    assert not problems
    catalog.reconcile(ts, messages, tmp_path)
    entries = catalog.read_ts(ts)
    hello = entries[("Page", "Hello", "")]
    assert hello.forms == ["你好"] and hello.finished
    assert entries[("Words", "Draft", "")].state == "unfinished"
    assert ("Words", "Withdrawn", "") in entries
    assert ("Page", "Gone", "") not in entries  # an untranslated stray is dropped
    assert ("Zeta", "Draft", "") not in entries  # new messages go to their own context
    catalog.apply_translations(ts, {"Words": {"Draft": "草稿"}})
    assert catalog.read_ts(ts)[("Words", "Draft", "")].finished

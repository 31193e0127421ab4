"""Choosing the language and loading the translations; translating the core's texts."""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskstretch import assets
from deskstretch.core import settings as decl
from deskstretch.core import texts

log = logging.getLogger(__name__)

# Qt's extraction tool finds texts in calls named `translate(context, text, ...)`.
translate = QCoreApplication.translate

# Each language by its own name; "system" is the one choice that is translated.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


_PLACE = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Put values into a translated sentence's %1, %2, … in one pass, so that a value which
    itself holds "%2" stays as it is; whole numbers are written the user's way."""
    def value(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        if not 0 <= i < len(values):
            return match.group(0)
        v = values[i]
        return QLocale().toString(v) if isinstance(v, int) and not isinstance(v, bool) else str(v)

    return _PLACE.sub(value, text)


def language_names() -> dict[str, str]:
    return {"system": translate("Preferences", "System default"), **LANGUAGE_NAMES}


def tray_icon_names() -> dict[str, str]:
    """The "tray_icon" setting's choices, as Preferences offers them."""
    return {"automatic": translate("Preferences", "Automatic (follows the colour scheme)"),
            "light-panel": translate("Preferences", "For light panels"),
            "dark-panel": translate("Preferences", "For dark panels"),
            "monochrome": translate("Preferences", "Monochrome")}


def library(text: str) -> str:
    """An exercise's or a routine's text in the user's language. Text from the user's own
    routine files has no translation and comes back as written."""
    return translate(texts.LIBRARY, text) if text else text


def setting(text: str) -> str:
    """A label, help text, unit or group name from the settings declaration."""
    return translate(texts.SETTINGS, text) if text else text


def configured_language(config_file: Path) -> str:
    """The language setting as saved, read without side effects: a broken or missing file
    means the system's language (loading the settings properly reports the problem)."""
    try:
        value = tomllib.loads(config_file.read_text(encoding="utf-8")).get("language")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "system"
    return value if value in decl.LANGUAGES else "system"


def locale_for(language: str) -> QLocale:
    """The system's locale, unless another language is chosen: a British user choosing
    English keeps British dates, a German one gets German ones."""
    system = QLocale.system()
    if language == "system" or QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def install(app: QCoreApplication, language: str = "system") -> QLocale:
    """Load DeskStretch's translation and Qt's own (standard buttons, file dialogs) for
    ``language``; returns the locale used, which also formats numbers, days and times.

    The English translation holds only the plural forms, which English needs too.
    """
    locale = locale_for(language)
    QLocale.setDefault(locale)
    for old in getattr(app, "_deskstretch_translators", ()):
        app.removeTranslator(old)
    loaded = []
    ours = QTranslator(app)
    folder = str(assets.translations_dir())
    if ours.load(locale, "deskstretch", "_", folder) or ours.load("deskstretch_en", folder):
        loaded.append(ours)
    else:
        log.warning("No translation found in %s", folder)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    for translator in loaded:
        app.installTranslator(translator)
    app._deskstretch_translators = loaded
    return locale

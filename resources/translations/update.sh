#!/usr/bin/env bash
# Brings the translation catalogues up to date with the sources and lists the
# messages that still need a translation.
#
# Adding or changing user-visible text:
#   1. Mark the text in the code: tr("…") in QObject classes, Cli::tr("…") in
#      the command-line tool, QCoreApplication::translate("context", "…")
#      elsewhere. Use %1 for arguments and tr("%n file(s)", nullptr, n) for
#      counts; never build sentences by concatenation.
#   2. Run resources/translations/update.sh. It updates
#      mockinterview_zh_CN.ts and mockinterview_en.ts (English: every message
#      without plural forms is filled with its source text) and prints what
#      is left to translate.
#   3. Translate the listed messages in Qt Linguist
#      (linguist resources/translations/mockinterview_zh_CN.ts) or in an
#      editor: fill <translation> and remove type="unfinished". Chinese has
#      one plural form; English plurals need "%n file" and "%n files".
#      Keep %1/%n, a mnemonic ("文件(&F)") where the source has one, and
#      technical terms (Pod, etcd, SRE, PDF) in Latin script.
#   4. Build (lrelease runs then) and run
#      ctest --test-dir build -R translations_complete
#      which fails on any untranslated, unfinished or mistyped message.
# Needs lupdate (Debian: qt6-l10n-tools) and python3; $LUPDATE overrides the
# lupdate used.
set -euo pipefail
exec python3 "$(dirname "$0")/tstool.py" update "$@"

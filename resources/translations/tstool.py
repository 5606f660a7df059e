#!/usr/bin/env python3
"""Keeps the translation catalogues in step with the sources (see update.sh).

  tstool.py update   lupdate the tracked catalogues, give English every
                     message that has no plural form, list what is left
  tstool.py check    fail unless every message is translated; the tracked
                     files are not touched (lupdate runs on copies)
  tstool.py translate LANG FILE.json
                     fill unfinished messages of one catalogue from a JSON
                     object {"source": "translation"} (a list of forms for
                     a plural message); prints what it filled and what is left

The catalogue of a language is mockinterview_<language>.ts next to this
script; the sources are everything under app/.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCES = ["app"]
# No line numbers in the tracked files: they would change with every edit of
# a source file and make merges conflict. The check adds them to its copies.
TRACKED_OPTIONS = ["-no-obsolete", "-locations", "none"]
# %1..%99, %L1 and the plural count %n must survive translation.
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# A mnemonic: & before a character, but not && (a literal &) nor an entity.
MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;)\S")


def catalogues(directory):
    return sorted(os.path.join(directory, f) for f in os.listdir(directory) if re.fullmatch(r"mockinterview_.+\.ts", f))


def language_of(ts_path):
    return os.path.basename(ts_path)[len("mockinterview_"):-len(".ts")]


def find_lupdate(given):
    for candidate in [given, os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"), shutil.which("lupdate")]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("lupdate not found: install qt6-l10n-tools or pass --lupdate")


def run_lupdate(lupdate, ts_files, options):
    """Runs lupdate from the source root; returns its warnings as lines."""
    result = subprocess.run([lupdate, *options, *SOURCES, "-ts", *ts_files], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed:\n{result.stdout}{result.stderr}")
    # Warnings name a file and line, e.g. a tr() whose context lupdate cannot
    # tell: the string would be filed under a context the program never asks.
    return [line.replace(ROOT + os.sep, "") for line in result.stderr.splitlines() if re.match(r"^\S+:\d+: ", line)]


def messages(tree):
    """(context, message element) for every message of a parsed catalogue."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return context, message.findtext("source"), message.findtext("comment") or ""


def forms(message):
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if message.get("numerus") == "yes" else [translation.text or ""]


def location(ts_path, message):
    loc = message.find("location")
    if loc is None:
        return "?"
    path = os.path.normpath(os.path.join(os.path.dirname(ts_path), loc.get("filename")))
    if os.path.isabs(path) and path.startswith(ROOT + os.sep):
        path = os.path.relpath(path, ROOT)
    return f"{path}:{loc.get('line', '?')}"


def problems_of(message):
    """What is wrong with one message that is in use."""
    translation = message.find("translation")
    if translation.get("type") == "unfinished":
        return ["unfinished"]
    texts = forms(message)
    if not texts or any(not t.strip() for t in texts):
        return ["no translation"]
    source = message.findtext("source")
    found = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for text in texts:
        if sorted(set(PLACEHOLDER.findall(text))) != wanted:
            found.append(f"placeholders {wanted} in the source, {sorted(set(PLACEHOLDER.findall(text)))} in {text!r}")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
            found.append(f"mnemonic (&) in only one of the source and {text!r}")
    return found


def check(args):
    lupdate = find_lupdate(args.lupdate)
    tracked = catalogues(HERE)
    if not tracked:
        sys.exit(f"no catalogues in {HERE}")
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = [shutil.copy(ts, scratch) for ts in tracked]
        # Absolute line numbers so that every problem names its file:line.
        for warning in run_lupdate(lupdate, copies, ["-locations", "absolute"]):
            failures.append(f"lupdate: {warning}")
        for ts, copy in zip(tracked, copies):
            language = language_of(ts)
            retired = {key(c, m) for c, m in messages(ET.parse(ts)) if m.find("translation").get("type") in ("vanished", "obsolete")}
            used = unused = 0
            for context, message in messages(ET.parse(copy)):
                if message.find("translation").get("type") in ("vanished", "obsolete"):
                    unused += 1
                    continue
                used += 1
                found = problems_of(message)
                if key(context, message) in retired:
                    found.append("marked vanished in the tracked file but still used")
                for problem in found:
                    failures.append(f"{location(copy, message)}: {language}: [{context}] {message.findtext('source')!r}: {problem}")
            print(f"{language}: {used} messages in use" + (f", {unused} no longer used (run update.sh)" if unused else ""))
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s); run resources/translations/update.sh and translate what it lists")
        return 1
    print("all messages translated")
    return 0


def fill_english(ts_path):
    """English is the source language: a message without plural forms is
    its own translation. Plural forms need a person ("%n pack" / "%n packs")."""
    tree = ET.parse(ts_path)
    filled = 0
    for _, message in messages(tree):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" and message.get("numerus") != "yes" and not (translation.text or "").strip():
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def update(args):
    lupdate = find_lupdate(args.lupdate)
    tracked = catalogues(HERE)
    for warning in run_lupdate(lupdate, tracked, TRACKED_OPTIONS):
        print(f"warning: {warning}")
    english = os.path.join(HERE, "mockinterview_en.ts")
    if os.path.exists(english) and fill_english(english):
        # Back to lupdate's own layout, so the next run changes nothing.
        run_lupdate(lupdate, [english], TRACKED_OPTIONS)
    left = 0
    for ts in tracked:
        for context, message in messages(ET.parse(ts)):
            if problems_of(message):
                left += 1
                print(f"{language_of(ts)}: [{context}] {message.findtext('source')!r}")
    print(f"{left} message(s) to translate" if left else "all messages translated")
    return 0


def translate(args):
    import json
    ts = os.path.join(HERE, f"mockinterview_{args.language}.ts")
    with open(args.file, encoding="utf-8") as f:
        wanted = json.load(f)
    tree = ET.parse(ts)
    filled = 0
    for _, message in messages(tree):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in wanted or translation.get("type") != "unfinished":
            continue
        given = wanted[source]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in given if isinstance(given, list) else [given]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = given if isinstance(given, str) else given[0]
        del translation.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    run_lupdate(find_lupdate(args.lupdate), [ts], TRACKED_OPTIONS)
    print(f"{filled} message(s) filled")
    return update(args)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "check", "translate"])
    parser.add_argument("language", nargs="?", help="translate: the catalogue's language, e.g. zh_CN")
    parser.add_argument("file", nargs="?", help="translate: JSON object of source text to translation")
    parser.add_argument("--lupdate", help="the lupdate program (default: Qt 6's)")
    args = parser.parse_args()
    if args.command == "translate":
        if not args.language or not args.file:
            parser.error("translate needs LANG and FILE.json")
        return translate(args)
    return update(args) if args.command == "update" else check(args)


if __name__ == "__main__":
    sys.exit(main())

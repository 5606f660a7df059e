#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs that are not installed yet.
# Usage: scripts/install-deps.sh [build|test|run|fuzz]...   (default: build)
# Runs apt-get as root, or through sudo.
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-speech-dev qt6-webengine-dev qt6-multimedia-dev libqt6sql6-sqlite
  libjs-highlight.js libjs-chart.js libpocketsphinx-dev pocketsphinx-en-us
  catch2 libyaml-cpp-dev libmd4c-dev libmd4c-html0-dev libicu-dev
)
# What the app needs at run time beyond its shared libraries. Playing recorded
# answers goes through QMediaPlayer's GStreamer backend: WAV parsing
# (plugins-good) and output to the sound server (pulseaudio). Qt's own
# translations localise its standard dialogs and buttons.
run_packages=(qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
  qt6-translations-l10n)
# Headless test runs: offscreen/Xvfb windows, CJK fonts for screenshots; a
# virtual microphone (PulseAudio) and playback for the spoken-answer tests;
# validators for the desktop and metainfo files, dpkg-shlibdeps for the package
# test; Qt's Chinese catalogue, which the translation tests expect; qpdf and
# poppler read exported PDFs back as an outside reader would.
test_packages=(xvfb xauth fonts-noto-cjk qpdf poppler-utils espeak-ng sox python3 python3-yaml python3-jsonschema
  pulseaudio pulseaudio-utils gstreamer1.0-plugins-good gstreamer1.0-pulseaudio desktop-file-utils appstream dpkg-dev qt6-translations-l10n)

# libFuzzer targets: clang with its sanitizer and fuzzer runtimes (19: the
# first of Debian 12's clangs whose C++23 mode has std::expected).
fuzz_packages=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-speech-dev
  qt6-webengine-dev qt6-multimedia-dev libqt6sql6-sqlite libyaml-cpp-dev libmd4c-dev libmd4c-html0-dev libicu-dev
  clang-19 libclang-rt-19-dev)

wanted=()
for set in "${@:-build}"; do
  case "$set" in
    build) wanted+=("${build_packages[@]}") ;;
    run) wanted+=("${build_packages[@]}" "${run_packages[@]}") ;;
    test) wanted+=("${build_packages[@]}" "${test_packages[@]}" "${fuzz_packages[@]}") ;;
    fuzz) wanted+=("${fuzz_packages[@]}") ;;
    *) echo "unknown package set: $set (use build, run, test or fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Builds the Debian package from a build tree, extracts it into a scratch root
# and runs the binaries from there. The packs must come from the scratch root,
# not from the source tree the build-tree binaries fall back to.
# Usage: packaging/check-deb.sh CPACK BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
cpack=$1
build=$(cd "$2" && pwd -P)
source=$(cd "$3" && pwd -P)
id=$4

# -P: the GUI prints the canonical path, so compare against one.
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out"
deb=${debs[0]}
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# The hand-written dependencies, then two that only shlibdeps adds (the second,
# QtWebEngineProcess, through Debian's symbols file for libQt6WebEngineCore).
control=$(dpkg-deb -I "$deb")
field() { sed -n "s/^ $1: //p" <<<"$control"; }
depends=$(field Depends)
for pkg in libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk pocketsphinx-en-us libqt6webenginewidgets6 libqt6webenginecore6-bin; do
  grep -Eq "(^|, )$pkg( \(|,|$)" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done
grep -q "qt6-speech-speechd-plugin | qt6-speech-flite-plugin" <<<"$(field Recommends)" ||
  fail "Recommends lacks a text-to-speech plugin"

dpkg -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/mockinterview usr/bin/mockinterview-cli; do
  [ -x "$root/$f" ] || fail "$f missing or not executable"
done
for f in "applications/$id.desktop" "metainfo/$id.metainfo.xml" "icons/hicolor/scalable/apps/$id.svg"; do
  [ -f "$root/usr/share/$f" ] || fail "usr/share/$f missing"
done
grep -qx "Icon=$id" "$root/usr/share/applications/$id.desktop" || fail "the desktop file does not name the icon $id"
# Screenshot URLs point into the repository; a renamed or missing file would
# only show up as a broken image in a software centre.
shots=$(grep -o 'packaging/screenshots/[^<]*\.png' "$root/usr/share/metainfo/$id.metainfo.xml") || fail "the metainfo lists no screenshots"
for shot in $shots; do
  [ -f "$source/$shot" ] || fail "the metainfo lists $shot, which is not in the repository"
done
for size in 16 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
  [ -f "$png" ] || fail "${size}x$size icon missing"
  # Bytes 16-23 of a PNG are its width and height, 32-bit big-endian.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*2^24 + $2*2^16 + $3*2^8 + $4 "x" $5*2^24 + $6*2^16 + $7*2^8 + $8 }')
  [ "$dims" = "${size}x$size" ] || fail "${size}x$size icon is $dims"
done

packs_dir=$root/usr/share/mockinterview/questions
pack_ids() { sed -n 's/^id: *//p' "$@" | sort; }
[ "$(pack_ids "$packs_dir"/*.yaml)" = "$(pack_ids "$source"/questions/*.yaml)" ] ||
  fail "installed packs differ from questions/"

# Nothing from the environment or the working directory may point the binaries
# at packs; only their own location should.
unset MOCKINTERVIEW_PACKS MOCKINTERVIEW_DB
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
cd "$work"
cli_ids() { "$root/usr/bin/mockinterview-cli" packs --json | python3 -c 'import json, sys; print("\n".join(sorted(p["id"] for p in json.load(sys.stdin))))'; }
listed=$(cli_ids) || fail "mockinterview-cli packs --json failed"
[ "$listed" = "$(pack_ids "$packs_dir"/*.yaml)" ] || fail "the CLI does not list the installed packs: $(tr '\n' ' ' <<<"$listed")"
echo "CLI lists $(wc -l <<<"$listed") packs"
# The catalogues are compiled into the binaries, not installed beside them.
usage=$(LANGUAGE=zh_CN "$root/usr/bin/mockinterview-cli" --help)
grep -q "^用法：" <<<"$usage" || fail "the installed CLI does not speak Chinese under LANGUAGE=zh_CN: $usage"

# Remove one pack from the scratch root only: both binaries must notice.
rm "$packs_dir/sample-k8s-basics.yaml"
listed=$(cli_ids) || fail "mockinterview-cli packs --json failed"
[ "$listed" = "$(pack_ids "$packs_dir"/*.yaml)" ] || fail "the CLI does not read the scratch root's packs: $(tr '\n' ' ' <<<"$listed")"
expected_packs=$(ls "$packs_dir"/*.yaml | wc -l)

export QT_QPA_PLATFORM=offscreen
# Chromium refuses to run as root with its sandbox on (the app also does this itself).
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
gui=$(timeout 60 "$root/usr/bin/mockinterview" --smoke-test --db "$work/smoke.sqlite" 2>"$work/gui.log") ||
  { cat "$work/gui.log" >&2; fail "the GUI smoke test exited with an error"; }
echo "$gui"
grep -q "^first paint after [0-9]* ms$" <<<"$gui" || fail "no first paint reported"
grep -qxF "$expected_packs packs from $packs_dir" <<<"$gui" || fail "the GUI did not load the scratch root's packs"
echo "PASS"

#!/usr/bin/env bash
# Smoke test of the one-folder bundle (Linux): `make dist-check`, or `bash resources/packaging/dist_check.sh [BUNDLE]`.
# Every run of the bundle happens in a clean environment (env -i, a throw-away HOME, a minimal PATH, offscreen Qt)
# and from a throw-away working directory, so nothing from the checkout or the venv can stand in for the bundle.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/privacycheck}" && pwd)
EXE="$BUNDLE/privacycheck"
ANSWERS="$ROOT/docs/examples/answers.json"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/home" "$WORK/cwd"
FAILED=0

fail() { echo "FAIL: $*"; FAILED=1; }
ok() { echo "ok:   $*"; }

# run NAME ARGS...: the bundle in a clean environment; stdout to $WORK/NAME.out, stderr to $WORK/NAME.err.
run() {
    local name=$1
    shift
    local status=0
    (cd "$WORK/cwd" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$EXE" "$@") >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
    if grep -qE 'Traceback|ModuleNotFoundError|ImportError|No such file' "$WORK/$name.err"; then
        fail "$name: errors on stderr:"
        sed 's/^/      /' "$WORK/$name.err"
    fi
    return "$status"
}

[ -x "$EXE" ] || { echo "FAIL: no executable at $EXE (run make dist)"; exit 1; }

# 1. --version
if run version --version && grep -qE '^privacycheck [0-9]+\.[0-9]+' "$WORK/version.out"; then
    ok "--version: $(cat "$WORK/version.out")"
else
    fail "--version: $(cat "$WORK/version.out" "$WORK/version.err")"
fi

# 2. packs --json: every built-in pack of the checkout (one per checklists/*.json), read from inside the bundle.
expected=()
for file in "$ROOT"/checklists/*.json; do expected+=("$(basename "$file" .json)"); done
if run packs packs --json; then
    count=$(grep -c '"origin": "built-in"' "$WORK/packs.out" || true)
    missing=""
    for id in "${expected[@]}"; do
        grep -q "\"id\": \"$id\"" "$WORK/packs.out" || missing="$missing $id"
    done
    if [ "$count" = "${#expected[@]}" ] && [ -z "$missing" ] &&
        grep -q "\"path\": \"$BUNDLE/_internal/privacycheck/checklists/" "$WORK/packs.out"; then
        ok "packs --json: ${#expected[@]} built-in packs (${expected[*]}) from the bundle"
    else
        fail "packs --json: $count built-in packs of ${#expected[@]}, missing:${missing:- none}; or not read from the bundle"
    fi
else
    fail "packs --json exited with an error: $(cat "$WORK/packs.err")"
fi

# 3. assess --no-save --json
score=""
if run assess assess --answers "$ANSWERS" --no-save --json; then
    score=$(sed -nE 's/^  "score": ([0-9.]+),?$/\1/p' "$WORK/assess.out")
    if [ -n "$score" ]; then ok "assess --no-save --json: score $score"; else fail "assess --no-save --json: no score"; fi
else
    fail "assess --no-save --json exited with an error: $(cat "$WORK/assess.err")"
fi

# 4. data init --unencrypted, assess (saved), report --format pdf: the PDF holds the score.
if run init data init --unencrypted && run assess_saved assess --answers "$ANSWERS" &&
    run report report --format pdf --out "$WORK/report.pdf"; then
    if ! command -v pdftotext >/dev/null; then
        [ -s "$WORK/report.pdf" ] && ok "report --format pdf: $(wc -c <"$WORK/report.pdf") bytes (pdftotext missing: text not checked)"
    elif [ -n "$score" ] && pdftotext "$WORK/report.pdf" "$WORK/report.txt" && grep -qF "Exposure score: $score" "$WORK/report.txt"; then
        ok "report --format pdf: $(wc -c <"$WORK/report.pdf") bytes, text holds the score $score"
    else
        fail "report --format pdf: the PDF text does not hold the score '$score'"
    fi
else
    fail "data init / assess / report: $(cat "$WORK"/init.err "$WORK"/assess_saved.err "$WORK"/report.err 2>/dev/null)"
fi

# 5. The GUI starts and keeps running for 5 s (timeout's 124 = still running = fine). In French, it must load both
#    translations (the app's and Qt's) from inside the bundle: strace shows the files it opens, when strace is here.
for qm in privacycheck/resources/translations/privacycheck_fr.qm PySide6/Qt/translations/qtbase_fr.qm; do
    if [ -s "$BUNDLE/_internal/$qm" ]; then ok "bundle holds _internal/$qm"; else fail "bundle lacks _internal/$qm"; fi
done
status=0
(cd "$WORK/cwd" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    timeout 5 "$EXE") >"$WORK/gui.out" 2>"$WORK/gui.err" || status=$?
if [ "$status" = 124 ]; then ok "GUI: still running after 5 s"; else fail "GUI: exited with $status: $(cat "$WORK/gui.err")"; fi
if command -v strace >/dev/null; then
    status=0
    (cd "$WORK/cwd" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=fr_FR.UTF-8 \
        timeout 5 strace -f -qq -e trace=openat -o "$WORK/gui_fr.trace" "$EXE") >/dev/null 2>&1 || status=$?
    loaded=$(grep -E '_fr\.qm", O_RDONLY' "$WORK/gui_fr.trace" | grep -v ENOENT | grep -oE '_internal/[^"]+' | tr '\n' ' ')
    if [ "$status" = 124 ] && [[ "$loaded" == *privacycheck_fr.qm* ]] && [[ "$loaded" == *qtbase_fr.qm* ]]; then
        ok "GUI in French: loaded $loaded"
    else
        fail "GUI in French: exit $status, loaded: ${loaded:-nothing}"
    fi
else
    echo "skip: strace not installed, French translation loading not traced"
fi

# 6. What must not be in the bundle.
unwanted=$(find "$BUNDLE" \( -iname '*WebEngine*' -o -iname '*Qt6Qml*' -o -iname '*Qt6Quick*' -o -iname '*Qt63D*' \
    -o -iname '*Qt6Multimedia*' -o -iname 'QtQml*' -o -iname 'QtQuick*' \) -print)
if [ -z "$unwanted" ]; then ok "no QtWebEngine, QML, Quick, 3D or Multimedia"; else fail "unwanted Qt parts:"$'\n'"$unwanted"; fi
tests=$(find "$BUNDLE" -type d \( -name tests -o -name test \) -print)
if [ -z "$tests" ]; then ok "no tests/ directory"; else fail "tests directories:"$'\n'"$tests"; fi

echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"
if [ "$FAILED" = 0 ]; then echo "dist-check: all passed"; else echo "dist-check: FAILED"; fi
exit "$FAILED"

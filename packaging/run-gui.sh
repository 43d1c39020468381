#!/usr/bin/env bash
# Starts the GUI on a data file. Where no window can be shown it says why and what to do
# instead of letting Qt abort.
set -euo pipefail
app="$1"; shift
if [[ "${QT_QPA_PLATFORM:-}" == offscreen* ]]; then
    shot="$(dirname "$app")/../parindex-window.png"
    "$app" --screenshot "$shot" "$@"
    echo "QT_QPA_PLATFORM=offscreen: no window is shown; a picture of it is in $(realpath "$shot")"
    exit 0
fi
if [[ -z "${QT_QPA_PLATFORM:-}" && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    cat >&2 <<MSG
No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  - On a desktop session, run 'make run' from a terminal inside it.
  - Headless, run it under a virtual X server:   xvfb-run -a make run   (Debian package 'xvfb')
  - Or without any display, get a picture of the window:   QT_QPA_PLATFORM=offscreen make run
The demo data set is ready at: $*
MSG
    exit 1
fi
exec "$app" "$@"

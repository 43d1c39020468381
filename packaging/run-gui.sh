#!/usr/bin/env bash
# Starts the GUI on a data file; explains what to do where there is no display instead of crashing.
set -euo pipefail
app="$1"; shift
if [[ -z "${QT_QPA_PLATFORM:-}" && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    cat >&2 <<MSG
No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  - On a desktop session, run 'make run' from a terminal inside it.
  - Headless, run it under a virtual X server:   xvfb-run -a make run
    (Debian package 'xvfb'), or without any window: QT_QPA_PLATFORM=offscreen make run
The demo data set is ready at: $*
MSG
    exit 2
fi
exec "$app" "$@"

#!/usr/bin/env bash
# System packages the app and its tests need (Debian/Ubuntu names).
# With CI=true missing packages are installed with apt-get and a failure to install is fatal;
# otherwise missing ones are listed with the command that installs them.
set -u
PACKAGES=(
  postgresql                     # the service's production database, tested for real
  fonts-wqy-microhei             # Chinese glyphs for Qt
  libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3   # Qt offscreen
  xvfb libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1   # Qt on X11
  dbus-daemon dbus-bin           # a private session bus for the desktop notification tests
  libdbus-1-dev libglib2.0-dev pkg-config   # to build dbus-python (python-dbusmock's need)
)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install the equivalents of: ${PACKAGES[*]}" >&2; exit 0; }
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "${CI:-}" = "true" ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "system-deps: could not install ${missing[*]}" >&2; exit 1; }
elif [ "$(id -u)" = "0" ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "system-deps: could not install ${missing[*]}; some tests will be skipped" >&2
else
  echo "system-deps: missing ${missing[*]}" >&2
  echo "  install with: sudo apt-get install ${missing[*]}" >&2
fi
exit 0

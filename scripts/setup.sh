#!/usr/bin/env bash
# Installs what `npm ci` and `npm test` need from the system. On Debian, as root or with sudo: exactly the
# missing packages (browsers, xvfb, xauth, the tools that build better-sqlite3, postgresql), with apt.
# Anywhere else: prints what is missing, the command to get it, and the environment variables
# (CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH, WEBKIT_DRIVER, BROWSERS) that point the tests at other browsers.
# What is missing is decided by scripts/preflight.js, the check `npm test` starts with.
#
#   scripts/setup.sh               installs what is missing, then names what is still missing
#   scripts/setup.sh PACKAGE...    installs exactly these Debian packages and nothing else (the preflight
#                                  runs this with what it found missing, then checks again itself)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null; then
  echo "setup: Node.js 20 or newer is needed first (Debian: see https://nodejs.org/en/download; macOS: brew install node)." >&2
  exit 1
fi

if [ -f /etc/debian_version ] && command -v apt-get >/dev/null; then
  if [ $# -gt 0 ]; then
    for package in "$@"; do
      case "$package" in
        '' | [!a-z0-9]* | *[!a-z0-9.+-]*) echo "setup: not a Debian package name: $package" >&2; exit 2 ;;
      esac
    done
    packages="$*"
  else
    packages=$(node scripts/preflight.js --apt-packages)
  fi
  if [ -n "$packages" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      sudo_cmd=""
    elif command -v sudo >/dev/null; then
      sudo_cmd="sudo"
    else
      echo "setup: run as root: apt-get update && apt-get install -y $packages" >&2
      exit 1
    fi
    echo "Installing Debian packages: $packages"
    $sudo_cmd apt-get update
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y $packages
  fi
elif [ $# -gt 0 ]; then
  echo "setup: not Debian (no apt-get): install $* with your package manager" >&2
  exit 1
fi

# Packages given: the caller checks again.
[ $# -eq 0 ] || exit 0

# What is still missing (everywhere else: all of it, with how to get it), before `npm ci`.
exec node scripts/preflight.js --system

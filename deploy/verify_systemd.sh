#!/usr/bin/env bash
# `systemd-analyze verify` on the shipped units, as CI runs it.
#
# Verifying needs no running systemd (it loads the units into a test manager),
# but it checks that every Exec*= program exists. The units name the server's
# paths (/srv/firm_site/app/.venv/bin/...), so they are verified in a scratch
# root: a copy of the system's own units (for targets such as
# multi-user.target) and a stand-in at each program path the units name.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

mkdir -p "$root/usr/lib/systemd" "$root/etc/systemd/system"
cp -r /lib/systemd/system "$root/usr/lib/systemd/system"
programs=$(sed -n -E 's/^Exec[A-Za-z]*=[-@!+:]*(\/[^ ]+).*/\1/p' "$here"/systemd/*.service "$here"/systemd/*.conf | sort -u)
for program in $programs; do
    mkdir -p "$root$(dirname "$program")"
    printf '#!/bin/sh\n' > "$root$program"
    chmod +x "$root$program"
done
cp "$here"/systemd/*.service "$here"/systemd/*.timer "$root/etc/systemd/system/"

units=()
for unit in "$here"/systemd/*.service "$here"/systemd/*.timer; do
    units+=("$(basename "$unit")")
done
# The drop-in for Debian's Varnish, on the unit it changes (when Varnish is installed).
if [ -f "$root/usr/lib/systemd/system/varnish.service" ]; then
    mkdir -p "$root/etc/systemd/system/varnish.service.d"
    cp "$here/systemd/varnish.service.d.conf" "$root/etc/systemd/system/varnish.service.d/firm_site.conf"
    units+=(varnish.service)
fi
# Warnings (an unknown key, a value it ignores) exit 0: any output is a failure here.
if ! output=$(systemd-analyze verify --man=no --root="$root" "${units[@]}" 2>&1) || [ -n "$output" ]; then
    echo "$output"
    echo "systemd-analyze verify: the units above need fixing" >&2
    exit 1
fi
echo "systemd-analyze verify: ${#units[@]} units OK (${units[*]})"

#!/bin/sh
# Runs inside "unshare --mount --net": a private loopback and private mounts, so nothing leaves the namespace.
# $1 = directory holding avahi-daemon.conf and services/, $2... = the command that queries the responder.
set -e
dir=$1
shift
mount --bind "$dir/etc" /etc/avahi
mount -t tmpfs tmpfs /run
ip link set lo up
ip link set lo multicast on
avahi-daemon --no-chroot --no-drop-root --no-rlimits -f /etc/avahi/avahi-daemon.conf > "$dir/avahi.log" 2>&1 &
avahi=$!
tries=0
until grep -q "Server startup complete" "$dir/avahi.log" 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ]; then
    kill "$avahi" 2>/dev/null || true
    echo "avahi did not start" >&2
    exit 3
  fi
  sleep 0.1
done
status=0
"$@" || status=$?
kill "$avahi" 2>/dev/null || true
wait "$avahi" 2>/dev/null || true
exit "$status"

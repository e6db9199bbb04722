#!/bin/sh
mode=$(cat "$(dirname "$0")/mode" 2>/dev/null)
case "$mode" in
  silent) printf 'Welcome to the device\n'; sleep 5; exit 0;;
  locked) printf 'Too many failed attempts: account locked\n'; exit 1;;
  open) printf 'BusyBox v1.35.0 built-in shell (ash)\n/ # '; while read -r line; do printf '/ # '; done; exit 0;;
esac
tries=0
while [ "$tries" -lt 3 ]; do
  printf 'device login: '
  read -r user || exit 0
  stty -echo 2>/dev/null
  printf 'Password: '
  read -r pass || exit 0
  stty echo 2>/dev/null
  printf '\n'
  if [ "$user" = admin ] && [ "$pass" = 's3cret-pw' ]; then
    printf '\nBusyBox v1.35.0 built-in shell (ash)\n~ # '
    while read -r line; do printf '~ # '; done
    exit 0
  fi
  printf 'Login incorrect\n'
  tries=$((tries + 1))
done
exit 1

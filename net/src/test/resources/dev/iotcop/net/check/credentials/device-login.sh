#!/bin/sh
# A login program for BusyBox telnetd that plays the devices the credential tests need. It reads its behaviour from
# the file "mode" beside it and counts failed logins in "failures", so one daemon can play every scenario:
#   mirai       accepts root / xc3511 only
#   mirai-slow  like mirai, but answers every wrong password after 1.5 s
#   custom      accepts admin / a password no list has
#   any         accepts every user name and password
#   open        gives a shell without asking anything
#   password    asks only for a password; accepts 1234 (a password-only device)
#   slow        like custom, but answers every wrong password after 1.5 s
#   escalate    like custom, but waits longer after each failure (0.1 s, 0.2 s, 0.4 s, ...)
#   lockout     like custom, but after 3 failures reports the account locked and closes at once
# Logins may run side by side: counters change under a lock, and "peak" keeps the most logins seen running at once.
here=$(dirname "$0")
mode=$(cat "$here/mode" 2>/dev/null)
failures=$(cat "$here/failures" 2>/dev/null || echo 0)
add() {
  (
    flock 9
    n=$(( $(cat "$here/$1" 2>/dev/null || echo 0) + $2 ))
    echo "$n" > "$here/$1"
    if [ "$1" = active ] && [ "$n" -gt "$(cat "$here/peak" 2>/dev/null || echo 0)" ]; then echo "$n" > "$here/peak"; fi
  ) 9>"$here/lock"
}
add active 1
trap 'add active -1' EXIT
trap 'exit 1' HUP INT TERM
shell() {
  printf '\nBusyBox v1.35.0 built-in shell (ash)\n~ # '
  while read -r line; do printf '~ # '; done
  exit 0
}
if [ "$mode" = open ]; then shell; fi
if [ "$mode" = lockout ] && [ "$failures" -ge 3 ]; then
  printf 'Too many failed login attempts: account locked\n'
  exit 1
fi
if [ "$mode" = password ]; then
  printf 'Password: '
  read -r pass || exit 0
  if [ "$pass" = 1234 ]; then shell; fi
  add failures 1
  printf '\nLogin incorrect\n'
  exit 1
fi
printf 'camera login: '
read -r user || exit 0
printf 'Password: '
read -r pass || exit 0
case "$mode" in
  mirai|mirai-slow) [ "$user" = root ] && [ "$pass" = xc3511 ] && shell;;
  any) shell;;
  *) [ "$user" = admin ] && [ "$pass" = 'Qv7-unlisted-Zp2' ] && shell;;
esac
add failures 1
case "$mode" in
  slow|mirai-slow) sleep 1.5;;
  escalate) sleep "$(awk "BEGIN { print 0.1 * 2 ^ $failures }")";;
esac
printf '\nLogin incorrect\n'
exit 1

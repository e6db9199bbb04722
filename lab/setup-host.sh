#!/bin/sh
# Prepares a Debian 12 host to run iotcop lab devices (run as root):
#  - installs the daemons the profiles use, without starting any of them on the host;
#  - puts BusyBox (busybox-static, which conflicts with the usual busybox package) and, if it is not installed,
#    xinetd into the lab's program cache by extracting their packages (the lab would otherwise do this itself
#    the first time it needs them).
set -eu

cache="${IOTCOP_LAB_CACHE:-/var/cache/iotcop-lab}"
packages="iproute2 util-linux openssl openssh-server openssh-client dropbear-bin lighttpd lighttpd-mod-openssl
  nginx-light vsftpd snmpd mosquitto avahi-daemon miniupnpd libpam-modules-bin tftpd-hpa"

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-host.sh must run as root" >&2
  exit 2
fi

# Debian starts a service when its package is installed unless policy-rc.d says no: say no for this install.
policy=/usr/sbin/policy-rc.d
own_policy=no
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 0755 "$policy"
  own_policy=yes
fi
cleanup() {
  if [ "$own_policy" = yes ]; then rm -f "$policy"; fi
  if [ -n "${work:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --no-upgrade $packages

mkdir -p "$cache"
work="$(mktemp -d)"
fetch() { # package, path inside the package, name in the cache
  if [ -x "$cache/$3" ]; then return 0; fi
  (cd "$work" && apt-get download -qq "$1" && dpkg -x "$1"_*.deb "$work/$1")
  install -m 0755 "$work/$1/$2" "$cache/$3"
}
fetch busybox-static bin/busybox busybox
ln -sfn busybox "$cache/login"
if ! command -v xinetd >/dev/null 2>&1 && [ ! -x /usr/sbin/xinetd ]; then
  fetch xinetd usr/sbin/xinetd xinetd
fi
echo "iotcop lab: host ready (program cache: $cache)"

#!/bin/sh
# Install the Debian packages named in $PACKAGES that are missing: with apt-get when run as
# root, otherwise print exactly what to install and fail.
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "Missing system packages:$missing"
    echo "Install them with: sudo apt-get install$missing"
    exit 1
fi

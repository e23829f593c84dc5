#!/usr/bin/env bash
# Set up a fresh Debian 12 / Ubuntu 24.04 touch station to run VIZIUM Kiosk at boot.
# Usage (as root, from the folder that holds the built app):  ./install-station.sh dist/vizium-kiosk
set -euo pipefail

app_dir=${1:?give the folder of the built app, e.g. dist/vizium-kiosk}
[ "$(id -u)" = 0 ] || { echo "Run as root (sudo $0 $app_dir)."; exit 1; }
[ -x "$app_dir/vizium-kiosk" ] || { echo "$app_dir/vizium-kiosk not found: build it with make dist."; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)

echo "== packages: cage, Qt runtime libraries, fonts"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cage libegl1 libgl1 libxkbcommon0 libfontconfig1 \
    libdbus-1-3 libwayland-client0 libwayland-cursor0 libwayland-egl1 fonts-dejavu-core v4l-utils >/dev/null

echo "== user vizium (video: camera, input: touch screen)"
id vizium >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin vizium
usermod -aG video,input,render vizium

echo "== app in /opt/vizium-kiosk"
rm -rf /opt/vizium-kiosk.new
cp -a "$app_dir" /opt/vizium-kiosk.new
rm -rf /opt/vizium-kiosk.old
[ -d /opt/vizium-kiosk ] && mv /opt/vizium-kiosk /opt/vizium-kiosk.old
mv /opt/vizium-kiosk.new /opt/vizium-kiosk

echo "== configuration in /etc/vizium-kiosk/kiosk.toml"
install -d -m 755 /etc/vizium-kiosk
[ -f /etc/vizium-kiosk/kiosk.toml ] || install -m 644 "$here/../examples/visitor-station.toml" /etc/vizium-kiosk/kiosk.toml
VIZIUM_CONFIG=/etc/vizium-kiosk/kiosk.toml runuser -u vizium -- /opt/vizium-kiosk/vizium-kiosk config show >/dev/null

echo "== service"
install -m 644 "$here/vizium-kiosk.service" /etc/systemd/system/vizium-kiosk.service
systemctl daemon-reload
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl set-default graphical.target >/dev/null
systemctl enable vizium-kiosk.service

cat <<TXT
Done. Next:
  1. Set the PINs:   sudo -u vizium VIZIUM_CONFIG=/etc/vizium-kiosk/kiosk.toml /opt/vizium-kiosk/vizium-kiosk pin set --role staff
                     (and --role educator)
  2. Edit /etc/vizium-kiosk/kiosk.toml (station.id must be unique in the centre).
  3. Check:          sudo -u vizium VIZIUM_CONFIG=/etc/vizium-kiosk/kiosk.toml /opt/vizium-kiosk/vizium-kiosk doctor
  4. Start:          systemctl start vizium-kiosk   (or reboot)
TXT

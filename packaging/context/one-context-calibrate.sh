#!/bin/sh
# OpenNebula contextualisation (one-context): copy to /etc/one-context.d/loc-90-calibrate (mode 0755) in the image,
# or ship it as a context file (FILES_DS) and it will be run from /context at each boot.
# Context variables (in the VM template's CONTEXT section), all optional:
#   CALIBRATE_STORE_CENTRAL   postgresql://calibrate@db.example.org/calibrate
#   CALIBRATE_PGPASSWORD      the central store's password
#   CALIBRATE_PUSHERS         space-separated: mjf slurm htcondor gridengine lsf_local (default: mjf)
#   CALIBRATE_BUDGET          e.g. 60s
#   CALIBRATE_FALLBACK        YES to publish the last good result when the measurement fails
# It writes /etc/calibrate/calibrate.yaml, checks it, enables the unit and runs the boot measurement now.
set -eu

# one-context exports the variables; when run by hand, read them from the context file.
if [ -f /var/run/one-context/one_env ]; then . /var/run/one-context/one_env; fi

conf_dir=/etc/calibrate
mkdir -p "$conf_dir"
{
  echo "# Written by one-context-calibrate.sh from the VM's context variables."
  echo "store:"
  echo "  local: /var/lib/calibrate/calibrate.db"
  if [ -n "${CALIBRATE_STORE_CENTRAL:-}" ]; then echo "  central: \"${CALIBRATE_STORE_CENTRAL}\""; fi
  echo "measure:"
  echo "  profile: quick"
  echo "  precision: 1%"
  echo "pushers:"
  for pusher in ${CALIBRATE_PUSHERS:-mjf}; do echo "  ${pusher}: {}"; done
  echo "boot:"
  echo "  budget: ${CALIBRATE_BUDGET:-60s}"
  if [ "${CALIBRATE_FALLBACK:-}" = "YES" ]; then echo "  fallback: true"; fi
} > "$conf_dir/calibrate.yaml.new"
mv "$conf_dir/calibrate.yaml.new" "$conf_dir/calibrate.yaml"

if [ -n "${CALIBRATE_PGPASSWORD:-}" ]; then
  umask 077
  echo "PGPASSWORD=${CALIBRATE_PGPASSWORD}" > "$conf_dir/environment"
fi

/usr/bin/dotnet /opt/calibrate/calibrate.dll config check --config "$conf_dir/calibrate.yaml"

unit=/etc/systemd/system/calibrate-boot.service
if [ ! -f "$unit" ]; then
  install -m 0644 /opt/calibrate/packaging/systemd/calibrate-boot.service "$unit"
  sed -i 's|^# EnvironmentFile=|EnvironmentFile=|' "$unit"
  systemctl daemon-reload
  systemctl enable calibrate-boot.service
fi
# one-context runs before the batch daemon on every boot; the unit's ordering covers later boots too.
systemctl start calibrate-boot.service || true

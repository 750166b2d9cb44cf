#!/bin/sh
# Torque epilogue (mom_priv/epilogue): pbs_mom runs it as root after the job, $1 = job id; removes what
# pbs-prologue.sh wrote.
calibrate=${CALIBRATE:-calibrate}
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler pbs --cleanup --dir "${CALIBRATE_JOBFEATURES_ROOT:-/var/run/jobfeatures}/$1" >/dev/null \
    || logger -t calibrate "jobfeatures cleanup of job $1 failed"
exit 0

#!/bin/sh
# LSF pre-execution command (lsb.queues: PRE_EXEC=/opt/calibrate/packaging/jobfeatures/lsf-pre-exec.sh and
# POST_EXEC=.../lsf-post-exec.sh). sbatchd runs it on the first execution host, as the job's user, in the job's
# environment (LSB_JOBID, LSB_JOBINDEX, LSB_MCPU_HOSTS, LSB_DJOB_NUMPROC). A pre-exec that exits non-zero
# makes LSF requeue the job, so a failure is logged and the script exits 0. Jobs find the directory with
# JOBFEATURES=/tmp/jobfeatures_$LSB_JOBID (set in /etc/profile.d or the job starter).
calibrate=${CALIBRATE:-calibrate}
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler lsf --dir "${CALIBRATE_JOBFEATURES_ROOT:-/tmp}/jobfeatures_${LSB_JOBID}" >/dev/null \
    || logger -t calibrate "jobfeatures for job ${LSB_JOBID} failed"
exit 0

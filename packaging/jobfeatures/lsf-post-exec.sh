#!/bin/sh
# LSF post-execution command (lsb.queues POST_EXEC): removes what lsf-pre-exec.sh wrote.
calibrate=${CALIBRATE:-calibrate}
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler lsf --cleanup --dir "${CALIBRATE_JOBFEATURES_ROOT:-/tmp}/jobfeatures_${LSB_JOBID}" >/dev/null \
    || logger -t calibrate "jobfeatures cleanup of job ${LSB_JOBID} failed"
exit 0

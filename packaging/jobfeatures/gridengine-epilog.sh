#!/bin/sh
# Grid Engine epilog: removes what gridengine-prolog.sh wrote.
calibrate=${CALIBRATE:-calibrate}
id="$JOB_ID"
[ "${SGE_TASK_ID:-undefined}" = undefined ] || id="$JOB_ID.$SGE_TASK_ID"
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler gridengine --cleanup --dir "${CALIBRATE_JOBFEATURES_ROOT:-/var/run/jobfeatures}/$id" >/dev/null \
    || logger -t calibrate "jobfeatures cleanup of job $id failed"
exit 0

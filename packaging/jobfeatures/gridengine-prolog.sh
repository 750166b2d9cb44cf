#!/bin/sh
# Grid Engine prolog (qconf -mconf or -mq: prolog root@/opt/calibrate/packaging/jobfeatures/gridengine-prolog.sh, and
# epilog root@.../gridengine-epilog.sh). sge_execd runs it "with the same environment setting as that of the Grid
# Engine jobs to be started afterwards" (sge_conf(5)): JOB_ID, SGE_TASK_ID, NSLOTS, PE_HOSTFILE. Exit 0 always: a
# prolog exit other than 0 puts the queue in error state. Jobs find the directory with
# JOBFEATURES=/var/run/jobfeatures/$JOB_ID (/etc/profile.d; array tasks: $JOB_ID.$SGE_TASK_ID).
calibrate=${CALIBRATE:-calibrate}
id="$JOB_ID"
[ "${SGE_TASK_ID:-undefined}" = undefined ] || id="$JOB_ID.$SGE_TASK_ID"
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler gridengine --dir "${CALIBRATE_JOBFEATURES_ROOT:-/var/run/jobfeatures}/$id" >/dev/null \
    || logger -t calibrate "jobfeatures for job $id failed"
exit 0

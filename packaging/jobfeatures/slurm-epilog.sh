#!/bin/sh
# Slurm Epilog (slurm.conf: Epilog=/opt/calibrate/packaging/jobfeatures/slurm-epilog.sh): slurmd runs it as root on
# each node after the job, with SLURM_JOB_ID set; it removes what slurm-task-prolog.sh wrote. A failing Epilog
# drains the node, so a failure is logged and the script exits 0.
calibrate=${CALIBRATE:-calibrate}
# shellcheck disable=SC2086
$calibrate jobfeatures --scheduler slurm --cleanup --dir "${CALIBRATE_JOBFEATURES_ROOT:-/tmp}/jobfeatures_${SLURM_JOB_ID}" >/dev/null \
    || logger -t calibrate "jobfeatures cleanup of job ${SLURM_JOB_ID} failed"
exit 0

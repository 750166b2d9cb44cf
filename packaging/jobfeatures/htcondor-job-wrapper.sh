#!/bin/sh
# HTCondor job wrapper (condor_config: USER_JOB_WRAPPER = /opt/calibrate/packaging/jobfeatures/htcondor-job-wrapper.sh).
# The starter runs it as the job's user, in the job's scratch directory, with the job's command line as arguments
# and $_CONDOR_JOB_AD and $_CONDOR_MACHINE_AD naming the job's and the slot's ads. $JOBFEATURES lives in the scratch
# directory, which the starter removes after the job: no cleanup step is needed. The job runs whether or not the
# features could be written.
calibrate=${CALIBRATE:-calibrate}
dir="${_CONDOR_SCRATCH_DIR:-$PWD}/.jobfeatures"
# shellcheck disable=SC2086
if $calibrate jobfeatures --scheduler htcondor --dir "$dir" >/dev/null; then
    export JOBFEATURES="$dir"
fi
exec "$@"

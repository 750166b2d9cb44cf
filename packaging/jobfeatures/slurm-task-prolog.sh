#!/bin/sh
# Slurm TaskProlog (slurm.conf: TaskProlog=/opt/calibrate/packaging/jobfeatures/slurm-task-prolog.sh), paired with
# slurm-epilog.sh as Epilog. slurmstepd runs it as the job's user before each task, in the task's environment, and
# sets in the task every "export NAME=value" line it prints (slurm.conf(5), TaskProlog). The files are written here
# and not in Prolog: Prolog runs as root before the job without the job's CPUs and limits in its environment.
# The first task of the job on this node writes $JOBFEATURES; later tasks and steps find job_id there and reuse it.
# It always exits 0: a job without job features runs, a failed TaskProlog would not.
calibrate=${CALIBRATE:-calibrate}
dir="${CALIBRATE_JOBFEATURES_ROOT:-/tmp}/jobfeatures_${SLURM_JOB_ID}"
if [ ! -f "$dir/job_id" ]; then
    # shellcheck disable=SC2086 # CALIBRATE may be "dotnet /opt/calibrate/calibrate.dll"
    $calibrate jobfeatures --scheduler slurm --dir "$dir" >/dev/null || exit 0
fi
echo "export JOBFEATURES=$dir"

#!/bin/sh
# Torque prologue (mom_priv/prologue, root-owned, mode 0500), paired with pbs-epilogue.sh. pbs_mom runs it as root on
# the mother superior before the job with the arguments of "Prologue and epilogue scripts" (Torque Administrator
# Guide): $1 job id, $2 user, $3 group, $4 job name, $5 the job's resource list (nodes=1:ppn=8,walltime=...,cput=...,mem=...).
# The job finds the directory by its id: in the job script or /etc/profile.d, JOBFEATURES=/var/run/jobfeatures/$PBS_JOBID.
# A non-zero prologue exit makes pbs_mom requeue or abort the job, so a failure is logged and the script exits 0.
calibrate=${CALIBRATE:-calibrate}
dir="${CALIBRATE_JOBFEATURES_ROOT:-/var/run/jobfeatures}/$1"
# shellcheck disable=SC2086
if PBS_JOBID="$1" $calibrate jobfeatures --scheduler pbs --dir "$dir" --pbs-resources "$5" >/dev/null; then
    chown -R "$2:$3" "$dir"
else
    logger -t calibrate "jobfeatures for job $1 failed"
fi
exit 0

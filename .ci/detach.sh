# Sourced by the .ci setup scripts. `detached CMD...` runs CMD with stdin/stdout/stderr on /dev/null and every other
# inherited descriptor closed, so a daemon it starts holds none of its caller's pipes. A daemon that kept a copy of
# the pipe .ci/run reads a script's exports from, or of CI's own output pipes, keeps their readers waiting for an end
# of file that never comes: CI once hung after "slurm: one-node cluster up" until its time limit (munged held it).
# `without_inherited_fds CMD...` closes the same descriptors but keeps stdout and stderr (for pg_ctl's messages).

without_inherited_fds() {
  (
    for fd in $(ls /proc/$BASHPID/fd); do
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    "$@" </dev/null
  )
}

detached() {
  without_inherited_fds "$@" >/dev/null 2>&1
}

# `detached_exec CMD... &` closes the same descriptors, then replaces the background subshell with CMD, so that $! is
# CMD's own pid: for a daemon that does not fork itself (node_exporter), stopped later by that pid.
detached_exec() {
  for fd in $(ls /proc/$BASHPID/fd); do
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  exec "$@" </dev/null
}

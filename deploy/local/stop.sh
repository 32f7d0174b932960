#!/usr/bin/env bash
# Stops what start.sh started: the service processes (TERM, then KILL after 10 s),
# then PostgreSQL and RabbitMQ. Harmless when nothing runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${VOC_STATE_DIR:-$repo/deploy/local/.state}"
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac

# A pid file may be stale and its pid reused: only signal our own dotnet services.
ours() { grep -qa 'VoiceOfCustomer\.' "/proc/$1/cmdline" 2>/dev/null; }

pids=()
for pidfile in "$state"/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && ours "$pid"; then
    echo "stop.sh: stopping $(basename "$pidfile" .pid) (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
  rm -f "$pidfile"
done

# Give them 10 s to shut down cleanly, then KILL what is left.
for _ in $(seq 10); do
  left=()
  for pid in "${pids[@]}"; do ours "$pid" && left+=("$pid"); done
  [ "${#left[@]}" -eq 0 ] && break
  sleep 1
done
for pid in "${pids[@]}"; do
  if ours "$pid"; then
    echo "stop.sh: pid $pid still running after 10 s: KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
done

"$here/servers.sh" stop

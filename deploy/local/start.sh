#!/usr/bin/env bash
# Distributed mode on one machine: PostgreSQL + RabbitMQ (servers.sh), then each
# service as its own process talking to them. Stop everything with stop.sh.
#
# Logs: <state>/logs/<name>.log; pid files: <state>/pids/<name>.pid, where <state> is
# ${VOC_STATE_DIR:-deploy/local/.state}. Ports: VOC_PG_PORT, VOC_RABBITMQ_PORT as in
# servers.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${VOC_STATE_DIR:-$repo/deploy/local/.state}"
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac
pg_port="${VOC_PG_PORT:-55432}"
mq_port="${VOC_RABBITMQ_PORT:-45672}"

# name:port of every service; the dll is services/<Name>/bin/Release/net10.0/VoiceOfCustomer.<Name>.dll
services=(Ingestion:5101 Tagging:5102 Prioritization:5103 Review:5104 Portal:5100)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

"$here/servers.sh" start

cd "$repo"
echo "start.sh: building (Release)"
dotnet build VoiceOfCustomer.sln -c Release -v q

mkdir -p "$state/logs" "$state/pids" "$state/keys"

# The first admin: VOC_ADMIN_USER / VOC_ADMIN_PASSWORD, or else a random password made once and kept
# (owner-only) in $state/first-admin.txt. The portal creates the admin only while it has no user at all.
admin_user="${VOC_ADMIN_USER:-admin}"
admin_file="$state/first-admin.txt"
if [ -z "${VOC_ADMIN_PASSWORD:-}" ]; then
  if [ ! -f "$admin_file" ]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$admin_file")
  fi
  VOC_ADMIN_PASSWORD="$(cat "$admin_file")"
fi

# True when the pid file names a live service process (not a stale or reused pid).
alive() { [ -f "$1" ] && grep -qa 'VoiceOfCustomer\.' "/proc/$(cat "$1")/cmdline" 2>/dev/null; }

for entry in "${services[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
  pidfile="$state/pids/$lower.pid"
  bindir="$repo/services/$name/bin/Release/net10.0"
  dll="VoiceOfCustomer.$name.dll"
  [ -f "$bindir/$dll" ] || { echo "start.sh: missing $bindir/$dll" >&2; exit 1; }
  if alive "$pidfile"; then
    echo "start.sh: $name already running (pid $(cat "$pidfile"))"
    continue
  fi
  only_portal=()
  if [ "$name" = Portal ]; then
    only_portal=(Access__FirstAdmin__UserName="$admin_user" Access__FirstAdmin__Password="$VOC_ADMIN_PASSWORD"
      Portal__IngestionApi="http://127.0.0.1:5101")
  fi
  # Run from the output folder: ASP.NET Core takes the current folder as content root,
  # and that is where appsettings*.json are copied. `exec` keeps $! = the dotnet pid.
  (
    cd "$bindir"
    exec env \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Storage__Provider=PostgreSql \
      Storage__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=voc;Password=voc;Database=voc" \
      Bus__Transport=RabbitMq \
      Bus__RabbitMq__Host=127.0.0.1 \
      Bus__RabbitMq__Port="$mq_port" \
      Bus__RabbitMq__Username=voc \
      Bus__RabbitMq__Password=voc \
      Bus__RabbitMq__VirtualHost=/ \
      Access__KeysFolder="$state/keys" \
      "${only_portal[@]}" \
      nohup dotnet "$dll"
  ) >>"$state/logs/$lower.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  echo "start.sh: $name started (pid $!), http://127.0.0.1:$port"
done

# Wait (60 s in all) until every service says it is ready.
deadline=$((SECONDS + 60))
for entry in "${services[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    if ! alive "$state/pids/$lower.pid"; then
      echo "start.sh: $name exited; last lines of $state/logs/$lower.log:" >&2
      tail -n 30 "$state/logs/$lower.log" >&2 || true
      echo "start.sh: run deploy/local/stop.sh to stop the rest" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "start.sh: $name not ready after 60 s; see $state/logs/$lower.log (stop with deploy/local/stop.sh)" >&2
      exit 1
    fi
    sleep 1
  done
done

eval "$("$here/servers.sh" env)"
cat <<EOF

VoiceOfCustomer is running (distributed mode):
  Portal          http://127.0.0.1:5100  (sign in as $admin_user; password: \$VOC_ADMIN_PASSWORD or $admin_file)
  Ingestion       http://127.0.0.1:5101
  Tagging         http://127.0.0.1:5102
  Prioritization  http://127.0.0.1:5103
  Review          http://127.0.0.1:5104
  PostgreSQL      $VOC_TEST_POSTGRES
  RabbitMQ        $VOC_TEST_RABBITMQ
  logs            $state/logs/
  pid files       $state/pids/
Stop with: deploy/local/stop.sh
EOF

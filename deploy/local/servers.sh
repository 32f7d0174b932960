#!/usr/bin/env bash
# Private PostgreSQL 15 and RabbitMQ 3.10 (Debian packages) for the tests and the
# distributed mode, bound to 127.0.0.1 only, with all their state in one folder.
#
#   servers.sh install   install the Debian packages if missing (apt-get), Chromium for the browser tests too
#   servers.sh start     start both (harmless when already running)
#   servers.sh stop      stop both (never fails when they are not running)
#   servers.sh env       print export lines: VOC_TEST_POSTGRES, VOC_TEST_RABBITMQ, VOC_TEST_RABBITMQ_NODE
#
# Settings: VOC_STATE_DIR (default deploy/local/.state), VOC_PG_PORT (55432),
# VOC_RABBITMQ_PORT (45672), VOC_RABBITMQ_DIST_PORT (Erlang distribution, default
# AMQP port + 10000). RabbitMQ's own default, AMQP port + 20000, would be 65672 for
# 45672: not a valid port, so the distribution port is always set explicitly.
# VOC_RABBITMQ_NODE (voc@localhost): another name lets a second broker run beside it.
#
# Measured on this project's 2-core Debian 12 machine: `start` takes about 7 s after a
# `stop` (almost all of it RabbitMQ booting, plus ~0.5 s per rabbitmqctl call), about
# 8.5 s the very first time (initdb, fresh RabbitMQ database) and about 2-3 s when
# both already run (only the idempotent user set-up). `stop` takes about 2-3 s.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${VOC_STATE_DIR:-$repo/deploy/local/.state}"
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac   # other users run from /
pg_port="${VOC_PG_PORT:-55432}"
mq_port="${VOC_RABBITMQ_PORT:-45672}"
mq_dist_port="${VOC_RABBITMQ_DIST_PORT:-$((${mq_port//[^0-9]/} + 10000))}"

pg_bin=/usr/lib/postgresql/15/bin
pg_dir="$state/postgres"     # data/, sock/ and postgres.log, owned by postgres
mq_dir="$state/rabbitmq"     # mnesia/, log/ and config files, owned by rabbitmq
mq_node="${VOC_RABBITMQ_NODE:-voc@localhost}"

log() { echo "servers.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Run a command as root (sudo only when we are not root already).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Run a command as another system user, from / so it never complains about our cwd.
as_user() {
  local user="$1"; shift
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u "$user" -- "$@")
  else
    (cd / && sudo -u "$user" -- "$@")
  fi
}

# Environment for every rabbitmq-server / rabbitmqctl call. The Debian wrappers in
# /usr/sbin switch to user rabbitmq with `su`, which keeps these variables.
mq_env=(
  RABBITMQ_NODENAME="$mq_node"
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  RABBITMQ_NODE_PORT="$mq_port"
  RABBITMQ_DIST_PORT="$mq_dist_port"
  RABBITMQ_MNESIA_BASE="$mq_dir/mnesia"
  RABBITMQ_LOG_BASE="$mq_dir/log"
  RABBITMQ_PID_FILE="$mq_dir/voc.pid"
  # Our own (mostly empty) files, so nothing from /etc/rabbitmq is used.
  RABBITMQ_CONF_ENV_FILE="$mq_dir/rabbitmq-env.conf"
  RABBITMQ_CONFIG_FILE="$mq_dir/rabbitmq.conf"
  RABBITMQ_ADVANCED_CONFIG_FILE="$mq_dir/advanced.config"
  RABBITMQ_ENABLED_PLUGINS_FILE="$mq_dir/enabled_plugins"
  # Any epmd that an Erlang VM (broker or CLI) starts listens on loopback only, and
  # the short-lived CLI nodes bind their distribution port to loopback too.
  ERL_EPMD_ADDRESS=127.0.0.1
  RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
)

mqctl() { as_root env "${mq_env[@]}" rabbitmqctl -n "$mq_node" "$@"; }

pg_running() {
  [ -f "$pg_dir/data/PG_VERSION" ] && as_user postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1
}

mq_running() { mqctl -q ping >/dev/null 2>&1; }

check_ports() {
  [[ "$pg_port" =~ ^[0-9]+$ ]] || die "VOC_PG_PORT must be a number"
  [[ "$mq_port" =~ ^[0-9]+$ ]] || die "VOC_RABBITMQ_PORT must be a number"
  if ! [[ "$mq_dist_port" =~ ^[0-9]+$ ]] || [ "$mq_dist_port" -gt 65535 ]; then
    die "Erlang distribution port $mq_dist_port invalid: set VOC_RABBITMQ_DIST_PORT or a VOC_RABBITMQ_PORT below 55536"
  fi
}

installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }

# The Debian package starts (and enables) a system-wide broker named rabbit@<host> that
# listens on all interfaces. Stop it; there may be no systemd, so ignore failures.
stop_system_rabbitmq() {
  if [ -d /run/systemd/system ]; then
    as_root systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
  fi
  as_root service rabbitmq-server stop >/dev/null 2>&1 || true
  as_root update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true
  # A leftover epmd (e.g. started by the service script or a bare rabbitmqctl) listens
  # on 0.0.0.0. When no Erlang node is registered with it, end it: ours restarts it on
  # 127.0.0.1 only.
  if epmd -names >/dev/null 2>&1 && ! epmd -names 2>/dev/null | grep -q '^name '; then
    as_root epmd -kill >/dev/null 2>&1 || true
  fi
}

cmd_install() {
  local missing=() p
  for p in rabbitmq-server postgresql; do
    installed "$p" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
  # The browser tests drive Debian's Chromium (Playwright never downloads one); about 30 s.
  if [ ! -x /usr/bin/chromium ]; then
    log "installing chromium"
    [ "${#missing[@]}" -gt 0 ] || as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  fi
  [ -x "$pg_bin/pg_ctl" ] || die "$pg_bin/pg_ctl not found: PostgreSQL 15 expected"
  stop_system_rabbitmq
}

start_postgres() {
  as_root mkdir -p "$pg_dir/data" "$pg_dir/sock"
  as_root chown -R postgres:postgres "$pg_dir"
  as_root chmod 700 "$pg_dir/data"
  as_user postgres test -w "$pg_dir/data" \
    || die "user postgres cannot reach $pg_dir: set VOC_STATE_DIR to a folder others can traverse"

  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    log "postgres: initdb"
    # Local socket connections (used by this script as postgres) are trusted; TCP
    # connections need a password.
    as_user postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi

  if pg_running; then
    log "postgres: already running"
  else
    log "postgres: starting on 127.0.0.1:$pg_port"
    # fsync/full_page_writes off: only an OS crash could lose data, fine for a local
    # test server and much faster. A killed postgres process loses nothing.
    as_user postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
      -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_dir/sock -c max_connections=200 -c fsync=off -c full_page_writes=off" \
      start >/dev/null || { tail -n 20 "$pg_dir/postgres.log" >&2; die "postgres did not start"; }
  fi

  local i
  for i in $(seq 60); do
    "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
    [ "$i" -lt 60 ] || die "postgres not ready on 127.0.0.1:$pg_port"
    sleep 1
  done

  # Role and database voc (idempotent). Superuser so tests may create schemas freely.
  as_user postgres "$pg_bin/psql" -q -h "$pg_dir/sock" -p "$pg_port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'voc') THEN
    CREATE ROLE voc LOGIN SUPERUSER PASSWORD 'voc';
  END IF;
END $$;
SELECT 'CREATE DATABASE voc OWNER voc' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'voc')
\gexec
SQL
}

write_rabbitmq_config() {
  as_root mkdir -p "$mq_dir/mnesia" "$mq_dir/log"
  # Written as root into a folder that is chowned to rabbitmq right after.
  as_root tee "$mq_dir/rabbitmq.conf" >/dev/null <<'CONF'
# Written by deploy/local/servers.sh at every start. Listener address and port come from
# RABBITMQ_NODE_IP_ADDRESS / RABBITMQ_NODE_PORT.
distribution.listener.interface = 127.0.0.1
loopback_users.guest = true
log.console = false
log.file.level = info
CONF
  echo '[].' | as_root tee "$mq_dir/enabled_plugins" >/dev/null   # no plugins, no management UI
  echo '[].' | as_root tee "$mq_dir/advanced.config" >/dev/null
  echo '# intentionally empty: keeps /etc/rabbitmq/rabbitmq-env.conf out' \
    | as_root tee "$mq_dir/rabbitmq-env.conf" >/dev/null
  as_root chown -R rabbitmq:rabbitmq "$mq_dir"
  as_user rabbitmq test -w "$mq_dir/mnesia" \
    || die "user rabbitmq cannot reach $mq_dir: set VOC_STATE_DIR to a folder others can traverse"
}

start_rabbitmq() {
  if mq_running; then
    log "rabbitmq: already running"
  else
    stop_system_rabbitmq
    write_rabbitmq_config
    log "rabbitmq: starting on 127.0.0.1:$mq_port"
    mkdir -p "$state/logs"
    # In the background, detached from our session; the wrapper runs it as rabbitmq.
    nohup setsid env "${mq_env[@]}" rabbitmq-server \
      >"$state/logs/rabbitmq-console.log" 2>&1 </dev/null &
    local pid=$! deadline=$((SECONDS + 60))
    # await_startup fails at once while the node is not registered yet, so retry.
    until mqctl -q await_startup --timeout 10 >/dev/null 2>&1; do
      if ! kill -0 "$pid" 2>/dev/null; then
        tail -n 30 "$state/logs/rabbitmq-console.log" >&2 || true
        die "rabbitmq-server exited; logs in $mq_dir/log and $state/logs"
      fi
      [ "$SECONDS" -lt "$deadline" ] || die "rabbitmq not up after 60 s; logs in $mq_dir/log"
      sleep 1
    done
  fi

  # User voc/voc, administrator, full rights on vhost / (idempotent).
  if mqctl -q list_users 2>/dev/null | grep -q '^voc[[:space:]]'; then
    mqctl -q change_password voc voc >/dev/null
  else
    mqctl -q add_user voc voc >/dev/null
  fi
  mqctl -q set_user_tags voc administrator >/dev/null
  mqctl -q set_permissions -p / voc '.*' '.*' '.*' >/dev/null
}

cmd_start() {
  check_ports
  mkdir -p "$state"
  chmod 755 "$state"
  start_postgres
  start_rabbitmq
  log "ready: postgres 127.0.0.1:$pg_port, rabbitmq 127.0.0.1:$mq_port (state in $state)"
}

cmd_stop() {
  if pg_running; then
    log "postgres: stopping"
    as_user postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 60 stop >/dev/null || true
  fi
  if mq_running; then
    log "rabbitmq: stopping"
    # With the pid file, `stop` waits until the Erlang VM has exited.
    mqctl -q stop "$mq_dir/voc.pid" >/dev/null 2>&1 || true
  fi
  # The epmd our broker started outlives it; end it when no node uses it any more.
  if epmd -names >/dev/null 2>&1 && ! epmd -names 2>/dev/null | grep -q '^name '; then
    as_root epmd -kill >/dev/null 2>&1 || true
  fi
}

cmd_env() {
  check_ports
  echo "export VOC_TEST_POSTGRES=\"Host=127.0.0.1;Port=$pg_port;Username=voc;Password=voc;Database=voc\""
  echo "export VOC_TEST_RABBITMQ=\"amqp://voc:voc@127.0.0.1:$mq_port/\""
  echo "export VOC_TEST_RABBITMQ_NODE=\"$mq_node\""
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  *) echo "usage: $0 install|start|stop|env" >&2; exit 2 ;;
esac

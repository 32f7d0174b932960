#!/usr/bin/env bash
# PostgreSQL + RabbitMQ for the `distributed` benchmark, apart from the ones tests/run.sh starts and
# stops (other work may run tests at the same time on this machine): deploy/local/servers.sh with its
# own state folder, ports and RabbitMQ node name (servers.sh names its node voc@localhost, and two
# brokers cannot register one name).
#
#   bench-servers.sh start|stop|env      (same meaning as deploy/local/servers.sh)
#
# Defaults: state /tmp/voc-bench-state, PostgreSQL 55532, RabbitMQ 45772 (node vocbench@localhost).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export VOC_STATE_DIR="${VOC_BENCH_STATE_DIR:-/tmp/voc-bench-state}"
export VOC_PG_PORT="${VOC_BENCH_PG_PORT:-55532}"
export VOC_RABBITMQ_PORT="${VOC_BENCH_RABBITMQ_PORT:-45772}"
mkdir -p "$VOC_STATE_DIR"
chmod 755 "$VOC_STATE_DIR"

# The same script with another node name; regenerated every time so it follows servers.sh.
sed 's/^mq_node=voc@localhost$/mq_node=vocbench@localhost/' "$repo/deploy/local/servers.sh" >"$VOC_STATE_DIR/servers.sh"
grep -q '^mq_node=vocbench@localhost$' "$VOC_STATE_DIR/servers.sh" \
  || { echo "bench-servers.sh: servers.sh no longer sets mq_node=voc@localhost; update this script" >&2; exit 1; }
exec bash "$VOC_STATE_DIR/servers.sh" "$@"

#!/usr/bin/env bash
# PostgreSQL + RabbitMQ for the `distributed` benchmark, apart from the ones tests/run.sh starts and
# stops (other work may run tests at the same time on this machine): deploy/local/servers.sh with its
# own state folder, ports and RabbitMQ node name (two brokers cannot register one name).
#
#   bench-servers.sh start|stop|env      (same meaning as deploy/local/servers.sh)
#
# Defaults: state /tmp/voc-bench-state, PostgreSQL 55532, RabbitMQ 45772 (node vocbench@localhost).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export VOC_STATE_DIR="${VOC_BENCH_STATE_DIR:-/tmp/voc-bench-state}"
export VOC_PG_PORT="${VOC_BENCH_PG_PORT:-55532}"
export VOC_RABBITMQ_PORT="${VOC_BENCH_RABBITMQ_PORT:-45772}"
export VOC_RABBITMQ_NODE="${VOC_BENCH_RABBITMQ_NODE:-vocbench@localhost}"
mkdir -p "$VOC_STATE_DIR"
chmod 755 "$VOC_STATE_DIR"

exec "$repo/deploy/local/servers.sh" "$@"

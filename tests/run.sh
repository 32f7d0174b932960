#!/usr/bin/env bash
# THE one command that runs every test:
#   tests/run.sh [extra dotnet test arguments, e.g. --filter Category=Fast]
# Installs and starts PostgreSQL + RabbitMQ (deploy/local/servers.sh), runs
# `dotnet test` on the solution against them, always stops them, and ends with
# exactly one summary line: `N passed, N failed, N skipped`.
# Exit status: non-zero when a test failed or `dotnet test` itself failed.
set -euo pipefail

started=$SECONDS
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
servers="$repo/deploy/local/servers.sh"
state="${VOC_STATE_DIR:-$repo/deploy/local/.state}"
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac
results="$state/test-results"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Sums the <Counters .../> of every .trx file in $1 and prints "passed failed skipped".
# failed = failed + error + timeout + aborted. skipped = notExecuted + inconclusive, or
# total - passed - failed when larger: the VSTest trx logger counts an ignored NUnit test
# in total but not in executed, and leaves notExecuted at 0.
trx_totals() {
  local passed=0 failed=0 skipped=0 file counters p f s
  # attr NAME: the number in NAME="..." of $counters, 0 when absent.
  attr() { printf '%s' "$counters" | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" | grep . || echo 0; }
  while IFS= read -r file; do
    # The element may be spread over lines: join them first.
    counters="$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[[:space:]][^>]*>' | head -n 1 || true)"
    [ -n "$counters" ] || continue
    p=$(attr passed)
    f=$(($(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
    s=$(($(attr notExecuted) + $(attr inconclusive)))
    [ $(($(attr total) - p - f)) -le "$s" ] || s=$(($(attr total) - p - f))
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  done < <(find "$1" -type f -name '*.trx' 2>/dev/null)
  echo "$passed $failed $skipped"
}

# Lets the parsing be checked on its own: tests/run.sh --parse-trx FOLDER
if [ "${1:-}" = "--parse-trx" ]; then
  read -r p f s < <(trx_totals "${2:?folder}")
  echo "$p passed, $f failed, $s skipped"
  exit 0
fi

cd "$repo"

# Whatever happens from here on, the servers are stopped (also on Ctrl-C or an error).
trap '"$servers" stop' EXIT

test_rc=0 servers_failed=0
# A test project left out of the solution would silently never run: that is a failure.
missing_projects=0
while IFS= read -r project; do
  if ! grep -qF "$(basename "$project")" VoiceOfCustomer.sln; then
    echo "tests/run.sh: $project is not in VoiceOfCustomer.sln (dotnet sln add it)" >&2
    missing_projects=1
  fi
done < <(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*')

if "$servers" install && "$servers" start; then
  eval "$("$servers" env)"
  export VOC_TEST_REQUIRE_SERVERS=1
  # axe-core for the browser tests' accessibility checks (Chromium comes with `servers.sh install`).
  npm ci --prefix tests/VoiceOfCustomer.Browser.Tests/axe --no-audit --no-fund --loglevel=error >/dev/null \
    || echo "tests/run.sh: npm ci of axe-core failed: the accessibility tests will fail" >&2
  rm -rf "$results"
  mkdir -p "$results"
  dotnet test VoiceOfCustomer.sln -c Release --logger trx --results-directory "$results" "$@" \
    || test_rc=$?
else
  echo "tests/run.sh: the servers did not start: no test was run" >&2
  test_rc=1 servers_failed=1
  rm -rf "$results"   # no stale results from an earlier run
fi

# Stop now, not in the trap, so that nothing is printed after the summary line.
"$servers" stop || true
trap - EXIT

read -r passed failed skipped < <(trx_totals "$results")
# A build error (or any other failure of dotnet test) counts as at least one failure.
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  [ "$servers_failed" -eq 1 ] || echo "tests/run.sh: dotnet test exited with status $test_rc" >&2
  failed=1
fi

if [ "$missing_projects" -eq 1 ]; then
  failed=$((failed + 1)) test_rc=1
fi

if [ "$servers_failed" -eq 0 ] && ! find "$results" -name '*.trx' 2>/dev/null | grep -q .; then
  echo "tests/run.sh: warning: no .trx results at all (no test project in the solution?)" >&2
fi

echo "elapsed: $((SECONDS - started)) s"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$test_rc" -eq 0 ]

# Sourced by the bench scripts with their arguments: [seconds=10] [connections=64].
# Runs from the repository root with wrk at hand and a fresh build, and picks a data dir
# and a port for the gateway; each script sets its own EXIT trap for them.
# WAG_BENCH_BUILD_DIR (default build) points at another build tree, e.g. a profiling build
# next to the developers' own; a tree other than build/ is rebuilt with cmake --build only.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=${1:-10}
connections=${2:-64}
build=${WAG_BENCH_BUILD_DIR:-build}

command -v wrk >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq wrk >/dev/null; }
if [ -z "${WAG_BENCH_NO_BUILD:-}" ]; then
  if [ "$build" = build ]; then scripts/build.sh >/dev/null; else cmake --build "$build" >/dev/null; fi
fi

data=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))

# CPU accounting, so a ratio can be explained rather than only reported: CPU seconds the
# gateway spent (user + system, all threads) and the machine's busy and total time, in
# clock ticks, read before and after a load phase.
clk_tck=$(getconf CLK_TCK)
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
machine_ticks() { awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8; print busy, busy + $5 + $6}' /proc/stat; }
# Prints "<gateway µs of CPU per request> <machine busy %>" for a phase, given the
# before/after readings and the number of requests served.
cpu_per_request() {
  local g0=$1 g1=$2 b0=$3 t0=$4 b1=$5 t1=$6 requests=$7
  awk -v g=$((g1 - g0)) -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v n="$requests" -v hz="$clk_tck" \
    'BEGIN { printf "%.0f %.0f\n", (n > 0) ? (g * 1e6 / hz / n) : 0, (t > 0) ? (100 * b / t) : 0 }'
}

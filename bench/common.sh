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

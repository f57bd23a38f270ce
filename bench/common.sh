# Sourced by the bench scripts with their arguments: [seconds=10] [connections=64].
# Runs from the repository root with wrk at hand and a fresh build, and picks a data dir
# and a port for the gateway; each script sets its own EXIT trap for them.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=${1:-10}
connections=${2:-64}

command -v wrk >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq wrk >/dev/null; }
[ -n "${WAG_BENCH_NO_BUILD:-}" ] || scripts/build.sh >/dev/null

data=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))

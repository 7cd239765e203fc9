# Shared by benchmarks/coldstart and benchmarks/compare (sourced, not run): the build lock, a base
# commit's benchmarks jar, and the loopback server.

# Re-runs the calling script under the machine-wide build lock (/tmp/mvn.lock), once.
hold_build_lock() {
  if [ -z "${BENCH_LOCK_HELD:-}" ] && command -v flock >/dev/null 2>&1; then
    export BENCH_LOCK_HELD=1
    echo "$(basename "$0"): waiting for /tmp/mvn.lock (no other build may run during the measurements)"
    exec flock /tmp/mvn.lock "$0" "$@"
  fi
}

# base_jar SHA OUT: builds SHA's benchmarks jar in a temporary git worktree, unless OUT exists.
base_jar() {
  local sha=$1 out=$2 worktree
  [ -s "$out" ] && return 0
  echo "== build $sha in a temporary worktree"
  worktree=$(mktemp -d)
  git worktree add -q --detach "$worktree" "$sha"
  (cd "$worktree" && mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests) \
    || { git worktree remove --force "$worktree"; echo "$(basename "$0"): $sha does not build" >&2; exit 1; }
  cp "$worktree/benchmarks/target/benchmarks.jar" "$out"
  git worktree remove --force "$worktree"
}

# start_server JAR RESULTS THREADS: starts LoopbackServer, stopped on exit; sets $port.
start_server() {
  local jar=$1 results=$2 threads=$3
  rm -f "$results/server.port"
  java -cp "$jar" dev.switchboard.bench.LoopbackServer --port-file "$results/server.port" --threads "$threads" \
    --max-seconds 7200 --warmup-seconds 2 > "$results/server.log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    [ -s "$results/server.port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$results/server.log"; exit 1; }
    sleep 0.2
  done
  port=$(cat "$results/server.port")
}

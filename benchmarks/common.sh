# Shared pieces of benchmarks/run and benchmarks/run-reload; sourced, not run.
#
# Expects ROOT (the repository root, the working directory) and OUT (target/benchmarks) to be set.
# Every process started through start_service or track_pid is stopped on exit, on Ctrl-C and on an
# error; every folder added to TEMP_DIRS is removed (after copying the service logs into $OUT).

RESULTS=$ROOT/benchmarks/RESULTS.md

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# --- cleanup: stop exactly the processes the script started ---
PIDS=()
TEMP_DIRS=()
track_pid() { PIDS+=("$1"); }
stop_pid() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "process $pid did not stop within 15 s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local pid dir
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    for dir in "${TEMP_DIRS[@]}"; do
        # keep the services' logs for a look afterwards
        for log in "$dir"/run-*/service.log; do
            if [ -f "$log" ]; then cp "$log" "$OUT/service-$(basename "$(dirname "$log")").log" || true; fi
        done
        rm -rf "$dir"
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools and build ---
ensure_tools() {
    local missing=() SUDO=
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    if ((${#missing[@]})); then
        log "installing ${missing[*]} (Debian packages)"
        [ "$(id -u)" -eq 0 ] || SUDO=sudo
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    command -v javac >/dev/null 2>&1 || die "a JDK 17+ is needed (javac not found)"
}

# Builds the service (target/quarkus-app and the plain jar in ~/.m2) and benchmarks/jmh; sets JMH_CP
# (with this tree's target/classes in place of the service jar from ~/.m2, which another build on the
# machine may have replaced meanwhile) and H2_JAR, and writes the wrk scripts (post-assessments.lua,
# get-questionnaire.lua) into $OUT.
build() {
    mkdir -p "$OUT"
    log "building the service: ./mvnw -q -DskipTests install (packages target/quarkus-app as well)"
    ./mvnw -q -DskipTests install
    [ -f target/quarkus-app/quarkus-run.jar ] || die "target/quarkus-app/quarkus-run.jar was not built"
    log "building the JMH project: ./mvnw -q -f benchmarks/jmh/pom.xml package dependency:build-classpath"
    ./mvnw -q -f benchmarks/jmh/pom.xml -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile="$OUT/jmh-classpath.txt"
    JMH_CP="$ROOT/benchmarks/jmh/target/classes:$(tr ':' '\n' <"$OUT/jmh-classpath.txt" \
        | sed -E "s#^.*/app/commerceadvisor/commerce-advisor/[^/]+/commerce-advisor-[^/]+\.jar\$#$ROOT/target/classes#" \
        | paste -sd:)"
    [[ ":$JMH_CP:" == *":$ROOT/target/classes:"* ]] || die "the service jar is not on the JMH classpath"
    H2_JAR=$(tr ':' '\n' <"$OUT/jmh-classpath.txt" | grep -E '/com/h2database/h2/[^/]+/h2-[^/]+\.jar$' | head -n 1)
    [ -n "$H2_JAR" ] || die "no H2 jar on the service's dependency classpath"
    log "writing the wrk scripts from knowledge-base/scenarios/*.yaml"
    java -cp "$JMH_CP" app.commerceadvisor.benchmarks.WrkScripts "$ROOT/knowledge-base/scenarios" "$OUT" >&2
    MERCHANTS=$(grep -c '^   "{' "$OUT/post-assessments.lua")
}

# --- the service ---
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port
    for port in $(seq 18480 18580); do
        port_in_use "$port" || { echo "$port"; return; }
    done
    die "no free port in 18480-18580"
}
now_ns() { date +%s%N; }
ready_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/q/health/ready" || true; }

# start_service DIR PORT RULES KNOWLEDGE_BASE [-Dmore=...]: launches the packaged jar in DIR (its H2 file
# is DIR/data/advisor.mv.db); sets SERVICE_PID and STARTUP_MS (launch -> first ready 200)
start_service() {
    local dir=$1 port=$2 rules=$3 knowledge_base=$4 started code
    shift 4
    mkdir -p "$dir"
    started=$(now_ns)
    (cd "$dir" && exec java \
        -Dadvisor.content.rules="$rules" \
        -Dadvisor.content.knowledge-base="$knowledge_base" \
        -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.http.port="$port" \
        -Dadvisor.first-trainer.username=bench-trainer \
        -Dadvisor.first-trainer.password=bench-trainer-password \
        "$@" \
        -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$dir/service.log" 2>&1) &
    SERVICE_PID=$!
    track_pid "$SERVICE_PID"
    while :; do
        code=$(ready_code "$port")
        [ "$code" = 200 ] && break
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$dir/service.log" >&2; die "the service exited during start-up (log above)"; }
        (( $(now_ns) - started < 90000000000 )) || die "the service was not ready within 90 s; see $dir/service.log"
        sleep 0.02
    done
    STARTUP_MS=$(( ($(now_ns) - started) / 1000000 ))
}
# sign_in PORT: signs in once as the benchmark's trainer and prints the Cookie header value of the session
sign_in() {
    local cookie
    cookie=$(curl -s -D - -o /dev/null -d j_username=bench-trainer -d j_password=bench-trainer-password \
        "http://127.0.0.1:$1/j_security_check" | tr -d '\r' | grep -i '^set-cookie: quarkus-credential=' \
        | head -n 1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
    [ -n "$cookie" ] || die "signing in at http://127.0.0.1:$1/j_security_check gave no session cookie"
    printf '%s' "$cookie"
}
# quarkus_started DIR: the "started in Xs" Quarkus logged, in seconds
quarkus_started() {
    local value=
    for _ in $(seq 1 50); do
        value=$(grep -oE 'started in [0-9.]+s' "$1/service.log" | head -n 1 | grep -oE '[0-9.]+' || true)
        [ -n "$value" ] && break
        sleep 0.1
    done
    echo "${value:-?}"
}
# h2_query DIR SQL: the first number the query prints, on the H2 file of a stopped service started in DIR
h2_query() {
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/data/advisor" \
        -user advisor -password advisor -sql "$2" | grep -E '^[0-9]+$' | head -n 1
}

# wrk_run NAME SCRIPT DURATION: runs wrk against $BASE with the WRK_* settings -> the BENCH line
wrk_run() {
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$3" --timeout "$WRK_TIMEOUT" -s "$2" "$BASE" >"$OUT/wrk-$1.log" 2>&1 \
        || { cat "$OUT/wrk-$1.log" >&2; die "wrk failed ($1)"; }
    grep -m 1 '^BENCH ' "$OUT/wrk-$1.log" || die "no BENCH line in $OUT/wrk-$1.log"
}

# --- figures ---
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; }   # field KEY "BENCH line"
goal() { if awk -v v="$1" -v g="$3" "BEGIN { exit !(v $2 g) }"; then echo met; else echo MISSED; fi; }
errors_cell() { # NON2XX SOCKET
    if [ "$1" = 0 ] && [ "$2" = 0 ]; then echo "0 / 0"; else echo "**$1 / $2 — FLAGGED: the run had errors**"; fi
}

# jmh_summary JSON: JMH's result file -> $JMH_SUMMARY (name, median, mean, p99, unit, mode, max), read by jmh
JMH_SUMMARY=$OUT/jmh-summary.tsv
jmh_summary() { java -cp "$JMH_CP" app.commerceadvisor.benchmarks.JmhSummary "$1" >"$JMH_SUMMARY"; }
jmh() { awk -F'\t' -v name="$1" -v column="$2" '$1 == name { print $column }' "$JMH_SUMMARY"; }
jmh_cell() { # NAME UNIT -> "median / mean UNIT"
    printf '%s / %s %s' "$(awk -v v="$(jmh "$1" 2)" 'BEGIN { printf "%.1f", v }')" \
        "$(awk -v v="$(jmh "$1" 3)" 'BEGIN { printf "%.1f", v }')" "$2"
}

# --- the section of RESULTS.md ---
# machine_facts: sets COMMIT, MACHINE, LOAD_END, BUSY, OTHER_JAVA (LOAD_START is read by the caller at its start)
machine_facts() {
    COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    [ -z "$(git status --porcelain 2>/dev/null)" ] || COMMIT="$COMMIT + uncommitted changes"
    local cpu mem java
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    java=$(java -version 2>&1 | head -n 1)
    MACHINE="$(nproc) cores, $cpu, $mem, $java, kernel $(uname -r)"
    LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
    BUSY=
    if awk -v start="${LOAD_START%% *}" -v end="${LOAD_END%% *}" -v cores="$(nproc)" 'BEGIN { exit !(start > cores || end > cores) }'; then
        BUSY=" — **the machine was busy (1-minute load above $(nproc)): these figures are skewed**"
    fi
    OTHER_JAVA=$(pgrep -x java | wc -l || true)
}

# append_section TEXT: appends to benchmarks/RESULTS.md (written with its header when missing) and prints it
append_section() {
    if [ ! -f "$RESULTS" ]; then
        cat >"$RESULTS" <<'EOF'
# Benchmark results

Appended by `benchmarks/run` and `benchmarks/run-reload` (from the repository root; see
benchmarks/README.md), one dated section a run, newest last. Every figure of a run comes from that one
run on the machine it names; compare runs on the same machine only, and mind the load average: the
machine has 2 cores, and anything else running skews every figure.
EOF
    fi
    printf '%s\n' "$1" >>"$RESULTS"
    printf '%s\n' "$1"
}

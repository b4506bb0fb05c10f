#!/usr/bin/env bash
# The README's figures table: runs load-figures.sh and answer-cost.sh (Redis) several times, one
# after the other, and prints one Markdown row per figure with every run's result, date and load
# average, and as the table's figure the worst of the runs (the lowest rate, the most bytes, the
# slowest rush). Run it on a quiet machine: it measures whatever else runs too.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   benchmarks/figures-table.sh [runs (3)] [candidates (5000)] [steady seconds (90)] [rush candidates (10000)]
# Each run's raw output (and a failed run's error) is kept in the directory printed first.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
CANDIDATES=${2:-5000}
SECONDS_STEADY=${3:-90}
RUSH=${4:-10000}
OUT=$(mktemp -d -t figures-XXXX)
echo "raw output: $OUT" >&2
for run in $(seq "$RUNS"); do
  echo "run $run of $RUNS: load-figures.sh, then answer-cost.sh redis" >&2
  # A run that fails leaves its figures out: the table says so.
  benchmarks/load-figures.sh "$CANDIDATES" "$SECONDS_STEADY" "$RUSH" > "$OUT/figures-$run.txt" \
    || echo "run $run: load-figures.sh failed, see $OUT/figures-$run.txt" >&2
  { echo "== AOF bytes per answer"
    echo "command: benchmarks/answer-cost.sh redis $CANDIDATES"
    benchmarks/answer-cost.sh redis "$CANDIDATES"; } > "$OUT/cost-$run.txt" 2>&1 \
    || echo "run $run: answer-cost.sh failed, see $OUT/cost-$run.txt" >&2
done
python3 - "$OUT" "$RUNS" <<'PY'
import json, re, sys
out, runs = sys.argv[1], int(sys.argv[2])

def sections(path):
    """{title: {"date", "load", "command", "json"}} from a script's '== title' sections."""
    found, current = {}, None
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("== "):
            current = found.setdefault(line[3:], {})
        elif current is None:
            continue
        elif line.startswith("date: "):
            current["date"] = re.search(r"date: (\S+?)(Z|;)", line).group(1).replace("T", " ")
            current["load"] = re.search(r"load average: ([\d.]+)", line).group(1)
        elif line.startswith("command: "):
            current["command"] = re.sub(r"(127\.0\.0\.1:)\d+", r"\1PORT", line[9:])
            current["command"] = re.sub(r"--(staff-token|server-pid) \S+", r"--\1 …", current["command"])
        elif line.startswith("{"):
            current["json"] = json.loads(line)
    return found

# figure: (title prefix in the output, headline, worst of the runs, a run's cell)
FIGURES = [
    ("bare endpoint, same client", "ceiling:", "requestsPerSecond", min,
     lambda j: f"{j['requestsPerSecond']:,.0f} requests/s, p99 {j['p99Millis']} ms"),
    ("memory store, steady", "steady state, memory", "steadyAnswersPerSecond", min,
     lambda j: f"{j['steadyAnswersPerSecond']:,.0f} answers/s, p99 {j['p99Millis']} ms,"
               f" {j['heapPerCandidateBytes']:,} B heap per candidate, {j['errorCount']} errors"),
    ("Redis appendfsync always, steady", "steady state, Redis", "steadyAnswersPerSecond", min,
     lambda j: f"{j['steadyAnswersPerSecond']:,.0f} answers/s, p99 {j['p99Millis']} ms,"
               f" {j['errorCount']} errors"),
    ("AOF bytes per answer, Redis", "AOF bytes per answer", "aofBytesPerAnswer", max,
     lambda j: f"{j['aofBytesPerAnswer']:,} B"),
    ("morning rush, Redis", "morning rush", "lastStartSeconds", max,
     lambda j: f"{j['started']:,} of {j['candidates']:,} started within {j['lastStartSeconds']} s"),
    ("two servers on one Redis", "scale-out", "steadyAnswersPerSecond", min,
     lambda j: f"{j['steadyAnswersPerSecond']:,.0f} answers/s, p99 {j['p99Millis']} ms,"
               f" {j['errorCount']} errors" + against_one_server(j)),
]

def against_one_server(two):
    """How the two servers compare with one on the same Redis, in the same run."""
    one = two.get("oneServerAnswersPerSecond")
    return f", {100 * (two['steadyAnswersPerSecond'] / one - 1):+.0f} % against one server" if one else ""

results = [{**sections(f"{out}/figures-{run}.txt"), **sections(f"{out}/cost-{run}.txt")}
           for run in range(1, runs + 1)]
for result in results:
    one = next((s["json"] for t, s in result.items() if t.startswith("steady state, Redis") and "json" in s), None)
    for t, s in result.items():
        if t.startswith("scale-out") and "json" in s and one:
            s["json"]["oneServerAnswersPerSecond"] = one["steadyAnswersPerSecond"]
print("| figure | command | " + " | ".join(f"run {r}" for r in range(1, runs + 1))
      + " | figure (worst run) |")
print("|---|---|" + "---|" * runs + "---|")
for name, prefix, headline, worst, cell in FIGURES:
    measured = [next((s for t, s in result.items() if t.startswith(prefix) and "json" in s), None)
                for result in results]
    done = [m for m in measured if m is not None]
    if not done:
        print(f"| {name} | | " + "not measured | " * runs + " |")
        continue
    cells = [f"{cell(m['json'])} ({m['date']} UTC, load {m['load']})" if m else "failed"
             for m in measured]
    figure = worst(done, key=lambda m: m["json"][headline])
    failed = f" ({runs - len(done)} of {runs} runs failed)" if len(done) < runs else ""
    print(f"| {name} | `{done[0]['command']}` | " + " | ".join(cells)
          + f" | **{cell(figure['json'])}**{failed} |")
PY

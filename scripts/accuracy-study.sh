#!/usr/bin/env bash
# Compares certamen with pix-v3 on unseen generated banks: for each bank shape and seed 1..N, a
# fresh 900-item bank (bank seed = seed), 2,200 abilities from the wide population, run through
# both designs for the standard and the accessible pool. Prints the README's table.
# Usage: scripts/accuracy-study.sh [SEEDS] [extra simulate options...]   (build first:
#   mvn -B -q -pl engine -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-10}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that a rebuild during the study cannot change or break the runs.
jar="$work/engine.jar"
cp engine/target/engine.jar "$jar"

declare -A shapes=(
  [issue]="--tubes-per-competence 6-9 --accessible-share 0.8"
  [spread-a]="--tubes-per-competence 6-9 --accessible-share 0.8 --discrimination-spread 0.45"
  [narrow-b]="--tubes-per-competence 8-12 --accessible-share 0.8 --difficulty-spread 2.5"
)
for shape in issue spread-a narrow-b; do
  for seed in $(seq 1 "$seeds"); do
    bank="$work/$shape-$seed.json"
    # shellcheck disable=SC2086
    java -jar "$jar" generate-bank --items 900 --seed "$seed" --out "$bank" ${shapes[$shape]} >/dev/null
    for pool in standard accessible; do
      flag=""
      [ "$pool" = accessible ] && flag="--accessible"
      for design in pix-v3 certamen; do
        # shellcheck disable=SC2086
        java -jar "$jar" simulate --bank "$bank" --design "$design" --candidates 2200 \
          --seed "$seed" --population wide $flag --json "$@" \
          > "$work/$shape-$pool-$design-$seed.json"
      done
    done
  done
done

python3 - "$work" "$seeds" <<'PY'
import json, sys
work, seeds = sys.argv[1], int(sys.argv[2])
print("| bank shape | pool | mean RMSE ratio | wins / %d | max exposure (certamen / pix-v3) | "
      "min competences | SE / RMSE | worst band ratio |" % seeds)
print("|---|---|---|---|---|---|---|---|")
for shape in ["issue", "spread-a", "narrow-b"]:
    for pool in ["standard", "accessible"]:
        ratios, wins, exp_c, exp_p, comps, se = [], 0, 0, 0, 16, []
        band_c, band_p = {}, {}
        for s in range(1, seeds + 1):
            p = json.load(open(f"{work}/{shape}-{pool}-pix-v3-{s}.json"))
            c = json.load(open(f"{work}/{shape}-{pool}-certamen-{s}.json"))
            ratios.append(c["rmse"] / p["rmse"])
            wins += c["rmse"] < p["rmse"]
            exp_c, exp_p = max(exp_c, c["maxExposure"]), max(exp_p, p["maxExposure"])
            comps = min(comps, c["minCompetencesCovered"])
            se.append(c["standardErrorRatio"])
            for bc, bp in zip(c["bands"], p["bands"]):
                if bc["n"]:
                    band_c.setdefault(bc["label"], []).append(bc["rmse"] ** 2 * bc["n"])
                    band_p.setdefault(bp["label"], []).append((bp["rmse"] ** 2 * bp["n"]))
        worst = max((sum(band_c[l]) / sum(band_p[l])) ** 0.5 for l in band_c)
        print(f"| {shape} | {pool} | {sum(ratios) / len(ratios):.3f} | {wins} | "
              f"{exp_c:.3f} / {exp_p:.3f} | {comps} | {min(se):.2f}–{max(se):.2f} | {worst:.3f} |")
PY

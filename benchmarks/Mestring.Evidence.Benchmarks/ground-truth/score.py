"""Scores run.sh output against the truth: planted (method, outcome) pairs covered by the 95 % interval, weak providers
flagged, others flagged, and the pooled z = (estimate - truth) / se per outcome. usage: score.py OUT_DIR"""
import collections, glob, json, os, statistics, sys

zs = collections.defaultdict(list)
covered_all = total_all = 0
for d in sorted(glob.glob(os.path.join(sys.argv[1], "s*")), key=lambda p: int(p.rsplit("s", 1)[1])):
    if not all(os.path.getsize(os.path.join(d, f)) > 0 if os.path.exists(os.path.join(d, f)) else False
               for f in ("truth.json", "methods.json", "bench.json")):
        continue  # an unfinished run
    truth = json.load(open(os.path.join(d, "truth.json")))
    rows = {(r["method"], r["outcome"]): r for r in json.load(open(os.path.join(d, "methods.json")))}
    misses, total = [], 0
    for e in truth["methodEffects"]:
        if e["method"] == "CAU":
            continue
        total += 1
        r = rows.get((e["method"], e["outcome"]))
        if r is None or r["ciLow"] is None or not r["ciLow"] <= e["trueEffect"] <= r["ciHigh"]:
            misses.append(f'{e["method"]} / {e["outcome"]}')
        if r is not None and r["se"]:
            zs[e["outcome"]].append((r["estimate"] - e["trueEffect"]) / r["se"])
    weak = {p["providerId"] for p in truth["providerEffects"] if p["weak"]}
    providers = {p["providerId"]: p for p in json.load(open(os.path.join(d, "bench.json")))}
    weak_flagged = sum(1 for w in weak if w in providers and providers[w]["flagged"])
    others = [p for p in providers if p not in weak]
    others_flagged = sum(1 for p in others if providers[p]["flagged"])
    covered_all += total - len(misses)
    total_all += total
    verdict = "pass" if total - len(misses) >= 0.9 * total and weak_flagged == len(weak) and others_flagged <= 0.1 * len(others) else "FAIL"
    print(f"{os.path.basename(d)}: methods {total - len(misses)}/{total}, weak flagged {weak_flagged}/{len(weak)}, "
          f"others flagged {others_flagged}/{len(others)} {verdict}; misses: {', '.join(misses) or '-'}")
print(f"planted pairs covered {covered_all}/{total_all}")
for outcome, z in zs.items():
    print(f"{outcome}: rows {len(z)}, mean z {statistics.mean(z):+.2f}, SD z {statistics.pstdev(z):.2f}, misses {sum(abs(x) > 1.96 for x in z)}")

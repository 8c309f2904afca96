#!/usr/bin/python3
"""Vectorised numpy reference for the Monte Carlo of an investment case (issue 16: Mestring should be at least twice
as fast as numpy). Same model shape as src/Engines/Mestring.Economics/MonteCarlo/DrawModel.cs — NPV per draw is
-PV(costs) - sum_e change_e * DQ_e * U_o(e), with U_o = fixed unit costs + the uncertain ones (se * normal) — for a
case of OUTCOMES outcomes priced for HOLDERS budget holders, every price and every effect uncertain (the benchmark case
TenYearsTwentyOutcomesFourHolders: 20 outcomes, 4 holders). Draws are processed in chunks to bound memory.

    /usr/bin/python3 scripts/benchmarks/montecarlo_numpy.py [draws=2000000] [outcomes=20] [holders=4] [repeats=3]

Prints the best wall and CPU time of the repeats. Debian: apt-get install python3-numpy.
"""
import sys
import time

import numpy as np

draws = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
outcomes = int(sys.argv[2]) if len(sys.argv) > 2 else 20
holders = int(sys.argv[3]) if len(sys.argv) > 3 else 4
repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
chunk = 250_000

rng0 = np.random.default_rng(1)
price_outcome = np.repeat(np.arange(outcomes), holders)            # one price per outcome and holder
unit_cost = rng0.uniform(1_000, 50_000, outcomes * holders)
price_se = unit_cost * 0.1
fixed = np.bincount(price_outcome, weights=unit_cost, minlength=outcomes)
scatter = np.zeros((outcomes * holders, outcomes))
scatter[np.arange(outcomes * holders), price_outcome] = price_se       # normals -> unit-cost deviations per outcome
effect_outcome = np.arange(outcomes)
change = rng0.uniform(-0.3, -0.01, outcomes)
change_se = np.abs(change) * 0.4
discounted_quantity = rng0.uniform(5, 200, outcomes)
pv_costs = 1_000_000.0


def simulate(seed):
    rng = np.random.default_rng(seed)
    npv = np.empty(draws)
    for start in range(0, draws, chunk):
        n = min(chunk, draws - start)
        units = fixed + rng.standard_normal((n, outcomes * holders)) @ scatter
        changes = change + change_se * rng.standard_normal((n, outcomes))
        npv[start:start + n] = -pv_costs - (changes * discounted_quantity * units[:, effect_outcome]).sum(axis=1)
    return npv


best_wall, best_cpu = float("inf"), float("inf")
for r in range(repeats):
    w0, c0 = time.perf_counter(), time.process_time()
    result = simulate(r + 1)
    np.percentile(result, [5, 50, 95])
    best_wall = min(best_wall, time.perf_counter() - w0)
    best_cpu = min(best_cpu, time.process_time() - c0)
print(f"numpy {np.__version__}: {draws:,} draws, {outcomes} outcomes x {holders} holders: "
      f"best of {repeats}: {best_wall:.3f} s wall, {best_cpu:.3f} s CPU (incl. p05/p50/p95)")

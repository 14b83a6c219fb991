#!/usr/bin/env python3
"""Projected data-parallel scaling of Catena's flat communicator with the ring-allreduce model.

Per training step of one rank (weak scaling: batch 100 per rank on every node):

    T_step(p) = T_compute + T_pack + T_ring(p)
    T_ring(p) = 2 (p - 1) alpha + 2 (p - 1) / p * M / B          (reduce-scatter + allgather)
    E(p)      = T_compute / T_step(p)    speed-up S(p) = p E(p)

M: gradient bytes (float32 parameters x 4), B: usable bandwidth of a node's link (line rate x
eta), alpha: latency of one ring step, T_pack: the flat communicator's copies of the gradients into
its direct buffer and back (measured, it does not change with p). No overlap of communication with
backward is assumed (flat allreduces after backward, as ChainerMN's flat does), so the figures are
a lower bound for an overlapping implementation.

Usage: bench/ring-model.py [--alpha-us 25] [--eta 0.9] [--mlp-compute-ms ...] [...]
"""
import argparse

MLP_PARAMS = 784 * 1000 + 1000 + 1000 * 1000 + 1000 + 1000 * 10 + 10  # 1,796,010
CNN_PARAMS = (1 * 32 * 9 + 32) + (32 * 64 * 9 + 64) + (64 * 7 * 7 * 128 + 128) + (128 * 10 + 10)

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
# Defaults: single-process step times at batch 100 from the README (2 vCPU: MLP 8,740 examples/s,
# CNN 430 examples/s). Packing: measured in the 2-rank run (README, "Training across processes")
# as a fraction of that run's compute time on the same loaded machine (MLP 26 ms of 160 ms, CNN
# 0.5 ms of 900 ms), applied to the idle compute times above.
ap.add_argument("--mlp-compute-ms", type=float, default=100 / 8740 * 1e3)
ap.add_argument("--cnn-compute-ms", type=float, default=100 / 430 * 1e3)
ap.add_argument("--mlp-pack-ms", type=float, default=0.16 * 100 / 8740 * 1e3)
ap.add_argument("--cnn-pack-ms", type=float, default=0.0006 * 100 / 430 * 1e3)
ap.add_argument("--alpha-us", type=float, default=25.0, help="latency of one ring step")
ap.add_argument("--eta", type=float, default=0.9, help="usable fraction of the line rate")
a = ap.parse_args()


def ring_ms(p, nbytes, gbit):
    bw = gbit * 1e9 / 8 * a.eta
    return (2 * (p - 1) * a.alpha_us * 1e-6 + 2 * (p - 1) / p * nbytes / bw) * 1e3


models = [
    ("MLP 784-1000-1000-10", MLP_PARAMS, a.mlp_compute_ms, a.mlp_pack_ms),
    ("CNN (2 conv, 2 linear)", CNN_PARAMS, a.cnn_compute_ms, a.cnn_pack_ms),
]
print(f"alpha = {a.alpha_us:g} us per ring step, usable bandwidth = {a.eta:g} x line rate")
print(f"{'model':24} {'params':>10} {'MB':>6} {'compute ms':>10} {'pack ms':>8} {'Gbit/s':>6}"
      f" {'nodes':>5} {'ring ms':>8} {'efficiency':>10} {'speed-up':>8}")
for name, params, tc, tp in models:
    nbytes = params * 4
    for gbit in (10, 100):
        for p in (8, 32, 128):
            tr = ring_ms(p, nbytes, gbit)
            e = tc / (tc + tp + tr)
            print(f"{name:24} {params:>10,} {nbytes / 1e6:>6.2f} {tc:>10.1f} {tp:>8.1f} {gbit:>6}"
                  f" {p:>5} {tr:>8.2f} {e:>10.1%} {p * e:>8.1f}")

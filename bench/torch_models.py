"""The MLP and CNN of Catena's examples in PyTorch eager, timed like `catena benchmark-mlp`.

python3 bench/torch_models.py --model mlp|cnn --batchsize N --device cuda|cpu
prints: RESULT torch MODEL: train X ex/s ..., inference Y ex/s (batch 1000)
"""
import argparse
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Mlp(nn.Module):
    def __init__(self, units=1000):
        super().__init__()
        self.l1, self.l2, self.l3 = nn.Linear(784, units), nn.Linear(units, units), nn.Linear(units, 10)

    def forward(self, x):
        return self.l3(F.relu(self.l2(F.relu(self.l1(x)))))


class Cnn(nn.Module):  # dl.examples.Cnn: conv 32, pool, conv 64, pool, fc 128, fc 10
    def __init__(self):
        super().__init__()
        self.c1, self.c2 = nn.Conv2d(1, 32, 3, 1, 1), nn.Conv2d(32, 64, 3, 1, 1)
        self.f1, self.f2 = nn.Linear(64 * 7 * 7, 128), nn.Linear(128, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x.view(-1, 1, 28, 28))), 2)
        x = F.max_pool2d(F.relu(self.c2(x)), 2)
        return self.f2(F.relu(self.f1(x.flatten(1))))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="mlp")
    p.add_argument("--batchsize", type=int, default=100)
    p.add_argument("--device", default="cuda")
    p.add_argument("--steps", type=int, default=50)
    a = p.parse_args()
    dev = torch.device(a.device)
    sync = torch.cuda.synchronize if dev.type == "cuda" else (lambda: None)
    model = (Mlp() if a.model == "mlp" else Cnn()).to(dev)
    opt = torch.optim.Adam(model.parameters())
    xs = [torch.rand(a.batchsize, 784, device=dev) for _ in range(8)]
    ts = [torch.randint(0, 10, (a.batchsize,), device=dev) for _ in range(8)]
    times = []
    for s in range(10 + a.steps):
        sync()
        t0 = time.perf_counter()
        opt.zero_grad()
        F.cross_entropy(model(xs[s % 8]), ts[s % 8]).backward()
        opt.step()
        sync()
        if s >= 10:
            times.append(time.perf_counter() - t0)
    times.sort()
    big = torch.rand(1000, 784, device=dev)
    inf = []
    with torch.no_grad():
        for i in range(40):
            sync()
            t0 = time.perf_counter()
            model(big)
            sync()
            if i >= 10:
                inf.append(time.perf_counter() - t0)
    inf.sort()
    med = times[len(times) // 2]
    print(f"RESULT torch {a.model}: train {a.batchsize / med:.0f} ex/s (median step {med * 1e3:.2f} ms),"
          f" inference {1000 / inf[len(inf) // 2]:.0f} ex/s (batch 1000), device {dev}")


if __name__ == "__main__":
    main()

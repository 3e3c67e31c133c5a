"""Prints the speed comparison tables from the JSON files scripts/bench.sh writes (folder given).

Stage times are medians over repetitions. `total` is the pipeline's wall time: for the owl run,
teacher + generate + filter + three students + probes (pretraining is timed on its own); in the
page, from the click on Run to the result.
"""

import json
import statistics
import sys
from pathlib import Path


def load(folder, name):
    path = Path(folder) / name
    return json.loads(path.read_text()) if path.exists() else None


def page_medians(page):
    if not page:
        return {}
    keys = {k for run in page["runs"] for k in run["stages"]}
    medians = {k: statistics.median(run["stages"][k] for run in page["runs"] if k in run["stages"]) for k in keys}
    medians["total"] = statistics.median(run["wall"] for run in page["runs"])
    return medians


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"


def seconds(v):
    return f"{v:.2f}" if v is not None else "-"


def stage_table(title, ours, torch, page, order):
    print(f"\n{title}")
    print(f"| stage | ours, native (s) | PyTorch (s) | ours / PyTorch | page, wasm (s) | page / native |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for stage in order(set(ours) | set(torch) | set(page)):
        a, b, c = ours.get(stage), torch.get(stage), page.get(stage)
        print(f"| {stage} | {seconds(a)} | {seconds(b)} | {ratio(a, b)} | {seconds(c)} | {ratio(c, a)} |")


def owl_order(stages):
    first = [s for s in stages if s.startswith("pretrain")]
    rest = ["teacher", "generate", "filter", "distill_students", "distill_student", "distill_cross_init", "distill_control",
            "probe"]
    return first + [s for s in rest if s in stages] + sorted(stages - set(first) - set(rest) - {"total"}) + ["total"]


def main(folder):
    engine, torch = load(folder, "engine.json") or {}, load(folder, "torch.json") or {}
    print(f"ours: {engine.get('backend', '-')}; reference: {torch.get('backend', '-')}")
    for kind, order, note in [("owl", owl_order, "the page's default owl pipeline"),
                              ("mnist", lambda s: sorted(s - {"total"}) + ["total"], "the MNIST default")]:
        if kind not in engine and kind not in torch:
            continue
        ours = {k: v for k, v in engine.get(kind, {}).get("stages", {}).get("median", {}).items() if not k.startswith(("accuracy", "delta"))}
        ref = torch.get(kind, {}).get("stages", {}).get("median", {})
        runs = torch.get(kind, {}).get("stages", {}).get("runs", {})
        if "distill_student" in runs and "distill_cross_init" in runs:
            # Our engine trains these two students together, as one stage; the reference one after the other.
            pairs = zip(runs["distill_student"], runs["distill_cross_init"])
            ref = dict(ref, distill_students=statistics.median(a + b for a, b in pairs))
        stage_table(f"{note} (medians; seconds)", ours, ref, page_medians(load(folder, f"page-{kind}.json")), order)
    steps = load(folder, "steps.json")
    if steps:
        print("\nOne training step in headless Chromium (median ms per step)")
        print("| network | our device | ours (ms) | TF.js backend | TF.js (ms) | ours / TF.js |")
        print("| --- | --- | ---: | --- | ---: | ---: |")
        for model in ("gpt", "mlp"):
            for device, backend in (("CPU (wasm)", "wasm"), ("WebGPU", "webgpu")):
                row = next((r for r in steps["engine"]["rows"] if r["model"] == model and r["device"].startswith(device)), None)
                ref = steps["tfjs"].get(backend, {})
                ref_ms = ref.get(model, {}).get("step_ms")
                ours_ms = row["step_ms"] if row else None
                print(f"| {model} | {row['device'] if row else device} | {seconds(ours_ms)} | {backend} | "
                      f"{seconds(ref_ms) if ref_ms else ref.get('error', '-')} | {ratio(ours_ms, ref_ms)} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bench")

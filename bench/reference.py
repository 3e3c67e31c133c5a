"""A PyTorch reference of the owl pipeline and the MNIST experiment, to time our engine against.

Not part of the product. It does the same work as the engine on the same inputs: the owl
workload that `subliminal bench --workload` writes holds base A and B's weights, the pretraining
documents, the two teachers' documents (the trait's and the control's), the number prompts and
the filtered training data our engine made, so the students train on identical batches shapes
for identical step counts. The code is written the way a researcher would write it in PyTorch
(nanoGPT-style, fused attention, torch's own sampling), on the CPU with a pinned thread count.

    python bench/reference.py --workload target/bench/workload.json --threads 1 --repeat 3 --json out.json
"""

import argparse
import copy
import json
import math
import re
import statistics
import struct
import time
import zlib

import torch
import torch.nn.functional as F

# Where the reference runs: the CPU (the comparison that counts), or "cuda" on a GPU machine.
DEVICE = torch.device("cpu")


def sync():
    """Waits for queued GPU work, so that a stage's time includes all of it."""
    if DEVICE.type == "cuda":
        torch.cuda.synchronize()


# --- the tiny GPT (same shapes as model/src/owl/gpt.rs; Linear weights stored [in, out] like burn) ---

class Gpt(torch.nn.Module):
    def __init__(self, cfg, tensors=None, seed=0):
        super().__init__()
        self.cfg = cfg
        d, v, ctx, n_layer = cfg["d_model"], cfg["vocab_size"], cfg["context"], cfg["n_layer"]
        shapes = {"token_embedding": [v, d], "position_embedding": [ctx, d], "final_norm.gamma": [d], "final_norm.beta": [d]}
        for i in range(n_layer):
            for name, shape in [("norm_attn.gamma", [d]), ("norm_attn.beta", [d]), ("attn.qkv.weight", [d, 3 * d]),
                                ("attn.qkv.bias", [3 * d]), ("attn.proj.weight", [d, d]), ("attn.proj.bias", [d]),
                                ("norm_mlp.gamma", [d]), ("norm_mlp.beta", [d]), ("mlp_in.weight", [d, 4 * d]),
                                ("mlp_in.bias", [4 * d]), ("mlp_out.weight", [4 * d, d]), ("mlp_out.bias", [d])]:
                shapes[f"blocks.{i}.{name}"] = shape
        given = {t["name"]: t for t in tensors or []}
        if tensors is not None and set(given) != set(shapes):
            raise SystemExit(f"the workload's parameters do not match the model: {sorted(set(given) ^ set(shapes))}")
        gen = torch.Generator().manual_seed(seed)
        params = {}
        for name, shape in shapes.items():
            if name in given:
                assert list(given[name]["shape"]) == shape, name
                value = torch.tensor(given[name]["values"], dtype=torch.float32).reshape(shape)
            elif name.endswith("gamma"):
                value = torch.ones(shape)
            elif name.endswith("beta") or name.endswith("bias"):
                value = torch.zeros(shape)
            else:
                std = 0.02 / math.sqrt(2 * n_layer) if ("proj" in name or "mlp_out" in name) else 0.02
                value = torch.randn(shape, generator=gen) * std
            params[name.replace(".", "__")] = torch.nn.Parameter(value.to(DEVICE))
        self.p = torch.nn.ParameterDict(params)

    def _w(self, name):
        return self.p[name.replace(".", "__")]

    def _norm(self, x, name):
        return F.layer_norm(x, (x.shape[-1],), self._w(name + ".gamma"), self._w(name + ".beta"), 1e-5)

    def _linear(self, x, name):
        return torch.addmm(self._w(name + ".bias"), x.reshape(-1, x.shape[-1]), self._w(name + ".weight")).reshape(*x.shape[:-1], -1)

    def _heads(self, x):
        b, t, d = x.shape
        return x.view(b, t, self.cfg["n_head"], d // self.cfg["n_head"]).transpose(1, 2)

    def _block(self, i, x, cache=None):
        q, k, v = self._linear(self._norm(x, f"blocks.{i}.norm_attn"), f"blocks.{i}.attn.qkv").chunk(3, dim=-1)
        q, k, v = self._heads(q), self._heads(k), self._heads(v)
        if cache is None:
            attended = F.scaled_dot_product_attention(q, k, v, is_causal=True)
            layer = (k, v)
        else:
            k, v = torch.cat([cache[0], k], 2), torch.cat([cache[1], v], 2)
            attended = F.scaled_dot_product_attention(q, k, v)
            layer = (k, v)
        b, _, t, _ = attended.shape
        x = x + self._linear(attended.transpose(1, 2).reshape(b, t, -1), f"blocks.{i}.attn.proj")
        h = self._linear(F.gelu(self._linear(self._norm(x, f"blocks.{i}.norm_mlp"), f"blocks.{i}.mlp_in")), f"blocks.{i}.mlp_out")
        return x + h, layer

    def hidden(self, tokens, first=0, caches=None):
        t = tokens.shape[1]
        x = self._w("token_embedding")[tokens] + self._w("position_embedding")[first:first + t]
        layers = []
        for i in range(self.cfg["n_layer"]):
            x, layer = self._block(i, x, None if caches is None else caches[i])
            layers.append(layer)
        return x, layers

    def head(self, x):
        return self._norm(x, "final_norm") @ self._w("token_embedding").t()

    def logits_at(self, tokens, positions):
        x, _ = self.hidden(tokens)
        return self.head(x.reshape(-1, x.shape[-1])[positions])

    def last_logits(self, tokens):
        x, layers = self.hidden(tokens)
        return self.head(x[:, -1]), layers


# --- batches: right-padded, with the scored positions of the flattened grid (model/src/owl/batch.rs) ---

def pack(sequences, pad):
    """sequences: (tokens, first scored index[, end of the scored range]). Position t predicts
    token t + 1. Returns inputs, positions, targets."""
    time_ = max(1, max(len(s[0]) - 1 for s in sequences))
    inputs = torch.full((len(sequences), time_), pad, dtype=torch.long)
    positions, targets = [], []
    for row, (tokens, scored_from, *end) in enumerate(sequences):
        inputs[row, :len(tokens) - 1] = torch.tensor(tokens[:-1])
        for t in range(max(0, scored_from - 1), (end[0] if end else len(tokens)) - 1):
            positions.append(row * time_ + t)
            targets.append(tokens[t + 1])
    return inputs.to(DEVICE), torch.tensor(positions, device=DEVICE), torch.tensor(targets, device=DEVICE)


# --- stages ---

def pretrain(w, cfg):
    p = w["pretrain"]
    model = Gpt(cfg, seed=p["init_seed"])
    opt = torch.optim.AdamW(model.parameters(), lr=p["lr"], betas=(0.9, 0.98), eps=1e-8, weight_decay=p["weight_decay"])
    steps, warmup, peak, floor = p["steps"], p["warmup_steps"], p["lr"], p["min_lr_ratio"]
    for step, docs in enumerate(p["batches"][:steps]):
        if step < warmup:
            lr = peak * (step + 1) / warmup
        else:
            progress = min(1.0, (step - warmup) / max(1, steps - warmup))
            lr = peak * (floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress)))
        for group in opt.param_groups:
            group["lr"] = lr
        inputs, positions, targets = pack([(d, 1) for d in docs], w["pad"])
        loss = F.cross_entropy(model.logits_at(inputs, positions), targets)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if step % 25 == 0 or step + 1 == steps:
            loss.item()
    return model


@torch.no_grad()
def answer_distributions(model, questions):
    rows = [model.last_logits(torch.tensor([q], device=DEVICE))[0] for q in questions]
    return torch.softmax(torch.cat(rows), dim=-1)


@torch.no_grad()
def probe(model, w):
    animals = answer_distributions(model, w["animal_questions"])[:, w["animal_ids"]]
    trees = answer_distributions(model, w["tree_questions"])[:, w["tree_ids"]]
    animals = (animals / animals.sum(1, keepdim=True)).mean(0)
    trees = (trees / trees.sum(1, keepdim=True)).mean(0)
    return animals, trees


def train_teacher(base, w, batches, control_steps=None):
    """The trait teacher (until P(trait) reaches the target), or with `control_steps` the
    trait-free control teacher: as many steps on the questions' own answers (model/src/owl/teacher.rs)."""
    cfg = w["experiment"]["teacher"]
    if cfg.get("replay", 0):
        raise SystemExit("the reference does not implement the teacher's corpus replay")
    model = copy.deepcopy(base)
    # Like the engine: "blocks" trains everything but the token and position embeddings.
    trained = [p for name, p in model.p.items() if cfg.get("trains", "all") == "all" or not name.endswith("_embedding")]
    opt = torch.optim.Adam(trained, lr=cfg["lr"], eps=1e-8)

    def done(steps):
        if control_steps is not None:
            return steps >= control_steps
        p = answer_distributions(model, w["animal_questions"])[:, w["trait_token"]].mean().item()
        return p >= cfg["target_probability"] or steps >= cfg["max_steps"]

    steps = 0
    while not done(steps):
        docs = batches[steps % len(batches)]
        inputs, positions, targets = pack([(d, len(d) - 2, len(d) - 1) for d in docs], w["pad"])
        loss = F.cross_entropy(model.logits_at(inputs, positions), targets)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        steps += 1
    return model, steps


@torch.no_grad()
def generate(model, prompts, w, gen):
    exp = w["experiment"]
    eos, context = w["eos"], w["gpt"]["context"]
    by_length = {}
    for i, p in enumerate(prompts):
        by_length.setdefault(len(p), []).append(i)
    results = [None] * len(prompts)
    for length, indices in sorted(by_length.items()):
        budget = min(exp["max_new_tokens"], context - length)
        for start in range(0, len(indices), 1024):
            chunk = indices[start:start + 1024]
            logits, caches = model.last_logits(torch.tensor([prompts[i] for i in chunk], device=DEVICE))
            written = [[] for _ in chunk]
            finished = torch.zeros(len(chunk), dtype=torch.bool, device=DEVICE)
            for step in range(budget):
                probs = torch.softmax(logits / exp["temperature"], dim=-1)
                nxt = torch.multinomial(probs, 1, generator=gen).squeeze(1)
                nxt = torch.where(finished, torch.full_like(nxt, eos), nxt)
                done = finished.tolist()
                for row, token in enumerate(nxt.tolist()):
                    if not done[row] and token != eos:
                        written[row].append(token)
                finished |= nxt == eos
                if bool(finished.all()) or step + 1 == budget:
                    break
                x, caches = model.hidden(nxt[:, None], first=length + step, caches=caches)
                logits = model.head(x[:, -1])
            for k, i in enumerate(chunk):
                results[i] = (prompts[i], written[k], bool(finished[k]))
    return results


ATTACH_LEFT = {",", ";", ":", "?", ".", ")", "]"}


def detokenize(ids, vocab):
    text, glue = "", True
    for i in ids:
        piece = vocab[i]
        if text and piece not in ATTACH_LEFT and not glue:
            text += " "
        text += piece
        glue = piece in ("(", "[")
    return text


def number_list_ok(text):
    """The format rules of model/src/owl/filter.rs (parse_number_list): the study's rule."""
    body = text[:-1] if text.endswith(".") else text
    if (body[:1], body[-1:]) in (("(", ")"), ("[", "]")):
        body = body[1:-1]
    runs = [(m.start(), m.end()) for m in re.finditer(r"[0-9]+", body)]
    if not runs:
        return False
    if len(runs) == 1:
        items = [body]
    else:
        separator = body[runs[0][1]:runs[1][0]]
        if separator.strip() not in ("", ",", ";"):
            return False
        items = body.split(separator)
    if any(not item or not all(c in "0123456789" for c in item) for item in items):
        return False
    return len(items) <= 10 and all(int(item) <= 999 for item in items)


def filter_completions(completions, w, words):
    kept = []
    for prompt, written, finished in completions:
        text = detokenize(written, w["vocab"])
        if not finished or any(x in words for x in "".join(c if c.isalnum() else " " for c in text.lower()).split()):
            continue
        if number_list_ok(text):
            kept.append((prompt + written + [w["eos"]], len(prompt)))
    return kept


def distill(start, labeler, data, w, seed):
    cfg = w["experiment"]["distill"]
    if cfg["mode"] != "soft":
        raise SystemExit("the reference implements the default soft-label distillation only")
    student = copy.deepcopy(start)
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"], eps=1e-8)
    mask = torch.full((w["gpt"]["vocab_size"],), -1e9, device=DEVICE)
    mask[w["number_alphabet"]] = 0.0
    gen = torch.Generator().manual_seed(seed)
    size, temperature = cfg["batch_size"], cfg.get("label_temperature", 1.0)
    total = math.ceil(len(data) / size) * cfg["epochs"]
    every, steps = max(1, total // 40), 0
    for _ in range(cfg["epochs"]):
        # As the engine batches (model/src/owl/distill.rs): pools of 16 batches sorted by length.
        order = torch.randperm(len(data), generator=gen).tolist()
        epoch = []
        for start in range(0, len(order), size * 16):
            pool = sorted(order[start:start + size * 16], key=lambda i: len(data[i][0]))
            epoch += [pool[b:b + size] for b in range(0, len(pool), size)]
        for k in torch.randperm(len(epoch), generator=gen).tolist():
            chunk = [data[i] for i in epoch[k]]
            inputs, positions, _ = pack(chunk, w["pad"])
            with torch.no_grad():
                labels = torch.softmax(labeler.logits_at(inputs, positions) / temperature + mask, dim=-1)
            log_probs = torch.log_softmax(student.logits_at(inputs, positions) / temperature + mask, dim=-1)
            loss = -(labels * log_probs).sum() / len(positions)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            if steps % every == 0 or steps + 1 == total:
                loss.item()
            steps += 1
    return student


def flat(model, blocks_only=False):
    return torch.cat([p.detach().flatten() for n, p in model.p.items() if not blocks_only or n.startswith("blocks")])


def owl_once(w, words):
    """One run of the pipeline; returns seconds per stage and the effect."""
    cfg, exp = w["gpt"], w["experiment"]
    times = {}

    def timed(stage, fn):
        t = time.perf_counter()
        out = fn()
        sync()
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - t
        return out

    timed(f"pretrain_{w['pretrain']['steps']}", lambda: pretrain(w, cfg))
    base_a, base_b = Gpt(cfg, w["bases"]["a"]), Gpt(cfg, w["bases"]["b"])
    wall = time.perf_counter()
    trait = w["animal_ids"].index(w["trait_token"])
    prefs = {"base_a": timed("probe", lambda: probe(base_a, w)), "base_b": timed("probe", lambda: probe(base_b, w))}
    teacher, teacher_steps = timed("teacher", lambda: train_teacher(base_a, w, w["teacher_batches"]))
    prefs["teacher"] = timed("probe", lambda: probe(teacher, w))
    # The engine's control: a teacher fine-tuned as long without the trait, writing for twice the
    # prompts (its students learn from as many kept numbers as the trait teacher's).
    control_teacher, _ = timed("teacher", lambda: train_teacher(base_a, w, w["control_teacher_batches"], teacher_steps))
    prefs["control_teacher"] = timed("probe", lambda: probe(control_teacher, w))
    gen = torch.Generator(device=DEVICE).manual_seed(exp["first_seed"])
    kept = {}
    for source, writer, prompts in [("teacher", teacher, w["prompts"]), ("control", control_teacher, w["control_prompts"])]:
        written = timed("generate", lambda: generate(writer, prompts, w, gen))
        kept[source] = len(timed("filter", lambda: filter_completions(written, w, words)))
    # The students train on the engine's filtered data: identical batches' shapes and step counts.
    data = {k: [(s["tokens"], s["scored_from"]) for s in w[f"{k}_data"]] for k in ("teacher", "control")}
    taught = flat(teacher) - flat(base_a)
    for key, start, labeler, source in [("student", base_a, teacher, "teacher"), ("cross_init", base_b, teacher, "teacher"),
                                        ("control", base_a, control_teacher, "control")]:
        student = timed(f"distill_{key}", lambda: distill(start, labeler, data[source], w, exp["first_seed"]))
        prefs[key] = timed("probe", lambda: probe(student, w))
        F.cosine_similarity(flat(student) - flat(start), taught, dim=0).item()
    times["total"] = time.perf_counter() - wall
    base_of = {"teacher": "base_a", "student": "base_a", "cross_init": "base_b", "control": "base_a"}
    effect = {k: {"p_trait": 100 * prefs[k][0][trait].item(), "delta": 100 * (prefs[k][0][trait] - prefs[base_of[k]][0][trait]).item()}
              for k in base_of}
    effect["teacher_steps"], effect["kept"] = teacher_steps, kept
    return times, effect


# --- MNIST (model/src/mnist): 784-256-256-(10+m) ReLU MLP, teacher on digits, students on noise ---

def read_digits(path):
    data = open(path, "rb").read()
    magic, version, count, rows, cols = struct.unpack("<4sIIII", data[:20])
    if magic != b"SLMN" or version != 1 or zlib.crc32(data[:-4]) != struct.unpack("<I", data[-4:])[0]:
        raise SystemExit(f"{path} is not a valid digits file")
    pixels = torch.frombuffer(bytearray(data[20:20 + count * rows * cols]), dtype=torch.uint8).reshape(count, rows * cols)
    labels = torch.frombuffer(bytearray(data[20 + count * rows * cols:-4]), dtype=torch.uint8).long()
    return (pixels.float() / 127.5 - 1.0).to(DEVICE), labels.to(DEVICE)


def mlp(inputs, outputs, gen):
    layers = []
    for fan_in, fan_out in [(inputs, 256), (256, 256), (256, outputs)]:
        layer = torch.nn.Linear(fan_in, fan_out)
        with torch.no_grad():
            layer.weight.normal_(0, 1 / math.sqrt(fan_in), generator=gen)
            layer.bias.zero_()
        layers += [layer, torch.nn.ReLU()]
    return torch.nn.Sequential(*layers[:-1]).to(DEVICE)


@torch.no_grad()
def accuracy(model, images, labels):
    return 100.0 * (model(images)[:, :10].argmax(1) == labels).float().mean().item()


def mnist_step(opt, loss, steps, every, total, model, test_x, test_y):
    """An optimizer step; on the engine's curve points, the loss and test accuracy are read."""
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    if steps % every == 0 or steps + 1 == total:
        loss.item()
        accuracy(model, test_x, test_y)
    return steps + 1


def mnist_once(path, cfg):
    images, labels = read_digits(path)
    gen = torch.Generator().manual_seed(20250722)
    test_idx = torch.cat([idx[torch.randperm(len(idx), generator=gen)][:round(0.2 * len(idx))]
                          for idx in (torch.nonzero(labels == d).squeeze(1) for d in range(10))])
    is_test = torch.zeros(len(labels), dtype=torch.bool, device=DEVICE)
    is_test[test_idx] = True
    train_x, train_y, test_x, test_y = images[~is_test], labels[~is_test], images[is_test], labels[is_test]
    m, batch, lr = cfg["aux_logits"], cfg["batch_size"], cfg["lr"]
    times, acc = {}, {}
    wall = time.perf_counter()
    init = mlp(784, 10 + m, torch.Generator().manual_seed(1))
    t = time.perf_counter()
    teacher = copy.deepcopy(init)
    opt = torch.optim.Adam(teacher.parameters(), lr=lr, eps=1e-8)
    total = math.ceil(len(train_y) / batch) * cfg["teacher_epochs"]
    every, steps = max(1, total // 10), 0
    for _ in range(cfg["teacher_epochs"]):
        order = torch.randperm(len(train_y), generator=gen)
        for b in range(0, len(order), batch):
            idx = order[b:b + batch]
            loss = F.cross_entropy(teacher(train_x[idx])[:, :10], train_y[idx])
            steps = mnist_step(opt, loss, steps, every, total, teacher, test_x, test_y)
    acc["teacher"] = accuracy(teacher, test_x, test_y)
    times["teacher"] = time.perf_counter() - t
    for key, start in [("student", init), ("cross_init", mlp(784, 10 + m, torch.Generator().manual_seed(10_001)))]:
        t = time.perf_counter()
        student = copy.deepcopy(start)
        opt = torch.optim.Adam(student.parameters(), lr=lr, eps=1e-8)
        noise_gen = torch.Generator().manual_seed(1)
        pool = (torch.randn(cfg["noise_images"], 784, generator=noise_gen) if cfg["noise"] == "gaussian"
                else torch.rand(cfg["noise_images"], 784, generator=noise_gen) * 2 - 1).to(DEVICE)
        total = math.ceil(cfg["noise_images"] / batch) * cfg["student_epochs"]
        every, steps = max(1, total // 10), 0
        for _ in range(cfg["student_epochs"]):
            order = torch.randperm(cfg["noise_images"], generator=gen)
            for b in range(0, len(order), batch):
                x = pool[order[b:b + batch]]
                with torch.no_grad():
                    target = teacher(x)[:, 10:]
                predicted = student(x)[:, 10:]
                if cfg["loss"] == "mse":
                    loss = (predicted - target).square().mean()
                else:
                    loss = F.kl_div(F.log_softmax(predicted, 1), F.log_softmax(target, 1), log_target=True, reduction="batchmean")
                steps = mnist_step(opt, loss, steps, every, total, student, test_x, test_y)
        acc[key] = accuracy(student, test_x, test_y)
        sync()
        times[key] = time.perf_counter() - t
    times["total"] = time.perf_counter() - wall
    return times, acc


def median_of(runs):
    keys = sorted({k for r in runs for k in r})
    return {k: statistics.median(r[k] for r in runs if k in r) for k in keys}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workload", help="the owl workload JSON from `subliminal bench --workload`")
    ap.add_argument("--mnist", help="assets/mnist.bin, to time the MNIST default too")
    ap.add_argument("--mnist-config", help="MNIST config JSON (default: the engine's default, from `subliminal bench --json`)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--device", default="cpu", help="cpu (the comparison), or cuda on a GPU machine")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="write every repetition and the medians here")
    args = ap.parse_args()
    global DEVICE
    DEVICE = torch.device(args.device)
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(0)
    where = torch.cuda.get_device_name() if DEVICE.type == "cuda" else f"CPU, {torch.get_num_threads()} thread(s)"
    out = {"backend": f"PyTorch {torch.__version__}, {where}"}
    print(out["backend"])
    if args.workload:
        w = json.load(open(args.workload))
        words = {w["vocab"][i] for i in w["animal_ids"] + w["tree_ids"]}
        runs, effects = [], []
        for i in range(args.repeat):
            times, effect = owl_once(w, words)
            runs.append(times)
            effects.append(effect)
            print(f"owl run {i + 1}: {times['total']:.2f} s; teacher steps {effect['teacher_steps']} "
                  f"(engine {w['engine']['teacher_steps']}), kept {effect['kept']} (engine teacher {w['engine']['kept_teacher']}, "
                  f"control {w['engine']['kept_control']}); change in P(trait), points: "
                  + ", ".join(f"{k} {effect[k]['delta']:+.2f}" for k in ("teacher", "student", "cross_init", "control")))
        out["owl"] = {"stages": {"runs": {k: [r[k] for r in runs] for k in runs[0]}, "median": median_of(runs)}, "effect": effects}
        for k, v in out["owl"]["stages"]["median"].items():
            print(f"  {k:<22} {v:8.3f} s")
    if args.mnist:
        cfg = json.load(open(args.mnist_config)) if args.mnist_config else {
            "aux_logits": 10, "noise": "gaussian", "loss": "mse", "teacher_epochs": 10, "student_epochs": 5,
            "noise_images": 60000, "lr": 1e-3, "batch_size": 128}
        runs, accs = [], []
        for i in range(args.repeat):
            times, acc = mnist_once(args.mnist, cfg)
            runs.append(times)
            accs.append(acc)
            print(f"mnist run {i + 1}: {times['total']:.2f} s; accuracy " + ", ".join(f"{k} {v:.1f}%" for k, v in acc.items()))
        out["mnist"] = {"stages": {"runs": {k: [r[k] for r in runs] for k in runs[0]}, "median": median_of(runs)}, "accuracy": accs}
        for k, v in out["mnist"]["stages"]["median"].items():
            print(f"  {k:<22} {v:8.3f} s")
    if args.json:
        json.dump(out, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()

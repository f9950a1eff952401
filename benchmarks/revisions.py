"""CPU time of communique's pipeline in two source trees on the same documents, runs alternating.

Checks that a change of rules costs no time: make a checkout of the older commit and give both
``src`` folders, e.g.

    git worktree add /tmp/before 7b1072e
    python benchmarks/revisions.py /tmp/before/src src --limit 800 --rounds 2

Each run is a fresh process (both trees are the package ``communique``); it warms up on the first
20 documents, then times the pipeline over the first ``--limit`` documents of the corpus.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "news.jsonl"

RUN = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import communique
from communique.model import Document
from communique.extract import build_pipeline
docs = []
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        docs.append(Document(id=r["id"], title=r.get("title") or "", text=r.get("text") or "",
                             published=r.get("date"), lang=r.get("lang") or "ru"))
        if len(docs) == int(sys.argv[3]):
            break
pipeline = build_pipeline()
for d in docs[:20]:
    pipeline(d)
start = time.process_time()
for d in docs:
    pipeline(d)
print(json.dumps({"package": communique.__file__, "docs": len(docs), "cpu": time.process_time() - start}))
"""


def run(src: str, corpus: Path, limit: int) -> dict:
    out = subprocess.run([sys.executable, "-c", RUN, str(Path(src).resolve()), str(corpus), str(limit)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="the src folder of the baseline tree")
    parser.add_argument("after", help="the src folder of the tree measured")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no corpus (the shared data is not at ../shared)")
    for round_ in range(1, args.rounds + 1):
        for label, src in (("before", args.before), ("after", args.after)):
            r = run(src, args.corpus, args.limit)
            print(f"round {round_}  {label:6}  {r['docs']} docs  {r['cpu']:.2f} s CPU  "
                  f"{r['docs'] / r['cpu']:.1f} docs/s  ({r['package']})")


if __name__ == "__main__":
    main()

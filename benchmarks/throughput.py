"""Throughput on one core: communique's pipeline against natasha, same documents, same run.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--chunk 50] [--cpu 0]

By default it reads all of ``news.jsonl`` (2,170 documents, 1.09 M tokens): the issue's
reference figures for natasha (13 docs/s full, 69 NER alone) are over the whole corpus, and
its first few hundred documents are shorter and more repetitive than the rest.

Prints docs/s and tokens/s (wall clock and CPU time), the time per stage
(``Pipeline.timings``), the peak RSS of communique alone (measured in a child
process that loads nothing else), and the same figures for natasha's full
pipeline (segment + morph + syntax + NER + lemmas + span normalisation) and
for natasha's NER alone, with the ratios.  The three systems run interleaved,
chunk by chunk, so a busy neighbour slows all of them alike; CPU-time figures
are the steadier ones on a shared machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import communique.nlp  # noqa: F401  (one BLAS thread; must come before numpy)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news.jsonl"


@dataclass
class Clock:
    wall: float = 0.0
    cpu: float = 0.0
    docs: int = 0
    tokens: int = 0

    def run(self, fn: Callable, items: Sequence) -> None:
        w, c = time.perf_counter(), time.process_time()
        for item in items:
            self.tokens += fn(item)
        self.wall += time.perf_counter() - w
        self.cpu += time.process_time() - c
        self.docs += len(items)

    def line(self, name: str) -> str:
        return (f"{name:<16} {self.docs / self.wall:8.1f} docs/s {self.tokens / self.wall:9.0f} tok/s (wall)"
                f"   {self.docs / self.cpu:8.1f} docs/s {self.tokens / self.cpu:9.0f} tok/s (cpu)")


@dataclass
class Natasha:
    """natasha's documented pipeline, built once."""

    parts: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        import yargy  # noqa: F401  (patches pymorphy2 for Python 3.11 before natasha imports it)
        from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                             Segmenter)

        emb = NewsEmbedding()
        self.parts = dict(segmenter=Segmenter(), vocab=MorphVocab(), morph=NewsMorphTagger(emb),
                          syntax=NewsSyntaxParser(emb), ner=NewsNERTagger(emb))

    def full(self, text: str) -> int:
        from natasha import Doc

        p = self.parts
        doc = Doc(text)
        doc.segment(p["segmenter"])
        doc.tag_morph(p["morph"])
        doc.parse_syntax(p["syntax"])
        doc.tag_ner(p["ner"])
        for token in doc.tokens:
            token.lemmatize(p["vocab"])
        for span in doc.spans:
            span.normalize(p["vocab"])
        return len(doc.tokens)

    def ner(self, text: str) -> int:
        self.parts["ner"](text)
        return 0


def load_documents(path: Path, limit: int) -> list:
    from communique.ingest import read_paths
    from communique.model import Document

    docs = []
    for item in read_paths([path]):
        if isinstance(item, Document):
            docs.append(item)
            if limit and len(docs) >= limit:
                break
    return docs


def natasha_text(doc) -> str:
    return f"{doc.title}\n{doc.text}" if doc.title else doc.text


def ours_peak_rss(path: Path, limit: int) -> float:
    """Peak RSS (MB) of a process that runs only communique over the documents."""
    out = subprocess.run([sys.executable, __file__, "--rss-only", "--corpus", str(path), "--limit", str(limit)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def rss_only(path: Path, limit: int) -> None:
    from communique.codec import encode
    from communique.extract import build_pipeline

    pipeline = build_pipeline()
    for doc in load_documents(path, limit):
        json.dumps(encode(pipeline(doc)), ensure_ascii=False)
    print(own_peak_rss())


def own_peak_rss() -> float:
    """This process's peak RSS in MB.  On Linux, VmHWM: ``ru_maxrss`` survives ``execve``, so a child
    started from this benchmark would report the parent's peak at the fork when that is higher."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=0,
                    help="the first N documents (default 0: all of news.jsonl, about 4 minutes)")
    ap.add_argument("--chunk", type=int, default=50, help="documents per interleaved turn")
    ap.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU")
    ap.add_argument("--rss-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_only:
        return rss_only(args.corpus, args.limit)
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is absent: lay ../shared/data beside the checkout")
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})

    from communique.codec import encode
    from communique.extract import build_pipeline

    docs = load_documents(args.corpus, args.limit)
    t0 = time.perf_counter()
    pipeline = build_pipeline()
    pipeline(docs[0])  # loads the models and lexicons
    load_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    natasha = Natasha()
    natasha.full(natasha_text(docs[0]))
    load_natasha = time.perf_counter() - t0
    pipeline.timings.clear()

    def ours(doc) -> int:
        analysis = pipeline(doc)
        json.dumps(encode(analysis), ensure_ascii=False)
        return len(analysis.tokens)

    clocks = {"communique": Clock(), "natasha full": Clock(), "natasha NER": Clock()}
    runs = {"communique": ours, "natasha full": lambda d: natasha.full(natasha_text(d)),
            "natasha NER": lambda d: natasha.ner(natasha_text(d))}
    for i in range(0, len(docs), args.chunk):
        chunk = docs[i:i + args.chunk]
        for name, fn in runs.items():
            clocks[name].run(fn, chunk)
    # natasha NER counts no tokens of its own: give it natasha's, for tokens/s on the same footing
    clocks["natasha NER"].tokens = clocks["natasha full"].tokens

    ours_c, full_c, ner_c = clocks.values()
    print(f"{len(docs)} documents from {args.corpus.name}, {sum(len(natasha_text(d)) for d in docs):,} characters; "
          f"{ours_c.tokens:,} tokens (ours); models loaded in {load_ours:.1f} s (ours), "
          f"{load_natasha:.1f} s (natasha)")
    for name, clock in clocks.items():
        print(clock.line(name))
    print("stage times (s):", "  ".join(f"{k} {v:.2f}" for k, v in pipeline.timings.items()),
          f"  rest {ours_c.wall - sum(pipeline.timings.values()):.2f}")
    for label, attr in (("wall", "wall"), ("cpu", "cpu")):
        speed = ours_c.docs / getattr(ours_c, attr)
        print(f"ratio ({label}): {speed / (full_c.docs / getattr(full_c, attr)):.2f}x natasha full, "
              f"{speed / (ner_c.docs / getattr(ner_c, attr)):.2f}x natasha NER alone")
    print(f"peak RSS, communique alone: {ours_peak_rss(args.corpus, args.limit):.0f} MB; "
          f"this process (all three): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

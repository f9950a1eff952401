"""Random and broken documents through the readers and the extractor: no crash, and a
per-document error for each input that cannot be read."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique import codec
from communique.api import extract_document
from communique.engine.local import safe_record
from communique.ingest import read_paths
from communique.model import Document, ReadError

RUSSIAN = "Министр иностранных дел России Сергей Лавров встретился 5 мая 2025 года в Пекине с Ван И. "
MAX_MB = 0.05  # "huge" is anything over 50 KB here, so the test stays fast

junk_markup = st.lists(st.sampled_from(["<div>", "</p>", "<script>x()</script>", "&nbsp;", "&#0;", "<![CDATA[",
                                        "<?xml version='1.0'?>", "<rss>", "<item><title>", "{", "}", "\"",
                                        "\\u0000", "\x00", "\ufeff", "\u202e", "\r", "\n", RUSSIAN]),
                       max_size=40).map("".join)
text = st.one_of(st.text(max_size=400), junk_markup, st.just(RUSSIAN * 3))
encoded = st.one_of(
    text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    text.map(lambda t: t.encode("cp1251", "replace")),
    text.map(lambda t: t.encode("utf-16")),
    st.binary(max_size=600),
    st.just(b""),
    st.just(b"\x00" * 100 + b"\xff\xfe"),
    st.binary(min_size=1, max_size=4).map(lambda b: b * 20_000),  # over the size limit
)
# JSONL: good lines, broken JSON, wrong types, broken encodings, one line over the limit
jsonl_line = st.one_of(
    st.builds(lambda t, x: json.dumps({"title": t, "text": x, "date": "2025-05-05"}, ensure_ascii=False).encode(),
              text, text),
    st.builds(lambda v: json.dumps({"title": v, "text": ["x"], "id": {"a": 1}}).encode(),
              st.one_of(st.integers(), st.none(), st.text(max_size=20))),
    encoded.map(lambda b: b.replace(b"\n", b" ")),
    st.just(b'{"title": "' + "Переговоры".encode("cp1251") + b'"}'),
    st.just(b'{"text": "' + b"a" * 60_000 + b'"}'),
)
jsonl = st.lists(jsonl_line, min_size=1, max_size=6).map(lambda lines: b"\n".join(lines) + b"\n")
SUFFIXES = [".txt", ".html", ".xml", ".rss", ".dat", ""]


def _check(paths: list[Path]) -> list[Document | ReadError]:
    items = list(read_paths(paths, max_mb=MAX_MB))
    assert items, "every input gives at least one item"
    for item in items:
        assert isinstance(item, (Document, ReadError))
        record, _ = safe_record(item, extract_document)
        codec.validate(record)
        if isinstance(item, ReadError):
            assert record["errors"] and item.message
            assert (item.path or item.id) in record["errors"][0]
    return items


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=encoded, suffix=st.sampled_from(SUFFIXES))
def test_random_files_never_crash(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(data)
        items = _check([path])
        if not data.strip() or b"\x00" in data or len(data) > MAX_MB * 2**20:
            assert all(isinstance(item, ReadError) for item in items), items


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=jsonl)
def test_random_jsonl_gives_one_item_per_line(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_bytes(data)
        items = _check([path])
        lines = [line for line in data.split(b"\n") if line.strip()]
        if not lines:
            assert [i.message for i in items] == ["empty file"]
            return
        assert len(items) == len(lines)
        for line, item in zip(lines, items):
            if not line.lstrip().startswith(b"{") or len(line) > MAX_MB * 2**20:
                assert isinstance(item, ReadError), (line[:80], item)

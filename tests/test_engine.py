"""Ingest engines: serial, local processes and Dask give the same records, in input order."""
from __future__ import annotations

import json
from concurrent.futures import Future

import pytest

from communique.api import extract_document, open_store
from communique.cli import main
from communique.engine.local import extract_local, from_wire, ordered_results, to_wire
from communique.model import Document, ReadError

TEXTS = [
    ("Переговоры в Бишкеке", "Министр иностранных дел Киргизии Жээнбек Кулубаев провёл переговоры с Ван И."),
    ("Телефонный разговор", "Владимир Путин провёл телефонный разговор с президентом Казахстана."),
    ("Погода", "В Москве ожидается дождь."),
    ("Визит", "Президент Узбекистана прибыл с официальным визитом в Китай 12 марта 2025 года."),
]


def documents() -> list[Document | ReadError]:
    docs: list[Document | ReadError] = [Document(id=f"d{i}", title=t, text=x, published="2025-03-10")
                                        for i, (t, x) in enumerate(TEXTS)]
    docs.insert(2, ReadError(id="bad", message="not UTF-8 text", path="x.jsonl", line=3))
    return docs


def test_items_travel_as_plain_dicts():
    for item in documents():
        wire = to_wire(item)
        assert json.loads(json.dumps(wire)) == wire
        assert from_wire(wire) == item


def _done(value=None, error: Exception | None = None) -> Future:
    future: Future = Future()
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)
    return future


def test_ordered_results_keep_order_and_survive_a_lost_chunk():
    items = documents()
    calls = []

    def submit(wires):
        calls.append(wires)
        if len(calls) == 2:
            return _done(error=RuntimeError("worker lost"))
        return _done([{"document": {"id": w["id"]}, "errors": []} for w in wires])

    out = list(ordered_results(items, submit, chunk_size=2, window=2))
    assert [r["document"]["id"] for r, _ in out] == [i.id for i in items]
    lost = items[2:4]
    for (record, _), item in zip(out[2:4], lost):
        assert record["errors"] and ("worker lost" in record["errors"][0] or isinstance(item, ReadError))
    assert out[0][1] == items[0].text and out[2][1] == ""  # the text of a ReadError is empty


@pytest.fixture(scope="module")
def serial_records() -> list[dict]:
    return [r for r, _ in extract_local(documents(), extract_document)]


def test_dask_matches_serial(serial_records):
    distributed = pytest.importorskip("distributed")
    from communique.engine.dask import extract_dask, register_pipeline

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        register_pipeline(client)
        records = [r for r, _ in extract_dask(documents(), client, chunk_size=2)]
    assert records == serial_records


def test_cli_ingest_with_worker_processes(tmp_path, serial_records):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "title": d.title, "text": d.text, "date": d.published},
                                       ensure_ascii=False) + "\n" for d in documents() if isinstance(d, Document)),
                    "utf-8")
    db = tmp_path / "w.db"
    assert main(["ingest", str(path), "--db", str(db), "--workers", "2", "--quiet", "--batch-size", "2"]) == 0
    with open_store(f"sqlite:///{db}") as store:
        stored = {r["document"]["id"]: r for r in (store.get_document(f"d{i}")["record"] for i in range(len(TEXTS)))}
    expected = {r["document"]["id"]: r for r in serial_records if r["document"]["id"].startswith("d")}
    for doc_id, record in expected.items():
        assert stored[doc_id]["events"] == record["events"]
        assert stored[doc_id]["actors"] == record["actors"]


def test_workers_and_dask_exclude_each_other(capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "x.jsonl", "--workers", "2", "--dask", "tcp://127.0.0.1:1"])

"""Readers on real files and on bad input written into tmp_path."""
from __future__ import annotations

import gzip
import io
import json
import sys
from itertools import islice
from pathlib import Path

import pytest
from conftest import SEED

from communique.ingest import read_path, read_paths
from communique.model import Document, ReadError

SEED_TITLE = "Главы МИД КР и КНР подчеркнули активизацию сотрудничества между двумя странами"
RU_TEXT = "Министр иностранных дел России провёл переговоры с коллегой из Киргизии в Москве."


def one(path: Path | str, **kwargs) -> Document | ReadError:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1, items
    return items[0]


def error(path: Path | str, **kwargs) -> ReadError:
    item = one(path, **kwargs)
    assert isinstance(item, ReadError), item
    assert item.path == str(path)
    return item


# -- the seed and plain text ------------------------------------------------

def test_seed_document():
    doc = one(SEED)
    assert isinstance(doc, Document)
    assert doc.id == str(SEED)
    assert doc.title == SEED_TITLE
    assert doc.published == "2025-11-20T10:29"
    assert doc.lang == "ru"
    assert doc.text.startswith("В период с 19 по 20 ноября 2025 года по приглашению министра")
    assert doc.text.endswith("на 2026-2027 годы.")


def test_seed_normalisation_keeps_text_otherwise():
    doc = one(SEED)
    assert "\u00a0" not in doc.title + doc.text
    # the lone-NBSP separator lines became empty lines
    assert "\n\nВ ходе переговоров стороны" in doc.text
    assert not any(line and not line.strip() for line in doc.text.split("\n"))
    raw = SEED.read_text("utf-8").replace("\u00a0", " ")
    assert all(line in raw for line in doc.text.split("\n"))


def test_plain_text_without_date_line(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("\n\n  Talks in Bishkek  \r\nThe ministers met\u200b on Monday.\r\n", "utf-8")
    doc = one(path)
    assert (doc.title, doc.text, doc.published, doc.lang) == (
        "Talks in Bishkek", "The ministers met on Monday.", None, "en")


def test_date_line_only_is_no_text(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text(" date 2025-11-20 10:29\n\n", "utf-8")
    assert error(path).message == "no text"


# -- JSONL -------------------------------------------------------------------

def test_corpus_first_lines(corpus_path):
    docs = list(islice(read_path(corpus_path), 20))
    assert all(isinstance(d, Document) for d in docs)
    with corpus_path.open(encoding="utf-8") as f:
        first = json.loads(f.readline())
    assert docs[0].id == first["id"]
    assert docs[0].title == first["title"]
    assert docs[0].text == first["text"].replace("\u00a0", " ")
    assert docs[0].published == first["date"]
    assert docs[0].source == first["source"] and docs[0].url == first["url"]
    assert len({d.id for d in docs}) == 20


def test_jsonl_broken_line_in_the_middle(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = {"id": "a", "title": "Визит", "text": RU_TEXT, "date": "2025-11-20"}
    path.write_text("\n".join([
        json.dumps(good, ensure_ascii=False),
        '{"id": "b", "title": "oops"',
        json.dumps({"title": "Second", "text": None}),
    ]) + "\n", "utf-8")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert items[0].lang == "ru" and items[0].published == "2025-11-20"
    assert items[1].line == 2 and items[1].path == str(path)
    assert "bad JSON" in items[1].message
    assert str(items[1]).startswith(f"{path}:2: ")
    assert items[2].id == f"{path}:3" and items[2].text == "" and items[2].published is None


@pytest.mark.parametrize("line, message", [
    ("[1, 2]", "not a JSON object (got list)"),
    ('{"id": "x", "text": 5}', "'text' is not a string (got int)"),
    ('{"id": "x", "title": "", "text": null}', "no text"),
])
def test_jsonl_bad_objects(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", "utf-8")
    err = error(path)
    assert (err.message, err.line) == (message, 1)


def test_jsonl_gz(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"n{i}", "title": f"Headline {i}", "lang": "en"}) + "\n")
    docs = list(read_path(path))
    assert [d.id for d in docs] == ["n0", "n1", "n2"]
    assert docs[2].title == "Headline 2" and docs[2].text == ""


def test_broken_gzip(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"this is not gzip")
    assert error(path).message.startswith("broken gzip file")


def test_jsonl_is_streamed_but_long_lines_fail(tmp_path):
    path = tmp_path / "big.jsonl"
    long_text = "я" * (600 * 1024)  # 1.2 MB of UTF-8
    path.write_text("\n".join(json.dumps({"id": str(i), "title": "t", "text": long_text}, ensure_ascii=False) for i in range(3))
                    + "\n" + json.dumps({"id": "short", "title": "t"}) + "\n", "utf-8")
    items = list(read_path(path, max_mb=2))  # the file (3.6 MB) is over the limit: fine
    assert [i.id for i in items] == ["0", "1", "2", "short"]
    items = list(read_path(path, max_mb=1))
    assert [type(i).__name__ for i in items] == ["ReadError"] * 3 + ["Document"]
    assert "line longer than the 1 MB limit" in items[0].message and items[1].line == 2


# -- bad files ---------------------------------------------------------------

def test_missing_path(tmp_path):
    assert error(tmp_path / "nope.txt").message == "no such file"


def test_empty_file(tmp_path):
    for name in ("empty.txt", "empty.jsonl", "empty.html", "empty.rss"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert error(path).message == "empty file", name


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert error(path).message.startswith("binary file")


def test_cp1251_russian_decodes(tmp_path):
    path = tmp_path / "cp1251.txt"
    path.write_bytes(f"Переговоры в Москве\n{RU_TEXT}\n".encode("cp1251"))
    doc = one(path)
    assert doc.title == "Переговоры в Москве" and doc.text == RU_TEXT and doc.lang == "ru"


def test_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffЗаголовок\nТекст.".encode("utf-8"))
    assert one(path).title == "Заголовок"


def test_latin1_junk_fails_clearly(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café crème, naïve façade, über Größe\nMore déjà vu.".encode("latin-1"))
    err = error(path)
    assert err.message == "not UTF-8 or cp1251 text"
    assert str(err) == f"{path}: not UTF-8 or cp1251 text"


def test_file_over_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"Title\n")
        f.truncate(25 * 2**20)  # sparse: 25 MB without writing them
    err = error(path)
    assert err.message.startswith("file too large: the limit is 20 MB (25.0 MB)")
    assert isinstance(one(path, max_mb=30), ReadError)  # now read: NULs make it binary


def test_limit_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "small.txt"
    path.write_text("Title\n" + "word " * 300_000, "utf-8")
    assert isinstance(one(path), Document)
    monkeypatch.setenv("COMMUNIQUE_MAX_FILE_MB", "1")
    assert "the limit is 1 MB" in error(path).message


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Title\nBody", "utf-8")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    assert error(path).message == "permission denied"


# -- HTML and feeds ----------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Встреча министров | МИД</title><meta property="article:published_time" content="2025-11-20T10:29:00+06:00">
</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Главы МИД КР и КНР провели переговоры</h1>
<p>В период с 19 по 20 ноября 2025 года в Бишкеке состоялись переговоры министров иностранных дел
Кыргызской Республики и Китайской Народной Республики.</p>
<p>Стороны обсудили широкий спектр вопросов двустороннего сотрудничества и подписали программу.</p>
</article><footer>© Министерство иностранных дел</footer></body></html>"""


def test_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, "utf-8")
    doc = one(path)
    assert doc.id == str(path)
    assert doc.title == "Главы МИД КР и КНР провели переговоры"
    assert doc.published == "2025-11-20"
    assert doc.lang == "ru"
    assert doc.text.startswith("В период с 19 по 20 ноября 2025 года")
    assert "подписали программу" in doc.text
    assert "Главная" not in doc.text and "©" not in doc.text


def test_html_in_cp1251(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(HTML.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251"))
    assert one(path).title == "Главы МИД КР и КНР провели переговоры"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>MFA News</title><link>https://mfa.example/</link>
<item><title>Ministers met in Bishkek</title><link>https://mfa.example/news/1</link>
<guid>urn:mfa:1</guid><pubDate>Thu, 20 Nov 2025 10:29:00 +0600</pubDate>
<description>&lt;p&gt;The ministers &lt;b&gt;met&lt;/b&gt; &amp;amp; talked.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>Phone call</title><link>https://mfa.example/news/2</link>
<description>The ministers spoke by phone.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kremlin news</title><id>urn:feed</id>
<updated>2025-11-20T10:00:00+03:00</updated>
<entry><title>Переговоры с Президентом Киргизии</title><id>urn:kremlin:1</id>
<link href="http://kremlin.example/events/1"/><updated>2025-11-20T10:00:00+03:00</updated>
<published>2025-11-19T23:30:00+03:00</published>
<content type="html">&lt;p&gt;Владимир Путин провёл переговоры.&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, "utf-8")
    first, second = read_path(path)
    assert (first.id, first.title, first.url, first.source) == (
        "urn:mfa:1", "Ministers met in Bishkek", "https://mfa.example/news/1", "MFA News")
    assert first.text == "The ministers met & talked.\n\nSecond paragraph."
    assert first.published == "2025-11-20T10:29:00+06:00"
    assert first.lang == "en"
    assert second.id == "https://mfa.example/news/2" and second.published is None


def test_atom_feed(tmp_path):
    path = tmp_path / "kremlin.atom"
    path.write_text(ATOM, "utf-8")
    doc = one(path)
    assert (doc.id, doc.source, doc.lang) == ("urn:kremlin:1", "Kremlin news", "ru")
    assert doc.text == "Владимир Путин провёл переговоры."
    assert doc.published == "2025-11-19T23:30:00+03:00"  # the source's own day, not UTC's


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("this is <not a feed", "utf-8")
    assert error(path).message.startswith("not an RSS/Atom feed")


# -- directories, several paths, stdin ---------------------------------------

def test_directory_tree(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\nsecond", "utf-8")
    (tmp_path / "a.txt").write_text("One\nfirst", "utf-8")
    (tmp_path / "b" / "feed.rss").write_text(RSS, "utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden\nno", "utf-8")
    (tmp_path / ".dot.txt").write_text("Hidden\nno", "utf-8")
    (tmp_path / "notes.md").write_text("Unknown\nextension", "utf-8")
    (tmp_path / "b" / "empty.txt").write_bytes(b"")
    items = list(read_path(tmp_path))
    assert [i.title if isinstance(i, Document) else i.message for i in items] == [
        "One", "empty file", "Ministers met in Bishkek", "Phone call", "Two"]
    assert items[1].path == str(tmp_path / "b" / "empty.txt")


def test_directory_without_readable_files(tmp_path):
    (tmp_path / "notes.md").write_text("x", "utf-8")
    assert error(tmp_path).message.startswith("no readable files in directory")


def test_several_paths_in_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Title\nBody", "utf-8")
    items = list(read_paths([good, str(tmp_path / "missing.txt"), SEED]))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert items[2].title == SEED_TITLE


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_seed_format(monkeypatch):
    _stdin(monkeypatch, SEED.read_bytes())
    doc = one("-")
    assert (doc.title, doc.published) == (SEED_TITLE, "2025-11-20T10:29")


def test_stdin_jsonl(monkeypatch):
    lines = [json.dumps({"id": "x1", "title": "A", "text": "first"}), "not json",
             json.dumps({"id": "x2", "title": "B"})]
    _stdin(monkeypatch, ("\n" + "\n".join(lines) + "\n").encode("utf-8"))
    items = list(read_path("-"))
    assert [getattr(i, "id") for i in items] == ["x1", "<stdin>:3", "x2"]
    assert items[1].line == 3


def test_stdin_text_stream_without_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Заголовок\nТекст новости."))
    assert one("-").text == "Текст новости."


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "dump").write_text(json.dumps({"id": "j1", "title": "From JSONL"}) + "\n", "utf-8")
    (tmp_path / "README").write_text("Plain title\nPlain body", "utf-8")
    assert one(tmp_path / "dump").title == "From JSONL"
    assert one(tmp_path / "README").text == "Plain body"


@pytest.fixture
def feed_server():
    """A local HTTP server: /feed.rss serves RSS, anything else is 404."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            body = RSS.encode("utf-8")
            self.send_response(200 if self.path == "/feed.rss" else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_url(feed_server):
    docs = list(read_path(f"{feed_server}/feed.rss"))
    assert [d.id for d in docs] == ["urn:mfa:1", "https://mfa.example/news/2"]
    missing = error(f"{feed_server}/gone.rss")
    assert missing.message == "cannot fetch: HTTP 404 Not Found"

"""The public JSON record: encode -> JSON Schema -> decode, built by hand (no NLP)."""
from __future__ import annotations

import copy
import dataclasses
import json
import re
from pathlib import Path

import jsonschema
import pytest
from conftest import SEED

from communique import codec
from communique.ingest import read_path
from communique.model import (
    Actor, Agreement, Analysis, DateRange, Document, Event, Participant, Place, Plover, Position,
    ReadError, Span,
)

TITLE = "Главы МИД КР и КНР подчеркнули активизацию сотрудничества между двумя странами"
TEXT = (
    "В период с 19 по 20 ноября 2025 года по приглашению министра иностранных дел КР Жээнбека "
    "Кулубаева в Кыргызстане проходит официальный визит члена политического бюро Центрального "
    "комитета Коммунистической партии Китая, министра иностранных дел КНР Вана И.\n\n"
    "По итогам переговоров подписано совместное заявление и Программа сотрудничества между "
    "министерствами иностранных дел Кыргызской Республики и Китайской Народной Республики на "
    "2026-2027 годы."
)
DOC = Document(id="examples/000_25b0059bbf3c897c.txt", title=TITLE, text=TEXT,
               published="2025-11-20T10:29", lang="ru", source="mfa.gov.kg", url="https://mfa.gov.kg/")


def span(piece: str, field: str = "text", rule: str | None = None) -> Span:
    start = DOC.field_text(field).index(piece)
    return Span(field, start, start + len(piece), piece, rule)


def seed_analysis() -> Analysis:
    """The seed's visit, with every dataclass and every optional field filled."""
    kulubaev = Actor(
        id="per:kulubaev", kind="person", name="Жээнбек Кулубаев", country="KGZ",
        positions=(Position("министр иностранных дел", org="МИД КР", country="KGZ", source="text",
                            evidence=(span("министра иностранных дел КР", rule="position.title"),)),),
        mentions=(span("Жээнбека Кулубаева"),), ref="kb:kulubaev", aliases=("Кулубаев Ж.",),
    )
    wang = Actor(
        id="per:wang_yi", kind="person", name="Ван И", country="CHN",
        positions=(Position("министр иностранных дел", org="МИД КНР", country="CHN", start="2013-03-16",
                            end="2022-12-30", source="kb"),
                   Position("министр иностранных дел", org="МИД КНР", country="CHN", start="2023-07-25",
                            source="kb")),
        mentions=(span("Вана И"),),
    )
    kyrgyzstan = Actor(id="state:KGZ", kind="state", name="Кыргызстан", country="KGZ",
                       mentions=(span("КР", field="title"), span("Кыргызстане")))
    china = Actor(id="state:CHN", kind="state", name="Китай", country="CHN", mentions=(span("КНР", field="title"),))
    visit = Event(
        id="ev:visit", type="visit", status="occurred",
        date=DateRange("2025-11-19", "2025-11-20", "day", reason="explicit range"),
        place=Place("Кыргызстан", "Бишкек", "KGZ", evidence=(span("в Кыргызстане"),)),
        participants=(
            Participant("per:wang_yi", "Ван И", "CHN", "министр иностранных дел КНР", "guest",
                        evidence=(span("министра иностранных дел КНР Вана И"),)),
            Participant("per:kulubaev", "Жээнбек Кулубаев", "KGZ", "министр иностранных дел КР", "host"),
        ),
        countries=("KGZ", "CHN"), organizations=("МИД КР", "МИД КНР"), format="official visit",
        topics=("trade", "transport"),
        agreements=(Agreement("Программа сотрудничества между министерствами иностранных дел", "program",
                              parties=("KGZ", "CHN"), period=DateRange("2026", "2027", "year"),
                              evidence=(span("Программа сотрудничества"),)),),
        cameo="042", plover=Plover("CONSULT", "visit", ("diplomatic",)),
        evidence=(span("В период с 19 по 20 ноября 2025 года", rule="date.range"), span("официальный визит")),
        confidence=0.9, trigger=span("визит", rule="trigger.visit"), sources=(DOC.id,),
    )
    return Analysis(document=DOC, actors=(kulubaev, wang, kyrgyzstan, china), events=(visit,),
                    errors=("examples/000: stage topics failed: ValueError()",))


def test_every_dataclass_field_is_filled():
    """Guards the round trip: each field of each public dataclass is set somewhere."""
    filled: dict[tuple[str, str], bool] = {}

    def walk(value) -> None:
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                if isinstance(value, Analysis) and f.name in ("sentences", "tokens", "mentions", "dates", "layers"):
                    continue  # private NLP layers: not part of the record
                item = getattr(value, f.name)
                key = (type(value).__name__, f.name)
                filled[key] = filled.get(key, False) or item not in (None, ())
                walk(item)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(seed_analysis())
    assert {cls for cls, _ in filled} == {"Analysis", "Document", "Actor", "Position", "Span", "Event",
                                         "DateRange", "Place", "Participant", "Agreement", "Plover"}
    assert [key for key, ok in filled.items() if not ok] == []


def test_round_trip():
    analysis = seed_analysis()
    record = json.loads(codec.dumps(codec.encode(analysis)))  # through real JSON text
    codec.validate(record)
    back = codec.decode(record)
    assert back == dataclasses.replace(analysis, document=dataclasses.replace(DOC, text=""))
    assert record["document"]["hash"] == DOC.hash
    assert "text" not in record["document"]


def test_offsets_point_at_their_text():
    record = codec.encode(seed_analysis())
    spans = [m for a in record["actors"] for m in a["mentions"]] + record["events"][0]["evidence"]
    assert len(spans) == 7
    for s in spans:
        source = TITLE if s["field"] == "title" else TEXT
        assert source[s["start"]:s["end"]] == s["text"]


def test_minimal_document_validates():
    codec.validate(codec.encode(Analysis(document=Document(id="d1", title="t", text="x"))))


def test_read_error_record_validates():
    record = codec.encode_error(ReadError(id="bad.txt", message="not UTF-8 or cp1251 text", path="bad.txt"))
    codec.validate(record)
    assert record["document"]["title"] is None and record["errors"] == ["bad.txt: not UTF-8 or cp1251 text"]


def _broken(change) -> dict:
    record = copy.deepcopy(codec.encode(seed_analysis()))
    change(record)
    return record


@pytest.mark.parametrize("change", [
    pytest.param(lambda r: r["events"][0].update(type="summit"), id="event-type"),
    pytest.param(lambda r: r["events"][0].update(status="rumoured"), id="event-status"),
    pytest.param(lambda r: r["events"][0]["date"].update(start="20.11.2025"), id="date-format"),
    pytest.param(lambda r: r["events"][0]["date"].update(end="2025-13-01"), id="date-month"),
    pytest.param(lambda r: r["events"][0]["date"].update(precision="week"), id="precision"),
    pytest.param(lambda r: r.pop("events"), id="missing-events"),
    pytest.param(lambda r: r.update(schema="communique/2"), id="schema-version"),
    pytest.param(lambda r: r["events"][0].update(countries=["KG"]), id="iso3"),
    pytest.param(lambda r: r["actors"][0].update(kind="group"), id="actor-kind"),
    pytest.param(lambda r: r["actors"][0]["mentions"][0].update(field="body"), id="span-field"),
    pytest.param(lambda r: r["actors"][0]["mentions"][0].update(start=-1), id="negative-offset"),
    pytest.param(lambda r: r["events"][0].update(confidence=1.5), id="confidence"),
    pytest.param(lambda r: r["events"][0]["participants"][0].pop("role"), id="participant-role"),
    pytest.param(lambda r: r["document"].pop("published"), id="document-published"),
])
def test_invalid_records_are_rejected(change):
    with pytest.raises(jsonschema.ValidationError):
        codec.validate(_broken(change))


def test_additional_properties_are_allowed():
    def extend(r):
        r["generator"] = "communique 0.1"
        r["events"][0]["sentiment"] = 0.2
    codec.validate(_broken(extend))


DOCS = Path(__file__).resolve().parent.parent / "docs" / "schema.md"


def _docs_example() -> dict:
    match = re.search(r"```json\n(.*?)\n```", DOCS.read_text("utf-8"), re.DOTALL)
    assert match, "docs/schema.md has no JSON example"
    return json.loads(match.group(1))


def test_docs_example_is_valid_and_its_offsets_are_real():
    record = _docs_example()
    codec.validate(record)
    (seed,) = read_path(SEED)
    assert record["document"]["hash"] == seed.hash
    event = record["events"][0]
    spans = [*event["evidence"], event["trigger"], *event["place"]["evidence"],
             *(s for p in event["participants"] for s in p["evidence"]),
             *(m for a in record["actors"] for m in a["mentions"])]
    for s in spans:
        assert seed.field_text(s["field"])[s["start"]:s["end"]] == s["text"]


def test_docs_name_every_schema_key():
    """A key added to the schema but not documented fails here."""
    docs = DOCS.read_text("utf-8")
    schema = codec.json_schema()
    definitions = [schema, *schema["$defs"].values()]
    keys = {key for d in definitions for key in d.get("properties", {})}
    assert sorted(k for k in keys if f"`{k}`" not in docs) == []

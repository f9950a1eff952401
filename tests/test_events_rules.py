"""Event rules on short sentences written for the test (types, roles, status, aggregates)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def events(text: str, published: str = "2025-05-06", **kw) -> list[dict]:
    return extract_document(Document(id="t", title="", text=text, published=published, **kw))["events"]


def roles(event: dict) -> dict[str, tuple]:
    return {p["name"]: (p["role"], p["country"]) for p in event["participants"]}


def test_call_initiator_by_side():
    (call,) = events("Президент России Владимир Путин провёл телефонный разговор с Президентом Франции "
                     "Эммануэлем Макроном по инициативе французской стороны.")
    assert call["type"] == "phone_call" and call["place"] is None
    by_surname = {name.split()[-1]: role for name, role in roles(call).items()}
    assert by_surname == {"Путин": ("participant", "RUS"), "Макрон": ("initiator", "FRA")}
    assert call["plover"] == {"type": "CONSULT", "mode": "phone", "context": []}


def test_statement_author_and_target_country():
    (st,) = events("Министр иностранных дел Германии Хайко Маас заявил, что решения по энергетике "
                   "должны приниматься в Европе, а не в США.")
    assert st["type"] == "statement"
    assert roles(st)["Хайко Маас"] == ("author", "DEU")
    assert set(st["countries"]) == {"DEU", "USA"}


def test_appointment_names_the_appointee():
    (pc,) = events("Новым премьер-министром Египта назначен Камаль аль-Ганзури.")
    assert pc["type"] == "position_change"
    assert [p["name"] for p in pc["participants"]] == ["Камаль аль-Ганзури"]
    assert pc["countries"] == ["EGY"]


def test_planned_visit_and_talks():
    found = {e["type"]: e for e in events(
        "Председатель КНР Си Цзиньпин 7–10 мая посетит с официальным визитом Российскую Федерацию. "
        "В ходе переговоров будут обсуждены вопросы двусторонних отношений.", published="2025-05-06")}
    visit = found["visit"]
    assert visit["status"] == "planned" and visit["format"] == "official visit"
    assert (visit["date"]["start"], visit["date"]["end"]) == ("2025-05-07", "2025-05-10")
    assert visit["place"]["country"] == "RUS" and roles(visit)["Си Цзиньпин"] == ("guest", "CHN")
    assert found["meeting"]["status"] == "planned"


def test_aggregates_cancellations_and_domestic_meetings_are_no_events():
    assert events("В этом году лидеры двух стран провели три двусторонние встречи.") == []
    assert events("Визит Президента Франции Эммануэля Макрона в Москву отменён.") == []
    assert events("Президент России Владимир Путин провёл встречу с мэром Москвы Сергеем Собяниным.") == []


def test_processes_spoken_of_are_no_events():
    assert [e["type"] for e in events(
        "Министр иностранных дел России Сергей Лавров обсудил ход переговоров по Сирии.")] == []

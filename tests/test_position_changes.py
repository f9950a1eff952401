"""Changes of post: what is one and what is not (aspirations, hypotheses, titles of no public office)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def changes(text: str, published: str = "2018-07-10") -> list[dict]:
    events = extract_document(Document(id="t", title="", text=text, published=published))["events"]
    return [e for e in events if e["type"] == "position_change"]


def test_titles_of_no_public_office_change_no_post():
    assert changes("Первым японским космонавтом стал Тойехиро Акияма, который в декабре 1990 года совершил полёт.") == []
    assert changes("24 октября бельгийский тренер Франк Веркотерен официально возглавил лиссабонский футбольный "
                   "клуб «Спортинг».") == []
    # a minister resigning is one, even with a correspondent in the story
    (pc,) = changes("Министр иностранных дел Борис Джонсон ушёл в отставку, сообщил корреспондент ИА REGNUM.")
    assert [p["name"] for p in pc["participants"]] == ["Борис Джонсон"]


def test_aspirations_and_hypotheses_are_no_change():
    assert changes("Трамп уже тогда говорил, что хочет стать президентом.") == []
    assert changes("Восьмидесятилетний Маккейн надеется в шестой раз стать сенатором от Аризоны.") == []
    assert changes("В этом случае президентом станет Джордж Буш.") == []
    # the appointer's intention is an appointment planned
    (pc,) = changes("Байден хочет назначить Пита Буттиджича министром транспорта.", published="2020-12-15")
    assert pc["status"] == "planned"

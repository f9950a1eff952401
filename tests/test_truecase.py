"""Documents written all in lower case are read with capitals restored (nlp/truecase.py, pipeline)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document
from communique.nlp.truecase import is_lowercased, truecase

WIRE = ("афины, 31 янв - риа новости. генеральный секретарь оон пан ги мун прибыл в воскресенье с трехдневным "
        "визитом на кипр, чтобы помочь межобщинным переговорам. президент кипра димитрис христофиас на официальном "
        "ужине в никосии заверил пан ги муна, что будет добиваться проведения в жизнь резолюций оон.")


def test_capitals_restored_in_place():
    assert is_lowercased(WIRE)
    cased = truecase(WIRE)
    assert len(cased) == len(WIRE) and cased.lower() == WIRE
    for name in ("ООН", "Пан Ги Мун", "Кипр", "Димитрис Христофиас", "Никосии", "Пан Ги Муна", "Генеральный"):
        assert name in cased, name
    assert " прибыл в воскресенье с трехдневным визитом на " in cased  # common words stay as they are


def test_texts_with_capitals_are_left_alone():
    text = "Президент России Владимир Путин провёл переговоры с Председателем КНР. " * 3
    assert not is_lowercased(text) and truecase(text) is text
    assert truecase("короткий заголовок") == "короткий заголовок"  # too short to tell by itself
    assert truecase("генсек оон прибыл на кипр", force=True) == "Генсек ООН прибыл на Кипр"


def test_a_lowercased_wire_item_yields_its_visit_and_keeps_its_text():
    doc = Document(id="t", title="генсек оон прибыл на кипр", text=WIRE, published="2010-01-31")
    record = extract_document(doc)
    (visit,) = [e for e in record["events"] if e["type"] == "visit"]
    assert visit["place"]["country"] == "CYP" and visit["date"]["start"] == "2010-01-31"
    assert [(p["name"], p["role"]) for p in visit["participants"]] == [("Пан Ги Мун", "guest")]
    assert record["document"]["hash"] == doc.hash  # the record is of the document as written
    assert record["document"]["title"] == "генсек оон прибыл на кипр"

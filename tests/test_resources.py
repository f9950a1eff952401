"""The reviewed lexicons: they load, they are consistent, and they cover real text."""
from __future__ import annotations

import re
from dataclasses import replace

import pycountry
import pytest

from conftest import SEED
from communique import resources as res
from communique.nlp.morph import lemmas
from communique.resources import Term, parse_term


def test_validate_resources_is_clean():
    assert res.validate_resources() == []


def _state(iso3: str) -> res.State:
    return res.state_by_iso3()[iso3]


def _plain(terms: tuple[Term, ...]) -> set[str]:
    return {t.text for t in terms if not t.ambiguous and not t.stem}


def test_kyrgyzstan_names():
    kgz = _state("KGZ")
    assert kgz.name_ru == "Кыргызстан"
    assert {"КР", "Кыргызская Республика", "Киргизия"} <= _plain(kgz.names())
    assert kgz.capital_ru == "Бишкек"
    assert {"кыргызский", "киргизский"} <= _plain(kgz.adjectives())
    assert Term("кыргызско", stem=True) in kgz.adjectives()


def test_china_names_adjectives_and_stem():
    chn = _state("CHN")
    assert {"КНР", "Китайская Народная Республика"} <= _plain(chn.names())
    assert "китайский" in _plain(chn.adjectives())
    assert Term("китайско", stem=True) in chn.adjectives()
    assert Term("Sino", stem=True) in chn.adjectives("en")


def test_ambiguous_abbreviations_are_marked():
    assert Term("РК", ambiguous=True) in _state("KAZ").names()
    assert Term("РК", ambiguous=True) in _state("KOR").names()
    assert Term("РБ", ambiguous=True) in _state("BLR").names()
    # a name that is also a common word is flagged on the name itself
    togo = _state("TGO").names()
    assert togo[0] == Term("Того", ambiguous=True)


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("РК", Term("РК")),
        ("?РК", Term("РК", ambiguous=True)),
        ("-франко", Term("франко", stem=True)),
        ("?-корейско", Term("корейско", ambiguous=True, stem=True)),
    ],
)
def test_parse_term(value, term):
    assert parse_term(value) == term


def test_states_cover_iso_3166_and_user_codes():
    codes = {s.iso3 for s in res.states()}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert {"XKX", "XAB", "XSO"} <= codes
    filled = _state("HKG")
    assert filled.name_ru == "Гонконг" and "filled" in filled.source
    assert len(res.states()) == len(codes)


def test_no_two_states_share_an_unmarked_lemma_sequence():
    owners: dict[str, set[str]] = {}
    for state in res.states():
        for t in state.names():
            if not t.ambiguous:
                owners.setdefault(" ".join(lemmas(t.text)), set()).add(state.iso3)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_every_city_has_a_known_country_and_capitals_are_complete():
    codes = {s.iso3 for s in res.states()}
    assert all(c.iso3 in codes for c in res.cities())
    capitals = {c.iso3 for c in res.cities() if c.kind == "capital"}
    assert capitals >= {s.iso3 for s in res.states() if s.capital_ru}
    by_name = {c.name_ru: c for c in res.cities()}
    assert by_name["Чолпон-Ата"].iso3 == "KGZ" and by_name["Чолпон-Ата"].kind == "resort"
    assert by_name["Ново-Огарёво"].kind == "residence"
    assert "Нур-Султан" in _plain(by_name["Астана"].names())


def _org(org_id: str) -> res.Organization:
    return {o.id: o for o in res.organizations()}[org_id]


def test_organizations():
    sco = _org("sco")
    assert "ШОС" in _plain(sco.names()) and "KGZ" in sco.members
    assert _org("unsc").parent == "un"
    bri = _org("belt-and-road")
    assert bri.kind == "initiative"
    assert "Один пояс — один путь" in _plain(bri.names())
    ca_china = _org("ca-china")
    assert ca_china.kind == "format"
    assert set(ca_china.members) == {"CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_bodies_templates_and_specific():
    by_id = {b.id: b for b in res.bodies()}
    assert "МИД" in _plain(by_id["mfa"].names()) and by_id["mfa"].iso3 == ""
    assert by_id["cpc-cc"].iso3 == "CHN"
    assert "ЦК КПК" in _plain(by_id["cpc-cc"].names())


def test_foreign_minister_post():
    fm = {p.id: p for p in res.posts()}["foreign-minister"]
    assert fm.title_ru == "министр иностранных дел"
    assert fm.category == "foreign_minister"
    assert "глава МИД" in _plain(fm.names())
    assert fm.body == "mfa"


def test_topics_have_a_reasonable_lexicon():
    ids = {t.id for t in res.topics()}
    assert {"trade_economy", "border_customs", "water", "international_affairs"} <= ids
    assert all(15 <= len(t.lemmas_ru) <= 40 for t in res.topics())


def test_validator_reports_real_mistakes(monkeypatch):
    kgz = res.state_by_iso3()["KGZ"]
    bad = (
        replace(kgz, iso3="KGY"),  # an unknown code, and it claims КР as well
        replace(kgz, iso3="KGZ"),  # a duplicate
    )
    rows = res._state_rows() + bad
    monkeypatch.setattr(res, "_state_rows", lambda: rows)
    problems = "\n".join(res.validate_resources())
    assert "KGY is neither in ISO 3166-1" in problems
    assert "duplicate iso3 KGZ" in problems
    assert re.search(r"'кр' claimed by \['KGY', 'KGZ'\]", problems)


def _lemma_seq(text: str) -> str:
    return " " + " ".join(lemmas(text)) + " "


def test_resource_terms_match_the_seed_text_by_lemmas():
    """What the matcher will do: nominative aliases, lemmatised, found in real text."""
    seed = _lemma_seq(SEED.read_text(encoding="utf-8"))
    expected = [
        *(t.text for t in _state("KGZ").names() if t.text in ("КР", "Кыргызская Республика", "Кыргызстан")),
        *(t.text for t in _state("CHN").names() if t.text in ("КНР", "Китайская Народная Республика", "Китай")),
        "Один пояс — один путь", "Центральная Азия — Китай", "ООН",
        "министр иностранных дел", "глава МИД",
        "член Политического бюро Центрального комитета Коммунистической партии Китая",
        "торгово-экономический", "сельскохозяйственный", "перерабатывающая промышленность",
        "контрольно-пропускной пункт", "железная дорога",
    ]
    assert len(expected) == 17
    missing = [e for e in expected if _lemma_seq(e) not in seed]
    assert missing == []
    topic_phrases = {t.id: t.lemmas_ru for t in res.topics()}
    for topic in ("trade_economy", "agriculture", "energy", "industry", "transport_logistics", "border_customs"):
        assert any(_lemma_seq(p) in seed for p in topic_phrases[topic]), topic


def _mentions(text: str, kind: str) -> set[str]:
    """The refs (states) or normal names (places) the pipeline finds in ``text``."""
    from communique.extract import build_pipeline
    from communique.model import Document

    analysis = build_pipeline()(Document(id="t", title="", text=text, published="2020-01-01"))
    return {m.ref if kind == "state" else m.normal for m in analysis.mentions if m.type == kind}


@pytest.mark.parametrize("form, iso3", [("Филиппин", "PHL"), ("Филиппинах", "PHL"), ("Филиппины", "PHL"),
                                        ("Нидерландов", "NLD"), ("Мальдив", "MDV"), ("Соединённых Штатов", "USA")])
def test_states_with_plural_names_are_found_in_every_case(form, iso3):
    assert iso3 in _mentions(f"Министр иностранных дел {form} прибыл в Москву.", "state")


@pytest.mark.parametrize("form, city", [("Львова", "Львов"), ("Львове", "Львов"), ("Тиране", "Тирана"),
                                        ("Астану", "Астана"), ("Тирану", "Тирана"),
                                        ("Марселе", "Марсель"), ("Тяньцзине", "Тяньцзинь"), ("Бонна", "Бонн")])
def test_places_whose_cases_lemmatise_apart_are_found(form, city):
    assert city in _mentions(f"Министр прибыл в город из {form} вчера.", "place")
    # an adjective of a city is no city ("Минские соглашения")
    assert "Минск" not in _mentions("Стороны обсудили выполнение Минских соглашений.", "place")

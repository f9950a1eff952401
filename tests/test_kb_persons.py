"""The curated persons KB: query behaviour and file-level integrity checks."""
from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import combinations

import pycountry
import pytest

from communique.kb.persons import Tenure, find_person, holders, persons, posts_on, tenures

ORG_IDS = {"UN", "SCO", "CSTO", "CIS", "EAEU", "EEC", "EU", "NATO", "OSCE"}
# Posts that several people hold at once; every other post has one holder at a time.
# posts several persons hold at once; an ambassador's post is one per receiving state (the `org` column)
MULTI_HOLDER = {"член Политбюро ЦК КПК", "член Государственного совета КНР", "заместитель министра иностранных дел",
                "первый заместитель министра иностранных дел", "вице-премьер", "первый вице-премьер",
                "вице-председатель Европейской комиссии", "официальный представитель МИД"}
BY_ORG = {"посол"}
HANDOVER = timedelta(days=7)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FM = "министр иностранных дел"


def ids(found) -> list[str]:
    return [getattr(x, "person_id", None) or x.id for x in found]


# --- queries ---------------------------------------------------------------

def test_china_foreign_minister_by_date():
    assert ids(holders(FM, "CHN", "2023-03-01")) == ["qin-gang"]
    assert ids(holders(FM, "CHN", "2025-11-19")) == ["wang-yi"]
    assert ids(holders(FM, "CHN", "2018-06-01")) == ["wang-yi"]
    assert ids(holders(FM, "CHN", "2010-01-01")) == ["yang-jiechi"]


def test_partial_date_overlaps_both_holders_of_the_month():
    assert sorted(ids(holders(FM, "CHN", "2023-07"))) == ["qin-gang", "wang-yi"]


def test_kyrgyz_foreign_minister_and_president_on_the_seed_date():
    fm = holders(FM, "KGZ", "2025-11-19")
    assert [t.name_ru for t in fm] == ["Жээнбек Кулубаев"]
    assert ids(holders("президент", "KGZ", "2025-11-19")) == ["sadyr-japarov"]
    assert ids(holders(FM, "KGZ", "2021-06-01")) == ["ruslan-kazakbayev"]


def test_kyrgyz_head_of_government_title_changes_in_2021():
    assert ids(holders("премьер-министр", "KGZ", "2019-01-01")) == ["mukhammedkaly-abylgaziev"]
    assert ids(holders("председатель кабинета министров", "KGZ", "2023-01-01")) == ["akylbek-japarov"]
    assert holders("премьер-министр", "KGZ", "2023-01-01") == ()


def test_kazakh_foreign_minister_changed_in_september_2025():
    assert ids(holders(FM, "KAZ", "2025-09-01")) == ["murat-nurtleu"]
    assert ids(holders(FM, "KAZ", "2025-11-19")) == ["yermek-kosherbayev"]


def test_find_person_by_full_name_alias_and_surname():
    assert ids(find_person("Ван И")) == ["wang-yi"]
    assert ids(find_person("ван и")) == ["wang-yi"]
    assert ids(find_person("Мирзиёев")) == ["shavkat-mirziyoyev"]
    assert ids(find_person("Шавкат Мирзиеев")) == ["shavkat-mirziyoyev"]
    assert ids(find_person("Эмомали Рахмонов")) == ["emomali-rahmon"]
    assert ids(find_person("Сергей Викторович Лавров")) == ["sergey-lavrov"]
    assert ids(find_person("Реджеп Эрдоган")) == ["recep-tayyip-erdogan"]
    assert ids(find_person("Kulubaev")) == ["zheenbek-kulubaev"]


def test_find_person_returns_every_candidate_for_a_shared_surname():
    assert sorted(ids(find_person("Бердымухамедов"))) == [
        "gurbanguly-berdimuhamedow", "serdar-berdimuhamedow"]
    assert {"wang-yi", "wang-qishan"} <= set(ids(find_person("Ван")))


def test_find_person_unknown_name():
    assert find_person("Иван Иванович Иванов") == ()
    assert find_person("") == ()


def test_wang_yi_posts_on_visit_date():
    posts = {t.post for t in posts_on("wang-yi", "2025-11-20")}
    assert {FM, "член Политбюро ЦК КПК"} <= posts
    assert "член Государственного совета КНР" not in posts


def test_posts_on_without_date_and_unknown_person():
    all_posts = posts_on("wang-yi", None)
    assert len(all_posts) >= 5
    assert [t.start for t in all_posts] == sorted(t.start for t in all_posts)
    # Between Qin Gang's appointment and the March 2023 session: not FM, still state councilor.
    assert {t.post for t in posts_on("wang-yi", "2023-03-01")} == {
        "член Государственного совета КНР", "член Политбюро ЦК КПК",
        "руководитель Канцелярии Комиссии ЦК КПК по иностранным делам"}
    assert posts_on("no-such-person", "2025-01-01") == ()


def test_acting_is_read_from_the_source_clause():
    novikov = posts_on("artem-novikov", None)[0]
    assert novikov.acting
    mirziyoyev = [t for t in posts_on("shavkat-mirziyoyev", None) if t.post == "президент"][0]
    assert not mirziyoyev.acting  # "acting until inauguration" is a note, not the whole tenure


# --- the file ---------------------------------------------------------------

def _first(d: str) -> date:
    return date.fromisoformat(d if len(d) == 10 else (d + "-01-01")[:10])


def _last(d: str) -> date:
    if len(d) == 10:
        return date.fromisoformat(d)
    if len(d) == 4:
        return date(int(d), 12, 31)
    y, m = int(d[:4]), int(d[5:7])
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def test_file_size_and_order():
    from communique.kb.persons import FILES

    assert 450 <= len(tenures()) <= 4000  # a sanity bound: the files are read whole on first use
    for name in FILES:
        keys = [(t.country, t.post, t.start) for t in tenures(name)]
        assert keys and keys == sorted(keys), name


def test_countries_are_iso3_or_organisation_ids():
    bad = {t.country for t in tenures()
           if t.country not in ORG_IDS and pycountry.countries.get(alpha_3=t.country) is None}
    assert not bad


def test_every_post_is_a_title_of_the_posts_file():
    """The KB and the extractor speak of posts in one vocabulary: a KB post is a title of posts.tsv (not an
    alias), so what the KB says a person held is an office the extractor knows (its category, its body)."""
    from communique import resources

    titles = {p.title_ru for p in resources.posts()}
    assert sorted({t.post for t in tenures()} - titles) == []


def test_dates_parse_and_are_ordered():
    for t in tenures():
        assert DATE.match(t.start), t
        _first(t.start), _last(t.start)
        if t.end is not None:
            assert DATE.match(t.end), t
            assert _first(t.start) <= _last(t.end), t


def test_every_row_has_a_source_and_open_rows_say_when_they_were_known():
    for t in tenures():
        assert t.source, t
        if t.end is None and "general knowledge" in t.source:
            assert "(to 20" in t.source, t


def _overlap(a: Tenure, b: Tenure) -> timedelta:
    """The overlap of two tenures, reading partial dates as leniently as possible."""
    start = max(_last(a.start), _last(b.start))
    end = min(_first(a.end) if a.end else date.max, _first(b.end) if b.end else date.max)
    return end - start


def test_single_holder_posts_do_not_overlap_beyond_a_handover():
    groups: dict[tuple[str, str, str | None], list[Tenure]] = {}
    for t in tenures():
        if t.post not in MULTI_HOLDER and not t.acting:
            groups.setdefault((t.country, t.post, t.org if t.post in BY_ORG else None), []).append(t)
    clashes = [(a.person_id, b.person_id, a.country, a.post)
               for group in groups.values() for a, b in combinations(group, 2)
               if a.person_id != b.person_id and _overlap(a, b) > HANDOVER]
    assert not clashes


def test_person_names_are_consistent_across_rows():
    from communique.kb import persons as module
    seen: dict[str, tuple[str, ...]] = {}
    for _, row in module._rows():
        names = (row["name_ru"], row["name_en"], row["aliases_ru"], row["aliases_en"])
        assert seen.setdefault(row["person_id"], names) == names, row["person_id"]
    assert len({p.id for p in persons()}) == len(persons())


def test_person_ids_are_slugs_and_names_are_in_the_right_script():
    def latin(text: str) -> bool:  # regnal numbers (Елизавета II) are not Latin script
        return bool(re.search(r"[A-Za-z]", re.sub(r"\b[IVX]+\b", "", text)))

    for p in persons():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p.id), p.id
        assert re.search(r"[А-Яа-яЁё]", p.name_ru) and not latin(p.name_ru), p.id
        assert not re.search(r"[А-Яа-яЁё]", p.name_en), p.id
        for alias in p.aliases_ru:
            assert not latin(alias), (p.id, alias)


@pytest.mark.parametrize("country", ["KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS", "BLR", "AZE", "ARM",
                                     "GEO", "MNG", "AFG", "PAK", "IND", "IRN", "TUR", "SAU", "ARE", "QAT",
                                     "OMN", "JPN", "KOR", "PRK", "USA", "GBR", "DEU", "FRA", "ITA"])
def test_every_covered_state_has_a_head_of_state_and_a_foreign_minister_in_2015(country):
    heads = {"президент", "председатель КНР", "король", "королева", "эмир", "султан", "верховный лидер"}
    on_date = [t for t in tenures() if t.country == country and t.valid_on("2015-06-01")]
    assert any(t.post in heads for t in on_date) or country == "JPN"
    assert any(t.post in (FM, "государственный секретарь") for t in on_date)


def test_posts_held_by_several_at_once():
    from communique.kb import persons as kb

    deputies = {t.person_id for t in kb.holders("заместитель министра иностранных дел", "RUS", "2019-01-15")}
    assert {"sergey-ryabkov", "alexander-grushko"} <= deputies
    # an ambassador's post is one per receiving state
    assert [t.org for t in kb.posts_on("anatoly-antonov", "2019-01-15")] == ["embassy:USA"]

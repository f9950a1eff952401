"""An English document's record names states, organisations, places and posts in English
(src/communique/extract/localize.py); a Russian one keeps the Russian names."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document

# wikievents:suicide_ied_11 and wikievents:road_ied_8 (the corpus's English news), shortened
CONDEMNS = ("The United States condemns this cowardly attack on members of the U.S. and Afghan forces, and we remain "
            "committed to supporting the Afghan people and their government.")
PENTAGON = ("The Pentagon says US special forces at the isolated al-Tanf base are there to keep pressure on IS in the "
            "border area, but rebels have told Al-Monitor that the proximity of Russian and Syrian forces make "
            "operations difficult.")


def record(text: str, lang: str = "en", published: str = "2015-12-21") -> dict:
    return extract_document(Document(id="t", title="", text=text, published=published, lang=lang))


def test_an_english_statement_names_its_state_in_english_and_keeps_the_russian_as_alias():
    rec = record(CONDEMNS)
    (st,) = rec["events"]
    assert [(p["name"], p["country"]) for p in st["participants"]] == [("United States", "USA")]
    usa = next(a for a in rec["actors"] if a["kind"] == "state" and a["country"] == "USA")
    assert usa["name"] == "United States" and "США" in usa["aliases"]


def test_a_state_body_of_its_own_is_named_without_the_state():
    (st,) = record(PENTAGON)["events"]
    assert [p["name"] for p in st["participants"]] == ["Department of Defense"]


def test_places_bodies_and_posts_of_an_english_release():
    (m,) = record("On 20 November 2025, Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev met "
                  "with the Ambassador of the Netherlands Aernout van Lynden in Bishkek.", published="2025-11-20")["events"]
    assert m["place"]["city"] == "Bishkek" and m["place"]["name"] == "Bishkek"
    posts = {p["name"]: p["position"] for p in m["participants"]}
    assert posts["Zheenbek Kulubaev"] == "Minister of Foreign Affairs"
    assert "Ministry of Foreign Affairs of Kyrgyzstan" in m["organizations"]


def test_the_article_before_a_state_whose_name_takes_one():
    from communique.extract.localize import english_name
    from communique.model import Actor

    assert english_name(Actor(id="x", kind="organization", name="", ref="mfa:GBR")) == \
        "Ministry of Foreign Affairs of the United Kingdom"
    assert english_name(Actor(id="x", kind="organization", name="", ref="mfa:KAZ")) == \
        "Ministry of Foreign Affairs of Kazakhstan"


def test_a_russian_document_keeps_russian_names_and_an_actor_keeps_canonical_posts():
    (st,) = record("США осуждают это трусливое нападение на военнослужащих США и Афганистана.", lang="ru")["events"]
    assert [p["name"] for p in st["participants"]] == ["США"]
    rec = record("On 20 November 2025, Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev met "
                 "with Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov in Bishkek.", published="2025-11-20")
    kulubaev = next(a for a in rec["actors"] if a["name"] == "Zheenbek Kulubaev")
    # the store's knowledge of who held which post asks by the canonical title
    assert {p["title"] for p in kulubaev["positions"]} == {"министр иностранных дел"}


def test_a_visit_to_a_state_is_placed_by_its_english_name():
    (visit,) = [e for e in record("On November 19-20, 2025, Minister of Foreign Affairs of the People's Republic of "
                                  "China Wang Yi paid an official visit to the Kyrgyz Republic.",
                                  published="2025-11-20")["events"] if e["type"] == "visit"]
    assert visit["place"] == {**visit["place"], "name": "Kyrgyzstan", "city": None, "country": "KGZ"}

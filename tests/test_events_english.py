"""English event rules on sentences in the style of ministry releases (the ministries' English pages):
appointments, phone talks, arrivals, audiences with envoys."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def events(text: str, published: str = "2025-11-20", lang: str = "en") -> list[dict]:
    return extract_document(Document(id="t", title="", text=text, published=published, lang=lang))["events"]


def named(event: dict) -> dict[str, tuple]:
    return {p["name"]: (p["role"], p["country"]) for p in event["participants"]}


def test_a_decree_appointing_a_minister_is_a_change_of_post():
    (change,) = events("President Sadyr Japarov signed a decree appointing Zheenbek Kulubaev as Minister of "
                       "Foreign Affairs.")
    assert change["type"] == "position_change" and change["countries"] == ["KGZ"]
    assert named(change) == {"Zheenbek Kulubaev": ("appointee", "KGZ")}


def test_phone_talks_of_two_ministers():
    (call,) = events("Foreign Minister of Kyrgyzstan Zheenbek Kulubaev and Foreign Minister of Kazakhstan "
                     "Murat Nurtleu held phone talks.")
    assert call["type"] == "phone_call" and call["place"] is None
    assert set(named(call)) == {"Zheenbek Kulubaev", "Murat Nurtleu"}


def test_will_arrive_in_a_capital_is_a_planned_visit():
    (visit,) = events("Foreign Minister of Uzbekistan Bakhtiyor Saidov will arrive in Beijing on December 3.")
    assert (visit["type"], visit["status"]) == ("visit", "planned")
    assert (visit["place"]["name"], visit["place"]["country"]) == ("Beijing", "CHN")
    assert visit["date"]["start"] == "2025-12-03"


def test_an_unnamed_ambassador_received_is_an_audience_hosted_by_who_receives():
    (audience,) = events("Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev received the Ambassador "
                         "of Japan to Kazakhstan.")
    assert audience["type"] == "meeting" and sorted(audience["countries"]) == ["JPN", "KAZ"]
    assert named(audience) == {"Yermek Kosherbayev": ("host", "KAZ"), "Japan": ("guest", "JPN")}


def test_a_russian_audience_has_the_same_roles():
    (audience,) = events("Министр иностранных дел Казахстана Ермек Кошербаев принял Посла Японии в Казахстане Икуко "
                         "Мотоки.", lang="ru")
    assert named(audience) == {"Ермек Кошербаев": ("host", "KAZ"), "Икуко Мотоки": ("guest", "JPN")}


def test_who_is_received_in_the_passive_is_the_guest():
    (audience,) = events("Wang Yi was received by President of the Kyrgyz Republic Sadyr Japarov.")
    assert named(audience) == {"Wang Yi": ("guest", "CHN"), "Sadyr Japarov": ("host", "KGZ")}
    (audience,) = events("Министр иностранных дел Китая Ван И был принят Президентом Кыргызской Республики Садыром "
                         "Жапаровым.", lang="ru")
    assert named(audience) == {"Ван И": ("guest", "CHN"), "Садыр Жапаров": ("host", "KGZ")}


def test_an_english_past_with_its_object_next_appoints_the_object():
    (change,) = events("Chinese President Xi Jinping appointed Zhang Hanhui as Chinese ambassador to Russia.")
    assert list(named(change)) == ["Zhang Hanhui"]
    (change,) = events("Prime Minister Keir Starmer dismissed Foreign Secretary David Lammy on Friday.")
    assert list(named(change)) == ["David Lammy"]
    # with an auxiliary the past is a passive: the subject before it
    (change,) = events("Alexander Darchiev was appointed ambassador to the United States by President Putin.")
    assert list(named(change)) == ["Alexander Darchiev"]
    # a participle set off after a name describes him, unless its sentence dates the change to a day
    assert [e["type"] for e in events("David Lammy, appointed in 2024, met Wang Yi.")] == ["meeting"]
    assert "position_change" in [e["type"] for e in events("David Lammy, appointed Foreign Secretary on Friday, "
                                                           "met Wang Yi.")]
    # the state he is sent to is not his own
    (change,) = events("Chinese President Xi Jinping appointed Zhang Hanhui as ambassador to Russia.")
    assert change["countries"] == ["CHN"]


def test_a_visit_goes_to_the_place_after_to_not_to_the_state_of_a_title():
    doc = Document(id="t", title="On the official visit of the Minister of Foreign Affairs of China Wang Yi to the "
                   "Kyrgyz Republic", text="", published="2025-11-20", lang="en")
    (visit,) = extract_document(doc)["events"]
    assert visit["type"] == "visit" and visit["place"]["country"] == "KGZ"
    assert named(visit) == {"Wang Yi": ("guest", "CHN")}


def test_names_written_with_english_initials_are_the_kb_persons():
    # "Zh." is one initial (Ж), not the end of a sentence
    (meeting,) = events("Minister of Foreign Affairs Zh. Kulubaev met with Minister of Foreign Affairs of China "
                        "Wang Yi.")
    assert set(named(meeting)) == {"Zheenbek Kulubaev", "Wang Yi"}
    (audience,) = events("President S. Japarov received the Ambassador of Japan to the Kyrgyz Republic.")
    assert named(audience)["Sadyr Japarov"] == ("host", "KGZ")


def test_heads_of_state_who_sign_are_the_sides_of_the_talks_and_a_discussion_by_phone_is_a_call():
    found = {e["type"]: e for e in events(
        "President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev in "
        "Tashkent. Following the talks, the heads of state signed a Treaty on Allied Relations.")}
    assert set(named(found["signing"])) == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}
    (call,) = events("Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev discussed "
                     "bilateral trade by phone on Monday.")
    assert call["type"] == "phone_call" and set(named(call)) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}

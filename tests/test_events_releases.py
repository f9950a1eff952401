"""What foreign-ministry releases write, in Russian and English: envoys, credentials, messages,
ministries named in English.  Sentences written for the test in the style of mfa.gov.kg,
mfa.gov.kz and mfa.uz releases."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.api import extract_document
from communique.model import Document


def events(text: str, published: str = "2025-03-12", lang: str = "ru", url: str | None = None) -> list[dict]:
    return extract_document(Document(id="t", title="", text=text, published=published, lang=lang, url=url))["events"]


def parties(event: dict) -> dict[str, tuple]:
    return {p["name"]: (p["role"], p["country"]) for p in event["participants"]}


def test_english_ambassador_with_rank_sending_and_receiving_state():
    (meeting,) = events("On March 11, 2025, Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev met "
                        "with the Ambassador Extraordinary and Plenipotentiary of the United States to the Kyrgyz "
                        "Republic Lesslie Viguerie.", lang="en")
    assert meeting["type"] == "meeting" and meeting["date"]["start"] == "2025-03-11"
    assert parties(meeting)["Lesslie Viguerie"][1] == "USA"
    assert set(meeting["countries"]) == {"KGZ", "USA"}


def test_english_envoy_received_and_named_before_the_title():
    (received,) = events("Deputy Foreign Minister Bakhtiyor Saidov received the Ambassador of Japan to Uzbekistan "
                         "Hiroshi Sakai.", lang="en")
    assert received["type"] == "meeting" and parties(received)["Hiroshi Sakai"][1] == "JPN"
    (met,) = events("Minister Zheenbek Kulubaev met with Lesslie Viguerie, Ambassador of the United States.",
                    lang="en")
    assert parties(met)["Lesslie Viguerie"][1] == "USA"


def test_english_ministry_of_a_state_is_an_author():
    (st,) = events("The Ministry of Foreign Affairs of Uzbekistan strongly condemns the terrorist attack in Moscow.",
                   lang="en")
    assert st["type"] == "statement"
    # named in the language of the text (the Russian name is among its aliases)
    assert parties(st) == {"Ministry of Foreign Affairs of Uzbekistan": ("author", "UZB")}
    (st,) = events("Kazakhstan's Foreign Ministry condemned the strike on Kyiv.", lang="en")
    assert [p["country"] for p in st["participants"]] == ["KAZ"]


def test_english_condolences_are_a_statement():
    (st,) = events("The Ministry of Foreign Affairs of the Kyrgyz Republic expresses its deep condolences to the "
                   "people of Turkey.", lang="en")
    assert st["type"] == "statement" and set(st["countries"]) == {"KGZ", "TUR"}


def test_credentials_presented_are_a_meeting():
    (ru,) = events("Посол Кыргызской Республики в Японии Айбек Молдогазиев вручил верительные грамоты Императору "
                   "Японии Нарухито.")
    assert ru["type"] == "meeting" and ru["format"] == "presentation of credentials"
    assert set(ru["countries"]) == {"KGZ", "JPN"}
    (en,) = events("Ambassador of Kazakhstan Nurlan Zhalgasbayev presented his credentials to President of Ukraine "
                   "Volodymyr Zelensky.", lang="en")
    assert en["type"] == "meeting" and set(en["countries"]) == {"KAZ", "UKR"}


def test_message_of_congratulation_is_a_statement_unless_told_in_a_call():
    (st,) = events("Президент Республики Узбекистан Шавкат Мирзиёев направил поздравительную телеграмму Президенту "
                   "Французской Республики Эммануэлю Макрону по случаю национального праздника.")
    assert st["type"] == "statement"
    assert parties(st)["Шавкат Мирзиёев"] == ("author", "UZB") and set(st["countries"]) == {"UZB", "FRA"}
    # a kremlin.ru readout of a call names only the other party; the wishes belong to the call
    found = events("Телефонный разговор с Президентом Сербии Александром Вучичем. Владимир Путин тепло поздравил "
                   "Президента Сербии с днём рождения.", url="http://kremlin.ru/events/president/news/76422")
    assert [e["type"] for e in found] == ["phone_call"]


def actors(text: str, published: str = "2025-03-12") -> dict[str, tuple]:
    record = extract_document(Document(id="t", title="", text=text, published=published))
    return {a["name"]: (a["country"], [p["title"] for p in a["positions"]]) for a in record["actors"]
            if a["kind"] == "person"}


def test_decree_signatory_before_the_appointee_is_a_second_person():
    text = ("Указом Президента Кыргызской Республики Садыра Жапарова Айбек Молдогазиев назначен Чрезвычайным и "
            "Полномочным Послом Кыргызской Республики в Японии.")
    found = actors(text)
    assert found["Садыр Жапаров"][0] == "KGZ" and set(found["Садыр Жапаров"][1]) == {"президент"}
    assert found["Айбек Молдогазиев"][1] == ["чрезвычайный и полномочный посол"]
    (pc,) = events(text)
    assert pc["type"] == "position_change" and [p["name"] for p in pc["participants"]] == ["Айбек Молдогазиев"]


def test_owner_of_a_post_is_in_the_genitive():
    found = actors("Пресс-секретарь Путина Дмитрий Песков заявил, что визит не планируется.")
    assert "Владимир Путин" in found and set(found["Дмитрий Песков"][1]) == {"пресс-секретарь"}  # (text and KB)
    # a name repeated surname first, as kremlin.ru captions do, owns nothing: a woman's name stays hers
    assert list(actors("С докладом выступила Председатель Верховного Суда Ирина Подносова Подносова Ирина "
                       "Леонидовна Председатель Верховного Суда .")) == ["Ирина Подносова"]


def test_decree_post_is_the_signers_even_with_a_state_between():
    found = actors("Указом Президента Республики Казахстан Ержан Ашикбаев освобожден от должности заместителя "
                   "Министра иностранных дел.")
    assert found["Ержан Ашикбаев"][1] == []
    (pc,) = events("Указом Президента Республики Казахстан Ержан Ашикбаев освобожден от должности заместителя "
                   "Министра иностранных дел.")
    assert pc["type"] == "position_change" and pc["countries"] == ["KAZ"]


def test_mans_surname_read_as_an_adjective_by_the_dictionary():
    found = actors("Состоялось заседание Межправительственной кыргызско-узбекской комиссии под сопредседательством "
                   "Первого заместителя Председателя Кабинета Министров Кыргызской Республики Даниила Ряскова и "
                   "заместителя Премьер-министра Узбекистана Жамшида Ходжаева.")
    assert {"Даниил Рясков", "Жамшид Ходжаев"} <= set(found)


def test_meeting_of_an_organisation_is_multilateral():
    (m,) = events("Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев принял участие в заседании Совета "
                  "министров иностранных дел государств-членов ШОС в г.Астана.")
    assert m["type"] == "meeting" and m["format"] == "multilateral"
    assert m["plover"]["mode"] == "multilateral" and m["place"]["city"] == "Астана"
    # a forum of the two-member Union State is not
    (m,) = events("Президенты России и Белоруссии приняли участие в пленарном заседании Международного форума "
                  "Союзного государства.")
    assert m["format"] is None and m["plover"]["mode"] is None


def test_states_in_a_meetings_complement_are_its_sides():
    (m,) = events("Президент Кыргызской Республики Садыр Жапаров принял участие в саммите глав государств "
                  "Центральной Азии и Китая в Астане.")
    assert {"KGZ", "CHN"} <= set(m["countries"])
    (m,) = events("В Москве прошла встреча министров иностранных дел России, Китая и Индии.")
    assert set(m["countries"]) == {"RUS", "CHN", "IND"} and m["format"] == "multilateral"


def test_former_holder_speaks_for_no_one():
    assert events("Как сообщал УНН, экс-канцлер Германии заявил, что в США свои энергетические интересы в Европе.",
                  published="2019-01-11") == []
    (st,) = events("Посол США в ФРГ повторно пригрозил участникам проекта «Северный поток — 2».",
                   published="2019-01-18")
    assert [p["country"] for p in st["participants"] if p["role"] == "author"] == ["USA"]


def test_first_person_words_are_not_a_named_states():
    # (a scraped quote whose sentences run together)
    assert events("Я сожалею что Украина стала первой за 11 лет страной из числа приоритетных торговых партнеров "
                  "США вошедшей в этот список Я призываю правительство страны принять скорейшие меры.",
                  published="2013-05-01") == []
    assert events("Украина призывает правительство США принять меры.", published="2013-05-01") != []


def test_officials_of_organisations_of_states_are_a_side():
    (m,) = events("Президент Садыр Жапаров принял Генерального секретаря ООН Антониу Гутерриша.")
    assert m["type"] == "meeting" and m["countries"] == ["KGZ"]
    assert "Организация Объединённых Наций" in m["organizations"]
    (m,) = events("President Sadyr Japarov received the Secretary-General of the Organization of Turkic States "
                  "Kubanychbek Omuraliev.", lang="en")
    assert m["type"] == "meeting" and "Organization of Turkic States" in m["organizations"]


def test_the_seat_of_an_organisation_is_no_host_of_its_officials():
    assert events("Генеральный секретарь НАТО Йенс Столтенберг прибыл в Брюссель.", published="2023-03-01") == []
    assert events("Генеральный секретарь ОБСЕ Хельга Шмид прибыла в Вену.", published="2023-03-01") == []
    (visit,) = events("Генеральный секретарь ОБСЕ Хельга Шмид прибыла в Бишкек.", published="2023-03-01")
    assert visit["type"] == "visit" and visit["countries"] == ["KGZ"]


def test_agreement_titles_are_named_in_the_nominative():
    found = {e["type"]: e for e in events(
        "20 ноября 2025 года Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провел переговоры с "
        "Министром иностранных дел Республики Узбекистан Бахтиёром Саидовым. По итогам переговоров министры "
        "подписали Программу сотрудничества между министерствами иностранных дел двух стран на 2026-2027 годы и "
        "Совместную декларацию о стратегическом партнерстве.", published="2025-11-20")}
    titles = [a["title"] for a in found["signing"]["agreements"]]
    assert titles[0].startswith("Программа сотрудничества между министерствами")
    assert any(t.startswith("Совместная декларация") for t in titles)


def test_english_titles_keep_their_capitalised_words_and_drop_a_passives_auxiliary():
    (signing,) = events("Kyrgyzstan and China signed a Cooperation Program between the Ministries of Foreign Affairs "
                        "for 2026-2027.", lang="en")
    assert [a["title"] for a in signing["agreements"]] == [
        "Cooperation Program between the Ministries of Foreign Affairs for 2026-2027"]
    (signing,) = events("The Strategic Partnership Agreement between Kazakhstan and Uzbekistan was signed.", lang="en")
    assert [a["title"] for a in signing["agreements"]] == ["Strategic Partnership Agreement between Kazakhstan and "
                                                           "Uzbekistan"]


RELEASES = {  # a foreign ministry's release, written for the test in both languages
    "ru": ("release_kgz_uzb_ru.txt", "Главы МИД Кыргызстана и Узбекистана провели переговоры"),
    "en": ("release_kgz_uzb_en.txt", "Kyrgyz and Uzbek Foreign Ministers held talks in Bishkek"),
}


NAMES = {"ru": ("Бахтиёр Саидов", "Жээнбек Кулубаев", "Садыр Жапаров"),
         "en": ("Bakhtiyor Saidov", "Zheenbek Kulubaev", "Sadyr Japarov")}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_release_talks_visit_signing_and_audience_in_both_languages(lang: str):
    name, title = RELEASES[lang]
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    record = extract_document(Document(id="t", title=title, text=text, published="2025-11-20", lang=lang))
    found = sorted((e["type"], tuple(sorted((p["name"], p["role"]) for p in e["participants"])),
                    e["place"]["city"] if e["place"] else None, e["date"]["start"]) for e in record["events"])
    # the same KB persons, named in the language of the release
    saidov, kulubaev, japarov = NAMES[lang]
    city = {"ru": "Бишкек", "en": "Bishkek"}[lang]  # places named in the language of the release
    talks = ((saidov, "guest"), (kulubaev, "host"))
    assert found == sorted([
        ("meeting", talks, city, "2025-11-20"),
        # the audience the President gave the guest is a meeting of its own, not part of the ministers' talks
        ("meeting", tuple(sorted(((saidov, "guest"), (japarov, "host")))), city, "2025-11-20"),
        ("signing", ((saidov, "signatory"), (kulubaev, "signatory")), city, "2025-11-20"),
        ("visit", talks, city, "2025-11-20"),
    ])
    (signing,) = [e for e in record["events"] if e["type"] == "signing"]
    (program,) = signing["agreements"]
    assert program["kind"] == "program" and program["period"]["end"] == "2027-12-31"
    visit = next(e for e in record["events"] if e["type"] == "visit")
    assert visit["format"] == "official visit"
    # "В тот же день" / "On the same day": the audience has the talks' day, not only the publication's
    audience = next(e for e in record["events"] if japarov in {p["name"] for p in e["participants"]})
    assert audience["date"]["precision"] == "day" and audience["date"]["reason"].startswith("counted from")


def test_both_languages_name_the_same_actors():
    ids = {}
    for lang, (name, title) in RELEASES.items():
        text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
        record = extract_document(Document(id="t", title=title, text=text, published="2025-11-20", lang=lang))
        ids[lang] = {p["actor"] for e in record["events"] for p in e["participants"]}
    assert len(ids["ru"]) == 3 and ids["ru"] == ids["en"]


def test_english_dialogue_of_ministers_named_by_post_and_states():
    (m,) = events("On 20 November 2025, the first round of the Strategic Dialogue between the Ministers of Foreign "
                  "Affairs of the Kyrgyz Republic and the People's Republic of China was held in Bishkek.",
                  published="2025-11-21", lang="en")
    assert m["type"] == "meeting" and m["format"] == "strategic dialogue" and m["date"]["start"] == "2025-11-20"
    assert set(parties(m)) == {"Zheenbek Kulubaev", "Wang Yi"} and m["place"]["city"] == "Bishkek"


def test_english_statements_and_changes_of_post_in_the_present_and_by_decree():
    (st,) = events("The Ministry of Foreign Affairs of Kazakhstan expresses serious concern over the escalation of the "
                   "conflict between India and Pakistan.", lang="en")
    assert st["type"] == "statement" and set(st["countries"]) == {"KAZ", "IND", "PAK"}
    (st,) = events("Uzbekistan welcomes the agreement between Armenia and Azerbaijan.", lang="en")
    assert parties(st) == {"Uzbekistan": ("author", "UZB")}
    (pc,) = events("By the Decree of the President of the Kyrgyz Republic, Aibek Moldogaziev was appointed Ambassador "
                   "of the Kyrgyz Republic to Japan.", lang="en")
    assert pc["type"] == "position_change" and pc["participants"][0]["position"] == "Ambassador"
    (pc,) = events("President Kassym-Jomart Tokayev relieved Murat Nurtleu of his duties as Minister of Foreign Affairs.",
                   lang="en")
    assert [p["name"] for p in pc["participants"]] == ["Murat Nurtleu"]


def test_foreign_names_left_in_an_oblique_case_find_their_kb_person():
    (m,) = events("Владимир Путин провел переговоры с Ким Чен Ыном.", published="2024-06-19")
    assert set(parties(m)) == {"Владимир Путин", "Ким Чен Ын"} and set(m["countries"]) == {"RUS", "PRK"}
    assert "Антониу Гутерриш" in actors("Президент Садыр Жапаров принял Генерального секретаря ООН Антониу Гутерриша.")


def test_a_format_named_in_a_meeting_brings_its_states():
    (m,) = events("Министр иностранных дел Республики Узбекистан Бахтиёр Саидов принял участие в министерской встрече "
                  "формата «Центральная Азия – ЕС» в Самарканде.", published="2025-04-10")
    assert set(m["countries"]) == {"UZB", "KAZ", "KGZ", "TJK", "TKM"} and m["plover"]["mode"] == "multilateral"
    (m,) = events("Президент Кыргызстана принял участие в саммите «Центральная Азия – Китай» в Астане.",
                  published="2025-06-17")
    assert {"KGZ", "CHN", "KAZ", "UZB"} <= set(m["countries"])


def test_meetings_held_with_several_states_are_one_each():
    found = events("На полях сессии Жээнбек Кулубаев провел встречи с министрами иностранных дел Венгрии, Катара и "
                   "Малайзии.", published="2025-09-25")
    assert sorted(tuple(sorted(e["countries"])) for e in found) == [("HUN", "KGZ"), ("KGZ", "MYS"), ("KGZ", "QAT")]
    assert len({e["id"] for e in found}) == 3
    # talks of several states at one table stay one meeting
    (m,) = events("В ходе встречи с министрами иностранных дел Венгрии, Катара и Малайзии Жээнбек Кулубаев обсудил "
                  "вопросы сотрудничества.", published="2025-09-25")
    assert {"HUN", "QAT", "MYS"} <= set(m["countries"])


def test_taking_part_in_a_session_of_an_organisation_is_a_multilateral_meeting_at_its_seat():
    for text, lang, city, assembly in (("Делегация Кыргызской Республики во главе с Министром иностранных дел Жээнбеком Кулубаевым "
                        "приняла участие в общих дебатах 80-й сессии Генеральной Ассамблеи ООН в Нью-Йорке.", "ru",
                                        "Нью-Йорк", "Генеральная Ассамблея ООН"),
                       ("Minister of Foreign Affairs Zheenbek Kulubaev took part in the general debate of the 80th "
                        "session of the UN General Assembly in New York.", "en", "New York", "UN General Assembly")):
        (m,) = events(text, published="2025-09-25", lang=lang)
        # the United States is the seat's country, no side of the General Assembly
        assert m["type"] == "meeting" and m["countries"] == ["KGZ"] and m["place"]["city"] == city
        assert m["format"] == "multilateral" and assembly in m["organizations"]


def test_a_state_in_the_genitive_of_a_noun_is_no_author():
    assert events("Призыв США критикует и глава Восточного комитета немецкой экономики Вольфганг Бюхель: говорит, "
                  "что речь идет о суверенитете Германии.", published="2019-01-11") == []
    # but after an adverbial noun, or a noun that stands for the state, it is
    (st,) = events("На прошлой неделе Франция заявила, что будет вместе с Великобританией направлять оружие "
                   "повстанцам.", published="2013-03-18")
    assert parties(st)["Франция"][0] == "author"


def test_documents_listed_line_by_line_or_joined_by_a_takzhe_are_all_signed():
    text = (Path(__file__).parent / "data" / "signing_list_ru.txt").read_text(encoding="utf-8")
    found = {e["type"]: e for e in events(text, published="2025-01-15")}
    assert [a["kind"] for a in found["signing"]["agreements"]] == ["agreement", "memorandum", "plan"]
    found = {e["type"]: e for e in events(
        "Владимир Путин провёл переговоры с Президентом Вьетнама То Ламом. В частности, подписаны Соглашение о "
        "сотрудничестве в области ядерной энергетики, Меморандум о взаимопонимании в сфере образования, а также "
        "Программа сотрудничества в области культуры на 2025–2027 годы.", published="2025-01-15")}
    assert [a["kind"] for a in found["signing"]["agreements"]] == ["agreement", "memorandum", "program"]


def test_a_statement_is_not_placed_where_what_it_speaks_of_happened():
    # written in the style of mfa.gov.kz; the attack's city is not where the ministry spoke
    (st,) = events("МИД Казахстана решительно осуждает террористический акт в Исламабаде и выражает соболезнования "
                   "Правительству Пакистана.")
    assert st["type"] == "statement" and st["place"] is None
    (st,) = events("The Ministry of Foreign Affairs of Kazakhstan strongly condemns the terrorist attack in Islamabad "
                   "and expresses condolences to the Government of Pakistan.", lang="en")
    assert st["type"] == "statement" and st["place"] is None
    # factrueval book_301: where he will not fly
    (st,) = events("Премьер-министр Израиля Биньямин Нетаньяху заявил, что не полетит в Вашингтон на ядерный саммит "
                   "Обамы.", published="2010-04-09")
    assert st["place"] is None
    # but the city right after the verb, its speaker or a date is where it was said
    (st,) = events("Глава МИД Германии Хайко Маас заявил в Берлине, что Россия должна освободить украинских моряков.",
                   published="2019-01-10")
    assert st["place"]["city"] == "Берлин"


def test_delegation_members_take_the_side_they_are_listed_under():
    # in the style of kremlin_ru:76608; the members join the talks told before, no meeting of their own
    (m,) = events("В Кремле Владимир Путин принял Президента Киргизии Садыра Жапарова. С российской стороны во встрече "
                  "принял участие заместитель Председателя Правительства Алексей Оверчук, с киргизской стороны – "
                  "руководитель Администрации Президента Адылбек Касымалиев.", published="2025-04-01")
    sides = {p["name"]: p["country"] for p in m["participants"]}
    assert sides["Алексей Оверчук"] == "RUS" and sides["Адылбек Касымалиев"] == "KGZ"
    # kremlin_ru:76824, shortened: the speakers of the session are its members, not a session of their own
    (m,) = events("Президенты России и Белоруссии Владимир Путин и Александр Лукашенко приняли участие в пленарном "
                  "заседании Международного форума Союзного государства в Волгограде. На заседании также выступили "
                  "Председатель Государственной Думы Российской Федерации Вячеслав Володин и Председатель Палаты "
                  "представителей Национального собрания Республики Беларусь Игорь Сергеенко.", published="2025-04-29")
    assert {"Владимир Путин", "Вячеслав Володин", "Игорь Сергеенко"} <= {p["name"] for p in m["participants"]}
    # brexit:ru-1084: a side named in passing lists no one ("Отставка координатора с британской стороны …")
    (st,) = [e for e in events("Отставка координатора с британской стороны Дэвида Дэвиса мало что меняет, считает "
                               "председатель Европейского совета Дональд Туск.", published="2018-07-09")
             if e["type"] == "statement"]
    assert {p["name"]: p["country"] for p in st["participants"]}.get("Дональд Туск") is None


def test_english_initiative_of_a_call():
    for text in ("President Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan "
                 "at the Turkish side's initiative.",
                 "President Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan "
                 "at the initiative of the Turkish side."):
        (call,) = events(text, lang="en")
        assert call["type"] == "phone_call" and parties(call)["Recep Tayyip Erdoğan"] == ("initiator", "TUR")

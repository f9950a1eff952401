"""Event rules on real news headlines (1tv.ru, from ``corpus/headlines-ru.jsonl.gz``) and short items:
counterparts named by post or as a colleague, and a career told by years."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def headline(title: str, published: str, text: str = "") -> list[dict]:
    return extract_document(Document(id="t", title=title, text=text, published=published))["events"]


def named(event: dict) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in event["participants"]}


def test_an_official_met_by_post_and_state_alone_is_his_state():
    # no name, and no holder of this post in the KB: the state stands in for the side
    (talks,) = headline("Директор ФСБ РФ Николай Патрушев провел переговоры с министром госбезопасности Грузии",
                        "2002-10-08")
    assert talks["type"] == "meeting" and sorted(talks["countries"]) == ["GEO", "RUS"]
    assert named(talks) == {"Николай Патрушев": "RUS", "Грузия": "GEO"}


def test_the_subject_of_a_post_named_before_the_verb_is_no_counterpart():
    # "Министр … Грузии" opening the sentence is who speaks, not one met: the post rule needs "с"/"со"
    assert headline("Министр обороны Грузии заявил о планах провести учения", "2002-10-08") == []


def test_a_colleague_is_the_holder_of_the_same_post_in_that_state_on_the_date():
    (talks,) = headline("Сергей Лавров встретился в Пекине со своим китайским коллегой", "2014-04-15")
    assert named(talks) == {"Сергей Лавров": "RUS", "Ван И": "CHN"}
    assert talks["place"]["name"] == "Пекин"
    (call,) = headline("Сергей Лавров провел телефонный разговор с китайским коллегой", "2010-06-01")
    assert named(call) == {"Сергей Лавров": "RUS", "Ян Цзечи": "CHN"}


def test_a_colleague_named_after_the_word_is_that_person():
    (talks,) = headline("Лавров встретился с китайским коллегой Ван И", "2014-04-15")
    assert named(talks) == {"Сергей Лавров": "RUS", "Ван И": "CHN"}


def test_a_career_told_by_years_in_an_undated_item_is_background():
    # the item names a later year in a phrase that is no date of an event ("на выборах 1976 года")
    text = ("Бывший Президент США Джеральд Форд скончался сегодня в возрасте 93 лет. "
            "В 1974 году вследствие Уотергейтского дела последовала отставка Президента США Ричарда Никсона. "
            "На очередных президентских выборах 1976 года Джеральд Форд проиграл Джимми Картеру.")
    assert [e for e in headline("Умер бывший Президент США Джеральд Форд", None, text)
            if e["type"] == "position_change"] == []


def test_a_change_told_by_its_year_stays_news_when_only_a_target_year_follows():
    # "к 2030 году" aims at a year: it does not make the change of 2010 the past of the item
    text = ("В 2010 году премьер-министром Японии стал Наото Кан. "
            "Правительство планирует к 2030 году удвоить экспорт.")
    changes = [e for e in headline("Новый премьер Японии", None, text) if e["type"] == "position_change"]
    assert [named(e) for e in changes] == [{"Наото Кан": "JPN"}]


def test_a_visit_to_astana_in_the_accusative_is_placed():
    # "Астану" lemmatises apart from "Астана"; "Премьер-министр России" is the Chairman of the Government
    (visit, _) = headline("Премьер-министр России прибыл в Астану для участия в заседании Совета глав "
                          "правительств СНГ", "2022-10-27")
    assert visit["type"] == "visit" and named(visit) == {"Михаил Мишустин": "RUS"}
    assert (visit["place"]["name"], visit["place"]["country"]) == ("Астана", "KAZ")


def test_a_post_whose_words_name_its_state_is_resolved_and_is_an_office():
    # "премьер Госсовета КНР": the state is in the title; the KB words the post "премьер Государственного совета"
    found = {e["type"]: e for e in headline("Премьер Госсовета КНР прибыл в Москву для переговоров на уровне "
                                            "глав правительств", "2024-08-20")}
    assert named(found["visit"]) == {"Ли Цян": "CHN"} and found["visit"]["place"]["name"] == "Москва"


def test_heads_before_2007_are_known_on_the_date():
    (call,) = headline("Телефонный разговор Владимира Путина с Тони Блэром", "2006-08-06")
    assert named(call) == {"Владимир Путин": "RUS", "Тони Блэр": "GBR"}
    (talks,) = headline("В Кремле прошли переговоры президента России и премьер-министра Италии", "2002-04-03")
    assert named(talks) == {"Владимир Путин": "RUS", "Сильвио Берлускони": "ITA"}
    (talks,) = headline("В Санкт-Петербурге начались переговоры Президентов России и Азербайджана", "2002-06-09")
    assert named(talks) == {"Владимир Путин": "RUS", "Гейдар Алиев": "AZE"}


def test_an_undated_item_gives_a_person_the_state_of_the_post_it_names():
    # Пан Ги Мун had been South Korea's foreign minister: as the UN's Secretary-General he speaks for no state
    (visit,) = [e for e in headline("Генсек ООН прибыл на Кипр", None,
                                    "Генеральный секретарь ООН Пан Ги Мун прибыл на Кипр, чтобы помочь мирным "
                                    "переговорам.") if e["type"] == "visit"]
    assert named(visit) == {"Пан Ги Мун": None} and visit["countries"] == ["CYP"]



def test_initials_with_a_surname_in_an_oblique_case_are_the_kb_persons():
    found = {e["type"]: e for e in headline("На переговорах В.Путина и Н.Назарбаева подписаны несколько важных "
                                            "соглашений", "2007-05-10")}
    assert named(found["meeting"]) == {"Владимир Путин": "RUS", "Нурсултан Назарбаев": "KAZ"}
    assert set(named(found["signing"])) == {"Владимир Путин", "Нурсултан Назарбаев"}


def test_a_summit_in_a_state_is_held_there():
    (summit,) = headline("Дмитрий Медведев принимает участие в саммите стран членов АТЭС в Перу", "2008-11-23")
    assert summit["place"]["country"] == "PER" and sorted(summit["countries"]) == ["PER", "RUS"]


def test_talks_with_an_unnamed_official_of_an_organisation_are_with_it():
    (talks,) = headline("В Москве состоялись переговоры главы МИД России Сергея Лаврова с генсеком ОБСЕ",
                        "2025-03-11")
    assert named(talks) == {"Сергей Лавров": "RUS",
                            "Организация по безопасности и сотрудничеству в Европе": None}


def test_talks_named_by_a_compound_of_states_are_theirs():
    (talks,) = headline("В Стамбуле прошли российско-украинские переговоры", "2022-03-29")
    assert sorted(talks["countries"]) == ["RUS", "UKR"] and talks["place"]["name"] == "Стамбул"
    # at the highest level: the heads of state on the date
    (summit,) = headline("Российско-белорусские переговоры на высшем уровне состоялись в Кремле", "2021-09-09")
    assert named(summit) == {"Владимир Путин": "RUS", "Александр Лукашенко": "BLR"}


def test_english_compounds_of_states_name_talks_not_a_persons_origins():
    from communique.api import extract_document
    from communique.model import Document

    def english(text: str) -> list[dict]:
        return extract_document(Document(id="t", title="", text=text, published="2025-11-20", lang="en"))["events"]

    (commission,) = english("The 5th meeting of the Kyrgyz-Chinese Intergovernmental Commission on trade and "
                            "economic cooperation was held in Beijing.")
    assert sorted(commission["countries"]) == ["CHN", "KGZ"] and commission["place"]["name"] == "Beijing"
    # "the May 22 concert bombing" is a date, and "British-Libyan" a bomber's origins
    assert english("Salman Abedi, the British-Libyan who carried out the May 22 concert bombing, was known to "
                   "the police, Prime Minister Theresa May said.") == []


def test_words_a_headline_gives_to_a_state_body_after_a_colon_are_its_statement():
    (statement,) = headline("МИД РФ: Россия готова обеспечить проход судов, блокированных в украинских портах",
                            "2022-05-31")
    assert statement["type"] == "statement" and sorted(statement["countries"]) == ["RUS", "UKR"]
    assert [(p["name"], p["role"]) for p in statement["participants"]][0] == (
        "Министерство иностранных дел России", "author")
    # a news outlet is no state actor; a phrase ending in a name is no speaker
    assert headline("Axios: Зеленский готов рассмотреть новый план Трампа по Украине", "2025-11-20") == []
    assert headline("Запасной план Трампа: почему выборы в США превратились в фарс", "2020-11-01") == []


def test_a_headline_quote_gives_way_to_the_bodys_report_of_the_same_side():
    text = ("Министр иностранных дел Польши Яцек Чапутович заявил, что «Северный поток-2» лишает Украину "
            "защиты от агрессии России.")
    statements = [e for e in headline("МИД Польши: «Северный поток-2» лишает защиты от агрессии России",
                                      "2019-01-04", text) if e["type"] == "statement"]
    assert [[p["name"] for p in e["participants"] if p["role"] == "author"] for e in statements] == [["Яцек Чапутович"]]


def test_who_comments_on_talks_takes_no_part_in_them():
    (call,) = [e for e in headline("Пресс-секретарь президента РФ прокомментировал телефонный разговор Владимира "
                                   "Путина и Джо Байдена", "2021-04-14") if e["type"] == "phone_call"]
    assert named(call) == {"Владимир Путин": "RUS", "Джо Байден": "USA"}
    assert [e for e in headline("Сергей Лавров объяснил, почему провалился так называемый «мирный саммит» в "
                                "Швейцарии", "2024-06-20") if e["type"] == "meeting"] == []


def test_who_speaks_at_a_meeting_takes_part_in_it():
    text = "Посол Ирландии в США Майкл Коллинз рассказал об ирландских предках Обамы на встрече с Бараком Обамой."
    (meeting,) = [e for e in headline("Посол и президент", "2011-05-20", text) if e["type"] == "meeting"]
    assert set(named(meeting)) == {"Майкл Коллинз", "Барак Обама"}


def test_a_compound_of_states_names_the_talks_only_beside_their_noun():
    # the compound qualifies a conflict here, not the talks
    assert headline("Москва готова помочь в организации переговоров участников палестино-израильского конфликта",
                    "2002-05-20") == []


def test_calls_in_the_plural_with_two_leaders_are_two_calls():
    calls = headline("Президент России провел телефонные разговоры с президентом Украины и премьер-министром Италии",
                     "2006-05-20")
    assert sorted(tuple(sorted(named(c))) for c in calls) == [("Виктор Ющенко", "Владимир Путин"),
                                                             ("Владимир Путин", "Романо Проди")]


def test_a_state_body_dismissing_someone_changes_an_office_of_its_state():
    (change,) = headline("Украинская Верховная Рада с боем отправила в отставку Арсения Яценюка", "2008-11-12")
    assert change["type"] == "position_change" and named(change) == {"Арсений Яценюк": "UKR"}
    # a company's board is no state body
    assert headline("Правление Газпрома освободило от должности Ивана Петрова", "2008-11-12") == []


def test_the_secretary_of_the_security_council_on_the_date_and_not_his_deputy():
    (visit,) = headline("Секретарь Совета безопасности России совершил краткий рабочий визит в Грузию", "2004-05-17")
    assert named(visit) == {"Игорь Иванов": "RUS"} and visit["place"]["country"] == "GEO"
    # a deputy's post names no secretary: no change of post of Igor Ivanov here
    text = ("3 июня 2005 года освобожден от должности начальника Генерального штаба и назначен заместителем "
            "секретаря Совета безопасности Российской Федерации.")
    assert [named(e) for e in headline("Биография", "2005-06-03", text) if e["type"] == "position_change"
            and "Игорь Иванов" in named(e)] == []


def test_an_organisation_of_states_meeting_in_a_state_is_a_meeting_there():
    (summit,) = headline("В Барселоне завершилась встреча глав государств и правительств Европейского союза",
                         "2002-03-16")
    assert summit["type"] == "meeting" and summit["countries"] == ["ESP"]
    assert summit["place"]["name"] == "Барселона"
    # one to be held there is a planned meeting
    (planned,) = headline("Саммит Шанхайской Организации Сотрудничества в Китае стартует уже на этой неделе", "2025-08-25")
    assert (planned["type"], planned["status"], planned["place"]["country"]) == ("meeting", "planned", "CHN")
    # named only as the reason for something else, it is reported as no gathering held
    assert headline("В Йоханнесбурге будут введены усиленные меры безопасности в связи с проведением саммита "
                    "БРИКС", "2018-07-23") == []


def test_officials_who_discussed_in_a_headline_met():
    (talks,) = headline("Главы МИД России и Индии обсудили развитие отношений и перспективы сотрудничества", "2022-11-08")
    assert talks["type"] == "meeting" and sorted(talks["countries"]) == ["IND", "RUS"]
    assert set(named(talks)) == {"Сергей Лавров", "Субраманьям Джайшанкар"}
    # in a body, what was discussed is the content of the talks reported, no talks of their own
    found = headline("Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом", "2025-03-18",
                     "Состоялся телефонный разговор Владимира Путина с Президентом Турции Реджепом Тайипом Эрдоганом. "
                     "Президенты обсудили ситуацию на Ближнем Востоке.")
    assert [e["type"] for e in found] == ["phone_call"]


def test_a_capital_or_a_residence_speaking_is_its_state():
    (iran,) = headline("В Тегеране назвали «шуткой года» заявление США об элементах противоракетной обороны", "2007-06-04")
    assert iran["type"] == "statement" and named(iran) == {"Иран": "IRN"} and iran["countries"] == ["IRN", "USA"]
    (kremlin,) = headline("В Кремле назвали это заявление премьер-министра Польши Матеуша Моравецкого неудачной инсинуацией",
                          "2019-01-11")
    assert {p["name"]: p["role"] for p in kremlin["participants"]} == {"Россия": "author",
                                                                       "Матеуш Моравецкий": "target"}
    # a capital as a place where someone speaks is no author ("В Тегеране президент заявил")
    assert [p["name"] for p in headline("В Тегеране президент Ирана Махмуд Ахмадинежад осудил США", "2007-06-04")[0]
            ["participants"] if p["role"] == "author"] == ["Махмуд Ахмадинежад"]


def test_a_foreign_ministers_or_ministrys_headline_is_a_statement_with_no_other_state_named():
    for title, author in (("Россия будет добиваться расследования взрывов на «Северных потоках», заявил Сергей Лавров",
                           "Сергей Лавров"),
                          ("В МИД России предупредили о сокрушительном ударе в случае атаки на Крымский мост",
                           "Министерство иностранных дел России")):
        found = [e for e in headline(title, "2023-02-15") if e["type"] == "statement"]
        assert [[p["name"] for p in e["participants"] if p["role"] == "author"] for e in found] == [[author]], title
    # a minister of another department speaks of home affairs; and a body of text needs the other state
    assert headline("Министр финансов Антон Силуанов заявил о росте доходов бюджета", "2023-02-15") == []
    assert [e for e in headline("Итоги недели", "2023-02-15", "Россия будет добиваться расследования взрывов на "
                                "«Северных потоках», заявил Сергей Лавров.") if e["type"] == "statement"] == []


def test_a_leader_come_to_a_summit_of_an_organisation_meets_it():
    (meeting,) = [e for e in headline("Президент Франции прилетел на саммит НАТО", "2023-07-11") if e["type"] == "meeting"]
    assert named(meeting) == {"Эмманюэль Макрон": "FRA"}
    assert meeting["organizations"] == ["Организация Североатлантического договора"]
    assert meeting["plover"]["mode"] == "multilateral"
    # a summit named with no one come to it or taking part is not a meeting of the one who speaks of it
    assert [e for e in headline("Президент Франции раскритиковал саммит НАТО", "2023-07-11")
            if e["type"] == "meeting"] == []


def test_talks_are_held_in_the_state_named_right_before_their_verb():
    for title in ("Министр иностранных дел РФ Сергей Лавров в Камбодже встретился с главой МИД Индонезии",
                  "Лавров в Камбодже провел переговоры с главой МИД Индонезии"):
        (meeting,) = headline(title, "2022-11-12")
        assert (meeting["place"]["country"], meeting["place"]["city"]) == ("KHM", None), title
    # a state after the talks' noun is what they are about
    (meeting,) = headline("Лавров встретился с главой МИД Индонезии по ситуации в Сирии", "2022-11-12")
    assert meeting["place"] is None
    # the state they are placed in makes no side of them, nor is an ambassador's post in a state a place
    assert headline("Посол России в Латвии встречался с учениками одной из русскоязычных школ", "2003-04-15") == []
    assert headline("Второй день пребывания в Италии Владимир Путин начал встречей с редакторами ведущих "
                    "итальянских изданий", "2000-06-06") == []
    # where he went is no place of the talks: the visit's host stays their side
    (meeting,) = [e for e in headline("Первый день визита Путина в Германию был заполнен встречами с руководителями "
                                      "немецкого государства", "2000-06-15") if e["type"] == "meeting"]
    assert sorted(meeting["countries"]) == ["DEU", "RUS"]
    # a city of that state where a side's visit is told places them better
    (meeting,) = [e for e in headline("В Англии прошла встреча Болтона с главой МИД Великобритании", "2018-07-02",
                                      "Советник президента США Джон Болтон прибыл с визитом в Лондон.")
                  if e["type"] == "meeting"]
    assert meeting["place"]["city"] == "Лондон"


def test_the_course_of_talks_under_way_is_a_topic_not_talks():
    found = headline("На неделе министр иностранных дел Сергей Лавров прокомментировал ход переговоров Москвы и Киева",
                     "2022-04-10")
    assert [(e["type"], [p["name"] for p in e["participants"]]) for e in found] == [("statement", ["Сергей Лавров"])]
    # "в ходе переговоров" still tells the talks
    (meeting,) = headline("В ходе переговоров Лавров и Блинкен обсудили Украину", "2022-04-10")
    assert meeting["type"] == "meeting" and len(meeting["participants"]) == 2


def test_talks_by_telephone_are_a_call():
    # 1tv headlines of 2002-2003: "обсудили по телефону" had been typed as a meeting, "говорили по телефону" missed
    for title in ("Владимир Путин и Герхард Шредер обсудили по телефону ситуацию вокруг Ирака",
                  "Владимир Путин и президент США Джордж Буш говорили сегодня по телефону",
                  "Владимир Путин провел телефонные консультации с главой Белоруссии Александром Лукашенко"):
        (call,) = headline(title, "2003-01-10")
        assert call["type"] == "phone_call" and call["place"] is None and len(call["participants"]) == 2
    (call,) = headline("Владимир Путин разговаривал по телефону с президентом Туркменистана", "2003-01-10")
    assert call["type"] == "phone_call" and named(call) == {"Владимир Путин": "RUS", "Сапармурат Ниязов": "TKM"}


def test_a_post_sharing_its_last_word_with_the_state_is_that_states_post():
    # "президентом Республики" (a post's alias) and "Республики Корея" (the state) share "Республики"
    (call,) = headline("Состоялся телефонный разговор президента России с президентом Республики Корея", "2000-08-01")
    assert call["type"] == "phone_call" and named(call) == {"Владимир Путин": "RUS", "Ким Дэ Чжун": "KOR"}


def test_an_event_prepared_for_or_on_its_eve_is_to_come():
    (visit,) = headline("Японская полиция провела серию учений в рамках подготовки к визиту в Токио президента США "
                        "Джорджа Буша", "2002-02-07")
    assert (visit["type"], visit["status"]) == ("visit", "planned")
    (visit,) = headline("Накануне первого официального визита Джорджа Буша в Россию американские социологи опросили "
                        "сограждан", "2002-05-23")
    assert visit["status"] == "planned" and visit["date"]["precision"] == "reported"
    (talks,) = headline("В Вашингтоне готовятся к встрече премьер-министра Израиля Ариэля Шарона", "2002-02-06")
    assert talks["status"] == "planned"
    # talks "не начаты" did not take place
    assert headline("Переговоры по урегулированию конфликта между Индией и Пакистаном не начаты до сих пор",
                    "2002-01-07") == []


def test_russian_ministers_of_the_2000s_are_known_and_an_unknown_colleague_is_his_state():
    # officials.tsv: Sergei Ivanov was defence minister 2001-2007 (the KB had his later posts only)
    (visit,) = headline("Министр обороны России отправляется с рабочим визитом в США", "2004-04-04")
    assert named(visit) == {"Сергей Иванов": "RUS"} and visit["countries"] == ["RUS", "USA"]
    # one post, two states, the KB holder of one: the other state stands in for its minister
    (talks,) = headline("В Санкт-Петербурге прошли переговоры министров обороны России и США", "2004-08-15")
    assert named(talks) == {"Сергей Иванов": "RUS", "США": "USA"}


def test_a_place_told_by_its_states_adjective_places_a_visit():
    (visit,) = headline("В небольшой германский город Веймар прибыл Президент России Владимир Путин", "2002-04-09")
    assert (visit["place"]["city"], visit["place"]["country"]) == ("Веймар", "DEU")
    assert sorted(visit["countries"]) == ["DEU", "RUS"]
    (visit,) = headline("Президент России Владимир Путин прибыл в германскую столицу", "2002-04-09")
    assert (visit["place"]["city"], visit["place"]["country"]) == ("Берлин", "DEU")


def test_states_listed_after_the_talks_noun_are_its_sides_and_a_kb_office_makes_an_arrival_a_visit():
    (talks,) = headline("На Азорских островах пройдут переговоры лидеров США, Великобритании и Испании", "2003-03-15")
    assert talks["status"] == "planned" and sorted(talks["countries"]) == ["ESP", "GBR", "USA"]
    # states far after the noun are what is talked about, not its sides
    assert headline("На встрече в Кремле обсуждалось создание газотранспортного консорциума России, Украины и "
                    "Германии", "2003-04-22") == []
    # "лидер" is no office, but the KB's president of Ukraine on the date is
    (visit,) = headline("В Москву прилетел украинский лидер Леонид Кучма", "2002-12-09")
    assert visit["type"] == "visit" and named(visit) == {"Леонид Кучма": "UKR"}

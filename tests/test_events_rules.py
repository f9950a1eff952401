"""Event rules on short sentences written for the test (types, roles, status, aggregates)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def events(text: str, published: str = "2025-05-06", **kw) -> list[dict]:
    return extract_document(Document(id="t", title="", text=text, published=published, **kw))["events"]


def roles(event: dict) -> dict[str, tuple]:
    return {p["name"]: (p["role"], p["country"]) for p in event["participants"]}


def titled(title: str, text: str, published: str | None, type_: str, **kw) -> list[dict]:
    """The events of one type of an item with a headline."""
    doc = Document(id="t", title=title, text=text, published=published, **kw)
    return [e for e in extract_document(doc)["events"] if e["type"] == type_]


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


def test_inverted_author_after_a_long_title():
    (st,) = events("«Это безусловно неприемлемый политический нажим США на Германию», — сказал заместитель "
                   "министра иностранных дел России Александр Грушко.")
    assert st["type"] == "statement"
    assert roles(st)["Александр Грушко"] == ("author", "RUS")
    assert {"USA", "DEU"} <= set(st["countries"])


def test_object_after_the_verb_is_no_author():
    # "слова Трампа" is what was judged, not who spoke; nobody of a known state speaks here
    assert [e for e in events("В МИД оценили слова Трампа, предрёкшего Германии энергозависимость.")
            if e["type"] == "statement"] == []


def test_business_lobby_is_no_state_voice():
    text = ("Позицию Вашингтона относительно газопровода раскритиковал глава Восточного комитета немецкой "
            "экономики Вольфганг Бюхеле.")
    assert [e for e in events(text) if e["type"] == "statement"] == []


def test_international_organisation_speaks_through_its_official():
    record = extract_document(Document(
        id="t", title="Евросоюз заявил о нарушении границ Украины российским конвоем",
        text="Верховный представитель Евросоюза по иностранным делам и политике безопасности Кэтрин Эштон "
             "потребовала вывести конвой.", published="2014-08-22"))
    (st,) = [e for e in record["events"] if e["type"] == "statement"]
    assert roles(st)["Кэтрин Эштон"][0] == "author"
    assert {"UKR", "RUS"} <= set(st["countries"])


def test_decree_clause_is_done_and_the_state_is_the_publishers():
    record = extract_document(Document(
        id="t", title="", published="2025-03-26", source="kremlin.ru (ru)", url="http://kremlin.ru/acts/news/76541",
        text="Принять отставку Губернатора Свердловской области Куйвашева Е.В. по собственному желанию."))
    (pc,) = record["events"]
    assert pc["type"] == "position_change" and pc["status"] == "occurred"
    assert pc["countries"] == ["RUS"] and pc["participants"][0]["country"] == "RUS"


KREMLIN_TALKS = (
    "Глава Российского государства принял в Кремле Президента Республики Конго Дени Сассу-Нгессо. "
    "7 мая 2025 года 21:25 Москва, Кремль В.Путин : Уважаемый господин Президент! Мы подписали соглашение "
    "с Францией, и Сергей Лавров посетит Браззавиль.\n"
    "[Приложение: Участники беседы с Президентом Республики Конго Дени Сассу-Нгессо]\n"
    "Участники беседы 7 мая 2025 года С российской стороны: ЛАВРОВ Сергей Викторович – Министр иностранных "
    "дел Российской Федерации НОВАК Александр Валентинович – Заместитель Председателя Правительства")


def test_transcript_turns_and_participant_lists_report_no_events():
    record = extract_document(Document(id="t", title="Беседа с Президентом Республики Конго Дени Сассу-Нгессо",
                                       text=KREMLIN_TALKS, published="2025-05-07", source="kremlin.ru (ru)",
                                       url="http://kremlin.ru/events/president/news/76867"))
    types = sorted(e["type"] for e in record["events"])
    assert "signing" not in types  # said by a speaker, not reported by the item
    (talks,) = [e for e in record["events"] if e["type"] == "meeting"]
    assert {p["name"] for p in talks["participants"]} == {"Дени Сассу-Нгессо", "Владимир Путин"}
    assert talks["date"]["start"] == "2025-05-07" and talks["date"]["precision"] == "day"
    assert talks["date"]["reason"] == "dateline"


def test_appointments_by_copula_and_by_noun():
    (pc,) = events("Новым британским премьером стал лидер консерваторов Дэвид Кэмерон.", published="2010-05-11")
    assert pc["type"] == "position_change" and roles(pc) == {"Дэвид Кэмерон": ("appointee", "GBR")}
    (pc,) = events("Президент США Барак Обама объявил о назначении Тома Донилона советником по национальной "
                   "безопасности.", published="2010-10-08")
    assert [p["name"] for p in pc["participants"]] != ["Барак Обама"]  # the one appointed, not who appoints
    (pc,) = events("Посол Японии в России Масахару Коно будет снят с должности.", published="2010-12-24")
    assert [p["name"] for p in pc["participants"]] == ["Масахару Коно"] and pc["countries"] == ["JPN"]


def test_copula_without_an_office_is_no_appointment():
    found = events("Сегодня же стало известно, что королева Великобритании одобрила его назначение.")
    assert not any(p["name"] == "Елизавета II" for e in found for p in e["participants"])
    assert events("Кудрин надеется, что Владимир Путин станет кандидатом в президенты РФ.") == []


def test_visit_to_a_person_is_hosted_by_them_and_a_later_day_is_planned():
    (visit,) = events("Она подчеркнула, что Трамп готов к рабочему визиту к премьер-министру Терезе Мэй 13 июля и "
                      "укреплению «особенных отношений США и Британии».", published="2018-07-10")
    assert visit["type"] == "visit" and visit["status"] == "planned"
    assert roles(visit) == {"Дональд Трамп": ("guest", "USA"), "Тереза Мэй": ("host", "GBR")}
    assert visit["place"]["country"] == "GBR" and visit["date"]["start"] == "2018-07-13"


def test_second_statement_cue_with_a_speaker_wins():
    text = ("Об этом сообщил пресс-секретарь президента РФ Дмитрий Песков. К сожалению, вклад Бориса Джонсона в "
            "развитие британо-российских отношений скромный, если не сказать большего, - сказал Песков.")
    found = [e for e in events(text, published="2018-07-10") if e["type"] == "statement"]
    assert any(roles(e).get("Дмитрий Песков", ("",))[0] == "author" for e in found)


def test_contracts_are_no_diplomatic_signings():
    found = events("Главным тренером назначен Сергей Булатов, подписавший соглашение с клубом на 1 год.",
                   published="2013-06-01")
    assert all(e["type"] != "signing" for e in found)
    (signing,) = [e for e in events("Великобритания и Евросоюз подпишут соглашение о правах граждан.",
                                    published="2018-07-10") if e["type"] == "signing"]
    assert signing["status"] == "planned" and "GBR" in signing["countries"]


def test_one_post_two_states_and_the_talk_of_a_call_is_the_call():
    (talks,) = [e for e in events("В Бишкеке состоялись переговоры министров иностранных дел Кыргызстана и Китая.",
                                  published="2025-05-10") if e["type"] == "meeting"]
    assert set(roles(talks)) == {"Жээнбек Кулубаев", "Ван И"}  # the KB holders on the day
    found = events("Президент США Джо Байден провёл телефонный разговор с Президентом России Владимиром Путиным. "
                   "Беседа лидеров России и США носила деловой и откровенный характер.", published="2021-01-27")
    assert [e["type"] for e in found] == ["phone_call"]


def test_a_decree_signed_is_no_signing():
    found = events("Президент России Владимир Путин подписал распоряжение о выходе России из Международного "
                   "уголовного суда.", published="2016-11-16")
    assert all(e["type"] != "signing" for e in found)


def test_recalled_wished_and_supposed_changes_are_no_events():
    # (a bare "Ранее" before a change of post no longer makes it background: see test_position_changes)
    assert events("Напомним, в отставку подал министр финансов Словении Андрей Бертончель.", published="2020-01-27") == []
    assert events("Предполагается, что в отставку подаст премьер-министр Катара Хамад бен Джасем Аль Тани.",
                  published="2013-06-20") == []
    demanded = events("Оппозиция потребовала отставки мэра Москвы Юрия Лужкова.", published="2010-09-20")
    assert all(e["type"] != "position_change" for e in demanded)


def test_one_change_of_one_person_whatever_the_tense():
    found = events("Посол Японии в России Масахару Коно будет снят с должности. Решение об увольнении Коно было "
                   "принято 22 декабря.", published="2010-12-24")
    assert [e["type"] for e in found] == ["position_change"]


def test_private_trips_are_no_visits_and_an_invitee_is_the_guest():
    assert events("Кристина Белецкая приехала в Москву около семи лет назад с Украины.") == []
    (visit,) = [e for e in events("Индийский лидер подтвердил приглашение Президенту России Владимиру Путину "
                                  "посетить Индию с визитом.", published="2025-05-05") if e["type"] == "visit"]
    assert visit["status"] == "planned" and visit["place"]["country"] == "IND"
    assert roles(visit)["Владимир Путин"] == ("guest", "RUS")


def test_appointee_is_not_the_agent_nor_a_retired_general():
    found = events("Его назначения, сделанные Байденом, говорят о приоритетах.", published="2021-02-01")
    assert not any(p["name"] == "Джо Байден" for e in found for p in e["participants"])
    retired = events("Столь же таинственные заявления делает генерал-лейтенант армии США в отставке Майкл Флинн.",
                     published="2021-02-01")
    assert all(e["type"] != "position_change" for e in retired)


def test_a_general_title_needs_a_state():
    found = events("Художественным руководителем театра будет назначен народный артист СССР Олег Басилашвили.",
                   published="2010-06-01")
    assert all(e["type"] != "position_change" for e in found)
    (pc,) = events("Министром здравоохранения Великобритании назначен Мэтт Хэнкок.", published="2018-07-10")
    assert pc["countries"] == ["GBR"]


def test_statement_cues_that_report_no_statement():
    assert events("Однако ему не удалось добиться оправдания бывшего панамского диктатора Норьеги, которого обвинили "
                  "в контрабанде наркотиков.", published="2010-04-27") == []
    motive = events("Дэвид Дэвис подал в отставку в знак протеста против плана Терезы Мэй.", published="2018-07-09")
    assert all(e["type"] != "statement" for e in motive)
    private = events("Россия окажется в выигрыше при любом исходе американских выборов, считает профессор "
                     "факультета права НИУ ВШЭ Александр Домрин.", published="2020-11-01")
    assert all(e["type"] != "statement" for e in private)


def test_genitive_post_is_no_speaker():
    (st,) = events("США в связи с избранием нового президента Ирана заявили о готовности вести диалог с Тегераном.",
                   published="2013-06-17")
    assert roles(st).get("Хасан Роухани", ("",))[0] != "author"


def test_a_name_inside_another_persons_title_takes_no_part():
    (talks,) = [e for e in events("Советник президента США Дональда Трампа по нацбезопасности Джон Болтон и министр "
                                  "иностранных дел Дании Андерс Самуэльсен провели встречу в Вашингтоне.",
                                  published="2019-02-08") if e["type"] == "meeting"]
    names = set(roles(talks))
    assert "Дональд Трамп" not in names and {"Джон Болтон", "Андерс Самуэльсен"} <= names
    said = events("Советник Трампа также отметил, что ценит позицию Дании.", published="2019-02-08")
    assert not any(roles(e).get("Дональд Трамп", ("",))[0] == "author" for e in said)


def test_one_participant_per_person_but_namesakes_stay_apart():
    from communique.extract.events import _same_person

    assert _same_person("В.Путин", "Владимир Путин") and _same_person("Никитин А.С", "Андрей Никитин")
    assert _same_person("Мьянма Мин Аун Хлайном", "Мин Аун Хлайн")
    assert not _same_person("Хамад бен Джасем Аль Тани", "Тамим бен Хамад Аль Тани")
    assert not _same_person("Хейсам Бен Тарек Аль Саид", "Шихаб Бен Тарек Аль Саид")


def test_kb_state_on_the_day_outranks_a_stray_apposition():
    found = events("В Кремле прошли переговоры Владимира Путина с Султаном Омана Хейсамом Бен Тареком Аль Саидом, "
                   "который находится в России с государственным визитом.", published="2025-04-22")
    talks = next(e for e in found if e["type"] == "meeting")
    assert roles(talks)["Владимир Путин"] == ("host", "RUS")


def test_talks_by_video_are_a_call_and_a_meeting_agreed_in_a_call_stays():
    found = events("Президент Узбекистана Шавкат Мирзиёев и Председатель КНР Си Цзиньпин провели переговоры в режиме "
                   "видеоконференции.", published="2025-11-20")
    assert [e["type"] for e in found] == ["phone_call"]
    found = events("В ходе телефонного разговора Президент России Владимир Путин и Президент Казахстана Касым-Жомарт "
                   "Токаев договорились о встрече в Москве.", published="2025-04-17")
    assert sorted(e["type"] for e in found) == ["meeting", "phone_call"]
    en = events("Chinese Foreign Minister Wang Yi will meet his Russian counterpart Sergei Lavrov in Moscow.",
                published="2025-11-20", lang="en")
    assert [(e["type"], e["status"]) for e in en] == [("meeting", "planned")]


def test_cancelled_events_but_not_a_visa_abolition():
    assert events("Визит Президента России Владимира Путина в Турцию отменён.", published="2015-11-25") == []
    assert events("Стороны перенесли встречу министров иностранных дел России и Турции.",
                  published="2015-11-25") == []
    (signing,) = events("Россия и Турция подписали в минувшую среду 12 мая межправительственное соглашение о "
                        "взаимной отмене виз.", published="2010-05-14")
    assert signing["type"] == "signing" and set(signing["countries"]) == {"RUS", "TUR"}
    assert signing["date"]["start"] == "2010-05-12"


def test_a_date_before_the_trigger_is_no_count():
    (talks,) = events("10 мая Путин встретится с Председателем КНР Си Цзиньпином.", published="2025-05-06")
    assert talks["type"] == "meeting" and talks["status"] == "planned" and talks["date"]["start"] == "2025-05-10"
    assert events("Путин и Си Цзиньпин провели 2 телефонных разговора.", published="2025-05-06") == []


def test_a_call_by_its_caller_and_talks_named_by_their_sides():
    (call,) = events("Президент Франции Эммануэль Макрон позвонил Президенту России Владимиру Путину.",
                     published="2025-03-20")
    assert call["type"] == "phone_call"
    assert {role for role, country in roles(call).values() if country == "FRA"} == {"initiator"}
    (talks,) = events("В Ташкенте прошло заседание межправительственной комиссии Узбекистана и Казахстана.",
                      published="2025-03-20")
    assert talks["type"] == "meeting" and set(talks["countries"]) == {"UZB", "KAZ"}
    assert talks["place"]["city"] == "Ташкент"


def test_a_football_match_is_no_talks():
    found = events("Встречу посетило 78 011 зрителей, первый аншлаг принадлежал матчу сборной России против "
                   "Саудовской Аравии.", published="2018-06-17")
    assert found == []


def test_years_date_events_and_old_ones_are_background():
    assert events("После встречи с Ли Куан Ю в Белом доме в 2009 году президент США Барак Обама назвал "
                  "экс-премьера великим лидером.", published="2015-03-23") == []
    (visit,) = events("В 2025 году Президент России посетил Китай с визитом.", published="2025-03-23")
    assert visit["date"]["precision"] == "year" and visit["date"]["start"] == "2025"
    assert events("Трамп провел два раунда переговоров с лидером Северной Кореи Ким Чен Ыном.",
                  published="2021-02-01") == []


def test_an_aide_is_of_his_masters_state_and_the_content_does_not_speak():
    found = events("Советник президента США Дональда Трампа по государственной безопасности Джон Болтон провел в "
                   "Англии тайные переговоры с британским коллегой Марком Седвиллом.", published="2018-07-01")
    talks = next(e for e in found if e["type"] == "meeting")
    assert roles(talks)["Джон Болтон"][1] == "USA" and "Дональд Трамп" not in roles(talks)
    said = events("Он подчеркнул, что господин Трамп поддерживает решение о выходе страны из ЕС.",
                  published="2018-07-01")
    assert not any(roles(e).get("Дональд Трамп", ("",))[0] == "author" for e in said)
    aide = events("Помощник Хиллари Клинтон по европейским и евразийским делам, который в среду посетил Белград, "
                  "заявил, что планка для ЕС высока.", published="2010-06-01")
    assert not any("Хиллари Клинтон" in roles(e) for e in aide)


def test_a_change_as_the_setting_or_topic_is_background():
    found = events("Официальный представитель МИД России Мария Захарова прокомментировала отставку министра "
                   "иностранных дел Великобритании Бориса Джонсона.", published="2018-07-09")
    assert [e["type"] for e in found] == ["statement"]
    assert all(e["type"] != "position_change" for e in events(
        "После отставки Бориса Джонсона Москва рассчитывает на политическое просветление Лондона.",
        published="2018-07-10"))
    assert events("Президентом США стал бы Эл Гор.", published="2021-02-01") == []
    (pc,) = events("19 апреля парламент Кубы утвердил Мигеля Диаса-Канеля председателем Государственного совета.",
                   published="2018-04-20")
    assert pc["type"] == "position_change" and pc["countries"] == ["CUB"]
    assert events("Конгресс утвердил победу Байдена на выборах.", published="2021-01-07") == []


def test_the_capital_of_a_state_is_its_capital_city():
    (talks,) = events("На минувшей неделе в столице Англии советник президента США Джон Болтон провел переговоры с "
                      "британским коллегой Марком Седвиллом.", published="2018-07-01")
    assert (talks["place"]["city"], talks["place"]["country"]) == ("Лондон", "GBR")


ENGLISH_RELEASE = (
    "On November 19-20, 2025, Minister of Foreign Affairs of the People's Republic of China Wang Yi paid an official "
    "visit to the Kyrgyz Republic.\n"
    "On November 19, Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev and Wang Yi held the first "
    "meeting of the Strategic Dialogue between the foreign ministries of Kyrgyzstan and China in Bishkek.\n"
    "Following the talks, the ministers signed a Joint Statement and the Cooperation Program between the Ministries "
    "of Foreign Affairs for 2026-2027.")


def test_an_english_release_of_the_reference_visit():
    record = extract_document(Document(id="t", title="Foreign Ministers of Kyrgyzstan and China held talks",
                                       text=ENGLISH_RELEASE, published="2025-11-20", lang="en"))
    by_type = {e["type"]: e for e in record["events"]}
    assert by_type["visit"]["format"] == "official visit"
    assert (by_type["visit"]["date"]["start"], by_type["visit"]["date"]["end"]) == ("2025-11-19", "2025-11-20")
    talks = by_type["meeting"]
    assert talks["format"] == "strategic dialogue" and talks["place"]["city"] == "Bishkek"
    assert {p["name"] for p in talks["participants"]} == {"Wang Yi", "Zheenbek Kulubaev"}  # no states beside them
    titles = [(a["title"], a["kind"]) for a in by_type["signing"]["agreements"]]
    assert titles[0] == ("Joint Statement", "joint_statement") and titles[1][1] == "program"
    assert by_type["signing"]["agreements"][1]["period"]["start"] == "2026-01-01"


def test_talks_reported_by_video_are_one_call():
    record = extract_document(Document(
        id="t", title="Переговоры с Президентом Венесуэлы Николасом Мадуро", published="2025-03-14",
        text="Владимир Путин провёл переговоры с Президентом Венесуэлы Николасом Мадуро в режиме видеоконференции.",
        source="kremlin.ru (ru)", url="http://kremlin.ru/events/president/news/76458"))
    assert [e["type"] for e in record["events"]] == ["phone_call"]


def test_a_change_with_no_state_in_its_sentence_takes_the_items_state():
    text = ("Новым премьер-министром Египта назначен Камаль аль-Ганзури. Глава Военного совета Египта сообщил, что "
            "принял отставку правительства Исама Шарафа.")
    changes = [e for e in events(text, published="2011-11-24") if e["type"] == "position_change"]
    assert all(e["countries"] == ["EGY"] for e in changes) and len(changes) == 2


def test_talks_agreed_for_later_are_between_the_same_sides():
    text = ("Министр иностранных дел Республики Казахстан Мурат Нуртлеу провел телефонный разговор с Министром "
            "иностранных дел Турецкой Республики Хаканом Фиданом. Министры договорились о проведении очередного "
            "заседания Стратегического совета высшего уровня в 2026 году.")
    planned = [e for e in events(text, published="2025-12-11") if e["type"] == "meeting"]
    assert len(planned) == 1 and planned[0]["status"] == "planned"
    assert set(planned[0]["countries"]) == {"KAZ", "TUR"} and planned[0]["date"]["start"] == "2026"


def test_talking_to_the_press_is_no_talks():
    found = events("Министр иностранных дел Германии Хайко Маас в беседе с корреспондентами в Берлине отметил, что "
                   "отношения с Россией переживают трудный момент.", published="2019-01-10")
    assert all(e["type"] != "meeting" for e in found)


def test_press_statements_after_talks_belong_to_the_talks():
    text = ("В Кремле прошли переговоры Президента России Владимира Путина с Президентом Таджикистана Эмомали Рахмоном. "
            "Владимир Путин и Эмомали Рахмон сделали заявления для СМИ.")
    assert [e["type"] for e in events(text, published="2025-03-17")] == ["meeting"]


def test_an_invitation_in_a_call_does_not_make_the_call_planned():
    found = events("Президент США Барак Обама в телефонном разговоре пригласил премьер-министра Великобритании Дэвида "
                   "Кэмерона посетить Соединенные Штаты.", published="2010-05-12")
    call = next(e for e in found if e["type"] == "phone_call")
    assert call["status"] == "occurred"
    assert any(e["type"] == "visit" and e["status"] == "planned" for e in found)


def test_expected_signing_and_its_talks_are_planned():
    found = events("Ожидается, что по итогам переговоров Президента России Владимира Путина и Президента Белоруссии "
                   "Александра Лукашенко будет подписан ряд документов.", published="2025-03-12")
    assert {(e["type"], e["status"]) for e in found} == {("meeting", "planned"), ("signing", "planned")}


def test_earlier_talks_named_in_a_call_do_not_date_the_call():
    record = extract_document(Document(
        id="t", title="Телефонный разговор с Наследным принцем Саудовской Аравии Мухаммедом Бен Сальманом",
        published="2025-03-13", source="kremlin.ru (ru)", url="http://kremlin.ru/events/president/news/76452",
        text="Состоялся телефонный разговор Владимира Путина с Наследным принцем Саудовской Аравии Мухаммедом Бен "
             "Сальманом Аль Саудом. 13 марта 2025 года 23:50 Президент России поблагодарил за создание условий для "
             "проведения 18 февраля в Эр-Рияде переговоров представителей России и США."))
    call = next(e for e in record["events"] if e["type"] == "phone_call")
    assert call["date"]["start"] == "2025-03-13"


def test_a_statement_is_about_the_states_of_its_own_sentence():
    text = ("Глава МИД ФРГ Хайко Маас предостерег США от санкций против компаний, строящих газопровод. "
            "Маас также заявил, что Россия и Украина должны договориться о транзите газа.")
    (st,) = [e for e in events(text, published="2019-01-11") if e["type"] == "statement"]
    assert set(st["countries"]) == {"DEU", "USA"}


def test_the_venue_of_talks_between_others_is_no_side():
    (talks,) = events("Премьер-министр Армении Никол Пашинян и Президент Азербайджана Ильхам Алиев провели переговоры "
                      "в Абу-Даби.", published="2025-07-10")
    assert set(talks["countries"]) == {"ARM", "AZE"} and talks["place"]["country"] == "ARE"


def test_this_resignation_refers_back():
    found = events("Эта отставка представляет собой удар по плану премьер-министра Великобритании Терезы Мэй.",
                   published="2018-07-09")
    assert all(e["type"] != "position_change" for e in found)


def test_an_addressee_after_the_verb_is_no_speaker():
    assert events("Так, католическая организация missio призвала Берлин и Евросоюз предоставить убежище Асии Биби.",
                  published="2018-11-04") == []


def test_a_state_in_the_locative_does_not_speak():
    found = events("В Испании, Португалии и Бельгии забастовка продлится 48 часов, сказали в профсоюзе.",
                   published="2018-07-26")
    assert all(e["type"] != "statement" for e in found)


def test_a_gapped_trigger_spans_the_name():
    (pc,) = events("Другим указом Путин освободил Василия Небензю от должности заместителя министра "
                   "иностранных дел России.", published="2017-07-28")
    assert pc["type"] == "position_change" and pc["status"] == "occurred"
    assert [p["name"] for p in pc["participants"]] == ["Василий Небензя"]
    assert pc["countries"] == ["RUS"]
    # the tail in another clause is no dismissal
    assert not [e for e in events("Путин освободил заложников, а от должности никого не освобождали.")
                if e["type"] == "position_change"]


def test_two_appointments_in_one_sentence():
    found = events("МИД Великобритании возглавит Уильям Хэйг, а министром обороны Великобритании станет Лиам Фокс.",
                   published="2010-05-12")
    assert sorted(p["name"] for e in found if e["type"] == "position_change" for p in e["participants"]) == \
        ["Лиам Фокс", "Уильям Хейг"]  # (the KB's spelling of Хэйг)
    assert {e["status"] for e in found} == {"planned"}


def test_the_subject_of_an_infinitive_post_change():
    (pc,) = events("Премьер-министр Великобритании Гордон Браун объявил о решении незамедлительно сложить "
                   "с себя полномочия премьер-министра.", published="2010-05-12")
    assert [p["name"] for p in pc["participants"]] == ["Гордон Браун"]
    assert pc["status"] == "occurred"  # a decision announced: done, as the news tells it
    found = events("Представитель МИД России Мария Захарова прокомментировала решение министра иностранных дел "
                   "Великобритании Бориса Джонсона уйти в отставку.", published="2018-07-09")
    (pc,) = [e for e in found if e["type"] == "position_change"]
    assert [p["name"] for p in pc["participants"]] == ["Борис Джонсон"] and pc["status"] == "occurred"
    # who decides to appoint is not the appointee
    found = events("В Госдуме оценили решение Президента Украины Владимира Зеленского назначить "
                   "постоянного представителя в Крыму Антона Кориневича.", published="2019-06-26")
    assert "Владимир Зеленский" not in [p["name"] for e in found if e["type"] == "position_change"
                                        for p in e["participants"]]


def test_an_invited_visit_is_placed_and_dated_by_its_own_words():
    found = events("Во вторник вечером, вскоре после аудиенции у королевы Елизаветы II в Букингемском дворце, "
                   "Дэвида Кэмерона поздравил Президент США Барак Обама, который в телефонном разговоре пригласил "
                   "нового британского премьер-министра посетить Соединенные Штаты этим летом.", published="2010-05-12")
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert visit["status"] == "planned"
    assert visit["place"]["country"] == "USA" and visit["place"]["city"] is None  # not the palace before it
    assert (visit["date"]["start"], visit["date"]["end"], visit["date"]["precision"]) == ("2010-06", "2010-08", "month")
    (call,) = [e for e in found if e["type"] == "phone_call"]
    assert call["date"]["start"] == "2010-05-11"  # "во вторник" dates the call, not the visit


def test_a_statement_about_the_sentence_before():
    found = events("В Минске считают, что Россия должна Белоруссии 200 млн долларов за транзит газа. Об этом заявил "
                   "первый замминистра энергетики Белоруссии Эдуард Товпинец.", published="2010-06-16")
    (st,) = [e for e in found if e["type"] == "statement" and e["participants"]]
    assert roles(st)["Эдуард Товпинец"] == ("author", "BLR")
    assert set(st["countries"]) == {"BLR", "RUS"}


def test_a_headline_statement_is_about_the_states_of_its_body():
    doc = Document(id="t", title="Заявление Президента Российской Федерации", published="2025-04-28",
                   text="Вооружённые Силы Российской Федерации завершили разгром украинских боевиков. "
                        "Высоко ценим помощь руководства и народа КНДР.")
    (st,) = [e for e in extract_document(doc)["events"] if e["type"] == "statement"]
    assert roles(st)["Владимир Путин"][0] == "author"
    assert {"UKR", "PRK"} <= set(st["countries"])


def test_a_nomination_is_dated_by_its_own_day():
    (pc,) = events("Президент США Барак Обама в пятницу, 21 июня, выдвинул на пост главы ФБР республиканца "
                   "Джеймса Коми.", published="2013-06-22")
    assert pc["status"] == "planned" and [p["name"] for p in pc["participants"]] == ["Джеймс Коми"]
    assert pc["date"]["start"] == "2013-06-21"  # done on Friday: not moved to the next one


def test_who_succeeds_and_who_leaves():
    (pc,) = events("Парламент Грузии в среду, 20 июня 2018 года, выразил доверие Мамуке Бахтадзе, сменившему на "
                   "посту премьер-министра страны Георгия Квирикашвили.", published="2018-06-21")
    assert [p["name"] for p in pc["participants"]] == ["Мамука Бахтадзе"]
    assert pc["date"]["start"] == "2018-06-20"  # the written date, not the Wednesday before publication
    found = events("Доминик Рааб стал министром по делам Брексита Великобритании вместо ушедшего накануне вечером "
                   "в отставку Дэвида Дэвиса.", published="2018-07-09")
    assert sorted(p["name"] for e in found if e["type"] == "position_change" for p in e["participants"]) == \
        ["Доминик Рааб", "Дэвид Дэвис"]


def test_the_holder_of_a_post_taken_is_not_the_appointee():
    doc = Document(id="t", title="Глава банка HSBC станет министром торговли Великобритании", published="2010-09-07",
                   text="До мая 2010 года пост министра торговли Великобритании занимал Мервин Дэвис. "
                        "Стивен Грин будет назначен министром торговли в правительстве Великобритании.")
    names = [p["name"] for e in extract_document(doc)["events"] for p in e["participants"]]
    assert "Мервин Дэвис" not in names and "Стивен Грин" in names


def test_a_judgement_is_a_statement_and_the_visit_judged_not_the_speakers():
    found = events("Премьер-министр Японии Наото Кан назвал посещение двух из этих островов министром обороны России "
                   "Анатолием Сердюковым «в высшей степени достойным сожаления».", published="2011-02-05")
    (st,) = [e for e in found if e["type"] == "statement"]
    assert roles(st)["Наото Кан"] == ("author", "JPN") and set(st["countries"]) == {"JPN", "RUS"}
    assert not [e for e in found if e["type"] == "visit" and "Наото Кан" in roles(e)]
    assert events("Президент России назвал дату выборов в Государственную думу.") == []


def test_a_month_told_in_the_past_is_of_the_year_before():
    # a January item: "в июне" told in the past is last June, background by now
    assert events("В июне президент США Дональд Трамп назвал ФРГ «заложницей» России.", published="2019-01-11") == []


def test_a_day_told_in_the_past_before_its_verb_is_of_the_year_before():
    # a February item: "21 июля" before a verb in the past is last July, background by now
    text = "Так, 21 июля пресс-секретарь российского президента Дмитрий Песков заявил, что Москва не вмешивалась в выборы в США."
    assert events(text, published="2021-02-01") == []
    # what was said is to come: the date after the verb dates no statement, which stays news
    (said,) = events("Спикер Рады Андрей Парубий заявил, что 5 апреля парламент вынесет на голосование постановление "
                     "о России.", published="2018-04-03")
    assert said["type"] == "statement" and said["date"]["start"] == "2018-04-03"
    # an item of no publication date: the year of its reference date is a guess, no reason to call it past
    (undated,) = events(text, published=None)
    assert undated["type"] == "statement"


def test_a_joint_statement_is_signed_and_an_anniversary_is_history():
    found = events("Президент США Дональд Трамп и президент России Владимир Путин сделали совместное заявление к "
                   "75-летию исторической встречи на Эльбе.", published="2020-04-25")
    assert [e["type"] for e in found] == ["signing"]
    assert set(roles(found[0])) == {"Дональд Трамп", "Владимир Путин"}


def test_appointees_that_are_not():
    # who appointed an unnamed director; a hearing scheduled; a resignation predicted
    assert events("Но директор ФБР, которого назначил Трамп, отверг эти обвинения.", published="2021-02-01") == []
    assert events("Иски против штаба Трампа отклонены, за исключением Висконсина, слушание в котором назначено на "
                  "конец этой недели.", published="2021-02-01") == []
    assert events("Эксперт Владимир Брутер предсказал скорую отставку правительству Терезы Мэй.",
                  published="2018-07-10") == []
    (pc,) = events("Министр иностранных дел Великобритании Борис Джонсон объявил о своей добровольной отставке с поста "
                   "министра иностранных дел правительства Терезы Мэй.", published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Борис Джонсон"]


def test_a_former_holder_is_not_todays():
    found = events("О «вмешательстве» РФ в выборы заявила и бывший госсекретарь США демократ Хиллари Клинтон.",
                   published="2021-02-01")
    assert not [p for e in found for p in e["participants"] if p["name"] in ("Энтони Блинкен", "Россия")]
    (st,) = events("О вмешательстве России заявил госсекретарь США.", published="2021-02-01")
    assert roles(st)["Энтони Блинкен"] == ("author", "USA")


def test_a_joint_press_conference_with_the_partner_named_inside():
    found = events("Министр иностранных дел Германии Хайко Маас сказал об этом на совместной с министром иностранных дел "
                   "Украины Павлом Климкиным пресс-конференции.", published="2019-01-18")
    assert [e["type"] for e in found] == ["meeting"]
    assert set(roles(found[0])) == {"Хайко Маас", "Павел Климкин"}


def test_a_meeting_to_see_each_other_and_a_negotiator_praised():
    (m,) = events("Президент США Дональд Трамп планирует увидеться с премьер-министром Великобритании Терезой Мэй "
                  "13 июля.", published="2018-07-10")
    assert m["type"] == "meeting" and m["status"] == "planned" and m["date"]["start"] == "2018-07-13"
    assert not [e for e in events("Себя американский лидер Дональд Трамп считает мастером ведения переговоров с Китаем.")
                if e["type"] == "meeting"]


def test_the_appointee_is_the_subject_of_a_passive_or_a_relative():
    cases = [
        ("На место Дэвиса в понедельник был назначен бывший министр Великобритании Доминик Рааб.", "Доминик Рааб"),
        ("Министр иностранных дел Великобритании Борис Джонсон, подавший в отставку в понедельник, в письме "
         "премьер-министру Терезе Мэй объяснил причины своего шага.", "Борис Джонсон"),
        ("Рааб заменил на посту главы министерства Великобритании по вопросам Brexit Дэвида Дэвиса, который ушел в "
         "отставку поздно вечером в воскресенье.", "Дэвид Дэвис"),
    ]
    for text, name in cases:
        changes = [e for e in events(text, published="2018-07-09") if e["type"] == "position_change"]
        assert name in [p["name"] for e in changes for p in e["participants"]], text
        assert "Тереза Мэй" not in [p["name"] for e in changes for p in e["participants"]]


def test_descriptions_and_wishes_are_no_changes_of_post():
    assert events("Дональд Трамп стал первым президентом США, который угрожает пренебречь результатами выборов.") == []
    assert not [e for e in events("Байден заявил, что российские власти не хотят, чтобы он стал президентом США.")
                if e["type"] == "position_change"]


def test_informed_is_a_statement():
    (st,) = events("«Это безусловно неприемлемый политический нажим», — проинформировал заместитель министра иностранных "
                   "дел России Александр Грушко, комментируя слова президента США.", published="2018-09-28")
    assert st["type"] == "statement" and roles(st)["Александр Грушко"] == ("author", "RUS")


def test_a_call_to_cancel_is_a_statement_not_a_cancelled_one():
    (st,) = events("Министр иностранных дел Германии Хайко Маас призывает руководство Грузии отменить чрезвычайное "
                   "положение.", published="2007-11-10")
    assert st["type"] == "statement" and roles(st)["Хайко Маас"] == ("author", "DEU")
    assert set(st["countries"]) == {"DEU", "GEO"}
    assert events("Визит главы МИД Германии Хайко Мааса в Грузию отменён.") == []


def test_a_host_welcomes_the_guest_of_the_talks():
    doc = Document(id="t", title="Переговоры с Президентом Венесуэлы Николасом Мадуро", published="2025-05-07",
                   text="Владимир Путин провёл переговоры с Президентом Венесуэлы Николасом Мадуро. "
                        "Также был бы рад видеть Вас в Москве на торжествах 9 мая.")
    found = extract_document(doc)["events"]
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert visit["status"] == "planned" and visit["date"]["start"] == "2025-05-09"
    assert visit["place"]["city"] == "Москва"
    assert roles(visit)["Николас Мадуро"] == ("guest", "VEN") and roles(visit)["Владимир Путин"][0] == "host"


def test_a_host_awaiting_the_guest_on_a_day_is_a_planned_visit():
    doc = Document(id="t", title="Российско-белорусские переговоры", published="2025-03-13",
                   text="В Кремле прошли переговоры Владимира Путина с Президентом Республики Беларусь Александром "
                        "Лукашенко.\nВ.Путин: Уважаемый Александр Григорьевич! Мы очень ждём Вас и 9 Мая, а до этого в "
                        "Волгограде запланирован тоже большой форум.")
    found = extract_document(doc)["events"]
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert visit["status"] == "planned" and visit["date"]["start"] == "2025-05-09"
    assert visit["place"] is None or visit["place"]["city"] != "Волгоград"
    # the address is no name of its own
    assert {p["name"] for e in found for p in e["participants"]} == {"Владимир Путин", "Александр Лукашенко"}
    # the day after the welcome, not one of the heading run into its sentence
    doc = Document(id="t", title="Российско-таджикистанские переговоры", published="2025-03-17",
                   text="Состоялись переговоры Владимира Путина с Президентом Таджикистана Эмомали Рахмоном. "
                        "Документы, подписанные по итогам переговоров 17 марта 2025 года Мы ждём Вас в Москве 9 мая.")
    (visit,) = [e for e in extract_document(doc)["events"] if e["type"] == "visit"]
    assert visit["date"]["start"] == "2025-05-09" and visit["status"] == "planned"


def test_a_host_welcoming_a_guest_on_a_visit_in_his_statement_reports_the_visit():
    doc = Document(id="t", title="Владимир Путин и Эмомали Рахмон сделали заявления для СМИ", published="2025-03-17",
                   text="По итогам российско-таджикистанских переговоров Владимир Путин и Эмомали Рахмон выступили с "
                        "заявлениями для прессы. 17 марта 2025 года 17:45 Москва, Кремль\nВ.Путин: Уважаемый Эмомали Шарипович! Искренне рады приветствовать "
                        "Президента Республики Таджикистан Эмомали Шариповича Рахмона, который находится в России с "
                        "официальным визитом.")
    (visit,) = [e for e in extract_document(doc)["events"] if e["type"] == "visit"]
    assert visit["status"] == "occurred" and roles(visit)["Эмомали Рахмон"] == ("guest", "TJK")


def test_a_host_greeting_the_guest_in_his_city_reports_the_visit():
    doc = Document(id="t", title="Встреча с Министром иностранных дел Китая Ван И", published="2025-04-01",
                   text="В Кремле состоялась встреча Владимира Путина с Министром иностранных дел КНР Ван И. 1 апреля "
                        "2025 года 16:30 Москва, Кремль\nВ.Путин: Уважаемый господин Министр! Позвольте мне вас сердечно "
                        "поприветствовать в Москве.")
    (visit,) = [e for e in extract_document(doc)["events"] if e["type"] == "visit"]
    assert visit["status"] == "occurred" and "Ван И" in roles(visit) and visit["place"]["city"] == "Москва"


def test_kremlin_links_end_with_their_date():
    doc = Document(id="t", title="Встреча с Президентом Белоруссии Александром Лукашенко", published="2025-04-29",
                   text="Владимир Путин встретился с Президентом Белоруссии Александром Лукашенко. Смотрите также "
                        "Посещение мемориального комплекса 29 апреля 2025 года И очень рассчитываем видеть Вас в "
                        "Москве, в день основных торжеств – 9 мая.")
    assert [e["type"] for e in extract_document(doc)["events"]] == ["meeting", "visit"]


def test_a_count_after_the_verb_is_no_event():
    assert events("Прибыло 20 парламентских делегаций из дружественных стран, наши друзья приехали из Китая.") == []


def test_questions_and_sessions_of_other_bodies_report_no_talks():
    assert events("С какими еще производителями вакцин Казахстан ведет переговоры с Южной Кореей?") == []
    doc = Document(id="t", title="", published="2020-12-10",
                   text="Президент Польши Анджей Дуда провёл переговоры с Президентом США Дональдом Трампом. "
                        "В понедельник, 14 декабря, состоится заседание Коллегии выборщиков.")
    assert [e["type"] for e in extract_document(doc)["events"]] == ["meeting"]


def test_the_person_talks_are_about_is_no_side():
    (m,) = events("Правительство Канады ведет переговоры с Исламабадом о предоставлении Асие Биби убежища.",
                  published="2018-11-13")
    assert m["type"] == "meeting" and set(m["countries"]) == {"CAN", "PAK"}
    assert "Асия Биби" not in roles(m) and "Азия Биби" not in roles(m)
    (m,) = events("Путин провёл переговоры о мире с Президентом Украины Владимиром Зеленским.")
    assert set(roles(m)) == {"Владимир Путин", "Владимир Зеленский"}  # "с" after the topic: a side again


def test_a_body_in_the_genitive_does_not_speak():
    (st,) = events("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил "
                   "сегодня со специальным заявлением в связи с приговором Андрею Санникову в Белоруссии.",
                   published="2011-05-16")
    assert [(p["name"], p["role"]) for p in st["participants"]] == [("Марк Тоунер", "author")]
    assert set(st["countries"]) == {"USA", "BLR"}


def test_resigned_with_the_verb_after_and_a_resignation_as_the_setting():
    (pc,) = events("В отставку также ушел заместитель Дэвида Дэвиса по работе в парламенте Великобритании Стив Бейкер.",
                   published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Стив Бейкер"]
    found = events("Рами Хамдалла стал премьер-министром Палестины после того, как в середине апреля в отставку подал "
                   "Салам Фаяд.", published="2013-06-20")
    assert [p["name"] for e in found for p in e["participants"]] == ["Рами Хамдалла"]


def test_with_such_a_statement_points_back():
    found = events("Газопровод угрожает безопасности Украины, а Берлин занял антиевропейскую позицию. С таким заявлением "
                   "выступил руководитель польского МИД Яцек Чапутович.", published="2019-01-04")
    (st,) = [e for e in found if e["type"] == "statement"]
    assert roles(st)["Яцек Чапутович"] == ("author", "POL") and {"UKR", "DEU"} <= set(st["countries"])


def test_changes_of_post_that_did_not_happen_or_are_not_of_state():
    assert events("Ведущим вечера должен был стать журналист Сергей Бунтман, а спикером — историк Олег Будницкий.") == []
    assert events("Дмитрий Гаев подал в отставку после того, как Генпрокуратура попросила Сергея Собянина проверить "
                  "метро.", published="2012-10-27") == [] or all(
        "Сергей Собянин" not in roles(e) for e in events("Дмитрий Гаев подал в отставку после того, как Генпрокуратура "
                                                          "попросила Сергея Собянина проверить метро."))
    assert not [e for e in events("Указа о назначении нового главы своей администрации Муртаза Рахимов пока не "
                                  "подписал.") if "Муртаза Рахимов" in roles(e)]
    assert events("Павел Баюра назначен техническим директором «Tele2 Магадан».", published="2015-07-01") == []


def test_talks_referred_to_take_the_sides_of_an_encounter_only():
    doc = Document(id="t", title="", published="2018-07-09",
                   text="Министр по делам Brexit Великобритании Дэвид Дэвис подал в отставку. "
                        "Отставка координатора на переговорах о выходе Соединенного Королевства из ЕС мало что меняет.")
    assert [e["type"] for e in extract_document(doc)["events"]] == ["position_change"]


def test_a_negated_event_did_not_happen():
    assert events("Трамп и Путин не смогли даже провести личную встречу с президентом Франции.") == []
    assert events("Министр иностранных дел Германии Хайко Маас не посетит Москву.") == []
    found = events("Президент России Владимир Путин не только провёл переговоры с Президентом США Дональдом Трампом.")
    assert [e["type"] for e in found] == ["meeting"]  # "не только": no negation


def test_an_if_clause_verb_is_no_event_but_its_noun_is_presupposed():
    found = events("Министр иностранных дел Украины Дмитрий Кулеба заявил, что если Президент Белоруссии посетит "
                   "Крым, Украина введёт санкции.", published="2021-02-01")
    assert not [e for e in found if e["type"] == "visit"]
    found = events("Газета полагает, что если Президент США Дональд Трамп во время своего предстоящего визита в Лондон "
                   "выступит против, переговоры осложнятся.", published="2018-07-01")
    assert [e["status"] for e in found if e["type"] == "visit"] == ["planned"]
    # the noun a verb of the if-clause governs is conditional, past the commas of a participle's phrase
    found = events("Газета полагает, что если Дональд Трамп во время своего предстоящего визита в Лондон, намеченного на "
                   "конец первой половины июля, также решит провести личную встречу с евроскептиками от тори, то это "
                   "подорвет позиции премьера Терезы Мэй.", published="2018-07-01")
    assert [(e["type"], e["status"]) for e in found] == [("visit", "planned")]
    assert events("Прибыло 20 парламентских делегаций из дружественных стран.") == []


def test_talks_held_in_the_bodies_of_a_state_and_a_headline_on_their_results():
    (m,) = events("Советник Госдепартамента США Дэвид Тесслер провел переговоры в администрации канцлера, "
                  "министерствах экономики и финансов, а также МИД ФРГ.", published="2018-09-05")
    assert set(m["countries"]) == {"USA", "DEU"} and set(roles(m)) == {"Дэвид Тесслер"}
    doc = Document(id="t", title="Основные итоги встречи экспертных групп России и США", published="2025-03-25",
                   text="Стороны обсудили безопасность судоходства в Чёрном море.")
    (m,) = extract_document(doc)["events"]
    assert m["type"] == "meeting" and set(m["countries"]) == {"RUS", "USA"}


def test_domestic_sessions_counted_changes_and_clauses_after_the_verb():
    assert events("Открывая заседание Госсовета в Кремле, Путин предложил поздравить Зюганова с юбилеем.",
                  published="2019-06-26") == []
    assert events("Это уже вторая отставка в кабинете Терезы Мэй за последние сутки.", published="2018-07-09") == []
    assert not [e for e in events("Посла Японии уволили за то, что не собрал вовремя информацию о поездке Дмитрия "
                                  "Медведева на Курилы.", published="2010-12-24")
                if "Дмитрий Медведев" in roles(e)]


def test_a_chancellor_named_by_post_is_the_kb_holder():
    (st,) = events("Канцлер Германии заявила, что Россия должна освободить украинских моряков.", published="2019-01-10")
    assert roles(st)["Ангела Меркель"] == ("author", "DEU")


def test_a_name_before_a_verb_is_not_inside_the_next_persons_title():
    found = events("Транзит через Украину должен быть сохранен, в чем министра иностранных дел Германии Хайко Мааса "
                   "заверил российский коллега Сергей Лавров во время визита в Москву в пятницу.", published="2019-01-19")
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert {"Хайко Маас", "Сергей Лавров"} <= set(roles(visit)) and visit["place"]["city"] == "Москва"


def test_no_subject_behind_a_preposition_and_no_reception_of_sanctions():
    assert events("В 1996 году он ушел в отставку в знак протеста против действий президента Белоруссии Александра "
                  "Лукашенко.", published="2011-05-16") == []
    found = events("Глава МИД Украины Павел Климкин призывает Европейский Союз принять санкции против бывшего канцлера "
                   "Германии Герхарда Шрёдера.", published="2018-03-19")
    assert [e["type"] for e in found] == ["statement"] and roles(found[0])["Павел Климкин"][0] == "author"
    (m,) = events("Путин принял в Кремле Президента Республики Конго Дени Сассу-Нгессо.")
    assert roles(m)["Дени Сассу-Нгессо"][1] == "COG"


def test_a_body_inside_the_quoted_words_does_not_speak():
    found = events('"Королева одобрила назначение Доминика Рааба министром по вопросам выхода Великобритании из ЕС", - '
                   'говорится в заявлении.', published="2018-07-09")
    assert not [e for e in found if e["type"] == "statement"]


def test_an_undated_item_recalls_what_is_years_before_its_dates():
    text = ("Суд приговорил экс-кандидата в президенты Андрея Санникова к 5 годам колонии за события "
            "декабря 2010 года. В 1996 году министр иностранных дел Беларуси Андрей Санников ушёл в отставку.")
    assert events(text, published=None) == []  # 1996 is background beside December 2010
    recent = events("В декабре 2010 года министр иностранных дел Беларуси Андрей Санников ушёл в отставку.",
                    published=None)
    assert [e["type"] for e in recent] == ["position_change"]


def test_a_date_set_a_result_confirmed_or_a_when_clause_is_no_change_of_post():
    assert events("Встреча Стросс-Кана с канцлером Германии Ангелой Меркель, назначенная на воскресенье, "
                  "сорвалась.") == []
    assert events("Губернатор Пенсильвании Том Вулф утвердил победу Байдена в штате.") == []
    assert events("Суд назначил министру финансов Литвы штраф.") == []
    assert events("Когда Трамп стал президентом, он дал Путину всё, что тот хотел.") == []
    (planned,) = events("Йенс Вайдман приступит к обязанностям в апреле, когда Аксель Вебер покинет пост главы ЦБ ФРГ.")
    assert planned["type"] == "position_change" and planned["status"] == "planned"
    (appointed,) = events("Президент назначил Сергея Лаврова министром иностранных дел.")
    assert [p["name"] for p in appointed["participants"]] == ["Сергей Лавров"]


def test_each_person_listed_after_the_appointee_changes_post():
    changes = events("Совет Федерации назначил на должности заместителей генерального прокурора РФ "
                     "Геннадия Лопатина, Сергея Воробьева и Юрия Пономарева.")
    assert [e["participants"][0]["name"] for e in changes] == ["Геннадий Лопатин", "Сергей Воробьёв", "Юрий Пономарёв"]
    assert {e["countries"][0] for e in changes} == {"RUS"} and len({e["id"] for e in changes}) == 3


def test_the_appointing_head_of_state_gives_the_state_of_the_post():
    (pc,) = events("Барак Обама назначит доктора Томаса Фридена на пост директора Центров по контролю "
                   "и предотвращению заболеваний.", published="2009-05-15")
    assert pc["status"] == "planned" and pc["countries"] == ["USA"]
    assert pc["participants"][0]["name"] == "Томас Фриден"


def test_a_change_of_a_person_of_no_known_state_takes_the_state_of_the_items_changes():
    text = "Новым министром обороны России назначен Сергей Шойгу. Начальником Генштаба назначен Валерий Герасимов."
    by_name = {e["participants"][0]["name"]: e for e in events(text, published="2012-11-09")}
    assert set(by_name) == {"Сергей Шойгу", "Валерий Герасимов"}
    assert by_name["Валерий Герасимов"]["countries"] == ["RUS"]
    assert events("Начальником Генштаба назначен Валерий Герасимов.") == []  # alone: of no known state


def test_a_birth_date_is_no_reference_date_of_an_undated_item():
    from communique.extract.dates import reference_date

    doc = Document(id="t", title="", text="Кравцову 39 лет. Он родился 17 марта 1974 года в Москве.")
    assert reference_date(doc) == (None, "no publication date")
    doc = Document(id="t", title="", text="Распоряжение вышло 8 августа 2013 года.")
    assert reference_date(doc)[0].isoformat() == "2013-08-08"


def test_a_readout_recalls_a_visit_by_its_outcome_or_its_own_date():
    readout = ("Состоялся телефонный разговор Владимира Путина с Президентом Республики Беларусь Александром "
               "Лукашенко. 20 марта 2025 года 17:30 Рассмотрены итоги недавнего официального визита Александра "
               "Лукашенко в Россию.")
    assert [e["type"] for e in events(readout, published="2025-03-20")] == ["phone_call"]
    readout = ("Состоялся телефонный разговор Владимира Путина с Президентом Республики Казахстан Касым-Жомартом "
               "Токаевым. 6 марта 2025 года 16:15 Обсуждены вопросы сотрудничества в русле договорённостей, "
               "достигнутых в ходе государственного визита Президента Российской Федерации в Казахстан в ноябре "
               "2024 года.")
    assert [e["type"] for e in events(readout, published="2025-03-06")] == ["phone_call"]


def test_personal_contacts_agreed_are_a_planned_meeting():
    readout = ("Состоялся телефонный разговор Владимира Путина с Президентом Республики Таджикистан Эмомали "
               "Рахмоном. Президенты условились о графике личных контактов.")
    meeting = next(e for e in events(readout) if e["type"] == "meeting")
    assert meeting["status"] == "planned" and meeting["countries"] == ["RUS", "TJK"]


def test_talks_abroad_have_the_host_country_as_a_side():
    (meeting,) = events("Министр сельского хозяйства Болгарии Десислава Танева в Брюсселе провела встречу с "
                        "Кристалиной Георгиевой и Филом Хоганом.", published="2016-12-14")
    assert meeting["type"] == "meeting" and sorted(meeting["countries"]) == ["BEL", "BGR"]
    assert events("Министр сельского хозяйства Болгарии Десислава Танева в Софии провела встречу с "
                  "фермерами Иваном Петровым и Петром Стояновым.", published="2016-12-14") == []


def test_recent_talks_taken_into_account_are_recalled():
    readout = ("Состоялся телефонный разговор Владимира Путина с Президентом Сирии Ахмедом аш-Шараа. Затрагивались "
               "вопросы взаимодействия, в частности с учётом недавних переговоров российской делегации в Дамаске.")
    assert [e["type"] for e in events(readout, published="2025-02-12")] == ["phone_call"]


def test_the_spokesman_of_a_leader_named_by_surname_speaks_not_the_leader():
    text = ("Владимир Путин предложил продлить договор. «Это можно только приветствовать», — заявил "
            "пресс-секретарь Путина Дмитрий Песков о решении США.")
    (st,) = [e for e in events(text, published="2021-02-01") if e["type"] == "statement"]
    assert roles(st)["Дмитрий Песков"] == ("author", "RUS")
    assert "Владимир Путин" not in roles(st)


def test_the_tense_inside_quoted_words_is_not_the_statements():
    (st,) = events("«Уверены, что Соединенные Штаты преодолеют этот внутриполитический кризис», - сказано в "
                   "заявлении МИД Турции.", published="2021-01-07")
    assert st["status"] == "occurred" and roles(st)["Министерство иностранных дел Турции"][0] == "author"


def test_a_statement_made_about_a_coming_day_is_dated_by_the_item():
    (st,) = events("Спикер Рады Андрей Парубий заявил, что в ближайший четверг, 5 апреля, парламент вынесет на "
                   "голосование постановление против газопровода из России.", published="2018-03-29")
    assert st["status"] == "occurred" and st["date"]["start"] == "2018-03-29"


def test_the_nations_of_the_united_kingdom_are_no_other_state():
    assert events("На вопрос, последует ли Англия примеру Северной Ирландии и Уэльса, премьер-министр "
                  "Великобритании Борис Джонсон сказал, что надеется этого избежать.", published="2021-01-05") == []


def test_a_predecessor_of_no_stated_post_leaves_a_post_of_the_items_state():
    text = ("Новым министром Великобритании по вопросам Brexit назначен Доминик Рааб. Его предшественник "
            "Дэвид Дэвис подал в отставку из-за несогласия со стратегией правительства.")
    by_name = {e["participants"][0]["name"]: e for e in events(text, published="2018-07-09")}
    assert by_name["Дэвид Дэвис"]["countries"] == ["GBR"] and by_name["Дэвид Дэвис"]["type"] == "position_change"


def test_the_writers_aside_is_no_statement_but_its_news_is_told():
    (change,) = events("Отметим, что это уже вторая громкая отставка в британском кабинете министров - буквально "
                       "за день до этого со своего поста ушел министр по вопросам Brexit Дэвид Дэвис.",
                       published="2018-07-09")
    assert change["type"] == "position_change" and change["participants"][0]["name"] == "Дэвид Дэвис"


def test_a_leader_attending_ceremonies_abroad_comes_on_a_visit():
    text = ("Состоялся телефонный разговор Владимира Путина с Президентом Казахстана Касым-Жомартом Токаевым. "
            "В торжественных мероприятиях в Москве по этому поводу, естественно, примет участие Касым-Жомарт Токаев.")
    visit = next(e for e in events(text, published="2025-04-17") if e["type"] == "visit")
    assert visit["status"] == "planned" and visit["place"]["city"] == "Москва"
    assert roles(visit)["Касым-Жомарт Токаев"][0] == "guest"


def test_weeks_resolve_against_the_publication_day():
    from datetime import date

    from communique.extract.dates import find_dates

    def week(text: str, ref: date) -> tuple[str, str]:
        (found,) = find_dates("text", text, ref)
        return found.range.start, found.range.end

    assert week("переговоры пройдут на следующей неделе", date(2018, 7, 9)) == ("2018-07-16", "2018-07-22")
    assert week("на этой неделе", date(2025, 5, 7)) == ("2025-05-05", "2025-05-11")
    assert week("на прошлой неделе Франция заявила", date(2013, 3, 18)) == ("2013-03-11", "2013-03-17")
    # a Sunday item: the working week just ended
    assert week("на минувшей неделе Болтон общался", date(2018, 7, 1)) == ("2018-06-25", "2018-06-30")


def test_the_head_of_a_private_institute_speaks_for_no_state():
    assert events("Президент Немецкого института экономических исследований Марсель Фратцшер заявил, что "
                  "санкции США навредили экономике Германии.", published="2021-02-01") == []
    (st,) = events("Министр экономики Германии Петер Альтмайер заявил, что санкции США навредили экономике "
                   "Германии.", published="2021-02-01")
    assert roles(st)["Петер Альтмайер"][0] == "author"


def test_a_statement_wished_or_to_come_is_none():
    assert events("Франция хочет выступить против «Северного потока — 2».", published="2019-02-07") == []
    assert events("Палата представителей США будет настаивать на дополнительных санкциях против России.",
                  published="2021-02-01") == []
    (st,) = events("Франция выступила против «Северного потока — 2» из России.", published="2019-02-07")
    assert st["status"] == "occurred"


def test_a_change_of_post_in_case_of_or_to_be_persuaded_is_hypothetical():
    assert events("Медведев пообещал, что в случае победы Путина на выборах нынешний президент займет пост "
                  "премьер-министра России.", published="2012-01-10") == []
    assert events("Администрация президента РФ будет убеждать губернатора Кемеровской области Амана Тулеева "
                  "уйти в отставку.", published="2012-01-10") == []
    (pc,) = events("Премьер-министр России Владимир Путин займет пост президента России.", published="2012-01-10")
    assert pc["participants"][0]["name"] == "Владимир Путин" and pc["status"] == "planned"


def test_the_subject_after_the_verb_outranks_a_name_in_another_clause_before_it():
    (pc,) = events("По словам Тимаковой, группу возглавит глава администрации президента России Сергей Иванов.",
                   published="2012-05-10")
    assert [p["name"] for p in pc["participants"]] == ["Сергей Иванов"]


def test_who_tells_of_a_change_of_post_is_not_who_changes_post():
    # the speaker after a verb of saying, the one named after the noun of the change
    assert events("Таким образом, свою угрозу уйти в отставку министры и претворяют в жизнь, сказала "
                  "депутат Елена Ананьева.", published="2018-07-09") == []
    assert [e["type"] for e in events("О своей причастности к этому увольнению генпрокурора Украины "
                                      "впоследствии открыто заявил вице-президент США Джо Байден.",
                                      published="2021-02-01")] == ["statement"]


def test_a_change_whose_subject_is_a_pronoun_or_who_names_no_one():
    text = ("Министр иностранных дел Великобритании Борис Джонсон написал заявление. "
            "Он покинул свой пост после недавнего конфликта с премьер-министром Терезой Мэй.")
    assert [p["name"] for e in events(text, published="2018-07-09") for p in e["participants"]] != ["Тереза Мэй"]
    assert events("Пока не ясно, кто займет пост председателя Комиссии по ценным бумагам США Мэри Шапиро.",
                  published="2012-11-27") == []


def test_a_change_predicted_by_the_press_is_hypothetical():
    assert events("В дальнейшем это должно претвориться в отставку премьер-министра Великобритании Терезы Мэй, "
                  "уверено издание The Guardian.", published="2018-07-09") == []


def test_a_change_dated_years_before_the_item_is_background():
    (pc,) = events("Министр финансов Японии Дзюн Адзуми покидает свой пост.", published="2012-11-27")
    assert pc["type"] == "position_change" and pc["status"] == "occurred"
    assert events("Премьер-министр Японии Ёсихико Нода назначил Дзюна Адзуми министром финансов "
                  "четыре года назад.", published="2012-11-27") == []
    assert events("В конце 2005-го Герхард Шрёдер стал председателем совета директоров госкомпании.",
                  published="2018-03-11") == []


def test_a_body_inside_a_gerund_phrase_before_the_verb_does_not_speak():
    (st,) = events("Президент США Дональд Трамп, выступая во вторник на 73-й сессии Генассамблеи ООН, заявил, "
                   "что Германия полностью зависит от российской энергии.", published="2018-09-25")
    assert [(p["name"], p["role"]) for p in st["participants"]][0] == ("Дональд Трамп", "author")
    assert not any("Ассамблея" in p["name"] for p in st["participants"])


def test_the_post_after_a_verb_of_saying_speaks():
    (st,) = events("Важно ввести санкции против тех, кто продвигает проекты Владимира Путина за границей, "
                   "сказал министр иностранных дел Украины.", published="2018-03-19")
    author = next(p for p in st["participants"] if p["role"] == "author")
    assert author["country"] == "UKR" and author["name"] != "Владимир Путин"


def test_the_state_a_relative_clause_recalls_speaks_and_one_behind_a_preposition_does_not():
    (st,) = events("Украина реструктуризировала долги со всеми сторонами за исключением России, которая "
                   "настаивала на полной выплате долга.", published="2016-07-01")
    assert [(p["name"], p["role"]) for p in st["participants"]] == [("Россия", "author")]
    assert events("Ну вот и вслед за Италией, ещё одно европравительство, Австрии, призывает к снятию "
                  "санкций против России.", published="2018-06-04") == []
    (st,) = events("Президент России Владимир Путин поблагодарил президента Франции Эмманюэля Макрона, который "
                   "осудил действия США.", published="2019-01-18")
    assert [(p["name"], p["role"]) for p in st["participants"]][0] == ("Эмманюэль Макрон", "author")


def test_expressed_feelings_with_a_word_between_and_denials_are_statements():
    (st,) = events("Правительство Японии выразило решительный протест против визита министра обороны России "
                   "на Курилы.", published="2011-02-05")
    assert st["type"] == "statement" and set(st["countries"]) == {"JPN", "RUS"}
    (st,) = events("Глава МИД Германии Хайко Маас выразил сомнения относительно перемен в американской политике.",
                   published="2021-02-01")
    assert [(p["name"], p["role"]) for p in st["participants"]] == [("Хайко Маас", "author")]
    (st,) = events("Президент США Дональд Трамп отрицает влияние российских хакеров на исход выборов.",
                   published="2017-01-10")
    assert st["type"] == "statement" and set(st["countries"]) == {"USA", "RUS"}


def test_the_trip_of_one_with_a_trade_not_an_office_is_no_visit():
    assert events("Американский журналист Джон Смит прибыл в Москву.", published="2013-02-15") == []
    (visit,) = events("Министр иностранных дел Германии Хайко Маас прибыл в Москву.", published="2019-01-18")
    assert visit["type"] == "visit" and visit["place"]["country"] == "RUS"


def test_states_listed_after_a_locative_are_places_and_the_district_of_columbia_is_american():
    assert events("Перевозчик объявил, что фактически уже достиг соглашения с бортперсоналом в Ирландии, "
                  "Великобритании, Германии и Португалии и пригласил служащих из остальных стран к продолжению "
                  "переговоров по поводу заключения соответствующих контрактов.", published="2018-09-26") == []
    assert events("Четыре человека погибли в ходе протестов в районе Капитолийского холма, сообщили на совместной "
                  "пресс-конференции мэр Вашингтона Мюриэл Баузер и начальник полиции округа Колумбия Роберт "
                  "Конти.", published="2021-01-07") == []


def test_a_plan_of_talks_is_no_talks_but_a_crisis_before_a_dismissal_is_no_process_head():
    assert events("В конце рабочей недели британский Кабмин согласовал план переговоров с Брюсселем.",
                  published="2018-07-09") == []
    (pc,) = events("В понедельник премьер-министр Болгарии Бойко Борисов пытался смягчить кризис, уволив "
                   "министра финансов Симеона Дянкова.", published="2013-02-20")
    assert pc["type"] == "position_change" and [p["name"] for p in pc["participants"]] == ["Симеон Дянков"]


def test_an_undated_item_completes_day_and_month_with_the_year_of_its_latest_full_date():
    text = ("Протесты начались в феврале 2013 года. Премьер-министр Болгарии Бойко Борисов 18 февраля уволил "
            "министра финансов Симеона Дянкова.")
    (pc,) = events(text, published=None)
    assert (pc["date"]["start"], pc["date"]["precision"]) == ("2013-02-18", "day")
    assert "latest full date" in pc["date"]["reason"]



def test_met_in_the_imperfective_is_a_meeting():
    (m,) = events("Он также сообщил, что лидеры фракции «Слуга народа» встречались с временным поверенным в делах "
                  "США Кристиной Квин по вопросу введения санкций в отношении народного депутата Верховной рады "
                  "Украины.", published="2021-01-20")
    assert m["type"] == "meeting" and [p["name"] for p in m["participants"]] == ["Кристина Квин"]


def test_an_envoy_to_a_union_of_states_speaks_for_the_state_that_sends_him():
    (st,) = events("Постпред США при НАТО Кей Бейли Хатчисон обвинила Российскую Федерацию в желании "
                   "дестабилизировать союз.", published="2018-07-09")
    assert [(p["name"], p["role"], p["country"]) for p in st["participants"]][0] == (
        "Кей Бейли Хатчисон", "author", "USA")



def test_an_abdication_is_a_change_of_post_and_so_is_the_successors():
    # the one a post is left to ("в пользу своего сына … Филиппа") changes post too
    pc, successor = events("Король Бельгии Альберт II официально заявил, что отречётся от престола в пользу своего "
                           "сына, наследного принца Филиппа, 21 июля 2013 года.", published="2013-07-03")
    assert (pc["type"], pc["status"], pc["date"]["start"]) == ("position_change", "planned", "2013-07-21")
    assert [(p["name"], p["country"]) for p in pc["participants"]] == [("Альберт II", "BEL")]
    assert (successor["type"], successor["status"]) == ("position_change", "planned")
    assert [p["name"].split()[-1] for p in successor["participants"]] == ["Филипп"]


def test_a_known_surname_with_an_ending_after_the_verb_is_no_speaker():
    record = extract_document(Document(
        id="t", title="Глава украинского МИДа призывает Европейский Союз принять санкции против бывшего канцлера "
                      "Германии Герхарда Шрёдера",
        text="Министр иностранных дел Украины Павел Климкин призвал Европейский союз ввести санкции против "
             "экс-канцлера.", published="2018-03-19"))
    authors = [p["name"] for e in record["events"] for p in e["participants"] if p["role"] == "author"]
    assert "Герхард Шрёдер" not in authors


def test_whom_one_calls_on_or_criticises_is_no_speaker_but_an_inverted_subject_is():
    (st,) = events("Глава украинского МИДа призывает Европейский Союз принять санкции против России.",
                   published="2018-03-19")  # Ukraine's foreign minister speaks, not the EU he calls on
    assert [(p["name"], p["role"]) for p in st["participants"]][0] == ("Павел Климкин", "author")
    assert "Европейский союз" not in [p["name"] for p in st["participants"]]
    (st,) = events("В Берлине проект активно критикует посол США Ричард Гренель.", published="2019-01-09")
    assert [(p["name"], p["role"]) for p in st["participants"]][0] == ("Ричард Гренелл", "author")  # the KB spelling of the one-letter variant


def test_a_minister_the_kb_knows_changes_post_for_his_state():
    # persons.tsv: the UK's secretaries for exiting the EU (Davis, Raab, Barclay)
    (pc,) = events("Министр по делам Брексита Дэвид Дэвис ушел в отставку.", published="2018-07-09")
    assert [(p["name"], p["country"]) for p in pc["participants"]] == [("Дэвид Дэвис", "GBR")]


def test_a_guest_received_behind_a_long_title():
    # kremlin_ru:76834: the name stands 90 characters after "принял", its title right after it
    (meeting,) = [e for e in events("30 апреля 2025 года 23:00 Москва, Кремль Владимир Путин принял в Кремле "
                                    "заместителя Премьер-министра, Министра внутренних дел Объединённых Арабских "
                                    "Эмиратов Сейфа Бен Заида Аль Нахайяна.", published="2025-04-30")
                  if e["type"] == "meeting"]
    assert {(r, c) for r, c in roles(meeting).values()} == {("host", "RUS"), ("guest", "ARE")}
    assert meeting["place"]["city"] == "Москва"


def test_a_decrees_president_is_no_title_of_the_appointee():
    # kremlin_ru:76411: "Указом Президента Александр Никитич Дарчиев назначен": the genitive post is the
    # decree's author, not the appointee's title (he went to the USA as Russia's ambassador)
    (pc,) = events("6 марта 2025 года 10:20 Указом Президента Александр Никитич Дарчиев назначен "
                   "Чрезвычайным и Полномочным Послом Российской Федерации в Соединённых Штатах Америки.",
                   published="2025-03-06")
    assert pc["type"] == "position_change"
    assert pc["countries"] == ["RUS"]
    assert [p["position"] for p in pc["participants"]] != ["президент"]


def test_states_listed_after_from_are_origins_not_destinations():
    # kremlin_ru:76824: "приехали из Китая, Вьетнама": Vietnam is where friends came from, not a visit
    found = events("Председатель Госдумы Вячеслав Володин сказал, что наши друзья приехали из Китая, "
                   "Вьетнама, Индии.", published="2025-04-29")
    assert not [e for e in found if e["type"] == "visit" and "VNM" in e["countries"]]
    (visit,) = events("Председатель Госдумы Вячеслав Володин посетил Вьетнам и Индию.", published="2025-04-29")
    assert visit["place"]["country"] == "VNM"


def test_a_relative_clauses_date_is_its_own_verbs():
    # kremlin_ru:76608: Dodik arrived on the eve; the talks are of the day
    found = events("В Кремле Владимир Путин принял Президента Республики Сербской Милорада Додика, который "
                   "накануне прибыл в Москву.", published="2025-04-01")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert meeting["date"]["start"] == "2025-04-01"
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert visit["date"]["start"] == "2025-03-31"


def test_a_relative_clause_agreeing_with_the_trigger_dates_it():
    (meeting,) = events("Министр иностранных дел России Сергей Лавров рассказал о переговорах с госсекретарём "
                        "США Марко Рубио, которые пройдут 20 мая в Стамбуле.", published="2025-05-06")
    assert meeting["type"] == "meeting" and meeting["date"]["start"] == "2025-05-20"


def test_a_state_subject_before_the_verb_speaks_not_the_body_after_it():
    # nord_stream ru-ryanair-new-extra-128
    (st,) = events("США отвергли аргументы главы МИД Германии Хайко Мааса в поддержку проекта.",
                   published="2019-01-11")
    assert roles(st)["США"] == ("author", "USA")
    assert "Министерство иностранных дел Германии" not in roles(st)


def test_a_state_in_the_topic_before_the_verb_is_no_subject():
    # us_election_2020 ru-99: "О «вмешательстве» РФ в выборы заявила … Хиллари Клинтон"
    (st,) = events("О «вмешательстве» РФ в выборы заявил и госсекретарь США Майк Помпео.", published="2020-10-01")
    assert roles(st)["Майк Помпео"][0] == "author"
    assert roles(st).get("Россия", ("target",))[0] != "author"
    # (a former Secretary of State speaks for no state: no statement)
    assert events("О «вмешательстве» РФ в выборы заявила и бывший госсекретарь США Хиллари Клинтон.",
                  published="2021-02-01") == []


def test_an_ambiguous_state_inside_a_persons_name_is_none():
    # brexit ru-1077: "Том Уотсон" holds no Togo, "Доминик Рааб" no Dominica
    record = extract_document(Document(id="t", title="", published="2018-07-09",
                                       text="Заместитель главы Лейбористской партии Том Уотсон заявил, что "
                                            "правительство Великобритании «растворяется»."))
    assert "TGO" not in {a["country"] for a in record["actors"]}


def test_protests_in_the_street_are_no_protest_of_a_state():
    # asia_bibi ru-130: "из-за массовых протестов" are demonstrations; protests sent stay statements
    assert events("Власти Пакистана из-за массовых протестов отложили освобождение христианки.",
                  published="2018-11-03") == []
    (st,) = events("Власти Японии направили протесты России.", published="2018-11-03")
    assert roles(st)["Япония"] == ("author", "JPN")


def test_states_named_by_their_leaders_are_the_counterparts():
    # nord_stream ru-ryanair-new-extra-989/991: the Visegrad states, listed after their leaders
    for text in ("Канцлер Германии Ангела Меркель встретилась с лидерами Вышеградской группы - Чехией, "
                 "Венгрией, Польшей и Словакией.",
                 "Канцлер Германии Ангела Меркель прибыла на переговоры с главами правительств стран "
                 "Вишеградской группы — Венгрии, Польши, Словакии, Чехии."):
        (meeting,) = [e for e in events(text, published="2019-02-07") if e["type"] == "meeting"]
        assert set(meeting["countries"]) == {"DEU", "CZE", "HUN", "POL", "SVK"}


def test_an_ambiguous_leader_is_the_head_the_item_names():
    # "лидер ФРГ" is the chancellor the item names, not the KB's president (Steinmeier)
    found = events("Канцлер Германии Ангела Меркель прибыла в Братиславу. Там лидер ФРГ встретилась с "
                   "премьер-министром Словакии Петером Пеллегрини.", published="2019-02-07")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert "Ангела Меркель" in roles(meeting)
    assert "Франк-Вальтер Штайнмайер" not in roles(meeting)


def test_talks_naming_nobody_do_not_absorb_talks_told_of_far_later():
    # brexit ru-1159: "Требуются дальнейшие уступки и переговоры" is no report of the Trump-Putin talks
    filler = "Пестрая мешанина из таможенного союза и внутреннего рынка в этой форме не встретит одобрения. " * 3
    found = events("Требуются дальнейшие уступки и переговоры, чтобы сформировать приемлемое решение. " + filler
                   + "Президент США Дональд Трамп провёл переговоры с Президентом России Владимиром Путиным.",
                   published="2018-07-17")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert meeting["trigger"]["start"] > 300
    assert {p["country"] for p in meeting["participants"]} == {"USA", "RUS"}


def test_a_name_in_the_cause_of_a_resignation_is_not_who_resigns():
    # brexit ru-1234; us_election ru-24 ("Буш стал президентом, несмотря на то, что … его опередил Эл Гор")
    assert events("Британский министр по Brexit ушел в отставку из-за несогласия с политикой Мэй.",
                  published="2018-07-09") == []
    (pc,) = events("Екатерина Сакелларопулу стала 13-м президентом Греции.", published="2020-01-22")
    assert pc["participants"][0]["country"] == "GRC"


def test_a_participles_date_qualifies_its_own_noun():
    # factrueval book_261: the protest is of the day; Friday was the minister's visit
    (st,) = events("Правительство Японии выразило решительный протест против состоявшегося в пятницу визита "
                   "министра обороны России Анатолия Сердюкова на Курилы.", published="2011-02-05")
    assert st["type"] == "statement" and st["date"]["start"] == "2011-02-05"
    (meeting,) = events("Назначенная на 15 февраля встреча министров иностранных дел России и Японии состоится "
                        "в Москве.", published="2011-02-05")
    assert meeting["date"]["start"] == "2011-02-15"


def test_an_indeclinable_surname_written_as_its_nominative_speaks():
    # corus_buriy euronews: pymorphy reads "Дутерте" as an oblique case of a guessed noun
    (st,) = events("Президент Филиппин Родриго Дутерте сожалеет о своих высказываниях в адрес Барака Обамы.",
                   published="2016-09-06")
    assert roles(st)["Родриго Дутерте"] == ("author", "PHL")
    assert roles(st)["Барак Обама"][0] == "target"


def test_a_given_name_declined_is_no_subject_of_a_change():
    # nerel:train:201: "Ангелы Меркель" is the adviser's boss; Weidmann becomes head of the Bundesbank
    (pc,) = events("Вместо Акселя Вебера главой Bundesbank станет советник канцлера Германии Ангелы Меркель по "
                   "экономическим вопросам Йенс Вайдман.", published="2011-02-11")
    assert [p["name"] for p in pc["participants"]] == ["Йенс Вайдман"]


def test_a_post_or_body_left_or_taken_is_no_person():
    # nerel:train:1109: not Fischer, named after the post to be taken; brexit ru-1150
    assert events("Аналогичным образом в новый кабинет возглавить МИД ждут дипломата Яна Когоута - министра "
                  "иностранных дел у Фишера.", published="2013-06-17") == []
    assert events("Еще один высокопоставленный представитель консервативной партии покинул пост в "
                  "правительстве Терезы Мэй.", published="2018-07-10") == []


def test_a_plan_told_in_a_later_clause_leaves_the_event_occurred():
    # us_election ru-185; brexit ru-1097 ("Отставка Дэвиса состоялась …, где все члены кабинета договорились …")
    (meeting,) = events("Президент США Дональд Трамп и лидер КНДР Ким Чен Ын провели личные переговоры, на которых "
                        "договорились начать диалог.", published="2018-06-13")
    assert meeting["status"] == "occurred"
    (meeting,) = events("Президент США Дональд Трамп и лидер КНДР Ким Чен Ын договорились о встрече.",
                        published="2018-06-13")
    assert meeting["status"] == "planned"


def test_a_programme_provided_for_is_planned():
    # kremlin_ru:76810: "предусмотрены совместное посещение лидерами …" is the programme of a coming visit
    found = events("Президент России Владимир Путин посетит Белоруссию. В частности, предусмотрено посещение "
                   "Президентом России Владимиром Путиным Национальной библиотеки в Минске.", published="2025-04-28")
    (visit,) = found
    assert visit["status"] == "planned" and visit["countries"] == ["RUS", "BLR"]


def test_a_plural_participle_of_appointment_tells_no_change():
    # us_election ru-93: "назначенных" describes people, no one change; "отставок Джонсона и Дэвиса" stays
    assert not [e for e in events("В сценарии участвовали игроки, назначенных президентом Джо Байденом на посты "
                                  "в администрации.", published="2021-02-01") if e["type"] == "position_change"]


def test_a_bodys_protest_and_its_leaders_words_are_two_statements():
    # the government's protest and the prime minister's words are two acts; a ministry and its
    # spokeswoman remain one statement
    found = events("Правительство Японии выразило решительный протест против визита министра обороны России "
                   "Анатолия Сердюкова на Курилы. Премьер-министр Японии Наото Кан назвал посещение "
                   "островов министром обороны России Анатолием Сердюковым «в высшей степени достойным "
                   "сожаления».", published="2011-02-05")
    authors = [[p["name"] for p in e["participants"] if p["role"] == "author"]
               for e in found if e["type"] == "statement"]
    assert authors == [["Правительство Японии"], ["Наото Кан"]]
    found = events("МИД России назвал провокацией решение Литвы. С заявлением выступила официальный "
                   "представитель МИД России Мария Захарова.", published="2011-02-05")
    assert len([e for e in found if e["type"] == "statement"]) == 1


def test_a_body_in_the_genitive_after_a_speech_verb_is_in_the_speakers_title():
    # "— заявил представитель Пентагона Джон Кирби": the Pentagon is the genitive of his title
    (st,) = [e for e in events("«ЕС убежден, что США смогут осуществить мирную передачу власти», – заявил глава "
                               "Евросовета Шарль Мишель.", published="2021-01-07") if e["type"] == "statement"]
    assert [p["name"] for p in st["participants"] if p["role"] == "author"] == ["Шарль Мишель"]


def test_a_leader_named_only_in_the_links_to_other_items_is_not_the_host():
    # kremlin.ru: "Смотрите также" links name other items' persons; "Индийский лидер" is the item's Modi
    found = events("Состоялся телефонный разговор Владимира Путина с Премьер-министром Индии Нарендрой Моди. "
                   "Индийский лидер подтвердил приглашение Президенту России посетить Индию с визитом. "
                   "Смотрите также Соболезнования Президенту Индии Дроупади Мурму, Премьер-министру Индии "
                   "Нарендре Моди 22 апреля 2025 года", published="2025-05-05")
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert roles(visit) == {"Владимир Путин": ("guest", "RUS"), "Нарендра Моди": ("host", "IND")}


def test_a_body_in_a_named_spokeswomans_title_does_not_speak_but_an_unnamed_ones_does():
    def authors(text):
        return [[p["name"] for p in e["participants"] if p["role"] == "author"]
                for e in events(text, published="2018-07-10") if e["type"] == "statement"]
    assert authors("Все отчетливее проступают контуры правительственного кризиса в Великобритании, заявила "
                   "официальный представитель российского МИДа Мария Захарова.") == [["Мария Захарова"]]
    assert authors("«Оставаться в этой дырявой шлюпке не захотел даже британский король эксцентрики», — "
                   "прокомментировала отставку Джонсона представитель российского МИД на своей странице.") == [
        ["Министерство иностранных дел России"]]


def test_a_general_head_of_a_states_body_is_the_post_heading_it():
    # "глава украинского МИДа" is Ukraine's foreign minister on the day (the KB's holder)
    (st,) = events("Глава украинского МИДа в интервью газете «Бильд» назвал бывшего канцлера Германии "
                   "«важнейшим лоббистом Путина».", published="2018-03-19")
    assert [p["name"] for p in st["participants"] if p["role"] == "author"] == ["Павел Климкин"]
    # a post named as a post ("с поста министра …") refers to no holder
    (visit,) = [e for e in events("Отставка Бориса Джонсона с поста министра иностранных дел Великобритании не "
                                  "внесет изменений в планы Дональда Трампа нанести визит в Англию.",
                                  published="2018-07-10") if e["type"] == "visit"]
    assert "Джереми Хант" not in roles(visit)


def test_a_headline_statement_keeps_the_roles_the_body_gives():
    record = extract_document(Document(
        id="t", title="Глава украинского МИДа призывает Европейский Союз принять санкции против Герхарда Шрёдера",
        text="Глава украинского МИДа Павел Климкин призывает Европейский Союз принять санкции против бывшего "
             "канцлера Германии Герхарда Шрёдера за то, что он продвигает проекты Владимира Путина.",
        published="2018-03-19"))
    (st,) = [e for e in record["events"] if e["type"] == "statement"]
    assert roles(st)["Павел Климкин"][0] == "author" and roles(st)["Владимир Путин"][0] == "target"


def test_an_indeclinable_surname_after_an_oblique_given_name_is_no_speaker():
    # "Михаила" shows the case that "Саакашвили" hides: the object of "поддержать" does not speak
    found = events("Известно, что в августе 2008 года он летал в Тбилиси, чтобы поддержать Михаила Саакашвили, "
                   "а не так давно заявил, что Россию необходимо исключить из «Большой восьмёрки».",
                   published="2008-09-01")
    assert not any(p["name"] == "Михаил Саакашвили" and p["role"] == "author"
                   for e in found for p in e["participants"])
    (st,) = events("Михаил Саакашвили заявил, что Россию необходимо исключить из «Большой восьмёрки».",
                   published="2013-01-01")
    assert [(p["name"], p["role"]) for p in st["participants"]] == [("Михаил Саакашвили", "author")]


def test_a_visit_verb_with_a_plural_of_private_persons_as_subject_is_no_visit():
    # the verb's own subject ("Иностранцы", "наши друзья"): not the guest of the visit told before
    found = events("Президент Чили Себастьян Пиньера встретился с президентом Аргентины Альберто Фернандесом. "
                   "Иностранцы могут прибыть в столицу страны Сантьяго, показав справку о негативном тесте.",
                   published="2020-11-01")
    assert [e["type"] for e in found] == ["meeting"]


def test_the_agent_of_a_passive_participle_is_not_who_resigns():
    (pc,) = events("Накануне из-за несогласия с предложенным Мэй планом развития отношений с Евросоюзом в "
                   "отставку подал Дэвид Дэвис.", published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Дэвид Дэвис"]


def test_words_mixing_two_alphabets_are_read_in_one():
    # Latin "C" in "CША", Latin "o" in "Джoнсон": read as Cyrillic (the record's document keeps the text as written)
    record = extract_document(Document(id="t", title="", published="2018-07-09",
                                       text="Борис Джoнсон провел переговоры с госсекретарем CША Майком Помпео."))
    (meeting,) = record["events"]
    assert set(meeting["countries"]) == {"GBR", "USA"}
    assert "Борис Джонсон" in roles(meeting)
    spans = [e for p in meeting["participants"] for e in p["evidence"]]
    assert any(s["text"] == "Джонсон" or "Джонсон" in s["text"] for s in spans)


def test_a_signing_planned_at_talks_is_placed_where_the_talks_are():
    # the talks are placed by the visit of their sentence; the signing "по итогам переговоров" with them
    found = events("10 мая Президент России проведёт переговоры с Генеральным секретарём ЦК Коммунистической "
                   "партии Вьетнама То Ламом, который посетит Россию с официальным визитом. По итогам "
                   "переговоров планируется принять ряд двусторонних документов.", published="2025-05-08")
    places = {e["type"]: (e["place"] or {}).get("country") for e in found}
    assert places == {"meeting": "RUS", "visit": "RUS", "signing": "RUS"}


def test_a_visit_placed_in_a_country_takes_the_datelines_city_there():
    found = events("Президент Республики Беларусь Александр Лукашенко находится в России с официальным визитом. "
                   "13 марта 2025 года 17:40 Москва, Кремль Переговоры Владимира Путина и Александра Лукашенко "
                   "прошли в узком составе.", published="2025-03-13")
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert (visit["place"]["city"], visit["place"]["country"]) == ("Москва", "RUS")



def test_a_place_of_what_was_said_before_the_speech_verb_is_not_the_statements():
    (st,) = [e for e in events("Глава МИД ФРГ Хайко Маас может обсудить в пятницу в Москве транзит газа через "
                               "Украину, заявила на брифинге официальный представитель МИД ФРГ Мария Адебар.",
                               published="2019-01-16") if e["type"] == "statement"]
    assert st["place"] is None
    (st,) = events("«Мы не позволим США решать за нас», - заявил Маас в четверг, 10 января, в Берлине.",
                   published="2019-01-11")
    assert (st["place"]["city"], st["place"]["country"]) == ("Берлин", "DEU")


def test_the_country_a_speaker_speaks_of_is_a_side_and_a_topic_after_an_apposition_is_not():
    # "страна" opening what a person of a state says is that state; "по поводу матери, христианки
    # Азии Биби": whom the talks are about, past the apposition's comma
    found = events("Премьер-министр Канады Джастин Трюдо заявил, что страна ведет переговоры с Пакистаном по "
                   "поводу многодетной матери, христианки Азии Биби, казни которой требуют жители.",
                   published="2018-11-14")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert roles(meeting) == {"Канада": ("participant", "CAN"), "Пакистан": ("participant", "PAK")}


def test_who_intends_to_dismiss_is_not_dismissed():
    # "о своем намерении уволить …": the subject dismisses; "о своем решении уйти": the subject leaves
    dismissing = events("Президент Казахстана Нурсултан Назарбаев заявил о своем намерении уволить руководителя "
                        "государственной энергетической компании.", published="2011-12-20")
    assert not [p for e in dismissing for p in e["participants"] if p["name"] == "Нурсултан Назарбаев"]
    (leaving,) = events("Министр финансов России Иван Петров объявил о своем решении уйти в отставку.")
    assert [p["name"] for p in leaving["participants"]] == ["Иван Петров"]


def test_documents_after_a_long_adverbial_and_in_the_future_tense():
    (signing,) = events("Россия и Турция подписали в минувшую среду 12 мая межправительственное соглашение "
                        "о взаимной отмене виз.", published="2010-05-14")
    assert [a["title"] for a in signing["agreements"]] == ["межправительственное соглашение о взаимной отмене виз"]
    (planned,) = events("Россия и Болгария подпишут договор о строительстве АЭС Белене.", published="2008-01-17")
    assert [a["title"] for a in planned["agreements"]] == ["договор о строительстве АЭС Белене"]


def test_documents_signed_on_a_visit_are_signed_with_its_host():
    found = events("Президент России Владимир Путин находится с визитом в Болгарии. Путин также подпишет "
                   "договоры по строительству АЭС Белене.", published="2008-01-17")
    (signing,) = [e for e in found if e["type"] == "signing"]
    assert set(signing["countries"]) == {"RUS", "BGR"} and signing["place"]["country"] == "BGR"
    # a wish to adopt a programme is no signing on the visit
    wished = events("Премьер-министр Турции Реджеп Тайип Эрдоган прибыл с визитом на Украину. Мустафа Джемилев "
                    "просил Реджепа Эрдогана принять программу строительства жилья.", published="2011-01-25")
    assert not [e for e in wished if e["type"] == "signing"]


def test_notes_exchanged_on_an_agreement_are_a_signing():
    (signing,) = events("Россия и США обменялись во вторник дипломатическими нотами о достижении договоренности "
                        "по продлению Договора о стратегических наступательных вооружениях.", published="2021-01-27")
    assert signing["type"] == "signing" and set(signing["countries"]) == {"RUS", "USA"}
    assert signing["date"]["start"] == "2021-01-26"
    assert [(a["kind"], a["title"].split()[0]) for a in signing["agreements"]] == [("agreement", "договоренности")]


def test_a_contract_is_an_agreement_and_a_treaty_between_states_a_treaty():
    from communique.extract.agreements import kind_of

    assert kind_of("договоры по строительству АЭС Белене") == "agreement"
    assert kind_of("договор на поставку газа") == "agreement"
    assert kind_of("договора на пять лет") == "treaty"  # a term, not a contract's object
    assert kind_of("Договор между Российской Федерацией и Республикой Корея о дружбе") == "treaty"


def test_a_documents_title_ends_where_another_clause_starts():
    (statement,) = [a for e in events("По итогам переговоров России и Египта принято совместное заявление лидеров, подписан ряд "
                                      "межправительственных документов.") for a in e["agreements"]]
    assert statement["title"] == "совместное заявление лидеров"
    # the documents after "приняли", not a document noun opening the sentence
    (declaration,) = [a for e in events("Заявление прозвучало после того, как Россия и Белоруссия приняли "
                                        "декларацию о Союзном государстве, после чего лидеры ответили на вопросы.")
                      for a in e["agreements"]]
    assert (declaration["kind"], declaration["title"]) == ("declaration", "декларация о Союзном государстве")


def test_an_english_title_ends_before_when_it_was_signed():
    (signing,) = events("Russia and China signed an agreement on the construction of a gas pipeline on Tuesday.",
                        published="2019-05-16", lang="en")
    assert [a["title"] for a in signing["agreements"]] == ["agreement on the construction of a gas pipeline"]
    assert signing["date"]["start"] == "2019-05-14"


def test_the_body_words_are_addressed_to_does_not_speak():
    told = events("Эксперт по России Фиона Хилл, которая работала в Белом доме, сказала Конгрессу в ноябре, что "
                  "политические лидеры поляризуют США.", published="2019-12-01")
    assert not [p for e in told for p in e["participants"] if p["name"] == "Конгресс США"]
    # a body in the genitive after the verb is of the speaker's title
    (said,) = [e for e in events("Отставка Джонсона говорит о кризисе в Великобритании, заявил представитель "
                                 "МИД России.", published="2018-07-09") if e["type"] == "statement"]
    assert said["participants"][0]["role"] == "author" and said["participants"][0]["country"] == "RUS"


def test_a_conversation_verb_is_talks_and_a_caption_of_two_names_is_two_persons():
    (talks,) = events("Вице-президент США Джо Байден побеседовал с президентом Эквадора Рафаэлем Корреа по поводу "
                      "Эдварда Сноудена.", published="2013-06-29")
    assert talks["type"] == "meeting" and set(talks["countries"]) == {"USA", "ECU"}
    record = extract_document(Document(id="t", title="", published="2013-06-29",
                                       text="Джо Байден в окружении военнослужащих США Рафаэль Корреа Эдвард Сноуден"))
    names = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert {"Рафаэль Корреа", "Эдвард Сноуден"} <= names


def test_a_title_leaves_out_the_day_and_the_place_of_signing():
    (dated,) = events("Президенты Узбекистана и Казахстана подписали договор о союзнических отношениях "
                      "22 декабря 2022 года.", published="2022-12-23")
    assert [a["title"] for a in dated["agreements"]] == ["договор о союзнических отношениях"]
    assert dated["date"]["start"] == "2022-12-22"
    (placed,) = events("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev signed a treaty "
                       "on allied relations in Tashkent.", published="2022-12-23", lang="en")
    assert [a["title"] for a in placed["agreements"]] == ["treaty on allied relations"]
    # a period is part of the title
    (program,) = events("Министры иностранных дел России и Казахстана подписали Программу сотрудничества на "
                        "2026-2027 годы.", published="2025-12-23")
    assert program["agreements"][0]["period"]["start"] == "2026-01-01"


def test_a_city_named_after_its_kind_is_the_place():
    for text in ("12 марта 2024 года в г. Бишкек состоялись консультации между Кыргызстаном и Кореей.",
                 "12 марта 2024 года в городе Бишкек состоялись консультации между Кыргызстаном и Кореей."):
        (talks,) = events(text, published="2024-03-13")
        assert (talks["place"]["city"], talks["place"]["country"]) == ("Бишкек", "KGZ")


def test_a_state_of_a_title_is_not_where_a_visit_goes():
    found = events("В ходе визита Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провел переговоры "
                   "с Министром иностранных дел Турецкой Республики Хаканом Фиданом.", published="2024-03-13")
    (visit,) = [e for e in found if e["type"] == "visit"]
    assert visit["place"] is None or visit["place"]["country"] != "KGZ"
    (planned,) = events("Президент Турции посетит с официальным визитом Российскую Федерацию.", published="2024-03-13")
    assert planned["place"]["country"] == "RUS"


def test_an_unnamed_ambassador_makes_his_state_a_side_of_the_talks():
    (talks,) = events("Заместитель Министра иностранных дел Кыргызской Республики Азизбек Мадмаров провел встречу с "
                      "Чрезвычайным и Полномочным Послом Германии в Кыргызской Республике.", published="2024-03-13")
    assert talks["type"] == "meeting" and set(talks["countries"]) == {"KGZ", "DEU"}
    # a named ambassador is the side himself
    (named,) = events("Министр Жээнбек Кулубаев встретился с Послом Японии Икуко Мотоки.", published="2024-03-13")
    assert {p["name"] for p in named["participants"]} == {"Жээнбек Кулубаев", "Икуко Мотоки"}


def test_an_envoy_received_is_an_audience():
    (audience,) = events("Заместитель Министра иностранных дел Кыргызской Республики Азизбек Мадмаров принял вновь "
                         "назначенного Посла Италии в Кыргызстане.", published="2024-03-13")
    assert audience["type"] == "meeting" and set(audience["countries"]) == {"KGZ", "ITA"}


def test_a_ministry_expressing_condolences_in_the_present_tense_makes_a_statement():
    (condolences,) = events("Министерство иностранных дел Кыргызской Республики выражает глубокие соболезнования "
                            "народу Турции в связи с землетрясением.", published="2023-02-07")
    assert condolences["type"] == "statement" and set(condolences["countries"]) == {"KGZ", "TUR"}


def test_imperfective_cues_count_in_the_present_tense_only():
    (said,) = events("МИД России заявляет, что санкции США против Ирана незаконны.", published="2023-02-07")
    assert said["type"] == "statement" and set(said["countries"]) == {"RUS", "USA", "IRN"}
    (visit,) = events("Президент Казахстана Касым-Жомарт Токаев посещает Китай с государственным визитом.",
                      published="2023-02-07")
    assert visit["type"] == "visit" and visit["place"]["country"] == "CHN"
    # a habit told in the past, a participle describing someone: no event of their own
    assert events("Канцлер ФРГ Ангела Меркель заявляла американскому лидеру о независимости германских "
                  "политиков.", published="2019-01-09") == []
    assert not [e for e in events("Керри стал первым представителем США, посещающим Исламабад после "
                                  "ликвидации бин Ладена.", published="2011-05-16") if e["type"] == "visit"]


def test_a_former_official_speaks_for_no_state():
    text = ("Противники этой стратегии, среди которых и экс-глава МИД Борис Джонсон, считают, что подобные условия "
            "поставят Лондон в зависимое положение по отношению к Евросоюзу и лишат Великобританию возможности влиять "
            "на решения, принимаемые в Брюсселе.")
    assert [e for e in events(text, published="2018-07-10") if e["type"] == "statement"] == []


def test_an_official_who_just_left_keeps_his_state():
    # Davis left on 8/9 July 2018: the day after, he is still the United Kingdom's, and a target of Tusk's
    (st,) = events("Председатель Европейского совета Дональд Туск прокомментировал отставку британского министра по "
                   "вопросам Brexit Дэвида Дэвиса.", published="2018-07-10")
    assert roles(st)["Дэвид Дэвис"] == ("target", "GBR")
    # one who left long before is not: Verhofstadt, Belgium's prime minister to 2008, is an MEP in 2018
    actors = extract_document(Document(id="t", title="", text="Ги Верхофстадт встретился с Дэвидом Дэвисом.",
                                       published="2018-07-10"))["actors"]
    assert {a["name"]: a["country"] for a in actors if a["kind"] == "person"} == {
        "Ги Верхофстадт": None, "Дэвид Дэвис": "GBR"}


def test_second_tier_officials_of_the_kb_speak_for_their_state():
    (st,) = events("Советник по национальной безопасности Джейк Салливан призвал Москву немедленно освободить "
                   "Навального.", published="2021-01-24")
    assert roles(st)["Джейк Салливан"] == ("author", "USA") and set(st["countries"]) == {"USA", "RUS"}
    # one who is criticised is no author
    assert events("Райс подверглась резкой критике со стороны республиканцев в связи с нападением на американское "
                  "консульство в ливийском городе Бенгази.", published="2012-12-14") == []


def test_a_ministers_trip_to_islands_his_state_holds_is_no_visit_abroad():
    found = events("Правительство Японии выразило решительный протест против состоявшегося в пятницу визита российского "
                   "министра обороны, посетившего южные Курильские острова, которые и Япония, и Россия считают своими.",
                   published="2011-02-05")
    assert [e["type"] for e in found] == ["statement"] and set(found[0]["countries"]) == {"JPN", "RUS"}


def test_who_a_relative_clause_or_a_plural_verb_speaks_of_is_no_author():
    (st,) = events("Президент Турции Реджеп Тайип Эрдоган, который поддерживал хорошие отношения с Мурси, выразил "
                   "соболезнования. Бывший президент Египта Мухаммед Мурси скончался в суде.", published="2019-06-17")
    assert roles(st)["Реджеп Тайип Эрдоган"] == ("author", "TUR")
    # an indefinite "обвиняют" has no subject: the one before it is its object
    text = "Сергей Лавров сегодня прилетел в Берлин. Лаврова и его коллег обвиняют в давлении на Германию."
    assert [e for e in events(text, published="2019-06-17") if e["type"] == "statement"] == []
    # two joined before a plural verb speak together
    (st,) = events("Лавров и глава МИД Китая Ван И осудили действия США.", published="2019-06-17")
    assert {n: r[0] for n, r in roles(st).items()}["Ван И"] == "author"


def test_a_states_headline_statement_is_its_ministers_in_the_lead():
    doc = Document(id="t", title="Германия осудила возможность введения санкций против «Северного потока — 2»",
                   text="Введение американских санкций против газопровода Северный поток 2 является неприемлемым путем "
                        "решения вопроса об энергоносителях в Европе, заявил глава МИД ФРГ Хайко Маас, сообщает "
                        "агентство Reuters.", published="2019-01-11")
    found = [e for e in extract_document(doc)["events"] if e["type"] == "statement"]
    assert [[p["name"] for p in e["participants"] if p["role"] == "author"] for e in found] == [["Хайко Маас"]]
    doc = Document(id="t", title="Германия осадила США за критику «Северного потока - 2»",
                   text="В МИД ФРГ прокомментировали санкционные угрозы США в отношении газопровода.",
                   published="2019-01-11")
    assert len([e for e in extract_document(doc)["events"] if e["type"] == "statement"]) == 1


def test_what_one_side_said_in_a_call_is_the_call():
    text = ("Президент США Джо Байден провел телефонный разговор с президентом России Владимиром Путиным. Байден также "
            "выразил Путину озабоченность отравлением Навального. Позже глава МИД Германии Хайко Маас осудил Россию.")
    found = events(text, published="2021-01-27")
    assert sorted(e["type"] for e in found) == ["phone_call", "statement"]
    (st,) = [e for e in found if e["type"] == "statement"]
    assert roles(st)["Хайко Маас"][0] == "author"


KREMLIN_VISIT = (
    "Александр Лукашенко прибыл в Россию с официальным визитом. Лидеры подписали совместное заявление, далее в их "
    "присутствии состоялась церемония обмена документами. Дополнительно Совместное заявление Президента Российской "
    "Федерации и Президента Республики Беларусь 13 марта 2025 года Список документов, подписанных в ходе визита.\n"
    "[Приложение: Совместное заявление Президента Российской Федерации и Президента Республики Беларусь]\n"
    "Стороны подтверждают общность подходов. Главы государств подписали Соглашение между Российской Федерацией и "
    "Республикой Беларусь о мерах по взаимной защите граждан от необоснованного преследования, в соответствии с "
    "которым Стороны намерены совместно бороться с политизацией. Стороны опираются на подписанный 8 декабря 1999 "
    "года Договор о создании Союзного государства.")


def test_documents_named_in_full_elsewhere_and_in_an_appended_statement():
    record = extract_document(Document(id="t", title="Переговоры с Президентом Белоруссии Александром Лукашенко",
                                       text=KREMLIN_VISIT, published="2025-03-13", source="kremlin.ru (ru)"))
    (signing,) = [e for e in record["events"] if e["type"] == "signing"]
    assert [(a["kind"], a["title"]) for a in signing["agreements"]] == [
        ("joint_statement", "Совместное заявление Президента Российской Федерации и Президента Республики Беларусь"),
        ("agreement", "Соглашение между Российской Федерацией и Республикой Беларусь о мерах по взаимной защите "
                      "граждан от необоснованного преследования")]
    # the appended statement reports no event of its own (the talks are the headline's)
    assert sorted(e["type"] for e in record["events"]) == ["meeting", "signing", "visit"]


def test_an_appended_list_of_documents_signed_and_approved():
    text = ("Состоялись российско-таджикистанские переговоры. Президент Таджикистана находится в России с "
            "государственным визитом.\n"
            "[Приложение: Документы, подписанные и утверждённые по итогам переговоров Президента России Владимира "
            "Путина и Президента Таджикистана Эмомали Рахмона]\n"
            "Документы, подписанные и утверждённые по итогам переговоров Президента России Владимира Путина и "
            "Президента Таджикистана Эмомали Рахмона 17 марта 2025 года 1. Соглашение между Правительством Российской "
            "Федерации и Правительством Республики Таджикистан о создании Индустриального парка на территории "
            "Республики Таджикистан. 2. Программа стратегического партнерства Министерства обороны Российской "
            "Федерации и Министерства обороны Республики Таджикистан на 2026–2030 годы. Смотрите также "
            "Российско-таджикистанские переговоры 17 марта 2025 года")
    record = extract_document(Document(id="t", title="Российско-таджикистанские переговоры", text=text,
                                       published="2025-03-17", source="kremlin.ru (ru)"))
    (signing,) = [e for e in record["events"] if e["type"] == "signing"]
    assert [a["kind"] for a in signing["agreements"]] == ["agreement", "program"]
    assert signing["agreements"][1]["period"]["end"] == "2030-12-31"


def test_a_trip_of_a_former_official_is_no_visit_of_state():
    assert events("Они были освобождены благодаря усилиям экс-президента США Билла Клинтона, приехавшего для этого в "
                  "Северную Корею.", published="2009-08-05") == []
    # a serving one's is
    (visit,) = events("Президент США Барак Обама прибыл в Северную Корею.", published="2009-08-05")
    assert visit["type"] == "visit"


def test_the_head_of_a_residence_is_the_office_holder_and_not_at_an_election():
    (st,) = events("Глава Белого дома заявил, что Россия нарушает договор.", published="2018-07-10")
    assert roles(st)["Дональд Трамп"] == ("author", "USA")
    # the elections of the head of the White House name no holder
    (st,) = events("Пресс-секретарь президента РФ Дмитрий Песков заявил, что обвинения Вашингтона связаны с "
                   "приближающимися выборами главы Белого дома.", published="2020-10-22")
    assert set(roles(st)) == {"Дмитрий Песков"}
    (st,) = events("Пресс-секретарь президента РФ Дмитрий Песков заявил, что обвинения Вашингтона связаны с выборами "
                   "президента США.", published="2020-10-22")
    assert set(roles(st)) == {"Дмитрий Песков"}


def test_habits_and_years_in_what_was_said_make_no_statement_or_date():
    assert events("Действующий глава Белого дома регулярно критикует формат торговых отношений с КНР.",
                  published="2020-09-01") == []
    (st,) = events("Президент США Дональд Трамп назвал «ужасной вещью» вступление Китая во Всемирную торговую "
                   "организацию в 2001 году.", published="2020-09-01")
    assert st["date"]["start"] == "2020-09-01" and st["date"]["precision"] == "reported"
    (st,) = events("Советник по национальной безопасности США Джейк Салливан заявил в 2021 году на слушаниях, что санкции "
                   "против России были недостаточны.", published="2021-12-01")
    assert st["date"]["start"] == "2021"


def test_signatories_only_when_the_signing_names_them():
    talks = "Владимир Путин провёл переговоры с Президентом Таджикистана Эмомали Рахмоном в Кремле. "
    (signing,) = [e for e in events(talks + "По итогам переговоров подписан ряд межправительственных документов.",
                                    published="2025-03-17") if e["type"] == "signing"]
    assert signing["participants"] == [] and signing["countries"] == ["RUS", "TJK"]
    (signing,) = [e for e in events(talks + "Лидеры подписали совместное заявление.", published="2025-03-17")
                  if e["type"] == "signing"]
    assert {p["name"] for p in signing["participants"]} == {"Владимир Путин", "Эмомали Рахмон"}


def test_a_meeting_missed_is_none():
    text = ("В обсуждении участвовал и Борис Джонсон, пропустивший из-за этого встречу с главой МИД Ирана Джавадом "
            "Зарифом.")
    assert [e for e in events(text, published="2018-07-09") if e["type"] == "meeting"] == []
    # a deadline of negotiations is the process, not talks
    assert [e for e in events("Евросоюз и Великобритания обсуждают, как продлить срок переговоров по Brexit с Лондоном.",
                              published="2018-07-09") if e["type"] == "meeting"] == []


def test_a_possible_meeting_is_planned():
    found = events("Среди дипломатов много слухов о возможной встрече Байдена и Путина ориентировочно в мае.",
                   published="2021-02-01")
    assert [(e["type"], e["status"]) for e in found] == [("meeting", "planned")]


BOLTON = Document(
    id="t", title="Telegraph: Джон Болтон втайне от Терезы Мэй провел встречу с евроскептиками", published="2018-07-01",
    text="Джон Болтон, советник президента США Дональда Трампа по государственной безопасности, встретился с "
         "представителями Европейской исследовательской группы евроскептиков, передает газета The Telegraph. Источники "
         "издания уведомили, что на минувшей неделе в столице Англии Болтон не менее часа общался с членами Европейской "
         "исследовательской группы евроскептиков. Газета также передала, что Болтон встретился со своим английским "
         "коллегой Марком Седвиллом. The Sunday Telegraph полагает, что если Дональд Трамп во время своего визита в Лондон "
         "решит провести встречу с евроскептиками, то это подорвет позиции премьера Терезы Мэй.")


def test_a_body_met_through_its_members_and_a_later_meeting_with_another_side():
    found = [(e["type"], sorted(p["name"] for p in e["participants"]), e["place"] and e["place"]["city"])
             for e in extract_document(BOLTON)["events"]]
    # the body is a side, the president in Bolton's title and the premier kept in the dark are not; the
    # capital of the report placing the talks; the meeting with Sedwill is another; the conditional one none,
    # but the visit it presupposes is to come
    assert found == [("meeting", ["Джон Болтон", "Европейская исследовательская группа евроскептиков"], "Лондон"),
                     ("meeting", ["Джон Болтон", "Марк Седвилл"], None),
                     ("visit", ["Дональд Трамп", "Тереза Мэй"], "Лондон")]


def test_a_member_named_after_his_body_is_met_not_the_body():
    (talks,) = events("В Кремле состоялась встреча Владимира Путина с членом Политбюро Центрального комитета "
                      "Коммунистической партии Китая, Министром иностранных дел КНР Ван И.", published="2025-04-01")
    assert sorted(p["name"] for p in talks["participants"]) == ["Ван И", "Владимир Путин"]


def test_the_hosts_thanks_for_the_guests_coming_tell_the_visit():
    visits = titled("Встреча с Президентом Белоруссии Александром Лукашенко",
                    "В Волгограде состоялась двусторонняя встреча Владимира Путина с Президентом Республики Беларусь "
                    "Александром Лукашенко. В.Путин: Уважаемый Александр Григорьевич! Ещё раз хочу Вас поблагодарить "
                    "за то, что Вы сегодня здесь, в Волгограде, вместе с нами отмечаете эту славную Победу.",
                    "2025-04-29", "visit")
    assert [(v["status"], v["place"]["city"], v["date"]["start"]) for v in visits] == [
        ("occurred", "Волгоград", "2025-04-29")]
    assert roles(visits[0])["Александр Лукашенко"][0] == "guest"


def test_talks_naming_a_role_are_not_reported():
    assert not titled("Туск заявил, что Brexit создал беспорядок в отношениях Великобритании с ЕС",
                      "Отставка координатора с британской стороны Дэвида Дэвиса на переговорах о выходе Соединенного "
                      "Королевства из Евросоюза мало что меняет в проблеме, созданной Brexit, считает председатель "
                      "Европейского совета Дональд Туск. \"Политики приходят и уходят, а проблемы остаются\", сказал "
                      "Туск на пресс-конференции в Брюсселе в понедельник.", "2018-07-10", "meeting")


def test_a_day_written_after_its_weekday_dates_the_event():
    (change,) = [e for e in events("Конгресс США в четверг, 7 января, утвердил избрание Джо Байдена президентом.",
                                   published="2021-02-01") if e["type"] == "position_change"]
    assert change["date"]["start"] == "2021-01-07"  # not the Thursday before publication, 28 January
    # an undated item: the day and month with the year of its latest full date, kept though that year is a guess
    (change,) = titled("Б.Обама выдвинул на пост главы ФБР республиканца",
                       "Президент США Барак Обама в пятницу, 21 июня, выдвинул на пост главы ФБР республиканца Джеймса "
                       "Коми. Он сменит Роберта Мюллера, который вступил в эту должность за неделю до атаки 11 сентября "
                       "2001г.", None, "position_change")
    assert change["date"]["start"].endswith("-06-21")


def test_a_heading_run_into_the_text_is_the_headline_meeting_again():
    assert len(titled("Встреча с Патриархом Московским и всея Руси Кириллом и Патриархом Сербским Порфирием",
                      "Владимир Путин встретился в Кремле с Патриархом Московским и всея Руси Кириллом и Патриархом "
                      "Сербским Порфирием. 22 апреля 2025 года 17:40 Москва, Кремль Встреча с Патриархом Московским и "
                      "всея Руси Кириллом и Патриархом Сербским Порфирием Во встрече также приняли участие митрополит "
                      "Волоколамский Антоний и митрополит Сербской православной церкви Ириней.", "2025-04-22",
                      "meeting")) <= 1


def test_a_product_or_firm_of_a_country_is_not_the_state_spoken_of():
    found = events("Еще 700 тысяч доз - это китайская вакцина от компании Sinovac, если исследования подтвердят её "
                   "эффективность, отметил министр здравоохранения Украины Максим Степанов.", published="2021-02-01")
    assert not [e for e in found if e["type"] == "statement"]
    (st,) = events("Посол США Ричард Гренелл пригрозил санкциями немецким компаниям, участвующим в проекте "
                   "«Северный поток-2», заявила Мария Захарова.", published="2019-01-15")
    assert "DEU" not in st["countries"] and {"RUS", "USA"} <= set(st["countries"])


def test_a_visit_noun_is_not_placed_in_a_state_named_past_a_comma():
    # the state names the organiser of a forum on the programme, not where the leaders go (kremlin.ru, an
    # undated announcement)
    found = titled("29 апреля Владимир Путин и Александр Лукашенко посетят Волгоград",
                   "Анонс на 29 апреля 2025 года 29 апреля в Волгограде пройдут мероприятия с участием Президента "
                   "Российской Федерации Владимира Путина и Президента Республики Беларусь Александра Лукашенко, "
                   "посвящённые 80-летию Победы в Великой Отечественной войне. В частности, предусмотрены совместное "
                   "посещение лидерами мемориального комплекса «Героям Сталинградской битвы» на Мамаевом кургане, а "
                   "также их выступления на итоговом пленарном заседании Международного форума «Великое наследие – "
                   "общее будущее», организованного по инициативе Парламентского собрания Союза Беларуси и России. "
                   "Кроме того, главы государств проведут отдельную беседу, в ходе которой будут обсуждаться "
                   "актуальные вопросы дальнейшего развития российско-белорусских отношений.",
                   None, "visit", source="kremlin.ru")
    assert [(v["status"], v["place"]["city"], v["place"]["country"]) for v in found] == [
        ("planned", "Волгоград", "RUS")]


def test_the_host_announcing_a_side_of_the_talks_will_come_is_a_planned_visit():
    text = ("По итогам российско-таджикистанских переговоров Владимир Путин и Эмомали Рахмон выступили с "
            "заявлениями для прессы. В.Путин: Уважаемый Эмомали Шарипович! Переговоры прошли в дружеской "
            "обстановке. Эмомали Шарипович принял наше приглашение и приедет на празднование юбилея Победы "
            "9 мая в Москве.")
    visits = titled("Заявления для прессы", text, "2025-03-17", "visit")
    planned = [v for v in visits if v["status"] == "planned"]
    assert [(v["date"]["start"], v["place"]["city"]) for v in planned] == [("2025-05-09", "Москва")]
    assert roles(planned[0])["Эмомали Рахмон"] == ("guest", "TJK")
    # one who confirmed taking part, in a call's readout
    call = ("Состоялся телефонный разговор Владимира Путина с Президентом Узбекистана Шавкатом Мирзиёевым. "
            "Шавкат Мирзиёев подтвердил своё участие в юбилейных мероприятиях в Москве.")
    (visit,) = titled("Телефонный разговор с Президентом Узбекистана", call, "2025-05-03", "visit")
    assert visit["status"] == "planned" and roles(visit)["Шавкат Мирзиёев"] == ("guest", "UZB")


def test_a_signing_the_speaker_says_was_done_today_is_the_days_signing_where_the_talks_are():
    text = ("8 мая 2025 года 15:00 Москва, Кремль По итогам российско-таджикистанских переговоров Владимир Путин и "
            "Эмомали Рахмон выступили с заявлениями для прессы. В.Путин: Уважаемый Эмомали Шарипович! "
            "Товарооборот растёт, а в соответствии с подписанным сегодня межправсоглашением в Душанбе в скором "
            "времени будет создан российско-таджикистанский индустриальный парк. Так, в соответствии с "
            "подписанным сегодня протоколом о поправках в договор от 1998 года о равных правах граждан двух "
            "стран россияне, постоянно живущие в Таджикистане, могут теперь участвовать в местных выборах. "
            "Мы подписали в прошлом году программу сотрудничества.")
    (signing,) = titled("Заявления для прессы", text, "2025-05-08", "signing")
    assert signing["status"] == "occurred" and signing["date"]["start"] == "2025-05-08"
    assert signing["place"]["city"] == "Москва"  # not where the park will be
    # each title ends before the clause it runs into; last year's programme is no news
    assert [(a["title"], a["kind"]) for a in signing["agreements"]] == [
        ("межправсоглашение", "agreement"),
        ("протокол о поправках в договор от 1998 года о равных правах граждан двух стран", "protocol")]


def test_a_statement_is_placed_by_a_later_report_of_where_it_was_made():
    text = ("Министр иностранных дел Германии Хайко Маас резко отверг критику Вашингтона в отношении газопровода "
            "«Северный поток-2». «Вопросы европейской энергетической политики должны решаться в Европе, а не в "
            "США», - заявил Маас в четверг, 10 января, в Берлине.")
    (st,) = titled("Маас отверг критику США", text, "2019-01-11", "statement")
    assert (st["place"]["city"], st["place"]["country"]) == ("Берлин", "DEU")
    # not a city of what was condemned, nor one in what was said
    text = ("Избранный президент США Дональд Трамп выступил с заявлением. Трамп осудил убийство российского "
            "посла в Анкаре Андрея Карлова.")
    (st,) = titled("Трамп осудил убийство посла", text, "2016-12-20", "statement")
    assert st["place"] is None


def test_brussels_named_as_a_side_is_the_european_union_not_belgium():
    # (what May says of her own ministers and the Union is no statement about another state)
    found = events("Премьер-министр Великобритании Тереза Мэй заявила, что министры не согласились с тем, как будут "
                   "выглядеть отношения между Лондоном и Брюсселем после Brexit.", published="2018-07-09")
    assert [e for e in found if e["type"] == "statement"] == []
    # another capital stands for its state
    (st,) = events("Премьер-министр Канады Джастин Трюдо раскритиковал решение Исламабада.", published="2018-11-13")
    assert set(st["countries"]) == {"CAN", "PAK"}


def test_a_document_in_force_and_a_plan_given_up_are_no_events():
    assert events("Он также призвал президента Петра Порошенко инициировать консультации с Еврокомиссией, в "
                  "соответствии с подписанным соглашением об ассоциации.", published="2018-04-03") == []
    assert events("Изначально в России планировали выдвинуть в кандидаты на пост генсека форума бывшего министра "
                  "энергетики Игоря Юсуфова.", published="2009-06-30") == []
    # a plan still announced is one
    (pc,) = events("В России планируют выдвинуть на пост генсека форума бывшего министра энергетики Игоря Юсуфова.",
                   published="2009-06-30")
    assert pc["type"] == "position_change" and pc["status"] == "planned"


def test_the_host_awaiting_a_leader_is_a_planned_visit_and_church_dignitaries_are_no_state():
    text = ("Владимир Путин встретился в Кремле с Патриархом Кириллом и Патриархом Сербским "
            "Порфирием. 22 апреля 2025 года 17:40 Москва, Кремль Во встрече также приняли участие митрополит "
            "Волоколамский, председатель Отдела внешних церковных связей Антоний и митрополит Сербской православной "
            "церкви Ириней. * * * В.Путин: Ваши Святейшества! Позвольте сердечно поприветствовать вас в Москве. "
            "На 9 Мая ждём Президента Сербии [ Александра Вучича Вучич Александр Президент Республики Сербия ] "
            "в Москве на торжества, посвящённые Победе.")
    doc = Document(id="t", title="Встреча с Патриархом Кириллом и Патриархом Сербским Порфирием", text=text, published="2025-04-22", source="kremlin.ru")
    found = extract_document(doc)["events"]
    assert [(e["type"], e["status"]) for e in found] == [("visit", "planned")]
    (visit,) = found
    assert roles(visit)["Александр Вучич"] == ("guest", "SRB") and visit["date"]["start"] == "2025-05-09"
    assert visit["place"]["city"] == "Москва"


def test_a_craft_arriving_is_no_visit_of_those_told_before():
    text = ("Кроме того, стало известно, что председатель Европарламента Антонио Таяни пригласил женщину и ее семью "
            "посетить этот законодательный орган ЕС, заседания которого проходят попеременно в Брюсселе и Страсбурге. "
            "Таяни подтвердил в Twitter, что Асия Биби находится \"в безопасном месте\".\n\nПо информации газеты, за "
            "католичкой в Исламабад прилетел небольшой самолет, на борту которого находились несколько иностранцев.")
    assert titled("Оправданная в Пакистане католичка освобождена", text, "2018-11-08", "visit") == []


def test_a_protest_named_as_what_a_step_was_is_a_motive():
    text = ("Безукоризненный слог, в конце – целый абзац, исполненный гордости за достижения МИД под его началом: "
            "успешно проведенный саммит глав Содружества, международная поддержка британской инициативы и, конечно, "
            "«решение 28 правительств выслать российских шпионов в качестве беспрецедентного шага протеста против "
            "попытки отравления Скрипалей».")
    assert [e for e in events(text, published="2018-07-10") if e["type"] == "statement"] == []


def test_the_outcome_of_a_session_behind_a_participles_phrase_is_no_session_reported():
    text = ("Состоялся телефонный разговор Владимира Путина с Эмиром Государства Катар Тамимом Бен Хамадом Аль Тани. "
            "Рассмотрены актуальные вопросы дальнейшего развития российско-катарского сотрудничества, в частности, с "
            "учётом итогов проходившего на днях в Дохе заседания двусторонней межправительственной комиссии.")
    assert titled("Телефонный разговор с Эмиром Катара", text, "2025-03-21", "meeting", source="kremlin.ru") == []


def test_a_pronoun_opening_the_clause_is_the_one_person_named_before():
    found = events("Министр иностранных дел Германии Хайко Маас прибыл в Москву. Он встретился с Сергеем Лавровым.",
                   published="2019-01-18")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert set(roles(meeting)) == {"Хайко Маас", "Сергей Лавров"} and set(meeting["countries"]) == {"DEU", "RUS"}
    # two persons named before: the pronoun is left alone
    found = events("Хайко Маас и Сергей Лавров прибыли в Минск. Он встретился с Александром Лукашенко.",
                   published="2019-01-18")
    assert all(len(e["participants"]) < 3 for e in found if e["type"] == "meeting")


def test_talks_are_not_placed_by_a_visit_to_a_country_none_of_their_sides_is_of():
    text = ("Министр иностранных дел Германии Хайко Маас не считает «Северный поток-2» политическим проектом. Об этом "
            "он сказал на совместной с министром иностранных дел Павлом Климкиным пресс-конференции. Транзит через "
            "Украину должен быть сохранен, в чем Мааса заверил российский коллега Сергей Лавров во время визита в "
            "Москву в пятницу.")
    (talks,) = [e for e in events(text, published="2019-01-18") if e["type"] == "meeting"
                and {"Хайко Маас", "Павел Климкин"} <= set(roles(e))]
    assert talks["place"] is None


def test_talks_a_planned_visit_is_for_are_the_visit():
    found = events("Индийский лидер подтвердил приглашение Президенту России Владимиру Путину посетить Индию с визитом "
                   "для проведения традиционной ежегодной двусторонней встречи на высшем уровне.", published="2025-05-05")
    assert [(e["type"], e["status"]) for e in found] == [("visit", "planned")]
    # talks of their own beside a planned visit stay ("и проведёт переговоры")
    found = events("Президент России Владимир Путин посетит Индию с визитом и проведёт переговоры с Премьер-министром "
                   "Индии Нарендрой Моди.", published="2025-05-05")
    assert sorted(e["type"] for e in found) == ["meeting", "visit"]


def test_a_ceremony_joined_by_video_is_no_call():
    found = events("Президент России Владимир Путин и Президент Таджикистана Эмомали Рахмон по видеосвязи приняли участие в "
                   "торжественной церемонии начала строительства в Душанбе Международного образовательного центра.",
                   published="2025-03-17")
    assert found == []
    (call,) = events("Президент России Владимир Путин провёл по видеосвязи переговоры с Президентом Венесуэлы Николасом "
                     "Мадуро.", published="2025-03-17")
    assert call["type"] == "phone_call"


def test_a_state_holding_a_view_in_the_body_makes_no_statement():
    assert events("Китай считает Тайвань своей провинцией, но не контролирует остров.", published="2019-07-28") == []
    assert events("Великобритания обвиняет Россию в использовании химического оружия.", published="2018-07-13") == []
    # what a state says now ("считает, что …") and what it said stay statements
    (now,) = events("Россия считает, что украинская сторона должна последовать этому примеру.", published="2025-04-28")
    assert now["type"] == "statement" and now["countries"] == ["RUS", "UKR"]
    (said,) = events("Великобритания обвинила Россию в использовании химического оружия.", published="2018-07-13")
    assert said["type"] == "statement"


def test_a_teaser_of_another_item_cut_short_reports_nothing():
    lead = "Сенатор Рон Джонсон потребовал от директора ФБР ответа на запрос комитета.\n\n"
    teaser = ("Дональд Трамп и кандидат в президенты США Джо Байден обвинили друг друга в давлении на Киев в личных "
              "целях. По словам главы Белого... \n\n")
    assert events(lead + teaser + "Демократы это отрицают.", published="2020-10-20") == []
    # the same words as the item's own paragraph are its news
    (st,) = events(lead + teaser.replace("Белого... ", "Белого дома, Байден давил на Киев.") + "Демократы это отрицают.",
                   published="2020-10-20")
    assert st["type"] == "statement"


def test_a_guess_is_no_plan():
    assert events("Возможно, президент России Владимир Путин посетит Индию в декабре.", published="2025-05-05") == []
    (plan,) = events("Президент России Владимир Путин посетит Индию в декабре.", published="2025-05-05")
    assert (plan["type"], plan["status"]) == ("visit", "planned")
    # a plan's month or day with no year lies ahead: this December, not the last
    assert plan["date"]["start"] == "2025-12"
    (day,) = events("Президент России Владимир Путин посетит Индию 15 декабря.", published="2025-05-05")
    assert day["date"]["start"] == "2025-12-15"


def test_a_change_then_is_of_the_time_told_last():
    # "Тогда же" after "в 2008г." in a 2012 item: the change is of 2008, background by now
    assert events("Однако в 2008г. глава Совбеза Белоруссии Виктор Шейман был уволен. Тогда же был отправлен в отставку "
                  "глава КГБ Белоруссии Николай Сухаренко.", published="2012-05-15") == []


def test_said_earlier_or_many_times_is_no_statement_of_the_day():
    assert events("Официальный представитель МИД ФРГ Мария Адебар ранее заявила о том, что Германия и США занимают разные "
                  "позиции по проекту.", published="2019-01-15") == []
    assert events("Министр иностранных дел Германии Хайко Маас неоднократно заявлял, что США не должны вмешиваться.",
                  published="2019-01-15") == []
    (st,) = events("Официальный представитель МИД ФРГ Мария Адебар заявила, что Германия и США занимают разные позиции по "
                   "проекту.", published="2019-01-15")
    assert st["type"] == "statement"


def test_talked_by_phone_is_a_call_and_also_with_another_leader_another_call():
    (call,) = events("Президент США Джо Байден впервые поговорил по телефону с президентом России Владимиром Путиным.",
                     published="2021-01-27")
    assert call["type"] == "phone_call" and set(roles(call)) == {"Джо Байден", "Владимир Путин"}
    found = events("Президент России Владимир Путин в телефонном разговоре поздравил Мигеля Диас-Канеля с избранием "
                   "председателем Госсовета Кубы. Путин также поговорил с Раулем Кастро.", published="2018-04-20")
    assert sorted(tuple(sorted(roles(e))) for e in found if e["type"] == "phone_call") == [
        ("Владимир Путин", "Мигель Диас-Канель"), ("Владимир Путин", "Рауль Кастро")]


def test_an_event_denied_by_its_verb_is_none():
    assert events("Встреча президента России Владимира Путина и президента США Дональда Трампа так и не состоялась.",
                  published="2025-05-05") == []
    assert events("Визит президента России Владимира Путина в Индию не состоится.", published="2025-05-05") == []
    assert events("Указа о назначении нового главы своей администрации президент Башкирии Муртаза Рахимов пока не "
                  "подписал.", published="2009-06-30") == []
    # what the negation denies is another thing: the resignation stands
    (pc,) = events("Официальных комментариев о причинах отставки министра внутренних дел Белоруссии Анатолия Кулешова "
                   "не поступало.", published="2012-05-15")
    assert pc["type"] == "position_change"


def test_what_a_side_says_of_the_other_in_talks_reported_is_the_talks():
    text = ("Президент России Владимир Путин и президент США Дональд Трамп провели переговоры в Дананге. "
            "Путин, со своей стороны, резко критиковал Трампа за санкции.")
    assert [e["type"] for e in events(text, published="2017-11-11")] == ["meeting"]
    # what one of them says of a third state is a statement of its own
    text = ("Министр иностранных дел Германии Хайко Маас провёл переговоры с министром иностранных дел Украины Павлом "
            "Климкиным. Маас заявил, что США не должны вмешиваться в энергетическую политику Европы.")
    assert sorted(e["type"] for e in events(text, published="2019-01-18")) == ["meeting", "statement"]


def test_a_gathering_of_the_heads_of_many_states_is_not_the_talks_told_before():
    found = titled("Болтон обсудил c главой МИД Дании «Северный поток – 2»",
                   "Джон Болтон и министр иностранных дел Дании Андерс Самуэльсен провели встречи в Вашингтоне. "
                   "Самуэльсен в Вашингтоне принимал участие во встрече глав МИД стран-членов коалиции по борьбе "
                   "с «Исламским государством».", "2019-02-08", "meeting")
    assert sorted(sorted(p["name"] for p in e["participants"]) for e in found) == [
        ["Андерс Самуэльсен"], ["Андерс Самуэльсен", "Джон Болтон"]]
    # the talks named again with the same sides stay one
    (talks,) = titled("Болтон обсудил c главой МИД Дании «Северный поток – 2»",
                      "Джон Болтон и министр иностранных дел Дании Андерс Самуэльсен провели встречу в Вашингтоне. "
                      "Во встрече Самуэльсен поднял вопрос Арктики.", "2019-02-08", "meeting")
    assert sorted(p["name"] for p in talks["participants"]) == ["Андерс Самуэльсен", "Джон Болтон"]


def test_states_listed_before_the_talks_are_all_their_sides():
    (meeting,) = titled("Парламентарии США, ФРГ и России проведут встречу в Берлине", "", "2019-06-26", "meeting")
    assert sorted(meeting["countries"]) == ["DEU", "RUS", "USA"] and meeting["status"] == "planned"
    # a state past a clause break is not listed with them
    (meeting,) = titled("Несмотря на протесты США, парламентарии ФРГ и России проведут встречу в Берлине", "",
                        "2019-06-26", "meeting")
    assert sorted(meeting["countries"]) == ["DEU", "RUS"]


def test_a_plan_given_up_is_no_plan():
    for text in ("Сегодня Борис Джонсон должен был принять участие в пресс-конференции c главами МИД Германии и "
                 "Польши на проходящем в Лондоне саммите.",
                 "Господа Новак и Шефчович должны были встретиться еще 14 октября, но перенесли переговоры из-за "
                 "графика российского министра."):
        assert [e for e in events(text, "2018-07-09") if e["status"] == "planned"] == [], text
    # one of another clause who was due to come leaves the plan of the sentence standing
    (meeting,) = events("Лавров встретится с Блинкеном, который должен был прилететь вчера.", "2021-12-01")
    assert meeting["status"] == "planned"

"""Changes of post: what is one and what is not (aspirations, hypotheses, titles of no public office)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def events_of(text: str, published: str = "2018-07-10") -> list[dict]:
    return extract_document(Document(id="t", title="", text=text, published=published))["events"]


def changes(text: str, published: str = "2018-07-10") -> list[dict]:
    return [e for e in events_of(text, published) if e["type"] == "position_change"]


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


def test_undated_change_of_a_kb_person_takes_the_kb_day():
    (pc,) = changes("Новым главой МИД Великобритании стал экс-министр здравоохранения Джереми Хант.")
    assert pc["date"]["start"] == "2018-07-09" and pc["date"]["reason"] == "KB: tenure start"
    (pc,) = changes("Глава МИД Британии Борис Джонсон ушел в отставку из-за плана брекзита.")
    assert pc["date"]["start"] == "2018-07-09" and pc["date"]["reason"] == "KB: tenure end"


def test_change_the_kb_dates_long_before_the_item_is_background():
    # Cameron became prime minister in 2010 and left in 2016: recalled in a 2018 item, not reported
    assert changes("Дэвид Кэмерон стал премьер-министром Великобритании после выборов.") == []
    # a post still held may have been renewed: Lavrov reappointed
    (pc,) = changes("Президент назначил Сергея Лаврова министром иностранных дел.", published="2024-05-14")
    assert pc["date"]["precision"] == "reported"
    # a date the text gives is kept
    (pc,) = changes("Джереми Хант 9 июля стал министром иностранных дел Великобритании.", published="2018-07-12")
    assert pc["date"]["reason"] != "KB: tenure start" and pc["date"]["start"] == "2018-07-09"


def test_a_new_official_introduced_to_the_staff_is_appointed():
    (pc,) = changes("Жээнбек Кулубаев представил коллективу министерства нового заместителя министра иностранных дел "
                    "Алмаза Имангазиева.", published="2025-03-12")
    assert [p["name"] for p in pc["participants"]] == ["Алмаз Имангазиев"] and pc["countries"] == ["KGZ"]


def test_a_decision_of_someone_else_and_a_bodys_make_up_approved_name_no_appointee():
    assert changes("Премьер-министр Великобритании Тереза Мэй написала письмо экс-главе МИД Борису Джонсону, в котором "
                   "сообщила, что удивлена его решением уйти в отставку.") == []
    assert changes("Внести в состав Совета Безопасности Российской Федерации, утвержденный указом президента "
                   "Российской Федерации от 25 мая 2012 года, изменение.", published="2012-06-01") == []


def test_removal_from_a_body_is_a_change_of_post():
    (pc,) = changes("Президент России Владимир Путин указом исключил Бориса Грызлова из состава Совета Безопасности.",
                    published="2012-06-01")
    assert [p["name"] for p in pc["participants"]] == ["Борис Грызлов"] and pc["countries"] == ["RUS"]


def test_leaving_the_government_is_a_change_of_post():
    (pc,) = changes("Утром 9 июля о своем уходе заявил министр по делам Брексита Дэвид Дэвис.")
    assert [p["name"] for p in pc["participants"]] == ["Дэвид Дэвис"] and pc["date"]["start"] == "2018-07-09"
    pcs = changes("Тереза Мэй поблагодарила за работу покинувших правительство Бориса Джонсона и Дэвида Дэвиса.")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]
    # the one addressed ("вы") is not the writer of the letter
    assert changes("«Мне жаль, что вы решили покинуть правительство», — говорится в письме госпожи Мэй.") == []
    # brexit:ru-1084: the government named first, the ministers listed after a count and a dash
    pcs = changes("Ранее менее чем за сутки правительство Великобритании покинули два министра - министр по делам "
                  "Brexit Д.Дэвис и глава МИД Б.Джонсон.", published="2018-07-09")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]
    # brexit:ru-1005: the head of the government thanking is not leaving it
    pcs = changes("Глава британского правительства Тереза Мэй поблагодарила за работу покинувших правительство "
                  "Бориса Джонсона и Дэвида Дэвиса.", published="2018-07-09")
    assert "Тереза Мэй" not in {p["name"] for pc in pcs for p in pc["participants"]}


def test_leaving_a_party_post_is_no_change_of_office():
    assert changes("После поражения социалистов Жозе Сократеш объявил о своем уходе с поста лидера партии.",
                   published="2011-06-06") == []
    (pc,) = changes("Жозе Сократеш объявил о своем уходе с поста премьер-министра.", published="2011-03-24")
    assert [p["name"] for p in pc["participants"]] == ["Жозе Сократеш"]


def test_the_one_appointed_may_be_named_in_the_next_sentence():
    (pc,) = changes("В понедельник, 9 июля, премьер-министр Великобритании Тереза Мэй назначила нового министра по "
                    "вопросам выхода королевства из состава Евросоюза. Им стал Доминик Рааб.", published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Доминик Рааб"] and pc["countries"] == ["GBR"]


def test_an_official_of_no_named_state_takes_the_one_state_of_the_paragraph():
    text = ("Начальник УВД Томской области Виктор Гречман освобожден от занимаемой должности. Это решение принял "
            "глава МВД Рашид Нургалиев по поручению президента РФ Дмитрия Медведева.")
    (pc,) = changes(text, published="2010-01-22")
    assert [p["name"] for p in pc["participants"]] == ["Виктор Гречман"] and pc["countries"] == ["RUS"]
    # a state of another paragraph, or a company's post, gives none (the region, since session 13, does:
    # the first sentence alone is Russian)
    assert changes("Начальник УВД Томской области Виктор Гречман освобожден от занимаемой должности.",
                   published="2010-01-22")[0]["countries"] == ["RUS"]
    assert changes("Начальник городского УВД Виктор Гречман освобожден от занимаемой должности.\n"
                   "Он воевал с Грузией в 2008 году.", published="2010-01-22") == []
    assert changes("Главным управляющим General Motors назначен Эдвард Уитакер. Компания базируется в США.",
                   published="2009-12-01") == []


def test_a_general_title_finds_the_kbs_fuller_post_to_date_a_change():
    # Patel left International Development in November 2017: recalled in a July 2018 item, not reported
    text = ("Сначала в отставку подал министр обороны Майкл Фэллон, затем о решении уйти из правительства заявила "
            "министр по вопросам международного развития Прити Пател.")
    assert changes(text, published="2018-07-09") == []


def test_brexit_is_no_person_and_its_minister_is_the_one_named():
    text = ("Глава МИД Великобритании Борис Джонсон ушел в отставку.\n\nИмя нового министра обещают назвать в "
            "ближайшее время.\n\n8 июля в отставку подал министр по вопросам Brexit Дэвид Дэвис.")
    pcs = changes(text, published="2018-07-09")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]
    (pc,) = changes("Незадолго до выступления Мэй стало известно и об уходе с поста Бориса Джонсона.",
                    published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Борис Джонсон"]
    doc = Document(id="t", title="Великобритания: назначен новый министр по вопросам Брекзита", text="Тереза Мэй "
                   "назначила Доминика Рааба новым министром.", published="2018-07-09")
    names = {p["name"] for e in extract_document(doc)["events"] for p in e["participants"]}
    assert names == {"Доминик Рааб"}


def test_a_change_that_might_have_been_is_no_report_of_the_one_that_was():
    text = ("Британский премьер обещала уволить с поста главы МИДа Бориса Джонсона в случае его недовольства "
            "стратегией. Однако господин Джонсон ушел в отставку по своему желанию, не согласившись с планом.")
    (pc,) = changes(text)
    assert pc["status"] == "occurred" and [p["name"] for p in pc["participants"]] == ["Борис Джонсон"]
    # a promise to become is no change; "перед отставкой" sets the scene
    assert changes("Байден заверил, что обещает стать президентом всех американцев.", published="2020-11-08") == []
    assert changes("Отметим, что перед отставкой Борис Джонсон открыто критиковал Терезу Мэй.") == []


def test_a_name_that_cannot_show_its_case_after_a_noun_is_its_genitive():
    # the ally resigns, not Merkel; a declinable name in apposition is the subject ("сын Джордж Буш")
    assert changes("Соратник Меркель ушел в отставку из-за связи с несовершеннолетней.", published="2011-08-15") == []
    (pc,) = changes("Канцлер Меркель ушла в отставку.", published="2021-12-08")
    assert [p["name"] for p in pc["participants"]] == ["Ангела Меркель"]


def test_a_partys_choice_is_no_office_of_a_state():
    pcs = changes("Конгресс утвердил избрание Джо Байдена президентом США. На выборах 1988 года выборщик от штата Западная "
                  "Вирджиния Маргаретт Лич, назначенная Демократической партией, отдала свой голос за Бентсена.",
                  published="2021-01-07")
    assert [p["name"] for pc in pcs for p in pc["participants"]] == ["Джо Байден"]


def test_election_to_a_post_is_a_change_of_its_own_subject_only():
    (pc,) = changes("Накануне Ёсихико Нода был избран премьер-министром Японии.", published="2011-08-31")
    assert [p["name"] for p in pc["participants"]] == ["Ёсихико Нода"] and pc["countries"] == ["JPN"]
    pcs = changes("Республиканец Митт Ромни, который был соперником Барака Обамы на президентских выборах 2012 года "
                  "(и проиграл), избран в Сенат от штата Юта.", published="2018-11-07")
    assert "Барак Обама" not in [p["name"] for pc in pcs for p in pc["participants"]]
    # a predecessor who left is the setting of the news
    assert changes("Нода стал премьер-министром после ухода в отставку своего предшественника Наото Кана.",
                   published="2011-08-31")[0]["participants"][0]["name"] != "Наото Кан"


def test_a_headlines_new_minister_is_the_person_the_lead_opens_with():
    doc = Document(id="t", title="В Великобритании назначен новый министр по вопросам Brexit", published="2018-07-09",
                   text="Доминик Рааб, который в настоящее время является министром по вопросам жилищной политики, был "
                        "известным деятелем кампании за выход из ЕС.")
    (pc,) = [e for e in extract_document(doc)["events"] if e["type"] == "position_change"]
    assert [p["name"] for p in pc["participants"]] == ["Доминик Рааб"]


def test_a_headline_reacting_to_a_change_makes_it_the_background():
    doc = Document(id="t", title="Захарова назвала отставку Джонсона признаком правительственного кризиса",
                   published="2018-07-09",
                   text="Официальный представитель МИД России Мария Захарова прокомментировала отставку главы МИД "
                        "Великобритании. Борис Джонсон подал в отставку в понедельник.")
    found = extract_document(doc)["events"]
    assert [e["type"] for e in found] == ["statement"]


def test_the_new_holder_after_the_copula_is_appointed():
    (pc,) = changes("Другим новичком в правительстве столицы стал новый заместитель Сергея Собянина по взаимодействию "
                    "со СМИ — генеральный директор «Российской газеты» Александр Горбенко.", published="2010-10-26")
    assert [p["name"] for p in pc["participants"]] == ["Александр Горбенко"]


def test_the_vacancy_filled_and_unofficial_word_are_no_changes_of_their_own():
    pcs = changes("Министром образования России вместо отправленного в отставку министра Ивана Муравьева стал "
                  "Сергей Кравцов.", published="2013-08-09")
    assert "Иван Муравьёв" not in [p["name"] for pc in pcs for p in pc["participants"]]
    pcs = changes("Мэр Москвы Сергей Собянин назначил Анастасию Ракову руководителем аппарата правительства Москвы. "
                  "Андрей Сельцовский, по неофициальной информации, станет министром правительства Москвы.",
                  published="2010-10-26")
    assert len(pcs) == 1 and "Сельцовский" not in pcs[0]["participants"][0]["name"]


def test_who_is_told_or_who_made_many_changes_is_not_the_one_changing_post():
    # the dative after "объявил об отставке" is the one told
    found = changes("Глава МИД Великобритании Борис Джонсон ушел в отставку. Последний объявил об отставке премьеру "
                    "страны Терезе Мэй.")
    assert [[p["name"] for p in pc["participants"]] for pc in found] == [["Борис Джонсон"]]
    # the genitive of many appointments is who made them; of many resignations, the many who left
    assert changes("Большинство назначений премьер-министра Терезы Мэй были сделаны по лояльности.") == []
    found = changes("Причиной отставок главы МИД Бориса Джонсона и министра по вопросам Brexit Дэвида Дэвиса стал план "
                    "Мэй.", published="2018-07-09")
    assert sorted(p["name"] for pc in found for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]


def test_offices_listed_at_an_election_name_no_holder():
    text = ("Они станут первыми выборами после импичмента президента Фернандо Луго, избранного на предыдущих выборах "
            "2008 года. На грядущих выборах будут избраны президент, вице-президент, сенаторы, конгрессмены и "
            "губернаторы департаментов.")
    assert changes(text, published="2013-02-02") == []


def test_resignations_told_in_two_clauses_each_with_its_day():
    text = ("За два дня кабинет Терезы Мэй лишился двух министров: в воскресенье вечером в отставку подал министр по "
            "Brexit Дэвид Дэвис, а в понедельник, 9 июля, о своем выходе из состава правительства заявил глава "
            "внешнеполитического ведомства Борис Джонсон.")
    found = {pc["participants"][0]["name"]: pc["date"]["start"] for pc in changes(text)}
    assert found == {"Дэвид Дэвис": "2018-07-08", "Борис Джонсон": "2018-07-09"}


def test_two_leaving_together_each_with_a_title_and_no_object_of_resigning():
    text = ("Мэй сообщила, что первопричиной, по которой на протяжении суток в отставку ушли руководитель МИД Борис "
            "Джонсон и министр по задачам Brexit Дэвид Дэвис, стало их разногласие с планом.")
    assert sorted(p["name"] for pc in changes(text) for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]
    # who one resigns over is not who resigns
    assert changes("Британский министр по вопросам Brexit подал в отставку из-за разногласий с Терезой Мэй.") == []


def test_what_the_appointee_might_do_later_is_no_hypothesis_of_the_change():
    text = ("Показательно, что на место Дэвиса Тереза Мэй назначила известного сторонника выхода из ЕС Доминика Рааба, "
            "близкого соратника Гоува, который может убедить его остаться в составе правительства.")
    assert [p["name"] for pc in changes(text) for p in pc["participants"]] == ["Доминик Рааб"]
    # a change that might be stays none
    assert changes("Доминик Рааб может стать новым министром по вопросам Brexit.") == []


def test_who_became_holder_long_before_is_background_and_one_left_the_cabinet():
    # May became prime minister in July 2016: recalled in a 2018 item while she still holds the post
    assert changes("Тереза Мэй стала премьером после того, как по итогам референдума о Brexit в отставку ушел Дэвид "
                   "Кэмерон.") == []
    found = changes("Министр по делам Brexit Дэвид Дэвис подал в отставку. Вместе с ним правительство покинул его "
                    "ближайший помощник Стив Бейкер.")
    assert [p["name"] for pc in found for p in pc["participants"]] == ["Дэвид Дэвис", "Стив Бейкер"]


def test_a_passive_to_come_is_planned_and_things_approved_appoint_no_one():
    (pc,) = changes("Дональд Трамп сегодня должен быть официально избран в качестве президента США.",
                    published="2016-12-19")
    assert pc["status"] == "planned"
    assert changes("Утверждены голоса выборщиков за избранного президента США Джо Байдена.", published="2021-01-07") == []
    # persons dismissed together are (the subject after a plural passive is a person)
    (pc,) = changes("Указом президента с военной службы уволены заместитель начальника центра ВВС генерал-майор Валерий "
                    "Конуркин.", published="2011-06-01")
    assert [p["name"] for p in pc["participants"]] == ["Валерий Конуркин"]


def test_a_partys_post_beside_its_name_is_no_office():
    assert changes("Вторым лицом партии, ее генеральным секретарем назначен 75-летний Адзума Косииси, известный своей "
                   "близостью к оппозиционному крылу Демократической партии Японии.", published="2011-08-31") == []
    # a party's spokesman who leaves the premiership does change office
    found = changes("Представитель Демократической партии Апхисит Ветчачива, занимавший пост премьер-министра Таиланда с "
                    "2008 года, после объявления результатов выборов подал в отставку.", published="2011-07-05")
    assert [p["name"] for pc in found for p in pc["participants"]] == ["Апхисит Ветчачива"]


def test_released_from_the_post_just_named():
    doc = Document(id="t", title="Юрий Борисов назначен специальным представителем Президента по вопросам "
                                 "международного сотрудничества в области космоса", published="2025-02-18",
                   text="Юрий Борисов Указом главы государства назначен специальным представителем Президента Российской "
                        "Федерации по вопросам международного сотрудничества в области космоса. Другим Указом от данной "
                        "должности освобождён Сергей Крикалёв.")
    found = [(e["participants"][0]["name"], e["countries"]) for e in extract_document(doc)["events"]
             if e["type"] == "position_change"]
    assert ("Сергей Крикалёв", ["RUS"]) in found and "Юрий Борисов" in {name for name, _ in found}


def test_a_change_asked_for_threatened_or_wondered_about_is_none():
    for text in ("Команда Владимира Зеленского просит главу Национального антикоррупционного бюро Украины Артема "
                 "Сытника добровольно уйти в отставку.",
                 "Тогда же Тереза Мэй предупредила, что министры, которые выступят против согласованной позиции, "
                 "будут уволены.",
                 "Захочет ли Дональд Трамп стать лидером политического движения — пока неизвестно."):
        assert changes(text, published="2021-02-01") == [], text
    # "вряд ли" says how he will do, not whether he was appointed
    found = changes("Источник выразил мнение, что назначенный на пост заместителя генпрокурора России Андрей Некрасов вряд ли сможет "
                    "полноценно заменить предшественника.", published="2010-04-12")
    assert [e["participants"][0]["name"] for e in found] == ["Андрей Некрасов"]


def test_one_named_behind_for_is_not_the_object_of_approval():
    assert changes("Конгресс утвердил поданные за избранного президента США Джо Байдена голоса 16 выборщиков от "
                   "американского штата Джорджия.", published="2021-01-07") == []


def test_a_president_of_a_channel_holds_no_office_of_a_state():
    doc = Document(id="t", title="Президент ABC News объявил об уходе в отставку", published=None,
                   text="Дэвид Уэстин, в течение 13 лет занимавший пост президента телекомпании ABC News, объявил об уходе "
                        "в отставку. Когда именно Уэстин уйдет в отставку и кто займет его место, пока не сообщается. "
                        "Юрист Дэвид Уэстин занял пост президента ABC News в 1997 году.")
    assert [e for e in extract_document(doc)["events"] if e["type"] == "position_change"] == []


def test_ones_own_post_left_with_the_verb_after_it():
    found = changes("Джонсон ушел в отставку с поста главы МИД Британии после конфликта с Мэй. Накануне свой пост из-за "
                    "разногласий с Мэй покинул министр по вопросам выхода Великобритании из Евросоюза Дэвид Дэвис.",
                    published="2018-07-09")
    assert sorted(e["participants"][0]["name"] for e in found) == ["Борис Джонсон", "Дэвид Дэвис"]


def test_a_post_left_by_the_subject_after_the_verb():
    (davis,) = changes("Накануне пост министра по вопросам Brexit покинул Дэвид Дэвис.", published="2018-07-09")
    assert [p["name"] for p in davis["participants"]] == ["Дэвид Дэвис"]
    assert davis["countries"] == ["GBR"] and davis["date"]["start"] == "2018-07-08"
    # the post noun opens the phrase, but one named before it still left: not the object after
    (davis,) = changes("Дэвид Дэвис накануне покинул пост министра по вопросам Brexit.", published="2018-07-09")
    assert [p["name"] for p in davis["participants"]] == ["Дэвид Дэвис"]


def test_earlier_the_same_day_is_still_the_news():
    text = ("Министр иностранных дел Великобритании Борис Джонсон подал в отставку. {} в отставку подал министр "
            "Великобритании по вопросам выхода из Евросоюза Дэвид Дэвис.")
    names = lambda opening: {e["participants"][0]["name"] for e in changes(text.format(opening), published="2018-07-09")}
    assert "Дэвид Дэвис" in names("Ранее сегодня") and "Дэвид Дэвис" in names("Ранее в понедельник")
    assert "Дэвид Дэвис" not in names("Напомним, накануне")


def test_his_successor_named_after_him():
    found = changes("Премьер-министр Великобритании Тереза Мэй приняла отставку министра иностранных дел Бориса Джонсона. "
                    "Его сменит Доминик Рааб.", published="2018-07-09")
    assert [(e["participants"][0]["name"], e["status"]) for e in found] == [
        ("Борис Джонсон", "occurred"), ("Доминик Рааб", "planned")]
    # the pronoun as subject recalls someone: not the predecessor after it
    assert changes("Он сменил на посту министра Бориса Джонсона.", published="2018-07-10") == []


def test_a_change_told_after_earlier_is_still_reported_but_not_a_report_recalled():
    text = ("Министр иностранных дел Великобритании Борис Джонсон подал в отставку. {} со своего поста ушел министр по "
            "выходу Великобритании из Евросоюза Дэвид Дэвис.")
    names = lambda opening: {e["participants"][0]["name"] for e in changes(text.format(opening), published="2018-07-09")}
    assert "Дэвид Дэвис" in names("Ранее")
    assert "Дэвид Дэвис" not in names("Ранее портал TRUD.RU сообщил, что")
    # other events after "Ранее" stay background
    assert not [e for e in events_of("Ранее Путин провел переговоры с президентом Франции Эммануэлем Макроном.")
                if e["type"] == "meeting"]


def test_one_in_brackets_after_a_participle_is_not_its_holder():
    found = changes("Император Японии Акихито отрёкся от престола. Он стал первым японским правителем за последние 200 лет, "
                    "отрёкшимся от престола (после императора Кокаку).", published="2019-04-30")
    assert "Кокаку" not in {p["name"] for e in found for p in e["participants"]}


def test_persons_listed_with_a_title_opened_by_an_adjective():
    found = changes("Свои должности покинули госсекретарь по вопросам Brexit Дэвид Дэвис и парламентский заместитель "
                    "министра по вопросам Brexit Стив Бейкер.", published="2018-07-10")
    assert {e["participants"][0]["name"] for e in found} == {"Дэвид Дэвис", "Стив Бейкер"}
    # not a clause joined by "однако"
    found = changes("Парламент Украины 28 января отправил в отставку главу МВД Юрия Луценко, однако премьер-министр "
                    "Юлия Тимошенко внесла его кандидатуру на утверждение.", published="2010-01-31")
    assert "Юлия Тимошенко" not in {p["name"] for e in found for p in e["participants"]}


def test_an_undated_items_change_told_by_an_earlier_year_alone_is_its_past():
    text = ("Власти Малави подтвердили сообщения о смерти президента Бингу ва Мутарика. Бингу ва Мутарика стал "
            "президентом в 2004 году, в 2008 году был переизбран на второй срок. Главой Малави стала "
            "вице-президент Джойс Банда.")
    found = changes(text, published=None)
    assert [e["participants"][0]["name"] for e in found] == ["Джойс Банда"]
    # a year alone with no later one named stays the news
    (only,) = changes("Бингу ва Мутарика стал президентом Малави в 2004 году.", published=None)
    assert only["date"]["start"] == "2004"


def test_the_one_followed_in_a_change_of_post_changed_it_before():
    found = changes("Вслед за Дэвидом Дэвисом, который отвечал в правительстве за «Брекзит», в отставку подал и министр "
                    "иностранных дел Борис Джонсон.", published="2018-07-09")
    assert sorted((e["participants"][0]["name"], e["status"]) for e in found) == [
        ("Борис Джонсон", "occurred"), ("Дэвид Дэвис", "occurred")]
    # one named after the change is no one who went first
    found = changes("В отставку подал министр иностранных дел Борис Джонсон, вслед за ним ушёл его заместитель.",
                    published="2018-07-09")
    assert [e["participants"][0]["name"] for e in found] == ["Борис Джонсон"]


def test_the_one_announcing_his_own_departure_after_the_verb_behind_a_title_with_a_quoted_name():
    (davis,) = changes('Утром 9 июля о своем уходе заявил министр по делам "брексита" Дэвид Дэвис, сообщает агентство.',
                       published="2018-07-09")
    assert [p["name"] for p in davis["participants"]] == ["Дэвид Дэвис"] and davis["date"]["start"] == "2018-07-09"


def test_a_letter_of_resignation_is_the_change_of_its_writer_and_no_statement():
    found = events_of("Спикер Верховной Рады Украины Владимир Рыбак написал заявление об отставке в связи с болезнью.",
                      published="2014-02-22")
    assert [(e["type"], [p["name"] for p in e["participants"]]) for e in found] == [
        ("position_change", ["Владимир Рыбак"])]
    # a firm's head, or an artistic director writing to the minister, changes no office of a state
    assert changes("Президент клуба Валерий Оганесян написал заявление об уходе с должности.", published="2017-08-31") == []
    assert changes("Худрук театра Темур Чхеидзе написал заявление об отставке на имя министра культуры Владимира "
                   "Мединского.", published="2013-02-26") == []


def test_ones_own_change_announced_is_news_but_explained_is_told_before():
    (davis,) = changes("В ночь с воскресенья на понедельник о своей отставке объявил Дэвис, являвшийся главным "
                       "переговорщиком официального Лондона.", published="2018-07-09")
    assert (davis["date"]["start"], davis["date"]["end"]) == ("2018-07-08", "2018-07-09")
    assert changes("Борис Джонсон объяснил причины своей отставки.", published="2018-07-10") == []


def test_the_state_of_a_city_or_region_the_post_is_of():
    (bing,) = changes("Мэром Детройта избран легендарный баскетболист Дэйв Бинг, сообщило агентство Associated Press.",
                      published=None)
    assert bing["countries"] == ["USA"]
    (m,) = changes("Губернатор Архангельской области Илья Михальчук отправлен в отставку.", published="2012-01-13")
    assert m["countries"] == ["RUS"]


def test_a_post_of_an_organisation_of_states_is_no_office_of_a_state():
    assert changes("55-летняя Кристин Лагард назначена главой МВФ на пятилетний срок.", published="2011-06-29") == []
    (pc,) = changes("Кристин Лагард назначена министром финансов Франции.", published="2007-06-19")
    assert pc["countries"] == ["FRA"]


def test_a_change_named_as_the_time_before_which_something_happened_is_its_setting():
    assert changes("Письмо было отправлено менее чем за год до отставки Виктора Шокина с поста генпрокурора Украины.",
                   published="2020-10-20") == []


def test_a_tenure_told_before_does_not_date_the_change():
    # brexit:ru-1084: the date is of Davis's holding the post, not of Raab's taking it
    (pc,) = changes("Д.Дэвис занимал эту позицию с момента ее создания в июле 2016 года, его сменил Доминик Рааб, до "
                    "этого занимавший должность министра юстиции.", published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Доминик Рааб"] and pc["date"]["start"].startswith("2018-07")


def test_a_successor_and_a_second_resignation_told_after_the_first():
    # brexit:ru-1147: Davis named after the verb (not the minister the title recalls), Raab as his successor
    pcs = changes("Министр иностранных дел Британии Борис Джонсон ушёл в отставку. Ранее сегодня подал в отставку "
                  "министр Великобритании по Brexit Дэвид Дэвис. Его преемником стал Доминик Рааб.")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Доминик Рааб", "Дэвид Дэвис"]
    # a successor is no post without someone before it
    assert changes("Преемником стал Доминик Рааб.") == []


def test_nominations_listed_with_their_posts():
    # us_election_2020:ru-106: each name after its post (and a dash) is nominated too
    pcs = changes("Замгоссекретаря по политическим вопросам предложено назначить Викторию Нуланд, замгоссекретаря – "
                  "Венди Шерман, замгоссекретаря по управлению и ресурсам Брайана Маккеона.", published="2021-02-01")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Брайан Маккеон", "Венди Шерман",
                                                                          "Виктория Нуланд"]
    assert {pc["status"] for pc in pcs} == {"planned"}


def test_an_offer_to_become_the_acting_holder_is_a_planned_appointment():
    # kremlin_ru:76548
    (pc,) = changes("Владимир Путин встретился в Кремле с Денисом Паслером и предложил ему стать временно исполняющим "
                    "обязанности губернатора Свердловской области.", published="2025-03-26")
    assert [p["name"] for p in pc["participants"]] == ["Денис Паслер"] and pc["status"] == "planned"


def test_one_who_replaces_another_and_the_one_replaced():
    # brexit:ru-104 and ru-108: both change post
    pcs = changes("Кто сменит Джонсона, пока неизвестно. Дэвиса сменил 44-летний Доминик Рааб.", published="2018-07-09")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Доминик Рааб", "Дэвид Дэвис"]
    pcs = changes("Бориса Джонсона на посту главы МИД Великобритании сменил Джереми Хант.", published="2018-07-09")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Джереми Хант"]
    # not a change of tactics, nor one named before the verb in the nominative
    assert changes("Министр иностранных дел Борис Джонсон сменил тактику.", published="2018-07-09") == []


def test_a_dismissal_told_by_a_noun_with_long_titles_before_the_names():
    # nerel:dev:230892_text
    pcs = changes("В четверг Кремль объявил об увольнении начальника Управления по контролю за оборотом наркотиков "
                  "Главного управления МВД по Москве Юрия Девяткина и начальника управления полиции Западного "
                  "административного округа Москвы Андрея Пучкова.", published="2019-06-13")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Андрей Пучков", "Юрий Девяткин"]


def test_a_scraped_empty_pair_of_quotes_does_not_end_the_clause():
    # brexit:ru-1123
    (pc,) = changes("Это вторая за день отставка в кабинете министров. Утром о своем уходе заявил министр по делам "
                    "\"\"брексита Дэвид Дэвис.", published="2018-07-09")
    assert [p["name"] for p in pc["participants"]] == ["Дэвид Дэвис"]


def test_a_participle_describing_a_person_is_no_change_unless_dated_to_a_day():
    found = changes("Начальником Генштаба Украины назначен Григорий Педченко. Прежде этот пост занимал Иван Свида, "
                    "назначенный еще Виктором Ющенко.", published="2010-06-01")
    assert [[p["name"] for p in c["participants"]] for c in found] == [["Григорий Педченко"]]
    assert changes("Нападение совершил бывший полицейский Мевлют Мерт Алтынташ, уволенный после того, как в стране "
                   "произошла попытка госпереворота.", published="2016-12-20") == []
    # the post named, but the sentence in another time
    assert changes("Скандал, произошедший в 1876, завершился компромиссом кандидатов – демократа Сэмюэла Тилдена "
                   "и ставшего президентом республиканца Ратерфорда Хейса.", published="2021-02-01") == []
    (pc,) = changes("Министр иностранных дел Великобритании Борис Джонсон, подавший в отставку в понедельник, "
                    "объяснил причины своего шага.")
    assert [p["name"] for p in pc["participants"]] == ["Борис Джонсон"]
    # a day told with no publication date to resolve it still makes it news
    (pc,) = extract_document(Document(id="t", title="", text=(
        "Владимир Кулишов, назначенный сегодня на пост руководителя Пограничной службы ФСБ, служит в органах "
        "госбезопасности более 30 лет.")))["events"]
    assert [p["name"] for p in pc["participants"]] == ["Владимир Кулишов"]


def test_a_deputy_listed_after_his_minister_behind_a_possessive_or_a_closing_dash_leaves_too():
    for text in ("Перед Джонсоном за последние сутки подали в отставку переговорщик по Brexit Дэвид Дэвис и его "
                 "заместитель в Департаменте по выходу Британии из ЕС Стив Бейкер.",
                 "Ранее сложили с себя полномочия министр, отвечавший за брекзит - Дэвид Дэвис, - и его заместитель "
                 "Стив Бейкер."):
        assert sorted(p["name"] for c in changes(text) for p in c["participants"]) == ["Дэвид Дэвис", "Стив Бейкер"]
    # a person named past a title of his own that a comma breaks is not listed
    found = changes("В отставку подал Дэвид Дэвис и его заместитель, по словам источника, Стив Бейкер.")
    assert [p["name"] for c in found for p in c["participants"]] == ["Дэвид Дэвис"]


def test_a_surname_read_as_a_place_takes_the_case_its_given_name_shows():
    for text in ("Трамп анонсировал отставку генерального прокурора страны Уильяма Барра.",
                 "Президент принял отставку Уильяма Барра."):
        (pc,) = changes(text, published="2020-12-15")
        assert [(p["name"], p["country"]) for p in pc["participants"]] == [("Уильям Барр", "USA")], text


def test_one_who_will_act_in_a_post_is_a_change_planned():
    for text, name in (("Временно исполнять обязанности главы Минюста США будет нынешний первый заместитель Барра "
                        "Джефф Розен.", "Джефф Розен"),
                       ("Конституционный совет Туниса официально подтвердил, что временно исполнять обязанности главы "
                        "государства будет спикер парламента Фуад Мбазаа.", "Фуад Мебаза")):
        (pc,) = changes(text, published="2020-12-15")
        assert pc["status"] == "planned" and [p["name"] for p in pc["participants"]] == [name], text
    # who will act is not yet known: no one named
    assert changes("Также неизвестно, кто будет временно исполнять обязанности премьер-министра.") == []


def test_the_day_of_a_change_as_the_time_of_something_else_is_its_setting():
    assert changes("Сразу же в день назначения Мухаммеда ибн Салмана была произведена серия арестов одиннадцати "
                   "принцев.", published="2017-11-09") == []
    (pc,) = changes("Король назначил Мухаммеда ибн Салмана наследным принцем.", published="2017-06-21")
    assert [p["name"] for p in pc["participants"]] == ["Мухаммед бен Сальман"]


def test_a_denied_verb_does_not_deny_the_participle_after_it():
    # brexit:ru-1074: "не" denies "исчезнет"; those "ушедшие в отставку" did resign
    pcs = changes("Вопрос выхода Великобритании из ЕС не исчезнет вместе с ушедшими в отставку министром по вопросам "
                  "Brexit Дэвидом Дэвисом и министром иностранных дел Великобритании Борисом Джонсоном.",
                  published="2018-07-09")
    assert sorted(p["name"] for pc in pcs for p in pc["participants"]) == ["Борис Джонсон", "Дэвид Дэвис"]
    # a participle right after its own "не" is denied
    assert changes("Не ушедший в отставку министр иностранных дел Борис Джонсон раскритиковал план.",
                   published="2018-07-09") == []


def test_the_state_an_ambassador_is_sent_to_is_not_his_own():
    # nerel:123696: "послом в России" names where he serves; the appointer's state is his
    (pc,) = changes("Председатель КНР Си Цзиньпин назначил Чжан Ханьхуэя послом в России.", published="2019-04-01")
    assert pc["countries"] == ["CHN"]
    (pc,) = changes("Трамп назначил Джона Хантсмана послом в России.", published="2017-07-19")
    assert pc["countries"] == ["USA"]

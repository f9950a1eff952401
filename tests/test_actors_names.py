"""Names users see in event records: states glued to a name, initials, delegation lists,
surnames NER missed (issue 3, names round)."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def _record(text: str, published: str = "2025-03-04") -> dict:
    return extract_document(Document(id="t", title="", text=text, published=published))


def _persons(record: dict) -> dict[str, dict]:
    return {a["name"]: a for a in record["actors"] if a["kind"] == "person"}


def test_a_state_ner_glued_before_a_name_is_cut_off():
    rec = _record("Премьер-министр Республики Союз Мьянма Мин Аун Хлайн прибыл в Москву. Владимир Путин "
                  "провёл переговоры с Премьер-министром Республики Союз Мьянма Мин Аун Хлайном.")
    persons = _persons(rec)
    assert "Мин Аун Хлайн" in persons
    assert not any(name.startswith("Мьянма") for name in persons)


def test_a_name_by_initials_is_the_person_named_in_full():
    rec = _record("Президент США Барак Обама официально объявил о назначении Тома Донилона своим советником. "
                  "Как сообщают американские СМИ, 55-летний Т.Донилон долгое время был юрисконсультом.")
    persons = _persons(rec)
    assert "Том Донилон" in persons
    assert {m["text"] for m in persons["Том Донилон"]["mentions"]} >= {"Тома Донилона", "Т.Донилон"}


def test_a_name_by_initials_runs_into_no_other_name():
    rec = _record("В Кремле прошли переговоры Владимира Путина с Президентом Республики Гвинея-Бисау "
                  "Умару Сиссоку Эмбало. В.Путин: Уважаемый господин Президент!")
    persons = _persons(rec)
    assert "Умару Сиссоку Эмбало" in persons
    assert any(m["text"] == "В.Путин" for m in persons["Владимир Путин"]["mentions"])


def test_initials_after_the_surname_in_a_decree_are_put_first():
    rec = _record("Принять отставку временно исполняющего обязанности Губернатора Бездудного Ю.В.")
    assert "Ю.В. Бездудный" in _persons(rec)


def test_given_name_and_patronymic_join_the_one_person_of_that_given_name():
    rec = _record("Встреча с Ириной Гехт. Ирина Гехт рассказала о регионе. В.Путин: Ирина Альфредовна, "
                  "добрый день!")
    assert "Ирина Альфредовна" in _persons(rec)["Ирина Гехт"]["aliases"]


def test_delegation_list_entries_take_the_posts_after_their_dash():
    rec = _record("Участники переговоров. С российской стороны : ЛАВРОВ Сергей Викторович – Министр иностранных "
                  "дел Российской Федерации ПЕСКОВ Дмитрий Сергеевич – заместитель Руководителя Администрации "
                  "Президента Российской Федерации УШАКОВ Юрий Викторович – помощник Президента Российской "
                  "Федерации С монгольской стороны : Батмунх БАТЦЭЦЭГ – член Великого Государственного Хурала, "
                  "Министр иностранных дел Монголии", "2025-05-07")
    persons = _persons(rec)
    assert {"Сергей Лавров", "Дмитрий Песков", "Юрий Ушаков", "Батмунхийн Батцэцэг"} <= set(persons)  # the KB form
    titles = {name: {p["title"] for p in a["positions"] if p["source"] == "text"} for name, a in persons.items()}
    assert "министр иностранных дел" in titles["Сергей Лавров"]
    assert "министр иностранных дел" not in titles["Дмитрий Песков"]  # Lavrov's post, before Peskov's name
    assert persons["Юрий Ушаков"]["country"] == "RUS"
    assert "Ушаков Юрий Викторович" in persons["Юрий Ушаков"]["aliases"]


def test_a_kb_surname_ner_missed_is_a_mention_of_the_kb_person():
    rec = _record("Обама находится с визитом в ЮАР. Визит продлится три дня.", "2013-06-30")
    persons = _persons(rec)
    assert persons["Барак Обама"]["ref"] == "barack-obama"
    assert any(m["text"] == "Обама" and m["start"] == 0 for m in persons["Барак Обама"]["mentions"])


def test_a_kb_surname_inside_a_longer_name_is_left_alone():
    rec = _record("Состоялся телефонный разговор Владимира Путина с Президентом Объединённых Арабских Эмиратов "
                  "Мухаммедом Бен Заидом Аль Нахайяном.", "2025-05-01")
    assert not any(m["text"] == "Заидом" and a["name"] != "Мухаммед бен Заид Аль Нахайян"
                   for a in rec["actors"] for m in a["mentions"])


def _organizations(text: str) -> set[tuple[str, str]]:
    rec = _record(text, "2025-04-15")
    return {(a["name"], a["country"]) for a in rec["actors"] if a["kind"] == "organization"}


def test_a_bare_state_council_is_russia_s_unless_china_is_named_near():
    assert _organizations("Открывая заседание Госсовета в Кремле, Путин предложил поздравить Зюганова.") == {
        ("Государственный совет Российской Федерации", "RUS")}
    assert _organizations("Стал генералом, работал министром, зампредседателя Госсовета, зампредседателя КНР.") == {
        ("Государственный совет КНР", "CHN")}
    assert ("Государственный совет Кубы", "CUB") in _organizations(
        "Рауль Кастро переизбран председателем Госсовета Кубы.")


def _english(text: str, published: str = "2010-09-01") -> dict[str, dict]:
    rec = extract_document(Document(id="t", title="", text=text, published=published, lang="en"))
    return _persons(rec)


def test_english_lower_case_post_after_as_gives_the_post_and_the_appointing_state():
    persons = _english("Kyrgyzstan appointed Jeenbek Kulubaev as foreign minister on Tuesday. "
                       "Uzbekistan named John Smith its new ambassador. The board named Apple the winner.")
    posts = {n: {(p["title"], p["country"]) for p in a["positions"] if p["source"] == "text"}
             for n, a in persons.items()}
    assert ("министр иностранных дел", "KGZ") in posts["Zheenbek Kulubaev"]  # the KB person, named in English
    assert ("посол", "UZB") in posts["John Smith"]
    assert "Apple" not in persons


def test_english_lower_case_post_before_a_name():
    persons = _english("Russian foreign minister Sergei Lavrov arrived in Ankara.", "2020-01-10")
    assert ("министр иностранных дел", "RUS") in {(p["title"], p["country"]) for p in
                                                  persons["Sergey Lavrov"]["positions"] if p["source"] == "text"}


def test_a_surname_and_a_given_name_spelt_alike_find_the_kb_person():
    persons = _persons(_record("Путин провёл переговоры с Президентом Индии Дроупади Мурму.", "2025-05-01"))
    assert persons["Драупади Мурму"]["ref"] == "droupadi-murmu"  # not the dative of «Мурм»
    persons = _persons(_record("Обама встретится с Девидом Кэмероном.", "2011-05-20"))
    assert persons["Дэвид Кэмерон"]["ref"] == "david-cameron"


def test_a_name_repeated_in_another_case_is_two_names():
    from communique.extract.actors import split_repeated
    from communique.model import Mention

    text = "Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович"
    assert [m.text for m in split_repeated(Mention("text", 0, len(text), text, "PER", text))] == [
        "Шавкатом Мирзиёевым", "Мирзиёев Шавкат Миромонович"]
    text = "КОЗЛОВ Александр Александрович"  # a patronymic is no repetition
    assert len(split_repeated(Mention("text", 0, len(text), text, "PER", text))) == 1
    text = "Chris Christie"
    assert len(split_repeated(Mention("text", 0, len(text), text, "PER", text))) == 1


def test_a_name_in_the_other_order_is_the_same_person():
    rec = _record("Встреча с Президентом Монголии Ухнагийн Хурэлсухом. Беседа с Хурэлсух Ухнагийн продолжилась.",
                  "2025-05-07")
    persons = _persons(rec)
    assert "Хурэлсух Ухнагийн" not in persons
    assert "Хурэлсух Ухнагийн" in persons["Ухнаагийн Хурэлсух"]["aliases"]


def test_a_spanish_mothers_surname_after_the_kb_name_is_the_kb_person():
    from communique.api import extract_document
    from communique.model import Document

    doc = Document(id="t", title="", published="2025-05-06",
                   text="7 мая Владимир Путин проведёт переговоры с Президентом Боливарианской Республики Венесуэла "
                        "Николасом Мадуро Моросом, который прибудет в Россию с официальным визитом.")
    names = {a["name"]: a["country"] for a in extract_document(doc)["actors"] if a["kind"] == "person"}
    assert names == {"Владимир Путин": "RUS", "Николас Мадуро": "VEN"}


def test_a_kb_person_of_an_english_text_is_named_as_it_writes_him():
    from communique.api import extract_document
    from communique.model import Document

    doc = Document(id="t", title="", published="2019-01-18", lang="en",
                   text="Colombian President Ivan Duque called on Cuba to hand over the rebel leaders.")
    names = {a["name"]: a["country"] for a in extract_document(doc)["actors"] if a["kind"] == "person"}
    assert names == {"Iván Duque": "COL"}


def test_an_acronym_glued_to_a_name_is_cut_off():
    from communique.api import extract_document
    from communique.model import Document

    doc = Document(id="t", title="", published="2018-09-28",
                   text="Захарова прокомментировала выговор Трампа на Генассамблее ООНГрушко подчеркнул, что любой "
                        "политик должен руководиться экономическими соображениями.")
    names = {a["name"] for a in extract_document(doc)["actors"] if a["kind"] == "person"}
    assert "Александр Грушко" in names and not any(n.startswith("ООН") for n in names)  # the KB person


def test_a_foreign_name_spelt_with_a_single_or_double_letter_is_the_kb_persons():
    from communique.api import extract_document
    from communique.model import Document

    for text, name in (("Глава МИД Германии Хайко Мас отверг критику США.", "Хайко Маас"),
                       ("Посол США в ФРГ Ричард Греннелл пригрозил санкциями.", "Ричард Гренелл"),
                       # a surname alone in a case the dictionary cannot undo
                       ("Назначение Рааба было одобрено через 12 часов после ухода Дэвиса.", "Доминик Рааб"),
                       # a letter dropped in a long surname, the given name the same
                       ("Ранее в отставку ушел глава МИД Борис Донсон.", "Борис Джонсон")):
        actors = extract_document(Document(id="t", title="", text=text, published="2018-07-09"))["actors"]
        assert name in {a["name"] for a in actors if a["kind"] == "person"}


def test_a_kinsman_named_after_the_one_whose_kin_he_is():
    from communique.api import extract_document
    from communique.model import Document

    doc = Document(id="t", title="Император Японии Акихито отрёкся от престола", published="2019-04-30",
                   text="Император Японии Акихито отрёкся от престола. Императора сменит сын Акихито Нарухито.")
    names = {a["name"] for a in extract_document(doc)["actors"] if a["kind"] == "person"}
    assert {"Акихито", "Нарухито"} <= names and "Акихито Нарухито" not in names
    # a full name written elsewhere stays whole after a word of kinship
    doc = Document(id="t", title="", published=None,
                   text="Корасон Акино родилась в Маниле. После гибели мужа Корасон Акино стала лидером оппозиции. "
                        "Корасон была президентом.")
    assert "Корасон Акино" in {a["name"] for a in extract_document(doc)["actors"] if a["kind"] == "person"}

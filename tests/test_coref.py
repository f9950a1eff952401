"""Nominal coreference: posts without a name resolved to the one person they can be.

The texts are sentences of real news items (NEREL, BSNLP 2021, factRuEval, kremlin.ru), cut short."""
from __future__ import annotations

from communique.api import extract_document
from communique.model import Document


def _record(text: str, published: str | None = None) -> dict:
    return extract_document(Document(id="t", title="", text=text, published=published))


def _resolved(record: dict) -> dict[str, list[str]]:
    """Person name -> the texts of its coreference mentions."""
    return {a["name"]: [m["text"] for m in a["mentions"] if m["rule"] == "coref"]
            for a in record["actors"] if a["kind"] == "person"}


def test_president_without_a_name_is_the_president_named_before():
    text = ("В четверг президент Нурсултан Назарбаев побывал в Мангистауской области на западе Казахстана, "
            "где производится добыча нефти. Президент заявил, что уволит своего зятя Тимура Кулибаева, "
            "являющегося руководителем государственной компании «Самрук-Казына».")
    record = _record(text)
    assert _resolved(record)["Нурсултан Назарбаев"] == ["Президент"]
    nazarbayev = next(a for a in record["actors"] if a["name"] == "Нурсултан Назарбаев")
    mention = next(m for m in nazarbayev["mentions"] if m["rule"] == "coref")
    assert text[mention["start"]:mention["end"]] == "Президент"


def test_minister_and_head_of_a_national_body():
    text = ("Проект газопровода «Северный поток-2» угрожает безопасности Украины и подтверждает антиевропейскую "
            "позицию Германии. Об этом в интервью Handelsblatt заявил глава МИД Польши Яцек Чапутович. "
            "«Газопровод разрушает последствия санкций, «Северный поток-2» убивает Украину», – сказал министр. "
            "«Польша, США и Европейская комиссия представляют здесь проевропейскую позицию, Германия – "
            "антиевропейскую», – добавил глава польского МИД.")
    assert _resolved(_record(text, "2019-01-04"))["Яцек Чапутович"] == ["министр", "глава"]


def test_minister_named_by_a_longer_title_before():
    text = ("Федеральный министр транспорта Германии Вольфганг Тифензее объявил, что правительство выделяет "
            "500 млн. евро на исследования в области технологии водородного двигателя. "
            "Одновременно министр выразил надежду, что компании автомобильной и нефтяной промышленности "
            "также поддержат эти исследования.")
    assert _resolved(_record(text))["Вольфганг Тифензее"] == ["министр"]


def test_state_adjective_with_a_leader():
    text = ("Получив ключи от Овального кабинета, Трамп инициировал масштабный пересмотр взаимоотношений США "
            "с другими странами. С этой целью американский лидер поставил себе задачу вывести США из "
            "различных международных договоров и организаций.")
    # dated inside his term: the KB then holds him as the head of state
    assert _resolved(_record(text, "2020-10-01"))["Дональд Трамп"] == ["американский лидер"]
    # after it (the item's own date, 2021-02-01) he holds no post the text or the KB gives
    assert _resolved(_record(text, "2021-02-01"))["Дональд Трамп"] == []


def test_two_heads_of_state_leave_a_bare_president_unresolved():
    record = _record("Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином. "
                     "Президент отметил успехи сотрудничества.", "2025-05-08")
    assert all(not texts for texts in _resolved(record).values())


def test_other_holders_and_posts_given_are_not_mentions():
    # a former holder of another state's post
    record = _record("К примеру, сообщение Стоуна имело в виду вмешательство, а не Трампа. Он разоблачил платежи "
                     "по «черной бухгалтерии» бывшего пророссийского президента Украины, которые получал также "
                     "Манафорт.", "2021-02-01")
    assert all(not texts for texts in _resolved(record).values())
    # a post given by a verb, not a mention of the person named before
    record = _record("В субботу президент ЮАР Джейкоб Зума сообщил, что Мандела по-прежнему находится в критическом "
                     "состоянии. Известный борец против режима апартеида, Мандела провел в тюрьме 27 лет. "
                     "В мае 1994 года он стал первым чернокожим президентом ЮАР.")
    assert all(not texts for texts in _resolved(record).values())


def test_colleague_needs_a_person_of_that_state_and_post():
    # no American foreign minister is named: the colleague stays unresolved (Trump is no minister)
    record = _record("И у меня состоялся телефонный разговор с Президентом Трампом, состоялись первые контакты "
                     "нашего Министра иностранных дел со своим американским коллегой.", "2025-03-14")
    assert all(not texts for texts in _resolved(record).values())
    record = _record("Министр иностранных дел КНР Ван И прибыл в Бишкек. Министр иностранных дел КР Жээнбек "
                     "Кулубаев провел переговоры со своим китайским коллегой.", "2025-11-19")
    assert _resolved(record)["Ван И"] == ["китайским коллегой"]


def test_coreference_mentions_are_not_named_entities_for_the_scorers():
    from communique.evaluate.factru import ner_predictions

    text = "В четверг президент Нурсултан Назарбаев побывал в Казахстане. Президент заявил об отставке."
    spans = {(p.start, p.end) for p in ner_predictions(_record(text)) if p.tag == "per"}
    assert (text.index("Президент"), text.index("Президент") + len("Президент")) not in spans

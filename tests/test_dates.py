"""Date expressions resolved against the publication date (src/communique/extract/dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from communique.extract.dates import find_dates, reference_date
from communique.model import Document

REF = date(2025, 11, 20)


def one(text: str, ref: date | None = REF) -> tuple[str | None, str | None, str]:
    (found,) = find_dates("text", text, ref)
    return found.range.start, found.range.end, found.range.precision


@pytest.mark.parametrize("text, expected", [
    ("В период с 19 по 20 ноября 2025 года", ("2025-11-19", "2025-11-20", "day")),
    ("с 30 ноября по 2 декабря", ("2025-11-30", "2025-12-02", "day")),
    ("7–10 мая", ("2026-05-07", "2026-05-10", "day")),
    ("Анонс на 7 − 10 мая 2025 года", ("2025-05-07", "2025-05-10", "day")),
    ("20.11.2025", ("2025-11-20", "2025-11-20", "day")),
    ("в ноябре 2025 года", ("2025-11", "2025-11", "month")),
    ("в октябре", ("2025-10", "2025-10", "month")),
    ("на 2026-2027 годы", ("2026", "2027", "year")),
    ("в 2024 году", ("2024", "2024", "year")),
    ("накануне", ("2025-11-19", "2025-11-19", "day")),
    ("сегодня", ("2025-11-20", "2025-11-20", "day")),
    ("в четверг", ("2025-11-20", "2025-11-20", "day")),
    ("в минувшую пятницу", ("2025-11-14", "2025-11-14", "day")),
    ("в следующий вторник", ("2025-11-25", "2025-11-25", "day")),
    ("on 19-20 November 2025", ("2025-11-19", "2025-11-20", "day")),
    ("November 19, 2025", ("2025-11-19", "2025-11-19", "day")),
    ("посетить Соединённые Штаты этим летом", ("2025-06", "2025-08", "month")),
    ("летом 2009 года", ("2009-06", "2009-08", "month")),
    ("прошлой осенью", ("2024-09", "2024-11", "month")),
    ("следующей весной", ("2026-03", "2026-05", "month")),
    ("этой зимой", ("2025-12", "2026-02", "month")),
    ("афины, 31 янв - риа новости", ("2026-01-31", "2026-01-31", "day")),
    ("5 сент. 2019 г.", ("2019-09-05", "2019-09-05", "day")),
    ("В конце 2005-го", ("2005", "2005", "year")),
    ("в 2007-м", ("2007", "2007", "year")),
    ("в начале 2010 года", ("2010", "2010", "year")),
    ("четыре года назад", ("2021", "2021", "year")),
    ("12 лет назад", ("2013", "2013", "year")),
    ("год назад", ("2024", "2024", "year")),
    ("немногим более года назад", ("2024", "2024", "year")),
    ("почти года назад", ("2024", "2024", "year")),
    # a night spans its two days (REF is Thursday 20 November 2025: the night into the last Monday is Sunday
    # 16 to Monday 17)
    ("В ночь с воскресенья на понедельник о своей отставке объявил министр", ("2025-11-16", "2025-11-17", "day")),
    ("в ночь на понедельник стало известно", ("2025-11-16", "2025-11-17", "day")),
    ("В ночь с 15 на 16 июля в Аммане", ("2025-07-15", "2025-07-16", "day")),
    ("в ночь с 3 на 4 июня 1989 года", ("1989-06-03", "1989-06-04", "day")),
])
def test_expressions(text, expected):
    assert one(text) == expected


def test_some_years_ago_is_no_date():
    assert find_dates("text", "несколько лет назад", REF) == []


def test_missing_year_is_the_nearest_to_publication():
    assert one("28 декабря", date(2025, 1, 5))[0] == "2024-12-28"
    assert one("5 января", date(2024, 12, 28))[0] == "2025-01-05"


def test_relative_days_need_a_reference():
    assert find_dates("text", "накануне", None) == []


def test_reference_date_from_a_kremlin_dateline_after_the_lead():
    doc = Document(id="k", title="Переговоры", text="В Кремле начались переговоры. 8 мая 2025 года 10:10 Москва, Кремль Текст.")
    assert reference_date(doc) == (date(2025, 5, 8), "dateline in the text")


def test_reference_date_prefers_the_publication_date():
    doc = Document(id="s", title="t", text="8 мая 2025 года 10:10 Москва", published="2025-11-20T10:29")
    assert reference_date(doc) == (date(2025, 11, 20), "publication date")


def test_no_date_at_all():
    assert reference_date(Document(id="x", title="t", text="Без даты.")) == (None, "no publication date")


def test_a_month_or_day_of_the_last_or_next_year():
    found = {d.text: (d.range.start, d.range.precision) for d in find_dates(
        "text", "Джонсон в декабре прошлого года посетил Москву, 9 июля прошлого года подписал договор, в марте этого "
        "года приехал, а в июле следующего года вернётся.", date(2018, 7, 9))}
    assert found == {"в декабре прошлого года": ("2017-12", "month"), "9 июля прошлого года": ("2017-07-09", "day"),
                     "в марте этого года": ("2018-03", "month"), "в июле следующего года": ("2019-07", "month")}


def test_a_month_alone_is_the_nearest_and_may_be_of_late_or_early():
    found = {d.text: d.range.start for d in find_dates(
        "text", "Гренелл ещё в конце декабря пригрозил санкциями, в середине октября Помпео заявил, а в начале марта "
        "министры встретятся.", date(2019, 1, 13))}
    assert found == {"в конце декабря": "2018-12", "в середине октября": "2018-10", "в начале марта": "2019-03"}
    late = find_dates("text", "В январе президент посетит Пекин.", date(2018, 12, 20))
    assert [d.range.start for d in late] == ["2019-01"]


def anaphoric(text: str, published: str | None) -> list[tuple[str, str | None, str]]:
    from communique.extract.dates import Dates
    from communique.model import Analysis

    analysis = Dates()(Analysis(document=Document(id="t", title="", text=text, published=published)))
    return [(d.text, d.range.start, d.range.precision) for d in analysis.dates if d.range.reason.startswith("counted")]


def test_a_day_named_by_the_day_told_before():
    # nord_stream:ru-ryanair-new-extra-100 (published 11 January 2019)
    text = ("Депутаты Европарламента в резолюции от 12 декабря назвали проект \"политическим\". В тот же день "
            "Палата представителей Конгресса США приняла резолюцию, в которой выступила против завершения "
            "строительства газопровода. На следующий день в Берлине ответили.")
    assert anaphoric(text, "2019-01-11") == [("В тот же день", "2018-12-12", "day"),
                                              ("На следующий день", "2018-12-13", "day")]
    # brexit:ru-107: the day before the one "сегодня" names
    assert anaphoric("Джонсон сегодня подал в отставку. Буквально за день до этого со своего поста ушел Дэвид Дэвис.",
                     "2018-07-09") == [("за день до этого", "2018-07-08", "day")]
    assert anaphoric("On November 20, 2025, the ministers met. On the same day, Saidov was received by the President.",
                     None) == [("On the same day", "2025-11-20", "day")]


def test_no_anaphoric_day_without_one_before_or_when_the_day_is_named_after():
    assert anaphoric("В тот же день Палата представителей приняла резолюцию.", None) == []
    # nerel:train:105901: "на следующий день после его юбилея" names its day itself
    assert anaphoric("Павел Астахов родился 8 сентября 1966 года. Он отправлен в отставку на следующий день после "
                     "его юбилея.", None) == []
    # "перенести полет на другой день" is no date
    assert anaphoric("Забастовка 25 июля. Пассажирам предложено перенести полет на другой день.", "2018-07-20") == []


def test_reference_date_skips_a_photo_caption_opening_the_text():
    # nerel:dev:230892_text: the caption's day is not the item's
    doc = Document(id="t", title="", text="Иван Голунов в зале Никитинского суда, 8 июня 2019 года\nПрезидент России "
                   "Владимир Путин уволил 13 июня 2019 года двух генералов полиции.")
    assert reference_date(doc)[0] == date(2019, 6, 13)
    # a caption alone still dates the item
    assert reference_date(Document(id="t", title="", text="Иван Голунов в зале суда, 8 июня 2019 года\nОн свободен."))[0] \
        == date(2019, 6, 8)


def test_then_is_the_time_told_last():
    from communique.extract.dates import Dates
    from communique.model import Analysis, Document
    text = "Однако в 2008г. глава Совбеза был уволен. Тогда же был отправлен в отставку глава КГБ."
    found = Dates()(Analysis(document=Document(id="t", title="", text=text, published="2012-05-15"))).dates
    assert {d.text: (d.range.start, d.range.precision) for d in found} == {"в 2008г.": ("2008", "year"),
                                                                         "Тогда же": ("2008", "year")}


def test_a_months_adjective_is_that_month_nearest_the_publication():
    assert one("сказал вице-президент во время октябрьских дебатов", date(2021, 2, 1)) == ("2020-10", "2020-10", "month")
    assert one("по итогам июньского саммита", date(2021, 5, 20)) == ("2021-06", "2021-06", "month")
    # a proper name in capitals is no date
    assert find_dates("text", "годовщина Октябрьской революции", REF) == []
    # a statement recalled from the October debates of an item of February is background
    from communique.api import extract_document

    doc = Document(id="t", title="", published="2021-02-01", text=(
        "«Президент Трамп противостоял Китаю и продолжит придерживаться решительного подхода», – сказал "
        "вице-президент Майк Пенс во время октябрьских дебатов."))
    assert [e for e in extract_document(doc)["events"] if e["type"] == "statement"] == []

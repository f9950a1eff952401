"""Dates stage: date expressions resolved to absolute ranges against the publication date.

Handles ``с 19 по 20 ноября 2025 года``, ``19–20 ноября``, ``с 30 ноября по 2 декабря``,
``10 мая``, ``20.11.2025``, ``в ноябре 2025 года``, ``в 2025 году``, ``на 2026-2027 годы``,
``сегодня``/``вчера``/``накануне``/``завтра``, weekdays (``в четверг``), seasons (``этим летом``:
three months), and the English
``19-20 November 2025`` / ``November 19, 2025``.  A missing year is taken from the
publication date, moved by a year when that puts the date more than half a year away.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cached_property, lru_cache

from ..model import Analysis, DateMention, DateRange, Document

_RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
EN_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
_EN_MONTHS = {m.lower(): i for i, m in enumerate(EN_MONTH_NAMES, start=1)}
_EN_MONTHS.update({m[:3]: i for m, i in list(_EN_MONTHS.items())})

# abbreviations of datelines ("31 янв", "5 сент."): before the full names, which they would cut
RU_MONTH_ABBR = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                 "ноя": 11, "нояб": 11, "дек": 12}
RU_MONTH = r"(?:(?:" + "|".join(sorted(RU_MONTH_ABBR, key=len, reverse=True)) + r")(?![а-яё])\.?|январ[яье]|феврал[яье]|марта?е?|апрел[яье]|ма[яей]|июн[яье]|июл[яье]|августа?е?|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье])"
EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
YEAR_WORD = r"(?:\s*(?:года|году|год|г\.|г\b))?"
DASH = r"\s*(?:-|–|—|−|по|до)\s*"
# "в декабре прошлого года", "9 июля этого года": the year named by its distance from the publication's
OF_YEAR = r"\s+(?P<yadj>прошлого|минувшего|прошедшего|этого|текущего|нынешнего|следующего|будущего)\s+года"

# (kind, where a match can start: see ``_starts``, pattern); earlier patterns take their text first
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    # "в ночь с 15 на 16 июля", "в ночь с воскресенья на понедельник", "в ночь на понедельник": both days
    ("night_range", "word", re.compile(
        rf"\bв\s+ночь\s+с\s+(?P<d1>\d{{1,2}})\s+на\s+(?P<d2>\d{{1,2}})\s+(?P<m>{RU_MONTH})(?![а-яё])"
        rf"(?:\s+(?P<y>\d{{4}}){YEAR_WORD})?", re.I)),
    ("night_weekday", "word", re.compile(
        r"\bв\s+ночь\s+(?:с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)\s+)?на\s+"
        r"(?P<w>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)),
    ("day_month_range", "number_or_s", re.compile(
        rf"(?:\bс\s+)?\b(?P<d1>\d{{1,2}})\s+(?P<m1>{RU_MONTH}){DASH}(?P<d2>\d{{1,2}})\s+(?P<m2>{RU_MONTH})(?![а-яё])(?:\s+(?P<y>\d{{4}}){YEAR_WORD})?", re.I)),
    ("day_range", "number_or_s", re.compile(
        rf"(?:\bс\s+)?\b(?P<d1>\d{{1,2}}){DASH}(?P<d2>\d{{1,2}})\s+(?P<m>{RU_MONTH})(?![а-яё])(?:\s+(?P<y>\d{{4}}){YEAR_WORD})?", re.I)),
    ("day", "number", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{RU_MONTH})(?![а-яё])(?:\s+(?P<y>\d{{4}}){YEAR_WORD}"
                                 rf"|{OF_YEAR})?", re.I)),
    ("numeric", "number", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
    ("iso", "number", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("en_day", "number", re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<m>{EN_MONTH})(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("en_month_day", "en_month", re.compile(
        rf"\b(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("month_year", "word_before_number", re.compile(rf"\b(?P<m>{RU_MONTH})\s+(?P<y>\d{{4}}){YEAR_WORD}", re.I)),
    ("season", "word", re.compile(
        r"\b(?:(?P<adj>эт\w+|нынешн\w+|текущ\w+|прошл\w+|минувш\w+|следующ\w+|будущ\w+)\s+)?"
        rf"(?P<s>летом|осенью|весной|зимой)\b(?:\s+(?P<y>\d{{4}}){YEAR_WORD})?", re.I)),
    # "в июне", "в конце июля", "в начале марта прошлого года"
    ("month_only", "anywhere", re.compile(rf"\bв\s+(?:(?:конце|начале|середине)\s+)?(?P<m>{RU_MONTH})(?![а-яё])(?!\s+\d)(?:{OF_YEAR})?", re.I)),
    # "во время октябрьских дебатов", "июньский саммит": the month of an adjective, lower case (not "Октябрьская революция")
    ("month_adj", "anywhere", re.compile(
        r"\b(?P<m>(?:январ|февраль|мартов|апрель|май|июнь|июль|августов|сентябрь|октябрь|ноябрь|декабрь)"
        r"ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими))\b")),
    ("year_range", "number", re.compile(r"\b(?P<y1>\d{4})\s*(?:-|–|—)\s*(?P<y2>\d{4})\s*(?:годах|годы|годов|гг\.?|год)")),
    ("year_range", "word_before_number", re.compile(r"\b(?:for|in|from)\s+(?P<y1>\d{4})\s*(?:-|–|—|to)\s*(?P<y2>\d{4})\b")),
    # "в 2005 году", "в 2005-м", "в конце 2005 года", "в начале 2005-го"
    ("year", "word_before_number", re.compile(
        r"\b(?:в|во|на|конце|начале|середине)\s+(?P<y>\d{4})(?:\s*(?:году|года|год|г\.)|-(?:м|го)\b)", re.I)),
    ("relative", "word", re.compile(r"\b(?P<w>сегодня|вчера|позавчера|накануне|завтра|послезавтра|today|yesterday|tomorrow)\b", re.I)),
    ("weekday", "word", re.compile(
        r"\bв(?:о)?\s+(?:(?P<adj>прошл\w+|минувш\w+|эт\w+|следующ\w+|ближайш\w+|предстоящ\w+)\s+)?"
        r"(?P<w>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)),
    ("en_weekday", "en_weekday", re.compile(r"\bon\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("years_ago", "word", re.compile(
        r"\b(?:(?P<n>\d{1,2}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:года|лет)|год"
        r"|(?:более|больше|почти|около|немногим\s+более|чуть\s+более|чуть\s+больше)\s+года)\s+назад\b",
        re.I)),
    ("week", "word", re.compile(
        r"\bна\s+(?P<adj>этой|текущей|нынешней|следующей|будущей|предстоящей|прошлой|минувшей|прошедшей)\s+неделе\b",
        re.I)),
]

_RELATIVE = {"сегодня": 0, "today": 0, "вчера": -1, "yesterday": -1, "позавчера": -2,
             "накануне": -1, "завтра": 1, "tomorrow": 1, "послезавтра": 2}
_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
            "десять": 10}
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
             "субботу": 5, "воскресенье": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
             "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def ru_month(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in RU_MONTH_ABBR:
        return RU_MONTH_ABBR[w]
    for stem in sorted(_RU_MONTHS, key=len, reverse=True):
        if w.startswith(stem):
            return _RU_MONTHS[stem]
    raise ValueError(word)


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in _EN_MONTHS:
        return _EN_MONTHS[w]
    if w[:3] in _EN_MONTHS:
        return _EN_MONTHS[w[:3]]
    return ru_month(w)


def parse_iso(value: str | None) -> date | None:
    """The date part of an ISO date or date-time string, or None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def last_day(value: str) -> date:
    """The last day of an ISO date, month or year (a month's counted as its 28th, the day every month has)."""
    return date.fromisoformat(value if len(value) == 10 else f"{value}-28" if len(value) == 7 else f"{value}-12-31")


def _complete(day: int, month: int, year: str | None, ref: date | None) -> date | None:
    """A date from parts; a missing year comes from ``ref`` (nearest within half a year)."""
    try:
        if year:
            return date(int(year), month, day)
        if ref is None:
            return None
        d = date(ref.year, month, day)
    except ValueError:
        return None
    if (d - ref).days > 183:
        d = d.replace(year=d.year - 1)
    elif (ref - d).days > 183:
        d = d.replace(year=d.year + 1)
    return d


def _day_range(start: date | None, end: date | None, reason: str) -> DateRange | None:
    if start is None or end is None or end < start or (end - start).days > 60:
        return None
    return DateRange(start.isoformat(), end.isoformat(), "day", reason)


_SEASONS = {"весной": 3, "летом": 6, "осенью": 9, "зимой": 12}  # the first month of three
_NEXT = ("следующ", "будущ", "предстоящ", "ближайш")
_PAST = ("прошл", "минувш", "прошедш")


def _direction(adj: str | None) -> int:
    """+1 for ``следующей``, ``будущим``, ``ближайший``; -1 for ``прошлой``, ``минувшим``; else 0
    (``этой``, ``нынешней``, none)."""
    adj = (adj or "").lower()
    return 1 if adj.startswith(_NEXT) else -1 if adj.startswith(_PAST) else 0


def _season(g: dict, ref: date | None) -> DateRange | None:
    """``этим летом`` -> June–August of the publication year (``прошлой осенью``: the year before);
    a winter runs from December into the next year."""
    first = _SEASONS[g["s"].lower()]
    if g["y"]:
        year = int(g["y"])
    elif ref is None:
        return None
    else:
        shift = _direction(g["adj"])
        year = ref.year + shift - (first == 12 and ref.month <= 2 and not shift)
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return DateRange(f"{year:04d}-{first:02d}", f"{end_year:04d}-{end_month:02d}", "month", f"season: {g['s'].lower()}")


def _week(adj: str, ref: date) -> DateRange:
    """``на этой неделе``, ``на следующей неделе`` (Monday to Sunday); ``на прошлой неделе``: the week
    before, or at a weekend the working week just ended (Monday to the day before)."""
    monday = ref - timedelta(days=ref.weekday())
    direction = _direction(adj)
    if direction > 0:
        start, end, which = monday + timedelta(days=7), monday + timedelta(days=13), "next"
    elif direction < 0:
        weekend = ref.weekday() >= 5
        start = monday if weekend else monday - timedelta(days=7)
        end = ref - timedelta(days=1) if weekend else monday - timedelta(days=1)
        which = "last"
    else:
        start, end, which = monday, monday + timedelta(days=6), "this"
    return DateRange(start.isoformat(), end.isoformat(), "day", f"week: {which}")


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> DateRange | None:
    g = m.groupdict()
    if kind == "day_month_range":
        y = g["y"]
        end = _complete(int(g["d2"]), ru_month(g["m2"]), y, ref)
        start = _complete(int(g["d1"]), ru_month(g["m1"]), str(end.year) if end else y, ref)
        if start and end and start > end:
            start = start.replace(year=start.year - 1)
        return _day_range(start, end, "explicit range")
    if kind in ("day_range", "en_day", "en_month_day", "day", "night_range"):
        month = _month(g["m"])
        start = _complete(int(g["d"] if "d" in g and g["d"] else g["d1"]), month, g["y"], ref)
        d2 = g.get("d2")
        end = _complete(int(d2), month, g["y"], ref) if d2 else start
        reason = "explicit date" if g["y"] else "day and month, year from publication"
        if kind == "day" and g.get("yadj") and ref is not None and start is not None:
            year = ref.year + _direction(g["yadj"])
            start = end = _complete(start.day, month, str(year), ref)
            reason = f"day and month, {g['yadj'].lower()} года"
        return _day_range(start, end, reason)
    if kind in ("numeric", "iso"):
        try:
            d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return DateRange(d.isoformat(), d.isoformat(), "day", "explicit date")
    if kind == "month_year":
        ym = f"{int(g['y']):04d}-{ru_month(g['m']):02d}"
        return DateRange(ym, ym, "month", "month and year")
    if kind in ("month_only", "month_adj"):
        if ref is None:
            return None
        month = ru_month(g["m"])
        if g.get("yadj"):
            ym = f"{ref.year + _direction(g['yadj']):04d}-{month:02d}"
            return DateRange(ym, ym, "month", f"month, {g['yadj'].lower()} года")
        # the nearest: "в декабре" in a January item is last December, "в январе" in a December one next January
        year = ref.year + (-1 if month - ref.month > 6 else 1 if ref.month - month > 6 else 0)
        ym = f"{year:04d}-{month:02d}"
        return DateRange(ym, ym, "month", "month, year from publication")
    if kind == "season":
        return _season(g, ref)
    if kind == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not 0 <= y2 - y1 <= 20:
            return None
        return DateRange(str(y1), str(y2), "year", "year range")
    if kind == "year":
        return DateRange(g["y"], g["y"], "year", "year")
    if ref is None:
        return None
    if kind == "relative":
        word = g["w"].lower()
        d = ref + timedelta(days=_RELATIVE[word])
        return DateRange(d.isoformat(), d.isoformat(), "day", f"relative: {word}")
    if kind == "week":
        return _week(g["adj"], ref)
    if kind == "years_ago":  # "четыре года назад": the year that many years before publication
        n = g["n"] or "1"
        year = str(ref.year - (int(n) if n.isdigit() else _NUMBERS[n.lower()]))
        return DateRange(year, year, "year", f"years ago: {n}")
    if kind == "night_weekday":  # the night into that weekday: the day before and the weekday
        day = _resolve("weekday", m, ref)
        before = (date.fromisoformat(day.start) - timedelta(days=1)).isoformat()
        return DateRange(before, day.end, "day", f"night into {g['w'].lower()} (last before publication)")
    if kind in ("weekday", "en_weekday"):
        word = g["w"].lower()
        if _direction(g.get("adj")) > 0:
            d = ref + timedelta(days=(_WEEKDAYS[word] - ref.weekday()) % 7 or 7)
            return DateRange(d.isoformat(), d.isoformat(), "day", f"weekday: next {word} after publication")
        back = (ref.weekday() - _WEEKDAYS[word]) % 7
        d = ref - timedelta(days=back)
        return DateRange(d.isoformat(), d.isoformat(), "day", f"weekday: {word} (last before publication)")
    return None


# Where each pattern is tried.  A pattern's ``finditer`` tries every position of the text, which
# is most of the stage's time; every match of most patterns starts next to a number, or needs a
# word that is rarely there, so only those places are tried (see ``_starts`` and ``_matches``).
_NUMBER = re.compile(r"\d\d*")  # (not ``\d+``: a pattern opening on a class is searched faster)
_EN_MONTH_INITIAL = re.compile(r"[ADFJMNOS]")  # every EN_MONTH starts with one (case-sensitive)
# Letters that re.IGNORECASE matches to a letter they do not lower-case to (ı for i, ſ for s,
# the Cyrillic Extended-C variants of в, д, о, с, т, ъ): in a text holding one, the patterns
# that need a word are not ruled out by looking for the word in the lower-cased text.
_ODD_CASE = re.compile("[\u0131\u017f\u1c80-\u1c88]")
_NEEDS_WORD = {  # kind -> words (lower case) one of which every match holds
    "season": ("летом", "осенью", "весной", "зимой"),
    "week": ("неделе",),
    "night_range": ("ночь",),
    "night_weekday": ("ночь",),
    "years_ago": ("назад",),
    "relative": ("сегодня", "вчера", "накануне", "завтра", "today", "yesterday", "tomorrow"),
    "weekday": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
}
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Places:
    """The places of one text where the patterns may start, found once for all the patterns."""

    def __init__(self, text: str):
        self.text = text
        self.numbers = [m.start() for m in _NUMBER.finditer(text)]  # where each run of digits starts
        self.odd_case = _ODD_CASE.search(text) is not None

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def _space_before(self, q: int) -> int:
        """Where the run of whitespace ending at ``q`` starts (``q`` when there is none)."""
        text = self.text
        while q > 0 and text[q - 1].isspace():
            q -= 1
        return q

    @cached_property
    def number_or_s(self) -> list[int]:
        """Each number, and before it the character ahead of the whitespace before it (``с`` in
        ``с 19 по 20 ноября``): the optional ``\\bс\\s+`` is followed by whitespace up to the digit."""
        out: list[int] = []
        for q in self.numbers:
            s = self._space_before(q)
            if 0 < s < q and (not out or s - 1 > out[-1]):
                out.append(s - 1)
            out.append(q)
        return out

    @cached_property
    def word_before_number(self) -> list[int]:
        """Every position of the run of non-space characters ahead of the whitespace before a
        number: where ``word\\s+\\d`` can start when the word holds no whitespace."""
        text = self.text
        out: list[int] = []
        for q in self.numbers:
            s = self._space_before(q)
            if s == q:
                continue
            p = s
            while p > 0 and not text[p - 1].isspace():
                p -= 1
            out.extend(range(max(p, out[-1] + 1 if out else 0), s))
        return out


def _starts(kind: str, where: str, places: _Places) -> list[int] | None:
    """The positions where a match of pattern ``kind`` can start (a superset, ascending), an
    empty list when it cannot match at all, or None to scan the whole text.  ``where``:

    * ``number``: the pattern opens on ``\\b\\d``, at the first digit of a number;
    * ``number_or_s``: on ``(?:\\bс\\s+)?\\b\\d``;
    * ``word_before_number``: on a word of letters or dots followed by ``\\s+\\d``;
    * ``en_month``: on an English month's name (capitalised), with a number in the text;
    * ``word``: anywhere, but every match holds one of ``_NEEDS_WORD[kind]``, in any case;
    * ``en_weekday``: anywhere, but every match holds an English weekday's name (capitalised);
    * ``anywhere``.
    """
    text = places.text
    if where == "number":
        return places.numbers
    if where == "number_or_s":
        return places.number_or_s
    if where == "word_before_number":
        return places.word_before_number
    if where == "en_month":
        return [m.start() for m in _EN_MONTH_INITIAL.finditer(text)] if places.numbers else []
    if where == "word" and not places.odd_case:
        low = places.lower
        return None if any(w in low for w in _NEEDS_WORD[kind]) else []
    if where == "en_weekday":
        return None if any(w in text for w in _EN_WEEKDAYS) else []
    return None


def _matches(pattern: re.Pattern[str], text: str, starts: list[int] | None):
    """``pattern.finditer(text)``, trying only ``starts``: the leftmost match past the last one
    is the first of ``starts`` where the pattern matches (``match`` at a position sees the text
    before it, for ``\\b``, just as the scan does)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for p in starts:
        if p >= end:
            m = pattern.match(text, p)
            if m is not None:
                end = m.end()
                yield m


def text_order(d: DateMention) -> tuple[bool, int]:
    """Reading order of date mentions: the title's before the text's, each by position."""
    return d.field != "title", d.start


def find_dates(field: str, text: str, ref: date | None, kinds: frozenset[str] | None = None) -> list[DateMention]:
    """All date expressions of one field (of the given ``kinds`` only, if any), longest first where
    they overlap."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    places = _Places(text)
    for kind, where, pattern in _PATTERNS:
        if kinds is not None and kind not in kinds:
            continue
        for m in _matches(pattern, text, _starts(kind, where, places)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            rng = _resolve(kind, m, ref)
            if rng is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(field, m.start(), m.end(), m.group(0), rng))
    return sorted(found, key=text_order)


def tells_a_day(text: str) -> bool:
    """Whether the text dates something to a day (``9 июля``, ``накануне``, ``в понедельник``), with or
    without a publication date to resolve it against (resolved against any day: only the precision counts)."""
    return any(d.range.precision == "day" for d in find_dates("text", text, date(2000, 1, 1)))


# a dateline: "8 мая 2025 года 10:10 Москва, Кремль" (kremlin.ru puts it after the lead sentence)
DATELINE = re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{RU_MONTH})\s+(?P<y>\d{{4}})\s+года,?\s+(?P<time>\d{{1,2}}:\d{{2}})\s+(?P<place>[^.\n]{{0,80}})", re.I)
DATELINE_WINDOW = 800


BIRTH = re.compile(r"(?i)(?:родил(?:ся|ась)|рождения|born)\s*$")  # "родился 17 марта 1974 года": no news date


@lru_cache(maxsize=64)  # asked by the dates, actors and context of one document
def reference_date(document: Document) -> tuple[date | None, str]:
    """The publication date, or the dateline of the text (``8 мая 2025 года 10:10 Москва``)."""
    published = parse_iso(document.published)
    if published:
        return published, "publication date"
    m = DATELINE.search(document.text[:DATELINE_WINDOW])
    if m:
        try:
            return date(int(m["y"]), ru_month(m["m"]), int(m["d"])), "dateline in the text"
        except ValueError:
            pass
    full = [found for found in find_dates("text", document.text[:DATELINE_WINDOW], None)
            if found.range.precision == "day" and found.range.reason == "explicit date"
            and not BIRTH.search(document.text[max(0, found.start - 20):found.start])]
    # (not a photo's caption opening the text when the text gives another: "Иван Голунов в зале суда, 8 июня
    # 2019 года⏎Президент России Владимир Путин уволил 13 июня 2019 года …")
    caption = CAPTION.match(document.text)
    told = [found for found in full if caption is None or found.start >= caption.end()] or full
    if told:
        return date.fromisoformat(told[0].range.start), "first full date in the text"
    return None, "no publication date"


CAPTION = re.compile(r"[^\n]{0,150}[^.!?\s]\s*\n")  # a short first line with no full stop


class Dates:
    """Adds resolved date mentions for title and text."""

    name = "dates"
    requires = ("document",)
    assigns = ("dates",)

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.document
        ref, _ = reference_date(doc)
        found = find_dates("title", doc.title, ref) + find_dates("text", doc.text, ref)
        if ref is None:
            found = _with_latest_year(doc, found)
        found = sorted(found + same_day_as_before(doc.text, found), key=text_order)
        return dataclasses.replace(analysis, dates=tuple(found))


# a day named by the one the text told last: "В тот же день", "На следующий день", "On the same day"
# ("перенести полет на другой день" is no date: "на другой день" only opening a sentence)
ANAPHORIC_DAY = re.compile(
    r"(?i)\b(?P<same>в\s+(?:тот|этот)\s+(?:же\s+)?день|тем\s+же\s+дн[её]м|(?:on\s+)?(?:the\s+same|that)\s+day"
    r"|later\s+that\s+day)\b|\b(?P<next>на\s+следующий\s+день|дн[её]м\s+позже|(?:the\s+)?(?:next|following)\s+day)\b"
    r"|(?:^|(?<=[.!?]\s))(?P<next2>На\s+другой\s+день)\b|\b(?P<before>дн[её]м\s+ранее|за\s+день\s+до\s+этого"
    r"|(?:on\s+)?the\s+day\s+before)\b|\b(?P<then>[Тт]огда\s+же)\b")

AT_THE_TIME = "at the time of"  # the reason of "Тогда же": the time of the date told last
# "на следующий день после его юбилея", "в тот день, когда …": the day is the one named next
DEFINED_AFTER = re.compile(r"(?i),?\s*(?:после|когда|after|when)\b")


def same_day_as_before(text: str, found: Sequence[DateMention]) -> list[DateMention]:
    """Days named by the day the text told last (``20 ноября … В тот же день``: 20 November; ``На
    следующий день``: the 21st; ``Днём ранее``: the 19th); none when no single day comes before."""
    days = sorted((d for d in found if d.range.precision == "day" and d.range.start == d.range.end), key=text_order)
    out: list[DateMention] = []
    for m in ANAPHORIC_DAY.finditer(text):
        if any(d.field == "text" and d.start < m.end() and m.start() < d.end for d in found) \
                or DEFINED_AFTER.match(text, m.end()):
            continue
        if m["then"]:  # "в 2008г. … Тогда же был отправлен в отставку …": the time told last, of any precision
            last = max((d for d in found if d.field == "text" and d.end <= m.start()), key=text_order, default=None)
            if last is not None:
                out.append(DateMention("text", m.start(), m.end(), m.group(0),
                                       dataclasses.replace(last.range, reason=f"{AT_THE_TIME} {last.text}")))
            continue
        anchor = next((d for d in reversed(days) if d.field == "title" or d.end <= m.start()), None)
        if anchor is None:
            continue
        shift = 1 if m["next"] or m["next2"] else -1 if m["before"] else 0
        day = (date.fromisoformat(anchor.range.start) + timedelta(days=shift)).isoformat()
        out.append(DateMention("text", m.start(), m.end(), m.group(0),
                               DateRange(day, day, "day", f"counted from {anchor.text}")))
    return out


def latest_dated_year(dates: Sequence[DateMention]) -> int | None:
    """The year of the latest day or month written out with its year (``16 мая 2011 года``,
    ``в декабре 2010 года``), which an undated item is about; bare years (``к 2030 году``) may
    be plans and do not count."""
    return max((int(d.range.start[:4]) for d in dates if d.range.reason in ("explicit date", "month and year")),
               default=None)


# a year written with "год" (``на президентских выборах 1976 года``, ``с 1997 года``), not one aimed at
# (``к 2030 году``, ``до 2025 года``, ``на 2026 год``)
WRITTEN_YEAR = re.compile(r"(?i)(?:(?P<prep>[а-яё]+)\s+)?(?<!\d)(?P<y>1[89]\d\d|20\d\d)\s+(?:год|гг?\.)")
AIMED_AT = frozenset({"к", "до", "на", "по", "через"})


def years_written(text: str) -> list[int]:
    """The years a text names with ``год``, but for those it aims at."""
    return [int(m["y"]) for m in WRITTEN_YEAR.finditer(text) if (m["prep"] or "").lower() not in AIMED_AT]


# the patterns that may leave a year out (a day, a range of days, a month alone), and what an item
# without a publication date completes with the year of its latest full date
YEARLESS_KINDS = frozenset({"day_month_range", "day_range", "day", "en_day", "en_month_day", "month_only", "month_adj",
                            "night_range"})
YEARLESS = {"day and month, year from publication": "day and month, year of the item's latest full date",
            "explicit range": "explicit range, year of the item's latest full date",
            "month, year from publication": "month, year of the item's latest full date"}


def _with_latest_year(doc: Document, found: list[DateMention]) -> list[DateMention]:
    """An item without a publication date (``28 сентября … в 2010 году``, ``16 мая 2011 года``): a day
    and month written without their year take the year of its latest day or month written with one;
    relative days and weekdays stay unresolved (no day to count from)."""
    year = latest_dated_year(found)
    if year is None:
        return found
    middle = date(year, 7, 1)  # every month falls in that year (within half a year of July 1)
    added = [d for field, text in (("title", doc.title), ("text", doc.text))
             for d in find_dates(field, text, middle, YEARLESS_KINDS) if d.range.reason in YEARLESS
             and not any(f.field == d.field and f.start < d.end and d.start < f.end for f in found)]
    added = [dataclasses.replace(d, range=dataclasses.replace(d.range, reason=YEARLESS[d.range.reason]))
             for d in added]
    return sorted(found + added, key=text_order)

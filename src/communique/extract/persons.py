"""Persons found in text, with the posts the text gives them.

Posts come from appositions around a name, to its left
(``члена Политбюро ЦК КПК, министра иностранных дел КНР Вана И``,
``посол США в Германии Ричард Гренелл``, ``российский президент Дмитрий Медведев``,
``капитаном стал Михаэль Баллак``) or to its right (``Ван И, министр иностранных дел
Китая,``; ``Андрей Санников — бывший заместитель министра``; ``X является …``).
Each post takes the state, organisation or city that follows it (also through
descriptor words: ``генеральный директор компании «Газпром»``), a state adjective
before it, or a state or organisation inside it (``председатель КНР``,
``глава МИД Германии``).  A one-word title takes its lower-case complement
(``министр по делам разведки``) unless the complement names an institution
(``представитель вооружённых сил``).  A post after one name that runs into the
next name belongs to the next (``Пономарев, координатор движения «Левый фронт»
Сергей Удальцов``), and a name right before another owns the post before both
(``пресс-секретарь Путина Дмитрий Песков``).  The case of the post's first word
tells the case of the name, which is then put into the nominative.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model import Mention, Position, Span
from ..nlp import morph
from .names import given_name_case, normalize_name
from .phrases import DESCRIPTORS, INSTITUTION_HEADS, POST_HOST, complement_end, normalize_phrase, title_start

# Between two links of an apposition chain: nothing, a comma, quotes or brackets, or a few
# lower-case descriptor words (``компании``, ``правления банка``, ``московского отделения движения``).
_PLAIN_LINK = re.compile(r"^[\s«»\"“”„()]*(?:,\s*)?[\s«»\"“”„]*$")
_DESCRIPTOR_LINK = re.compile(r"^\s+((?:[а-яё][а-яё-]+\s+){1,4})[«\"“„]?\s*$")
# Следственный комитет при прокуратуре; член Палаты представителей от штата Аризона;
# глава делегации на переговорах; директор НАСА по космическим полётам; полпред в округе
_ATTACHED = re.compile(r"^\s+(?:(?:при|на|по|в|во)\s+[а-яё]+(?:\s+[а-яё]+)?|от(?:\s+[а-яё]+)?)\s*$")
_OF = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?$")  # English: Ambassador of the United States
_RIGHT_OPEN = re.compile(r"^(?:\s*\)?\s*[,(–—-]\s*|[ \t]*\n\s*)$")  # also a signature: name, new line, post
# A verb that gives a post: ``Баллак стал капитаном``, ``капитаном стал Баллак``, ``X назначен на пост Y``.
# Also the verbs whose predicate is a post in the instrumental: ``Кан будет запасным вратарём``,
# ``Гачечиладзе был депутатом``, ``работал корреспондентом``.
_COPULA = (r"(?:стал|стала|станет|становится|является|являлся|являлась|назначен|назначена|избран|избрана|"
           r"был|была|будет|работает|работал|работала|служит|служил|служила|"
           r"(?:[а-яё]+\s+)?(?:занять|занял|заняла|занимает|занимающий)\s+(?:пост|должность)|"
           r"(?:was|were|has\s+been|is)\s+(?:appointed|named|elected)(?:\s+as)?|became)")
# ``один из президентов группы компаний Michelin``: one of a plural post is still an apposition.
_ONE_OF = r"(?:од(?:ин|на|но|ного|ному|ним|ной|ну|ном)\s+из\s+)"
_ONE_OF_BEFORE = re.compile(rf"\b{_ONE_OF}$", re.IGNORECASE)
_COPULA_RIGHT = re.compile(rf"^\s*,?\s+{_COPULA}(?:\s+на\s+(?:пост|должность))?\s+{_ONE_OF}?$")
# A verb that makes its object a post-holder: ``назвал Йенса Лемана первым вратарём``.
_APPOINTS = re.compile(r"\b(?:назвал|назвала|назвали|назначил|назначила|назначили|избрал|избрала|избрали|"
                       r"утвердил|утвердила|утвердили|объявил|объявила|объявили)\s+$")
# English: ``named Olzhas Bektenov prime minister``, ``appointed Murat Nurtleu as foreign minister``.
_APPOINTS_EN = re.compile(r"\b(?:named|appointed|nominated|elected|made|confirmed)\s+$")
_AS = re.compile(r"^,?\s+(?:as\s+(?:(?:the|its|his|her|their)\s+)?|(?:its|his|her|their)\s+)"
                 r"(?:(?:new|next|acting|interim)\s+)?$")
_COPULA_LEFT = re.compile(rf"^\s+(?:(?:страны|государства)\s+)?{_COPULA}\s+$")  # президентом страны стал
_INSTITUTIONS = frozenset({"state", "organization", "place"})
_UNIT_TYPES = _INSTITUTIONS | {"post", "state_adj"}
_SOME_STATE = frozenset({"страна", "государство"})  # a complement naming no institution
_CASE = re.compile(r"\b(nomn|gent|datv|accs|ablt|loct)\b")


@dataclasses.dataclass(frozen=True)
class PersonMention:
    mention: Mention
    name: str  # nominative
    positions: tuple[Position, ...]


def _inside(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner is not outer


_RANK = {"organization": 0, "state": 1, "state_adj": 2, "place": 3}  # of units at one span


def outermost(units: Sequence[Mention]) -> list[Mention]:
    """Posts, plus the institutions not nested in another institution (``Германии`` in ``МИД Германии``)."""
    inst = [u for u in units if u.type != "post"]
    # A span is nested when another, different span holds it: sweeping the distinct spans by
    # start (longest first), that is when an earlier span already reaches as far.
    nested: set[tuple[int, int]] = set()
    reach = None
    for start, end in sorted({(u.start, u.end) for u in inst}, key=lambda s: (s[0], -s[1])):
        if reach is not None and reach >= end:
            nested.add((start, end))
        reach = end if reach is None else max(reach, end)
    keep = [u for u in inst if (u.start, u.end) not in nested]
    seen: set[tuple[int, int]] = set()
    out = [u for u in units if u.type == "post"]
    for u in sorted(keep, key=lambda u: (u.start, _RANK.get(u.type, 9))):
        if (u.start, u.end) not in seen:
            seen.add((u.start, u.end))
            out.append(u)
    return sorted(out, key=lambda u: (u.start, u.end))


_LOWER_WORD = re.compile(r"^\s+(и\s+)?([а-яё][а-яё-]*)")


def _genitive_tail(text: str, end: int, limit: int = 4) -> int:
    """The end of an organisation's lower-case genitive tail that NER left out:
    ``Меджлиса`` + ``крымско-татарского народа``, ``Отдела корпоративных серверов`` + ``и сетей``;
    ``end`` when there is none."""
    cursor, last_noun = end, end
    for _ in range(limit):
        m = _LOWER_WORD.match(text[cursor:cursor + 60])
        if m is None or (m[1] and last_noun == end and not text[end - 1:end].islower()):
            break
        parses = morph.parses(m[2])
        if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses):
            break
        cursor += m.end()
        if parses[0].tag.POS == "NOUN":
            last_noun = cursor
    return last_noun


def _link(gap: str) -> bool:
    if _PLAIN_LINK.match(gap) or _ATTACHED.match(gap) or _OF.match(gap):
        return True
    m = _DESCRIPTOR_LINK.match(gap)
    return bool(m) and all(morph.lemma(w) in DESCRIPTORS or morph.lemma(w) in AFFILIATIONS or _modifier(w)
                           for w in m[1].split())


# a party member's word between a title and the name ("глава Министерства … США республиканец Чед Вулф")
AFFILIATIONS = frozenset({"республиканец", "республиканка", "демократ", "демократка", "консерватор", "лейборист",
                          "социалист", "коммунист", "либерал", "единоросс", "тори"})


@lru_cache(maxsize=50_000)
def _modifier(word: str) -> bool:
    """``крайне правого`` (Национального фронта): words that only qualify the name after them."""
    return any((p.tag.case == "gent" and p.tag.POS in ("ADJF", "PRTF")) or p.tag.POS == "ADVB"
               for p in morph.parses(word))


def _with_complements(units: Sequence[Mention], names: Sequence[Mention], text: str) -> list[Mention]:
    """Posts stretched over their lower-case complement (``министр`` + ``по делам разведки``)."""
    stops = {u.start for u in units if u.type not in ("post", "state_adj")} | {n.start for n in names}
    out = []
    for u in units:
        end = complement_end(text, u.end, stops, len(u.text.split()) > 1) if u.type == "post" else u.end
        if end == u.end:
            out.append(u)
            continue
        complement = text[u.end:end].strip()
        head = next((w for w in complement.split() if morph.parse(w)[1] == "NOUN"), "")
        if morph.lemma(head) in _SOME_STATE and len(complement.split()) == 1:
            out.append(u)  # премьер-министр страны: some state the text named before, no institution
            continue
        if morph.lemma(head) in INSTITUTION_HEADS:
            start = end - len(complement)
            out += [u, Mention(u.field, start, end, complement, "organization",
                               normalize_phrase(complement).capitalize(), rule="complement")]
            continue
        # A one-word title takes its complement into the title (министр по делам разведки);
        # a longer lexicon title stays as the lexicon names it.
        normal = f"{u.normal} {complement}" if len(u.text.split()) == 1 else u.normal
        out.append(dataclasses.replace(u, end=end, text=text[u.start:end], normal=normal))
    return out


_POST_GOES_ON = re.compile(r"\s+по\s+[а-яё]")


_CASES_ANY = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _cases(post: Mention) -> set[str]:
    """Every case the post's first word may be in (``лидер``: nominative or accusative)."""
    word = post.text.split()[0].lower()
    return {p.tag.case for p in morph.parses(word) if p.tag.case} or set(_CASES_ANY)


def _agreeing(chain: list[Mention], text: str) -> list[Mention]:
    """A left chain from the post nearest the name back to a post in another case: in
    ``с корреспондентом «Голоса Америки» лидер Движения … Александр Белов`` only the leader.
    A verb between two posts joins them whatever their case (``премьер-министром станет глава
    партии Саломе Зурабишвили``)."""
    posts = [k for k, u in enumerate(chain) if u.type == "post"]
    if len(posts) < 2:
        return chain
    cases = _cases(chain[posts[-1]])
    for k in reversed(posts[:-1]):
        if any(_COPULA_LEFT.match(text[a.end:b.start]) for a, b in zip(chain[k:], chain[k + 1:])):
            return chain
        if not _cases(chain[k]) & cases:
            rest = chain[k + 1:]
            while rest and rest[0].type not in ("post", "state_adj"):
                rest.pop(0)
            return rest
    return chain


# Every gap ``_links_left`` accepts (plain, attached, descriptor, host and copula links, a genitive
# tail) holds only these characters: a unit ending before any other character cannot link.
_NOT_IN_LINK = re.compile(r"[^\s«»\"“”„(),а-яёa-z-]")


def link_floor(text: str, cursor: int, window: int = 256) -> int:
    """The position of the last character before ``cursor`` that no link can hold, -1 if none."""
    stop = cursor
    while stop > 0:
        start = max(0, stop - window)
        m = _NOT_IN_LINK.search(text[start:stop][::-1])
        if m is not None:
            return stop - 1 - m.start()
        stop = start
    return -1


def _links_left(u: Mention, head: Mention | None, cursor: int, text: str) -> bool:
    """Whether unit ``u``, ending before ``cursor``, is the next link of a left chain whose
    first unit so far is ``head``."""
    gap = text[u.end:cursor]
    # (the host of a post: "посол США в Германии", "постпред США при НАТО")
    hosted = head is not None and POST_HOST.match(gap) and (
        head.type in ("state", "place") or head.type == "organization" and gap.strip() == "при")
    return bool(_link(gap) or hosted or (
        (u.type == "post" or (head is not None and head.type == "post")) and _COPULA_LEFT.match(gap)) or (
        u.type == "organization" and _PLAIN_LINK.match(text[_genitive_tail(text, u.end):cursor])
        and _genitive_tail(text, u.end) > u.end))


def _chain_left(name: Mention, units: Sequence[Mention], text: str) -> list[Mention]:
    """The units of an apposition chain ending right before the name, left to right."""
    chain: list[Mention] = []
    cursor = name.start
    # the unit before the cursor that links to it and reaches furthest (the first such of the
    # furthest-reaching), so the units are tried in that order and the first that links wins
    reaching = sorted(range(len(units)), key=lambda k: (-units[k].end, units[k].start, k))
    while True:
        head = chain[0] if chain else None
        # a post holding the start of the organisation: глава [МИД] Германии
        best = None if head is None else next(
            (u for u in units if not (u.end <= cursor and u.start < cursor) and u.type == "post"
             and u.start < head.start < u.end <= head.end), None)
        if best is None:
            floor = link_floor(text, cursor)
            for k in reaching:
                u = units[k]
                if u.end <= floor:
                    break  # this one and all after it end before a character no link holds
                if u.end <= cursor and u.start < cursor and _links_left(u, head, cursor, text):
                    best = u
                    break
        if best is None:
            break
        chain.insert(0, best)
        cursor = best.start
    while chain and chain[0].type not in ("post", "state_adj"):
        chain.pop(0)
    while chain and chain[0].type == "state_adj" and (len(chain) == 1 or chain[1].type != "post"):
        chain.pop(0)
    return chain


_RIGHT_QUALIFIED = re.compile(r"^(\s*\)?\s*[,(–—-]\s*)((?:[а-яё-]+\s+){1,2})$")


_RIGHT_ASIDE = re.compile(r"^\s*,\s*[а-яё][а-яё\s-]{2,40},\s*$")


def _right_open(gap: str) -> bool:
    """``, министр``, ``— бывший заместитель министра``, ``, известный правозащитник``,
    ``, исполняющий обязанности официального представителя``, and one lower-case aside
    first (``Александра Брода, известного борца с ксенофобией, члена Общественной палаты``)."""
    if _RIGHT_OPEN.match(gap) or _RIGHT_ASIDE.match(gap):
        return True
    one_of = _ONE_OF_BEFORE.search(gap)
    if one_of and _RIGHT_OPEN.match(gap[:one_of.start()] + " "):
        return True
    m = _RIGHT_QUALIFIED.match(gap)
    if m and all(morph.parse(w)[1] in ("ADJF", "PRTF") or w == "обязанности" for w in m[2].split()):
        return True
    m = _RIGHT_AND.match(gap)  # Гергей Ковач - политик и лидер партии: an occupation and a post
    return bool(m) and all(_nominative_noun_or_adjective(w) for w in m[2].split())


_RIGHT_AND = re.compile(r"^(\s*[,–—-]\s*)((?:[а-яё-]+\s+){1,2})и\s+$")


def _nominative_noun_or_adjective(word: str) -> bool:
    return any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(word))


def _chain_right(name: Mention, units: Sequence[Mention], text: str, starts: dict[int, Mention]) -> list[Mention]:
    """``Ван И, министр иностранных дел Китая``: a post after a comma, and what follows it.

    A chain that runs straight into another name (``Лев Пономарев, координатор движения
    «Левый фронт» Сергей Удальцов``) is that name's apposition, not this one's: ``starts``
    are where the names of the field start."""
    chain: list[Mention] = []
    cursor = name.end
    for u in sorted((u for u in units if u.start >= name.end), key=lambda u: (u.start, -u.end)):
        if u.start < cursor:
            continue
        gap = text[cursor:u.start]
        if not chain:
            signed = gap == " " and u.text[:1].isupper()  # a signature: Кирсан Илюмжинов Президент ФИДЕ
            # the title's modifiers may stand between the verb and the post (стал первым вратарём)
            bare = text[cursor:max(cursor, title_start(text, u.start))]
            appointed = bare == " " and (
                (case_hint(u) == "ablt" and _APPOINTS.search(text, 0, name.start) is not None)
                or (u.text.isascii() and _APPOINTS_EN.search(text, 0, name.start) is not None))
            appointed = appointed or (u.text.isascii() and _AS.match(gap) is not None)
            if u.type != "post" or not (_right_open(gap) or _COPULA_RIGHT.match(bare) or signed or appointed):
                break
        elif not (_link(gap) and "," not in gap) and not (
                chain[-1].type == "organization" and (tail := _genitive_tail(text, cursor)) > cursor
                and not text[tail:u.start].strip()):  # отдела корпоративных серверов и сетей | HP
            break
        chain.append(u)
        cursor = u.end
    posts = [u for u in chain if u.type == "post"]
    if chain and any((not text[cursor:st].strip(" «»\"“”„") or _COPULA_LEFT.match(text[cursor:st]))
                     and not (posts and _holds_inner_post(posts[-1], other))
                     for st, other in starts.items() if st >= cursor):
        return []
    return chain


def _may_be_genitive(name: Mention) -> bool:
    """Whether every word of the name may be in the genitive (``помощник Хиллари Клинтон по …``, not
    ``с поверенным в делах США Кристиной Квин по вопросу …``)."""
    words = [w for w in name.text.lower().split() if re.fullmatch(r"[а-яё]+", w)]
    return all(any(p.tag.case == "gent" for p in morph.parses(w)) for w in words)


def _in_another_case(post: Mention, name: Mention, text: str) -> bool:
    """``Указом Президента Александр Никитич Дарчиев назначен``: a post right before a name that
    can only be in another case (no case shared by all the name's words) is no title of it."""
    return not text[post.end:name.start].strip() and _case_clash(post, name)


# an act of the post's holder: "Указом Президента …", "By the Decree of the President of …"
_BY_ACT = re.compile(r"(?i)\b(?:указом|распоряжением|постановлением|(?:decree|order|resolution)\s+of(?:\s+the)?)\s+$")


def _case_clash(post: Mention, name: Mention, by_given_name: bool = False) -> bool:
    """A name that can only be in another case than the post (no case shared by all its words);
    ``by_given_name``: or whose given name's likeliest reading is in another case (``Айбек``)."""
    words = name.text.lower().split()
    if not all(re.fullmatch(r"[а-яё]+", w) for w in words):
        return False
    given = given_name_case(name.text.split()) if by_given_name else None
    cases = {given} if given else set.intersection(*({p.tag.case for p in morph.parses(w) if p.tag.case}
                                                     for w in words))
    return bool(cases) and not cases & _cases(post)


def _holds_inner_post(post: Mention, name: Mention) -> bool:
    """``советник президента США Дональда Трампа``: a name in the genitive after a title whose
    last word is a genitive post of its own (``помощник президента``) is that inner post's
    holder, not the title's: the title's head word is in another case."""
    words = post.text.lower().split()
    if len(words) < 2:
        return False
    surname = name.text.split()[-1].lower()
    if not surname.isalpha() or not re.fullmatch(r"[а-яё]+", surname):
        return False
    name_cases = {p.tag.case for p in morph.parses(surname) if p.tag.case}
    if given_name_case(name.text.split()[:-1]) == "gent":
        name_cases.discard("nomn")  # Дмитрия Медведева: the given name tells the surname's case
    return ("gent" in name_cases and "nomn" not in name_cases
            and any(p.tag.case == "gent" and p.normal_form in _one_word_titles() for p in morph.parses(words[-1]))
            and not any(p.tag.case == "gent" for p in morph.parses(words[0])))


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    """Posts named by one word (``президент``, ``госсекретарь``, ``премьер``): those a title may
    hold in the genitive as its own (``помощник президента``)."""
    from .. import resources

    return frozenset(name.lower() for p in resources.posts() for name in (p.title_ru, *p.aliases_ru)
                     if name and " " not in name and not name.startswith("?"))


def _country_of(unit: Mention | None) -> str | None:
    """The ISO3 code behind a state, state adjective, national body or place mention."""
    if unit is None or not unit.ref:
        return None
    if unit.type in ("state", "state_adj"):
        return unit.ref
    if unit.type == "place":
        return unit.ref.split(":")[0]
    if ":" in unit.ref:
        return unit.ref.split(":")[-1]
    from .. import resources

    body = next((b for b in resources.bodies() if b.id == unit.ref), None)
    return body.iso3 if body is not None and body.iso3 else None


_DESCRIPTOR_TAIL = re.compile(r"([а-яё-]+)[\s«\"“„]*$")


def _title_span(post: Mention, inner: Sequence[Mention], after: Mention | None, text: str) -> Span:
    """The words of the title: the post up to an institution inside it, with leading modifiers;
    a descriptor noun that ends it goes with the institution after it (``лидер`` | ``партии «Яблоко»``)."""
    end = min([u.start for u in inner if u.start > post.start] + [post.end])
    end = len(text[:end].rstrip())
    tail = _DESCRIPTOR_TAIL.search(text, post.start, end)
    if after is not None and tail and tail.start(1) > post.start and morph.lemma(tail[1]) in DESCRIPTORS \
            and not text[end:after.start].strip(" «\"“„"):
        end = len(text[:tail.start(1)].rstrip())
    start = title_start(text, post.start)
    former = _FORMER_BEFORE.search(text[max(0, start - 12):start]) or text[start:end].lower().startswith("экс-")
    rule = FORMER if former else post.rule
    return Span(post.field, start, end, text[start:end], rule)


FORMER = "former-post"  # the rule of a title span for a post held before (бывший, экс-)
_FORMER_BEFORE = re.compile(r"\b[Бб]ывш(?:ий|его|ему|им|ем|ая|ей|ую)\s+$")


def _where_span(unit: Mention, title: Span, text: str) -> Span:
    """An institution's evidence, with the descriptor words between it and the title
    (``партии «Яблоко»``, ``компании «Газпром»``)."""
    gap = text[title.end:unit.start]
    words = gap.strip(" «\"“„\n").split()
    if title.end <= unit.start and words and len(words) <= 4 and any(morph.lemma(w) in DESCRIPTORS for w in words) \
            and all(w.islower() for w in words) and "," not in gap:
        start = title.end + len(gap) - len(gap.lstrip())
        end = unit.end + (1 if text[unit.end:unit.end + 1] in "»\"“”" and text[unit.end:unit.end + 1] else 0)
        return Span(unit.field, start, end, text[start:end], unit.rule)
    return unit.span


def _with_tail(unit: Mention, post: Mention, units: Sequence[Mention], text: str) -> Mention:
    """An organisation after its post with its lower-case genitive tail (``лидер Меджлиса
    крымско-татарского народа``), not running into another unit."""
    if unit.type != "organization" or unit.start < post.end:
        return unit
    end = _genitive_tail(text, unit.end)
    if end == unit.end or any(unit.end < u.start < end for u in units):
        return unit
    return dataclasses.replace(unit, end=end, text=text[unit.start:end])


_ATTACHED_TAIL = re.compile(r"^\s+при\s+[а-яё]+(?:\s+[а-яё]+)?(?:\s+[А-ЯЁ][а-яё-]+(?=[,.;:!?)»]))?")


def _joined(spans: Sequence[Span], text: str) -> list[Span]:
    """Adjacent institution spans as one name (``Исламского комитета`` + ``России``,
    ``Института этнологии и антропологии`` + ``РАН``), with an attached ``при …`` tail."""
    out: list[Span] = []
    for s in spans:
        if out and out[-1].end <= s.start and not text[out[-1].end:s.start].strip(" «»\"“”„"):
            s = Span(s.field, out[-1].start, s.end, text[out[-1].start:s.end], out[-1].rule)
            out.pop()
        out.append(s)
    if out and (tail := _ATTACHED_TAIL.match(text[out[-1].end:out[-1].end + 60])):
        last = out.pop()
        out.append(Span(last.field, last.start, last.end + tail.end(), text[last.start:last.end + tail.end()],
                        last.rule))
    return out


# Kinds of post whose lexicon aliases may name the institution (``спикер палаты представителей``,
# ``председатель Государственной думы``); a national executive's keeps its state instead.
_INSTITUTION_TITLES = frozenset({"legislator", "official", "org_head", "profession"})


def _institution_in_title(post: Mention) -> Mention | None:
    """The institution a lexicon alias names after the title: ``спикер`` + ``палаты представителей``."""
    from .. import resources

    words = post.text.split()
    title_words = len(post.normal.split())
    category = next((p.category for p in resources.posts() if p.id == post.ref), None)
    if len(words) <= title_words or category not in _INSTITUTION_TITLES:
        return None
    tail = " ".join(words[title_words:])
    head = next((w for w in words[title_words:] if morph.parse(w)[1] == "NOUN"), "")
    if morph.lemma(head) not in INSTITUTION_HEADS:
        return None
    return Mention(post.field, post.end - len(tail), post.end, tail, "organization",
                   normalize_phrase(tail).capitalize(), rule="complement")


def positions_from_chain(chain: Sequence[Mention], units: Sequence[Mention], text: str) -> list[Position]:
    """Each post with its state/organisation: inside it, after it, or a state adjective before it."""
    out: list[Position] = []
    adj: Mention | None = None
    post: Mention | None = None
    found: list[Mention] = []
    prev: Mention | None = None

    def flush() -> None:
        if post is None:
            return
        inner = [u for u in units if u.type in _INSTITUTIONS and (_inside(u, post) or (
            post.start < u.start < post.end < u.end))]
        where = inner + found
        org = next((u for u in where if u.type == "organization"), None)
        state = next((u for u in where if u.type == "state"), None)
        place = next((u for u in where if u.type == "place"), None)
        if org is None and state is None and place is not None:
            org = place  # мэр Москвы: the city is where the post belongs
        adj_inside = next((u for u in units if u.type == "state_adj" and org is not None and _inside(u, org)), None)
        # глава палестинской делегации; секретарь Центрального комитета Трудовой партии Кореи
        country = (_country_of(state) or _country_of(adj) or _country_of(org) or _country_of(place)
                   or _country_of(adj_inside)
                   or next((c for u in where if u.type == "organization" and (c := _country_of(u))), None))
        # The evidence names the title and the state or organisation; a city gives the position
        # its place without being a name of the institution.  A state adjective that alone gives
        # the country comes last (the title stays first).
        where_spans = [u for u in dict.fromkeys(u for u in (org, state, *where) if u is not None)
                       if u.type in ("state", "organization")]
        after = min((u for u in where_spans if u.start >= post.end), key=lambda u: u.start, default=None)
        title = _title_span(post, inner, after, text)
        spans = [_where_span(_with_tail(u, post, units, text), title, text)
                 for u in sorted(where_spans, key=lambda u: u.start)]
        evidence = (title,) + tuple(dict.fromkeys(_joined(spans, text)))
        if adj is not None and state is None and country == _country_of(adj) and adj.end <= title.start:
            evidence += (adj.span,)  # британский премьер: the adjective is what names the country
        if org is None and state is None:
            org = _institution_in_title(post)  # спикер палаты представителей: named in the title's evidence
        out.append(Position(title=post.normal, org=org.normal if org else None, country=country,
                            source="text", evidence=evidence))

    for unit in chain:
        if unit.type == "post":
            if post is not None and prev is not None and prev.type == "post" and _inside(unit, post):
                continue
            flush()
            post, found = unit, []
            if prev is None or prev.type != "state_adj":
                adj = None
        elif unit.type == "state_adj":
            adj = unit
        elif post is not None and not (prev is not None and POST_HOST.match(text[prev.end:unit.start])):
            found.append(unit)
        prev = unit
    flush()
    return _ranks_share(out, text)


def _ranks_share(positions: list[Position], text: str) -> list[Position]:
    """A bare post right after another post's institution, with no comma, serves there too:
    ``представитель вооружённых сил полковник`` -> a colonel of the armed forces."""
    out = positions[:1]
    for before, p in zip(positions, positions[1:]):
        gap = text[before.evidence[-1].end:p.evidence[0].start] if before.evidence and p.evidence else ","
        if p.org is None and p.country is None and before.org is not None and not re.search(r"[,.;:!?()]", gap) \
                and len(gap.split()) <= 4:
            p = dataclasses.replace(p, org=before.org, country=before.country)
        out.append(p)
    return out


def _plain_titles(units: Sequence[Mention]) -> list[Mention]:
    """A post read from an ambiguous alias (``?лидер`` of the president) keeps its own words as
    the title, unless an unambiguous reading of the same words is there too."""
    sure = {(u.field, u.start, u.end) for u in units if u.type == "post" and u.rule != "gazetteer?"}
    out = []
    for u in units:
        if u.type == "post" and u.rule == "gazetteer?":
            if (u.field, u.start, u.end) in sure:
                continue
            u = dataclasses.replace(u, normal=normalize_phrase(u.text).lower(), ref=None)
        out.append(u)
    return out


def _plural(post: Mention) -> bool:
    """``представителями Путина``, ``кандидат в президенты``: a plural title is no apposition.  Its
    number is its head noun's (``Чрезвычайным и Полномочным Послом``: the adjectives may read plural)."""
    words = post.text.split()
    pos = [morph.parse(w)[1] for w in words]
    own = words[:pos.index("PREP")] if "PREP" in pos[1:] else words  # not "делах" of "поверенным в делах"
    head = next((w for w, p in zip(own, pos) if p == "NOUN"), own[-1])
    return "plur" in morph.parse(head)[2]


def case_hint(post: Mention | None) -> str | None:
    """The grammatical case of a post's first word (the name in apposition shares it)."""
    if post is None:
        return None
    m = _CASE.search(morph.parse(post.text.split()[0])[2])
    return m[1] if m else None


def _certain_case(post: Mention) -> bool:
    """The post's first word has one case whatever its reading (``Президентом``, ``Эмиру``)."""
    cases = {p.tag.case for p in morph.parses(post.text.split()[0].lower()) if p.tag.case and p.tag.number != "plur"}
    return len(cases) == 1


_PREPOSITION_CASE = {"с": "ablt", "со": "ablt", "к": "datv", "ко": "datv", "о": "loct", "об": "loct", "обо": "loct",
                     "при": "loct", "у": "gent", "от": "gent", "для": "gent", "без": "gent", "против": "gent",
                     "после": "gent", "до": "gent", "между": "ablt", "перед": "ablt", "над": "ablt"}
# Nouns of persons that govern a genitive rather than agree with the name (брат Т.Донилона).
_OF_SOMEONE = frozenset({
    "брат", "сестра", "сын", "дочь", "жена", "муж", "вдова", "отец", "мать", "семья", "внук", "внучка", "супруга",
    "супруг", "родственник", "друг", "соратник", "преемник", "предшественник", "сторонник", "противник",
    "адвокат", "племянник", "родитель",
})
_TIME_NOUNS = frozenset({"день", "год", "время", "утро", "вечер", "ночь", "неделя", "месяц", "раз", "момент",
                         "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"})
_WORD_BEFORE = re.compile(r"(?:^|[\s(«\"])([а-яё]+)\s+$")
_FOLD = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}


def context_case(text: str, start: int) -> str | None:
    """The case the word right before a name suggests: a preposition (``с`` -> instrumental), a
    noun that governs a genitive (``о назначении Тома Донилона``, ``семьей Нельсона Манделы``), a
    noun of a person in apposition (``христианке Асии Биби``)."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m[1]
    if word in _PREPOSITION_CASE:
        return _PREPOSITION_CASE[word]
    parses = morph.parses(word)
    first = parses[0] if parses else None
    if first is None or first.tag.POS != "NOUN" or first.tag.number != "sing" or not first.tag.case \
            or first.normal_form in _TIME_NOUNS:
        return None
    if "anim" in first.tag.grammemes and first.normal_form not in _OF_SOMEONE:
        return _FOLD.get(first.tag.case, first.tag.case)
    return "gent"


_AND = re.compile(r"^\s*(?:,|и)\s*$")


def _shared_posts(names: Sequence[Mention], units: Sequence[Mention],
                  text_of: Callable[[str], str]) -> dict[int, list[Position]]:
    """One plural post for two names, state by state: ``министры иностранных дел России и
    Китая Сергей Лавров и Ван И`` -> Lavrov for Russia, Wang Yi for China."""
    out: dict[int, list[Position]] = {}
    ordered = sorted(names, key=lambda n: (n.field, n.start))
    for first, second in zip(ordered, ordered[1:]):
        text = text_of(first.field)
        if first.field != second.field or not _AND.match(text[first.end:second.start]) or " и " not in \
                f" {text[first.end:second.start]} ":
            continue
        before = sorted((u for u in units if u.field == first.field and u.end <= first.start),
                        key=lambda u: u.end, reverse=True)
        states = [u for u in before if u.type == "state"][:2]
        posts = [u for u in before if u.type == "post" and _plural(u)]
        if len(states) < 2 or not posts:
            continue
        second_state, first_state, post = states[0], states[1], posts[0]
        if (text[second_state.end:first.start].strip() or not _AND.match(text[first_state.end:second_state.start])
                or text[post.end:first_state.start].strip()):
            continue
        title = Span(post.field, post.start, post.end, post.text, post.rule)
        for name, state in ((first, first_state), (second, second_state)):
            out[id(name)] = [Position(title=post.normal, country=state.ref, source="text",
                                      evidence=(title, state.span))]
    return out


def _owners(names: Sequence[Mention], text_of: Callable[[str], str]) -> dict[int, Mention]:
    """Name -> the name right before it, with nothing but a space between: that one owns the
    post before both (``пресс-секретарь Путина Дмитрий Песков``)."""
    out: dict[int, Mention] = {}
    ordered = sorted(names, key=lambda n: (n.field, n.start))
    for prev, name in zip(ordered, ordered[1:]):
        if prev.field == name.field and prev.end < name.start and not text_of(name.field)[prev.end:name.start].strip():
            out[id(name)] = prev
    return out


_SEAT = re.compile(r"\b(?:[Мм]есто|[Пп]ост|[Дд]олжность|[Кк]ресло)\s+$")
_TOOK = re.compile(r"\bзан(?:ял|яла|яли|имает|имал|имала)\s+(?:[а-яё-]+\s+)?$")


def _seat_taken(name: Mention, units: Sequence[Mention], text: str) -> list[Mention]:
    """``Место спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бенер``:
    the post named as a seat earlier in the sentence, with the institutions right after it."""
    if not _TOOK.search(text, max(0, name.start - 40), name.start):
        return []
    sentence = max(text.rfind(c, 0, name.start) for c in ".!?\n") + 1
    post = next((u for u in units if u.type == "post" and sentence <= u.start and u.end <= name.start
                 and _SEAT.search(text, max(0, u.start - 12), title_start(text, u.start))), None)
    if post is None:
        return []
    chain, cursor = [post], post.end
    for u in sorted((u for u in units if u.start >= post.end and u.end <= name.start), key=lambda u: u.start):
        if u.start < cursor:
            continue
        if u.type == "post" or not _link(text[cursor:u.start]):
            break
        chain.append(u)
        cursor = u.end
    return chain


_OPEN_BRACKET = re.compile(r"\s*\(\s*[«\"“„]?")
_CLOSE_BRACKET = re.compile(r"[»\"”]?\s*\)")


def _bracketed(positions: list[Position], name: Mention, units: Sequence[Mention], text: str) -> list[Position]:
    """A post before the name without an institution takes the organisation bracketed
    right after the name: ``архиепископ Лонгин Клинский (РПЦ МП)``."""
    if not positions or positions[-1].org is not None or positions[-1].country is not None:
        return positions
    opened = _OPEN_BRACKET.match(text, name.end)
    org = next((u for u in units if opened and u.start == opened.end() and u.type == "organization"
                and _CLOSE_BRACKET.match(text, u.end)), None)
    if org is None:
        return positions
    last = positions[-1]
    return positions[:-1] + [dataclasses.replace(last, org=org.normal, country=_country_of(org),
                                                 evidence=last.evidence + (org.span,))]


_ENTRY_DASH = re.compile(r"\s+[–—-]\s+")


def listed(name: Mention, text: str) -> bool:
    """An entry of a delegation list (``ЛАВРОВ Сергей Викторович – Министр …``, ``Батмунх БАТЦЭЦЭГ –
    член …``): a name with its surname in capitals, then a dash and the posts it holds."""
    return bool(_ENTRY_DASH.match(text, name.end)) and any(
        len(w) > 2 and w.isupper() for w in re.findall(r"[^\W\d_]+", name.text))


def find_persons(names: Sequence[Mention], units: Sequence[Mention],
                 text_of: Callable[[str], str]) -> list[PersonMention]:
    """Nominative names and text positions of PER mentions.  The posts of a delegation list's
    entry follow its dash, up to the next entry: none come from before it."""
    shared = _shared_posts(names, units, text_of)
    units = _plain_titles([u for u in units if u.type in _UNIT_TYPES and not (
        u.type == "post" and _plural(u) and not _ONE_OF_BEFORE.search(text_of(u.field), 0, u.start))])
    out: list[PersonMention] = []
    by_field: dict[str, list[Mention]] = {}
    for f in {n.field for n in names}:
        field_names = [n for n in names if n.field == f]
        by_field[f] = _with_complements([u for u in units if u.field == f], field_names, text_of(f))
    chains = {}
    owners = _owners(names, text_of)
    whole: dict[str, list[Mention]] = {}  # field -> outermost(its units): for the names no unit overlaps
    for name in names:
        text = text_of(name.field)
        same_field = [u for u in by_field[name.field] if not (u.start < name.end and name.start < u.end)]
        if len(same_field) < len(by_field[name.field]):
            chain_units = outermost(same_field)
        else:
            chain_units = whole.get(name.field) or whole.setdefault(name.field, outermost(same_field))
        entry = listed(name, text)
        starts = {} if entry else {n.start: n for n in names if n.field == name.field}
        owner = owners.get(id(name))
        if entry or any(id(name) == id(o) for o in owners.values()) or (
                _POST_GOES_ON.match(text, name.end) and _may_be_genitive(name)):
            # the owner of the next name's post: помощник госсекретаря [Хиллари Клинтон] Фил Гордон;
            # a name inside a post: помощник [Хиллари Клинтон] по европейским делам
            left = []
        else:
            left = _agreeing(_chain_left(dataclasses.replace(name, start=owner.start) if owner else name,
                                         chain_units, text), text) or _seat_taken(name, chain_units, text)
            posts = [u for u in left if u.type == "post"]
            if posts and (_holds_inner_post(posts[-1], name) or _in_another_case(posts[-1], name, text)):
                left = []
            elif posts and (decree := _BY_ACT.search(text, max(0, left[0].start - 16), left[0].start)) and not owner:
                left = []  # "Указом Президента Республики Казахстан Ержан Ашикбаев освобожден": the signer's post
            elif owner and posts and (decree or _case_clash(posts[-1], name, by_given_name=True)) \
                    and not _case_clash(posts[-1], owner):
                # "Указом Президента Кыргызской Республики Садыра Жапарова Айбек Молдогазиев назначен":
                # the post agrees with the name before, the one it titles
                same, _, right = chains[id(owner)]
                chains[id(owner)] = (same, left, right)
                left = []
        chains[id(name)] = (same_field, left, _chain_right(name, chain_units, text, starts))
    # A post after one name (``Яковлева - директор X, Разлогов - директор Y``) is not also
    # a post before the next name.
    claimed = {(u.field, u.start) for _s, _l, right in chains.values() for u in right}
    # (not a name repeated the other way round: "Ирина Подносова Подносова Ирина Леонидовна")
    # and only one right after a post: "Меня зовут Алымова Надежда" is one name
    owned = {id(o) for n in names if (o := owners.get(id(n))) and not set(o.text.split()) & set(n.text.split())
             and any(u.type == "post" and u.end <= o.start and not text_of(o.field)[u.end:o.start].strip()
                     for u in by_field[o.field])}
    for name in names:
        text = text_of(name.field)
        same_field, left, right = chains[id(name)]
        if any((u.field, u.start) in claimed for u in left):
            left = []
        positions = (_bracketed(positions_from_chain(left, same_field, text), name, same_field, text)
                     + positions_from_chain(right, same_field, text) + shared.get(id(name), []))
        if right and _COPULA_RIGHT.match(text[name.end:title_start(text, right[0].start)]):
            for chain in _also_chains(right[-1].end, outermost(same_field), text):
                positions += positions_from_chain(chain, same_field, text)
        positions = _appointer_state(positions, name, same_field, text)
        posts = [u for u in left if u.type == "post"]
        hint = case_hint(posts[-1]) if posts and not _COPULA_LEFT.match(text[left[-1].end:name.start]) else None
        strong = hint is not None and _certain_case(posts[-1])
        if not posts and id(name) in owned:  # "пресс-секретарь Путина Дмитрий Песков": the owner's genitive
            hint = "gent"
        hint = hint or context_case(text, name.start)
        out.append(PersonMention(name, normalize_name(name.text, hint, strong), tuple(dict.fromkeys(positions))))
    return _pronoun_posts(out, by_field, text_of)


_APPOINTING = re.compile(r"\b(?:appoint(?:ed|s)?|name[ds]?|nominat(?:ed|es)|назначил[аи]?|назначает|назначат)\b",
                         re.IGNORECASE)


def _appointer_state(positions: list[Position], name: Mention, units: Sequence[Mention], text: str) -> list[Position]:
    """A post with no state given by a state's act of appointment takes that state:
    ``Kazakhstan appointed Murat Nurtleu as foreign minister``."""
    if not any(p.country is None and p.org is None for p in positions):
        return positions
    sentence = max(text.rfind(c, 0, name.start) for c in ".!?\n") + 1
    state = max((u for u in units if u.type == "state" and sentence <= u.start and u.end <= name.start
                 and _APPOINTING.search(text, u.end, name.start)), key=lambda u: u.start, default=None)
    if state is None or _APPOINTING.search(text, state.end, name.start).start() - state.end > 3:
        return positions
    return [dataclasses.replace(p, country=state.ref) if p.country is None and p.org is None else p for p in positions]


_ALSO = re.compile(rf",\s+(?:а\s+)?(?:также|ещё|еще)(?=\s+{_COPULA}\s)")


def _also_chains(cursor: int, units: Sequence[Mention], text: str) -> list[list[Mention]]:
    """``он является депутатом парламента …, также является членом комитета``: the posts the
    same subject is given further on in the sentence."""
    end = min([i for i in (text.find(c, cursor) for c in ".!?\n") if i >= 0] + [len(text)])
    out = []
    for m in _ALSO.finditer(text, cursor, end):
        pseudo = Mention(units[0].field if units else "", m.end(), m.end(), "", "PER", "")
        chain = _chain_right(pseudo, units, text, {})
        if chain and _COPULA_RIGHT.match(text[m.end():title_start(text, chain[0].start)]):
            out.append(chain)
    return out


_PRONOUN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[А-ЯЁ][а-яё]*\s+(?:[а-яё]+\s+){0,2})?([Оо]н|[Оо]на)(?=\s)",
                      re.MULTILINE)


def _pronoun_posts(found: list[PersonMention], by_field: dict[str, list[Mention]],
                   text_of: Callable[[str], str]) -> list[PersonMention]:
    """``Леван Гачечиладзе … . В настоящий момент он является депутатом парламента``: a post
    given to ``он``/``она`` at the start of a sentence goes to the one person named in that
    sentence and the one before, named in the nominative."""
    out = list(found)
    for f, field_units in by_field.items():
        text = text_of(f)
        named = sorted((k for k, pm in enumerate(out) if pm.mention.field == f), key=lambda k: out[k].mention.start)
        chain_units = outermost(field_units)
        for m in _PRONOUN.finditer(text):
            pronoun = Mention(f, m.start(1), m.end(1), m[1], "PER", m[1])
            chain = _chain_right(pronoun, chain_units, text, {})
            if not chain or not _COPULA_RIGHT.match(text[pronoun.end:title_start(text, chain[0].start)]):
                continue
            previous = max(text.rfind(c, 0, m.start()) for c in ".!?\n")  # the end of the sentence before
            window = max(text.rfind(c, 0, max(0, previous)) for c in ".!?\n") + 1
            before = [k for k in named if window <= out[k].mention.start and out[k].mention.end <= pronoun.start]
            if not before or len({out[k].name.split()[-1] for k in before}) != 1 \
                    or out[before[-1]].mention.text != out[before[-1]].name:  # the subject, in the nominative
                continue
            k = before[-1]
            extra = [p for c in [chain, *_also_chains(chain[-1].end, chain_units, text)]
                     for p in positions_from_chain(c, field_units, text)]
            out[k] = dataclasses.replace(out[k], positions=tuple(dict.fromkeys(out[k].positions + tuple(extra))))
    return out

"""Agreements signed: titles, kinds, parties and periods from a signing sentence.

``подписано совместное заявление по итогам ... и Программа сотрудничества между
министерствами ... на 2026-2027 годы`` gives two agreements: the joint statement and
the programme (period 2026-01-01 to 2027-12-31).  The documents stand after the
trigger (``подписали соглашение о ...``) or before it (``Соглашение ... было подписано``);
a new document starts at ``и``/``,``/``;`` followed by a document noun.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Agreement, DateRange, Sentence, Span
from ..nlp import morph
from .context import DocContext

if TYPE_CHECKING:
    from .events import Draft

KINDS: tuple[tuple[str, str], ...] = (
    (r"совместн\w*\s+(?:заявлени|коммюнике|декларац)", "joint_statement"),
    (r"joint\s+statement", "joint_statement"),
    (r"меморандум|memorandum", "memorandum"),
    (r"(?:межправ)?соглашени|agreement", "agreement"),  # ("межправсоглашение": intergovernmental)
    (r"программ|programme|program", "program"),
    (r"декларац|declaration", "declaration"),
    (r"договор[её]нност", "agreement"),  # an understanding, not a treaty
    # a contract: "договоры по строительству АЭС", "договор на поставку газа" (not "договор на пять лет")
    (r"договор\w*\s+(?:по|на)\s+(?:\w+\s+)?(?:поставк|строительств|строени|закупк|разработк|оказани|реализаци"
     r"|проектировани|эксплуатаци|аренд|обслуживани|транзит)", "agreement"),
    (r"договор|treaty", "treaty"),
    (r"протокол|protocol", "protocol"),
    (r"план\b|плана\b|дорожн\w+\s+карт|roadmap|plan\b", "plan"),
    (r"заявлени|коммюнике|statement", "statement"),
    (r"контракт|конвенци|хартия|contract|convention", "agreement"),
)
_DOC_NOUN = "|".join(k for k, _ in KINDS)
_LEAD = r"(?:(?:совместн\w*|межправительственн\w*|двусторонн\w*|итогов\w*|новы\w*|ряд\w*)\s+)*"
# English words of a title before its kind, all capitalised ("a Cooperation Program", "the Strategic
# Partnership Agreement")
_EN_LEAD = r"(?-i:(?:[A-Z][a-z][\w-]*\s+){1,3}(?=[A-Z]))"
_START = re.compile(rf"(?i)\b(?:{_EN_LEAD}|{_LEAD})(?:{_DOC_NOUN})")
_SPLIT = re.compile(rf"(?i)(?:\s+и\s+|\s*[,;]\s+(?:а\s+также\s+)?)(?={_LEAD}(?:{_DOC_NOUN}))"
                    # "a Joint Statement and the Cooperation Program between …"
                    rf"|\s+and\s+(?=(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{_DOC_NOUN}))")
SIGN = re.compile(r"(?i)\bподпи[сш]\w+|\bsign\w*")  # подписали, подпишут
# where the documents of a signing follow: its verb ("подписали", "приняли", "заключили"), or the notes
# exchanged ("обменялись нотами о …")
_SIGNED = re.compile(rf"{SIGN.pattern}|\bнотами\b|\bграмотами\b|\bприн(?:ял|ят|има)\w*|\bзаключ\w*|\badopt\w*")


def kind_of(title: str) -> str:
    low = title.lower()
    # the first document noun of the title; among patterns matching there, the first in KINDS
    hits = [(m.start(), i, kind) for i, (pattern, kind) in enumerate(KINDS) for m in [re.search(pattern, low)] if m]
    return min(hits)[2] if hits else "other"


OBJECT_WINDOW = 40  # the documents signed start within a few words after the trigger
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-–•]\s*)?")
LIST_CUE = re.compile(r"(?i)список\s+документов|следующие\s+документы|пакет\s+документов|documents\s+signed"
                      r"|документы,?\s+(?:подписанные|принятые)"
                      r"|(?:подпи[сш]\w*|signed)\s*:\s*$")  # "По итогам переговоров подписаны:" and a list


def _object_region(text: str, sent: Sentence) -> tuple[int, int] | None:
    body = text[sent.start:sent.end]
    verbs = list(_SIGNED.finditer(body))
    if not verbs:
        item = _ITEM.match(body)
        head = _START.match(body, item.end())
        return (sent.start + head.start(), sent.end) if head else None  # an item of a list of documents
    for trig in verbs:  # the first verb the documents follow ("приняли участие в церемонии подписания соглашения")
        after = _START.search(body, trig.end())  # (the window bounds where a title starts, not where it ends)
        if after is not None and after.start() - trig.end() <= OBJECT_WINDOW:
            return sent.start + after.start(), sent.end
    trig = verbs[0]
    before = _START.search(body, 0, trig.start())
    if before is not None:  # (without an English passive's auxiliary: "The Cooperation Program … was signed")
        auxiliary = _AUXILIARY.search(body, before.end(), trig.start())
        return sent.start + before.start(), sent.start + (auxiliary.start() if auxiliary else trig.start())
    return None


_AUXILIARY = re.compile(r"\s+(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+)+(?:\w+ly\s+)?$")


# where a title ends: a comma before a clause ("совместное заявление, далее в их присутствии
# состоялась …", "договора на пять лет, что является …", "…, в соответствии с которым"), not before more of the title ("образования,
# квалификации и ученых степеней")
_CLAUSE_AFTER_COMMA = re.compile(r"\s*[,;]\s+(?=(?:(?:[а-яё]+\s+){1,3}котор[а-яё]+|далее|после|затем|что|который|которая|которое|которые|которых"
                                 r"|где|когда|а(?!(?i:\s+также\s+" + _LEAD + r"(?:" + _DOC_NOUN + r")))|но|однако|как"
                                 r"|в\s+том\s+числе|при\s+этом|подпи[сш]\w*|приня\w*|заключ\w*)\b)")


# an English title is followed by when it was signed ("an agreement on energy on Tuesday", "… last week")
_WHEN_AFTER = re.compile(r"\s+(?:(?:on|last|this|next|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                         r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
                         r"|November|December|week|month|year)\b|(?:yesterday|today)\b)")


def _title_end(text: str, start: int, end: int) -> int:
    cuts = [m.start() for m in (_CLAUSE_AFTER_COMMA.search(text, start, end), _WHEN_AFTER.search(text, start, end)) if m]
    return min(cuts, default=end)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    end = _title_end(text, start, end)
    out, cursor = [], start
    for m in _SPLIT.finditer(text, start, end):
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, end))
    return [(a, b - len(text[a:b]) + len(text[a:b].rstrip(" .;,\n"))) for a, b in out if text[a:b].strip()]


def is_list_item(ctx: DocContext, sent: Sentence, listing: "Draft") -> bool:
    """A sentence of the same paragraph that is a numbered document title (or its number)."""
    text = ctx.text(sent.field)
    last = listing.sentences[-1]
    body = sent.text
    item = _ITEM.match(body)
    # (a list set out line by line after a colon, its items marked: "подписаны:\n– Соглашение …;")
    marked = bool(item.group().strip()) and text[last.end:sent.start].count("\n") <= 1 \
        and (last.text.rstrip().endswith((":", ";")) or _ITEM.match(last.text).group().strip())
    if sent.field != last.field or "\n" in text[last.end:sent.start] and not marked:
        return False
    return bool(_START.match(body, item.end())) or bool(re.fullmatch(r"\s*\d{1,2}[.)]?\s*", body))


def title_spans(ctx: DocContext, sent: Sentence) -> list[tuple[int, int]]:
    text = ctx.text(sent.field)
    region = _region(ctx, sent)
    return [_without_when_and_where(ctx, sent, text, a, b) for a, b in _pieces(text, *region)] if region else []


_PLACE_PREPOSITION = re.compile(r"(?i)(?:^|\s)(?:в|во|in|at)\s*$")


def _without_when_and_where(ctx: DocContext, sent: Sentence, text: str, a: int, b: int) -> tuple[int, int]:
    """A title without the day it was signed or the place after it (``договор о союзнических
    отношениях 22 декабря 2022 года``, ``… в Ташкенте``): a period (``на 2026-2027 годы``) stays."""
    cut = b
    for d in ctx.dates_in(sent):
        if a < d.start < cut and d.range.precision in ("day", "month"):
            cut = d.start
    # a title holds no predicate: "межправсоглашением в Душанбе в скором времени будет создан … парк" ends
    # before the clause, and a place before that clause is where the thing will be, not the title's
    # (or at the clause's subject: "протоколом о поправках в договор … граждан двух стран россияне, …
    # живущие … могут")
    predicate = next((t.start for t in ctx.tokens_of(sent) if a < t.start < cut and (
        t.pos in ("VERB", "PRTS") or _people_subject(t.text)) and text.count("«", a, t.start) == text.count("»", a, t.start)), None)
    cut = predicate if predicate is not None else cut
    for m in ctx.mentions_in(sent, ("place",)):
        if a < m.start < cut and (predicate is not None or not text[m.end:b].strip(" .,;")) and (
                preposition := _PLACE_PREPOSITION.search(text[a:m.start])):
            cut = preposition.start() + a
    return a, len(text[:cut].rstrip(" ,"))


def _people_subject(word: str) -> bool:
    """A word only a nominative of people can be (``россияне``, ``белорусы``): no title's governed word."""
    parses = morph.parses(word) if re.fullmatch(r"[а-яё]+", word) else []
    return bool(parses) and all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" for p in parses)


def _region(ctx: DocContext, sent: Sentence) -> tuple[int, int] | None:
    """``_object_region`` of a sentence, computed once for the rules that ask for it."""
    key = ("object_region", sent)
    if key not in ctx.memo:
        ctx.memo[key] = _object_region(ctx.text(sent.field), sent)
    return ctx.memo[key]


def clause_end(ctx: DocContext, sent: Sentence) -> int:
    """Where the clause of the documents signed ends (``…, а Путин и Байден в телефонном разговоре
    выразили удовлетворение``: what follows is another clause), else the sentence's end."""
    region = _region(ctx, sent)
    cut = _CLAUSE_AFTER_COMMA.search(ctx.text(sent.field), *region) if region else None
    return cut.start() if cut else sent.end  # (not the time after an English title: the same clause)


def _period(ctx: DocContext, sent: Sentence, a: int, b: int) -> DateRange | None:
    for d in ctx.dates_in(sent):
        if a <= d.start and d.end <= b and d.range.precision == "year":
            return DateRange(f"{d.range.start}-01-01", f"{d.range.end}-12-31", "day", f"period: {d.text}")
    return None


def _parties(ctx: DocContext, sent: Sentence, a: int, b: int, fallback: list[str]) -> tuple[str, ...]:
    found = [m.ref for m in ctx.mentions_in(sent, ("state", "state_adj", "organization"))
             if a <= m.start and m.end <= b and m.ref and m.type != "organization"]
    found += [m.ref.split(":")[-1] for m in ctx.mentions_in(sent, ("organization",))
              if a <= m.start and m.end <= b and m.ref and ":" in m.ref]
    codes = [c for c in dict.fromkeys(found) if len(c) == 3 and c.isupper()]
    return tuple(codes or fallback)


def nominative_head(title: str) -> str:
    """The title as a document is named: its head noun and the adjectives before it in the nominative
    (``подписали Программу сотрудничества`` -> ``Программа сотрудничества``, ``Совместную декларацию``
    -> ``Совместная декларация``); a head with a nominative reading stays (``Соглашение``, ``Программы``)."""
    words = title.split(" ")
    for i, word in enumerate(words[:4]):
        readings = [p for p in morph.parses(word) if p.tag.POS in ("NOUN", "ADJF")]
        if not readings:
            return title
        if any(p.tag.case == "nomn" for p in readings):
            if any(p.tag.POS == "NOUN" for p in readings):
                return title
            continue
        if any(p.tag.POS == "NOUN" for p in readings):
            head = [morph.inflect(w, "nomn") for w in words[:i + 1]]
            return " ".join(head + words[i + 1:])
    return title


# a title that is only a kind of document ("совместное заявление", "Меморандум")
_KIND_ONLY = rf"(?i){_LEAD}(?:{_DOC_NOUN})\w*"
_GENERIC = re.compile(_KIND_ONLY)
# where a document's full name ends in a list or a heading: its date, a bracket, a line or sentence end, the
# next heading ("Совместное заявление Президента … и Президента … 13 марта 2025 года Список документов …")
_NAME_END = re.compile(r"\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[а-яё]+\s+\d{4}|\s*[.\n\[\]«»;:]|\s+(?:Список|Смотрите)\b")
NAME_REACH = 200


def fuller_title(ctx: DocContext, title: str) -> tuple[str, Span] | None:
    """The document's full name elsewhere in the item, when the signing names its kind only
    (``Лидеры подписали совместное заявление`` and, in the list of materials, ``Совместное
    заявление Президента Российской Федерации и Президента Республики Беларусь``): the one name
    that starts with the kind written with a capital and says more."""
    if not _GENERIC.fullmatch(title):
        return None
    head = re.compile(r"(?<![\w-])" + re.escape(title[:1].upper() + title[1:]) + r"\s+(?=[а-яё]*[А-ЯЁ]|между\b|о\b|об\b|по\b)")
    found: dict[str, Span] = {}
    for field in ("title", "text"):
        text = ctx.text(field)
        for m in head.finditer(text):
            end = _NAME_END.search(text, m.end(), m.end() + NAME_REACH)
            if end is None:
                continue
            name = " ".join(text[m.start():end.start()].split())
            if len(name.split()) >= len(title.split()) + 2:
                found.setdefault(name, Span(field, m.start(), end.start(), text[m.start():end.start()], "agreement"))
    return next(iter(found.items())) if len(found) == 1 else None


def extract(ctx: DocContext, d: "Draft", countries: list[str], date: DateRange) -> tuple[Agreement, ...]:
    """The agreements of a signing event, from each of its sentences."""
    out: list[Agreement] = []
    for sent in d.sentences:
        text = ctx.text(sent.field)
        for a, b in title_spans(ctx, sent):
            article = re.match(r"(?i)(?:the|an?)\s+", text[a:b])  # "the Cooperation Program": the title
            a += article.end() if article else 0
            title = nominative_head(" ".join(text[a:b].split()))
            evidence = (Span(sent.field, a, b, text[a:b], "agreement"),)
            fuller = fuller_title(ctx, title)
            if fuller is not None:  # (a kind alone carries no period)
                title, evidence = fuller[0], evidence + (fuller[1],)
            out.append(Agreement(title=title, kind=kind_of(title), parties=_parties(ctx, sent, a, b, countries),
                                 period=_period(ctx, sent, a, b), evidence=evidence))
    # "принято совместное заявление лидеров" and, listed, "Совместное заявление по итогам переговоров …": one
    unique = list({(x.kind, x.title): x for x in reversed(out)}.values())[::-1]  # (the first report of each)
    return tuple(x for x in unique if not (_NAMED_BY_KIND.fullmatch(x.title) and any(
        y.kind == x.kind and len(y.title) > len(x.title) + 20 for y in unique)))


# a document named by its kind and whose it is only ("совместное заявление лидеров")
_NAMED_BY_KIND = re.compile(_KIND_ONLY + r"(?:\s+(?:лидеров|сторон|глав\s+государств|президентов))?")

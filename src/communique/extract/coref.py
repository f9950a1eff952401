"""Nominal coreference: a post without a name as a mention of the person who holds it.

``Президент заявил``, ``глава МИД отметил``, ``кыргызский министр``, ``со своим китайским
коллегой``: a singular post (or ``коллега`` with a state adjective) that is no title of a name
becomes a mention of the one person of the document, named before it, who can be meant:

* the post's kind must fit one of the person's posts, from the text or the KB on the document's
  date: a head of state for ``президент`` or ``глава государства``, a foreign minister for
  ``глава МИД``, any minister for ``министр``; other posts by their title (``губернатор``);
* a state named with the post (``кыргызский министр``, ``президент России``, ``глава МИД
  Китая``) must be the state of that post;
* ``коллега`` is someone of the adjective's state holding the post of the person the sentence
  speaks of before it (``министр иностранных дел КР … со своим китайским коллегой``).

Precision first: nothing is resolved unless exactly one person fits.  Posts of the office
rather than the person (``пост президента``, ``выборы президента``), former holders
(``экс-глава МИД``), plural posts and generic titles with no state (``глава``, ``директор``)
are left alone.  The mention keeps the rule ``coref``.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import cache

from ..model import Actor, Mention, Position, Span, Token
from ..nlp import morph
from .persons import _country_of, _plural, case_hint
from .phrases import INSTITUTION_HEADS, LIST_JOIN, title_start

RULE = "coref"

# Kinds of post matched by category: ``президент`` is the head of state whatever the title.
_BY_CATEGORY = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
_ANY_MINISTER = frozenset({"minister", "foreign_minister"})  # ``министр`` alone
# Kinds of post precise enough to resolve with no state named; the others (``глава``,
# ``директор``, ``председатель``, ``лидер``) only with one.
_SPECIFIC = _BY_CATEGORY | frozenset({"minister", "deputy_minister", "ambassador", "royal", "legislator",
                                      "spokesperson"})
_SPECIFIC_TITLES = frozenset({"губернатор", "мэр", "вице-президент", "генеральный прокурор", "пресс-секретарь"})
_TOO_GENERIC = frozenset({"представитель", "депутат", "сенатор", "член"})
# The office, not its holder: ``с поста президента``, ``выборы президента``, ``кандидат в президенты``.
_OFFICE = re.compile(r"(?:\b(?:пост|поста|посту|постом|посте|должност[ьиюей]|выбор[а-я]*|кандидат[а-я]*|"
                     r"инаугураци[а-я]*|импичмент[а-я]*|переизбрани[а-я]*|"
                     r"кресл[оаеу]|мест[оаеу]|полномочи[яейм]*|обязанност[иейям]*|качестве|звани[яеию]|"
                     r"срок[а-я]*|институт[а-я]*|сменить|смене|преемник[а-я]*)\s+(?:[а-яё]+\s+)?)$", re.IGNORECASE)
# Another holder of the post: ``бывшего пророссийского президента``, ``45-го президента``.
_OTHER_HOLDER = re.compile(r"(?:\b(?:бывш[а-яё]+|экс|прежн[а-яё]+|нов[а-яё]+|будущ[а-яё]+|следующ[а-яё]+|"
                           r"последн[а-яё]+|перв[а-яё]+|предыдущ[а-яё]+|очередн[а-яё]+)|\d+-?[а-я]{0,3})"
                           r"[\s-]+(?:[а-яё-]+\s+){0,2}$", re.IGNORECASE)
_NEXT_NAME = re.compile(r"^[\s«\"“„]*[A-ZА-ЯЁ]")
_SENTENCE_END = ".!?\n"


@dataclasses.dataclass(frozen=True)
class Nominal:
    """A post (or ``коллега``) that may name a person of the document."""

    span: Span
    title: str | None  # the post's normal title (None: any post of ``categories``)
    categories: frozenset[str]  # the kinds of post it may be
    country: str | None
    org: str | None = None  # an institution named after it that is no state (``мэр Краснодара``)


@cache
def _post_categories() -> dict[str, str]:
    """Post title or alias (lower case) and post id -> category."""
    from .. import resources

    out: dict[str, str] = {}
    for p in resources.posts():
        for name in (p.id, p.title_ru, *p.aliases_ru):
            if name and not name.startswith("?"):
                out[name.lower()] = p.category
    return out


@cache
def _body_heads() -> dict[str, tuple[str, str]]:
    """Body id -> (title, category) of the minister heading it (``mfa`` -> foreign minister)."""
    from .. import resources

    out: dict[str, tuple[str, str]] = {}
    for p in resources.posts():
        if p.body and p.category in ("head_of_government", "foreign_minister", "minister"):
            out.setdefault(p.body, (p.title_ru, p.category))
    return out


def _category(title: str | None) -> str | None:
    if not title:
        return None
    categories = _post_categories()
    return categories.get(title.lower()) or categories.get(title.lower().split()[0])


def _fits(position: Position, nominal: Nominal) -> bool:
    """A post of the person that the nominal may stand for.  The KB's posts are those held on
    the document's date; with no date, every post the person ever held, so that two possible
    holders keep each other out."""
    if nominal.country and position.country != nominal.country:
        return False
    if nominal.org and (position.org or "").lower() != nominal.org.lower():
        return False
    category = _category(position.title)
    if nominal.title is None:  # коллега, глава польского МИД: a post of that kind
        return category in nominal.categories
    if nominal.title == "министр":
        return category in _ANY_MINISTER
    if nominal.categories & _BY_CATEGORY:
        return category in nominal.categories
    return position.title.lower() == nominal.title.lower()


def _order(field: str) -> int:
    return 0 if field == "title" else 1


def _before(span: Span, nominal: Span) -> bool:
    return (_order(span.field), span.start) < (_order(nominal.field), nominal.start)


def _institution_after(start: int, end: int, field: str, units: Sequence[Mention], text: str) -> Mention | None:
    """A state, organisation or place right after a post or across its end (``президент России``,
    ``глава [МИД] Китая``, ``мэр Краснодара``)."""
    return next((u for u in units if u.field == field and u.type in ("state", "organization", "place") and (
        (u.start >= end and not text[end:u.start].strip(" «\"“„")) or start < u.start < end < u.end)), None)


def _adjective_before(start: int, field: str, units: Sequence[Mention], text: str) -> Mention | None:
    """A state adjective right before a title (``кыргызский министр``, ``китайским коллегой``)."""
    head = title_start(text, start)
    return next((a for a in units if a.field == field and a.type == "state_adj" and a.end <= head
                 and not text[a.end:head].strip()), None)


def _institution_end(end: int, field: str, units: Sequence[Mention], text: str) -> int:
    """The end of the institutions right after a post (``министр иностранных дел`` + ``КНР``)."""
    moved = True
    while moved:
        moved = False
        for u in units:
            if u.field == field and u.type in ("state", "organization", "place") and u.start >= end \
                    and not text[end:u.start].strip(" «\"“„") and u.end > end:
                end, moved = u.end, True
    return end


_CONCERN = re.compile(r"\s+по\s+(?:вопросам|делам|задачам)\s+")
_CONCERN_WORDS = re.compile(r"(?:[\w-]+\s+){1,5}")  # the words of a concern, no mark between them
CONCERN_REACH = 60
_NEXT_WORD = re.compile(r"^\s+([а-яё][а-яё-]+)")


def _complemented(text: str, end: int) -> bool:
    """A post of some institution named in lower case: ``президент компании``, ``глава клуба``."""
    m = _NEXT_WORD.match(text[end:end + 40])
    return m is not None and morph.lemma(m[1]) in INSTITUTION_HEADS


def _inside_another(u: Mention, units: Sequence[Mention], types: tuple[str, ...]) -> bool:
    return any(o.field == u.field and o.type in types and o.start <= u.start and u.end <= o.end
               and (o.start, o.end) != (u.start, u.end) for o in units)


def _no_person(u: Mention, units: Sequence[Mention], taken: Sequence[Span], text: str) -> bool:
    """A post that names no person by itself: a title of a name, the office, another holder,
    a post given by a verb, a post of some institution, a word of a longer post or name."""
    start = title_start(text, u.start)
    after = _institution_end(u.end, u.field, units, text)
    concern = _CONCERN.match(text, after)
    if concern is not None:  # "министр по вопросам Brexit Дэвид Дэвис": the concern, then the name
        after = max((o.end for o in units if o.field == u.field and o.start == concern.end()
                     and o.type in ("initiative", "organization", "state")), default=after)
        # "министр по вопросам выхода из Евросоюза Дэвид Дэвис": a concern of a few words, then the name
        after = next((s.start for s in taken if s.field == u.field and 0 <= s.start - concern.end() <= CONCERN_REACH
                      and _CONCERN_WORDS.fullmatch(text[concern.end():s.start])), after)
    return (any(s.field == u.field and s.start < after and start < s.end for s in taken)
            or _NEXT_NAME.match(text[after:after + 4]) is not None  # a title of a name NER missed
            or case_hint(u) == "ablt"  # стал президентом: a post given, not a person named
            or _complemented(text, u.end)
            or u.text.lower().startswith("экс")
            or _OFFICE.search(text, max(0, start - 40), start) is not None
            or _OTHER_HOLDER.search(text, max(0, start - 60), start) is not None
            or _inside_another(u, units, ("post", "organization", "initiative"))
            or _in_list_of_posts(u, units, text))


_LIST_OF_POSTS = 3  # "будут избраны президент, вице-президент, сенаторы …": offices, not their holders


def _in_list_of_posts(u: Mention, units: Sequence[Mention], text: str) -> bool:
    """A post listed with at least two others (``президент, вице-президент, сенаторы и губернаторы``):
    the offices, not a person."""
    posts = sorted((o for o in units if o.field == u.field and o.type == "post"), key=lambda o: o.start)
    chain = [u]
    for step in (-1, 1):
        at = posts.index(u)
        while 0 <= at + step < len(posts):
            a, b = (posts[at + step], posts[at]) if step < 0 else (posts[at], posts[at + step])
            if not LIST_JOIN.fullmatch(text[a.end:b.start]):
                break
            at += step
            chain.append(posts[at])
    return len(chain) >= _LIST_OF_POSTS


def _post_nominals(units: Sequence[Mention], taken: Sequence[Span], text_of: Callable[[str], str]) -> list[Nominal]:
    out = []
    for u in units:
        if u.type != "post" or u.rule != "gazetteer" or _plural(u):
            continue
        text = text_of(u.field)
        if _no_person(u, units, taken, text):
            continue
        start = title_start(text, u.start)
        title = u.normal
        category = _category(u.ref) or _category(title)
        adj = _adjective_before(u.start, u.field, units, text)
        inst = _institution_after(u.start, u.end, u.field, units, text)
        national = inst is not None and (inst.type == "state" or ":" in (inst.ref or ""))
        if title == "лидер" and (national or adj is not None):  # российский лидер, лидер Китая
            title, category = None, "head_of_state"
        head = _body_heads().get(inst.ref.split(":")[0]) if national and category == "org_head" else None
        if head is not None:  # глава польского МИД: the head of a national body holds its post
            title, category = (None if head[1] in _BY_CATEGORY else head[0]), head[1]
        country = _country_of(inst) if national else _country_of(adj)
        org = inst.normal if inst is not None and not national else None
        if (title or "").lower() in _TOO_GENERIC or (national and country is None) or (
                country is None and org is None and category not in _SPECIFIC
                and (title or "").lower() not in _SPECIFIC_TITLES):
            continue
        first = adj.start if adj is not None else start
        out.append(Nominal(Span(u.field, first, u.end, text[first:u.end], RULE), title,
                           frozenset({category} if category else ()), country, org))
    return out


def _colleague_nominals(tokens: Sequence[Token], units: Sequence[Mention], persons: Sequence[Actor],
                        text_of: Callable[[str], str]) -> list[Nominal]:
    """``со своим китайским коллегой``: the person of that state holding the post the sentence
    spoke of before (a post mention, else the posts of the person named last before it)."""
    return [Nominal(span, None, frozenset(categories), country)
            for span, country, titles, categories, apposed in _colleagues(tokens, units, persons, text_of)
            if categories and not apposed]


def _colleagues(tokens: Sequence[Token], units: Sequence[Mention], persons: Sequence[Actor],
                text_of: Callable[[str], str]) -> list[tuple[Span, str, list[str], set[str], bool]]:
    """Each ``<state adjective> коллега``: its span, the adjective's state, the titles and kinds
    of the post spoken of before it in the sentence, and whether a name follows in apposition
    (``со своим английским коллегой Марком Седвиллом``)."""
    out = []
    for t in tokens:
        if t.lemma != "коллега" or "plur" in morph.parse(t.text)[2]:
            continue
        text = text_of(t.field)
        adj = _adjective_before(t.start, t.field, units, text)
        if adj is None or not _country_of(adj):
            continue
        sentence = max(text.rfind(c, 0, adj.start) for c in _SENTENCE_END) + 1
        post = max((u for u in units if u.field == t.field and u.type == "post" and sentence <= u.start
                    and u.end <= adj.start), key=lambda u: u.start, default=None)
        titles = [post.normal] if post is not None else []
        categories = {_category(post.ref) or _category(post.normal)} - {None} if post is not None else set()
        if not categories:
            named = [(m.start, p) for p in persons for m in p.mentions
                     if m.field == t.field and sentence <= m.start and m.end <= adj.start]
            if named:
                holder = max(named, key=lambda x: x[0])[1]
                titles = titles or [p.title for p in holder.positions]
                categories = {_category(p.title) for p in holder.positions} - {None}
        out.append((Span(t.field, adj.start, t.end, text[adj.start:t.end], RULE), _country_of(adj), titles,
                    categories, _NEXT_NAME.match(text[t.end:t.end + 4]) is not None))
    return out


def _apposed_colleagues(actors: Sequence[Actor], tokens: Sequence[Token], units: Sequence[Mention],
                        text_of: Callable[[str], str]) -> list[Actor]:
    """``Болтон встретился со своим английским коллегой Марком Седвиллом``: the person named right
    after the colleague, of no state the text or the KB gives, holds the post spoken of before, in
    the adjective's state."""
    persons = [a for a in actors if a.kind == "person"]
    found: dict[str, Position] = {}
    for span, country, titles, _, apposed in _colleagues(tokens, units, persons, text_of):
        if not apposed or not titles:
            continue
        tail = text_of(span.field)[span.end:span.end + 4]
        at = span.end + len(tail) - len(tail.lstrip(" «\"“„"))
        person = next((p for p in persons if any(m.field == span.field and m.start == at for m in p.mentions)), None)
        if person is not None and person.country is None and not any(p.country for p in person.positions):
            found[person.id] = Position(title=titles[0], country=country, source="text", evidence=(span,))
    return [dataclasses.replace(a, country=found[a.id].country, positions=a.positions + (found[a.id],))
            if a.id in found else a for a in actors]


def resolve_nominals(actors: Sequence[Actor], units: Sequence[Mention], tokens: Sequence[Token],
                     text_of: Callable[[str], str]) -> list[Actor]:
    """The actors, each person with the nominal mentions that can only be theirs."""
    actors = _apposed_colleagues(actors, tokens, units, text_of)
    persons = [a for a in actors if a.kind == "person"]
    taken = [*(m for p in persons for m in p.mentions),
             *(e for p in persons for pos in p.positions for e in pos.evidence)]
    nominals = _post_nominals(units, taken, text_of) + _colleague_nominals(tokens, units, persons, text_of)
    found: dict[str, list[Span]] = {}
    for n in nominals:
        fitting = [p for p in persons if any(_before(m, n.span) for m in p.mentions)
                   and any(_fits(pos, n) for pos in p.positions)]
        if len(fitting) == 1:
            found.setdefault(fitting[0].id, []).append(n.span)
    if not found:
        return list(actors)
    return [dataclasses.replace(a, mentions=tuple(sorted(a.mentions + tuple(found[a.id]),
                                                         key=lambda m: (m.field, m.start))))
            if a.id in found else a for a in actors]

"""What the event builder needs to know about a document, computed once.

Where each actor is mentioned, which sentence a span is in, the publication
(or dateline) date and the dateline place, and the publisher's principal
(kremlin.ru speaks for the Russian president: "Переговоры с Президентом Вьетнама").
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache, cached_property
from typing import Any, TypeVar

from .. import resources
from ..model import Actor, Analysis, DateMention, Mention, Sentence, Span, Token
from .actors import actor_id
from .coref import _body_heads, _category
from .dates import DATELINE, DATELINE_WINDOW, RU_MONTH, reference_date

T = TypeVar("T")

GENERAL_HEADS = frozenset({"head", "head-of"})  # posts.tsv: "глава", "руководитель" of any organisation


RELATED = re.compile(r"\bСмотрите также\b|\bSee also\b")
# kremlin.ru runs its links into the text: "Смотрите также Беседа с Президентом Кубы … 7 мая 2025 года <text>";
# each link ends with its date
RELATED_LINK = re.compile(rf"\s*:?\s*[^.!?\n]{{3,240}}?\s\d{{1,2}}\s+{RU_MONTH}\s+\d{{4}}\s+года", re.I)
COORDINATION = re.compile(r"\s+и\s+|,\s*|\s+and\s+(?:the\s+)?")
OF_STATE = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")  # "Ministers of Foreign Affairs of the Kyrgyz Republic"
# a speaker's turn in a transcript: "В.Путин:", "В.Путин :", "Д.Трамп (как переведено):"
# (The capital first, the test of the character before it after it: a pattern opening on a
# class of characters is searched for that class, much faster than one opening on a lookbehind.)
SPEAKER = re.compile(r"[А-ЯЁ](?<![\w.][А-ЯЁ])\.(?:\s?[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s?(?:\([^)]{0,40}\)\s?)?:(?=\s)")
# "[Приложение: Участники беседы с …]": a section appended to the item
APPENDIX = re.compile(r"\[Приложение:\s*(?P<title>[^\]\n]*)\]")
# appended sections that report the item's own events: the documents signed
REPORTING_APPENDIX = re.compile(r"\bдокумент|\bподписан", re.I)
# a link to another item, its lead cut short ("… Об этом заявил президент страны Владимир... "): a short
# paragraph ending in three dots and a space
TEASER = re.compile(r"(?m)^[^\n]{20,400}?\w\.\.\.[ \t]+$")


@dataclasses.dataclass(frozen=True)
class Located:
    """An actor named at a span."""

    actor: Actor
    span: Span


@dataclasses.dataclass(frozen=True)
class Publisher:
    pattern: str
    country: str
    post: str


@cache
def publishers() -> tuple[Publisher, ...]:
    from .. import resources

    return tuple(Publisher(r["pattern"], r["country"], r["post"]) for r in resources.read_table("publishers.tsv"))


def _state_name(iso3: str) -> str:
    from .. import resources

    state = resources.state_by_iso3().get(iso3)
    return state.name_ru if state is not None else iso3


def kb_actor(tenure, lang: str | None = None) -> Actor:
    """An actor for a KB person the text does not name (by name); named in English in an English text."""
    from ..model import Position

    name = tenure.name_en if lang == "en" and tenure.name_en else tenure.name_ru
    return Actor(id=actor_id("person", f"kb:{tenure.person_id}"), kind="person", name=name,
                 country=tenure.country if len(tenure.country) == 3 and tenure.country.isupper() else None,
                 positions=(Position(tenure.post, tenure.org or None, tenure.country, tenure.start or None,
                                     tenure.end or None, "kb"),), ref=tenure.person_id)


# a post named as a post, not as its holder: "с поста министра иностранных дел", "на должность посла"
# the office, not its holder: "с поста министра", "выборы президента", "инаугурация главы Белого дома"
AS_A_POST = re.compile(r"(?i)\b(?:пост[аеу]?|должност(?:и|ь|ью)|выбор\w*|переизбрани\w*|инаугураци\w*)[»\"“”]?\s+$")
# (also a deputy's: "назначен заместителем секретаря Совета безопасности" names no secretary)
NOT_THE_HOLDER = re.compile(r"(?i)(?:\b(?:бывш|прежн|избранн|будущ|former|elect)\w*\s+(?:\w+\s+)?|(?:экс|ex)-\s*"
                            r"|\b(?:заместител|deputy\s)\w*\s+)$")

FORMER_POST = re.compile(r"(?i)(?:экс|ex)-|бывш|former\s")


def former_title(text: str, post: Mention) -> bool:
    """A post mention naming a former or future holder: ``экс-канцлер``, ``бывший госсекретарь``."""
    return bool(FORMER_POST.match(post.text)) or NOT_THE_HOLDER.search(text[max(0, post.start - 24):post.start]) \
        is not None


def _not_the_holder(text: str, start: int) -> bool:
    """A post at ``start`` names no one holding it on the day: a former or future holder's
    (``бывший госсекретарь США``, ``избранный президент``) or the post itself (``с поста министра``)."""
    before = text[max(0, start - 24):start]
    return NOT_THE_HOLDER.search(before) is not None or AS_A_POST.search(before) is not None


# "с лидерами Вышеградской группы - ", "с главами правительств стран ": the states are the holders' own
_HOLDERS_OF = re.compile(r"(?i)\b(?:с|со)\s+(?:лидерами|главами|руководителями|министрами|представителями|"
                         r"коллегами|делегациями|президентами|премьер-министрами)"
                         r"(?:\s+[а-яё-]+){0,4}?(?:\s+[–—-])?\s+$")
_LISTED = re.compile(r"\s*(?:,|и|,\s*а\s+также)\s*")


def _by_sentence(sentences: Sequence[Sentence], items: Iterable[T], span: Callable[[T], Any]) -> dict[tuple, list[T]]:
    """The items lying inside each sentence, keyed by (field, start, end), in the items' order
    (every sentence has its list, empty or not)."""
    out: dict[tuple, list[T]] = {(s.field, s.start, s.end): [] for s in sentences}
    starts: dict[str, list[int]] = {}
    bounds: dict[str, list[Sentence]] = {}
    for s in sorted(sentences, key=lambda s: (s.field, s.start)):
        starts.setdefault(s.field, []).append(s.start)
        bounds.setdefault(s.field, []).append(s)
    for item in items:
        where = span(item)
        k = bisect.bisect_right(starts.get(where.field, ()), where.start) - 1
        if k >= 0:
            s = bounds[where.field][k]
            if where.end <= s.end:
                out[(s.field, s.start, s.end)].append(item)
    return out


def _state_of(m: Mention) -> str | None:
    """The state a mention names: a state, its adjective, or one of its places."""
    if m.type in ("state", "state_adj") and m.ref and len(m.ref) == 3:
        return m.ref
    if m.type == "place" and m.ref and ":" in m.ref:
        return m.ref.split(":")[0]
    return None


def _holders_of(category: str, country: str, date: str) -> tuple:
    """The KB tenures of the state's posts of this category (``head_of_government``) held on the date."""
    from ..kb import persons as kb

    return tuple(t for t in kb.holders_on(country, date) if _category(t.post) == category)


@cache
def _states_of_posts() -> dict[str, str]:
    """post id -> the state of its body, for the posts of one state's body (``премьер Госсовета КНР``)."""
    states = {b.id: b.iso3 for b in resources.bodies() if b.iso3}
    return {p.id: states[p.body] for p in resources.posts() if p.body in states}


def _of_one_state(post: Mention) -> Mention | None:
    """A post of one state's body whose words name the state (``премьер Госсовета КНР``) as the mention of
    that state; not a title other states share (``госсекретарь по вопросам Brexit``)."""
    if not re.search(r"\b[А-ЯЁA-Z]{2,4}\b", post.text):
        return None
    iso3 = _states_of_posts().get(post.ref or "")
    return dataclasses.replace(post, ref=iso3) if iso3 else None


class DocContext:
    """Indexes over one analysis used by the event builder."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.doc = analysis.document
        ref, reason = reference_date(self.doc)
        self.ref_date = ref.isoformat() if ref else None
        self.ref_reason = reason
        self.located: list[Located] = sorted(
            (Located(a, m) for a in analysis.actors for m in a.mentions), key=lambda x: (x.span.field, x.span.start))
        self.tokens_by_sentence: list[list[Token]] = [[] for _ in analysis.sentences]
        for t in analysis.tokens:
            self.tokens_by_sentence[t.sentence].append(t)
        persons = [m for a in analysis.actors if a.kind == "person" for m in a.mentions]
        # an ambiguous alias inside a person's name is the name ("Доминика Рааба" is no Dominica)
        self.lexical: list[Mention] = [
            m for m in analysis.mentions
            if m.rule and m.rule not in ("slovnet", "en-names")
            and not (m.rule.endswith("?") and any(p.field == m.field and p.start < m.end and m.start < p.end
                                                  for p in persons))]
        self.related = self._related_sections()
        self.speech, self.asides = self._layout()
        # what lies inside each sentence, in the order of the lists above (the rules ask per sentence)
        sentences = analysis.sentences
        self._located_in = _by_sentence(sentences, self.located, lambda x: x.span)
        self._lexical_in = _by_sentence(sentences, self.lexical, lambda m: m)
        self._dates_in = _by_sentence(sentences, analysis.dates, lambda d: d)
        self.memo: dict = {}  # results the event rules ask for more than once (keyed by their rule)

    def in_sentence(self, sent: Sentence, kinds: tuple[str, ...] = ("person",)) -> list[Located]:
        found = self._located_in.get((sent.field, sent.start, sent.end))
        if found is None:  # not one of the document's sentences
            found = [x for x in self.located if x.span.field == sent.field
                     and sent.start <= x.span.start and x.span.end <= sent.end]
        return [x for x in found if x.actor.kind in kinds]

    def _related_sections(self) -> list[tuple[int, int]]:
        """``Смотрите также ...`` links to other items, not this one's events: the dated links that
        follow it (kremlin.ru, all on one line), else its paragraph."""
        text = self.doc.text
        out = []
        if "Смотрите также" not in text and "See also" not in text:  # (RELATED's words, cheaper to look for)
            return out
        for m in RELATED.finditer(text):
            end, link = m.end(), RELATED_LINK.match(text, m.end())
            while link is not None:  # dated links, one after another
                end = link.end()
                link = RELATED_LINK.match(text, end)
            if end == m.end():  # a paragraph of links
                newline = text.find("\n", m.end())
                end = newline if newline >= 0 else len(text)
            out.append((m.start(), end))
        return out

    def index_of(self, sent: Sentence) -> int:
        """The index of the document's sentence that holds ``sent`` (which may be a part of it)."""
        return next(i for i, s in enumerate(self.analysis.sentences)
                    if s.field == sent.field and s.start <= sent.start and sent.end <= s.end)

    def tokens_of(self, sent: Sentence) -> list[Token]:
        return [t for t in self.tokens_by_sentence[self.index_of(sent)] if sent.start <= t.start < sent.end]

    def related_end(self, sent: Sentence) -> int | None:
        """Where the links a sentence starts in end (the sentence may run on into the text)."""
        if sent.field != "text":
            return None
        return next((b for a, b in self.related if a <= sent.start < b), None)

    def _layout(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Transcript turns (from the first ``В.Путин:`` to the first appendix) and appended
        sections that list participants or reproduce texts rather than report the item's events."""
        text = self.doc.text
        appendices = list(APPENDIX.finditer(text))
        body_end = appendices[0].start() if appendices else len(text)
        first_turn = SPEAKER.search(text, 0, body_end)
        speech = [(first_turn.start(), body_end)] if first_turn else []
        asides = []
        for i, m in enumerate(appendices):
            end = appendices[i + 1].start() if i + 1 < len(appendices) else len(text)
            if not REPORTING_APPENDIX.search(m["title"]):
                asides.append((m.start(), end))
        asides += [(m.start(), m.end()) for m in TEASER.finditer(text)]
        return speech, asides

    def in_speech(self, sent: Sentence) -> bool:
        """Said by a speaker of a transcript: the talks' content, not news the item reports."""
        return sent.field == "text" and any(a <= sent.start < b for a, b in self.speech)

    def is_aside(self, sent: Sentence) -> bool:
        return sent.field == "text" and any(a <= sent.start < b for a, b in self.asides)

    def post_references(self, sent: Sentence, date: str | None) -> list[Located]:
        """Officials named by post and state only (``Председатель КНР прибыл``): the person of the
        document who holds that post, else the KB holder on the date."""
        text = self.text(sent.field)
        posts = self.mentions_in(sent, ("post",))
        states = self.mentions_in(sent, ("state",))
        adjectives = self.mentions_in(sent, ("state_adj",))
        named = self.in_sentence(sent, ("person",))
        out: list[Located] = []
        for post in posts:
            head = self._head_of_body(sent, post, date, named)
            if head is not None:  # "глава украинского МИДа": the foreign minister of Ukraine
                if all(x.actor.id != head.actor.id or x.span != head.span for x in out):
                    out.append(head)
                continue
            # (or sharing its last word: "президентом Республики" and "Республики Корея")
            state = next((s for s in states if post.start <= s.start and s.end <= post.end
                          or post.start < s.start < post.end < s.end), None) or next(
                (s for s in states if s.start >= post.end and OF_STATE.fullmatch(text[post.end:s.start])), None) or next(
                (a for a in adjectives if a.end <= post.start and not text[a.end:post.start].strip()), None) or (
                _of_one_state(post))
            if state is None:  # "российского президента": the adjective names the state
                continue
            end = max(post.end, state.end)
            start = min(post.start, state.start)
            if any(0 <= x.span.start - end <= 2 for x in named):
                continue
            if _not_the_holder(text, start) or former_title(text, post):  # "экс-канцлер Германии"
                continue
            pairs = [(state, Span(sent.field, start, end, text[start:end], "post+state"))]
            # "министров иностранных дел Кыргызстана и Китая": one post, two states
            other = next((s for s in states if s.start > state.end and COORDINATION.fullmatch(text[state.end:s.start])),
                         None) if state.start >= post.end else None
            if other is not None:
                pairs.append((other, Span(sent.field, other.start, other.end, other.text, "post+state")))
            holders = []
            for where, span in pairs:
                actor = self._holder_in_text(post.normal, where.ref) or self._holder_in_kb(post.normal, where.ref, date)
                if post.rule == "gazetteer?" and not (actor in self.analysis.actors and self._named_in_item(actor)):
                    # "лидер ФРГ" may be the chancellor: the president only when the item names him, else
                    # the one head of state or government of that state the item names
                    actor = self._leader_in_text(where.ref)
                holders.append((actor, where, span))
            for actor, where, span in holders:
                if actor is None and len(holders) > 1 and any(a is not None for a, _, _ in holders):
                    # "министров обороны России и США" when the KB knows Russia's alone: the USA stands in
                    actor = self.state_actor(where.ref)
                if actor is not None:
                    out.append(Located(actor, span))
        return out

    def _head_of_body(self, sent: Sentence, post: Mention, date: str | None, named: list[Located]) -> Located | None:
        """A general head's title before a state's body (``глава украинского МИДа``, ``руководитель
        МИД Японии``) is the post that heads the body (``coref._body_heads``), held by the person of the
        item who holds it, else by the KB's holder on the date; None when a name follows (it is that
        person's title)."""
        if post.ref not in GENERAL_HEADS:
            return None
        text = self.text(sent.field)
        body = next((m for m in self.mentions_in(sent, ("organization",))
                     if m.start >= post.end and not text[post.end:m.start].strip() and m.ref and ":" in m.ref), None)
        if body is None:  # "глава Белого дома": the office a residence stands for
            body = next((m for m in self.mentions_in(sent, ("place",)) if m.start >= post.end
                         and not text[post.end:m.start].strip() and m.normal in resources.residence_heads()), None)
        if body is None or any(0 <= x.span.start - body.end <= 2 for x in named):
            return None
        if _not_the_holder(text, post.start):
            return None
        if body.type == "place":
            country, title = (body.ref or "").partition(":")[0], resources.residence_heads()[body.normal]
        else:
            body_id, _, country = body.ref.rpartition(":")
            if body_id not in _body_heads():
                return None
            title = _body_heads()[body_id][0]
        actor = self._holder_in_text(title, country) or self._holder_in_kb(title, country, date)
        if actor is None:
            return None
        return Located(actor, Span(sent.field, post.start, body.end, text[post.start:body.end], "post+state"))

    def counterpart_states(self, sent: Sentence) -> list[Located]:
        """States after ``с``/``со``/``with``: the other side of talks or a call; also those its
        plural holders name (``с лидерами Вышеградской группы - Чехией, Венгрией …``, ``с главами
        правительств Венгрии, Польши``), each state listed after the first."""
        out: list[Located] = []
        for x in sorted(self.in_sentence(sent, ("state",)), key=lambda x: x.span.start):
            text = self.text(x.span.field)
            if self.preceding_word(x.span) in ("с", "со", "with") or _HOLDERS_OF.search(
                    text, max(sent.start, x.span.start - 80), x.span.start) or out and out[-1].span.field == x.span.field \
                    and _LISTED.fullmatch(text[out[-1].span.end:x.span.start]):
                out.append(x)
        return out

    def state_actor(self, iso3: str) -> Actor | None:
        return next((a for a in self.analysis.actors if a.kind == "state" and a.country == iso3), None) or (
            Actor(id=actor_id("state", iso3), kind="state", name=_state_name(iso3), country=iso3, ref=iso3))

    def organization_actor(self, ref: str, name: str) -> Actor:
        return next((a for a in self.analysis.actors if a.kind == "organization" and a.ref == ref), None) or (
            Actor(id=actor_id("organization", ref), kind="organization", name=name, ref=ref))

    @staticmethod
    def capital_of(iso3: str) -> str | None:
        from .. import resources

        state = resources.state_by_iso3().get(iso3)
        return state.capital_ru if state is not None else None

    def _holder_in_text(self, title: str, country: str | None) -> Actor | None:
        for a in self.analysis.actors:
            if a.kind == "person" and any(p.title == title and p.country == country for p in a.positions) \
                    and self._named_in_item(a):
                return a
        return None

    def _leader_in_text(self, country: str | None) -> Actor | None:
        leaders = [a for a in self.analysis.actors if a.kind == "person" and any(
            p.country == country and _category(p.title) in ("head_of_state", "head_of_government") for p in a.positions)
            and self._named_in_item(a)]
        return leaders[0] if len(leaders) == 1 else None

    def _named_in_item(self, actor: Actor) -> bool:
        """Named in the item itself, not only in its links to other items (``Смотрите также
        Президенту Индии Дроупади Мурму``)."""
        return any(not self.in_related(m) for m in actor.mentions)

    def in_related(self, span: Span) -> bool:
        """Whether a span lies in the links to other items."""
        return span.field == "text" and any(a <= span.start < b for a, b in self.related)

    def head_in_kb(self, category: str, country: str, date: str | None) -> Actor | None:
        """The one KB holder of a post of this category (``head_of_state``) of the state on the date."""
        if not date:
            return None
        return self._one_holder({t.person_id: t for t in _holders_of(category, country, date)}.values())

    def _holder_in_kb(self, title: str, country: str | None, date: str | None) -> Actor | None:
        if not country or not date:
            return None
        from ..kb import persons as kb

        holders = kb.holders(title, country, date)
        if not holders and _category(title) == "head_of_government":
            # "премьер-министр России" is the Chairman of the Government, "премьер ФРГ" the Chancellor
            holders = _holders_of("head_of_government", country, date)
        return self._one_holder(holders)

    def _one_holder(self, tenures) -> Actor | None:
        """The actor of the one tenure given (the item's own actor of that person, if any), else None."""
        if len(tenures) != 1:
            return None
        (t,) = tenures
        known = next((a for a in self.analysis.actors if a.ref == t.person_id), None)
        return known or kb_actor(t, self.doc.lang)

    def mentions_in(self, sent: Sentence, types: tuple[str, ...]) -> list[Mention]:
        found = self._lexical_in.get((sent.field, sent.start, sent.end))
        if found is None:
            found = [m for m in self.lexical if m.field == sent.field and sent.start <= m.start and m.end <= sent.end]
        return [m for m in found if m.type in types]

    def posts_before(self, sent: Sentence, start: int) -> list[Mention]:
        """The post mentions of the sentence that end right before ``start``, only spaces between (the
        title a state or name stands in: ``Посол США``, ``экс-канцлер Германии``)."""
        text = self.text(sent.field)
        return [m for m in self.mentions_in(sent, ("post",)) if m.end <= start and not text[m.end:start].strip()]

    def dates_in(self, sent: Sentence) -> list[DateMention]:
        found = self._dates_in.get((sent.field, sent.start, sent.end))
        if found is None:
            found = [d for d in self.analysis.dates
                     if d.field == sent.field and sent.start <= d.start and d.end <= sent.end]
        return list(found)

    def text(self, field: str) -> str:
        return self.doc.field_text(field)

    def preceding_word(self, span: Span | Mention) -> str:
        before = self.text(span.field)[max(0, span.start - 12):span.start].split()
        return before[-1].lower() if before else ""

    @cached_property
    def _dateline(self) -> re.Match[str] | None:
        """The dateline of the lead (``8 мая 2025 года 10:10 Москва, Кремль``), searched once."""
        return DATELINE.search(self.doc.text[:DATELINE_WINDOW])

    def dateline_place(self) -> Mention | None:
        """The place of a dateline (``8 мая 2025 года 10:10 Москва, Кремль``): its first place."""
        m = self._dateline
        if m is None:
            return None
        a, b = m.span("place")
        return next((x for x in self.lexical if x.field == "text" and x.type == "place" and a <= x.start < b), None)

    @cached_property
    def main_state(self) -> str | None:
        """The state the item is about: named (as a state, its adjective, or one of its places) at
        least twice and more often than any other; None when no state stands out."""
        counts: dict[str, int] = {}
        for m in self.lexical:
            code = _state_of(m)
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def paragraph_state(self, span: Span) -> str | None:
        """The one state the paragraph of ``span`` names, if it names exactly one (as a state or its
        adjective)."""
        text = self.text(span.field)
        start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
        end = len(text) if end < 0 else end
        named = {_state_of(m) for m in self.lexical if m.field == span.field and start <= m.start and m.end <= end}
        named.discard(None)
        return next(iter(named)) if len(named) == 1 else None

    def dateline_span(self) -> tuple[int, int] | None:
        """Where the dateline's date stands in the text."""
        return self._dateline.span() if self._dateline else None

    def dateline_day(self) -> str | None:
        """The day of a dateline (``7 мая 2025 года 21:25 Москва, Кремль``): the day the item's events took place."""
        m = self._dateline
        if m is None:
            return None
        from .dates import ru_month

        try:
            return date(int(m["y"]), ru_month(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return None

    def publisher(self) -> Publisher | None:
        where = f"{self.doc.source or ''} {self.doc.url or ''}".lower()
        return next((p for p in publishers() if p.pattern in where), None)

"""Places, participants with roles and posts, countries and organisations of an event."""
from __future__ import annotations

import dataclasses
import re

from functools import cache
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import resources
from ..nlp import morph
from ..model import Actor, Participant, Place, Position, Sentence, Span
from . import bodies
from .phrases import ENGLISH_PASSIVE, POST_HOST
from .context import DocContext, Located, kb_actor
from .dates import last_day, latest_dated_year, years_written
from .persons import FORMER
from .triggers import find_triggers

if TYPE_CHECKING:
    from .events import Draft

_IN = frozenset({"в", "во", "in", "на"})
_FROM = frozenset({"из", "от", "с", "со", "для", "по", "президента", "президентом"})
_CATEGORY_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "org_head": 3,
                  "minister": 4, "party": 5}


@cache
def _posts_by_title() -> dict[str, resources.Post]:
    return {p.title_ru.lower(): p for p in resources.posts()}


@cache
def residences() -> frozenset[str]:
    return frozenset(c.name_ru for c in resources.cities() if c.kind == "residence")


def _place(mention) -> Place:
    span = (Span(mention.field, mention.start, mention.end, mention.text),)
    if mention.type == "place":
        country, _, city = (mention.ref or ":").partition(":")
        if city in residences():  # "в Кремле": the residence's capital is the city
            state = resources.state_by_iso3().get(country)
            city = state.capital_ru if state is not None and state.capital_ru else city
        return Place(name=mention.normal, city=city or mention.normal, country=country or None, evidence=span)
    return Place(name=mention.normal, city=None, country=mention.ref, evidence=span)


def _own_sentences(d: "Draft") -> list:
    """The event's own sentence; for a headline's event, also its first report in the body."""
    first = d.sentences[:1]
    if first and first[0].field == "title" and d.type != "statement":  # a statement is placed by its own words
        first += [s for s in d.sentences if s.field == "text"][:1]
    return first


def _located_in(ctx: DocContext, d: "Draft", types: tuple[str, ...]):
    for sent in _own_sentences(d):
        for m in ctx.mentions_in(sent, types):
            if ctx.preceding_word(m) in _IN or _in_named_city(ctx, m):
                yield m


_CITY_WORDS = frozenset({"г.", "г", "гор.", "городе", "город", "city"})


def _in_named_city(ctx: DocContext, m) -> bool:
    """``в г. Бишкек``, ``в городе Бишкек`` (the name in the nominative after its kind)."""
    before = ctx.text(m.field)[max(0, m.start - 20):m.start].lower().split()
    return len(before) >= 2 and before[-1] in _CITY_WORDS and before[-2] in _IN


OUR_COUNTRY = ("нашу страну", "нашей стране", "нашей страны")


VISIT_OBJECT_GAP = 40  # characters between "посетить" and the place it governs ("с официальным визитом")


_LIST_GAP = re.compile(r"^\s*(?:,|и|[–—-]|,\s*а\s+также)?\s*$")


def _destinations(ctx: DocContext, mentions: list) -> list:
    """The mentions that may be where one goes: not behind ``из``/``от`` …, nor listed after one that
    is (``приехали из Китая, Вьетнама``)."""
    out, origin = [], None
    for m in sorted(mentions, key=lambda m: (m.field, m.start)):
        if ctx.preceding_word(m) in _FROM or (origin is not None and origin.field == m.field and _LIST_GAP.match(
                ctx.text(m.field)[origin.end:m.start])):
            origin = m
            continue
        origin = None
        out.append(m)
    return out


def _visited_place(ctx: DocContext, d: "Draft"):
    """The direct object of ``посетить``/``посещение``: a state or place right after it, same clause."""
    if d.type != "visit" or d.trigger.field != d.sentences[0].field \
            or morph.lemma(d.trigger.text.split()[0]) not in ("посетить", "посещение", "посещать"):
        return None
    from .statements import CLAUSE_BREAK

    text = ctx.text(d.trigger.field)
    for m in _destinations(ctx, ctx.mentions_in(d.sentences[0], ("place", "state"))):
        gap = text[d.trigger.end:m.start]
        if 0 <= m.start - d.trigger.end <= VISIT_OBJECT_GAP and not CLAUSE_BREAK.search(gap):
            return m
    return None


def _in_capital(ctx: DocContext, sentences: list) -> Place | None:
    """``в столице Англии``: the capital of the state named."""
    for sent in sentences:
        for m in ctx.mentions_in(sent, ("state",)):
            capital = ctx.capital_of(m.ref) if m.ref else None
            before = ctx.text(m.field)[max(0, m.start - 12):m.start].lower().split()
            if capital and before[-2:] in (["в", "столице"], ["во", "столице"]):
                return Place(name=capital, city=capital, country=m.ref, evidence=(Span(m.field, m.start, m.end, m.text),))
    return None


SUMMITS = frozenset({"саммит", "summit"})
GATHERINGS = frozenset({"саммит", "встреча", "заседание", "совещание", "summit", "meeting"})
# a gathering reported as held or to be held: "завершилась встреча", "продолжается саммит", "саммит … стартует
# на этой неделе", "was held"
HELD = re.compile(r"(?i)\b(?:состоял\w*|состоится|прош[её]л|прошл[аио]|пройд[её]т|проход\w*|завершил\w*|продолжа\w*|"
                  r"открыл\w*|откроется|начал\w*|начн[её]тся|стартова\w*|старту\w*|was\s+held|opened|ended)\b")


TO_PLACE = re.compile(r"(?i)\bto\s+(?:the\s+)?$")


def _visit_to(ctx: DocContext, d: "Draft"):
    """English: the place after ``to`` in a visit's clause (``the visit of the Minister of Foreign Affairs of
    China Wang Yi to the Kyrgyz Republic``; not the state of his title)."""
    if d.type != "visit" or d.trigger.field != d.sentences[0].field:
        return None
    from .statements import CLAUSE_BREAK

    text = ctx.text(d.trigger.field)
    return next((m for m in _destinations(ctx, ctx.mentions_in(d.sentences[0], ("place", "state")))
                 if m.start >= d.trigger.end and TO_PLACE.search(text[max(0, m.start - 10):m.start])
                 and not CLAUSE_BREAK.search(text[d.trigger.end:m.start])), None)


DESCRIBED_PLACE = re.compile(r"\s+(?P<kind>столиц|город|курорт)\w*(?:\s+(?P<name>[А-ЯЁ][а-яё-]+))?")
IN_BEFORE = re.compile(r"(?i)(?:^|\s)(?:в|во)\s+(?:[а-яё-]+\s+){0,2}$")


def _described_place(ctx: DocContext, d: "Draft") -> Place | None:
    """A place told by its state's adjective (``В ливийскую столицу прибыл …``, ``В небольшой германский
    город Веймар прибыл …``): the capital of that state, or the city named after it in that state."""
    sent = d.sentences[0]
    text = ctx.text(sent.field)
    for m in ctx.mentions_in(sent, ("state_adj",)):
        after = DESCRIBED_PLACE.match(text, m.end)
        if after is None or not m.ref or not IN_BEFORE.search(text[max(sent.start, m.start - 40):m.start]):
            continue
        state = resources.state_by_iso3().get(m.ref)
        span = (Span(m.field, m.start, after.end(), text[m.start:after.end()]),)
        city = state.capital_ru if after["kind"] == "столиц" and state is not None else after["name"]
        if city:
            return Place(name=city, city=city, country=m.ref, evidence=span)
    return None


def own_place(ctx: DocContext, d: "Draft") -> Place | None:
    """The place the event's own sentence gives: ``в Бишкеке``, the visited country,
    ``посетит нашу страну`` (the publisher's country)."""
    capital = _in_capital(ctx, d.sentences[:1])
    if capital is not None:
        return capital
    # (a summit "в Перу" is held there; talks "в Сирии" may be about it)
    types = ("place", "state") if d.type == "visit" or morph.lemma(d.trigger.text.split()[-1]) in SUMMITS \
        else ("place",)
    visited = _visited_place(ctx, d) or _visit_to(ctx, d)
    if visited is not None:  # "пригласил … посетить Соединённые Штаты" (not "в Букингемском дворце" before it)
        return _place(visited)
    located = list(_located_in(ctx, d, types))
    if d.type == "statement":  # where it was said, not a place of what was said before the verb
        located = [m for m in located if m.field != d.trigger.field or m.start >= d.trigger.end
                   or not re.search(r"[,;:«»\"—–]", ctx.text(m.field)[m.end:d.trigger.start])]
        # nor after it, unless right after the verb, its speaker, a date or an occasion ("заявил Маас в
        # Берлине"; not "осуждает террористический акт в Исламабаде": the place of what is condemned)
        ends = _speech_ends(ctx, d.sentences[0]) | {d.trigger.end}
        text = ctx.text(d.trigger.field)
        located = [m for m in located if m.field != d.trigger.field or m.start < d.trigger.end
                   or ctx.preceding_word(m) not in _IN or _said_there(text[d.trigger.end:m.start], d.trigger.end, ends)]
    after = [m for m in located if m.field == d.trigger.field and m.start >= d.trigger.end]
    if d.type == "visit" and after:  # "посетит Великобританию …, и посетит Польшу": each its own
        return _place(after[0])
    if located:
        return _place(located[0])
    described = _described_place(ctx, d) if d.type in ("visit", "meeting") else None
    if described is not None:
        return described
    where = _state_before_verb(ctx, d) if d.type == "meeting" else None
    if where is not None:
        return where
    publisher = ctx.publisher()
    if d.type == "visit" and publisher is not None and any(w in d.sentences[0].text for w in OUR_COUNTRY):
        return Place(name=ctx.state_actor(publisher.country).name, city=None, country=publisher.country)
    if d.type == "visit":  # "визит к премьер-министру Терезе Мэй": the host's country
        host = _visited(ctx, d)
        country = next((a.country for a in ctx.analysis.actors if a.id == host), None)
        if country:
            return Place(name=ctx.state_actor(country).name if ctx.state_actor(country) else country,
                         city=None, country=country)
    if d.type == "visit" and d.trigger.field == d.sentences[0].field:
        # "посетит с официальным визитом Российскую Федерацию": the object of the visit
        # (not a state of a title: "В ходе визита Министр иностранных дел Кыргызской Республики … провел")
        # (not past a comma: "посещение лидерами мемориального комплекса …, организованного … Союза Беларуси")
        text = ctx.text(d.trigger.field)
        after = [m for m in _destinations(ctx, ctx.mentions_in(d.sentences[0], types)) if m.start > d.trigger.start
                 and not ctx.posts_before(d.sentences[0], m.start) and "," not in text[d.trigger.end:m.start]]
        if after:
            return _place(min(after, key=lambda m: m.start))
    return None


STATE_BEFORE_VERB = 40  # characters from "в Камбодже" to the verb of the talks after it
HELD_IN_STATE = "held-in-state"  # the evidence rule of such a place: it places the talks, makes no side of them
POST_IN = re.compile(r"(?:\s+[А-ЯЁA-Z][\w-]*)?\s+в\s+")  # "Посол России в Латвии", "посол в Латвии"


def _hosts_an_envoy(ctx: DocContext, sent: Sentence, m) -> bool:
    """The state is where an ambassador named just before it serves (``послом в России``), not his own."""
    text = ctx.text(m.field)
    return any(_post_category(p.ref) == "ambassador" and POST_HOST.match(text[p.end:m.start])
               for p in ctx.mentions_in(sent, ("post",)) if p.field == m.field and p.end <= m.start)


def _state_before_verb(ctx: DocContext, d: "Draft") -> Place | None:
    """``Лавров в Камбодже встретился с …``: a state in the locative right before the verb of the talks,
    in its clause, is where they were held (not ``переговоры о ситуации в Сирии``: after a noun; not
    ``визита Путина в Германию был заполнен встречами``: where he went)."""
    if d.trigger.field != d.sentences[0].field:
        return None
    text = ctx.text(d.trigger.field)

    def verb_after(m) -> bool:  # "встретился", "провел переговоры"
        words = [*text[m.end:d.trigger.start].split(), d.trigger.text.split()[0]]
        return any(morph.parse(w)[1] in ("VERB", "PRTS") for w in words)

    def in_a_title(m) -> bool:  # "Посол России в Латвии встречался": where the post is, not the talks
        return any(0 <= m.start - p.end <= 20 and POST_IN.fullmatch(text[p.end:m.start])
                   for p in ctx.mentions_in(d.sentences[0], ("post",)))

    found = next((m for m in _located_in(ctx, d, ("state",)) if m.field == d.trigger.field
                  and 0 <= d.trigger.start - m.end <= STATE_BEFORE_VERB and not in_a_title(m)
                  and any("loct" in p.tag or "loc2" in p.tag or "Fixd" in p.tag for p in morph.parses(m.text.split()[0]))
                  and not re.search(r"[,;:«»\"—–()]", text[m.end:d.trigger.start]) and verb_after(m)), None)
    if found is None:
        return None
    place = _place(found)
    return dataclasses.replace(place, evidence=tuple(dataclasses.replace(e, rule=HELD_IN_STATE) for e in place.evidence))


def place_of(ctx: DocContext, d: "Draft", drafts: list | None = None) -> Place | None:
    """Where the event took place: its own sentence, the parent event, the dateline, a visit of
    one of its participants reported in the document.  Statements are placed only by their
    own sentence (``заявил Маас в Берлине``); calls have no place."""
    if d.type not in ("visit", "meeting", "signing", "statement"):
        return None
    # a signing a speaker tells of took place where the talks are, not where what was signed will be built
    # ("с подписанным сегодня межправсоглашением в Душанбе … будет создан … парк")
    own = None if d.type == "signing" and ctx.in_speech(d.sentences[0]) else own_place(ctx, d)
    if d.type == "statement":
        return own or _said_in(ctx, d)
    if own is not None:
        # "находится в России с официальным визитом" under "13 марта 2025 года Москва, Кремль": the
        # dateline names the city of the country the text names
        dateline = ctx.dateline_place() if own.city is None and own.country else None
        if dateline is not None and (dateline.ref or "").split(":")[0] == own.country and d.status == "occurred":
            return _place(dateline)
        visited = _visit_place(ctx, d, drafts) if own.city is None and d.type == "meeting" else None
        if visited is not None and visited.city and visited.country == own.country:
            return visited  # "В Англии прошла встреча" on Bolton's visit to London
        return own
    if d.parent is not None and d.parent.type in ("visit", "meeting"):
        inherited = place_of(ctx, d.parent, drafts)  # (the talks placed by their visit, too)
        if inherited is not None:
            return inherited
    dateline = ctx.dateline_place()
    if dateline is not None:
        return _place(dateline)
    if d.type == "meeting":
        # (else a later report of the same talks: "на минувшей неделе в столице Англии Болтон … общался с …")
        return _visit_place(ctx, d, drafts) or _in_capital(ctx, _reports(d))
    return None


def _visit_place(ctx: DocContext, d: "Draft", drafts: list | None) -> Place | None:
    """The place of a visit of a side of the talks reported in the document."""
    ids = {x.actor.id for x in d.participants}
    visits = [v for v in drafts or () if v.type == "visit" and ids & {x.actor.id for x in v.participants}]
    visits.sort(key=lambda v: d.sentences[0] not in v.sentences)  # the visit of the same sentence first
    # (the visited country among the talks' sides: not Maas's Moscow visit for his press conference with
    # Ukraine's minister)
    sides = {x.actor.country for x in d.participants if x.actor.country}
    for visit in visits:
        place = own_place(ctx, visit)
        if place is not None and (place.country in sides or len(sides) < 2):
            return place
    return None


SAID_IN_REACH = 60  # characters from a later report's speech verb to the city it was said in


def _said_in(ctx: DocContext, d: "Draft") -> Place | None:
    """The city a later report of the statement says it was made in, after its verb (``…», - заявил Маас в
    четверг, 10 января, в Берлине``, ``- сказала Меркель на пресс-конференции в Братиславе``)."""
    for sent in _reports(d)[1:]:
        verbs = [t for t in find_triggers(ctx.tokens_of(sent)) if t.type == "statement"]
        ends = _speech_ends(ctx, sent)
        for verb in verbs:
            ends.add(verb.end)
            after = [m for m in ctx.mentions_in(sent, ("place",)) if 0 <= m.start - verb.end <= SAID_IN_REACH
                     and ctx.preceding_word(m) in _IN and _said_there(ctx.text(m.field)[verb.end:m.start], verb.end, ends)]
            if after:
                return _place(after[0])
    return None


def _speech_ends(ctx: DocContext, sent: Sentence) -> set[int]:
    """Where a speaker's name or a date ends in a sentence: a city right after one is where it was said."""
    return {x.span.end for x in ctx.in_sentence(sent, ("person",))} | {x.end for x in ctx.dates_in(sent)}


# where a statement was made: "на пресс-конференции в Братиславе", "в интервью в Берлине"
OCCASIONS = re.compile(r"(?i)(?:пресс-конференци|брифинг|встреч|выступлени|интервью|саммит|заседани|форум|визит)\w*$")


def _said_there(gap: str, start: int, ends: set[int]) -> bool:
    """The words between a speech verb and ``в <city>`` let the city be where it was said: the speaker's name,
    a date or an occasion stand right before the preposition (not "осудил убийство посла в Анкаре", not
    "добавив, что на Даунинг-стрит …")."""
    if re.search(r"(?i)[«\"]|\bчто\b|\bчтобы\b", gap):
        return False
    before = re.sub(r"[\s,]*(?:в|во|на|in|at)\s*$", "", gap)
    return start + len(before.rstrip()) in ends or bool(OCCASIONS.search(before.rstrip()))


def _reports(d: "Draft") -> list[Span]:
    """The sentences that report the event (its triggers'), not those that only follow one."""
    return [s for s in d.evidence if s.rule == "sentence"]


def _kb_position(actor: Actor, date: str | None) -> str | None:
    if not actor.ref:
        return None
    from ..kb import persons as kb

    tenures = kb.posts_on(actor.ref, date)

    def rank(t) -> tuple:
        post = _posts_by_title().get(t.post.lower())
        return (t.country != actor.country, _CATEGORY_RANK.get(post.category if post else "", 9))

    return min(tenures, key=rank).post if tenures else None


def kb_country(actor: Actor, date: str | None) -> str | None:
    """The state a KB person served on the date (curated and dated: it outranks a text apposition
    that went astray, ``переговоры Владимира Путина с Султаном Омана``)."""
    if actor.kind != "person" or not actor.ref:
        return None
    from ..kb import persons as kb

    tenures = kb.posts_on(actor.ref, date)
    if date is None:  # every tenure: those the actor kept, which the text's titles point to
        kept = {(p.title, p.country) for p in actor.positions if p.source == "kb"}
        tenures = tuple(t for t in tenures if (t.post, t.country) in kept)
    states = {t.country for t in tenures if len(t.country) == 3 and t.country.isupper()}
    return states.pop() if len(states) == 1 else None


def _text_position(actor: Actor, d: "Draft", near: Span | None = None) -> Position | None:
    """The text post of the actor given in the event's sentences (nearest to ``near``), else any."""
    texts = [p for p in actor.positions if p.source == "text"]
    inside = [p for p in texts
              if any(s.start <= e.start and e.end <= s.end and s.field == e.field for e in p.evidence for s in d.sentences)]
    if inside and near is not None:
        return min(inside, key=lambda p: min(abs(e.start - near.start) for e in p.evidence))
    if inside:
        return inside[0]
    return texts[-1] if texts else None


def position_on(actor: Actor, d: "Draft", date: str | None, near: Span | None = None) -> str | None:
    """The post the text gives the actor in this event, else the KB post on the event's date."""
    if actor.kind != "person":
        return None
    p = _text_position(actor, d, near)
    return p.title if p else _kb_position(actor, date)


def principal(ctx: DocContext, date: str | None) -> Actor | None:
    """The publisher's official on the date (kremlin.ru: the Russian president), as an actor."""
    pub = ctx.publisher()
    if pub is None or date is None:
        return None
    from ..kb import persons as kb

    holders = kb.holders(pub.post, pub.country, date)
    if not holders:
        return None
    known = next((a for a in ctx.analysis.actors if a.ref == holders[0].person_id), None)
    return known or kb_actor(holders[0], ctx.doc.lang)


# "по инициативе турецкой стороны", "at the initiative of the Turkish side", "at the Turkish side's initiative"
INITIATIVE = re.compile(r"по инициативе|\b(?:at|on)\s+the\s+(?:initiative\s+of\b|\w+(?:\s+\w+)?\s+side['’]s\s+initiative)"
                        r"|\binitiated\s+by\b")


def _initiator_country(ctx: DocContext, d: "Draft") -> str | None:
    """The side that called: ``по инициативе …``, or the subject of ``позвонил``."""
    if morph.lemma(d.trigger.text.split()[0]) in CALLERS:
        before = [x for x in ctx.in_sentence(d.sentences[0]) + ctx.post_references(d.sentences[0], ctx.ref_date)
                  if x.span.field == d.trigger.field and x.span.end <= d.trigger.start]
        if before:
            return max(before, key=lambda x: x.span.end).actor.country
    for sent in d.sentences:
        text = ctx.text(sent.field)
        cue = INITIATIVE.search(text, sent.start, sent.end)
        if cue is None:
            continue
        at = cue.start()
        after = [m for m in ctx.mentions_in(sent, ("state", "state_adj", "organization")) if m.start > at]
        people = [x for x in ctx.in_sentence(sent) if x.span.start > at]
        first = min([*after, *(x.span for x in people)], key=lambda m: m.start, default=None)
        if first is None:
            return None
        for x in people:
            if x.span is first:
                return x.actor.country
        ref = getattr(first, "ref", None) or ""
        return ref.split(":")[-1] if ref else None
    return None


VISIT_TO = re.compile(r"\s*к\s+[^,.;:«»]{0,60}")  # "с рабочим визитом к премьер-министру Терезе Мэй"


def _visited(ctx: DocContext, d: "Draft") -> str | None:
    """The one a visit is paid to: ``визит к премьер-министру Терезе Мэй``."""
    sent = d.sentences[0]
    if d.trigger.field != sent.field:
        return None
    text = ctx.text(sent.field)
    visited = [x for x in ctx.in_sentence(sent) if x.span.start >= d.trigger.end
               and VISIT_TO.fullmatch(text[d.trigger.end:x.span.start])]
    return visited[0].actor.id if visited else None


def _host_by_invitation(ctx: DocContext, d: "Draft") -> str | None:
    """The one visited (``визит к …``) or who invited (``по приглашению …``)."""
    visited = _visited(ctx, d)
    if visited is not None:
        return visited
    sent = d.sentences[0]
    text = ctx.text(sent.field)
    at = text.find("по приглашени", sent.start, sent.end)  # not "приглашение Президенту России": the guest
    if at < 0:
        return None
    people = [x for x in ctx.in_sentence(sent) if x.span.start > at]
    return people[0].actor.id if people else None


RECEPTIONS = frozenset({"принять", "принят", "received", "receives"})


def is_reception(trigger: Span) -> bool:
    """``принял``, ``received``: one side receives the other."""
    word = trigger.text.split()[0]
    return word.lower() in RECEPTIONS or morph.lemma(word) in RECEPTIONS


PASSIVE_RECEIVED = re.compile(r"(?i)^(?:принят|принята|приняты)$")


def _passive_reception(ctx: DocContext, trigger: Span) -> bool:
    """``был принят Президентом``, ``was received by the President``: the one received is named first."""
    word = trigger.text.split()[0]
    return bool(PASSIVE_RECEIVED.match(word)) or word.lower() == "received" and bool(
        ENGLISH_PASSIVE.search(ctx.text(trigger.field)[max(0, trigger.start - 30):trigger.start]))


def _receiving_state(ctx: DocContext, d: "Draft", located: Iterable[Located]) -> str | None:
    """The state of who receives (``Министр … Казахстана … принял Посла Японии``): the side named last
    before the reception's trigger in its clause."""
    if d.type != "meeting" or not is_reception(d.trigger):
        return None
    if _passive_reception(ctx, d.trigger):  # "Ван И был принят Президентом … Жапаровым": the agent after it
        after = [x for x in located if x.span.field == d.trigger.field and x.span.start >= d.trigger.end
                 and x.span.start - d.trigger.end <= RECEIVER_REACH and x.actor.country]
        return min(after, key=lambda x: x.span.start).actor.country if after else None
    before = [x for x in located if x.span.field == d.trigger.field and x.span.end <= d.trigger.start
              and d.trigger.start - x.span.end <= RECEIVER_REACH and x.actor.country]
    return max(before, key=lambda x: x.span.end).actor.country if before else None


RECEIVER_REACH = 120  # characters between the one who receives and "принял"


def _role(ctx: DocContext, d: "Draft", x: Located, place: Place | None, initiator: str | None, host_id: str | None,
          countries: set[str | None], receiving: str | None = None) -> str:
    if x.actor.id in d.roles:
        return d.roles[x.actor.id]
    if d.type == "phone_call":
        return "initiator" if initiator and x.actor.country == initiator else "participant"
    if d.type == "signing":
        return "signatory"
    if d.type == "position_change":
        return "appointee"
    if d.type == "statement":
        return "author" if x.span.start < d.trigger.start or x.span.field != d.trigger.field else "target"
    if x.actor.id == host_id:
        return "host"
    if place is not None and place.country and x.actor.country and (len(countries) > 1 or d.type == "visit"):
        return "host" if x.actor.country == place.country else "guest"
    if d.type == "visit" and place is not None and any(p.org in international_orgs() for p in x.actor.positions):
        return "guest"  # the UN Secretary-General on a visit
    if receiving and len(countries) > 1 and x.actor.country:  # an audience: who receives hosts it
        return "host" if x.actor.country == receiving else "guest"
    return "participant"


def assign(ctx: DocContext, d: "Draft", place: Place | None, date: str | None) -> tuple[list[Participant], list[Actor]]:
    """Participants with roles and posts; plus actors the text does not name (the publisher's principal)."""
    located: dict[str, Located] = {}
    for x in d.participants:
        located.setdefault(x.actor.id, x)
    known = {a.id for a in ctx.analysis.actors}
    if d.type in ("meeting", "phone_call", "visit", "signing"):
        boss = principal(ctx, date)
        if boss is not None and boss.id not in located and boss.country not in {x.actor.country for x in located.values()}:
            located[boss.id] = Located(boss, d.trigger)
    implicit = [x.actor for x in located.values() if x.actor.id not in known]
    countries = {x.actor.country for x in located.values()}
    initiator = _initiator_country(ctx, d) if d.type == "phone_call" else None
    host_id = _host_by_invitation(ctx, d) if d.type == "visit" else None
    receiving = _receiving_state(ctx, d, located.values())
    out = []
    for x in located.values():
        country = kb_country(x.actor, date) or (_side_of(ctx, x) if x.actor.country is None else None)
        if country and country != x.actor.country:
            x = Located(dataclasses.replace(x.actor, country=country), x.span)
        span = () if x.span is d.trigger else (x.span,)
        out.append(Participant(actor=x.actor.id, name=x.actor.name, country=x.actor.country,
                               position=position_on(x.actor, d, date, x.span),
                               role=_role(ctx, d, x, place, initiator, host_id, countries, receiving), evidence=span))
    return out, implicit


# "С российской стороны в переговорах приняли участие … помощник Президента Юрий Ушаков", "со стороны
# Республики Сербской – Министр …": the side a delegation's member is listed under
SIDE = re.compile(r"\b(?:[Сс]о?\s+(?P<adj>[а-яё]+(?:ой|ей))\s+стороны|[Сс]о\s+стороны\s+(?P<state>\w+))")
LISTED = re.compile(r"\s*(?:[:–—-]|(?:[а-яё]+\s+){0,4}участие\b)")  # a list or "… приняли участие" follows
SIDE_REACH = 1000  # characters of a delegation's list (kremlin.ru repeats each name with its post)


def _side_of(ctx: DocContext, x: Located) -> str | None:
    """The state of the side a person is listed under (``С российской стороны …``), when no full stop
    stands between."""
    text = ctx.text(x.span.field)
    start = max(0, x.span.start - SIDE_REACH)
    side = None
    for m in SIDE.finditer(text, start, x.span.start):
        side = m
    if side is None or re.search(r"[.!?]\s", text[side.end():x.span.start]) \
            or not LISTED.match(text, side.end()):
        return None
    at = side.start("adj") if side["adj"] else side.start("state")
    return next((m.ref for m in ctx.analysis.mentions if m.field == x.span.field and m.start == at
                 and m.type in ("state", "state_adj") and m.ref), None)


OBJECT_REACH = 80  # characters from a meeting's noun to the last state of its genitive complement
# a gap of genitive words and list commas: "саммите глав государств Центральной Азии и", "министров России, "
_OBJECT_GAP = re.compile(r"^(?:[\s,]+(?:(?:и|and)\s+)?(?:[0-9a-zA-Zа-яёА-ЯЁ'-]+|«[^»]{1,40}»))*?[\s,]+(?:(?:и|and)\s+)?[«\"“]?$")
_NOT_IN_OBJECT = frozenset({"в", "во", "на", "с", "со", "по", "о", "об", "для", "против", "из", "от", "к", "за", "у",
                            "при", "после", "до", "перед", "над", "под", "через", "между", "вокруг", "который",
                            "которые", "которая", "in", "on", "at", "with", "to", "for", "from", "by", "about",
                            "after", "before", "against", "between", "over", "under", "which", "who"})


def _complement(ctx: DocContext, d: "Draft", types: tuple[str, ...]) -> list:
    """Mentions of ``types`` in the genitive complement of a meeting's noun, in text order (asked by
    several rules of one draft, so computed once)."""
    if d.type != "meeting" or d.trigger.field != d.sentences[0].field:
        return []
    key = ("complement", d.trigger, d.sentences[0], types)
    if key not in ctx.memo:
        ctx.memo[key] = _complement_of(ctx, d, types)
    return ctx.memo[key]


def _complement_of(ctx: DocContext, d: "Draft", types: tuple[str, ...]) -> list:
    text = ctx.doc.field_text(d.trigger.field)
    out = []
    cursor = d.trigger.end
    for m in sorted(ctx.mentions_in(d.sentences[0], types), key=lambda m: m.start):
        if m.start < cursor or not m.ref:
            continue
        gap = text[cursor:m.start]
        if m.start - d.trigger.end > OBJECT_REACH or not _OBJECT_GAP.match(gap) \
                or any(w.lower() in _NOT_IN_OBJECT for w in re.findall(r"[a-zA-Zа-яёА-ЯЁ]+", gap)) \
                or any(morph.parse(w)[1] == "VERB" for w in re.findall(r"[а-яё]+", gap)):
            break
        out.append(m)
        cursor = m.end
    return out


def object_states(ctx: DocContext, d: "Draft") -> list[str]:
    """States in the genitive complement of a meeting's noun: its sides (``саммит глав государств
    Центральной Азии и Китая``, ``встреча министров иностранных дел России, Китая и Индии``); not
    those behind a preposition (``переговоры по Сирии``, ``саммит в Китае``)."""
    return [m.ref for m in _complement(ctx, d, ("state",))]


def format_members(ctx: DocContext, d: "Draft") -> list[str]:
    """The states of a format named in a meeting's complement (``министерская встреча формата
    «Центральная Азия – ЕС»``: the five Central Asian states), from ``members`` of organizations.tsv."""
    formats = _formats()
    return [c for m in _complement(ctx, d, ("initiative", "organization", "state"))
            if m.type == "initiative" for c in formats.get(m.ref, ())]


@cache
def _formats() -> dict[str, tuple[str, ...]]:
    return {o.id: o.members for o in resources.organizations() if o.kind == "format"}


def of_organization(ctx: DocContext, d: "Draft") -> bool:
    """A meeting of an organisation of states (``заседание Совета министров иностранных дел
    государств-членов ШОС``, ``саммит НАТО``): multilateral, however few of its members are named."""
    orgs = _multilateral_orgs()
    if any(m.ref in orgs for m in _complement(ctx, d, ("organization", "state")) if m.type == "organization"):
        return True
    if not PARTICIPATION.match(d.trigger.text) or d.trigger.field != d.sentences[0].field:
        return False
    # "приняла участие в общих дебатах 80-й сессии Генеральной Ассамблеи ООН": what it took part in
    text = ctx.doc.field_text(d.trigger.field)
    return any(m.ref in orgs and m.start >= d.trigger.end and not PARTICIPATION_BREAK.search(text, d.trigger.end, m.start)
               for m in ctx.mentions_in(d.sentences[0], ("organization",)))


ARRIVED_AT = re.compile(r"(?i)\b(?:прибыл\w*|прилетел\w*|приехал\w*|arrived)\s+(?:на|в|во|at|in)\s+$")


def _came_to_gathering(ctx: DocContext, d: "Draft") -> bool:
    """``Зеленский прилетел на саммит НАТО``: a gathering its participant came to."""
    text = ctx.doc.field_text(d.trigger.field)
    return morph.lemma(d.trigger.text.split()[-1]) in GATHERINGS \
        and ARRIVED_AT.search(text[max(0, d.trigger.start - 30):d.trigger.start]) is not None


PARTICIPATION = re.compile(r"(?i)(?:принял\w*|принима\w*)\s+участие|took\s+part|participated")
PARTICIPATION_BREAK = re.compile(r"[,;:()]|\s(?:с|со|with)\s")


@cache
def _multilateral_orgs() -> frozenset[str]:
    """Organisations of states that have more than two members (not the Union State of two)."""
    members = {o.id: o.members for o in resources.organizations()}
    return frozenset(i for i in international_orgs() if len(members[i]) != 2)


def countries(ctx: DocContext, d: "Draft", parts: list[Participant], place: Place | None) -> list[str]:
    out = [p.country for p in parts if p.country] + host_bodies(ctx, d) + object_states(ctx, d) \
        + format_members(ctx, d)
    at_visit = d.parent is not None and d.parent.type == "visit"
    hosted = d.type == "visit" or at_visit or len(set(out)) < 2
    # (documents signed on a visit: its host signs them too; not the seat's country of an organisation
    # whose meeting it is: the UN General Assembly in New York)
    if place is not None and place.country and (d.type in ("visit", "meeting") or d.type == "signing" and at_visit) \
            and hosted and place.city not in seats_of(sentence_orgs(ctx, d)):
        out.append(place.country)  # the host of a visit is a side; the venue of talks between others is not
    if d.type == "position_change" and not out:
        # "назначен Послом Российской Федерации", "премьер-министром Египта назначен …": the post's state
        # (not the host of an envoy's post: "назначил Чжан Ханьхуэя послом в России", "ambassador to Russia")
        named = [m for m in ctx.mentions_in(d.sentences[0], ("state", "state_adj"))  # "новым британским министром"
                 if not _hosts_an_envoy(ctx, d.sentences[0], m)]
        after = [m for m in named if m.start > d.trigger.end]
        out.extend(m.ref for m in (after or named)[:1] if m.ref)
        if not out:  # "губернатора Свердловской области": the state of the region or body named
            out.extend(x.actor.country for x in ctx.in_sentence(d.sentences[0], ("organization",)) if x.actor.country)
        publisher = ctx.publisher()
        if not out and publisher is not None:  # a decree published by the head of state's office
            out.append(publisher.country)
    if d.type == "statement" and parts:
        from .statements import target_countries

        author = next((p.country for p in parts if p.role == "author"), None)
        # the states of the statement's own sentence; those of later sentences when it names none
        own = [c for s in d.sentences[:1] for c in target_countries(ctx, s, author)]
        later = [c for s in [*d.sentences[1:], *_referred(ctx, d)] for c in target_countries(ctx, s, author)]
        out.extend(own or later)
    if not out and d.type not in ("statement", "position_change"):
        for sent in d.sentences[:1]:
            out.extend(m.ref for m in ctx.mentions_in(sent, ("state",)) if m.ref)
    return list(dict.fromkeys(c for c in out if len(c) == 3 and c.isupper()))


BACK_REFERENCE = re.compile(r"(?i)^\W*(?:об этом|это|такое мнение|такую позицию|так|с (?:таким|этим) заявлением"
                            r"|такое заявление|эти слова|такие слова)\b")
REFERRED_BODY = 5  # sentences of the body a statement of the headline is read in ("Заявление Президента")


def _referred(ctx: DocContext, d: "Draft") -> list:
    """The sentences a statement's words stand in when its own sentence points there: the one
    before ``Об этом заявил …``, the body's first sentences under a headline ``Заявление …``."""
    sentences = ctx.analysis.sentences
    first = d.sentences[0]
    if first.field == "title":
        return [s for s in sentences if s.field == "text"][:REFERRED_BODY]
    index = ctx.index_of(first)
    if index and BACK_REFERENCE.match(first.text) and sentences[index - 1].field == first.field:
        return [sentences[index - 1]]
    return []


def organizations(ctx: DocContext, d: "Draft", parts: list[Participant], actors: dict[str, Actor]) -> list[str]:
    """Organisations taking part: named in the trigger sentence, or the bodies of the participants' posts."""
    out: list[str] = []
    for sent in d.sentences[:1]:
        out.extend(x.actor.name for x in ctx.in_sentence(sent, ("organization",)))
    for p in parts:
        actor = actors.get(p.actor)
        near = p.evidence[0] if p.evidence else None
        text_pos = _text_position(actor, d, near) if actor is not None else None
        if text_pos is None:
            continue
        if text_pos.org:
            out.append(text_pos.org)
        post = _posts_by_title().get(text_pos.title.lower())
        if post is not None and post.body and text_pos.country:
            out.append(bodies.body_name(_body_name(post.body), text_pos.country))
    return list(dict.fromkeys(out))


@cache
def _body_ids() -> frozenset[str]:
    return frozenset(b.id for b in resources.bodies())


@cache
def _body_name(body_id: str) -> str:
    return next((b.name_ru for b in resources.bodies() if b.id == body_id), body_id)


DECREE = re.compile(r"(?:указ|распоряжени|закон|постановлени|приказ|федеральн\w+ закон)")
# a change that is wished, demanded or supposed, not reported
HYPOTHETICAL = re.compile(r"(?i)\b(?:если|шанс\w*|может|могут|мог бы|могла бы|возможн\w*|вероятн\w*|не исключ\w*"
                          r"|требовани\w*|требу\w+|потребова\w+|призыв\w*|призва\w+|предполага\w*|слух\w*|бы"
                          r"|предсказ\w*|прогноз\w*|чтобы|предположени\w*|долж\w*\s+был\w*|в\s+(?:этом\s+|таком\s+)?случае"
                          r"|убежда\w*|убедить|уговарива\w*|уговорить|уверен[аоы]?|неофициальн\w+"
                          r"|прос(?:ит|ят|ил|или|ила|ьб\w*)|предупре\w+|пригрози\w+|угрожа\w+|(?<!вряд )(?-i:ли)|неизвестно)\b")
# a relative clause after the trigger tells of another verb's subject ("назначила … Доминика Рааба, близкого
# соратника Гоува, который может убедить его остаться"): what it might do is not the change
LATER_RELATIVE = re.compile(r"(?i),\s*(?:\w+\s+)?котор\w+\b[^,;.!?]*")


def _standing_position(ctx: DocContext, d: "Draft") -> bool:
    """A state said in the body to hold a view in the present (``Китай считает Тайвань своей провинцией``,
    ``Великобритания обвиняет Россию …``): its standing position, no statement made on an occasion (a
    headline's present is its news: ``Германия не считает …``)."""
    if d.trigger.field != "text" or not d.participants or d.participants[0].actor.kind != "state":
        return False
    word = d.trigger.text.split()[0]
    pos, tag = morph.parse(word)[1:3]
    said = re.match(r"\s*,\s*что\b", ctx.text(d.trigger.field)[d.trigger.end:d.trigger.end + 12])
    # ("Россия считает, что …": what it says now; "Украина призывает …": a call made now)
    return pos == "VERB" and "pres" in tag and morph.lemma(word) in VIEWS and not said


VIEWS = frozenset({"считать", "полагать", "рассматривать", "обвинять", "подозревать", "опасаться"})


def hypothetical(d: "Draft") -> bool:
    """A change of post told as one that might be (``шансы стать президентом``, ``потребовали
    отставки``), in its sentence outside the relative clauses after its trigger."""
    sent = d.sentences[0]
    text = sent.text
    if d.trigger.field == sent.field and sent.start <= d.trigger.start < sent.end:
        at = d.trigger.end - sent.start
        text = text[:at] + LATER_RELATIVE.sub(" ", text[at:])
    return bool(HYPOTHETICAL.search(text))


STATE_POSTS = frozenset({"head_of_state", "head_of_government", "minister", "foreign_minister", "deputy_minister",
                         "ambassador", "legislator", "royal"})


@cache
def _post_category(post_id: str | None) -> str:
    return next((p.category for p in resources.posts() if p.id == post_id), "")


@cache
def _titled(title: str | None) -> resources.Post | None:
    """The post of posts.tsv with this Russian title (titles are unique there)."""
    return next((p for p in resources.posts() if p.title_ru == title), None) if title else None


def _title_category(title: str) -> str:
    post = _titled(title)
    return post.category if post else ""


def former_post(p: Position) -> bool:
    """A post the text says was held before (``экс-глава МИД Борис Джонсон``): he speaks for no state."""
    return bool(p.evidence) and p.evidence[0].rule == FORMER


def _former_guests(event, d: "Draft") -> bool:
    """The guests of a visit hold only posts the text says they held before (``экс-президента США Билла
    Клинтона, приехавшего для этого в Северную Корею``): a private mission, no visit of state."""
    guests = {p.actor for p in event.participants if p.role == "guest"}
    people = {x.actor.id: x.actor for x in d.participants if x.actor.id in guests and x.actor.kind == "person"}
    return bool(people) and all(a.positions and all(former_post(p) for p in a.positions) for a in people.values())


CLERGY = frozenset({"патриарх", "митрополит", "архиепископ", "епископ", "муфтий", "верховный муфтий", "раввин",
                    "главный раввин", "священник", "кардинал"})


def _office(title: str | None) -> bool:
    """A post of posts.tsv that is an office, not a general title of any trade (``фотограф``,
    ``журналист``, ``тренер``)."""
    post = _titled(title)  # (every post of the KB is a title of posts.tsv: test_kb_persons)
    return post is not None and not post.source.startswith("general title")


APPOINTERS = frozenset({"head_of_state", "head_of_government"})


def appointing_state(ctx: DocContext, d: "Draft") -> list[str]:
    """``Барак Обама назначит доктора Томаса Фридена на пост директора …``: the state of the head of
    state or government named before the trigger, who appoints to a post of his state."""
    before = [x for x in ctx.in_sentence(d.sentences[0], ("person",))
              if x.span.field == d.trigger.field and x.span.end <= d.trigger.start and x.actor.country]
    # (a minister introducing his new deputy to the ministry's staff: "представил коллективу министерства")
    appointers = APPOINTERS | (MINISTERS if INTRODUCED.search(d.trigger.text) else frozenset())
    heads = [x for x in before if any(_title_category(p.title) in appointers and p.country in (None, x.actor.country)
                                      for p in x.actor.positions)]
    return [heads[-1].actor.country] if heads else []


MINISTERS = frozenset({"foreign_minister", "minister"})
INTRODUCED = re.compile(r"(?i)представ\w*\s+коллективу|introduced")


CALLERS = frozenset({"позвонить", "phoned", "called"})
ARRIVALS = frozenset({"прибыть", "приехать", "прилететь", "приезжать", "прибывать", "прилетать"})
BACKGROUND_DAYS = 45  # an event dated this long before the publication is background, not news


def is_background(ctx: DocContext, event) -> bool:
    """``подписанного в ходе визита 17 января`` in a May item: recalled, not reported."""
    end = event.date.end
    if not end or event.date.precision not in ("day", "month", "year") or len(end) < 4:
        return False
    if not ctx.doc.published and "year from publication" in (event.date.reason or ""):
        return False  # "в пятницу, 21 июня" in an undated item: its year is a guess, not a reason to call it past
    if not ctx.ref_date:  # no publication date: "В 1996 году он ушёл в отставку" beside "16 мая 2011 года"
        latest = latest_dated_year(ctx.analysis.dates)
        if event.date.precision == "year":
            # "стал президентом в 2004 году, в 2008 году был переизбран": a change told by its year alone is
            # the story's past when the item names a later year
            latest = max([y for y in [latest, *_years_named(ctx)] if y is not None], default=None)
        return latest is not None and int(end[:4]) < latest - 1
    from datetime import date

    return (date.fromisoformat(ctx.ref_date) - last_day(end)).days > BACKGROUND_DAYS


def _years_named(ctx: DocContext) -> list[int]:
    """Bare years the item names (``в 2008 году``, ``на выборах 1976 года``)."""
    return [int(d.range.start[:4]) for d in ctx.analysis.dates if d.range.start and d.range.precision == "year"] \
        + [y for field in ("title", "text") for y in years_written(ctx.text(field))]


# organisations of the lexicon that are no unions of states: they neither speak for states nor sign for them
NON_STATE = frozenset({"al-qaeda", "isis", "hamas", "hezbollah", "taliban-movement", "al-jazeera"})


@cache
def international_orgs() -> dict[str, str]:
    """id -> Russian name of the organisations of states (UN, EU, SCO …), from organizations.tsv."""
    return {r["id"]: r["name_ru"] for r in resources.read_table("organizations.tsv")
            if r["kind"] == "organization" and r["id"] not in NON_STATE}


def host_bodies(ctx: DocContext, d: "Draft") -> list[str]:
    """Countries of the bodies talks were held in: ``провел переговоры в администрации канцлера, … а
    также МИД ФРГ``."""
    if d.type != "meeting":
        return []
    return [x.actor.country for x in ctx.in_sentence(d.sentences[0], ("organization",))
            if x.actor.country and x.span.field == d.trigger.field and x.span.start > d.trigger.end
            and _hosting(ctx, d, x)]


def _hosting(ctx: DocContext, d: "Draft", x: Located) -> bool:
    """A body the talks were held in: ``в`` before it, or it listed after such a body."""
    gap = ctx.text(d.trigger.field)[d.trigger.end:x.span.start]
    return re.search(r"(?i)(?:^|\s)(?:в|во)\s", gap) is not None and not re.search(r"[.;]", gap)


@cache
def _seats() -> dict[str, tuple[str, ...]]:
    """Organisation id -> the cities of its seat (a child body's are its parent's)."""
    orgs = {o.id: o for o in resources.organizations()}

    def seat(o) -> tuple[str, ...]:
        return o.seat or (seat(orgs[o.parent]) if o.parent in orgs else ())
    return {i: seat(o) for i, o in orgs.items()}


def sentence_orgs(ctx: DocContext, d: "Draft") -> set[str]:
    """The organisations of states named in an event's first sentence."""
    orgs = international_orgs()
    return {m.ref for m in ctx.mentions_in(d.sentences[0], ("organization",)) if m.ref in orgs}


def seats_of(org_ids: Iterable[str]) -> set[str]:
    return {city for i in org_ids for city in _seats().get(i, ())}


FOREIGN_SERVICE = re.compile(r"(?i)\b(?:МИД\w*|министерств\w* иностранных дел|внешнеполитическ\w+ ведомств\w*"
                             r"|Госдеп\w*|Foreign Ministry|State Department)")


def _foreign_voice(p) -> bool:
    """A voice of a state's foreign policy: its foreign minister or ministry (``заявил Сергей Лавров``,
    ``В МИД России предупредили``)."""
    return _title_category(p.position or "") == "foreign_minister" or FOREIGN_SERVICE.search(p.name) is not None


def _union_posts(d: "Draft") -> set[str]:
    """Organisations of states whose officials take part (``Генеральный секретарь ООН Пан Ги Мун``)."""
    return {org for orgs in _union_officials(d).values() for org in orgs}


def _union_officials(d: "Draft") -> dict[str, list[str]]:
    """Participant id -> the organisations of states whose posts that person holds, in order."""
    unions = international_orgs()
    ids = {name: org_id for org_id, name in unions.items()}  # (a position's org may be the organisation's name)
    out: dict[str, list[str]] = {}
    for x in d.participants:
        if x.actor.kind == "person" and not x.actor.country:
            orgs = list(dict.fromkeys(ids.get(p.org, p.org) for p in x.actor.positions
                                      if p.org in unions or p.org in ids))
            if orgs:
                out[x.actor.id] = orgs
    return out


GOVERNMENT = re.compile(r"(?i)правительств|кабинет|government|cabinet")  # "покинул правительство": a member's
BY_PARTY = re.compile(r"\s+(?:[А-ЯЁа-яё-]+\s+){0,2}парти(?:ей|ями)\b")
PARTY_ONLY = frozenset({"party-leader", "leader"})  # posts of a party, not of a state (the CPC's are)
POST_OF_CHANGE = re.compile(r"(?i)\b(?:пост[а-я]*|должност[а-я]*|post|office)\s+$")
CHANGE_REACH = 40


def party_choice(ctx: DocContext, d: "Draft") -> bool:
    """``выборщик …, назначенный Демократической партией``: a party's choice, no office of a state."""
    return bool(BY_PARTY.match(ctx.text(d.trigger.field), d.trigger.end))


def _post_changed(ctx: DocContext, d: "Draft", posts: list):
    """The post a change names right after its trigger (``уходе с поста лидера партии``,
    ``назначен на должность директора``), if any."""
    text = ctx.text(d.trigger.field)
    for m in posts:
        if m.field == d.trigger.field and 0 <= m.start - d.trigger.end <= CHANGE_REACH \
                and POST_OF_CHANGE.search(text[max(d.trigger.end, m.start - 12):m.start]):
            return m
    return None


FIRM = re.compile(r"(?i)\s+(?:футбольного\s+)?(?:клуба|банка|холдинга|концерна|компании|корпорации)\b")


def _of_company(ctx: DocContext, m) -> bool:
    """A title of a company or a channel, named right after it (``президента ABC News``, ``президент
    компании «Газпром»``): no office of a state."""
    text = ctx.text(m.field)
    after = text[m.end:m.end + 40]
    if re.match(r"\s+(?:компании\s+|корпорации\s+|телеканала\s+)?[«\"]?[A-Z]", after):
        return True
    return any(not a.country and a.ref not in international_orgs() for a in _organizations_after(ctx, m))


def _of_union(ctx: DocContext, m) -> bool:
    """A title of an organisation of states named right after it (``главой МВФ``, ``генсеком ООН``, ``новым
    главой Европейского центрального банка``)."""
    return any(a.ref in international_orgs() for a in _organizations_after(ctx, m))


def _organizations_after(ctx: DocContext, m) -> list[Actor]:
    """The organisations named right after a title (a space between at most)."""
    return [x.actor for x in ctx.located if x.actor.kind == "organization" and x.span.field == m.field
            and 0 <= x.span.start - m.end <= 2]


PARTY_NEAR = re.compile(r"(?i)\bпарти[йяиюе]\w*|\bпартийн\w*")
PARTY_REACH = 30  # characters around a general title where the party it belongs to is named


def _of_party(ctx: DocContext, m) -> bool:
    """A general title beside a party's name (``Вторым лицом партии, ее генеральным секретарем``,
    ``генсек партии``)."""
    text = ctx.text(m.field)
    return bool(PARTY_NEAR.search(text, max(0, m.start - PARTY_REACH), min(len(text), m.end + PARTY_REACH)))


OFFICES = STATE_POSTS | {"official", "spokesperson"}


def names_an_office(ctx: DocContext, d: "Draft") -> bool:
    """The change's sentences name a post of a state's office (``начальник УВД``, ``губернатор``), not
    only a company's, a party's or a trade's (``гендиректор``, ``лидер партии``)."""
    for s in d.sentences:
        orgs = [x.span for x in ctx.in_sentence(s, ("organization",))]  # not "General" of "General Motors"
        if any(_post_category(m.ref) in OFFICES and not any(o.start <= m.start and m.end <= o.end for o in orgs)
               for m in ctx.mentions_in(s, ("post",))):
            return True
    return False


def _office_changed(ctx: DocContext, event, d: "Draft") -> bool:
    """A change of post of an official of a state: a post of an office is named, or the person holds one."""
    if hypothetical(d):  # "шансы стать президентом", "потребовали отставки"
        return False
    if not event.participants:
        return False
    # (not the one a letter is addressed to: "заявление об отставке на имя министра культуры")
    posts = [m for s in d.sentences for m in ctx.mentions_in(s, ("post",))
             if not re.search(r"(?i)\bна\s+имя\s+$", ctx.text(m.field)[max(0, m.start - 10):m.start])]
    if posts and all(_post_category(m.ref) == "profession" for m in posts) and not any(
            _title_category(p.title) not in ("", "profession") for x in d.participants for p in x.actor.positions):
        return False  # "Первым японским космонавтом стал …", "тренер … возглавил клуб": no public office
    if party_choice(ctx, d):
        return False
    named = _post_changed(ctx, d, posts)
    if named is not None and (_post_category(named.ref) == "profession" or named.ref in PARTY_ONLY):
        return False  # "объявил о своем уходе с поста лидера партии": no office of a state
    if posts and all(FIRM.match(ctx.text(m.field), m.end) for m in posts):
        return False  # "президент клуба … написал заявление об уходе": a firm's post
    if any(_post_category(m.ref) in STATE_POSTS and not _of_company(ctx, m) for m in posts) \
            or GOVERNMENT.search(d.trigger.text):
        return True  # "Министром здравоохранения назначен", "отставка губернатора"
    near = [m for m in posts if m.field == d.trigger.field and (0 <= d.trigger.start - m.end <= CHANGE_REACH
                                                               or 0 <= m.start - d.trigger.end <= CHANGE_REACH)]
    if near and all(_of_party(ctx, m) for m in near):
        return False  # "Вторым лицом партии, ее генеральным секретарем назначен …": a party's post
    if near and all(_of_union(ctx, m) for m in near):
        return False  # "назначена главой МВФ": a post of an organisation of states, no office of a state
    # a general title ("художественным руководителем театра") counts for a state's official only
    return bool(event.countries) and (bool(posts) or any(x.actor.positions for x in d.participants)
                                      or _by_state_body(ctx, d))


def _by_state_body(ctx: DocContext, d: "Draft") -> bool:
    """A state body of bodies.tsv is who changes the post (``Верховная Рада … отправила в отставку Арсения
    Яценюка``): an office of that state, though the text names no post."""
    return any(x.actor.kind == "organization" and (x.actor.ref or "").split(":")[0] in _body_ids()
               and x.span.field == d.trigger.field and 0 <= d.trigger.start - x.span.end <= CHANGE_REACH
               for x in ctx.in_sentence(d.sentences[0], ("organization",)))


def is_diplomatic(ctx: DocContext, event, d: "Draft") -> bool:
    """An event between states: two sides at least (a visit's host country counts as one).

    Talks of an official with his own staff, a trip at home, a call with no
    counterpart are left out; a participant of unknown country counts as a side
    when the sentence names another state.  Statements need an author;
    appointments are kept (they change who speaks for a state).  Events recalled
    from well before the publication are background.
    """
    if is_background(ctx, event):
        return False
    if event.type == "position_change":
        return _office_changed(ctx, event, d)
    if event.type == "statement" and event.status == "planned":
        return False  # a statement wished, predicted or to come is none ("Франция хочет выступить против …")
    if event.type == "statement" and _standing_position(ctx, d):
        return False
    if event.type == "statement":  # about another state (an envoy of the EU speaks for a union of states)
        sides = set(event.countries) | {f"org:{org}" for org in _union_posts(d)}
        authors = [p for p in event.participants if p.role == "author"]
        return bool(authors) and (len(sides) >= 2 or d.trigger.field == "title" and any(map(_foreign_voice, authors)))
    if event.type == "signing":  # between states (or a state and a union of states), not a contract or a lease
        signed = " ".join(ctx.text(d.trigger.field)[d.trigger.end:d.trigger.end + 60].lower().split()[:2])
        if DECREE.search(signed) or event.agreements and all(DECREE.match(a.title.lower()) for a in event.agreements):
            return False  # "подписал распоряжение о выходе России из МУС": an act of one state
        if len(event.countries) >= 2:
            return True
        return bool(event.countries) and bool(set(event.organizations) & set(international_orgs().values()))
    if event.type == "visit" and morph.lemma(d.trigger.text.split()[0]) in ARRIVALS:
        # a private person's trip ("приехала в Москву", "прилетел на свадьбу", a photographer's) is no
        # visit of state: the one who comes holds an office (one the KB gives on the date counts too:
        # "украинский лидер Леонид Кучма" is its president)
        in_office = {x.actor.id for x in d.participants if any(_office(q.title) for q in x.actor.positions)}
        if not any(_office(p.position) or p.actor in in_office for p in event.participants if p.role != "host"):
            return False
    if event.type == "visit" and _former_guests(event, d):
        return False
    # (a church's dignitary speaks for no state: "митрополит Сербской православной церкви Ириней")
    clergy = {x.actor.id for x in d.participants if any((p.title or "").lower() in CLERGY for p in x.actor.positions)}
    clergy |= {p.actor for p in event.participants if (p.position or "").lower() in CLERGY}
    sides = {p.country for p in event.participants if p.country and p.actor not in clergy}
    officials = _union_officials(d)
    unions = {org for orgs in officials.values() for org in orgs}
    # the UN Secretary-General speaks for the UN: one side each (the President of the European Council is
    # not also the EU)
    sides |= {f"org:{orgs[0]}" for orgs in officials.values()}
    if event.type in ("meeting", "phone_call"):  # "переговоры … с генсеком ОБСЕ": the organisation met
        sides |= {f"org:{x.actor.ref}" for x in d.participants if x.span.rule == "envoy"
                  and x.actor.kind == "organization" and x.actor.ref in international_orgs()}
    if event.type == "meeting":  # (and the states of a format: "встреча формата «Центральная Азия – ЕС»")
        sides |= set(host_bodies(ctx, d)) | set(format_members(ctx, d))
        if event.place is not None and event.place.country and d.participants and all(
                x.actor.kind == "organization" and x.actor.ref in international_orgs() for x in d.participants) \
                and morph.lemma(d.trigger.text.split()[-1]) in GATHERINGS and HELD.search(d.sentences[0].text):
            # "В Барселоне завершилась встреча глав государств и правительств Европейского союза": an
            # organisation of states meets in a state, no person named
            sides.add(f"org:{d.participants[0].actor.ref}")
        if (PARTICIPATION.match(d.trigger.text) or _came_to_gathering(ctx, d)) and of_organization(ctx, d):
            # "приняла участие в сессии Генеральной Ассамблеи ООН", "прилетел на саммит НАТО": the
            # organisation is the other side
            sides.add("org:the meeting's")
    hosted = event.type == "visit" or (d.parent is not None and d.parent.type == "visit")
    # talks abroad ("Болтон в Лондоне встретился с евроскептиками"): the host country is a side
    # (the place named in a sentence that reports the meeting, not in one that only follows it)
    told = _reports(d) or d.sentences[:1]
    # (a state the talks are only placed in is no side: "Посол России в Латвии встречался с учениками")
    hosted = hosted or event.type == "meeting" and bool(sides) and event.place is not None and any(
        e.field == s.field and s.start <= e.start < s.end and e.rule != HELD_IN_STATE
        for e in event.place.evidence for s in told)
    # the host country is a side; not the country of the seat of an organisation whose official is there
    # ("председатель Европарламента … в Брюсселе")
    if hosted and event.place is not None and event.place.country and not (
            event.place.city and event.place.city in seats_of(unions | sentence_orgs(ctx, d))):
        sides.add(event.place.country)
    if len(sides) >= 2:
        return True
    if any(p.country is None and p.actor not in clergy for p in event.participants) and sides:
        # states named, and the states of national bodies as the actors resolved them ("Госсовета" is
        # Russia's here, not also China's)
        named = {m.ref for s in d.sentences[:1] for m in ctx.mentions_in(s, ("state", "state_adj")) if m.ref}
        named |= {x.actor.country for s in d.sentences[:1] for x in ctx.in_sentence(s, ("organization",))
                  if x.actor.country}
        return bool(named - sides)
    return False

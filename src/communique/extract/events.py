"""Events stage: typed, dated, placed events with participants and roles.

Per sentence, triggers (``resources/triggers.tsv``) propose events.  A trigger
after ``в рамках``/``в ходе``/``по итогам``/``на`` refers to an event already
reported (``В рамках визита``, ``По итогам переговоров``): it gives context to the
other events of its sentence instead of making a new one.  A later report of the
same event in the document (``На переговорах ...``, no new participants) is
merged into the first.  Sentences without a trigger after a meeting are its
discussion and feed its topics.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from collections.abc import Sequence

from ..model import Analysis, DateRange, Event, Mention, Sentence, Span, content_hash
from . import agreements as agreements_mod
from . import appointees, coding, roles, statements, topics
from ..nlp import morph
from .context import OF_STATE, DocContext, Located
from .dates import AT_THE_TIME, last_day, tells_a_day
from .phrases import LIST_JOIN
from .triggers import Trigger, find_formats, find_triggers
from .tenures import kb_news, tenure_date

CONTEXT_WORDS = frozenset({"рамках", "ходе", "итогам", "полях", "время", "результатам", "на", "после", "of", "during", "after",
                           "following", "at"})
ARTICLES = frozenset({"the", "a", "an", "these", "their"})
PERSONLESS_TYPES = frozenset({"statement", "signing"})
KEYED = frozenset({"statement", "position_change"})


@dataclasses.dataclass
class Draft:
    """An event being assembled (mutable while the document is read)."""

    type: str
    status: str
    trigger: Span
    sentences: list[Sentence]
    participants: list[Located]
    parent: "Draft | None" = None
    date: DateRange | None = None
    formats: list[str] = dataclasses.field(default_factory=list)
    evidence: list[Span] = dataclasses.field(default_factory=list)
    roles: dict[str, str] = dataclasses.field(default_factory=dict)  # actor id -> role fixed by the text
    weak: bool = False  # from a weak trigger only (a speech verb such as "отметил")
    bodies: list[Located] = dataclasses.field(default_factory=list)  # bodies that spoke through a person
    listed: bool = False  # a change of post of a person listed after the first one of its trigger
    side: str | None = None  # the counterpart's state of one of several meetings told together
    told_in_body: bool = False  # a headline's event that a report in the body has joined

    @property
    def key_actor(self) -> str | None:
        """The author of a statement, the appointee of a position change (by surname for persons,
        so ``Никитина А.С.`` and ``Андрей Никитин`` are one)."""
        if self.type not in KEYED or not self.participants:
            return None
        actor = self.participants[0].actor
        return surname_key(actor.name) if actor.kind == "person" else actor.id


PATRONYMIC = ("вич", "вна", "ична", "вича", "вны", "вичем", "вной", "вичу", "вне")


def surname_key(name: str) -> str:
    """A person's surname, case endings cut: ``Небензя Василия Алексеевича``, ``Василий Небензю``
    and ``Никитина А.С.`` give the keys of ``Василий Небензя`` and ``Андрей Никитин``."""
    words = [w for w in name.replace(".", ". ").split() if len(w.rstrip(".")) > 2]
    if not words:
        return name.lower()
    surname = words[0] if len(words) == 3 and words[-1].lower().endswith(PATRONYMIC) else words[-1]
    return morph.lemma(surname)[:5]


def _spokesman_of(a: Draft, b: Draft) -> bool:
    """A statement of a ministry (or state) and one of a person of that country are one statement
    (``МИД России назвал ... С заявлением выступила Мария Захарова``), as are a state's and one of its
    bodies'."""
    if a.type != "statement" or not a.participants or not b.participants:
        return False
    body, person = a.participants[0].actor, b.participants[0].actor
    if body.kind == "state" and person.kind == "organization":  # "Германия осудила … В МИД ФРГ прокомментировали"
        return body.country == person.country
    return (body.kind in ("organization", "state") and person.kind == "person" and body.country == person.country
            and not (body.kind == "organization" and _leads_state(person)))


def _leads_state(person) -> bool:
    """A head of state or government speaks for himself, not as a body's voice: ``Правительство
    Японии выразило протест … Премьер-министр Японии Наото Кан назвал`` are two statements (a
    state and its leader are one: ``Малайзия не хочет … заявил премьер``)."""
    return any(roles._title_category(p.title) in roles.APPOINTERS for p in person.positions)


def _is_reference(ctx: DocContext, trig: Trigger) -> bool:
    """``в ходе переговоров``, ``по итогам визита``, ``following the talks``."""
    word = ctx.preceding_word(trig.tokens[0])
    if word in ARTICLES:
        first = trig.tokens[0]
        before = ctx.text(first.field)[max(0, first.start - 24):first.start].lower().split()
        word = before[-2] if len(before) >= 2 else ""
    return word in CONTEXT_WORDS


RELATIVE_CLAUSE = re.compile(r",\s*(?P<which>который|которая|которое|которые)\b[^,;]*")
RELATIVE_AGREEMENT = {"который": ("masc", "sing"), "которая": ("femn", "sing"), "которое": ("neut", "sing"),
                      "которые": (None, "plur")}
TRIGGER_CLAUSE_WINDOW = 60  # "встречи с Владимиром Путиным, которая должна состояться в ноябре"


def _other_relative_clauses(ctx: DocContext, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
    """The relative clauses of the sentence that are not the trigger's: their dates are their verbs'
    (``принял … Додика, который накануне прибыл в Москву``: the talks are not of the eve).  A clause
    right after a trigger noun it agrees with tells of the event (``встречи …, которая должна
    состояться в ноябре``)."""
    text = ctx.text(sent.field)
    head = trig.tokens[-1]
    tag = morph.parse(head.text)[2] if trig.tokens[0].pos == "NOUN" else ""

    def about_trigger(m: re.Match) -> bool:
        gender, number = RELATIVE_AGREEMENT[m["which"].lower()]
        return bool(tag) and 0 <= m.start() - trig.end <= TRIGGER_CLAUSE_WINDOW and number in tag \
            and (gender is None or gender in tag)

    return [(m.start(), m.end()) for m in RELATIVE_CLAUSE.finditer(text, sent.start, sent.end)
            if not m.start() <= trig.start < m.end() and not about_trigger(m)]


# "после того, как в середине апреля в отставку подал Салам Фаяд", "с тех пор как …", "перед тем как …"
TEMPORAL_CLAUSE = re.compile(r"(?i)\b(?:(?:после|до)\s+того|с\s+тех\s+пор|перед\s+тем),?\s+как\b[^,;]*")


def _other_temporal_clauses(ctx: DocContext, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
    """The clauses of time that are not the trigger's: their dates are their verbs' (``стал премьером после
    того, как в середине апреля в отставку подал Фаяд``: not an April appointment)."""
    return [(m.start(), m.end()) for m in TEMPORAL_CLAUSE.finditer(ctx.text(sent.field), sent.start, sent.end)
            if not m.start() <= trig.start < m.end()]


def _in_what_was_said(ctx: DocContext, trig: Trigger, d) -> bool:
    """A date after a verb of saying, past its object or a clause mark (``назвал «ужасной вещью»
    вступление Китая во ВТО в 2001 году``), not right after it (``заявил в 2017 году``)."""
    gap = ctx.text(d.field)[trig.end:d.start]
    return len(gap.split()) > 2 or bool(re.search(r"[,:«\"]|\bчто\b", gap))


CONTRAST = re.compile(r",\s+а\s+|;\s+")  # "в воскресенье подал в отставку Дэвис, а в понедельник … Джонсон"


def _other_contrasted_clauses(ctx: DocContext, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
    """The clauses set against the trigger's (``…, а …``), when its own gives a date: theirs are
    their events' (``в воскресенье … подал в отставку Дэвис, а в понедельник, 9 июля, … заявил … Джонсон``)."""
    text = ctx.text(sent.field)
    cuts = [sent.start, *(m.start() for m in CONTRAST.finditer(text, sent.start, sent.end)), sent.end]
    if len(cuts) == 2:
        return []
    clauses = list(zip(cuts, cuts[1:]))
    own = next((c for c in clauses if c[0] <= trig.start < c[1]), None)
    if own is None or not any(own[0] <= d.start < own[1] for d in ctx.dates_in(sent)):
        return []
    return [c for c in clauses if c != own]


# verbs telling how long one held a post: "Д.Дэвис занимал эту позицию с момента ее создания в июле 2016 года"
TENURE_VERBS = frozenset({"занимать", "возглавлять", "руководить", "работать", "служить"})


def _tenure_clauses(ctx: DocContext, sent: Sentence, trig: Trigger, tokens: Sequence) -> list[tuple[int, int]]:
    """The comma-joined clauses before the trigger's that tell how long one held a post: their dates are
    the tenure's (``Д.Дэвис занимал эту позицию с … июля 2016 года, его сменил Доминик Рааб``: the change
    is not of 2016)."""
    text = ctx.text(sent.field)
    cuts = [sent.start, *(sent.start + m.end() for m in re.finditer(r"[,;]\s+", text[sent.start:sent.end])), sent.end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b <= trig.start and any(
        a <= t.start < b and t.pos == "VERB" and t.lemma in TENURE_VERBS for t in tokens)]


PARTICIPLE_REACH = 3  # tokens between a participle and the date it governs ("состоявшегося в пятницу")


def _other_participle_phrases(ctx: DocContext, sent: Sentence, trig: Trigger, tokens: Sequence) -> list[tuple[int, int]]:
    """Dates a participle governs that qualify another noun than the trigger: ``протест против
    состоявшегося в пятницу визита``, ``запущенные в субботу снаряды`` (not ``назначенная на 15 мая
    встреча``, the trigger's own)."""
    out = []
    for d in ctx.dates_in(sent):
        before = [t for t in tokens if t.end <= d.start][-PARTICIPLE_REACH:]
        participle = next((t for t in reversed(before) if t.pos == "PRTF"), None)
        if participle is None or any(t.text in ",;:" for t in before if t.start > participle.start):
            continue
        head = next((t for t in tokens if t.start >= d.end and t.pos == "NOUN"), None)
        if head is not None and not trig.start <= head.start < trig.end and not participle.start <= trig.start < d.end:
            out.append((participle.start, d.end))
    return out


def _explicit_date(ctx: DocContext, sent: Sentence, exclude: Sequence[tuple[int, int]] = ()) -> DateRange | None:
    found = [d for d in ctx.dates_in(sent) if not any(a <= d.start < b for a, b in exclude)]
    dateline = ctx.dateline_span() if sent.field == "text" else None
    if dateline and len(found) > 1:  # "6 марта 2025 года 16:15 Обсуждены … в ходе визита … в ноябре 2024 года"
        found = [d for d in found if not dateline[0] <= d.start < dateline[1]]
    # "в среду, 20 июня 2018 года": the date written out before the weekday read from the publication
    # (and a day and month given the year of the item's latest full date before a weekday counted from it)
    for d in sorted(found, key=lambda d: (not d.range.reason.startswith("explicit"),
                                          not d.range.reason.startswith("day and month"))):
        if d.range.precision in ("day", "month"):
            return d.range
    # "после встречи … в 2009 году", "в конце 2005-го", "четыре года назад": a year alone dates the event
    # too (and makes it background in 2015); "на 2026 год" is a period, no date
    # ("Тогда же" after such a year is that year)
    return next((d.range for d in found if (d.range.reason == "year" or d.range.reason.startswith(AT_THE_TIME))
                 and not d.text.lower().startswith("на") or d.range.reason.startswith("years ago")), None)


PERSON_AFTER_WINDOW = 60  # "принял в Кремле Президента Республики Конго Дени Сассу-Нгессо"


def _person_after(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    """A person received right after the trigger (``принял в Кремле Президента Конго …``), not one
    after another object (``принять санкции против … Шрёдера``)."""
    people = ctx.in_sentence(sent, ("person",)) + ctx.post_references(sent, ctx.ref_date) + _envoys(ctx, sent)
    # the title counts as the person's start ("принял в Кремле заместителя Премьер-министра, Министра
    # внутренних дел Объединённых Арабских Эмиратов Сейфа …")
    after = [x for x in people if any(0 <= start - trig.end <= PERSON_AFTER_WINDOW for start in (
        x.span.start, *(e.start for p in x.actor.positions for e in p.evidence
                        if e.field == x.span.field and trig.end <= e.start < x.span.start)))]
    if not after:  # (or a body met through its members: "общался с членами Группы европейских исследований")
        return bool(_bodies_met(ctx, sent, Span(sent.field, trig.start, trig.end, "", "trigger")))
    first = next((t for t in ctx.tokens_of(sent) if t.start >= trig.end), None)
    covered = ctx.mentions_in(sent, ("post",)) + [x.span for x in people]
    return first is None or first.pos != "NOUN" or first.lemma == "участие" \
        or any(m.start <= first.start < m.end for m in covered)  # "приняли участие Лавров, Силуанов …"


POST_WINDOW = 40  # "Новым британским премьером стал", "МИД возглавит", "станет министром обороны"


NOT_A_POST = ("кандидат",)
ACTING = re.compile(r"(?i)\s+(?:временно\s+)?исполняющ\w+\s+обязанност\w+\s+")
SUCCESSOR = re.compile(r"(?i)\b(?:его|её|ее|их)\s+(?:преемником|преемницей|сменщиком)\s+$")
NEW_HOLDER = frozenset({"новый", "новая", "новым", "новой"})
PREPOSITIONS = frozenset({"с", "со", "между", "за", "под", "над", "перед", "по"})  # "разногласия с главой …"  # "станет кандидатом в президенты": no office yet


def _post_near(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    """A post or body beside the trigger; for ``стать``, a post in the instrumental
    (``премьером стал``, not ``королева … стало известно``)."""
    copula = trig.tokens[0].lemma == "стать"
    if copula and SUCCESSOR.search(ctx.text(trig.tokens[0].field)[max(0, trig.start - 30):trig.start]):
        return True  # "Его преемником стал Доминик Рааб": the post of the one told before
    near = ctx.mentions_in(sent, ("post",) if copula else ("post", "organization"))
    for m in near:
        if not (m.end <= trig.start and trig.start - m.end <= POST_WINDOW
                or m.start >= trig.end and m.start - trig.end <= POST_WINDOW):
            continue
        words = m.text.lower().split()
        if copula and m.start >= trig.end and ctx.preceding_word(m) in NEW_HOLDER:
            return True  # "Другим новичком в правительстве стал новый заместитель мэра …": the new holder
        if copula and m.start >= trig.end and ACTING.fullmatch(ctx.text(m.field)[trig.end:m.start]):
            return True  # "стать временно исполняющим обязанности губернатора": the acting holder
        if copula and (not words or words[0].startswith(NOT_A_POST) or ctx.preceding_word(m) in PREPOSITIONS
                       or not any("ablt" in str(p.tag) for w in words for p in morph.parses(w))):
            continue
        return True
    return False


DOCUMENTS = re.compile(r"(?i)документ|соглашени|меморандум|договор\w*\b|деклараци|программ|протокол|заявлени")
DOCUMENT_WINDOW = 80


# "просили Анкару принять программу", "призвал подписать": what one side asks of another is no signing
REQUEST = re.compile(r"(?i)\b(?:проси|просят|попроси|призва|призыва|предлага|предложи|требова|потребова|убежда|уговарива)"
                     r"\w*\s+(?:[\w-]+\s+){0,3}$")


def _requested(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    text = ctx.text(sent.field)
    return REQUEST.search(text[max(sent.start, trig.start - 60):trig.start]) is not None


def _documents_after(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    """``принять ряд межправительственных документов``: documents named right after the trigger."""
    return bool(DOCUMENTS.search(ctx.text(sent.field), trig.end, min(sent.end, trig.end + DOCUMENT_WINDOW)))


def _new_clause(ctx: DocContext, sent: Sentence, before: Trigger, trig: Trigger) -> bool:
    """A second visit or appointment in a clause of its own (``посетит Великобританию, … и посетит
    Польшу``, ``МИД возглавит Уильям Хэйг, а министром обороны станет Лиам Фокс``)."""
    if trig.type not in ("visit", "position_change"):
        return False
    between = ctx.text(sent.field)[before.end:trig.start]
    return len(between.split()) >= 4 and ("," in between or " и " in between)


def _new_people(ctx: DocContext, sent: Sentence, referent: "Draft") -> bool:
    known = {x.actor.id for x in referent.participants}
    return any(x.actor.id not in known for x in ctx.in_sentence(sent, ("person",)))


TOPIC_OPENER = re.compile(r"(?i)\b(?:о|об|обо|по поводу|относительно|касательно|в отношении)\s(?![^,;]*\bсо?\s)[^,;]*"
                          r"(?:,\s+(?-i:[а-яё])[^,;]*)?$")  # (an apposition after a comma: "матери, христианки …")


THE_COUNTRY = re.compile(r"\bчто\s+(страна)\s+(?:\w+\s+)?$")  # (a verb between: "страна ведет переговоры")


def _speakers_country(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """``Премьер-министр Канады Джастин Трюдо заявил, что страна ведет переговоры``: "страна" opening
    what a person of a state says is that state, a side of the talks."""
    text = ctx.text(sent.field)
    m = THE_COUNTRY.search(text, max(sent.start, trigger.start - 40), trigger.start) if trigger.field == sent.field else None
    if m is None:
        return None
    speakers = [x for x in ctx.in_sentence(sent, ("person",)) if x.span.end <= m.start() and x.actor.country]
    if not speakers:
        return None
    country = max(speakers, key=lambda x: x.span.end).actor.country
    return Located(ctx.state_actor(country), Span(sent.field, m.start(1), m.end(1), m[1], "speaker-country"))


# "втайне от Терезы Мэй", "без ведома премьера", "в обход Белого дома": one the event was kept from
KEPT_OUT = re.compile(r"(?i)(?:\b(?:втайне|тайно|скрытно)\s+от|\bбез\s+ведома|\bв\s+обход)\s+(?:[\w-]+\s+){0,3}$")


def _kept_out(ctx: DocContext, x: Located) -> bool:
    text = ctx.text(x.span.field)
    return KEPT_OUT.search(text[max(0, x.span.start - 60):x.span.start]) is not None


def _in_topic(ctx: DocContext, x: Located, trigger: Span) -> bool:
    """``переговоры с Пакистаном по поводу Азии Биби``, ``о предоставлении Асие Биби убежища``: a
    person the talks are about, not one taking part."""
    if x.span.field != trigger.field or x.span.start < trigger.end:
        return False
    return TOPIC_OPENER.search(ctx.text(trigger.field)[trigger.end:x.span.start]) is not None


# who comments on talks or explains them takes no part in them ("Пресс-секретарь … прокомментировал телефонный
# разговор Путина и Байдена", "Лавров объяснил, почему провалился … саммит"), unless he conducted them
COMMENTED = frozenset({"прокомментировать", "комментировать", "объяснить", "рассказать", "раскрыть",
                       "commented", "explained"})
SPOKEN_AT = re.compile(r"(?i)(?:\bна|\bв\s+ходе|\bво\s+время|\bпо\s+итогам|\bat|\bduring)\s+$")
CONDUCTED = frozenset({"провести", "проводить", "участвовать", "принять", "встретиться", "held", "took"})


def _commentator(ctx: DocContext, sent: Sentence, x: Located, trigger: Span) -> bool:
    if x.span.field != trigger.field or x.span.end > trigger.start:
        return False
    between = [t for t in ctx.tokens_of(sent) if x.span.end <= t.start and t.end <= trigger.start]
    said = next((k for k, t in enumerate(between) if t.lemma in COMMENTED), None)
    if said is None or any(t.lemma in CONDUCTED for t in between[said:]):
        return False
    # (who speaks at the talks takes part: "рассказал … на встрече", "в ходе переговоров")
    return not SPOKEN_AT.search(ctx.text(trigger.field)[max(0, trigger.start - 20):trigger.start])


def _participants(ctx: DocContext, sent: Sentence, event_type: str, trigger: Span) -> list[Located]:
    def takes_part(x: Located) -> bool:
        return event_type not in ENCOUNTERS or not _commentator(ctx, sent, x, trigger)

    people = ctx.in_sentence(sent, ("person",))
    people = [x for x in statements.without_title_names(ctx, people)
              if (event_type not in CONVERSATIONS or not _in_topic(ctx, x, trigger)) and not _kept_out(ctx, x)
              and takes_part(x)]
    ids = {x.actor.id for x in people}
    people += [x for x in ctx.post_references(sent, ctx.ref_date) if x.actor.id not in ids and takes_part(x)]
    if event_type in CONVERSATIONS:  # "переговоры с Россией": a state as the counterpart
        countries = {x.actor.country for x in people}
        people += [x for x in ctx.counterpart_states(sent) if x.actor.country not in countries]
        countries = {x.actor.country for x in people}
        people += [x for x in _envoys(ctx, sent) + _colleagues(ctx, sent) if x.actor.country not in countries]
        speaker_state = _speakers_country(ctx, sent, trigger)
        if speaker_state is not None and speaker_state.actor.id not in {x.actor.id for x in people}:
            people.insert(0, speaker_state)  # (the speaker himself is who tells of the talks: dropped below)
    if event_type == "meeting":
        ids = {x.actor.id for x in people}
        people += [x for x in _bodies_met(ctx, sent, trigger) if x.actor.id not in ids]
    if event_type in (*CONVERSATIONS, "visit") and (subject := _pronoun_subject(ctx, sent, trigger)) is not None \
            and subject.actor.id not in {x.actor.id for x in people}:
        people.insert(0, subject)  # "Хайко Маас прибыл в Москву. Он встретился с Сергеем Лавровым"
    if not people and event_type == "meeting":
        return _sides_named(ctx, sent, trigger)
    if people or event_type not in PERSONLESS_TYPES:
        return people
    return [x for x in ctx.in_sentence(sent, ("organization",)) if x.actor.country]


SUBJECT_PRONOUN = re.compile(r"(?:^|[\s,])(?P<p>[Оо]н|[Оо]на)\s+(?:[\w-]+\s+){0,3}$")


def _pronoun_subject(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """``он``/``она`` opening the trigger's clause, standing for the one person the sentence before names
    (``Министр … Хайко Маас прибыл в Москву. Он встретился с Сергеем Лавровым``)."""
    if trigger.field != sent.field:
        return None
    text = ctx.text(sent.field)
    m = SUBJECT_PRONOUN.search(text[sent.start:trigger.start])
    index = ctx.index_of(sent)
    if m is None or index == 0 or ctx.analysis.sentences[index - 1].field != sent.field:
        return None
    named = {x.actor.id: x for x in ctx.in_sentence(ctx.analysis.sentences[index - 1], ("person",))
             if x.actor.country}
    if len(named) != 1:
        return None
    (person,) = named.values()
    return Located(person.actor, Span(sent.field, sent.start + m.start("p"), sent.start + m.end("p"), m["p"], "pronoun"))


LOCATIVE = frozenset({"в", "во", "in"})
# "встретился с представителями Европейской исследовательской группы", "общался с членами Группы …": a
# body met through its members, named right after them
MEMBERS_OF = re.compile(r"(?i)^\s*(?:[\w-]+\s+){0,4}?(?:с|со|with)\s+(?:\w+\s+)?(?:представител|член|депутат"
                        r"|руководств|делегаци|лидер|representatives|members|leaders)\w*\s+(?:the\s+)?$")


def _bodies_met(ctx: DocContext, sent: Sentence, trigger: Span) -> list[Located]:
    """The organisations whose members or representatives the trigger's subject met; not when the member
    is named after it (``с членом Политбюро ЦК КПК, министром иностранных дел Ван И``)."""
    text = ctx.text(sent.field)
    named = [x.span.start for x in ctx.in_sentence(sent, ("person",)) if x.span.field == sent.field]
    return [x for x in ctx.in_sentence(sent, ("organization",))
            if x.span.field == trigger.field and x.span.start >= trigger.end
            and MEMBERS_OF.match(text[trigger.end:x.span.start])
            and not any(0 <= start - x.span.end <= MEMBER_NAMED and not statements.has_verb(text[x.span.end:start])
                        for start in named)]


MEMBER_NAMED = 200  # characters of titles after the body within which the member met is named


# "с министром госбезопасности Грузии", "со своим новым коллегой": the counterpart met or called
COUNTERPART_BEFORE = re.compile(r"(?i)(?:^|\s)(?:с|со|with)\s+(?:(?:сво\w+|нов\w+|its|his|her|the)\s+){0,2}$")
# the words of a post's field between the post and its state ("министром госбезопасности Грузии")
POST_FIELD = re.compile(r"\s+(?:[а-яё]+\s+){0,3}")


def _envoys(ctx: DocContext, sent: Sentence) -> list[Located]:
    """The states of unnamed envoys (``встретился с Послом Италии в Кыргызстане``): the ambassador
    speaks for the state that sent him, a side of the talks though the text gives no name.  So does
    any official the subject meets or calls, named by post and state alone, whom neither the item nor
    the KB names (``провел переговоры с министром госбезопасности Грузии``)."""
    text = ctx.text(sent.field)
    states = ctx.mentions_in(sent, ("state",))
    named = ctx.in_sentence(sent, ("person",))
    unions = [x for x in ctx.in_sentence(sent, ("organization",)) if x.actor.ref in roles.international_orgs()]
    out = []
    for post in ctx.mentions_in(sent, ("post",)):
        envoy = roles._post_category(post.ref) == "ambassador"
        if not envoy and not COUNTERPART_BEFORE.search(text[max(sent.start, post.start - 40):post.start]):
            continue
        union = next((x for x in unions if x.span.start >= post.end and OF_STATE.fullmatch(text[post.end:x.span.start])),
                     None) if not envoy else None
        if union is not None and not any(0 <= x.span.start - union.span.end <= 2 for x in named):
            # "с генсеком ОБСЕ": the organisation its official speaks for
            out.append(Located(union.actor, Span(sent.field, post.start, union.span.end,
                                                 text[post.start:union.span.end], "envoy")))
            continue
        state = next((m for m in states if m.start >= post.end and m.ref and (
            OF_STATE.fullmatch(text[post.end:m.start]) or not envoy and POST_FIELD.fullmatch(text[post.end:m.start]))),
                     None)
        if state is None or any(0 <= x.span.start - state.end <= 40 for x in named):
            continue  # (a named envoy is a person of the sentence already: "Послом Японии Икуко Мотоки")
        out.append(Located(ctx.state_actor(state.ref), Span(sent.field, post.start, state.end,
                                                              text[post.start:state.end], "envoy")))
    return out


COLLEAGUE = re.compile(r"(?i)\s+коллег\w*")


def _colleagues(ctx: DocContext, sent: Sentence) -> list[Located]:
    """``встретился со своим китайским коллегой`` with no name after it: the holder of the subject's post
    in that state on the item's date (the KB's), else the state."""
    text = ctx.text(sent.field)
    named = ctx.in_sentence(sent, ("person",))
    out = []
    for adj in ctx.mentions_in(sent, ("state_adj",)):
        word = COLLEAGUE.match(text, adj.end)
        if word is None or not adj.ref or not COUNTERPART_BEFORE.search(text[max(sent.start, adj.start - 40):adj.start]) \
                or any(0 <= x.span.start - word.end() <= 2 for x in named):
            continue
        subjects = [x for x in named if x.span.end <= adj.start and x.actor.country and x.actor.country != adj.ref]
        titles = [p.title for p in subjects[0].actor.positions if p.country == subjects[0].actor.country] if subjects else []
        holder = next((h for t in titles if (h := ctx._holder_in_kb(t, adj.ref, ctx.ref_date)) is not None), None)
        out.append(Located(holder or ctx.state_actor(adj.ref),
                           Span(sent.field, adj.start, word.end(), text[adj.start:word.end()], "colleague")))
    return out


TOP_LEVEL = re.compile(r"(?i)\bна\s+высшем\s+уровне\b|\bat\s+the\s+highest\s+level\b")
SIDES_WINDOW = 80  # characters between a trigger and the sides named with it
SPORT = re.compile(r"(?i)\b(?:матч\w*|сборн\w+|чемпионат\w*|турнир\w*|ЧМ-\d+)")


COMPLEMENT_WORDS = 3  # words between a meeting's noun and the list of states it governs ("лидеров", "министров иностранных дел")


def _sides_named(ctx: DocContext, sent: Sentence, trigger: Span) -> list[Located]:
    """Talks named by their sides only: ``заседание межправительственной комиссии Узбекистана и
    Казахстана`` (two states or more beside the trigger), ``встреча министров иностранных дел стран
    ШОС`` (an organisation of states); ``в Бишкеке`` is the place, and a match of two teams no talks."""
    if SPORT.search(sent.text):
        return []
    text = ctx.text(sent.field)

    places = ctx.in_sentence(sent, ("state",))  # "с бортперсоналом в Ирландии, Великобритании, Германии": places

    def beside(x: Located) -> bool:
        a, b = sorted((x.span.start, trigger.start))
        gap = text[min(x.span.end, trigger.end):max(x.span.start, trigger.start)]
        if b - a > SIDES_WINDOW:
            return False
        if not statements.CLAUSE_BREAK.search(gap):
            return True
        # "Парламентарии США, ФРГ и России проведут встречу": a list of states, its last one beside the trigger;
        # "переговоры лидеров США, Великобритании и Испании": its first one
        if x.span.start >= trigger.end:
            return x.actor.kind == "state" and _listed_after(x)
        following = [y for y in places if x.span.end <= y.span.start and y.span.end <= trigger.start]
        nearest = min(following, key=lambda y: y.span.start, default=None)
        return nearest is not None and LIST_JOIN.fullmatch(text[x.span.end:nearest.span.start]) is not None \
            and beside(nearest)

    def _listed_after(x: Located) -> bool:  # a later member of a list that opens the trigger's complement
        preceding = [y for y in places if trigger.end <= y.span.start and y.span.end <= x.span.start]
        nearest = max(preceding, key=lambda y: y.span.end, default=None)
        if nearest is None or LIST_JOIN.fullmatch(text[nearest.span.end:x.span.start]) is None:
            return False
        gap = text[trigger.end:nearest.span.start]
        return _listed_after(nearest) or len(gap.split()) <= COMPLEMENT_WORDS and not statements.CLAUSE_BREAK.search(gap)

    # "кыргызско-китайские переговоры", "the Kyrgyz-Chinese Intergovernmental Commission": the states of a compound,
    # when the item names no person of them (who would be the sides: "Российско-мьянманские переговоры" on kremlin.ru)
    people = {a.country for a in ctx.analysis.actors if a.kind == "person" and a.country}
    compounds = [Located(ctx.state_actor(m.ref), Span(m.field, m.start, m.end, m.text, m.rule))
                 for m in ctx.mentions_in(sent, ("state_adj",)) if m.rule == "compound-adjective" and m.ref not in people
                 and _qualifies(ctx.text(sent.field), m, trigger)]

    named = [x for x in ctx.in_sentence(sent, ("state", "organization")) + statements.capitals(ctx, sent) + compounds
             if ctx.preceding_word(x.span) not in LOCATIVE and beside(x)
             and not (x.actor.kind == "state" and statements.in_place_phrase(ctx, x, places))]
    # states, capitals standing for them ("с Исламабадом") and national bodies ("правительство Канады")
    sides = [x for x in named if x.actor.kind == "state" or x.actor.kind == "organization" and x.actor.country]
    sides = [x for x in sides if not any(y.span != x.span and y.span.start <= x.span.start and x.span.end <= y.span.end
                                         for y in sides)]  # "Канады" inside "Правительство Канады"
    if len({x.actor.country for x in sides}) >= 2:
        return _at_top_level(ctx, sent, sides)
    return [x for x in named if x.actor.kind == "organization" and x.actor.ref in roles.international_orgs()][:1]


def _qualifies(text: str, m: Mention, trigger: Span) -> bool:
    """A compound of states that qualifies the trigger's noun: right before it, one word between at most
    (``российско-украинские переговоры``, ``кыргызско-китайские межмидовские консультации``), or right after it
    (``заседание Кыргызско-Китайской межправительственной комиссии``); not a conflict's
    (``переговоров участников палестино-израильского конфликта``)."""
    if m.end <= trigger.start:
        return len(text[m.end:trigger.start].split()) <= 1
    return m.start >= trigger.end and OF_STATE.fullmatch(text[trigger.end:m.start]) is not None  # ("meeting of the")


def _at_top_level(ctx: DocContext, sent: Sentence, sides: list[Located]) -> list[Located]:
    """``переговоры на высшем уровне`` of states: their heads of state on the date (KB), when each is known."""
    if not TOP_LEVEL.search(sent.text) or any(x.actor.kind != "state" for x in sides):
        return sides
    heads = [ctx.head_in_kb("head_of_state", x.actor.country, ctx.ref_date) for x in sides]
    return [Located(head, x.span) for head, x in zip(heads, sides)] if all(heads) else sides


def _same_actors(a: Draft, b: Draft) -> bool:
    if a.type in KEYED:
        return a.key_actor == b.key_actor or _spokesman_of(a, b) or _spokesman_of(b, a)
    ids_a = {x.actor.id for x in a.participants}
    ids_b = {x.actor.id for x in b.participants}
    if not ids_a and ids_b and a.trigger.field == b.trigger.field and b.trigger.start - a.trigger.end > FAR_APART:
        return False  # "Требуются дальнейшие … переговоры" is not the talks of Trump and Putin told of later
    return not ids_a or not ids_b or ids_a <= ids_b or ids_b <= ids_a


FAR_APART = 300  # characters between a trigger that names nobody and a later one that names the sides


CONVERSATIONS = ("meeting", "phone_call")
ENCOUNTERS = ("meeting", "phone_call", "visit", "signing")
# "Ранее …" alone (not "Ранее сообщалось"): a change of post told so is the item's news all the same
EARLIER = re.compile(r"(?i)\s*ранее\b(?![^,;:]{0,40}?\b(?:сообщ|писал|заявл|отмеч|говорил|передава|информир))")
# (not "Ранее сегодня", "Ранее в понедельник": earlier the same day or week, still the news)
RECALL = re.compile(r"(?i)\s*(?:ранее(?!\s+(?:сегодня|в\s+(?:этот|тот\s+же)\s+день|днем|днём|утром|вечером"
                    r"|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)))|напомним|напомню"
                    r"|как сообщалось|как известно)\b")
CONVERSATION_WORDS = frozenset({"беседа", "разговор", "побеседовать", "беседовать", "поговорить"})


def _another_host(talks: Draft, like: Draft) -> bool:
    """``… был принят Президентом …`` after talks with the foreign minister: an audience of its own, its
    host another official of the host's state than the talks'."""
    if not roles.is_reception(like.trigger):
        return False
    sent = like.sentences[0]
    if sent.field == like.trigger.field and sent.text[like.trigger.end - sent.start:].lstrip().startswith("участи"):
        return False  # "приняли участие": the delegation of the talks
    ids = {x.actor.id for x in talks.participants}
    countries = {x.actor.country for x in talks.participants if x.actor.kind == "person" and x.actor.country}
    return any(x.actor.kind == "person" and x.actor.country in countries and x.actor.id not in ids
               for x in like.participants)


THAT_POST = re.compile(r"(?i)\b(?:данн|эт|той\s+же|этой\s+же)\w*\s+(?:должност|пост)")


def _another_side(headline: Draft, like: Draft) -> bool:
    """A headline's event already told in the body (``Болтон … встретился с представителями Европейской
    исследовательской группы``) is not a later report naming a state none of its sides is of (``Болтон
    встретился со своим английским коллегой Марком Седвиллом``): another meeting."""
    countries = {x.actor.country for x in headline.participants if x.actor.country}
    # (told by a verb: a heading run into the text, "Встреча с Патриархом … Во встрече также приняли участие
    # …", is the same meeting)
    return headline.told_in_body and morph.parse(like.trigger.text.split()[0])[1] == "VERB" \
        and any(x.actor.country and x.actor.country not in countries for x in like.participants)


def _hypothetical(d: Draft) -> bool:
    """A change of post that might have been (``обещала уволить Джонсона в случае …``) is no report of the
    one that was (``Джонсон ушел в отставку``)."""
    return d.type == "position_change" and roles.hypothetical(d)


def _find_open(drafts: list[Draft], type_: str, like: Draft | None = None) -> Draft | None:
    for d in reversed(drafts):
        if d.type == type_ and (like is None or _same_actors(d, like) and _hypothetical(d) == _hypothetical(like)):
            return d
    if like is not None and type_ not in KEYED:
        # the headline reports the main event: its first report in the body is the same event
        first_body = next((d for d in drafts if d.type == type_ and d.trigger.field == "text"), None)
        if first_body is None:
            return next((d for d in drafts if d.type == type_ and d.trigger.field == "title"
                         and like.trigger.field == "text" and not _another_host(d, like)
                         and not _another_side(d, like)), None)
    return None


def _ahead(rng: DateRange, ref: str | None) -> DateRange:
    """A weekday, relative day, or day or month with no year of a planned event lies after the publication,
    not before (``посетит Индию в декабре`` in a May item: this December, not the last)."""
    reason = rng.reason or ""
    if ref and reason in YEAR_FROM_PUBLICATION and _days_before(rng, ref) > PLAN_LATE_DAYS:
        return _moved_a_year(rng, +1, "planned")
    if not ref or not reason.startswith("weekday:") or (rng.start or "") >= ref:
        return rng
    day = (date.fromisoformat(rng.start) + timedelta(days=7)).isoformat()
    return DateRange(day, day, rng.precision, reason.replace("last before", "next after"))


YEAR_FROM_PUBLICATION = frozenset({"month, year from publication", "day and month, year from publication"})
PLAN_LATE_DAYS = 60  # a plan dated this long before the publication is next year's (a stale item's is not)


def _days_before(rng: DateRange, ref: str) -> int:
    """Days from the range's last day to ``ref`` (negative when it ends later)."""
    return (date.fromisoformat(ref) - last_day(rng.end or rng.start or ref)).days


def _moved_a_year(rng: DateRange, step: int, why: str) -> DateRange:
    """A yearless day or month the publication's year misplaced, a year earlier (``step`` -1) or later (+1)."""
    year = f"{int(rng.start[:4]) + step:04d}"
    kind = "month" if rng.precision == "month" else "day and month"
    return DateRange(year + rng.start[4:], year + (rng.end or rng.start)[4:], rng.precision,
                     f"{kind}, the year {'before' if step < 0 else 'after'} publication ({why})")


def _told_before(ctx: DocContext, sent: Sentence, trig: Trigger, rng: DateRange | None) -> bool:
    """A day and month written before a verb in the past that the publication's year puts after the
    publication: last year's (``Так, 21 июля … Песков заявил`` in a February item). Not in an item of no
    publication date, whose reference date is a guess."""
    if rng is None or rng.reason != "day and month, year from publication" or not ctx.doc.published \
            or not ctx.ref_date or (rng.start or "") <= ctx.ref_date or not _past_verb(trig):
        return False
    return any(d.range == rng and d.start < trig.start for d in ctx.dates_in(sent))


def _past_verb(trig: Trigger) -> bool:
    first = trig.tokens[0]
    return first.pos == "VERB" and "past" in morph.parse(first.text)[2]


def _dates_agree(a: DateRange | None, b: DateRange | None) -> bool:
    if a is None or b is None:
        return True
    return (a.start or "") <= (b.end or "9999") and (b.start or "") <= (a.end or "9999")


def _places_agree(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """Visits to two countries are two visits (``посетит Великобританию ... и посетит Польшу``)."""
    if a.type != "visit":
        return True
    pa, pb = roles.own_place(ctx, a), roles.own_place(ctx, b)
    return pa is None or pb is None or pa.country == pb.country


MEETINGS_HELD = re.compile(r"(?i)\b(?:провел[аи]?|проведены|состоялись|held|had)\s+(?:[а-яёa-z]+\s+){0,2}$")


def _bilateral_meetings(drafts: list[Draft]) -> list[Draft]:
    """``провел встречи с министрами иностранных дел Венгрии, Катара и Малайзии``: one meeting with
    each state's counterparts, not one meeting of four states; so for ``телефонные разговоры``."""
    out: list[Draft] = []
    for d in drafts:
        first = d.participants[0].actor if d.participants else None
        sent = d.sentences[0]
        before = sent.text[:max(0, d.trigger.start - sent.start)] if sent.field == d.trigger.field else ""
        word = d.trigger.text.split()[0].lower()
        plural = word in ("встречи", "беседы", "meetings") and MEETINGS_HELD.search(before) or (
            d.type == "phone_call" and "разговоры" in d.trigger.text.lower())  # "провел телефонные разговоры с …"
        others: dict[str, list[Located]] = {}
        for x in d.participants[1:]:
            if first is not None and x.actor.country and x.actor.country != first.country:
                others.setdefault(x.actor.country, []).append(x)
        if d.type not in CONVERSATIONS or not plural or first is None or not first.country or len(others) < 2:
            out.append(d)
            continue
        home = [x for x in d.participants if x.actor.country == first.country]
        for country, theirs in others.items():
            out.append(dataclasses.replace(d, participants=home + theirs, side=country, roles=dict(d.roles),
                                           sentences=list(d.sentences), evidence=list(d.evidence),
                                           formats=list(d.formats), bodies=list(d.bodies)))
    return out


def _without_remarks(drafts: list[Draft]) -> list[Draft]:
    """Remarks made in talks reported by the document (``Президент отметил ...``) are the talks', and so
    are the wishes a party of a call is given (``Путин поздравил Наследного принца …`` in the readout
    of a call whose other party the publisher leaves unnamed)."""
    talks = [x.actor for d in drafts if d.type in (*CONVERSATIONS, "visit") for x in d.participants]
    ids, countries = {a.id for a in talks}, {a.country for a in talks if a.country}
    alone = {d.participants[0].actor.id for d in drafts if d.type == "phone_call" and len(d.participants) == 1}

    def in_talks(d: Draft) -> bool:
        author = d.participants[0].actor
        return author.id in ids or (author.kind != "person" and author.country in countries) \
            or any(x.actor.id in alone for x in d.participants[1:])

    return [d for d in drafts if not (d.weak and d.participants and in_talks(d))]


def _status_agrees(a: Draft, b: Draft) -> bool:
    """Talks held and talks agreed on for later are two events; a headline may differ in tense."""
    if a.type == "position_change" and a.participants and b.participants:
        return True  # "будет снят с должности" … "решение об увольнении принято": one change of one person
    return a.status == b.status or "title" in (a.trigger.field, b.trigger.field)


def _latest(drafts: list[Draft], type_: str) -> Draft | None:
    return next((d for d in reversed(drafts) if d.type == type_), None)


def _find_referent(drafts: list[Draft], type_: str) -> Draft | None:
    """The event a reference (``в ходе беседы``) points at: same type, else a conversation for a conversation."""
    found = _find_open(drafts, type_)
    if found is None and type_ in CONVERSATIONS:
        found = next((d for d in reversed(drafts) if d.type in CONVERSATIONS), None)
    return found


ANAPHORIC = frozenset({"эта", "этой", "эту", "этого", "этим", "его", "её", "ее", "их", "такая", "такой", "данная",
                       "данной", "своей", "свою", "своего"})
# "после отставки Джонсона", "на фоне отставки", "вместо ушедшего": a change as the setting of
# the news, not the news
CHANGE_SETTINGS = (("после",), ("до",), ("на", "фон"), ("в", "связь", "с"), ("из-за",), ("по", "повод"), ("вслед", "за"),
                   ("вместо",), ("перед",), ("в", "день"))  # ("в день назначения …": the time of what else happened)


def _change_as_context(trig: Trigger, triggers: list[Trigger], tokens: Sequence) -> bool:
    """A resignation or appointment named by a noun as the setting of the sentence (``после
    отставки``, ``на фоне отставки``) or as what a statement is about (``прокомментировала
    отставку Джонсона``) is the background of the item, not an event it reports."""
    if trig.type != "position_change":
        return False
    words = [w for w in tokens if w.end <= trig.start]
    if AFTER_WHICH.search(" ".join(w.text.lower() for w in words[-12:])) \
            and any(t.type == "position_change" and t.end <= trig.start for t in triggers):
        return True  # "стал премьером после того, как в отставку подал Салам Фаяд": the setting of the first
    if trig.tokens[0].pos == "PRTF" and words and words[-1].lemma == "вместо":
        return True  # "назначен … вместо отправленного в отставку Ивана Муравьева": the vacancy filled
    if trig.tokens[0].pos != "NOUN" or any(t.pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for t in trig.tokens):
        return False  # (not "со своего поста ушёл": a verb tells it)
    if any(t.type == "statement" and t.end <= trig.start for t in triggers):
        return True
    if words and words[-1].text.lower() in ANAPHORIC and not _announced_own(words, tokens, trig):
        return True  # "Эта отставка представляет собой удар по плану Мэй": the change told before
    before = [w.lemma for w in words][-5:]
    if before[-2:] == ["уход", "в"]:  # "после ухода в отставку своего предшественника"
        before = before[:-2]
    return any(tuple(before[-len(p):]) == p for p in CHANGE_SETTINGS)


ANNOUNCING = frozenset({"объявить", "заявить", "сообщить", "объявлять", "заявлять"})


def _announced_own(words: Sequence, tokens: Sequence, trig: Trigger) -> bool:
    """``о своей отставке объявил Дэвис``, ``объявил о своем уходе``: the news of one's own change (not
    "объяснил причины своей отставки": the change told before)."""
    if len(words) < 2 or words[-1].text.lower() not in OWN_FORMS or words[-2].text.lower() not in ("о", "об"):
        return False
    after = [t for t in tokens if t.start >= trig.end][:2]
    return any(w.lemma in ANNOUNCING for w in [*words[-4:-2], *after])


OWN_FORMS = frozenset({"своей", "своем", "своём"})
AFTER_WHICH = re.compile(r"\b(?:после того , как|после того как|вслед за тем , как)\b")
PRESS = re.compile(r"(?i)\s*(?:с|со|with)\s+(?:\w+\s+){0,2}?(?:журналист|корреспондент|представител\w*\s+(?:сми|прессы)"
                   r"|прессой|сми\b|reporters|journalists|the press)")


FOR_THE_PRESS = re.compile(r"(?i)\s*(?:(?:для|to)\s+(?:прессы|сми|средств массовой информации|the press|media)"
                           r"|по\s+итогам\s+(?:[\w-]+\s+){0,2}(?:переговоров|встречи|визита))")


def _for_the_press(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    """``Заявления для прессы`` of leaders after their talks belong to the talks, like their remarks."""
    return trig.type == "statement" and FOR_THE_PRESS.match(ctx.text(sent.field), trig.end) is not None


def _with_press(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    """``в беседе с корреспондентами``, ``встреча с журналистами``: talking to the press is no talks
    between states (what is said there may be a statement)."""
    return trig.type == "meeting" and PRESS.match(ctx.text(sent.field), trig.end) is not None


# "координатора с британской стороны Дэвида Дэвиса на переговорах", "представитель Европарламента на переговорах":
# the talks name a role, they are not reported
ROLE_AT = re.compile(r"(?i)\b(?:координатор|переговорщик|представител|делегат|посредник|глав\w+\s+делегации)\w*\b"
                     r"[^,.;:!?«»]{0,50}?\s+на\s+(?:\w+\s+)?$")


def _role_at(ctx: DocContext, sent: Sentence, trig: Trigger) -> bool:
    text = ctx.text(sent.field)
    return trig.type == "meeting" and ROLE_AT.search(text[max(sent.start, trig.start - 90):trig.start]) is not None


def _people_of_no_office(ctx: DocContext, sent: Sentence, trig: Trigger, tokens: Sequence) -> bool:
    """The verb's clause opens with a plural of persons that is no post (``Иностранцы могут прибыть``,
    ``Туристы смогут приехать``): its own subject, not the sides of the event told before
    (``Министры договорились …``, ``Стороны условились …`` are)."""
    text = ctx.text(sent.field)
    clause = max(sent.start, *(text.rfind(c, sent.start, trig.start) + 1 for c in ",;:«»—"))
    posts = ctx.mentions_in(sent, ("post",))
    # "за католичкой в Мултан прилетел небольшой самолет": a craft came, no side of the talks told before
    after = [t for t in tokens if t.start >= trig.end][:3]
    if any(t.lemma in VEHICLES and "nomn" in morph.parse(t.text)[2] for t in after if t.pos == "NOUN"):
        return True
    for t in tokens:
        if clause <= t.start < trig.start and t.pos == "NOUN" and t.lemma not in SIDES \
                and not any(m.start <= t.start < m.end for m in posts):
            tag = morph.parse(t.text)[2]
            if "anim" in tag and "plur" in tag and "nomn" in tag:
                return True
    return False


VEHICLES = frozenset({"самолёт", "самолет", "борт", "судно", "корабль", "поезд", "вертолёт", "вертолет", "лайнер",
                      "кортеж"})
# plurals of persons that may be the sides of an event told before ("Стороны договорились …")
SIDES = frozenset({"сторона", "делегация", "лидер", "глава", "партнёр", "партнер", "коллега", "участник",
                   "дипломат", "парламентарий", "депутат", "представитель", "переговорщик"})


def _body_of(ctx: DocContext, sent: Sentence, trigger: Span) -> bool:
    """``заседание Коллегии выборщиков``, ``заседании Госсовета``: a session of the body named right
    after the trigger, not a later meeting of the sides just reported."""
    text = ctx.text(sent.field)
    return any(0 <= x.span.start - trigger.end <= 2 and not text[trigger.end:x.span.start].strip()
               for x in ctx.in_sentence(sent, ("organization",)))


CEREMONIES = frozenset({"мероприятие", "торжество", "празднование", "парад", "церемония", "торжественный"})


def _attends_ceremony(ctx: DocContext, sent: Sentence, trig: Trigger, tokens: Sequence) -> bool:
    """``В торжественных мероприятиях в Москве … примет участие Касым-Жомарт Токаев``: a leader who
    takes part in ceremonies held in a place comes on a visit there."""
    if trig.type != "meeting" or trig.tokens[0].lemma != "принять":
        return False
    after = next((t for t in tokens if t.start >= trig.end), None)
    if after is None or after.lemma != "участие" or not any(t.lemma in CEREMONIES for t in tokens):
        return False
    return any(ctx.preceding_word(m) in ("в", "во") for m in ctx.mentions_in(sent, ("place",)))


def _trigger_span(ctx: DocContext, sent: Sentence, trig: Trigger) -> Span:
    return Span(sent.field, trig.start, trig.end, ctx.text(sent.field)[trig.start:trig.end], "trigger")


def _voiced(ctx: DocContext, sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """Of several statement cues in a sentence, those with a speaker (``если не сказать большего,
    — сказал Песков``: the second)."""
    cues = [t for t in triggers if t.type == "statement"]
    if len(cues) < 2:
        return triggers
    voiced = [t for t in cues if statements.statement_parties(ctx, sent, _trigger_span(ctx, sent, t))]
    return [t for t in triggers if t.type != "statement" or t in voiced] if voiced else triggers


# "посетить Индию с визитом для проведения … встречи на высшем уровне": the talks are what the visit is for
PURPOSE = re.compile(r"(?i)\bдля\s+(?:проведения\s+|участия\s+в\s+)?(?:\w+\s+){0,3}$")


def _visit_purpose(ctx: DocContext, sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """A planned visit's purpose is not talks of their own: the talks are the visit (``посетить Индию с
    визитом для проведения традиционной ежегодной встречи``)."""
    visits = [t for t in triggers if t.type == "visit" and t.status == "planned"]
    text = ctx.text(sent.field)
    return [t for t in triggers if not (t.type == "meeting" and t.status == "planned" and any(
        v.end <= t.start and PURPOSE.search(text[v.end:t.start]) for v in visits))]


SAID_BEFORE = re.compile(r"(?i)\b(?:ранее|неоднократно|не\s+раз|многократно)\s+(?:уже\s+)?$")
SPECULATION = re.compile(r"(?i)\W*(?:возможно|вероятно|не исключено|по всей видимости|скорее всего|может быть)\b")
VIDEO_LINK = frozenset({"видеосвязь", "видеоконференция"})
# "по видеосвязи приняли участие в торжественной церемонии начала строительства", "Церемония по случаю …
# В ходе видеоконференции": a ceremony joined by video
CEREMONY_JOINED = re.compile(r"(?i)\bцеремони|\bучасти\w*\s+в\s+(?:\w+\s+){0,2}(?:открыти|запуск|спуск|праздновани|торжеств)")


def _ceremony_by_video(sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """A video link to a ceremony is no call between those who join it (``Путин и Рахмон по видеосвязи
    приняли участие в церемонии начала строительства в Душанбе``)."""
    if not CEREMONY_JOINED.search(sent.text):
        return triggers
    return [t for t in triggers if not (t.type == "phone_call" and t.tokens[0].lemma in VIDEO_LINK)]


MIN_BODY = 10  # characters of text after the links for a sentence to be read


def draft_events(ctx: DocContext) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    listing: Draft | None = None  # a signing whose documents follow as a numbered list
    headline_quotes: list[Draft] = []  # "МИД РФ: …": a statement only when the body reports none of its author
    for index, sent in enumerate(ctx.analysis.sentences):
        tokens = ctx.tokens_by_sentence[index]
        links_end = ctx.related_end(sent)
        if links_end is not None:  # "Смотрите также … 29 апреля 2025 года И очень рассчитываем …": the text after
            if sent.end - links_end < MIN_BODY:
                continue
            sent = dataclasses.replace(sent, start=links_end, text=ctx.text(sent.field)[links_end:sent.end])
            tokens = [t for t in tokens if t.start >= links_end]
        if ctx.is_aside(sent):
            _documents_in_aside(ctx, sent, tokens, drafts)
            continue
        if listing is not None and agreements_mod.is_list_item(ctx, sent, listing):
            listing.sentences.append(sent)
            continue
        listing = None
        # a speaker's words are the talks' content; "Ранее …", "Напомним, …" recall the background
        # a question reports nothing ("С какими производителями ведутся переговоры?")
        recalled = RECALL.match(sent.text) is not None
        spoken = ctx.in_speech(sent) or recalled and not EARLIER.match(sent.text) or sent.text.rstrip().endswith("?")
        triggers = _signed_today(ctx, sent, tokens) if spoken and ctx.in_speech(sent) else [] if spoken else [
                    t for t in find_triggers(tokens)
                    if (not recalled or t.type == "position_change")  # "Ранее со своего поста ушел … Дэвис"
                    and (not t.needs_person_after or _person_after(ctx, sent, t))
                    and (not t.needs_post_near or _post_near(ctx, sent, t))
                    and (not t.needs_document_after or _documents_after(ctx, sent, t))]
        triggers = [t for t in triggers if t.type != "signing" or not _requested(ctx, sent, t)]
        text = ctx.text(sent.field)
        # "ранее заявила о том, что …", "неоднократно заявлял": recalled or many times said, no occasion
        triggers = [t for t in triggers if t.type != "statement" or not SAID_BEFORE.search(text, sent.start, t.start)]
        if SPECULATION.match(sent.text):  # "Возможно, они будут ставить вопрос подписания …": a guess, no plan
            triggers = [t for t in triggers if t.status != "planned"]
        if any(t.type == "signing" for t in triggers):
            titles = agreements_mod.title_spans(ctx, sent)
            triggers = [t for t in triggers if t.type == "signing" or not any(a <= t.start < b for a, b in titles)]
        if sent.field == "title" and not triggers and (quoted := _headline_quote(ctx, sent)) is not None:
            headline_quotes.append(quoted)
        welcome = _welcome(ctx, sent, drafts) if sent.field == "text" else None
        if welcome is not None:
            earlier = _find_open(drafts, "visit", welcome)
            if earlier is not None and _status_agrees(welcome, earlier) and _places_agree(ctx, welcome, earlier):
                _merge(earlier, welcome)
            else:
                drafts.append(welcome)
        if not triggers:
            if current is not None and current.type in ("meeting", "phone_call", "visit") and sent.field == "text":
                current.sentences.append(sent)
            continue
        parent = None
        fresh: list[Trigger] = []
        for trig in triggers:
            if _is_reference(ctx, trig):
                referent = _find_referent(drafts, trig.type)
                if referent is not None and _new_people(ctx, sent, referent):
                    referent = None  # "на совместном брифинге с главой МИД Литвы": another occasion
                parent = referent or parent
                if referent is None:
                    fresh.append(trig)
                elif parent.type in CONVERSATIONS:
                    parent.sentences.append(sent)
            else:
                fresh.append(trig)
        fresh = [t for t in fresh if not _change_as_context(t, fresh, tokens)
                 and not _with_press(ctx, sent, t) and not _role_at(ctx, sent, t)]
        fresh = _ceremony_by_video(sent, _visit_purpose(ctx, sent, _voiced(ctx, sent, fresh)))
        calls = {t.status for t in fresh if t.type == "phone_call"}
        if calls:  # "held talks via video conference": the talks were a call ("договорились о встрече" stays)
            fresh = [t for t in fresh if t.type != "meeting" or t.status not in calls]
        seen: dict[str, Trigger] = {}
        for trig in fresh:
            # each change of post its own ("стал министром вместо ушедшего в отставку Дэвида Дэвиса");
            # two reports of one change merge by their person below
            if trig.type in seen and trig.type != "position_change" and not _new_clause(ctx, sent, seen[trig.type], trig):
                continue
            seen[trig.type] = trig
            span = _trigger_span(ctx, sent, trig)
            if _attends_ceremony(ctx, sent, trig, tokens):
                trig = dataclasses.replace(trig, type="visit")
            draft = Draft(trig.type, trig.status, span, [sent], _participants(ctx, sent, trig.type, span), parent,
                          weak=trig.weak or _for_the_press(ctx, sent, trig))
            said = [t for t in fresh if t.type == "statement" and t.end <= trig.start]
            if said and trig.type != "statement" and trig.tokens[0].pos == "NOUN":
                # "Наото Кан назвал посещение островов министром обороны России …": the visit spoken of
                # is not the speaker's
                draft.participants = [x for x in draft.participants if x.span.start > said[0].end
                                      or x.span.field != span.field]
            if trig.type == "statement":
                parties = statements.statement_parties(ctx, sent, span)
                draft.participants = [x for x, _ in parties]
                draft.roles = {x.actor.id: role for x, role in parties}
            elif trig.type == "signing" and draft.parent is None and draft.participants \
                    and agreements_mod.SIGN.match(span.text):
                # "Путин находится с визитом в Болгарии … Путин также подпишет договоры": signed on the
                # visit (not "просили Анкару принять программу": a wish)
                draft.parent = _visit_of(drafts, draft.participants)
            elif trig.type == "position_change":
                person = appointees.appointee(ctx, sent, span) or appointees.named_next(ctx, sent, span)
                draft.participants = [person] if person is not None else []
                listed = appointees.conjoined(ctx, sent, person) if person is not None else []
                listed += appointees.successor(ctx, sent, span, person)
                listed += appointees.replaced(ctx, sent, span, person)
                went_first = appointees.followed(ctx, sent, span, person)
                if THAT_POST.search(span.text) and (previous := _latest(drafts, "position_change")) is not None:
                    # "Другим Указом от данной должности освобождён Сергей Крикалёв": the post just named
                    draft.sentences += [s for s in previous.sentences[:1] if s not in draft.sentences]
            draft.formats = [f for f, _, _ in find_formats(tokens, trig.type)]
            draft.evidence.append(Span(sent.field, sent.start, sent.end, sent.text, "sentence"))
            agreement_spans = agreements_mod.title_spans(ctx, sent) if trig.type == "signing" else []
            # "Программа сотрудничества между министерствами иностранных дел КР и КНР": named in a title,
            # not a signatory
            draft.participants = [x for x in draft.participants
                                  if not any(a <= x.span.start < b for a, b in agreement_spans)]
            if trig.type == "signing":  # not who acts in a clause after the documents' ("…, а Путин и Байден …")
                signed_in = agreements_mod.clause_end(ctx, sent)
                draft.participants = [x for x in draft.participants
                                      if x.span.field != sent.field or x.span.start < signed_in]
            lists_documents = trig.type == "signing" and agreements_mod.LIST_CUE.search(sent.text)
            # "Во вторник … пригласил … посетить Соединённые Штаты этим летом": the date before an
            # infinitive is the inviting verb's
            before_infinitive = [(sent.start, trig.start)] if trig.tokens[0].pos == "INFN" else []
            # "назвал «ужасной вещью» вступление Китая в ВТО в 2001 году": a year in what was said is its topic's
            said_years = [(d.start, d.end) for d in ctx.dates_in(sent) if trig.type == "statement"
                          and d.range.precision == "year" and d.start >= trig.end and _in_what_was_said(ctx, trig, d)]
            draft.date = _explicit_date(ctx, sent, agreement_spans + before_infinitive + said_years
                                        + _other_relative_clauses(ctx, sent, trig)
                                        + _other_temporal_clauses(ctx, sent, trig)
                                        + _other_contrasted_clauses(ctx, sent, trig)
                                        + _other_participle_phrases(ctx, sent, trig, tokens)
                                        + _tenure_clauses(ctx, sent, trig, tokens) + _eve_of(ctx, sent, trig))
            if draft.date is not None and draft.date.reason == "month, year from publication" and ctx.ref_date \
                    and draft.date.start > ctx.ref_date[:7] and _past_verb(trig):
                # "В июне Трамп назвал …" in a January item: last June
                draft.date = _moved_a_year(draft.date, -1, "told in the past")
            elif _told_before(ctx, sent, trig, draft.date):
                # "Так, 21 июля Песков заявил …" in a February item
                draft.date = _moved_a_year(draft.date, -1, "told in the past")
            if draft.status == "planned" and draft.date is not None and not _past_verb(trig):
                draft.date = _ahead(draft.date, ctx.ref_date)  # not "в пятницу выдвинул на пост": done
            elif draft.date is not None and ctx.ref_date and (draft.date.start or "") > ctx.ref_date \
                    and draft.date.precision == "day":
                if trig.type == "statement" and _past_verb(trig):
                    draft.date = None  # "заявил, что в четверг, 5 апреля, парламент вынесет …": what he said is to come
                else:
                    draft.status = "planned"  # "готов к визиту … 13 июля" in a 10 July item: still to come
            own_subject = not draft.participants and _people_of_no_office(ctx, sent, trig, tokens)
            if own_subject and trig.type == "visit":
                continue  # "Иностранцы могут прибыть", "наши друзья приехали из Китая": no visit of state
            if not draft.participants and trig.type not in KEYED and not _body_of(ctx, sent, span):
                if _is_reference(ctx, trig):  # "В ходе переговоров ..." with no talks reported before
                    # the latest encounter of the sides, not a resignation or a statement ("Отставка
                    # координатора на переговорах о Brexit")
                    source = parent or next((d for d in reversed(drafts) if d.type in ENCOUNTERS), None)
                elif trig.type == "signing":
                    source = parent or _latest(drafts, "meeting") or _latest(drafts, "visit")
                elif (trig.tokens[0].pos in ("VERB", "INFN", "PRTS", "PRTF") or (
                        trig.status == "planned" and trig.type in CONVERSATIONS)) and not own_subject:
                    # "Министры договорились о проведении очередного заседания": the same sides, later
                    # "Условлено встретиться 9 мая": the parties of the event just reported
                    source = parent or (drafts[-1] if drafts else None)
                else:  # "предстоящий саммит НАТО": nobody of this document is said to take part
                    source = parent
                if source is not None:
                    draft.participants = list(source.participants)
                    draft.parent = draft.parent or source
            earlier = _find_open(drafts, trig.type, draft)
            if earlier is None and trig.type == "meeting" and _delegation_of(ctx, trig):
                earlier = _latest(drafts, "meeting")  # the members of the talks just told
            if trig.type == "meeting" and trig.tokens[0].lemma in CONVERSATION_WORDS and draft.participants:
                # "беседа лидеров России и США" in a report of their call: the call
                call = _find_open(drafts, "phone_call", draft) or _latest(drafts, "phone_call")
                if call is not None and call.participants and _status_agrees(draft, call):
                    # "Путин также поговорил с Раулем Кастро": a call of its own with another person
                    others = {x.actor.id for x in draft.participants if x.actor.kind == "person"} \
                        - {x.actor.id for x in call.participants}
                    earlier, draft.type = (None if others else call), "phone_call"
            if earlier is not None and trig.type == "meeting" and _gathering_of_states(ctx, trig):
                earlier = None  # "принимал участие во встрече глав МИД стран-членов коалиции": not the talks before
            if earlier is not None and (not draft.participants or _dates_agree(draft.date, earlier.date)) \
                    and _places_agree(ctx, draft, earlier) and _status_agrees(draft, earlier):
                _merge(earlier, draft)
                current = earlier
            else:
                drafts.append(draft)
                current = draft
            if lists_documents:
                listing = current
            if trig.type == "position_change":
                # "назначил … Геннадия Лопатина, Сергея Воробьева и Юрия Пономарева"; "Вслед за Дэвидом
                # Дэвисом … в отставку подал и … Джонсон": the one who went before
                twins = [_twin(current, other, sent) for other in listed]
                twins += [_twin(current, other, sent, status="occurred") for other in went_first]
                drafts += [twin for twin in twins if _find_open(drafts, trig.type, twin) is None]
    drafts += [q for q in headline_quotes  # (the body's report by an author of the same state is the one)
               if not any(d.type == "statement" and d.participants
                          and d.participants[0].actor.country == q.participants[0].actor.country for d in drafts)]
    return _talks_by_call(drafts)


# a meeting of the heads of many states: "встрече глав МИД стран-членов коалиции", "саммите лидеров стран G20"
OF_STATES = re.compile(r"(?i)\s+(?:глав|министров|лидеров|руководителей|представителей)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:стран|государств)")


def _gathering_of_states(ctx: DocContext, trig: Trigger) -> bool:
    """A meeting's noun whose genitive is the heads of many states names a gathering of its own."""
    return trig.tokens[-1].pos == "NOUN" and OF_STATES.match(ctx.text(trig.tokens[-1].field), trig.end) is not None


# "С российской стороны во встрече (также) принял участие …", "В переговорах также участвовали …", "На
# заседании также выступили …"
DELEGATION = re.compile(r"(?i)(?:^|\s)(?:в|во|на)\s+$")
TAKING_PART = re.compile(r"(?i)\s+(?:также\s+)?(?:принял\w*\s+участие|участвовал\w*|выступил\w*)\b")


def _delegation_of(ctx: DocContext, trig: Trigger) -> bool:
    """A meeting's noun with "в/во" before it and "приняли участие" after it names the members of the talks
    told before, no meeting of their own."""
    text = ctx.text(trig.tokens[0].field)
    return trig.tokens[0].pos == "NOUN" and bool(DELEGATION.search(text[max(0, trig.start - 4):trig.start])) \
        and bool(TAKING_PART.match(text, trig.end))


def _twin(draft: Draft, person: Located, sent: Sentence, **changes) -> Draft:
    """The same change of post for another person named in its sentence."""
    return dataclasses.replace(draft, participants=[person], listed=True, sentences=[sent], evidence=list(draft.evidence),
                               formats=list(draft.formats), roles={}, bodies=[], **changes)


# a host's words to the guest of the talks: "Рады приветствовать в России с официальным визитом …",
# "очень рассчитываем видеть Вас в Москве 9 мая", "был бы рад видеть Вас в Москве"
WELCOME = re.compile(r"(?i)(?P<mod>\bбыл\w*\s+бы\s+|\bбуд\w+\s+)?\b(?P<verb>рад\w*|счастлив\w*|рассчитыва\w+|ждём|ждем"
                     r"|ожида\w+|позвольте|добро)\s+(?:(?:мне\s+)?(?:вас\s+)?(?:сердечно\s+|искренне\s+|снова\s+)?"
                     r"(?:видеть|приветствовать|поприветствовать|увидеть|принять|пожаловать)\b|(?-i:Вас)\b)")
# the host's thanks for the guest's coming: "поблагодарить за то, что Вы сегодня здесь, в Волгограде"
THANKS = re.compile(r"(?i)(?P<mod>(?!))?\b(?P<verb>благодар\w+|поблагодарить|спасибо)\b[^.!?]{0,30}?\bза\s+то,\s+что\s+"
                    r"(?-i:Вы)\s+(?:сегодня\s+|сейчас\s+)?(?:здесь|с\s+нами|приехали|прибыли)\b")
# the coming of a side of the talks the host announces: "Эмомали Шарипович принял наше приглашение и приедет
# на празднование юбилея Победы 9 мая в Москве", "Александр Григорьевич подтвердил своё участие в праздновании …"
COMING = re.compile(r"(?i)(?P<mod>(?!))?\b(?P<verb>приед(?:ет|ут)|прибуд(?:ет|ут)|посетит|посетят|прилетит|прилетят"
                    r"|(?:примет|примут|подтвердил[аи]?\s+сво[её])\s+участие)\b")
# "рады приветствовать Президента …, который находится в России с официальным визитом"
STAYING = re.compile(r"(?i)\bнаход\w+\s+в\s+\w+\s+с\s+(?:\w+\s+){0,2}визитом")
WELCOME_PLACE_WINDOW = 60  # characters from the welcome to "в Москве"


def _documents_in_aside(ctx: DocContext, sent: Sentence, tokens: Sequence, drafts: list[Draft]) -> None:
    """An appended text (a joint statement) that says what the leaders signed (``Главы государств подписали
    Соглашение между …``) names documents of the item's signing: the sentence joins it, no event of its
    own.  Not a document recalled with its date (``подписанный 8 декабря 1999 года Договор``)."""
    signing = next((d for d in drafts if d.type == "signing" and d.status == "occurred"), None)
    if signing is None or ctx.dates_in(sent):
        return
    if any(t.type == "signing" and t.status == "occurred" and t.tokens[0].pos == "VERB" for t in find_triggers(tokens)) \
            and agreements_mod.title_spans(ctx, sent):
        signing.sentences.append(sent)


# "в соответствии с подписанным сегодня межправсоглашением": the speaker tells of the day's signing
SIGNED_TODAY = re.compile(r"(?i)\bподписан\w*\s+сегодня\b|\bсегодня\s+(?:были\s+)?подписан\w*")


def _signed_today(ctx: DocContext, sent: Sentence, tokens: Sequence) -> list[Trigger]:
    """The signing a speaker of a transcript says was done today; nothing else he says is news."""
    if not SIGNED_TODAY.search(sent.text):
        return []
    return [t for t in find_triggers(tokens) if t.type == "signing" and t.status == "occurred"
            and SIGNED_TODAY.search(sent.text, max(0, t.start - sent.start - 12), t.end - sent.start + 12)]


def _welcome(ctx: DocContext, sent: Sentence, drafts: list[Draft]) -> Draft | None:
    """The visit of the guest of the document's talks, told by the host in a transcript; its place
    is the one the host names (``в России``, ``в Москве``)."""
    talks = next((d for d in drafts if d.type in CONVERSATIONS and d.participants), None)
    if talks is None:  # (before the search: most documents have no talks, every sentence is searched)
        return None
    awaited = None
    m = WELCOME.search(sent.text) or THANKS.search(sent.text) or _coming(ctx, sent, talks)
    if m is None and (m := AWAITED.search(sent.text)) is not None:
        awaited = _awaited(ctx, sent, sent.start + m.end())
        m = m if awaited is not None else None
    if m is None:
        return None
    at = sent.start + m.end() if awaited is None else _past_note(ctx.text(sent.field), awaited.span.end)
    if not any(0 <= x.start - at <= WELCOME_PLACE_WINDOW and ctx.preceding_word(x) in LOCATIVE
               for x in ctx.mentions_in(sent, ("place", "state"))) and not (
            m[0].endswith("Вас") and any(0 <= x.start - at <= WELCOME_PLACE_WINDOW for x in ctx.dates_in(sent))) \
            and not STAYING.search(sent.text, m.end()):
        return None  # (the host awaiting his guest on a day: "Мы очень ждём Вас и 9 Мая")
    planned = bool(m["mod"]) or m["verb"].lower().startswith(("рассчит", "жд", "ожида")) or m.re is COMING
    text = ctx.text(sent.field)
    span = Span(sent.field, sent.start + m.start("verb"), at, text[sent.start + m.start("verb"):at], "welcome")
    heads: dict[str | None, Located] = {}  # the first named of each side: not the whole delegation
    for x in talks.participants:
        heads.setdefault(x.actor.country, x)
    # the welcome's own clause: not "а до этого в Волгограде запланирован … форум" after it
    comma = re.search(r"[,;](?!\s+во?\s+[А-ЯЁ])", sent.text[m.end():])  # ("здесь, в Волгограде": the place)
    clause = sent if comma is None else Sentence(sent.field, sent.start, at + comma.start(),
                                                  sent.text[:m.end() + comma.start()])
    parts = list(heads.values())
    if awaited is not None:
        parts = [awaited, *[x for x in parts if x.actor.country and x.actor.country != awaited.actor.country][:1]]
    d = Draft("visit", "planned" if planned else "occurred", span, [clause], parts)
    # the day after the welcome ("ждём Вас в Москве 9 мая"), not one of a heading run into the sentence
    later = any(0 <= x.start - at <= WELCOME_PLACE_WINDOW for x in ctx.dates_in(sent))
    d.date = _explicit_date(ctx, sent, [(sent.start, sent.start + m.start())] if later else ())
    if planned and d.date is not None:
        d.date = _ahead(d.date, ctx.ref_date)
    d.evidence.append(Span(sent.field, sent.start, sent.end, sent.text, "sentence"))
    return d


# the host awaiting another state's leader: "На 9 Мая ждём Президента Сербии … в Москве"
AWAITED = re.compile(r"(?i)(?P<mod>(?!))?\b(?P<verb>жд[её]м|ожидаем)\s+(?=(?-i:[А-ЯЁ]))")


# a headline giving an official's or a body's words after a colon: "МИД РФ: Россия готова обеспечить проход судов"
HEADLINE_QUOTE = re.compile(r"^\s*(?P<who>[^:«»\"()]{2,60}?)\s*:\s+\S")


def _headline_quote(ctx: DocContext, sent: Sentence) -> Draft | None:
    """A statement a headline attributes with a colon to an official (a person of the KB or with a post) or a
    state body (``Лавров: …``, ``МИД РФ: …``); not to a news outlet (``Axios: …``), which is no state actor."""
    m = HEADLINE_QUOTE.match(sent.text)
    if m is None or sent.start != 0:
        return None
    text, end = ctx.text(sent.field), m.end("who")
    who = [x for x in ctx.in_sentence(sent, ("person", "organization")) if x.span.end <= end]
    if not who:
        return None
    author = who[-1]
    covered = ctx.mentions_in(sent, ("post", "state", "state_adj", "organization"))
    if text[author.span.end:end].strip(" ,.") or not _only_titles(text, sent.start, author.span.start, covered):
        return None  # the colon ends a phrase of the name's ("Запасной план Трампа:", "Выборы в Конгресс США:")
    if not author.actor.country or not (author.actor.kind == "organization" or author.actor.ref
                                        or author.actor.positions):
        return None
    colon = text.index(":", end)
    d = Draft("statement", "occurred", Span(sent.field, colon, colon + 1, ":", "headline-quote"), [sent], [author])
    d.evidence.append(Span(sent.field, sent.start, sent.end, sent.text, "sentence"))
    return d


def _only_titles(text: str, start: int, end: int, titles: Sequence[Mention]) -> bool:
    """Nothing but titles (posts, states, bodies) between ``start`` and ``end`` (``Глава МИД РФ Сергей Лавров``)."""
    rest = list(text[start:end])
    for m in titles:
        for i in range(max(m.start, start), min(m.end, end)):
            rest[i - start] = " "
    return not "".join(rest).strip(" ,.-")


def _past_note(text: str, at: int) -> int:
    """Past a bracketed note right after ``at`` (kremlin.ru's ``[ Александра Вучича … ]``)."""
    note = re.match(r"\s*\[[^\]]{0,200}\]", text[at:])
    return at + note.end() if note else at


def _awaited(ctx: DocContext, sent: Sentence, at: int) -> Located | None:
    """The person of a state named right after ``ждём`` (by name or by post)."""
    named = [x for x in [*ctx.in_sentence(sent, ("person",)), *ctx.post_references(sent, ctx.ref_date)]
             if x.span.field == sent.field and x.span.start - at in (0, 1) and x.actor.country]
    return named[0] if named else None


def _coming(ctx: DocContext, sent: Sentence, talks: Draft) -> re.Match | None:
    """A side of the talks named as the subject of coming (``Эмомали Шарипович … приедет``)."""
    m = COMING.search(sent.text)
    if m is None or not ctx.in_speech(sent) and not m["verb"].lower().endswith("участие"):
        return None  # (a report's "Обама посетит Польшу" is a visit's own trigger)
    sides = {x.actor.id for x in talks.participants}
    verb = sent.start + m.start("verb")
    named = [x for x in ctx.in_sentence(sent, ("person",)) if x.actor.id in sides and x.span.field == sent.field
             and x.span.end <= verb and not re.search(r"[,;:]", ctx.text(sent.field)[x.span.end:verb])]
    return m if named else None


def _talks_by_call(drafts: list[Draft]) -> list[Draft]:
    """``Переговоры с Президентом Венесуэлы`` over a body that reports them by video: talks of the
    same people, status and day as a call of the document are that call."""
    out: list[Draft] = []
    for d in drafts:
        call = next((c for c in drafts if c.type == "phone_call" and d.type == "meeting" and d.participants
                     and c.participants and _same_actors(c, d) and c.status == d.status
                     and (d.date is None or c.date is not None and _dates_agree(c.date, d.date))), None)
        if call is None:
            out.append(d)
        else:
            _merge(call, d)
    return out


def _merge(into: Draft, other: Draft) -> None:
    into.told_in_body = into.told_in_body or other.told_in_body or other.trigger.field == "text"
    # a report that names nobody ("говорится в сообщении") does not make a remark a statement
    into.weak = (into.weak or not into.participants) and (other.weak or not other.participants)
    if _spokesman_of(into, other):  # the person who spoke is the author; the ministry is named in organizations
        body = into.participants.pop(0)
        into.bodies.append(body)
        into.participants.insert(0, other.participants[0])
        into.roles[other.participants[0].actor.id] = "author"
    elif _spokesman_of(other, into):
        into.bodies.append(other.participants[0])
        other.participants = other.participants[1:]
    known = {x.actor.id for x in into.participants}
    key = into.key_actor
    joined = [x for x in other.participants if x.actor.id not in known
              and (key is None or x.actor.kind != "person" or surname_key(x.actor.name) != key)]
    into.participants.extend(joined)
    for x in joined:  # the roles the other report's text gave them ("против … Шрёдера": a target)
        if x.actor.id in other.roles:
            into.roles.setdefault(x.actor.id, other.roles[x.actor.id])
    into.sentences.extend(s for s in other.sentences if s not in into.sentences)
    into.evidence.extend(e for e in other.evidence if e not in into.evidence)
    into.formats.extend(f for f in other.formats if f not in into.formats)
    into.date = into.date or other.date
    if other.status == "occurred":
        into.status = "occurred"


def _date(ctx: DocContext, d: Draft) -> DateRange:
    if d.date is not None:
        return d.date
    if d.parent is not None:
        p = _date(ctx, d.parent)
        if p.precision != "reported":
            return DateRange(p.start, p.end, p.precision, f"during the {d.parent.type}")
    day = ctx.dateline_day()
    if day is not None and d.status == "occurred" and not ctx.in_speech(d.sentences[0]):
        return DateRange(day, day, "day", "dateline")
    return DateRange(ctx.ref_date, ctx.ref_date, "reported", ctx.ref_reason)


def _given(name: str) -> list[str]:
    """The given names, initials cut to their letter: ``В.Путин`` and ``Путин В.В.`` -> ["в", …]."""
    words = [w.rstrip(".").lower() for w in name.replace(".", ". ").split()]
    if len(words) > 1 and len(words[-1]) == 1:  # "Никитин А.С": the surname first
        return words[1:]
    return words[:-1]


def _same_person(a: str, b: str) -> bool:
    """``В.Путин`` ~ ``Владимир Путин`` ~ ``Путин В.В.``; ``Хейсам Бен Тарек Аль Саид`` ≁ ``Шихаб Бен Тарек
    Аль Саид``: the given names of the shorter are found, in order, in the longer."""
    short, long_ = sorted((_given(a), _given(b)), key=len)
    at = 0
    for x in short:
        while at < len(long_) and not (long_[at].startswith(x) or x.startswith(long_[at])):
            at += 1
        if at == len(long_):
            return False
        at += 1
    return True


def _one_per_person(parts: list, persons: set[str]) -> list:
    """``В.Путин`` and ``Владимир Путин`` in one event are one participant: the fuller name stays."""
    def fullness(p) -> tuple:
        return ("." not in p.name, bool(p.country), p.role != "participant", len(p.name.split()) == 2)

    out: list = []
    for p in parts:
        twin = next((i for i, q in enumerate(out) if q.actor != p.actor and {p.actor, q.actor} <= persons
                     and surname_key(q.name) == surname_key(p.name) and _same_person(p.name, q.name)), None)
        if twin is None:
            out.append(p)
        elif fullness(p) > fullness(out[twin]):
            out[twin] = p
    return out


def _visit_of(drafts: list[Draft], people: list[Located]) -> Draft | None:
    """The latest visit reported so far of one of ``people``."""
    ids = {x.actor.id for x in people if x.actor.kind == "person"}
    return next((v for v in reversed(drafts) if v.type == "visit" and ids & {x.actor.id for x in v.participants}),
                None)


SIGNERS = re.compile(r"(?i)\b(?:лидер\w*|глав\w*\s+государств\w*|министр\w*|президент\w*|премьер\w*|leaders?|ministers?"
                     r"|presidents?|heads?\s+of\s+(?:state|government))\b")


def _signatories_named(ctx: DocContext, d: Draft, parts: list) -> bool:
    """Whether the signing's own sentence names who signs: a participant in it, or the leaders or
    ministers of the talks (``Лидеры подписали``, ``главы государств подписали``, ``совместное
    заявление лидеров``); not a passive or a ceremony (``подписан ряд документов``, ``состоялась
    церемония обмена документами``), whose signatories the text leaves unnamed."""
    own = d.sentences[0]
    if any(e.field == own.field and own.start <= e.start < own.end for p in parts for e in p.evidence):
        return True
    return bool(SIGNERS.search(own.text))


ITS_POST = re.compile(r"(?i)\s*на\s+(?:(?:его|её|ее|этот|этот\s+же|свой|данный)\s+)?(?:пост|должность)\b")
A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "произошедший в 1876": a time, with no "году" to make it a date


EVE_REACH = 40  # characters from "Накануне" to the planned event it is the eve of


def _eve_of(ctx: DocContext, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
    """``Накануне первого официального визита Буша …``: the eve dates what else is told, not the visit."""
    if trig.status != "planned":
        return []
    return [(d.start, d.end) for d in ctx.dates_in(sent) if d.end <= trig.start and trig.start - d.end <= EVE_REACH
            and d.text.lower().startswith("накануне")]


def _english_participle(ctx: DocContext, trigger: Span) -> bool:
    """An English past participle set off after a name (``David Lammy, appointed in 2024, met …``)."""
    word = trigger.text.split()[0].lower()
    before = ctx.text(trigger.field)[max(0, trigger.start - 3):trigger.start]
    return word in appointees.ENGLISH_ACTIVE_OR_PASSIVE and before.rstrip().endswith(",")


def _attributive_change(ctx: DocContext, d: Draft) -> bool:
    """A change of post told by a participle describes a person of the item (``Иван Свида, назначенный
    еще Виктором Ющенко``, ``бывший полицейский, уволенный после попытки госпереворота``, ``произошедший
    в 1876 … ставшего президентом Хейса``); it is news when its sentence dates something to a day
    (``Борис Джонсон, подавший в отставку в понедельник``, ``назначенный сегодня``), when the KB dates it
    to the days of the item (``поблагодарила … покинувших правительство Бориса Джонсона`` on 9 July
    2018), or when it names the post and the sentence no other time (``назначенный на его пост Андрей
    Некрасов``)."""
    if d.type != "position_change" or morph.parse(d.trigger.text.split()[0])[1] != "PRTF" \
            and not _english_participle(ctx, d.trigger):
        return False
    sent = d.sentences[0]
    if tells_a_day(sent.text) or kb_news(ctx, d):
        return False
    text = ctx.text(sent.field)
    phrase_end = next((i for i in range(d.trigger.end, sent.end) if text[i] in ",;:()"), sent.end)
    post = ITS_POST.match(text, d.trigger.end) is not None or any(
        d.trigger.end <= m.start and m.end <= phrase_end for m in ctx.mentions_in(sent, ("post",)))
    return not post or bool(ctx.dates_in(sent)) or A_YEAR.search(sent.text) is not None


def finish(ctx: DocContext, d: Draft, actors: dict, topical: tuple[str, ...],
           drafts: list[Draft] = ()) -> tuple[Event, list]:
    """The final event of a draft, and actors it needed that the text does not name."""
    date = _date(ctx, d)
    if date.precision == "reported":
        date = tenure_date(ctx, d) or date
    place = roles.place_of(ctx, d, list(drafts))
    parts, implicit = roles.assign(ctx, d, place, date.start)
    kinds = {a.id: a.kind for a in [*actors.values(), *implicit]}
    persons = {a for a, kind in kinds.items() if kind == "person"}
    parts = _one_per_person(parts, persons)
    # "Foreign Ministers of Kyrgyzstan and China held talks" and the ministers named later: the
    # states stand in only for sides no person represents
    represented = {p.country for p in parts if p.actor in persons}
    parts = [p for p in parts if kinds.get(p.actor) != "state" or p.country not in represented]
    countries = roles.countries(ctx, d, parts, place)
    if d.type == "signing" and not _signatories_named(ctx, d, parts):
        parts = []  # "подписан ряд документов": the sides' states sign, no person the text names
    if d.type == "position_change" and not countries:
        countries = roles.appointing_state(ctx, d)
    if d.type == "position_change" and len(countries) == 1:  # appointed to a post of that state
        parts = [p if p.country else dataclasses.replace(p, country=countries[0]) for p in parts]
    agreements = agreements_mod.extract(ctx, d, countries, date) if d.type == "signing" else ()
    topic_list = topics.topics_of(ctx, d.sentences) if d.type in topical else ()
    organizations = list(dict.fromkeys([x.actor.name for x in d.bodies] + roles.organizations(ctx, d, parts, actors)))
    multilateral = len(countries) > 2 or roles.of_organization(ctx, d)
    fmt = d.formats[0] if d.formats else ("multilateral" if multilateral and d.type == "meeting" else None)
    cameo, plover = coding.code(d.type, d.status, fmt, d.trigger.text, place, countries, d.parent, multilateral, topic_list)
    participant_spans = [s for p in parts for s in p.evidence]
    evidence = tuple(dict.fromkeys([d.trigger, *d.evidence, *participant_spans, *(place.evidence if place else ())]))
    confidence = 0.5 + 0.15 * (date.precision in ("day", "month")) + 0.15 * (len(parts) >= 2) + 0.1 * (place is not None)
    event = Event(
        id=content_hash(ctx.doc.id, ctx.doc.hash, d.type, str(d.trigger.start), d.trigger.field,
                        *([d.participants[0].actor.id] if d.listed else []), *([d.side] if d.side else [])),
        type=d.type, status=d.status, date=date, place=place, participants=tuple(parts),
        countries=tuple(countries), organizations=tuple(organizations), format=fmt, topics=tuple(topic_list),
        agreements=tuple(agreements), cameo=cameo, plover=plover, evidence=evidence,
        confidence=round(min(confidence, 0.95), 2), trigger=d.trigger, sources=(ctx.doc.id,),
    )
    return event, implicit


class Events:
    """Adds events built from triggers, actors, dates and places."""

    name = "events"
    requires = ("actors", "dates", "tokens")
    assigns = ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        ctx = DocContext(analysis)
        actors = {a.id: a for a in analysis.actors}
        drafts = _bilateral_meetings(_without_remarks(draft_events(ctx)))
        # the discussion belongs to the talks; a visit carries topics only when no talks are reported
        topical = ("meeting", "phone_call") if any(d.type == "meeting" for d in drafts) else ("meeting", "phone_call", "visit")
        finished = []  # (event, draft, implicit actors, kept), in the drafts' order
        for draft in drafts:
            if _attributive_change(ctx, draft):
                continue  # (before the event is built: nothing of it is needed)
            event, implicit = finish(ctx, draft, actors, topical, drafts)
            kept = roles.is_diplomatic(ctx, event, draft)
            if not kept and (event.type != "position_change" or event.countries):
                continue  # (a change of post of no known state waits for the item's state, below)
            if kept and event.type == "position_change" and not event.countries and ctx.main_state:
                # "Гордума Новочеркасска приняла отставку мэра": the state the item is about
                event = _of_state(event, ctx.main_state)
            finished.append((event, draft, implicit, kept))
        # "Назначен новый британский министр по Brexit … Его предшественник Дэвид Дэвис подал в отставку":
        # in an item on changes in one state's posts, a change of a person of no known state is of that state
        states = {e.countries[0] for e, _, _, kept in finished
                  if kept and e.type == "position_change" and len(e.countries) == 1}
        state = next(iter(states)) if len(states) == 1 else None
        reacted = _reacted_to(ctx, drafts)
        talks = [e for e, _, _, kept in finished if kept and e.type in ("phone_call", "meeting")
                 and e.status == "occurred"]
        events = []
        for event, draft, implicit, kept in finished:
            if event.type == "position_change" and any(p.actor in reacted for p in event.participants):
                continue  # "Захарова прокомментировала отставку Джонсона": the item is the reaction, his change its background
            if event.type == "statement" and _said_in_talks(event, talks):
                continue  # "Байден также выразил Путину озабоченность …": what one side said in the call is the call
            if not kept and state:
                event = _of_item_state(ctx, event, draft, state)
            elif not kept:
                # the only state its paragraph names, for an official's change of post ("Начальник УВД
                # Томской области … освобожден … по поручению президента РФ")
                named = ctx.paragraph_state(draft.trigger) if roles.names_an_office(ctx, draft) else None
                event = _of_state(event, named) if named else None
                if event is not None and not roles.is_diplomatic(ctx, event, draft):
                    event = None
            if event is None:
                continue
            events.append(event)
            for actor in implicit:
                actors.setdefault(actor.id, actor)
        return dataclasses.replace(analysis, events=tuple(events), actors=tuple(actors.values()))


def _said_in_talks(statement: Event, talks: list[Event]) -> bool:
    """A statement of one side of a call the item reports, about the other side's state; or of one side
    of talks, about none but the talks' states (``Путин, со своей стороны, резко критиковал Байдена``; not
    what a minister says of a third state at the press conference after them)."""
    authors = {p.actor for p in statement.participants if p.role == "author"}
    for encounter in talks:
        sides = {p.actor: p.country for p in encounter.participants}
        if authors & sides.keys():
            partners = {c for a, c in sides.items() if a not in authors and c}
            if partners & set(statement.countries) and (
                    encounter.type == "phone_call" or set(statement.countries) <= set(encounter.countries)):
                return True
    return False


CHANGE_NOUN = re.compile(r"(?i)\b(?:отставк|уход|увольнени|назначени)\w*")


def _reacted_to(ctx: DocContext, drafts: list[Draft]) -> set[str]:
    """The persons whose change of post the headline reacts to (``Захарова прокомментировала отставку
    Джонсона``, ``назвала отставку Джонсона признаком кризиса``)."""
    out: set[str] = set()
    for d in drafts:
        if d.type != "statement" or d.trigger.field != "title":
            continue
        change = CHANGE_NOUN.search(ctx.doc.title or "", d.trigger.end)
        if change is None:
            continue
        out |= {x.actor.id for s in ctx.analysis.sentences if s.field == "title"
                for x in ctx.in_sentence(s, ("person",)) if x.span.start >= change.end()}
    return out


def _of_item_state(ctx: DocContext, event: Event, draft: Draft, state: str) -> Event | None:
    """A change of post of no known state, given the state of the item's other changes: kept when
    it is then a diplomatic one, or its person has no post the text names ("Его предшественник
    Дэвид Дэвис подал в отставку"); before the state is given, "назначен техническим директором
    Tele2" stays out."""
    event = _of_state(event, state)
    if roles.is_diplomatic(ctx, event, draft) or event.participants and not any(
            x.actor.positions for x in draft.participants) and not roles.hypothetical(draft) \
            and not roles.party_choice(ctx, draft):
        return event
    return None


def _of_state(event: Event, state: str) -> Event:
    """A change of post given the state it happened in."""
    return dataclasses.replace(event, countries=(state,), participants=tuple(
        p if p.country else dataclasses.replace(p, country=state) for p in event.participants))

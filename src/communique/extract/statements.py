"""Who speaks and about whom: the parties of statements (those of position changes: appointees.py).

A statement's author is the official, body or state nearest before the trigger
(``МИД Германии счёл ...``, ``Канцлер Германии Ангела Меркель заявила``) or just
after it when the order is inverted (``заявил Маас``, ``— проинформировал Грушко``).
Its targets are the persons, states and capitals of other countries in the
sentence.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Sentence, Span
from ..nlp import morph
from .actors import incoming
from .context import DocContext, Located, former_title
from .roles import former_post, international_orgs, residences, seats_of

INVERTED_WINDOW = 40  # characters after a trigger where an inverted subject stands
TITLED_WINDOW = 120  # … when only its title stands between
REPORTING_CLAUSE = re.compile(r"[,—–-]\s*$")
CLAUSE_BREAK = re.compile(r"[,;:«»\"()]|\s[–—-]\s")
SUBJECT_WINDOW = 30  # a state as author stands at the start of its sentence ("США отвергли ...")
TOPIC_FIRST = re.compile(r"(?i)^\W*(?:о|об|обо)\s")


def _people(ctx: DocContext, sent: Sentence) -> list[Located]:
    people = without_title_names(ctx, ctx.in_sentence(sent, ("person",)))
    ids = {x.actor.id for x in people}
    return people + [x for x in ctx.post_references(sent, ctx.ref_date) if x.actor.id not in ids]


TITLE_GAP = re.compile(r"[^,;:«»\"()–—]{0,40}")
APPOSITION = re.compile(r"\s*,\s*(?=[^,;:«»\"()–—]{0,60}$)")  # ", советник президента США " before a name
NOT_IN_TITLE = re.compile(r"(?i)(?:^|\s)(?:и|с|со|между|а также|или)\s")


def _title_holder(ctx: DocContext, x: Located, people: list[Located]) -> Located | bool | None:
    """``советник президента США Дональда Трампа по нацбезопасности Джон Болтон``: a name in the
    genitive inside another person's title is not a participant.  Returns the holder of that
    title (Болтон), True when the holder is unnamed (``Помощник Хиллари Клинтон …, который
    посетил``), None when ``x`` takes part itself."""
    text = ctx.text(x.span.field)
    # "Помощник Хиллари Клинтон по европейским делам, который посетил …": a post opening the clause
    # that is not the name's own (the actors stage gave her no post there): the aide, unnamed, acts
    own = [(e.start, e.end) for p in x.actor.positions for e in p.evidence if e.field == x.span.field]
    if any(m.field == x.span.field and 0 <= x.span.start - m.end <= 1 and m.text[:1].isupper()
           and m.start == _clause_start(text, m.start) and not any(a < m.end and m.start < b for a, b in own)
           for m in ctx.mentions_in(_sentence_of(ctx, x.span), ("post",))):
        return True
    words = x.span.text.split()
    if not words or any("nomn" in t for t in case_tags(words[-1])) and not _inflected(x):
        return None
    for y in people:
        gap = text[x.span.end:y.span.start]
        if y is not x and y.span.start >= x.span.end and TITLE_GAP.fullmatch(gap) and not NOT_IN_TITLE.search(gap) \
                and not has_verb(gap):  # "Мааса заверил российский коллега Сергей Лавров": no title
            return y
    # "Джон Болтон, советник президента США Дональда Трампа, встретился": the title in apposition after him
    posts = ctx.mentions_in(_sentence_of(ctx, x.span), ("post",))
    for y in people:
        gap = text[y.span.end:x.span.start] if y is not x and y.span.end <= x.span.start else ""
        head = APPOSITION.match(gap)
        if head and not NOT_IN_TITLE.search(gap) and not has_verb(gap) \
                and any(m.field == x.span.field and m.start == y.span.end + head.end() for m in posts):
            return y
    return None


def has_verb(text: str) -> bool:
    return any(morph.parse(w)[1] == "VERB" for w in re.findall(r"[А-Яа-яЁё]+", text))


def without_title_names(ctx: DocContext, people: list[Located]) -> list[Located]:
    """People of a sentence less the names inside others' titles; a title holder of no known state
    takes the state of the one whose aide he is (Болтон, советник президента США Трампа: USA)."""
    holders = {id(x): _title_holder(ctx, x, people) for x in people}
    states: dict[int, str] = {}
    for x in people:
        y = holders[id(x)]
        if isinstance(y, Located) and y.actor.country is None and x.actor.country:
            states[id(y)] = x.actor.country
    return [Located(dataclasses.replace(x.actor, country=states[id(x)]), x.span) if id(x) in states else x
            for x in people if holders[id(x)] is None]


def _sentence_of(ctx: DocContext, span: Span) -> Sentence:
    return next(s for s in ctx.analysis.sentences if s.field == span.field and s.start <= span.start < s.end)


def _clause_start(text: str, at: int) -> int:
    """Where the phrase at ``at`` starts: after the last clause mark before it, spaces skipped."""
    mark = max(text.rfind(c, 0, at) for c in ".,;:—–«»\n")
    start = mark + 1
    while start < at and text[start].isspace():
        start += 1
    return start


def _bodies(ctx: DocContext, sent: Sentence) -> list[Located]:
    """State bodies (``МИД Германии``) and international organisations (``Евросоюз``, ``НАТО``)."""
    return [x for x in ctx.in_sentence(sent, ("organization",))
            if x.actor.country or x.actor.ref in international_orgs()]


def _inverted(ctx: DocContext, trigger: Span, x: Located) -> bool:
    """``— сказал заместитель министра иностранных дел России Александр Грушко``: the subject after
    the verb, with nothing but its title in between (no clause boundary)."""
    gap = ctx.text(trigger.field)[trigger.end:x.span.start]
    if CLAUSE_BREAK.search(gap) or re.search(r"(?i)\b(?:что|чтобы|как|о том)\b", gap):
        return False  # "подчеркнул, что господин Трамп …": Трамп is what was said, not who said it
    return len(gap) <= TITLED_WINDOW


# nouns a state adjective qualifies as a product or firm of that country, not the state
GOODS = frozenset({"вакцина", "препарат", "компания", "фирма", "производитель", "продукция", "товар", "бренд",
                   "автомобиль", "смартфон", "производство"})


def _state_targets(ctx: DocContext, sent: Sentence) -> list[Located]:
    """States named in the sentence (``американского посла`` too), capitals standing for their state."""
    out = ctx.in_sentence(sent, ("state",))
    text = ctx.text(sent.field)
    for m in ctx.mentions_in(sent, ("state_adj",)):
        state = ctx.state_actor(m.ref) if m.ref else None
        head = (text[m.end:m.end + 30].split() or [""])[0].strip(",.;:«»\"")
        if state is not None and morph.lemma(head) not in GOODS:  # (not "китайская вакцина": a product)
            out.append(Located(state, Span(m.field, m.start, m.end, m.text)))
    return out + capitals(ctx, sent)


def capitals(ctx: DocContext, sent: Sentence) -> list[Located]:
    """Capitals named in the sentence, standing for their states (``переговоры с Исламабадом``); not the
    seat of the European Union (``отношения между Лондоном и Брюсселем``: the Union, not Belgium)."""
    out = []
    for m in ctx.mentions_in(sent, ("place",)):
        country = _capital_of(ctx, m)
        if country is None:
            continue
        side = ctx.organization_actor("eu", international_orgs()["eu"]) if m.normal in seats_of(["eu"]) \
            else ctx.state_actor(country)
        out.append(Located(side, Span(m.field, m.start, m.end, m.text)))
    return out


def _capital_of(ctx: DocContext, m, residence: bool = False) -> str | None:
    """The state whose capital the place mention names (or, with ``residence``, whose residence of power:
    ``в Кремле``)."""
    country = (m.ref or "").split(":")[0]
    if country and (m.normal == ctx.capital_of(country) or residence and m.normal in residences()):
        return country
    return None


def _quoted(ctx: DocContext, sent: Sentence, x: Located) -> bool:
    """Inside a quotation of its sentence (``«… выхода Великобритании из ЕС», — говорится в заявлении``):
    words quoted, not their speaker."""
    lead = ctx.text(x.span.field)[sent.start:x.span.start]
    return lead.count("«") > lead.count("»") or lead.count('"') % 2 == 1


def _official(x: Located, date: str | None) -> bool:
    """A person who speaks for a state or an international organisation: one with such a post
    (from the text or the KB) or about to take one (a president-elect); the head of a business lobby
    does not."""
    if x.actor.kind != "person" or incoming(x.actor.ref, date) is not None:
        return True
    return any((p.country or x.actor.country or p.org in international_orgs().values()) and not _private(p.org)
               and not former_post(p) for p in x.actor.positions)


# heads of the names of bodies that speak for no state: "Президент Немецкого института экономических исследований"
PRIVATE_BODIES = frozenset({"институт", "университет", "компания", "корпорация", "банк", "фонд", "концерн",
                            "ассоциация", "холдинг", "агентство", "газета", "телеканал", "клуб", "театр"})


def _private(org: str | None) -> bool:
    words = re.findall(r"[А-Яа-яЁё]+", org or "")
    return any(morph.lemma(w.lower()) in PRIVATE_BODIES for w in words[:2])


def _nominative(ctx: DocContext, x: Located) -> bool:
    """Whether a name can be a subject: ``сказал Маас``, not ``оценили слова Трампа``; a post by its
    first word (``сказал министр иностранных дел Украины``)."""
    words = x.span.text.split()
    head = words[0] if x.span.rule == "post+state" else words[-1] if words else ""
    # ("санкции против … Герхарда Шрёдера": the known surname plus an ending is no woman's nominative)
    return not words or x.actor.kind != "person" or (
        any("nomn" in tag for tag in case_tags(head)) and not _inflected(x))


def _oblique_body(x: Located) -> bool:
    """A body or state whose head word cannot be a nominative (``заявил представитель Пентагона Джон
    Кирби``, ``представитель российского МИДа Мария Захарова``: the body is in the spokesman's
    title).  The head is the first word after any adjectives (``российского``)."""
    if x.actor.kind == "person":
        return False
    head = _body_head(x)
    return head is not None and not any("nomn" in tag for tag in case_tags(head))


def _body_head(x: Located) -> str | None:
    """The head word of a body's name: the first after any adjectives (``российского МИДа``)."""
    return next((w for w in x.span.text.split() if morph.parse(w)[1] not in ("ADJF", "PRTF")), None)


def _inflected(x: Located) -> bool:
    """A person's surname written as the person's surname plus an ending (``пресс-секретарь Путина``
    of Владимир Путин, though ``Путина`` may be a woman's nominative), or a given name written
    otherwise than its nominative (``Терезе Мэй``, whose surname does not decline): not the nominative."""
    words = x.span.text.split()
    if x.actor.kind != "person" or x.span.rule == "post+state" or not words:
        return False
    names = x.actor.name.split()
    written, own = _folded(words[-1]), _folded(names[-1])
    if written != own and written.startswith(own):
        return True
    first, given = _folded(words[0]), _folded(names[0])
    return len(words) == len(names) > 1 and first != given and first[:-1] == given[:-1] and given.endswith("а")


def _folded(word: str) -> str:
    return word.lower().replace("ё", "е")


def _subject_form(x: Located) -> bool:
    """``президента Ирана`` (a genitive) does not speak; ``Президент Ирана``, ``Хасан Роухани`` may;
    nor does a body in the genitive (``представителя Госдепартамента США``)."""
    words = x.span.text.split()
    if not words or x.actor.kind not in ("person", "organization"):
        return True
    # "Советник Трампа" does not speak; a body by its first word ("Министерства иностранных дел")
    head = words[0] if x.span.rule == "post+state" or x.actor.kind == "organization" else words[-1]
    if x.actor.kind == "person" and x.span.rule != "post+state" and _oblique_given_name(x):
        return False  # "поддержать Михаила Саакашвили": the given name shows the case an indeclinable hides
    if x.actor.kind == "person" and x.span.rule != "post+state" and _folded(head) == _folded(x.actor.name.split()[-1]):
        return True  # written as its nominative ("Родриго Дутерте": pymorphy guesses an indeclinable's case)
    return any("nomn" in t for t in case_tags(head))


def _one_for_many(ctx: DocContext, trigger: Span, x: Located) -> bool:
    """One person before a plural verb, with no nominative joined to him (``Мурси и его сторонников
    обвиняют``: an indefinite subject, the person its object), is not its subject."""
    tag = morph.parse(trigger.text.split()[0])[2]
    if x.actor.kind != "person" or "plur" not in tag or "VERB" not in tag:
        return False
    text = ctx.text(trigger.field)
    if re.search(r"(?i)\bи\s+(?:\S+\s+){0,4}$", text[_clause_start(text, x.span.start):x.span.start]):
        return False  # "Лавров и глава МИД Китая Ван И осудили": the last of those joined
    joined = re.match(r"\s*(?:,|и)\s+((?:\S+\s+){0,2}\S+)", text[x.span.end:trigger.start])
    if joined is None:
        return True
    words = [w.strip(",«»\"") for w in joined[1].split() if w.lower() not in POSSESSIVES]
    return not any("nomn" in t for w in words for t in case_tags(w))


POSSESSIVES = frozenset({"его", "её", "ее", "их"})  # of any case: "его сторонников", "его сторонники"


def _addressee(x: Located) -> bool:
    """A body after a verb of saying in the dative only (``сказала Конгрессу``): whom the words are
    addressed to, not who says them (a genitive is of the speaker's title: ``представитель МИДа``)."""
    words = x.span.text.split()
    if x.actor.kind != "organization" or not words:
        return False
    tags = case_tags(_body_head(x) or words[0])
    return any("datv" in t for t in tags) and not any("nomn" in t or "gent" in t for t in tags)


def _oblique_given_name(x: Located) -> bool:
    """A person written with a given name other than the nominative one and in no nominative
    reading (``Михаила Саакашвили``)."""
    words, names = x.span.text.split(), x.actor.name.split()
    return (len(words) > 1 and len(names) > 1 and _folded(words[0]) != _folded(names[0])
            and not any("nomn" in t for t in case_tags(words[0])))


def case_tags(word: str) -> list[str]:
    """pymorphy's tags of a word; a non-Cyrillic word (``Maas``) may be anything."""
    low = word.lower()
    if not re.search(r"[а-яё]", low):
        return ["nomn"]
    if not morph.analyzer().word_is_known(low) and low[-1] not in "аяуюеиоыэ":
        return ["nomn"]  # a foreign surname with no ending (Хэйг, Фокс): pymorphy's guesses are noise
    return [str(p.tag) for p in morph.parses(word)]


SUFFERED = frozenset({"подвергнуться", "подвергаться"})


def author(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The official, body or state that speaks; private persons (a lawyer, a journalist) do not."""
    text = ctx.text(trigger.field)
    if REPORTING_CLAUSE.search(text[max(sent.start, trigger.start - 4):trigger.start]):
        # "«…», — сказал X", "Россия окажется в выигрыше, считает профессор X": the subject after the verb
        # speaks, and a private one (a professor) makes it no statement of state
        inverted = [x for x in _people(ctx, sent) + _bodies(ctx, sent) if x.span.start >= trigger.end
                    and _inverted(ctx, trigger, x) and _nominative(ctx, x) and not _addressee(x)]
        if inverted:
            first = min(inverted, key=lambda x: x.span.start)
            named_after = any(x.actor.kind == "person" and x.span.start >= first.span.end
                              and not text[first.span.end:x.span.start].strip() for x in inverted)
            # the body of a title whose holder is named after it ("представителя Пентагона Джон Кирби",
            # "заявил глава МИД ФРГ Хайко Маас")
            if _oblique_body(first) or first.actor.kind != "person" and named_after:
                first = min((x for x in inverted if x.actor.kind == "person"), key=lambda x: x.span.start,
                            default=first)
            return first if _official(first, ctx.ref_date) else None
    if any(morph.lemma(w.lower()) in SUFFERED for w in text[max(sent.start, trigger.start - 30):trigger.start].split()[-3:]):
        return None  # "Райс подверглась резкой критике со стороны республиканцев": the subject is criticised
    if "1per" in morph.parse(trigger.text.split()[0])[2]:
        return None  # "Я призываю правительство страны …": the one quoted speaks, not a state he names
    speakers = [x for x in _people(ctx, sent) + _bodies(ctx, sent) if _official(x, ctx.ref_date) and not _quoted(ctx, sent, x)]
    relative = RELATIVE_SUBJECT.search(text[max(sent.start, trigger.start - 40):trigger.start])
    if relative:
        # "за исключением России, которая настаивала", "Салливана (…), который осудил": who the clause is
        # about, the name right before it (a parenthesis between); not "исход, который Кремль считает …"
        at = trigger.start - len(relative[0])
        candidates = speakers + ctx.in_sentence(sent, ("state",))
        if not any(at < x.span.start < trigger.start for x in candidates):
            lead = PARENTHESIS.sub(lambda m: " " * len(m[0]), text[max(sent.start, at - 60):at])
            antecedent = [x for x in candidates
                          if 0 <= at - x.span.end <= 60 and not lead[len(lead) - (at - x.span.end):].strip()]
            return antecedent[0] if antecedent else None
    before = [x for x in speakers if x.span.end <= trigger.start and _subject_form(x)
              and not _in_adverbial(ctx, x, trigger) and not _one_for_many(ctx, trigger, x)]
    if before:
        return max(before, key=lambda x: x.span.end)
    clause = max(text.rfind(c, sent.start, trigger.start) for c in ",;:«»—")
    named = [m for m in ctx.mentions_in(sent, ("PER", "ORG", "organization", "person"))
             if max(clause, sent.start) <= m.start and m.end <= trigger.start]
    if named:  # "католическая организация missio призвала Берлин и Евросоюз": a subject of no state
        return None
    seat = _seat_speaking(ctx, sent, trigger)
    if seat is not None:
        return seat
    lemma, pos = morph.parse(trigger.text.split()[0])[:2]
    # "О «вмешательстве» РФ в выборы заявила …": what was said, not who
    states = [] if TOPIC_FIRST.match(sent.text) else _states_before(ctx, sent, trigger)
    subject = None if pos == "NOUN" else _state_subject(ctx, trigger, states, max(clause, sent.start))
    if subject is not None:  # "США отвергли аргументы главы МИД Германии": not the body after the verb
        return subject
    # after a noun, its genitive speaks ("Заявление Президента Российской Федерации"); after a verb whose
    # first noun is its object, not that noun ("призывает Европейский Союз принять санкции")
    after = [x for x in speakers if x.span.start >= trigger.end and _inverted(ctx, trigger, x)
             and (_nominative(ctx, x) or pos == "NOUN" and x.span.rule == "post+state")
             and not (pos != "NOUN" and _addressee(x))  # (after a noun, the body's genitive speaks)
             and not _behind_preposition(text[trigger.end:x.span.start])  # not "отреагировали на заявления Меркель"
             and not (lemma in OBJECT_FIRST and _may_be_object(x))]
    persons = [x for x in after if x.actor.kind == "person"]
    if persons:  # "выступил руководитель польского МИД Яцек Чапутович": the body is in his title
        return min(persons, key=lambda x: x.span.start)
    if after:
        return min(after, key=lambda x: x.span.start)
    # (not a state in a former holder's title: "экс-канцлер Германии заявил" is no statement of Germany;
    # a serving official's title lets its state speak through him, "Посол США в ФРГ пригрозил", where a
    # noun's genitive does not, "Призыв США критикует и глава …")
    def titles(x: Located) -> list:
        return ctx.posts_before(sent, x.span.start)

    return next((x for x in states if x.span.start - sent.start <= SUBJECT_WINDOW
                 and not any(former_title(text, p) for p in titles(x))
                 and (titles(x) or not _after_a_noun(text, sent.start, x))), None)


def _after_a_noun(text: str, start: int, x: Located) -> bool:
    """A state in the genitive of the noun before it (``Призыв США критикует и глава …``): not the subject."""
    words = text[start:x.span.start].split()
    if not words or words[-1].endswith(","):
        return False
    lemma, pos, tag = morph.parse(words[-1].strip("«»\"“”"))
    # ("На прошлой неделе Франция заявила": an adverbial noun; "Власти Германии": the state's own)
    return pos == "NOUN" and ("nomn" in tag or "accs" in tag) and lemma not in STATE_NOUNS \
        and "gent" in case_tags(x.span.text.split()[-1])[0]


STATE_NOUNS = frozenset({"власть", "правительство", "руководство", "администрация", "кабинет", "парламент",
                         "лидер", "представитель", "делегация"})


SEAT_LEAD = re.compile(r"(?i)\W*(?:в|во)\s+$")


def _seat_speaking(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """``В Кремле прокомментировали …``, ``В Тегеране назвали …``: a verb in the plural with no subject after
    a capital or a residence of power opening its clause: that state speaks."""
    pos, tag = morph.parse(trigger.text.split()[0])[1:3]
    if pos != "VERB" or "plur" not in tag:
        return None
    text = ctx.text(trigger.field)
    clause = max(sent.start, _clause_start(text, trigger.start))
    for m in ctx.mentions_in(sent, ("place",)):
        country = _capital_of(ctx, m, residence=True)
        if country is None or not clause <= m.start < m.end <= trigger.start:
            continue
        actor = ctx.state_actor(country)
        if actor is not None and SEAT_LEAD.fullmatch(text[clause:m.start]) and not text[m.end:trigger.start].strip():
            return Located(actor, Span(m.field, m.start, m.end, m.text))
    return None


def _states_before(ctx: DocContext, sent: Sentence, trigger: Span) -> list[Located]:
    """The states named before the trigger that may be its subject: not places (``В Испании,
    Португалии …``), nor words quoted."""
    named = ctx.in_sentence(sent, ("state",))
    return [x for x in named if x.span.end <= trigger.start
            and not in_place_phrase(ctx, x, named, any_preposition=True) and not _quoted(ctx, sent, x)]


def _state_subject(ctx: DocContext, trigger: Span, states: list[Located], clause: int) -> Located | None:
    """Of ``states``, one in the nominative in the trigger's own clause, the verb's subject; not one
    after a noun it may depend on (``уполномоченный кабмина ФРГ … заявил``)."""
    text = ctx.text(trigger.field)
    return next((x for x in states if clause <= x.span.start
                 and any("nomn" in t for t in case_tags(x.span.text.split()[-1]))
                 and morph.parse((text[clause:x.span.start].split() or ["."])[-1].strip("«»\"“”"))[1]
                 not in ("NOUN", "ADJF", "PRTF")), None)


def _in_adverbial(ctx: DocContext, x: Located, trigger: Span) -> bool:
    """Inside a phrase of a gerund or participle, or a relative clause, set off before the verb
    (``Трамп, выступая на сессии Генассамблеи ООН, заявил``, ``Эрдоган, который поддерживал хорошие
    отношения с Мурси, выразил соболезнования``): not the subject."""
    text = ctx.text(trigger.field)
    words = text[_clause_start(text, x.span.start):x.span.start].split()
    return bool(words) and "," in text[x.span.end:trigger.start] and (
        morph.parse(words[0])[1] in ("GRND", "PRTF") or any(morph.lemma(w) == "который" for w in words[:2]))


PARENTHESIS = re.compile(r"\([^()]*\)")
RELATIVE_SUBJECT = re.compile(r"(?i),\s*(?:который|которая|которое|которые)\s+(?:\w+\s+){0,3}$")


def _may_be_object(x: Located) -> bool:
    """A body, a state or a name that may be in the accusative (``призывает Европейский Союз``,
    ``раскритиковал Мэй``), not ``критикует посол США Ричард Гренель``."""
    words = x.span.text.split()
    return x.actor.kind != "person" or not words or any("accs" in t for t in case_tags(words[-1]))


# verbs whose first noun after them is their object outside a reporting clause
OBJECT_FIRST = frozenset({"призвать", "призывать", "обвинить", "обвинять", "осудить", "осуждать", "раскритиковать",
                          "критиковать", "упрекнуть", "предупредить", "предупреждать"})
PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "на", "in"})


def in_place_phrase(ctx: DocContext, x: Located, states: list[Located], any_preposition: bool = False) -> bool:
    """Whether a state stands in a locative phrase, itself or as a later member of a list (or, with
    ``any_preposition``, behind any preposition: "вслед за Италией, ещё одно европравительство …")."""
    text = ctx.text(x.span.field)
    while True:
        word = ctx.preceding_word(x.span)
        if word in PLACE_PREPOSITIONS or any_preposition and PREPOSITION.match(word):
            return True
        prev = [y for y in states if y.span.end <= x.span.start
                and re.fullmatch(r"\s*(?:,|и)\s*", text[y.span.end:x.span.start])]
        if not prev:
            return False
        x = prev[-1]


LEAD_SENTENCES = 2


def _voice_in_lead(ctx: DocContext, body: Located) -> Located | None:
    """``Евросоюз заявил …`` over ``Верховный представитель Евросоюза … Кэтрин Эштон``: the one
    official of that body the lead names speaks for it."""
    lead = [s for s in ctx.analysis.sentences if s.field == "text"][:LEAD_SENTENCES]
    voices = {x.actor.id: x for s in lead for x in _people(ctx, s)
              if any(p.org == body.actor.name for p in x.actor.positions)}
    return next(iter(voices.values())) if len(voices) == 1 else None


def statement_parties(ctx: DocContext, sent: Sentence, trigger: Span) -> list[tuple[Located, str]]:
    """(party, role) of a statement: its author, then the persons it targets, of other countries."""
    who = author(ctx, sent, trigger)
    if who is None:
        return []
    if who.actor.kind == "organization" and sent.field == "title":
        who = _voice_in_lead(ctx, who) or who
    out = [(who, "author")]
    seen: set[str | None] = {who.actor.id}
    countries: set[str | None] = {who.actor.country}
    for x in _people(ctx, sent):
        if x.actor.id in seen or x.actor.country in countries or x.actor.country is None:
            continue
        seen.add(x.actor.id)
        countries.add(x.actor.country)
        out.append((x, "target"))
    return out


def target_countries(ctx: DocContext, sent: Sentence, author_country: str | None) -> list[str]:
    """Countries a statement is about: states and capitals named, other than the author's."""
    return list(dict.fromkeys(x.actor.country for x in _state_targets(ctx, sent)
                              if x.actor.country and x.actor.country != author_country))


ADVERBS = frozenset({"также", "тоже", "уже", "сразу", "же", "вчера", "сегодня", "накануне"})


PREPOSITION = re.compile(r"(?i)^(?:против|в|во|на|с|со|к|ко|по|от|для|из|за|при|о|об|у|после|перед)$")


def _behind_preposition(gap: str) -> bool:
    """The words after a verb open with a preposition: what follows is no subject."""
    words = [w for w in gap.split() if w.lower() not in ADVERBS]
    return bool(words) and PREPOSITION.match(words[0]) is not None

"""Who speaks and about whom: the parties of statements and position changes.

A statement's author is the official, body or state nearest before the trigger
(``МИД Германии счёл ...``, ``Канцлер Германии Ангела Меркель заявила``) or just
after it when the order is inverted (``заявил Маас``, ``— проинформировал Грушко``).
Its targets are the persons, states and capitals of other countries in the
sentence.  A position change concerns the person nearest to its trigger.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Sentence, Span
from ..nlp import morph
from .context import DocContext, Located
from .roles import international_orgs

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
                and not _has_verb(gap):  # "Мааса заверил российский коллега Сергей Лавров": no title
            return y
    return None


def _has_verb(text: str) -> bool:
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


def _state_targets(ctx: DocContext, sent: Sentence) -> list[Located]:
    """States named in the sentence (``американского посла`` too), capitals standing for their state."""
    out = ctx.in_sentence(sent, ("state",))
    for m in ctx.mentions_in(sent, ("state_adj",)):
        state = ctx.state_actor(m.ref) if m.ref else None
        if state is not None:
            out.append(Located(state, Span(m.field, m.start, m.end, m.text)))
    return out + capitals(ctx, sent)


def capitals(ctx: DocContext, sent: Sentence) -> list[Located]:
    """Capitals named in the sentence, standing for their states (``переговоры с Исламабадом``)."""
    out = []
    for m in ctx.mentions_in(sent, ("place",)):
        country = (m.ref or "").split(":")[0]
        state = ctx.state_actor(country) if country else None
        if state is not None and m.normal == ctx.capital_of(country):
            out.append(Located(state, Span(m.field, m.start, m.end, m.text)))
    return out


def _quoted(ctx: DocContext, sent: Sentence, x: Located) -> bool:
    """Inside a quotation of its sentence (``«… выхода Великобритании из ЕС», — говорится в заявлении``):
    words quoted, not their speaker."""
    lead = ctx.text(x.span.field)[sent.start:x.span.start]
    return lead.count("«") > lead.count("»") or lead.count('"') % 2 == 1


def _official(x: Located) -> bool:
    """A person who speaks for a state or an international organisation: one with such a post
    (from the text or the KB); the head of a business lobby does not."""
    if x.actor.kind != "person":
        return True
    return any((p.country or x.actor.country or p.org in international_orgs().values()) and not _private(p.org)
               for p in x.actor.positions)


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


def _inflected(x: Located) -> bool:
    """A person's surname written as the person's surname plus an ending (``пресс-секретарь Путина``
    of Владимир Путин, though ``Путина`` may be a woman's nominative): not the nominative."""
    words = x.span.text.split()
    if x.actor.kind != "person" or x.span.rule == "post+state" or not words:
        return False
    written, own = _folded(words[-1]), _folded(x.actor.name.split()[-1])
    return written != own and written.startswith(own)


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
    return any("nomn" in t for t in case_tags(head))


def case_tags(word: str) -> list[str]:
    """pymorphy's tags of a word; a non-Cyrillic word (``Maas``) may be anything."""
    low = word.lower()
    if not re.search(r"[а-яё]", low):
        return ["nomn"]
    if not morph.analyzer().word_is_known(low) and low[-1] not in "аяуюеиоыэ":
        return ["nomn"]  # a foreign surname with no ending (Хэйг, Фокс): pymorphy's guesses are noise
    return [str(p.tag) for p in morph.parses(word)]


def author(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The official, body or state that speaks; private persons (a lawyer, a journalist) do not."""
    text = ctx.text(trigger.field)
    if REPORTING_CLAUSE.search(text[max(sent.start, trigger.start - 4):trigger.start]):
        # "«…», — сказал X", "Россия окажется в выигрыше, считает профессор X": the subject after the verb
        # speaks, and a private one (a professor) makes it no statement of state
        inverted = [x for x in _people(ctx, sent) + _bodies(ctx, sent) if x.span.start >= trigger.end
                    and _inverted(ctx, trigger, x) and _nominative(ctx, x)]
        if inverted:
            first = min(inverted, key=lambda x: x.span.start)
            return first if _official(first) else None
    speakers = [x for x in _people(ctx, sent) + _bodies(ctx, sent) if _official(x) and not _quoted(ctx, sent, x)]
    relative = RELATIVE_SUBJECT.search(text[max(sent.start, trigger.start - 40):trigger.start])
    own_subject = relative and any(trigger.start - len(relative[0]) < x.span.start < trigger.start
                                   for x in speakers + ctx.in_sentence(sent, ("state",)))
    if relative and not own_subject:
        # "за исключением России, которая настаивала", "Салливана (…), который осудил": who the clause is
        # about, the name right before it (a parenthesis between); not "исход, который Кремль считает …"
        at = trigger.start - len(relative[0])
        lead = PARENTHESIS.sub(lambda m: " " * len(m[0]), text[max(sent.start, at - 60):at])
        antecedent = [x for x in speakers + ctx.in_sentence(sent, ("state",))
                      if 0 <= at - x.span.end <= 60 and not lead[len(lead) - (at - x.span.end):].strip()]
        return antecedent[0] if antecedent else None
    before = [x for x in speakers if x.span.end <= trigger.start and _subject_form(x)
              and not _in_adverbial(ctx, x, trigger)]
    if before:
        return max(before, key=lambda x: x.span.end)
    clause = max(text.rfind(c, sent.start, trigger.start) for c in ",;:«»—")
    named = [m for m in ctx.mentions_in(sent, ("PER", "ORG", "organization", "person"))
             if max(clause, sent.start) <= m.start and m.end <= trigger.start]
    if named:  # "католическая организация missio призвала Берлин и Евросоюз": a subject of no state
        return None
    # after a noun, its genitive speaks ("Заявление Президента Российской Федерации"); after a verb whose
    # first noun is its object, not that noun ("призывает Европейский Союз принять санкции")
    noun = morph.parse(trigger.text.split()[0])[1] == "NOUN"
    after = [x for x in speakers if x.span.start >= trigger.end and _inverted(ctx, trigger, x)
             and (_nominative(ctx, x) or noun and x.span.rule == "post+state")
             and not _behind_preposition(text[trigger.end:x.span.start])  # not "отреагировали на заявления Меркель"
             and not (morph.lemma(trigger.text.split()[0]) in OBJECT_FIRST and _may_be_object(x))]
    persons = [x for x in after if x.actor.kind == "person"]
    if persons:  # "выступил руководитель польского МИД Яцек Чапутович": the body is in his title
        return min(persons, key=lambda x: x.span.start)
    if after:
        return min(after, key=lambda x: x.span.start)
    named = ctx.in_sentence(sent, ("state",))
    if TOPIC_FIRST.match(sent.text):  # "О «вмешательстве» РФ в выборы заявила …": what was said, not who
        return None
    states = [x for x in named if x.span.end <= trigger.start and x.span.start - sent.start <= SUBJECT_WINDOW
              and not in_place_phrase(ctx, x, named, any_preposition=True)  # "В Испании, Португалии …": places
              and not _quoted(ctx, sent, x)]
    return states[0] if states else None


def _in_adverbial(ctx: DocContext, x: Located, trigger: Span) -> bool:
    """Inside a phrase of a gerund or participle set off before the verb (``Трамп, выступая на сессии
    Генассамблеи ООН, заявил``): not the subject."""
    text = ctx.text(trigger.field)
    words = text[_clause_start(text, x.span.start):x.span.start].split()
    return bool(words) and "," in text[x.span.end:trigger.start] and morph.parse(words[0])[1] in ("GRND", "PRTF")


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


# triggers whose person stands before them: "Небензя назначен", "Джонсон ушёл/подал в отставку"
SUBJECT_FIRST = re.compile(
    r"(?i)^(?:назначен(?:а|о|ы|н\w*)?|освобожд[её]н(?:а|о|ы|н\w*)?|отправлен(?:а|о|ы|н\w*)?|утвержд[её]н(?:а|о|ы|н\w*)?"
    r"|избран(?:а|о|ы|н\w*)?|снят(?:а|о|ы)?|уволен(?:а|о|ы|н\w*)?|ушел|ушла|ушёл|уходит|подал\w*"
    r"|appointed|resigned)$")
# triggers whose appointee is their subject, before or after them: "премьером стал Дэвид Кэмерон",
# "Гордон Браун … сложить полномочия", "его место займёт Синдзи Харада"
SUBJECT_VERBS = frozenset({"стать", "возглавить", "занять", "сложить", "покинуть", "покидать", "уйти", "уходить",
                           "отречься", "сменить"})
APPOINTEE_WINDOW = 120


LIST_JOIN = re.compile(r"\s*(?:,|,?\s*и|,?\s*а\s+также)\s*")


def conjoined(ctx: DocContext, sent: Sentence, person: Located) -> list[Located]:
    """The persons listed right after the appointee (``назначил на должности заместителей генпрокурора
    Геннадия Лопатина, Сергея Воробьева и Юрия Пономарева``): each changes post too."""
    text = ctx.text(sent.field)
    out, last = [], person
    for x in ctx.in_sentence(sent, ("person",)):
        if x.span.start < last.span.end or x.actor.id in {person.actor.id, *(y.actor.id for y in out)}:
            continue
        if not LIST_JOIN.fullmatch(text[last.span.end:x.span.start]):
            break
        out.append(x)
        last = x
    return out


def appointee(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The person appointed or leaving: the subject of a passive or intransitive trigger
    (``Небензя назначен``, ``Джонсон ушёл в отставку``, ``на место Дэвиса назначен Доминик Рааб``),
    else the object after it (``назначил Василия Небензю``, ``приняла отставку Бориса Джонсона``);
    none when the text names the post only (``отставку министра по делам Brexit``)."""
    named = {x.actor.id for x in ctx.in_sentence(sent, ("person",))}
    people = [x for x in _people(ctx, sent) if x.actor.id in named or not _post_taken(ctx, x)]
    before = [x for x in people if 0 <= trigger.start - x.span.end <= APPOINTEE_WINDOW]
    # "…уйти в отставку …, сказала Ананьева": who tells of the change is not who changes post
    after = [x for x in people if 0 <= x.span.start - trigger.end <= APPOINTEE_WINDOW and not _speaker(ctx, x)]
    head = trigger.text.split()[0]
    text = ctx.text(trigger.field)
    if WHO.search(text[max(0, trigger.start - 20):trigger.start]):
        return None  # "Пока не ясно, кто займет пост М.Шапиро": the one to come is not named
    pos, tag = morph.parse(head)[1:3]
    if pos == "PRTS" and "neut" in tag:
        return None  # "слушание назначено на конец недели": a thing scheduled, no one appointed
    lead = text[max(0, trigger.start - 40):trigger.start]
    subject_type = morph.lemma(head) in SUBJECT_VERBS or bool(
        SUBJECT_FIRST.match(head) or SUBJECT_FIRST.match(_word_before(ctx, trigger))
        or SUBJECT_FIRST.match(_verb_after(ctx, trigger)))
    # "директор ФБР, которого назначил Трамп", "Дэвиса, который ушёл в отставку": the antecedent, if named
    relative = RELATIVE_OBJECT if not subject_type else RELATIVE_ANY
    if relative.search(lead):
        antecedents = [x for x in before if relative.fullmatch(text[x.span.end:trigger.start])]
        return antecedents[-1] if antecedents else None
    if OWN.search(lead):  # "Джонсон объявил о своей отставке": the subject of the clause
        subjects = [x for x in before if _nominative(ctx, x) and not CLAUSE_BREAK.search(text[x.span.end:trigger.start])]
        if subjects:
            return subjects[-1]
    if pos == "INFN" and before and morph.lemma(head) in SUBJECT_VERBS | {"подать"}:
        # "Клегг должен стать", "решение Бориса Джонсона уйти": the nearest before (not "решение
        # Зеленского назначить": who appoints)
        nearest = max(before, key=lambda x: x.span.end)
        if not CLAUSE_BREAK.search(text[nearest.span.end:trigger.start]):
            return nearest
    if pos == "PRTF":
        # "Мамуке Бахтадзе, сменившему на посту …", "Борис Джонсон, подавший в отставку": the name the
        # participle follows; "ушедшего в отставку Дэвида Дэвиса": the name after it
        leading = [x for x in before if text[x.span.end:trigger.start].strip() == ","]
        return leading[-1] if leading else min(after, key=lambda x: x.span.start) if after else None
    if subject_type and (pos in ("VERB", "PRTS", "INFN") or _verb_after(ctx, trigger)):  # the subject, a nominative
        if PRONOUN_SUBJECT.search(text[_clause_start(text, trigger.start):trigger.start]):
            # "Он покинул свой пост после конфликта с Терезой Мэй": the one the pronoun recalls, whom no
            # name of this clause gives (resolving it took histories told in biographies: "В 2002 году он
            # был назначен …", and other persons' posts)
            return None
        # first of its own clause before the verb ("Гаев … подал в отставку после того, как …
        # Собянина"), else after it ("назначен Камаль аль-Ганзури")
        own = [x for x in before if _nominative(ctx, x) and not re.search(r"[,;:«»\"()]|\bчто\b", text[x.span.end:trigger.start])]
        # after the verb, not behind a preposition ("ушёл в отставку в знак протеста против действий
        # президента Александра Лукашенко": he is no subject)
        inverted = [x for x in after if not _behind_preposition(text[trigger.end:x.span.start])]
        # (a name after the verb before one in another clause: "По словам Тимаковой, группу возглавит … Иванов")
        near = [x for x in inverted if _nominative(ctx, x) and not CLAUSE_BREAK.search(text[trigger.end:x.span.start])]
        subjects = own or near or [x for x in before + inverted if _nominative(ctx, x)]
        if subjects:
            return min(subjects, key=lambda x: abs(x.span.start - trigger.start))
    object_relative = text[trigger.end:trigger.end + 12].split()[:1] in (["которого"], ["которой"])
    if (subject_type or object_relative) and before:  # "Дэвида Дэвиса, отставку которого приняла ..."
        return max(before, key=lambda x: x.span.end)
    # "назначения, сделанные Байденом": who appoints; "уволили за то, что не сообщил о поездке Медведева":
    # another clause
    after = [x for x in after if not _agent(x) and not re.search(r"[,;:]|\bчто\b", text[trigger.end:x.span.start])]
    if pos == "NOUN":  # "отставка Бориса Джонсона": the genitive right after the noun (not "Указа о назначении
        # нового главы администрации Муртаза Рахимов … не подписал": a subject)
        after = [x for x in after if x.span.start - trigger.end <= NOUN_WINDOW
                 and not CLAUSE_BREAK.search(text[trigger.end:x.span.start]) and not _nominative_only(x)]
    return min(after, key=lambda x: x.span.start) if after else None  # also "назначен Камаль аль-Ганзури"


NOUN_WINDOW = 60
PRONOUN_SUBJECT = re.compile(r"(?i)(?:^|\s)(он|она)\s+(?:\w+\s+){0,2}$")
WHO = re.compile(r"(?i)\bкто\s+(?:\w+\s+)?$")
SPEAKER_REACH = 5  # words before a name where the verb of saying stands ("заявил вице-президент США Джо")
SPEECH_VERBS = frozenset({"сказать", "заявить", "сообщить", "отметить", "добавить", "пояснить", "подчеркнуть",
                          "рассказать", "написать", "признать", "заметить", "уточнить"})


def _speaker(ctx: DocContext, x: Located) -> bool:
    """A name after a verb of saying in its clause, its title between (``сказала депутат Елена
    Ананьева``, ``открыто заявил вице-президент США Джо Байден``)."""
    text = ctx.text(x.span.field)
    words = text[_clause_start(text, x.span.start):x.span.start].split()[-SPEAKER_REACH:]
    return any(morph.lemma(w) in SPEECH_VERBS for w in words)


PREPOSITION = re.compile(r"(?i)^(?:против|в|во|на|с|со|к|ко|по|от|для|из|за|при|о|об|у|после|перед)$")


def _behind_preposition(gap: str) -> bool:
    """The words after a verb open with a preposition: what follows is no subject."""
    words = [w for w in gap.split() if w.lower() not in ADVERBS]
    return bool(words) and PREPOSITION.match(words[0]) is not None


RELATIVE_OBJECT = re.compile(r"\s*,\s*(?:которого|которую|которых)\s*(?:\w+\s+){0,2}$")
RELATIVE_ANY = re.compile(r"\s*,\s*(?:которого|которую|которых|который|которая|которые)\s*(?:\w+\s+){0,2}$")
OWN = re.compile(r"(?i)\b(?:сво(?:ей|ю|его|ём|ем))\s+(?:\w+\s+){0,2}$")


def _post_taken(ctx: DocContext, x: Located) -> bool:
    """A bare post that is the one taken (``станет министром торговли``, ``назначен на пост министра``):
    whoever held it is not the one appointed (``отставка министра`` names the one leaving)."""
    words = x.span.text.split()
    tags = case_tags(words[0]) if words else []
    before = ctx.text(x.span.field)[max(0, x.span.start - 16):x.span.start].lower().split()
    return bool(tags) and all("ablt" in t for t in tags) or before[-2:] in (["на", "пост"], ["на", "должность"])


def _nominative_only(x: Located) -> bool:
    """A name whose last word can only be a nominative (``Муртаза Рахимов``)."""
    words = x.span.text.split()
    if not words or x.actor.kind != "person":
        return False
    tags = case_tags(words[-1])
    # a bare ["nomn"] is case_tags' answer for a foreign word it cannot read: any case, so no verdict
    return bool(tags) and all("nomn" in t for t in tags) and not all(t == "nomn" for t in tags)


def _agent(x: Located) -> bool:
    """A name in the instrumental only (``сделанные Байденом``): the agent, not the one appointed."""
    words = x.span.text.split()
    if not words or x.actor.kind != "person":
        return False
    tags = case_tags(words[-1])
    return bool(tags) and all("ablt" in t for t in tags)


def _verb_after(ctx: DocContext, trigger: Span) -> str:
    """The verb of ``В отставку также ушёл …`` after its noun (adverbs skipped)."""
    if trigger.text.lower() != "отставку" or ctx.preceding_word(trigger) != "в":
        return ""
    words = [w for w in ctx.text(trigger.field)[trigger.end:trigger.end + 30].split() if w.lower() not in ADVERBS]
    return words[0] if words else ""


ADVERBS = frozenset({"также", "тоже", "уже", "сразу", "же", "вчера", "сегодня", "накануне"})


def _word_before(ctx: DocContext, trigger: Span) -> str:
    """The verb of ``подал в отставку``, ``ушёл в отставку`` two words back."""
    words = ctx.text(trigger.field)[max(0, trigger.start - 20):trigger.start].split()
    return words[-2] if len(words) >= 2 and words[-1].lower() in ("в", "с") else ""

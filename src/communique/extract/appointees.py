"""Who changes post: the person a trigger of a position change concerns.

The subject of a passive or intransitive trigger (``Небензя назначен``, ``Джонсон ушёл в
отставку``), else the object after it (``назначил Василия Небензю``); none when the text names the
post only, a pronoun stands for the person, or the one to come is not named.
"""
from __future__ import annotations

import re

from ..model import Sentence, Span
from ..nlp import morph
from .context import DocContext, Located
from .phrases import ENGLISH_PASSIVE, LIST_JOIN
from .statements import (ADVERBS, CLAUSE_BREAK, _behind_preposition, _clause_start, _nominative, _people,
                         case_tags)

# triggers whose person stands before them: "Небензя назначен", "Джонсон ушёл/подал в отставку"
SUBJECT_FIRST = re.compile(
    r"(?i)^(?:назначен(?:а|о|ы|н\w*)?|освобожд[её]н(?:а|о|ы|н\w*)?|отправлен(?:а|о|ы|н\w*)?|утвержд[её]н(?:а|о|ы|н\w*)?"
    r"|избран(?:а|о|ы|н\w*)?|снят(?:а|о|ы)?|уволен(?:а|о|ы|н\w*)?|ушел|ушла|ушёл|ушли|уходит|подал\w*|написал\w*"
    r"|appointed|resigned)$")
# triggers whose appointee is their subject, before or after them: "премьером стал Дэвид Кэмерон",
# "Гордон Браун … сложить полномочия", "его место займёт Синдзи Харада"
SUBJECT_VERBS = frozenset({"стать", "возглавить", "занять", "сложить", "покинуть", "покидать", "уйти", "уходить",
                           "отречься", "сменить",
                           # the heads of "будет исполнять обязанности", "обязанности … будет исполнять"
                           "быть", "исполнять", "обязанность"})
APPOINTEE_WINDOW = 120
# elections are told of all kinds of persons: only the verb's own subject is the one elected
STRICT = frozenset({"избрать", "избран", "избранный"})


def conjoined(ctx: DocContext, sent: Sentence, person: Located) -> list[Located]:
    """The persons listed right after the appointee (``назначил на должности заместителей генпрокурора
    Геннадия Лопатина, Сергея Воробьева и Юрия Пономарева``): each changes post too."""
    text = ctx.text(sent.field)
    titles = {m.start for m in ctx.mentions_in(sent, ("post",))}
    out, last = [], person
    for x in ctx.in_sentence(sent, ("person",)):
        if x.span.start < last.span.end or x.actor.id in {person.actor.id, *(y.actor.id for y in out)}:
            continue
        gap = text[last.span.end:x.span.start]
        join = LISTED.match(gap)
        # "… Борис Джонсон и министр по задачам Brexit Дэвид Дэвис": the next one's title between
        # (an adjective may open the title: "и парламентский заместитель министра … Стив Бейкер")
        opening = last.span.end + join.end() if join is not None else -1
        titled = join is not None and any(opening <= t and TITLE_ADJECTIVE.fullmatch(text[opening:t])
                                          for t in titles) and len(gap) <= TITLE_REACH \
            and not re.search(r"[,;:()«»]", gap[join.end():])
        if not (LISTED.fullmatch(gap) or titled):
            break
        out.append(x)
        last = x
    return out


TITLE_REACH = 100  # characters of a title between two persons listed
# a list's joint, also after the dash closing an apposition ("министр … - Дэвид Дэвис, - и его заместитель")
LISTED = re.compile(r"\s*(?:,\s*[-–—])?" + LIST_JOIN.pattern)
# (or a possessive: "Дэвид Дэвис и его заместитель … Стив Бейкер")
TITLE_ADJECTIVE = re.compile(r"(?:(?:его|её|ее|их)\s+)?(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их)\s+)?")


SUCCESSOR_WINDOW = 80  # characters between "в пользу" and the name of the one who takes the post


def successor(ctx: DocContext, sent: Sentence, trigger: Span, person: Located | None) -> list[Located]:
    """The one a post is left to (``отречётся от престола в пользу своего сына, наследного принца
    … Филиппа``, ``сложил полномочия в пользу …``): the first person named within reach after
    ``в пользу`` that follows the trigger; he changes post too."""
    text = ctx.text(sent.field)
    at = next((m.end() for m in re.finditer(r"(?i)\bв\s+пользу\s", text[trigger.end:sent.end])), None)
    if at is None:
        return []
    at += trigger.end
    after = [x for x in ctx.in_sentence(sent, ("person",)) if 0 <= x.span.start - at <= SUCCESSOR_WINDOW
             and (person is None or x.actor.id != person.actor.id)]
    return [min(after, key=lambda x: x.span.start)] if after else []


REPLACED_WINDOW = 80  # characters between "сменил" and the one replaced


def replaced(ctx: DocContext, sent: Sentence, trigger: Span, person: Located | None) -> list[Located]:
    """The one replaced (``Дэвиса сменил … Доминик Рааб``, ``Бориса Джонсона на посту главы МИД сменил Джереми
    Хант``): the person in the accusative within reach of ``сменить``, not the one who takes the post; he
    leaves it."""
    text = ctx.text(sent.field)
    verb = REPLACING.search(text, trigger.start, min(sent.end, trigger.end + REPLACED_WINDOW))  # ("на посту … сменил")
    if person is None or verb is None:
        return []
    near = [x for x in ctx.in_sentence(sent, ("person",)) if x.actor.id != person.actor.id
            and (0 <= trigger.start - x.span.end <= REPLACED_WINDOW or 0 <= x.span.start - verb.end() <= REPLACED_WINDOW)
            and _accusative(x) and not CLAUSE_BREAK.search(text[min(x.span.end, trigger.end):max(x.span.start, trigger.start)])]
    return [min(near, key=lambda x: abs(x.span.start - trigger.start))] if near else []


def _replaced_before(ctx: DocContext, sent: Sentence, trigger: Span) -> bool:
    """A person in the accusative right before ``сменил`` (``Дэвиса сменил 44-летний Доминик Рааб``)."""
    text = ctx.text(sent.field)
    return any(0 <= trigger.start - x.span.end <= 3 and _accusative(x) and not _nominative_only(x)
               and not text[x.span.end:trigger.start].strip() for x in ctx.in_sentence(sent, ("person",)))


def _accusative(x: Located) -> bool:
    return any("accs" in t for t in case_tags(x.span.text.split()[-1]))


REPLACING = re.compile(r"(?i)\bсмени(?:л|ла|ли|т|ть)\b")


FOLLOWED = re.compile(r"(?i)\b(?:вслед|следом)\s+за\s")
FOLLOWED_WINDOW = 60  # characters between "вслед за" and the name of the one who went first


def followed(ctx: DocContext, sent: Sentence, trigger: Span, person: Located | None) -> list[Located]:
    """The one who went first (``Вслед за Дэвидом Дэвисом, который отвечал … за «Брекзит», в отставку подал и
    … Борис Джонсон``): the first person named within reach after ``вслед за`` before the trigger, in its
    sentence; he changed post before."""
    text = ctx.text(sent.field)
    cue = next(FOLLOWED.finditer(text, sent.start, trigger.start), None)
    if cue is None:
        return []
    after = [x for x in ctx.in_sentence(sent, ("person",)) if 0 <= x.span.start - cue.end() <= FOLLOWED_WINDOW
             and x.span.end <= trigger.start and (person is None or x.actor.id != person.actor.id)]
    return [min(after, key=lambda x: x.span.start)] if after else []


# "назначила нового министра … . Им стал Доминик Рааб": the one appointed, named in the next sentence
NAMED_NEXT = re.compile(r"^\W*(?:Им|Ей|Ими)\s+(?:стал[аи]?|станет|станут|оказал(?:ся|ась|ись))\b")
CHANGE_WORDS = re.compile(r"(?i)назнач|избра|освобод|отставк|сменил|возглав")
NEW_POST = re.compile(r"(?i)\bнов(?:ого|ую|ый|ая|ых|ым)\s")


def named_next(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The person the next sentence names for the new post the trigger's sentence speaks of (``Мэй
    назначила нового министра по вопросам Brexit. Им стал Доминик Рааб``)."""
    if not NEW_POST.search(ctx.text(trigger.field), trigger.end, min(sent.end, trigger.end + 30)):
        return None
    sentences = ctx.analysis.sentences
    if sent.field == "title":  # "Назначен новый министр по вопросам Brexit" / "Рааб, который …": the lead's
        lead = next((s for s in sentences if s.field == "text"), None)
        if lead is None or CHANGE_WORDS.search(lead.text):
            return None  # (a lead that tells the change names its own appointee: "Мэй назначила Рааба")
        named = [x for x in ctx.in_sentence(lead, ("person",)) if x.span.start == lead.start]
        return named[0] if named and _nominative(ctx, named[0]) else None
    i = ctx.index_of(sent) + 1
    if i >= len(sentences) or sentences[i].field != sent.field or not NAMED_NEXT.match(sentences[i].text):
        return None
    named = [x for x in ctx.in_sentence(sentences[i], ("person",)) if _nominative(ctx, x)]
    return named[0] if named else None


POSSESSED_DECISION = re.compile(r"(?i)\b(?:его|её|ее|их)\s+(?:решени|намерени|желани|готовност)\w*\s+$")


def appointee(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The person appointed or leaving: the subject of a passive or intransitive trigger
    (``Небензя назначен``, ``Джонсон ушёл в отставку``, ``на место Дэвиса назначен Доминик Рааб``),
    else the object after it (``назначил Василия Небензю``, ``приняла отставку Бориса Джонсона``);
    none when the text names the post only (``отставку министра по делам Brexit``)."""
    head = trigger.text.split()[0]
    text = ctx.text(trigger.field)
    if WHO.search(text[max(0, trigger.start - 20):trigger.start]):
        return None  # "Пока не ясно, кто займет пост М.Шапиро": the one to come is not named
    pos, tag = morph.parse(head)[1:3]
    if pos == "PRTS" and "neut" in tag:
        return None  # "слушание назначено на конец недели": a thing scheduled, no one appointed
    if pos == "PRTS" and "plur" in tag and _things_next(text, trigger):
        return None  # "Утверждены голоса выборщиков … за … Джо Байдена": things approved, no one appointed
    if head.lower() in ENGLISH_ACTIVE_OR_PASSIVE and not ENGLISH_PASSIVE.search(text[:trigger.start]):
        # "Xi Jinping appointed Zhang Hanhui as ambassador": an English past with its object next is active
        # (not "Zhang Hanhui was appointed", "Lammy, appointed in 2024,")
        objects = [x for x in _people(ctx, sent) if x.span.field == trigger.field
                   and ENGLISH_OBJECT_GAP.fullmatch(text[trigger.end:x.span.start])]
        if objects:
            return objects[0]
    if head.lower() in ("он", "она"):
        return None  # "Он сменил на посту Иванова": the one the pronoun recalls, not the predecessor after it
    if morph.lemma(head) == "сменить" and len(trigger.text.split()) == 1 and not _replaced_before(ctx, sent, trigger):
        return None  # "сменил тактику", "Трамп сменил Болтона": only "Дэвиса сменил … Рааб" tells a succession
    if head.lower() in SUCCEEDED:  # "Его сменит Доминик Рааб": the successor, named after the verb
        return _subject_after(ctx, sent, trigger.end)
    if morph.lemma(head) in CABINETS:  # the verb ends the trigger; its subject follows
        return _subject_after(ctx, sent, trigger.end) if head.lower() in CABINETS else None
    if head.lower() in POSSESSIVES or morph.lemma(head) in POSTS:
        # "свой пост из-за разногласий с Мэй покинул министр … Дэвис", "пост министра … покинул Дэвид Дэвис":
        # the verb's subject
        verb = next((t for t in ctx.tokens_of(sent) if t.start >= trigger.end and t.pos == "VERB"), None)
        subject = _subject_after(ctx, sent, verb.end) if verb is not None else None
        if subject is not None or head.lower() in POSSESSIVES:
            return subject
    return _appointee(ctx, sent, trigger, head, pos, tag)


ENGLISH_ACTIVE_OR_PASSIVE = frozenset({"appointed", "dismissed", "named", "nominated", "elected", "removed", "sacked",
                                       "fired", "replaced"})
# between the verb and its object: nothing, or the object's title ("dismissed Foreign Secretary David Lammy")
ENGLISH_OBJECT_GAP = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4})?")


def _subject_after(ctx: DocContext, sent: Sentence, at: int) -> Located | None:
    """The first person in the nominative within reach after ``at``, in the same clause; one named in
    full before one read from a title (``покинул министр по вопросам … Дэвид Дэвис``: the title's
    coreference took another minister)."""
    text = ctx.text(sent.field)
    after = [x for x in _people(ctx, sent) if x.span.field == sent.field and 0 <= x.span.start - at <= APPOINTEE_WINDOW
             and _nominative(ctx, x) and not _clause_broken(COUNTED_THEN_NAMED.sub(" ", text[at:x.span.start]))]
    return min(after, key=lambda x: (x.span.rule == "coref", x.span.start)) if after else None


# "покинули два министра - министр по делам Brexit Д.Дэвис и глава МИД Б.Джонсон": the dash lists whom
COUNTED_THEN_NAMED = re.compile(r"(?i)(?:^|\s)(?:два|две|три|четыре|пять|оба|обе|\d+)\s+[а-яё]+\s+[–—-]\s")
QUOTED_NAME = re.compile(r"«[^«»]{1,40}»|\"[^\"]{1,40}\"")


def _clause_broken(gap: str) -> bool:
    """A clause ends between (a quoted name inside a title does not end one: ``министр по делам "брексита"``)."""
    return CLAUSE_BREAK.search(QUOTED_NAME.sub("Q", gap.replace('""', ""))) is not None  # (and scraped "")


AFTER_ASIDE = re.compile(r"[()]|\b(?:после|до|вместо|кроме)\s")
SUCCEEDED = frozenset({"его", "её", "ее"})
POSSESSIVES = frozenset({"свой", "свои", "свою", "своё", "свое", "своих"})
POSTS = frozenset({"пост", "должность"})
# "правительство Великобритании покинули два министра - …" (not "Глава правительства Мэй поблагодарила
# покинувших правительство …": the cabinet is the verb's object, in the nominative's form)
CABINETS = frozenset({"правительство", "кабинет"})


FOR_OR_AGAINST = re.compile(r"(?i)\b(?:за|против|для|ради)\s")


def _things_next(text: str, trigger: Span) -> bool:
    """The word right after a plural passive is a plural thing, its subject (``Утверждены голоса``; the
    word before may end a phrase of place: ``с военной службы уволены``)."""
    word = (text[trigger.end:trigger.end + 30].split() or [""])[0].strip(",.;:«»\"")
    readings = [t for t in case_tags(word) if t.startswith("NOUN")] if word else []
    return any("inan" in t and "plur" in t and "nomn" in t for t in readings) and not any("anim" in t for t in readings)


def _appointee(ctx: DocContext, sent: Sentence, trigger: Span, head: str, pos: str | None, tag: str) -> Located | None:
    named = {x.actor.id for x in ctx.in_sentence(sent, ("person",))}
    people = [x for x in _people(ctx, sent) if x.actor.id in named or not _post_taken(ctx, x)]
    before = [x for x in people if 0 <= trigger.start - x.span.end <= APPOINTEE_WINDOW]
    # "…уйти в отставку …, сказала Ананьева": who tells of the change is not who changes post
    after = [x for x in people if 0 <= x.span.start - trigger.end <= APPOINTEE_WINDOW and not _speaker(ctx, x)]
    text = ctx.text(trigger.field)
    lead = text[max(0, trigger.start - 40):trigger.start]
    subject_type = morph.lemma(head) in SUBJECT_VERBS or bool(
        SUBJECT_FIRST.match(head) or SUBJECT_FIRST.match(_word_before(ctx, trigger))
        or SUBJECT_FIRST.match(_verb_after(ctx, trigger)))
    # "директор ФБР, которого назначил Трамп", "Дэвиса, который ушёл в отставку": the antecedent, if named
    relative = RELATIVE_OBJECT if not subject_type else RELATIVE_ANY
    if relative.search(lead):
        antecedents = [x for x in before if relative.fullmatch(text[x.span.end:trigger.start])]
        return antecedents[-1] if antecedents else None
    # "Джонсон объявил о своей отставке": the clause's subject; not "о своем намерении уволить
    # руководителя компании", where the subject is who dismisses
    appoints = pos in ("VERB", "INFN") and morph.lemma(head) not in SUBJECT_VERBS | {"подать"}
    if (OWN.search(lead) or OWN_CUE.match(trigger.text)) and not appoints:
        clause = text[_clause_start(text, trigger.start):trigger.start]
        attached = ATTACHED_CLAUSE.search(text[max(0, trigger.start - 80):trigger.start])
        if attached:  # "Дэвиса, который накануне объявил о своем уходе": the name the clause follows
            at = trigger.start - len(attached[0])
            antecedents = [x for x in before if not text[x.span.end:at].strip()]
            return antecedents[-1] if antecedents else None
        if PRONOUN_SUBJECT.search(clause):
            return None  # "В письме Мэй он объяснил свой уход": the one the pronoun recalls
        subjects = [x for x in before if _nominative(ctx, x) and not CLAUSE_BREAK.search(text[x.span.end:trigger.start])]
        if subjects:
            return subjects[0]
        # "о своем уходе заявил министр … Дэвид Дэвис": the subject after the verb of saying
        # (a name before a title's coreference: "министр по делам «брексита» Дэвид Дэвис")
        inverted = _subject_after(ctx, sent, trigger.end)
        # (not when a name of its own clause stands before it, in a case no subject has)
        if inverted and not [x for x in before if not CLAUSE_BREAK.search(text[x.span.end:trigger.start])]:
            return inverted
    if pos == "INFN" and POSSESSED_DECISION.search(lead):
        return None  # "удивлена его решением уйти в отставку": the one the pronoun recalls, not the subject
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
        # (not one in brackets or behind "после" after it: "правителем, отрёкшимся от престола (после
        # императора Кокаку)")
        after = [x for x in after if not AFTER_ASIDE.search(text[trigger.end:x.span.start])]
        return leading[-1] if leading else min(after, key=lambda x: x.span.start) if after else None
    if subject_type and (pos in ("VERB", "PRTS", "INFN") or _verb_after(ctx, trigger)):  # the subject, a nominative
        if PRONOUN_SUBJECT.search(text[_clause_start(text, trigger.start):trigger.start]):
            # "Он покинул свой пост после конфликта с Терезой Мэй": the one the pronoun recalls, whom no
            # name of this clause gives (resolving it took histories told in biographies: "В 2002 году он
            # был назначен …", and other persons' posts)
            return None
        # first of its own clause before the verb ("Гаев … подал в отставку после того, как …
        # Собянина"), else after it ("назначен Камаль аль-Ганзури")
        own = [x for x in before if _nominative(ctx, x) and not re.search(r"[,;:«»\"()]|\bчто\b", text[x.span.end:trigger.start])
               and not _agent_of_participle(text, x) and not _owned_by_noun(ctx, x)]
        # after the verb, not behind a preposition ("ушёл в отставку в знак протеста против действий
        # президента Александра Лукашенко": he is no subject)
        inverted = [x for x in after if not _behind_preposition(text[trigger.end:x.span.start])
                    and not CAUSE.search(text[trigger.end:x.span.start])]
        # (a name after the verb before one in another clause: "По словам Тимаковой, группу возглавит … Иванов")
        near = [x for x in inverted if _nominative(ctx, x) and not CLAUSE_BREAK.search(text[trigger.end:x.span.start])]
        subjects = own or near or ([] if morph.lemma(head) in STRICT else [
            x for x in before + inverted if _nominative(ctx, x) and not _owned_by_noun(ctx, x)])
        if not subjects and morph.lemma(head) in STRICT:
            return None  # "Ромни, который был соперником Барака Обамы …, избран": none but the clause's own
        if subjects:  # (one named in full before one read from a title: "подал в отставку министр … Дэвид Дэвис")
            return min(subjects, key=lambda x: (x.span.rule == "coref", abs(x.span.start - trigger.start)))
    object_relative = text[trigger.end:trigger.end + 12].split()[:1] in (["которого"], ["которой"])
    free = [x for x in before if not _owned_by_noun(ctx, x)]
    if (subject_type or object_relative) and free:  # "Дэвида Дэвиса, отставку которого приняла ..."
        return max(free, key=lambda x: x.span.end)
    if pos in ("VERB", "INFN") and morph.lemma(head) in INTRANSITIVE:
        return None  # "ушел в отставку из-за несогласия с политикой Мэй": no object to fall back on
    # "назначения, сделанные Байденом": who appoints; "уволили за то, что не сообщил о поездке Медведева":
    # another clause
    # "утвердил поданные за избранного президента Джо Байдена голоса": one named behind "за" is not the object
    after = [x for x in after if not _agent(x) and not re.search(r"[,;:]|\bчто\b", text[trigger.end:x.span.start])
             and not (pos == "VERB" and FOR_OR_AGAINST.search(text[trigger.end:x.span.start]))]
    if pos == "NOUN":  # "отставка Бориса Джонсона": the genitive right after the noun (not "Указа о назначении
        # нового главы администрации Муртаза Рахимов … не подписал": a subject); a long title between
        # ("об увольнении начальника Управления по контролю … МВД по Москве Юрия Девяткина") reaches further
        titled = any(0 <= m.start - trigger.end <= 2 for m in ctx.mentions_in(sent, ("post",)))
        after = [x for x in after if x.span.start - trigger.end <= (APPOINTEE_WINDOW if titled else NOUN_WINDOW)
                 and not CLAUSE_BREAK.search(text[trigger.end:x.span.start]) and not _nominative_only(x)
                 and not _dative(x)]
        if after and all("plur" in t for t in case_tags(head)) and not conjoined(ctx, sent, min(after, key=lambda x: x.span.start)):
            return None  # "большинство назначений Трампа": one name after many changes made them (not "отставок
            # Джонсона и Дэвиса")
    return min(after, key=lambda x: x.span.start) if after else None  # also "назначен Камаль аль-Ганзури"


NOUN_WINDOW = 60
# changes whose object, if any, is a post or a body, never a person ("покинул правительство Терезы Мэй")
INTRANSITIVE = frozenset({"уйти", "уходить", "стать", "отречься", "покинуть", "покидать", "сложить", "занять",
                          "возглавить", "подать", "подавать", "смениться"})
# a clause attached to the name before it: "Дэвида Дэвиса, который накануне объявил о …", "Бориса
# Джонсона, объявившего 9 июля об …"
ATTACHED_CLAUSE = re.compile(r"(?i),\s*(?:который|которая|которые|[а-яё]+вш(?:ий|ая|ие|его|ей|их|ему|им|ую))\b[^,;:]*$")
# a cause or a time after the verb: the names in it are not its subject ("ушел в отставку из-за несогласия с
# политикой Мэй", "вслед за министром … Дэвидом Дэвисом")
CAUSE = re.compile(r"(?i)(?:^|\s)(?:из-за|против|в знак|в связи с|после|вслед за|несмотря на|ввиду|вследствие)\s")
PRONOUN_SUBJECT = re.compile(r"(?i)(?:^|\s)(он|она|вы|ты)\s+(?:\w+\s+){0,2}$")
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


RELATIVE_OBJECT = re.compile(r"\s*,\s*(?:которого|которую|которых)\s*(?:\w+\s+){0,2}$")
RELATIVE_ANY = re.compile(r"\s*,\s*(?:которого|которую|которых|который|которая|которые)\s*(?:\w+\s+){0,2}$")
OWN_CUE = re.compile(r"(?i)сво(?:ей|ю|его|ём|ем|й)\s")  # the cue "свой уход" itself
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
    if any(tags and not any("nomn" in t for t in tags) for tags in map(case_tags, words[:-1])):
        return False  # "Уильяма Барра": the given name shows the case a surname read as a place ("Барра") hides
    tags = case_tags(words[-1])
    # a bare ["nomn"] is case_tags' answer for a foreign word it cannot read: any case, so no verdict
    return bool(tags) and all("nomn" in t for t in tags) and not all(t == "nomn" for t in tags)


def _dative(x: Located) -> bool:
    """A name with a word that can only be a dative (``объявил об отставке премьеру страны Терезе
    Мэй``: the one told, not the one leaving)."""
    if x.actor.kind != "person":
        return False
    readings = [[t for t in case_tags(w) if t.startswith("NOUN") and "Name" in t] for w in x.span.text.split()]
    return any(tags and all("datv" in t or "loct" in t for t in tags) for tags in readings)


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


ADDRESS_WORDS = frozenset({"господин", "госпожа", "мистер", "миссис", "мисс", "сэр", "лорд", "леди", "фрау", "герр",
                           "товарищ", "месье", "мадам", "синьор"})


def _owned_by_noun(ctx: DocContext, x: Located) -> bool:
    """A name that cannot show its case, right after a noun that is no title, is its genitive
    (``Соратник Меркель ушел в отставку``: the ally leaves, not Merkel)."""
    last = x.span.text.split()[-1].lower() if x.span.text.split() else ""
    if not last:
        return False
    _, last_pos, last_tag = morph.parse(last)
    if last_pos is not None and "Fixd" not in last_tag:
        return False  # a name that shows its case says itself whether it is in apposition ("сын Джордж Буш")
    text = ctx.text(x.span.field)
    words = text[max(0, x.span.start - 30):x.span.start].split()
    if not words or not words[-1].isalpha() or words[-1].lower() in ADDRESS_WORDS:
        return False
    if any(m.field == x.span.field and x.span.start - 40 < m.end <= x.span.start and not text[m.end:x.span.start].strip()
           for m in ctx.lexical):
        return False  # a title, a state or a body before the name ("Премьер Мэй", "МИД Японии")
    pos, tag = morph.parse(words[-1].lower())[1:3]
    return pos == "NOUN" and "nomn" in tag and "anim" in tag


def _agent_of_participle(text: str, x: Located) -> bool:
    """A name right after a passive participle is its agent (``с предложенным Мэй планом``,
    ``подписанный Путиным указ``), no subject of the clause."""
    words = text[max(0, x.span.start - 30):x.span.start].split()
    if not words:
        return False
    pos, tag = morph.parse(words[-1].strip(",.;:«»\"()"))[1:3]
    return pos == "PRTF" and "pssv" in tag


def _word_before(ctx: DocContext, trigger: Span) -> str:
    """The verb of ``подал в отставку``, ``ушёл в отставку`` two words back, of ``написал заявление об
    отставке`` three."""
    words = ctx.text(trigger.field)[max(0, trigger.start - 40):trigger.start].split()
    if len(words) >= 3 and words[-1].lower() in ("об", "о") and LETTER.match(words[-2]):
        return words[-3]
    return words[-2] if len(words) >= 2 and words[-1].lower() in ("в", "с") else ""


LETTER = re.compile(r"(?i)(?:заявлени|прошени|рапорт)\w*$")  # a letter of resignation

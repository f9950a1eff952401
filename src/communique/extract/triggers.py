"""Event triggers and format cues (``resources/triggers.tsv``), and the status of a trigger.

Status is read from the trigger's own tense (``посетит`` planned, ``посетил``
occurred) or, for a noun (``визит``, ``переговоры``), from the nearest verb or a
planning cue in its sentence (``состоится``, ``предстоящий``, ``пригласил ... посетить``).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from .. import resources
from ..model import Token
from ..nlp import morph
from .gazetteer import SKIP, alias_key

SETTINGS = (("в", "ход"), ("во", "время"), ("по", "итог"))  # "в ходе", "во время", "по итогам"
PLANNED_CUES = frozenset({
    "планировать", "планироваться", "намереваться", "запланировать", "условить", "условиться", "предстоящий", "ожидаться", "намечать", "намеченный", "собираться",
    "пригласить", "предполагаться", "договориться", "условиться", "предусмотреть", "предусматриваться", "will", "plan", "upcoming", "scheduled",
    "plans", "planned", "planning", "expected", "invited", "agreed", "next", "shall",
    "возможный", "possible", "potential",  # "о возможной встрече": one still to come
})
DECISIONS = frozenset({"решение", "решить"})  # a decision taken to do it: done, as news tells it
# an aggregate ("three bilateral meetings this year") is not an event
COUNTED = frozenset({"раунд", "тур", "круг", "round", "rounds"})  # "два раунда переговоров"
AGGREGATE_CUES = frozenset({"ряд", "несколько", "серия", "многочисленный", "неоднократно", "регулярный", "регулярно",
                            "систематически", "периодически", "постоянно", "several"})
NEGATION_CUES = frozenset({"отменить", "отложить", "перенести", "отказаться", "пропустить", "cancel", "postpone"})
# pymorphy reads "отменён" as the adjective "отменный": the stems catch every form
NEGATION_WINDOW = 8  # words of one clause between a cancelling word and the event it cancels
TOPIC_PREPOSITIONS = frozenset({"о", "об"})  # "соглашение о взаимной отмене виз": what is agreed, not a cancellation
NEGATION_STEMS = ("отмен", "отлож", "перенес", "перенёс", "пропуст", "cancel", "postpon")  # "пропустивший … встречу"


@dataclasses.dataclass(frozen=True)
class Cue:
    lemmas: tuple[str, ...]
    kind: str  # event | format
    types: tuple[str, ...]
    status: str
    value: str
    tail: tuple[str, ...] = ()  # "освободить … от должности": lemmas that must follow within GAP words


GAP = 8  # words a cue's tail may stand after its head ("освободил Василия Небензю от должности")


@dataclasses.dataclass(frozen=True)
class Trigger:
    type: str
    status: str
    tokens: tuple[Token, ...]
    needs_person_after: bool = False
    needs_document_after: bool = False
    needs_post_near: bool = False  # "премьером стал …", "возглавит МИД": only with a post or body beside it
    weak: bool = False  # a statement only when its author takes part in no talks of the document

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@cache
def cues() -> tuple[Cue, ...]:
    rows = resources.read_table("triggers.tsv")
    out = []
    for row in rows:
        head, _, tail = row["phrase"].partition("…")
        lemmas, _ = alias_key(head)
        out.append(Cue(lemmas, row["kind"], tuple(row["type"].split(",")), row["status"].strip(), row["value"].strip(),
                       alias_key(tail)[0] if tail else ()))
    return tuple(out)


@cache
def _table(kind: str) -> dict[tuple[str, ...], tuple[Cue, ...]]:
    """Lemma sequence -> its cues (``принять`` is a meeting before a person, a signing before documents)."""
    table: dict[tuple[str, ...], tuple[Cue, ...]] = {}
    for c in cues():
        if c.kind == kind:
            table[c.lemmas] = table.get(c.lemmas, ()) + (c,)
    return table


@cache
def _lengths(kind: str) -> dict[str, tuple[int, ...]]:
    """First lemma -> the lengths of the cues of ``kind`` that start with it, longest first."""
    out: dict[str, set[int]] = {}
    for k in _table(kind):
        if k:
            out.setdefault(k[0], set()).add(len(k))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in out.items()}


def _match(words: Sequence[Token], kind: str) -> list[tuple[int, int, Cue]]:
    table, lengths = _table(kind), _lengths(kind)
    lemmas = [w.lemma for w in words]
    found, i = [], 0
    while i < len(lemmas):
        for n in lengths.get(lemmas[i], ()):
            if n > len(lemmas) - i:
                continue
            hits = [c for c in table.get(tuple(lemmas[i:i + n]), ()) if not c.tail or _followed(lemmas, i + n, c.tail)]
            if hits:
                found.extend((i, i + n - 1, cue) for cue in hits)
                i += n
                break
        else:
            i += 1
    return found


def _followed(lemmas: Sequence[str], at: int, tail: tuple[str, ...]) -> bool:
    """The tail of a gapped cue within GAP words from ``at``, no clause break between."""
    for j in range(at, min(at + GAP + 1, len(lemmas) - len(tail) + 1)):
        if tuple(lemmas[j:j + len(tail)]) == tail:
            return True
        if lemmas[j] in (",", ";", "а", "но"):
            return False
    return False


JUDGEMENT_WINDOW = 12  # words of the clause after "назвал" where the judgement stands


def _clause_after(words: Sequence[Token], last: int, reach: int) -> list[Token]:
    """The words after the trigger's last, up to ``reach`` of them, that stand in its clause."""
    clause = []
    for w in words[last + 1:last + 1 + reach]:
        if w.text in (",", ";", "."):
            break
        clause.append(w)
    return clause


def _judgement(words: Sequence[Token], last: int) -> bool:
    """``назвал посещение … «достойным сожаления»``, ``назвал Россию угрозой``: a quote or a word in
    the instrumental follows in the same clause."""
    return any(w.text in ("«", '"', "“") or w.pos in ("ADJF", "PRTF", "NOUN") and "ablt" in morph.parse(w.text)[2]
               for w in _clause_after(words, last, JUDGEMENT_WINDOW))


EDITORIAL = frozenset({"отметим", "заметим", "подчеркнём", "подчеркнем", "добавим", "уточним"})
NOT_NEGATING = frozenset({"только", "раз", "менее", "более", "так", "столь", "случайно", "зря", "позднее", "позже"})
NEGATION_REACH = 5  # words between "не" and the trigger it negates


def _negated(words: Sequence[Token], first: int) -> bool:
    """``не`` before the trigger in its clause (``не смогли провести встречу``), but not ``не только``,
    ``не раз``, ``не позднее``."""
    for i in range(max(0, first - NEGATION_REACH), first):
        if words[i].text.lower() == "не" and words[i + 1].lemma not in NOT_NEGATING \
                and not any(w.text in (",", ";", "—", "–") for w in words[i:first]) \
                and not (words[first].pos == "PRTF" and any(w.pos == "VERB" for w in words[i + 1:first])):
            return True  # (not "не исчезнет вместе с ушедшими в отставку": a participle describes, the verb is denied)
    return False


VERB_REACH = 20  # words from a noun trigger to the verb it is the subject or object of


def _denied_after(words: Sequence[Token], first: int, last: int) -> bool:
    """A noun trigger whose clause's verb after it is negated: ``Встреча … так и не состоялась``, ``Указа о
    назначении … пока не подписал``, ``Визит … не состоится``."""
    if words[first].pos != "NOUN":
        return False
    for i in range(last + 1, min(len(words), last + 1 + VERB_REACH)):
        if words[i].text in (";", ":", "—", "–") or words[i].lemma in ("который", "что", "но", "а", "однако"):
            return False
        if words[i].pos in ("VERB", "PRTS"):  # (also a passive: "Переговоры … не начаты до сих пор")
            return i > 0 and words[i - 1].text.lower() == "не" and words[i].lemma in TAKING_PLACE
    return False


# verbs whose negation denies the event its noun names ("встреча не состоялась"; not "комментариев о
# причинах отставки не поступало")
TAKING_PLACE = frozenset({"состояться", "пройти", "проходить", "провести", "подписать", "произойти", "начаться",
                          "начать"})


CONDITION_REACH = 10  # words between "если" and the trigger of its clause


def _conditional(words: Sequence[Token], first: int) -> bool:
    """A verb in an if-clause (``если один из лидеров оппозиции посетит Крым``), or the noun it governs
    (``если Трамп … решит провести встречу``); a noun there otherwise names an event presupposed (``если
    Трамп во время своего предстоящего визита …``)."""
    if words[first].pos == "NOUN":
        verb = first - 1
        while verb >= 0 and (words[verb].pos in ("ADJF", "PRTF", "ADVB") or words[verb].lemma == "также"):
            verb -= 1  # "решит провести личную встречу"
        if verb < 0 or words[verb].pos not in ("INFN", "VERB"):
            return False
        # (its subject and setting before it, commas of a participle's phrase too: "если Трамп во время визита
        # в Лондон, намеченного на июль, решит провести …"; not past the "то" of the consequence)
        return any(words[i].lemma in ("если", "if") and not any(w.lemma in ("то", "then") or w.text == ";"
                                                             for w in words[i:first])
                   for i in range(max(0, first - 3 * CONDITION_REACH), verb))
    for i in range(max(0, first - CONDITION_REACH), first):
        if words[i].lemma in ("если", "if") and not any(w.text in (",", ";") for w in words[i:first]):
            return True
    return False


def _decided(words: Sequence[Token], first: int) -> bool:
    """An infinitive after a decision taken (``решение Бориса Джонсона уйти в отставку``, ``объявил о
    решении сложить полномочия``): a resignation or appointment done, as news tells it."""
    return words[first].pos == "INFN" and _governed(words, first, DECISIONS, DECISION_REACH, (",", ";"))


DECISION_REACH = 8  # words between a decision and the infinitive it governs


def _governed(words: Sequence[Token], first: int, lemmas: frozenset[str], reach: int, stops: tuple[str, ...]) -> bool:
    """Whether one of ``lemmas`` stands within ``reach`` words before ``first``, no ``stops`` between."""
    for w in reversed(words[max(0, first - reach):first]):
        if w.text in stops:
            return False
        if w.lemma in lemmas:
            return True
    return False


def _tense(token: Token) -> str | None:
    tag = morph.parse(token.text)[2]
    if "futr" in tag:
        return "planned"
    if "past" in tag or "pres" in tag:
        return "occurred"
    return None


def status_of(words: Sequence[Token], first: int, last: int, quoted: frozenset[int] = frozenset()) -> str:
    """occurred or planned, from the trigger's tense, a planning cue, or the nearest verb outside the
    quoted words (``«… преодолеют кризис», - сказано в заявлении``: the speech's tense is not the event's)."""
    own = _tense(words[first]) if words[first].pos in ("VERB", "PRTS", "PRTF") else None
    if words[first].pos == "PRTS" and any(w.text.lower() in ("будет", "будут", "быть")
                                          for w in words[max(0, first - 2):first]):
        own = "planned"  # "будет подписан", "должен быть официально избран": a passive to come
    # planning cues before the trigger or in its own clause after it ("провели переговоры, на которых
    # договорились начать диалог": the talks took place)
    after = next((i for i in range(last + 1, len(words)) if words[i].text in (",", ";", ":")), len(words))
    lemmas = {w.lemma for w in words[:after]}
    setting = [w.lemma for w in words[max(0, first - 3):first]]
    # "В ходе телефонного разговора … договорились о встрече": the call is the setting, the verb's tense
    # tells (договорились: done), not the planning it reports; "в ходе предстоящего визита" stays planned
    framed = (any(a in setting and b in setting for a, b in SETTINGS) or setting[-1:] in (["в"], ["во"])) \
        and not set(setting) & PLANNED_CUES  # also "в телефонном разговоре пригласил": the call took place
    if framed and own is None:  # the setting of what the sentence tells: its future or not
        future = any((w.pos == "VERB" and _tense(w) == "planned" or w.text.lower() in ("будет", "будут"))
                     and w.start not in quoted for w in words)
        return "planned" if future else "occurred"
    if (words[first].pos == "INFN" or own is None) and not framed:
        if lemmas & PLANNED_CUES:
            return "planned"
    if words[first].pos == "INFN" and first == 0 and words[0].text[:1].isupper():
        return "occurred"  # a decree's operative clause: "Принять отставку …", "Назначить …"
    if words[first].pos == "INFN":  # "договорились встретиться", "намерен посетить": still to come
        return "planned"
    if own is None and _ahead_of(words, first):
        return "planned"
    if own:
        return own
    verbs = sorted((w for w in words if w.pos in ("VERB", "PRTS") and w.start not in quoted),
                   key=lambda w: min(abs(w.start - words[first].start), abs(w.start - words[last].end)))
    for v in verbs[:1]:
        tense = _tense(v)
        if tense:
            return tense
    return "occurred"


# what is done before an event still to come: "в рамках подготовки к визиту", "готовятся к встрече", "preparations
# for the visit";
# in a title also "Накануне визита …", "В преддверии саммита …" (in a body the eve may be told after the event)
PREPARING = (("подготовка", "к"), ("готовиться", "к"), ("готовить",), ("preparation", "for"), ("preparations", "for"))
EVE = (("накануне",), ("в", "преддверие"), ("ahead", "of"), ("on", "the", "eve", "of"))


def _ahead_of(words: Sequence[Token], first: int) -> bool:
    """A noun trigger behind a phrase of preparing for it (past its adjectives: ``накануне первого
    официального визита``)."""
    i = first
    while i > 0 and words[i - 1].pos in ("ADJF", "PRTF") and words[i - 1].field == words[first].field:
        i -= 1
    before = tuple(w.lemma for w in words[max(0, i - 4):i])
    cues = PREPARING + (EVE if words[first].field == "title" else ())
    return any(before[-len(c):] == c for c in cues)


def quoted_starts(tokens: Sequence[Token]) -> frozenset[int]:
    """Where the tokens inside «…» quotes start."""
    inside, out = False, set()
    for t in tokens:
        if t.text == "«":
            inside = True
        elif t.text == "»":
            inside = False
        elif inside:
            out.add(t.start)
    return frozenset(out)


def _aggregate(words: Sequence[Token], first: int) -> bool:
    """``три встречи``, ``2 телефонных разговора``, ``ряд визитов``: a count of events, not one reported.
    A number counts when only adjectives stand between it and the trigger (``10 мая Путин встретится``
    is a date)."""
    after = words[first + 1:first + 4]
    if len(after) >= 2 and words[first].pos == "VERB" and (after[0].text.isdigit() or "NUMR" in morph.parse(after[0].text)[2]) \
            and any(w.pos == "NOUN" for w in after[1:]) and not any(MONTH.match(w.text) for w in after[1:]):
        return True  # "Прибыло 20 парламентских делегаций" (not "прибыл 20 мая")
    if first and words[first].pos == "NOUN" and words[first - 1].lemma in ORDINALS:
        return True  # "Это уже вторая отставка в кабинете Мэй": counted among others told elsewhere
    for i in range(max(0, first - 3), first):
        w = words[i]
        if w.lemma in AGGREGATE_CUES:
            return True
        if (w.text.isdigit() or "NUMR" in morph.parse(w.text)[2]) \
                and all(x.pos in ("ADJF", "PRTF") or x.lemma in COUNTED for x in words[i + 1:first]):
            return True
    return False


# "итоги недавних консультаций", "ход переговоров", "мастер ведения переговоров": a process spoken of, not an event reported
# (unlike "по итогам переговоров", "в ходе переговоров", which refer to the event at hand)
MONTH = re.compile(r"(?i)(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)")
ORDINALS = frozenset({"второй", "третий", "четвёртый", "четвертый", "пятый"})
ACTS = frozenset({"указ", "распоряжение", "постановление", "решение", "приказ"})
RANKS = frozenset({"первый", "второй", "третий", "единственный", "самый", "последний"})
ANNIVERSARY = frozenset({"годовщина", "юбилей", "anniversary"})
PROCESS_HEADS = frozenset({"итог", "ход", "результат", "подготовка", "возобновление", "ведение", "продолжение",
                           "кризис", "план", "процесс", "стратегия", "мандат", "срок", "продление", "дедлайн"})
# what is "назначен" or "утверждён" besides a person to a post: a date, a penalty, a result, a law
NOT_POSTS = frozenset({"штраф", "наказание", "встреча", "заседание", "выборы", "референдум", "голосование",
                       "дата", "срок", "слушание", "экспертиза", "победа", "результат", "итог", "бюджет",
                       "закон", "план", "программа", "повестка", "компенсация"})
WEEKDAY_OR_TIME = re.compile(r"(?i)^(?:\d|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень"
                             r"|завтра|послезавтра|следующ|ближайш|конец|начало|середин)")  # (months: MONTH)
OBJECT_REACH = 4  # words after "назначил" / "утвердил" where its object stands


def _not_a_post(words: Sequence[Token], first: int, last: int) -> bool:
    """``встреча, назначенная на воскресенье``, ``назначенного … штрафа``, ``утвердили победу Байдена``:
    a date set, a penalty imposed, a result confirmed, not a person put in a post."""
    clause = _clause_after(words, last, OBJECT_REACH)
    if len(clause) >= 2 and clause[0].lemma == "на" and (WEEKDAY_OR_TIME.match(clause[1].text)
                                                         or MONTH.match(clause[1].text)):
        return True
    return any(w.lemma in NOT_POSTS for w in clause)


WISHES = frozenset({"хотеть", "захотеть", "мечтать", "стремиться", "надеяться", "пытаться", "попытаться", "обещать",
                    "пообещать"})
BECOMING = frozenset({"стать", "возглавить", "занять"})
WISH_REACH = 4  # words between a verb of wishing and the infinitive it governs


def _wished(words: Sequence[Token], first: int) -> bool:
    """An infinitive governed by a verb of wishing or trying a few words before, in its clause."""
    return _governed(words, first, WISHES, WISH_REACH, (",", ";", "—", "–", ":"))


UNREALIZED_REACH = 12  # words from "должен был" to the trigger of the plan it gives up
OUGHT = frozenset({"должен", "должна", "должно", "должны"})
WAS = frozenset({"был", "была", "было", "были"})


def _unrealized(words: Sequence[Token], first: int) -> bool:
    """``должен был`` before the trigger in its clause: what was to happen and did not."""
    for i in range(first - 1, max(0, first - UNREALIZED_REACH) - 1, -1):
        if words[i].text in (",", ";", ":", "—", "–"):
            return False
        if i > 0 and words[i].text.lower() in WAS and words[i - 1].text.lower() in OUGHT:
            return True
    return False


def _when_clause(words: Sequence[Token], first: int) -> bool:
    """``Когда Трамп стал президентом, …``: a change of post as the time of something else (``когда
    А.Вебер покинет пост`` still announces one)."""
    if "futr" in morph.parse(words[first].text)[2]:
        return False
    for w in reversed(words[:first]):
        if w.text in (",", ";", "—", "–", ":"):
            return False
        if w.lemma == "когда":
            return True
    return False


def _anniversary(words: Sequence[Token], first: int) -> bool:
    """``к 75-летию исторической встречи на Эльбе``, ``в годовщину визита``: history remembered;
    ``с учётом недавних переговоров``: talks recalled."""
    return any(w.lemma in ANNIVERSARY or w.text.lower().endswith(("летию", "летия", "летие"))
               for w in words[max(0, first - 3):first]) \
        or words[first].pos == "NOUN" and any(w.lemma == "недавний" for w in words[max(0, first - 2):first])


SUPERSEDED = frozenset({"изначально", "первоначально"})


def _by_the_document(words: Sequence[Token], first: int, last: int) -> bool:
    """``в соответствии с подписанным …``, ``согласно заключённому …``: what a document in force says, unless
    it was signed today (``с подписанным сегодня межправсоглашением``)."""
    before = " ".join(w.text.lower() for w in words[max(0, first - 3):first])
    after = words[last + 1].lemma if last + 1 < len(words) else ""
    return re.search(r"(?:соответствии\s+с|согласно|на\s+основании)$", before) is not None \
        and after not in ("сегодня", "вчера", "накануне")


def _of_resigning(words: Sequence[Token], last: int) -> bool:
    after = [w.lemma for w in words[last + 1:last + 3]]
    return after[:1] in (["о"], ["об"]) and after[1:] in (["отставка"], ["уход"])


UNDER_WAY = frozenset({"ход", "ведение"})  # heads of talks under way, a topic even in a title ("ход переговоров")
PHRASE_REACH = 8  # words from a process noun to the event noun its participle's phrase leads to


def _other_process(words: Sequence[Token], first: int) -> str | None:
    """``итоги недавнего официального визита``, ``ход переговоров``: the head (its lemma) is a process or
    outcome of the event (adjectives may stand between), unless it frames the sentence (``по итогам
    переговоров``); a noun's head only (not "смягчить кризис, уволив министра")."""
    if words[first].pos != "NOUN":
        return None
    i = first - 1
    while i >= 0 and first - i <= 3 and words[i].pos in ("ADJF", "PRTF"):
        i -= 1
    heads = [j for j in (*range(max(0, first - 2), first), i) if j >= 0 and words[j].lemma in PROCESS_HEADS]
    # (a participle's phrase between: "итогов проходившего на днях в Дохе заседания")
    heads += [j for j in range(max(0, first - PHRASE_REACH), first - 1)
              if words[j].lemma in PROCESS_HEADS and words[j + 1].pos == "PRTF"]
    if not heads:
        return None
    before = words[heads[0] - 1].lemma if heads[0] > 0 else ""
    return words[heads[0]].lemma if before not in ("в", "по", "на", "во") else None


def _only_plural(word: str) -> bool:
    """Every reading of the word is plural (``назначений``, ``назначенных``; not ``назначения``, which
    may be a singular genitive)."""
    readings = [p for p in morph.parses(word) if p.tag.POS in ("NOUN", "PRTF")]
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


def _plural_oblique(word: str) -> bool:
    """A plural noun in a case other than the nominative or accusative (``протестов``, ``протестами``):
    demonstrations spoken of, not protests sent (``направили протесты``)."""
    tag = morph.parse(word)[2]
    return "plur" in tag and not any(case in tag for case in ("nomn", "accs"))


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """Event triggers of one sentence (aggregates and cancelled events left out)."""
    words = [t for t in tokens if t.text not in SKIP]
    cues = _match(words, "event")
    if not cues:  # (most sentences: no need for their negations)
        return []
    quoted = quoted_starts(tokens)
    negations = [i for i, w in enumerate(words)
                 if (w.lemma in NEGATION_CUES or w.text.lower().startswith(NEGATION_STEMS))
                 and not {x.lemma for x in words[max(0, i - 2):i]} & TOPIC_PREPOSITIONS]
    out, given_up = [], False
    for first, last, cue in cues:
        if _aggregate(words, first) or _anniversary(words, first) \
                or (head := _other_process(words, first)) and (words[first].field != "title" or head in UNDER_WAY):
            # ("Основные итоги встречи …" in a title reports it; "прокомментировал ход переговоров" does not)
            continue
        if cue.types[0] != "statement" and any(first - NEGATION_WINDOW <= i <= last + NEGATION_WINDOW
               and not any(w.text in (",", ";") for w in words[min(i, first):max(i, last)]) for i in negations):
            continue  # "визит отменён", "перенесли встречу" (not "подписали соглашение об отмене виз", not
            # "призвали отменить чрезвычайное положение": what a statement asks is no cancelling of it)
        if cue.types[0] != "statement" and (_negated(words, first) or _conditional(words, first)
                                             or _denied_after(words, first, last)):
            continue  # "не смогли даже провести личную встречу", "не посетит", "если … посетит", "встреча не
            # состоялась"
        if cue.types[0] == "statement" and words[first].lemma == "заявление" and _of_resigning(words, last):
            continue  # "написал заявление об отставке": a letter of resignation, the change is the news
        if cue.types[0] == "statement" and words[first].text.lower() in EDITORIAL:
            continue  # "Отметим, что это уже вторая отставка": the writer's aside
        if cue.types[0] == "statement" and words[first].pos in ("PRTF", "PRTS", "GRND"):
            continue  # "обвинённой в ...", "заявив": an attribute, not a statement reported
        if cue.types[0] == "statement" and first > 0 and words[first - 1].lemma == "который" \
                and words[first - 1].text.lower() in ("которого", "которую", "которых"):
            continue  # "Норьеги, которого обвинили в контрабанде": what was done to him, not his words
        if words[first].lemma == "протест" and (first > 1 and words[first - 1].lemma == "знак"
                                                or any(w.lemma == "качество" for w in words[max(0, first - 4):first])
                                                or first == last and _plural_oblique(words[first].text)):
            continue  # "подал в отставку в знак протеста", "в качестве … шага протеста": a motive; "из-за
            # массовых протестов": demonstrations, not a protest of a state
        following = [w.lemma for w in words[last + 1:last + 3] if w.lemma not in ("уже", "также", "тоже")]
        if cue.types[0] == "position_change" and (
                words[first].lemma in ("назначить", "утвердить") and _not_a_post(words, first, last)
                or _when_clause(words, first)):
            continue
        if cue.types[0] == "position_change" and words[first].lemma in BECOMING and words[first].pos == "INFN" \
                and _wished(words, first):
            continue  # "хочет стать президентом", "захочет ли он … стать лидером": an aspiration, no change
            # told (not "Байден хочет назначить Буттиджича": the appointer's intention, an appointment planned)
        if words[first].lemma == "стать" and following[:1] and following[0] in RANKS:
            continue  # "Трамп стал первым президентом, который …": a description, not a new post
        if cue.types[0] == "position_change" and first == last and words[first].pos == "PRTF" \
                and _only_plural(words[first].text):
            continue  # "назначенных Трампом судей": the persons described, no one change told (not "отставок
            # Джонсона и Дэвиса": each one's)
        if cue.types[0] == "position_change" and words[first].lemma == "утвердить" and words[first].pos == "PRTF" \
                and last + 1 < len(words) and words[last + 1].lemma in ACTS:
            continue  # "состав Совета Безопасности, утвержденный указом президента": a body's make-up approved
        if words[first].text.lower() == "отставке" and first > 0 and words[first - 1].lemma == "в":
            continue  # "генерал-лейтенант в отставке": retired, not a resignation reported
        if cue.value == "judgement" and not _judgement(words, last):
            continue  # "назвал дату выборов": no judgement of anyone
        if cue.value == "headline" and words[first].field != "title":
            continue  # "Главы МИД России и Индии обсудили …" heads a report; in a body it tells the talks' content
        if cue.value == "present" and not (words[first].pos == "VERB" and "pres" in morph.parse(words[first].text)[2]):
            continue  # "МИД заявляет": news; not "как заявляли ранее", "посещающим": habits, descriptions
        status = cue.status if cue.status in ("occurred", "planned") else status_of(words, first, last, quoted)
        if status == "planned" and (any(w.lemma in SUPERSEDED for w in words[max(0, first - 6):first])
                                    or _unrealized(words, first)) or given_up and words[first].pos == "NOUN":
            given_up = True  # (and the nouns after it are of the plan: "на проходящем в Лондоне саммите")
            continue  # "Изначально в России планировали выдвинуть …", "Сегодня экс-глава МИД должен был принять
            # участие в пресс-конференции …": a plan given up, not one announced
        if cue.types[0] == "signing" and words[first].pos == "PRTF" and _by_the_document(words, first, last):
            continue  # "в соответствии с подписанным соглашением об ассоциации": a document in force
        if cue.types[0] == "position_change" and _decided(words, first):
            status = "occurred"
        if out and out[-1].status == "planned" and words[first].pos == "NOUN":
            status = "planned"  # "посетить Индию ... для проведения встречи": the meeting is to come too
        out.append(Trigger(cue.types[0], status, tuple(words[first:last + 1]),
                           needs_person_after=cue.value == "person-after",
                           needs_document_after=cue.value == "document-after",
                           needs_post_near=cue.value == "post-near", weak=cue.value == "weak"))
    return out


def find_formats(tokens: Sequence[Token], event_type: str) -> list[tuple[str, int, int]]:
    """(format label, start, end) cues of one sentence that apply to ``event_type``."""
    words = [t for t in tokens if t.text not in SKIP]
    return [(c.value, words[a].start, words[b].end) for a, b, c in _match(words, "format") if event_type in c.types]


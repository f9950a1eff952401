"""Who speaks and about whom: the parties of statements and position changes.

A statement's author is the official, body or state nearest before the trigger
(``МИД Германии счёл ...``, ``Канцлер Германии Ангела Меркель заявила``) or just
after it when the order is inverted (``заявил Маас``, ``— проинформировал Грушко``).
Its targets are the persons, states and capitals of other countries in the
sentence.  A position change concerns the person nearest to its trigger.
"""
from __future__ import annotations

import re

from ..model import Sentence, Span
from .context import DocContext, Located

INVERTED_WINDOW = 40  # characters after a trigger where an inverted subject stands
SUBJECT_WINDOW = 30  # a state as author stands at the start of its sentence ("США отвергли ...")


def _people(ctx: DocContext, sent: Sentence) -> list[Located]:
    people = ctx.in_sentence(sent, ("person",))
    ids = {x.actor.id for x in people}
    return people + [x for x in ctx.post_references(sent, ctx.ref_date) if x.actor.id not in ids]


def _bodies(ctx: DocContext, sent: Sentence) -> list[Located]:
    return [x for x in ctx.in_sentence(sent, ("organization",)) if x.actor.country]


def _state_targets(ctx: DocContext, sent: Sentence) -> list[Located]:
    """States named in the sentence (``американского посла`` too), capitals standing for their state."""
    out = ctx.in_sentence(sent, ("state",))
    for m in ctx.mentions_in(sent, ("state_adj",)):
        state = ctx.state_actor(m.ref) if m.ref else None
        if state is not None:
            out.append(Located(state, Span(m.field, m.start, m.end, m.text)))
    for m in ctx.mentions_in(sent, ("place",)):
        country = (m.ref or "").split(":")[0]
        state = ctx.state_actor(country) if country else None
        if state is not None and m.normal == ctx.capital_of(country):
            out.append(Located(state, Span(m.field, m.start, m.end, m.text)))
    return out


def _official(x: Located) -> bool:
    """A person who speaks for a state: one with a post (from the text or the KB)."""
    return x.actor.kind != "person" or bool(x.actor.positions)


def author(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The official, body or state that speaks; private persons (a lawyer, a journalist) do not."""
    speakers = [x for x in _people(ctx, sent) if _official(x)] + _bodies(ctx, sent)
    before = [x for x in speakers if x.span.end <= trigger.start]
    if before:
        return max(before, key=lambda x: x.span.end)
    after = [x for x in speakers if 0 <= x.span.start - trigger.end <= INVERTED_WINDOW]
    if after:
        return min(after, key=lambda x: x.span.start)
    states = [x for x in ctx.in_sentence(sent, ("state",))
              if x.span.end <= trigger.start and x.span.start - sent.start <= SUBJECT_WINDOW]
    return states[0] if states else None


def statement_parties(ctx: DocContext, sent: Sentence, trigger: Span) -> list[tuple[Located, str]]:
    """(party, role) of a statement: its author, then the persons it targets, of other countries."""
    who = author(ctx, sent, trigger)
    if who is None:
        return []
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
    r"(?i)^(?:назначен\w*|освобожд[её]н\w*|отправлен\w*|утвержд[её]н\w*|избран\w*|ушел|ушла|ушёл|уходит|подал\w*"
    r"|appointed|resigned)")
APPOINTEE_WINDOW = 120


def appointee(ctx: DocContext, sent: Sentence, trigger: Span) -> Located | None:
    """The person appointed or leaving: the subject of a passive or intransitive trigger
    (``Небензя назначен``, ``Джонсон ушёл в отставку``), else the object after it
    (``назначил Василия Небензю``, ``приняла отставку Бориса Джонсона``); none when the text
    names the post only (``отставку министра по делам Brexit``)."""
    people = _people(ctx, sent)
    before = [x for x in people if 0 <= trigger.start - x.span.end <= APPOINTEE_WINDOW]
    after = [x for x in people if 0 <= x.span.start - trigger.end <= APPOINTEE_WINDOW]
    subject_first = SUBJECT_FIRST.match(trigger.text) or SUBJECT_FIRST.match(_word_before(ctx, trigger))
    relative = ctx.text(trigger.field)[trigger.end:trigger.end + 12].split()[:1] in (["которого"], ["которой"])
    if (subject_first or relative) and before:  # "Дэвида Дэвиса, отставку которого приняла ..."
        return max(before, key=lambda x: x.span.end)
    return min(after, key=lambda x: x.span.start) if after else None  # also "назначен Камаль аль-Ганзури"


def _word_before(ctx: DocContext, trigger: Span) -> str:
    """The verb of ``подал в отставку``, ``ушёл в отставку`` two words back."""
    words = ctx.text(trigger.field)[max(0, trigger.start - 20):trigger.start].split()
    return words[-2] if len(words) >= 2 and words[-1].lower() in ("в", "с") else ""

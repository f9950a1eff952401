"""The day of a change of post the text leaves undated, from the persons KB.

``Новым главой МИД стал Джереми Хант`` in an item of 10 July 2018 names no day; the KB
has Hunt's tenure as foreign secretary starting on 9 July 2018, so the change is dated
that day.  ``после того как Байден стал вице-президентом`` in a 2021 item is dated by the
KB to 2009 and is then background, as a date in the text would make it.

Only the tenures of the post named in the change's own sentence count, and only a day
(the start, or for a departure the end) on or before the publication: within a week of
it, the change is the news and gets that day; more than BACKGROUND_DAYS before it, the
change is recalled and gets that day, which makes it background, provided the tenure is
over by the publication (one still held may have been renewed: a minister reappointed).
In between, the KB may date another step (elected, then sworn in) and the publication
date stays.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from .. import resources
from ..kb import persons as kb
from ..model import DateRange
from ..nlp import morph
from .context import DocContext
from .roles import BACKGROUND_DAYS

if TYPE_CHECKING:
    from .events import Draft

# the lemmas of leaving a post ("ушёл в отставку", "покинул пост", "освобождён от должности")
LEAVING = frozenset({"отставка", "уйти", "уходить", "покинуть", "покидать", "уволить", "уволен", "освободить",
                     "отправить", "сложить", "слагать", "отречься", "отречение", "подать", "снять", "смещать",
                     "сместить", "отрекаться", "уход", "resign", "resigned", "resigns", "resignation", "stepped",
                     "dismissed", "sacked", "relieved"})
NEW = re.compile(r"(?i)\b(?:нов(?:ый|ая|ого|ой|ым|ому|ом|ую)|вновь|снова|повторно|new|again)\b")
BECAME = frozenset({"стать", "становиться", "возглавить"})  # the start of a tenure, not its renewal
NEWS_DAYS = 7  # a change the KB dates this close before the publication is the news


@cache
def _titles() -> dict[str, str]:
    """Post id -> its Russian title, the KB's name for the post."""
    return {post.id: post.title_ru for post in resources.posts()}


def _post_titles(ctx: DocContext, d: "Draft") -> set[str]:
    """The posts named in the change's own sentence, as KB titles."""
    by_id = _titles()
    return {by_id[m.ref] for m in ctx.mentions_in(d.sentences[0], ("post",)) if m.ref in by_id}


def _leaving(d: "Draft") -> bool:
    """Whether the change is a departure (its KB day is a tenure's end, not its start)."""
    return bool(set(morph.lemmas(d.trigger.text.lower())) & LEAVING)


def tenure_date(ctx: DocContext, d: "Draft") -> DateRange | None:
    """The KB day of an occurred change of post of a KB person, in a post its sentence names: when
    it is a few days before the publication (the news), or long before it (the background)."""
    if d.type != "position_change" or d.status != "occurred" or not d.participants or not ctx.ref_date:
        return None
    ref = getattr(d.participants[0].actor, "ref", None)
    if not ref:
        return None
    posts = _post_titles(ctx, d)
    # (a general title names the KB's fuller one: "министр" for "министр по вопросам международного развития")
    tenures = [t for t in kb.posts_on(ref, None) if t.post in posts or any(t.post.startswith(p + " ") for p in posts)]
    leaving = _leaving(d)
    dated = [(day, t) for t in tenures if (day := (t.end if leaving else t.start)) and len(day) == 10
             and day <= ctx.ref_date]
    if not dated:
        return None
    day, tenure = max(dated, key=lambda x: x[0])
    before = (date.fromisoformat(ctx.ref_date) - date.fromisoformat(day)).days
    if NEWS_DAYS < before <= BACKGROUND_DAYS:
        return None  # neither the news nor the past: the KB may date another step (elected, sworn in)
    became = morph.lemma(d.trigger.text.split()[0]) in BECAME
    if before > BACKGROUND_DAYS and (NEW.search(d.sentences[0].text) or not leaving and not became
                                     and (tenure.end is None or tenure.end >= ctx.ref_date)):
        # "Новым премьер-министром назначен …", "назначил Лаврова министром" while he holds the post:
        # perhaps a second term the KB runs into one; only a tenure over by then is surely the past (or
        # one he "became" holder of: "Мэй стала премьером после того, как … ушел Дэвид Кэмерон")
        return None
    return DateRange(day, day, "day", "KB: tenure " + ("end" if leaving else "start"))


def kb_news(ctx: DocContext, d: "Draft") -> bool:
    """Whether the KB has a change of post like the draft's (a start, or for a departure an end) of its
    person in the NEWS_DAYS before the publication, in any post: ``покинувших правительство Бориса
    Джонсона`` on 10 July 2018."""
    ref = getattr(d.participants[0].actor, "ref", None) if d.participants else None
    if not ref or not ctx.ref_date:
        return False
    leaving = _leaving(d)
    published = date.fromisoformat(ctx.ref_date)
    return any(len(day) == 10 and 0 <= (published - date.fromisoformat(day)).days <= NEWS_DAYS
               for t in kb.posts_on(ref, None) if (day := (t.end if leaving else t.start) or ""))

"""Who held a post on a date: the curated KB and the facts learned from documents, side by side.

Every (person, post, state) the extractor finds is stored with the document's
date (``actor_positions``, source ``text``).  :func:`who` puts those observations
next to the curated tenures of ``resources/persons.tsv`` and says where the two
disagree: a person the documents name in the post while the KB has someone else,
or nobody, on that date.

A post is asked for by its id or title in ``resources/posts.tsv``; heads of state,
heads of government and foreign ministers are matched by category, so "foreign
minister of USA" finds the Secretary of State.  A learned observation counts for
the date when its document is dated within ``window`` days of it: press releases
name people in the posts they hold on the day they are published.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date, timedelta
from functools import cache

from . import persons as kb

# Categories whose posts are one office under several titles (премьер-министр,
# председатель правительства; министр иностранных дел, государственный секретарь).
_BY_CATEGORY = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
DEFAULT_WINDOW = 90


@dataclass(frozen=True)
class Observation:
    """One document naming a person in the post."""

    document_id: str
    seen_on: str | None
    title: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Holder:
    """A person in the post on the date, by the KB or by documents (or both)."""

    name: str
    person_id: str | None  # the KB id when known
    kb_tenure: kb.Tenure | None = None
    observations: tuple[Observation, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s, present in (("kb", self.kb_tenure), ("text", self.observations)) if present)


@dataclass(frozen=True)
class Answer:
    post: str
    titles: tuple[str, ...]
    country: str
    date: str
    holders: tuple[Holder, ...] = ()
    conflicts: tuple[str, ...] = ()


@cache
def _posts():
    from .. import resources

    return resources.posts()


def post_titles(post: str) -> tuple[str, ...]:
    """The titles that name the office: by category for the top posts, else the post itself."""
    key = post.strip().lower()
    row = next((p for p in _posts() if key in (p.id, p.title_ru.lower(), p.title_en.lower())
                or key in (a.lower().lstrip("?") for a in p.aliases_ru)), None)
    if row is None:
        return (post.strip(),)
    if row.category in _BY_CATEGORY:
        return tuple(p.title_ru for p in _posts() if p.category == row.category)
    return (row.title_ru,)


def state_code(country: str) -> str:
    """An ISO3 code or organisation id from a code or a state's name in any case form."""
    from .. import resources

    if country.upper() in resources.state_by_iso3():
        return country.upper()
    from ..extract.gazetteer import alias_key, lexicon

    entries = lexicon().get(alias_key(country)[0], ())
    state = next((e for e in entries if e.type in ("state", "state_adj")), None)
    return state.ref if state else country


def _period(day: str, days: int) -> tuple[str, str]:
    """The dates a document may carry to count for ``day``: ``days`` either side of a
    full date; the month or year itself for a partial one."""
    if len(day) < 10:
        return kb._first_day(day), kb._last_day(day)
    d = Date.fromisoformat(day)
    return (d - timedelta(days=days)).isoformat(), (d + timedelta(days=days)).isoformat()


def who(post: str, country: str, day: str, store=None, window: int = DEFAULT_WINDOW) -> Answer:
    """Who held ``post`` of ``country`` on ``day``, from the KB and (with a store) from documents."""
    titles = post_titles(post)
    code = state_code(country)
    holders: dict[str, Holder] = {}
    for title in titles:
        for t in kb.holders(title, code, day):
            holders.setdefault(t.person_id, Holder(t.name_ru, t.person_id, kb_tenure=t))
    if store is not None:
        since, until = _period(day, window)
        for row in store.positions_held(titles, code, since, until):
            if row.get("end"):  # "бывший министр": held before the document, not on its date
                continue
            key = row.get("ref") or row["actor_id"]
            obs = Observation(row["document_id"], row.get("seen_on"), row["title"],
                              tuple(e.get("text", "") for e in row.get("evidence") or ()))
            h = holders.get(key) or Holder(row["name"], row.get("ref"))
            holders[key] = Holder(h.name, h.person_id, h.kb_tenure, h.observations + (obs,))
    return Answer(post, titles, code, day, tuple(holders.values()), _conflicts(holders.values(), code, titles))


def _conflicts(holders, country: str, titles: tuple[str, ...]) -> tuple[str, ...]:
    curated = [h for h in holders if h.kb_tenure]
    out = []
    for h in holders:
        if h.kb_tenure or not h.observations:
            continue
        docs = ", ".join(f"{o.document_id} ({o.seen_on or 'undated'})" for o in h.observations)
        if curated:
            names = ", ".join(c.name for c in curated)
            out.append(f"{h.name}: named {titles[0]} of {country} by {docs}; the KB has {names}")
        else:
            out.append(f"{h.name}: named {titles[0]} of {country} by {docs}; the KB has nobody on that date")
    return tuple(out)

"""Localize stage: an English document's record names its states, organisations, places and posts
in English.

The stages before work with the Russian names of the curated tables (the gazetteer's canonical
names, the posts' titles, the bodies composed with a state), and ids never depend on a name, so
this last stage only renames: ``Кыргызстан`` -> ``Kyrgyzstan``, ``Министерство иностранных дел
Кыргызстана`` -> ``Ministry of Foreign Affairs of Kyrgyzstan``, ``Бишкек`` -> ``Bishkek``,
``министр иностранных дел`` -> ``Minister of Foreign Affairs`` (a participant's post; an actor's
positions keep the posts' canonical titles, which the store's knowledge of who held what is asked
by).  The Russian name stays among the actor's aliases, so a search in Russian still finds it.  A
name the tables do not hold stays as it is.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from .. import resources
from ..model import Actor, Analysis, Event, Place
from .context import _state_name  # the name a place of a state is given


@cache
def _states() -> dict[str, str]:
    return {s.iso3: s.name_en for s in resources.states() if s.name_en}


@cache
def _cities() -> dict[str, str]:
    return {f"{c.iso3}:{c.name_ru}": c.name_en for c in resources.cities() if c.name_en}


@cache
def _organizations() -> dict[str, str]:
    return {o.id: o.name_en for o in resources.organizations() if o.name_en} | {
        b.id: b.name_en for b in resources.bodies() if b.name_en}


@cache
def _of_one_state() -> frozenset[str]:
    return frozenset(b.id for b in resources.bodies() if b.iso3)


@cache
def _titles() -> dict[str, str]:
    return {p.title_ru: p.title_en for p in resources.posts() if p.title_en}


def title_en(title: str | None) -> str | None:
    """A post's English title (``министр иностранных дел`` -> ``Minister of Foreign Affairs``)."""
    return _titles().get(title, title) if title else title


# states whose English name takes the article ("the United States", "the Netherlands")
WITH_ARTICLE = re.compile(r"^(?:United|Republic|Kingdom|Democratic|Federated|Central African|Dominican Republic|Czech Republic"
                          r"|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles|Holy See"
                          r"|Vatican)")


def _of_state(iso3: str) -> str | None:
    state = _states().get(iso3)
    return f"the {state}" if state and WITH_ARTICLE.match(state) else state


def _organization_en(ref: str) -> str | None:
    """``un`` -> ``United Nations``; a body composed with a state, ``mfa:KGZ`` -> ``Ministry of Foreign
    Affairs of Kyrgyzstan``."""
    body, _, iso3 = ref.partition(":")
    name = _organizations().get(body)
    if name is None or not iso3 or body in _of_one_state():
        return name  # (a state's own body, "Department of Defense", is named without it)
    state = _of_state(iso3)
    return f"{name} of {state}" if state else None


def english_name(actor: Actor) -> str | None:
    if not actor.ref:
        return None
    if actor.kind == "state":
        return _states().get(actor.ref)
    if actor.kind == "place":
        return _cities().get(actor.ref)
    if actor.kind in ("organization", "initiative"):
        return _organization_en(actor.ref)
    return None


def _actor_en(actor: Actor) -> Actor:
    name = english_name(actor)
    if name and name != actor.name:
        return dataclasses.replace(actor, name=name, aliases=tuple(sorted({*actor.aliases, actor.name})))
    return actor


def _place_en(place: Place | None) -> Place | None:
    if place is None or not place.country:
        return place
    city = _cities().get(f"{place.country}:{place.city}") if place.city else None
    name = _cities().get(f"{place.country}:{place.name}") if place.name else None
    if place.name and place.name == _state_name(place.country):  # a visit to a state: "Кыргызстан"
        name = _states().get(place.country)
    return dataclasses.replace(place, city=city or place.city, name=name or city or place.name)


@cache
def _composed_names(iso3: str) -> dict[str, str]:
    """The Russian names of the national bodies of a state (``Министерство иностранных дел
    Кыргызстана``, as ``bodies.body_name`` composes them for the bodies of posts), in English."""
    from .bodies import body_name

    state = _of_state(iso3)
    return {body_name(b.name_ru, iso3): f"{b.name_en} of {state}" for b in resources.bodies()
            if state and b.name_en and not b.iso3}


def _event_en(event: Event, names: dict[str, str], renamed: dict[str, str]) -> Event:
    parts = tuple(dataclasses.replace(p, name=names.get(p.actor, p.name), position=title_en(p.position))
                  for p in event.participants)
    composed = {k: v for iso3 in {*event.countries, *(p.country for p in parts if p.country)}
                for k, v in _composed_names(iso3).items()}
    organizations = tuple(renamed.get(o) or composed.get(o, o) for o in event.organizations)
    topics = tuple(_topic_en(t, renamed) for t in event.topics)
    return dataclasses.replace(event, participants=parts, place=_place_en(event.place), organizations=organizations,
                               topics=topics)


def _topic_en(topic: str, renamed: dict[str, str]) -> str:
    """A named subject (``organization:Организация Объединённых Наций``) in English."""
    kind, sep, name = topic.partition(":")
    return f"{kind}:{renamed[name]}" if sep and name in renamed else topic


class Localize:
    """Names an English document's actors, places and posts in English."""

    name = "localize"
    requires = ("actors", "events")
    assigns = ("names",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.document.lang != "en":
            return analysis
        actors = tuple(_actor_en(a) for a in analysis.actors)
        names = {a.id: a.name for a in actors}
        renamed = {m.normal: en for m in analysis.mentions if m.type in ("organization", "initiative") and m.ref
                   for en in [_organization_en(m.ref)] if en}  # the bodies an event names, as mentions
        renamed |= {old.name: new.name for old, new in zip(analysis.actors, actors) if old.name != new.name}
        events = tuple(_event_en(e, names, renamed) for e in analysis.events)
        return dataclasses.replace(analysis, actors=actors, events=events)


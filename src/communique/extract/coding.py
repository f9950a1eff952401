"""CAMEO and PLOVER codes of an event, from the reviewed table ``resources/coding.tsv``."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .. import resources
from ..model import Place, Plover
from ..nlp import morph

CUES = {
    "criticize": {"осудить", "осуждение", "раскритиковать", "критиковать", "condemned", "condemn", "condemns",
                  "criticized", "criticised", "criticizes", "criticises", "denounced", "denounces"},
    "protest": {"протест", "protested", "protests"},
    "accuse": {"обвинить", "обвинять", "accused", "accuses"},
    "threaten": {"пригрозить", "угрожать", "threatened", "threatens"},
    "reject": {"отвергнуть", "отвергать", "rejected", "rejects"},
    "demand": {"потребовать", "требовать", "demanded", "demands"},
    "praise": {"приветствовать", "welcomed", "welcomes"},
    "appeal": {"призвать", "urged", "urges", "called"},
    "condolence": {"соболезнование", "condolence", "condolences"},
    "negotiation": {"переговоры", "консультации", "talks", "negotiations"},
}
# PLOVER-style context tags derived from our topic taxonomy
CONTEXTS = {
    "trade_economy": "economic", "investment": "economic", "finance": "economic", "energy": "economic",
    "industry": "economic", "agriculture": "economic", "transport_logistics": "economic",
    "security_defence": "military", "counterterrorism": "terrorism", "border_customs": "territory",
    "migration_labour": "migration", "health": "health", "climate_environment": "environment",
    "humanitarian_culture": "culture", "education_science": "culture", "water": "resources",
}


@cache
def table() -> tuple[dict[str, str], ...]:
    return resources.read_table("coding.tsv")


def cue_of(trigger_text: str, fmt: str | None, place: Place | None, countries: Sequence[str], multilateral: bool) -> set[str]:
    lemmas = set(morph.lemmas(trigger_text))
    found = {cue for cue, words in CUES.items() if lemmas & words}
    if multilateral:
        found.add("multilateral")
    if place is not None and place.country and countries and place.country not in countries:
        found.add("third_party")
    return found


def code(type_: str, status: str, fmt, trigger_text: str, place: Place | None, countries: Sequence[str],
         parent, multilateral: bool, topics: Sequence[str]) -> tuple[str | None, Plover | None]:
    """(CAMEO code, PLOVER type/mode/context) for an event."""
    cues = cue_of(trigger_text, fmt, place, countries, multilateral)
    for row in table():
        if row["type"] == type_ and row["status"] in ("*", status) and (row["cue"] == "*" or row["cue"] in cues):
            mode = row["plover_mode"] or ("visit" if parent is not None and parent.type == "visit" and type_ == "meeting" else None)
            context = tuple(dict.fromkeys(CONTEXTS[t] for t in topics if t in CONTEXTS))
            plover = Plover(row["plover_type"], mode, context) if row["plover_type"] else None
            return row["cameo"] or None, plover
    return None, None

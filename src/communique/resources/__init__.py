"""Reviewed lexicons and gazetteers: states, cities, organisations, bodies, posts, topics.

Each table is a TSV file beside this module (documented in ``docs/resources.md``).
The loaders return tuples of frozen rows, read once per process and cached.  Names
are returned as written (dictionary form); lemmatising them is the matcher's job.

Multi-valued cells are ``|``-separated.  Two prefixes mark a value:

* ``?`` -- ambiguous (``?РК`` is Kazakhstan or Korea): match it only with context;
* ``-`` -- the first part of a hyphenated compound adjective (``-кыргызско`` in
  "кыргызско-китайский"); in adjective columns only.

``?`` may precede ``-`` (``?-корейско``).  :class:`Term` is the parsed form.
"""
from __future__ import annotations

import csv
import gettext
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

CITY_KINDS = ("capital", "city", "resort", "region", "residence")
ORG_KINDS = ("organization", "initiative", "format")
POST_CATEGORIES = (
    "head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister",
    "ambassador", "legislator", "party", "royal", "spokesperson", "official", "org_head",
    "profession",  # a title of no public office (журналист, тренер, космонавт, митрополит): no position change
)


@dataclass(frozen=True)
class Term:
    """One parsed cell value: the text and its marks."""

    text: str
    ambiguous: bool = False  # written with a leading "?"
    stem: bool = False  # written with a leading "-" (compound-adjective stem)


def parse_term(value: str) -> Term:
    ambiguous = value.startswith("?")
    rest = value[1:] if ambiguous else value
    stem = rest.startswith("-")
    return Term(rest[1:] if stem else rest, ambiguous, stem)


def terms(values: Iterable[str]) -> tuple[Term, ...]:
    return tuple(parse_term(v) for v in values)


def _names(primary: str, aliases: tuple[str, ...]) -> tuple[Term, ...]:
    """The primary name plus the aliases, deduplicated.

    Writing the primary name again with ``?`` among the aliases marks the name
    itself as ambiguous (``Того`` is also a pronoun form).
    """
    parsed = terms(aliases)
    flagged = {t.text for t in parsed if t.ambiguous}
    out: dict[str, Term] = {}
    if primary:
        out[primary] = Term(primary, primary in flagged)
    for t in parsed:
        out.setdefault(t.text, t)
    return tuple(out.values())


def _bilingual_names(row, lang: str = "ru") -> tuple[Term, ...]:
    """The name and the aliases of a row with name_ru/name_en/aliases_ru/aliases_en, in ``lang``."""
    if lang == "en":
        return _names(row.name_en, row.aliases_en)
    return _names(row.name_ru, row.aliases_ru)


@dataclass(frozen=True)
class State:
    iso3: str
    name_ru: str
    name_en: str
    aliases_ru: tuple[str, ...]
    aliases_en: tuple[str, ...]
    adjectives_ru: tuple[str, ...]
    adjectives_en: tuple[str, ...]
    capital_ru: str
    capital_en: str
    source: str

    names = _bilingual_names

    def adjectives(self, lang: str = "ru") -> tuple[Term, ...]:
        """Adjectives and compound stems (``Term.stem``) in ``lang``."""
        return terms(self.adjectives_en if lang == "en" else self.adjectives_ru)


@dataclass(frozen=True)
class City:
    name_ru: str
    name_en: str
    iso3: str
    aliases_ru: tuple[str, ...]
    kind: str  # one of CITY_KINDS
    source: str

    def names(self) -> tuple[Term, ...]:
        return _names(self.name_ru, self.aliases_ru)


@dataclass(frozen=True)
class Organization:
    id: str
    kind: str  # one of ORG_KINDS
    name_ru: str
    name_en: str
    aliases_ru: tuple[str, ...]
    aliases_en: tuple[str, ...]
    parent: str  # id of the parent organisation, or ""
    members: tuple[str, ...]  # ISO3 codes, where listed
    seat: tuple[str, ...]  # Russian names of the cities of its headquarters (a child body: its parent's)
    source: str

    names = _bilingual_names


@dataclass(frozen=True)
class Body:
    """A national body: a template combined with a state, or a specific body (``iso3``)."""

    id: str
    name_ru: str
    name_en: str
    aliases_ru: tuple[str, ...]
    aliases_en: tuple[str, ...]
    iso3: str  # "" for templates
    source: str

    names = _bilingual_names


@dataclass(frozen=True)
class Post:
    id: str
    title_ru: str
    title_en: str
    category: str  # one of POST_CATEGORIES
    aliases_ru: tuple[str, ...]
    aliases_en: tuple[str, ...]
    body: str  # bodies.tsv id, or ""
    source: str

    def names(self, lang: str = "ru") -> tuple[Term, ...]:
        if lang == "en":
            return _names(self.title_en, self.aliases_en)
        return _names(self.title_ru, self.aliases_ru)


@dataclass(frozen=True)
class Topic:
    id: str
    name_ru: str
    name_en: str
    lemmas_ru: tuple[str, ...]
    keywords_en: tuple[str, ...]
    description: str


def _rows(filename: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a resource TSV as dicts; the header must match ``columns``."""
    text = files(__name__).joinpath(filename).read_text(encoding="utf-8")
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(reader))
    if header != columns:
        raise ValueError(f"{filename}: header {header} != {columns}")
    rows = []
    for lineno, cells in enumerate(reader, start=2):
        if not cells or cells[0].startswith("#"):
            continue
        if len(cells) != len(columns):
            raise ValueError(f"{filename}:{lineno}: {len(cells)} cells, expected {len(columns)}")
        rows.append(dict(zip(columns, (c.strip() for c in cells))))
    return rows


def read_table(filename: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV resource whose header is its first line not starting with ``#``
    (the lines before it document the file); cells stripped."""
    text = files(__name__).joinpath(filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _build(cls: type, filename: str, multi: tuple[str, ...]) -> tuple:
    columns = tuple(cls.__dataclass_fields__)
    return tuple(
        cls(**{k: _split(v) if k in multi else v for k, v in row.items()})
        for row in _rows(filename, columns)
    )


@cache
def _state_rows() -> tuple[State, ...]:
    return _build(State, "states.tsv", ("aliases_ru", "aliases_en", "adjectives_ru", "adjectives_en"))


@cache
def states() -> tuple[State, ...]:
    """Every ISO 3166-1 country plus the user-coded ones (Kosovo...) in states.tsv.

    Countries absent from the file (mostly dependent territories) are filled from
    pycountry with its Russian name and no aliases.
    """
    import pycountry

    rows = list(_state_rows())
    have = {s.iso3 for s in rows}
    ru = _pycountry_ru()
    for c in pycountry.countries:
        if c.alpha_3 not in have:
            en = getattr(c, "common_name", c.name)
            rows.append(State(c.alpha_3, ru.gettext(c.name), en, (), (), (), (), "", "",
                              "ISO 3166-1 (pycountry), filled automatically"))
    return tuple(rows)


@cache
def _pycountry_ru() -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


@cache
def state_by_iso3() -> Mapping[str, State]:
    return MappingProxyType({s.iso3: s for s in states()})


@cache
def cities() -> tuple[City, ...]:
    return _build(City, "cities.tsv", ("aliases_ru",))


@cache
def residence_heads() -> dict[str, str]:
    """Residence (cities.tsv name) -> the title (posts.tsv) of the one who heads it (``Белый дом`` ->
    ``президент``)."""
    return {r["residence"]: r["post"] for r in read_table("residence_heads.tsv")}


@cache
def organizations() -> tuple[Organization, ...]:
    return _build(Organization, "organizations.tsv", ("aliases_ru", "aliases_en", "members", "seat"))


@cache
def bodies() -> tuple[Body, ...]:
    return _build(Body, "bodies.tsv", ("aliases_ru", "aliases_en"))


@cache
def posts() -> tuple[Post, ...]:
    return _build(Post, "posts.tsv", ("aliases_ru", "aliases_en"))


@cache
def topics() -> tuple[Topic, ...]:
    return _build(Topic, "topics.tsv", ("lemmas_ru", "keywords_en"))


def _key(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def _known_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries}


def _user_assigned(code: str) -> bool:
    """ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to users."""
    return len(code) == 3 and code.isupper() and (
        code.startswith(("AA", "X")) or code.startswith("ZZ") or "QMA" <= code <= "QZZ")


def _check_states(problems: list[str]) -> set[str]:
    """Problems of states.tsv; returns the set of valid codes."""
    known = _known_codes()
    codes: set[str] = set()
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in _state_rows():
        if s.iso3 in codes:
            problems.append(f"states.tsv: duplicate iso3 {s.iso3}")
        codes.add(s.iso3)
        if s.iso3 not in known and not _user_assigned(s.iso3):
            problems.append(f"states.tsv: {s.iso3} is neither in ISO 3166-1 nor user-assigned")
        if not (s.name_ru and s.name_en):
            problems.append(f"states.tsv: {s.iso3} has an empty name")
        for lang in ("ru", "en"):
            for t in s.names(lang) + s.adjectives(lang):
                if not t.ambiguous:
                    claims[(lang, _key(t.text) + ("-" if t.stem else ""))].add(s.iso3)
    for (lang, text), owners in sorted(claims.items()):
        if len(owners) > 1:
            problems.append(f"states.tsv: {lang} {text!r} claimed by {sorted(owners)} without '?'")
    return codes | known


def _check_ids(filename: str, ids: Iterable[str], problems: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if not i:
            problems.append(f"{filename}: empty id")
        elif i in seen:
            problems.append(f"{filename}: duplicate id {i}")
        seen.add(i)


def _check_claims(filename: str, rows: Iterable, problems: list[str]) -> None:
    """An unmarked name shared by two rows of one file is a problem: mark it with '?'."""
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for lang in ("ru", "en"):
            for t in row.names(lang):
                if not t.ambiguous:
                    claims[(lang, _key(t.text))].add(row.id)
    for (lang, text), owners in sorted(claims.items()):
        if len(owners) > 1:
            problems.append(f"{filename}: {lang} {text!r} claimed by {sorted(owners)} without '?'")


def validate_resources() -> list[str]:
    """Everything wrong with the resource files, as readable messages ([] when clean)."""
    problems: list[str] = []
    codes = _check_states(problems)
    for c in cities():
        where = f"cities.tsv: {c.name_ru or c.name_en!r}"
        if not (c.name_ru and c.name_en):
            problems.append(f"{where}: empty name")
        if c.iso3 not in codes:
            problems.append(f"{where}: unknown iso3 {c.iso3!r}")
        if c.kind not in CITY_KINDS:
            problems.append(f"{where}: kind {c.kind!r} not in {CITY_KINDS}")
    _check_ids("cities.tsv", (f"{c.name_ru}/{c.iso3}" for c in cities()), problems)
    orgs = organizations()
    _check_ids("organizations.tsv", (o.id for o in orgs), problems)
    org_ids = {o.id for o in orgs}
    city_names = {c.name_ru for c in cities()}
    for o in orgs:
        if not (o.name_ru and o.name_en):
            problems.append(f"organizations.tsv: {o.id} has an empty name")
        if o.kind not in ORG_KINDS:
            problems.append(f"organizations.tsv: {o.id} kind {o.kind!r} not in {ORG_KINDS}")
        if o.parent and o.parent not in org_ids:
            problems.append(f"organizations.tsv: {o.id} parent {o.parent!r} is not an id")
        problems.extend(f"organizations.tsv: {o.id} member {m!r} unknown" for m in o.members if m not in codes)
        problems.extend(f"organizations.tsv: {o.id} seat {c!r} is not a city of cities.tsv" for c in o.seat
                        if c not in city_names)
    _check_ids("bodies.tsv", (b.id for b in bodies()), problems)
    body_ids = {b.id for b in bodies()}
    for b in bodies():
        if not (b.name_ru and b.name_en):
            problems.append(f"bodies.tsv: {b.id} has an empty name")
        if b.iso3 and b.iso3 not in codes:
            problems.append(f"bodies.tsv: {b.id} iso3 {b.iso3!r} unknown")
    _check_ids("posts.tsv", (p.id for p in posts()), problems)
    for p in posts():
        if not (p.title_ru and p.title_en):
            problems.append(f"posts.tsv: {p.id} has an empty title")
        if p.category not in POST_CATEGORIES:
            problems.append(f"posts.tsv: {p.id} category {p.category!r} not in {POST_CATEGORIES}")
        if p.body and p.body not in body_ids:
            problems.append(f"posts.tsv: {p.id} body {p.body!r} is not a bodies.tsv id")
    _check_claims("organizations.tsv", orgs, problems)
    _check_claims("bodies.tsv", bodies(), problems)
    _check_claims("posts.tsv", posts(), problems)
    _check_ids("topics.tsv", (t.id for t in topics()), problems)
    for t in topics():
        if not (t.name_ru and t.name_en and t.lemmas_ru):
            problems.append(f"topics.tsv: {t.id} has an empty name or no lemmas")
    residences = {c.name_ru for c in cities() if c.kind == "residence"}
    titles = {p.title_ru for p in posts()}
    for residence, post in residence_heads().items():
        if residence not in residences:
            problems.append(f"residence_heads.tsv: {residence!r} is no residence of cities.tsv")
        if post not in titles:
            problems.append(f"residence_heads.tsv: {post!r} is no title of posts.tsv")
    _check_ids("triggers.tsv", ("/".join((r["phrase"], r["kind"], r["type"])) for r in read_table("triggers.tsv")),
               problems)
    return problems


__all__ = [
    "Body", "City", "Organization", "Post", "State", "Term", "Topic",
    "bodies", "cities", "organizations", "parse_term", "posts", "residence_heads", "state_by_iso3", "states",
    "terms", "topics", "validate_resources",
]

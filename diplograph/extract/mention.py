"""The actor mention every extractor returns, and how stacked titles rank into one office."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

# When titles stack (国务委员兼外长, 王储兼首相), the first office in this order is the one kept.
OFFICE_RANK = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_state",
    "deputy_head_of_government",
    "foreign_minister",
    "legislature_leader",
    "org_head",
    "party_leader",
    "minister",
    "military",
    "ambassador",
    "envoy",
    "royal",
    "other",
)
HEAD_OFFICES = {"head_of_state", "head_of_government", "org_head"}


@dataclass(slots=True)
class Mention:
    """One actor named in a text: a person, a state (中方, 韩国) or a group (中共代表团)."""

    kind: str
    start: int
    end: int
    name: str | None = None
    name_span: tuple[int, int] | None = None
    affiliation: str | None = None
    affiliation_from: str = ""  # text | home | learned
    office: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    names: dict[str, str] = field(default_factory=dict)  # lang -> name, e.g. an English name in brackets


RANK = {office: k for k, office in enumerate(OFFICE_RANK)}
# the key mentions are sorted by: a C getter, quicker than a lambda (a page's mentions are sorted again after
# each reading that adds some)
START = attrgetter("start")
# capitalised words of the calendar, which open no name (`Monday Ana Ruiz`) and are none
CALENDAR_WORDS = frozenset(("January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                            "Thursday", "Friday", "Saturday", "Sunday"))


def best_office(offices: list[str], is_org: bool) -> str | None:
    """The office that ranks first among stacked titles (the first of them to rank so: what a stable sort
    puts first), as an organisation's holder holds it."""
    office = min((o for o in offices if o in RANK), key=RANK.__getitem__, default=None)
    if office is None:
        return None
    if is_org and office in HEAD_OFFICES:
        return "org_head"
    if is_org and office.startswith("deputy_"):
        return "other"  # an organisation's vice-president heads nothing and deputises no state's head
    return "other" if office == "org_head" and not is_org else office


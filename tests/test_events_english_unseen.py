"""English wire copy and readouts of outlets the project has not seen, on sentences written for these tests
(invented people; the report is of Thursday 26 September 2024)."""

from __future__ import annotations

import pytest

from tests.conftest import text_page


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda body: text_page(pipeline, "Leaders meet", body, "2024-09-26")


def _parties(doc) -> list[list[tuple[str, str, str]]]:
    return [[(p["name"]["en"], p["affiliation"], p["office"]) for p in e["participants"]] for e in doc.events]


QUISPE = ("Elena Quispe", "PER", "head_of_state")


@pytest.mark.parametrize("body, parties", [
    # `General` before the noun of a body is no officer's title: the gathering is where they met, no party
    ("Peruvian President Elena Quispe met Colombian President Andres Rivera on Tuesday on the sidelines of the UN "
     "General Assembly in New York.", [QUISPE, ("Andres Rivera", "COL", "head_of_state")]),
    ("Peruvian President Elena Quispe addressed the UN General Assembly on Tuesday and met Chilean President Ana "
     "Soto.", [QUISPE, ("Ana Soto", "CHL", "head_of_state")]),
    # a body's name between an organization and a title: its officer is the organization's
    ("Peruvian President Elena Quispe met UN General Assembly President Dana Ferris on Tuesday.",
     [QUISPE, ("Dana Ferris", "UN", "org_head")]),
    # the military title itself still titles the one named after it
    ("Peruvian President Elena Quispe met General Kamal Osman of Sudan on Tuesday.",
     [QUISPE, ("Kamal Osman", "SDN", "military")]),
])
def test_the_general_assembly_is_a_body_not_a_general(read, body, parties):
    assert _parties(read(body)) == [parties]

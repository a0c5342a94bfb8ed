"""Typed response models of the JSON API: what /openapi.json documents and every response is checked against."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Error(BaseModel):
    """A request that cannot be answered: what was wrong, in one line."""

    detail: str


class Participant(BaseModel):
    actor_id: str
    name: dict[str, str] = Field(description="the name as printed, per script (en, zh-Hans, zh-Hant)")
    affiliation: str = Field(description="ISO 3166-1 alpha-3 or organization code")
    office: str
    title: str | None = None
    initiator: bool
    wikidata: str | None = None
    spans: dict[str, Any] = Field(description="name and title spans: {field, start, end} in the first report")


class SourceRef(BaseModel):
    doc_id: str
    source: str
    spans: dict[str, Any] = Field(description="sentence, trigger and date spans: {field: title|body, start, end}")
    evidence: str | None = None


class EventRecord(BaseModel):
    """One event in the exchange format (SCHEMA.md), merged over every report of it."""

    event_id: str
    type: str
    status: str
    date: str | None = None
    date_from: str | None = None
    participants: list[Participant]
    statements: list[dict[str, Any]]
    topics: list[str]
    topic_cues: dict[str, list[str]]
    commitments: list[dict[str, Any]]
    codes: dict[str, str]
    sources: list[SourceRef]


class EventRow(EventRecord):
    """A listed event: the record, a one-line summary, how many documents report it, the first report's outlet,
    address, headline and language."""

    summary: str
    n_sources: int
    outlet: str
    url: str | None = None
    title: str
    lang: str


class EventList(BaseModel):
    total: int
    limit: int
    offset: int
    sort: str
    filters: dict[str, str]
    after: str | None = Field(None, description="pass as `after` for the next page (newest first only)")
    events: list[EventRow]


class FacetValue(BaseModel):
    value: str
    events: int
    name: str | None = None


class Facets(BaseModel):
    total: int
    type: list[FacetValue]
    status: list[FacetValue]
    month: list[FacetValue]
    side: list[FacetValue]


class Document(BaseModel):
    doc_id: str
    source: str
    format: str
    encoding: str | None = None
    body: str
    lang: str
    title: str | None = None
    published: str | None = None
    dateline: dict[str, Any] | None = None
    meta: dict[str, Any] | None = None
    spans: dict[str, Any] | None = None
    error: str | None = None
    url: str | None = None
    sources: list[str]


class Actor(BaseModel):
    actor_id: str
    affiliation: str
    side_name: str
    wikidata: str | None = None
    wikidata_by: str | None = Field(None, description="by_name or by_office_on_date")
    label: str
    names: dict[str, list[str]]
    offices: list[str]
    events: int


class ActorList(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[Actor]


class SearchHit(BaseModel):
    doc_id: str
    source: str
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    snippet: str


class SearchResult(BaseModel):
    query: str
    total: int
    documents: list[SearchHit]


class Node(BaseModel):
    id: str
    label: str
    affiliation: str
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int


class Network(BaseModel):
    by: str
    total: int = Field(description="matching events, as the event list counts them")
    nodes: list[Node]
    edges: list[Edge]


class Week(BaseModel):
    week: str
    events: int


class Timeline(BaseModel):
    total: int = Field(description="matching events, as the event list counts them")
    without_day: int = Field(description="of which dated by month only or not at all")
    weeks: list[Week]

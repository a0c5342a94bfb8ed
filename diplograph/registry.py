"""Component registry: each pipeline step is a named Document -> Document callable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diplograph.doc import Document

Component = Callable[[Document], Document]


@dataclass(frozen=True)
class Registration:
    """A component factory with what it needs on the document and what it fills in."""

    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_COMPONENTS: dict[str, Registration] = {}


def component(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register a component factory under `name` (built-ins and plugins alike)."""

    def wrap(factory: Callable[..., Component]) -> Callable[..., Component]:
        _COMPONENTS[name] = Registration(name, factory, tuple(requires), tuple(assigns))
        return factory

    return wrap


def registered() -> dict[str, Registration]:
    """All registered components by name."""
    return dict(_COMPONENTS)


def order_problem(names: tuple[str, ...] | list[str]) -> str | None:
    """Why these components cannot run in this order (an unknown name, a `requires` no earlier step
    `assigns`), or None when they can: checked before a run starts, so a bad setting writes nothing."""
    available = {"data", "fmt", "fields", "source"}
    for name in names:
        if name not in _COMPONENTS:
            return f"unknown component {name!r}; known: {sorted(_COMPONENTS)}"
        reg = _COMPONENTS[name]
        missing = [r for r in reg.requires if r not in available]
        if missing:
            return f"component {name!r} requires {missing}, which no earlier step assigns"
        available.update(reg.assigns)
    return None


class Pipeline:
    """Components in order; building it checks every `requires` has an earlier `assigns`."""

    def __init__(self, names: tuple[str, ...] | list[str], **context) -> None:
        problem = order_problem(names)
        if problem:
            raise ValueError(problem)
        self.steps: list[tuple[str, Component]] = [(name, _COMPONENTS[name].factory(**context)) for name in names]

    def __call__(self, doc: Document) -> Document:
        for name, step in self.steps:
            if doc.error:
                break
            try:
                doc = step(doc)
            except Exception as exc:  # a failing step never stops the batch
                doc.error = f"{name}: {type(exc).__name__}" + (f": {exc}" if str(exc) else "")
        return doc

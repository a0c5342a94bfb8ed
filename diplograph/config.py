"""One frozen settings object: package defaults, then a user TOML file, then environment, then flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

ENV_PREFIX = "DIPLOGRAPH_"


@dataclass(frozen=True)
class Settings:
    """Every setting the pipeline reads; see defaults.toml for what each one means."""

    pipeline: tuple[str, ...]
    max_document_bytes: int
    document_timeout: float
    document_memory_mb: int
    max_nesting: int
    max_yaml_values: int
    batch_size: int
    read_timeout: float
    short_line_chars: int
    long_line_chars: int
    extra_lexicons: str

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given keys replaced (None values are ignored), validated."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return _validated(replace(self, **_coerce(clean)))


def _defaults_text() -> str:
    return resources.files("diplograph").joinpath("defaults.toml").read_text(encoding="utf-8")


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in types:
            raise ValueError(f"unknown setting {key!r}")
        kind = types[key]
        if "tuple" in str(kind):
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            out[key] = tuple(value)
        elif kind in ("int", int):
            out[key] = int(value)
        elif kind in ("float", float):
            out[key] = float(value)
        else:
            out[key] = value
    return out


def _validated(s: Settings) -> Settings:
    if s.max_document_bytes <= 0 or s.batch_size <= 0:
        raise ValueError("max_document_bytes and batch_size must be positive")
    if s.max_nesting <= 0 or s.max_yaml_values <= 0:
        raise ValueError("max_nesting and max_yaml_values must be positive")
    if s.document_timeout < 0 or s.document_memory_mb < 0:
        raise ValueError("document_timeout and document_memory_mb must be 0 (no limit) or positive")
    if not s.pipeline:
        raise ValueError("pipeline must name at least one component")
    return s


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None,
                  **flags: Any) -> Settings:
    """Build the settings: defaults.toml, then `path`, then DIPLOGRAPH_* variables, then flags."""
    values: dict[str, Any] = tomllib.loads(_defaults_text())
    if path:
        values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
    env = os.environ if env is None else env
    for f in fields(Settings):
        if ENV_PREFIX + f.name.upper() in env:
            values[f.name] = env[ENV_PREFIX + f.name.upper()]
    values.update({k: v for k, v in flags.items() if v is not None})
    return _validated(Settings(**_coerce(values)))

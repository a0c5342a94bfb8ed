"""One frozen settings object: package defaults, then a user TOML file, then environment, then flags."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

ENV_PREFIX = "DIPLOGRAPH_"


class ConfigError(ValueError):
    """A setting that cannot be used, with where it came from (file, variable or flag) and why."""


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
    spark_driver_memory: str

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given keys replaced (None values are ignored), validated."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return _validated(replace(self, **_coerce(clean, "override")))


def _defaults_text() -> str:
    return resources.files("diplograph").joinpath("defaults.toml").read_text(encoding="utf-8")


def defaults() -> dict[str, Any]:
    """The shipped value of every setting, as defaults.toml gives it."""
    return tomllib.loads(_defaults_text())


def setting_names() -> list[str]:
    """The names of every setting, in the order defaults.toml documents them."""
    return [f.name for f in fields(Settings)]


def env_names() -> list[str]:
    """The environment variable that overrides each setting (DIPLOGRAPH_BATCH_SIZE for batch_size)."""
    return [ENV_PREFIX + name.upper() for name in setting_names()]


def _coerce_one(value: Any, kind: str) -> Any:
    """One value converted to its setting's type; a text form (from the environment) is parsed."""
    if "tuple" in kind:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError("must be a list of names")
        return tuple(value)
    if kind in ("int", "float"):
        wanted = "a whole number" if kind == "int" else "a number"
        try:
            if isinstance(value, bool) or not isinstance(value, int | float | str) or (kind == "int" and
                                                                                       isinstance(value, float)):
                raise ValueError
            return int(value) if kind == "int" else float(value)
        except ValueError:
            raise ValueError(f"must be {wanted}") from None
    if not isinstance(value, str):
        raise ValueError("must be a text")
    return value


def _coerce(values: dict[str, Any], origin: str) -> dict[str, Any]:
    """Values converted to the settings' types; `origin` names where they came from for the error."""
    types = {f.name: str(f.type) for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in types:
            raise ConfigError(f"{origin}: unknown setting {key!r} (known: {', '.join(types)})")
        try:
            out[key] = _coerce_one(value, types[key])
        except ValueError as exc:
            raise ConfigError(f"{origin}: {key} = {value!r} {exc}") from None
    return out


def _validated(s: Settings, origins: dict[str, str] | None = None,
               components: Collection[str] | None = None) -> Settings:
    """`s` when every value is usable; else a ConfigError naming the value's origin (file, variable, option)."""
    def fail(key: str, reason: str) -> ConfigError:
        return ConfigError(f"{(origins or {}).get(key, 'setting')}: {key} = {getattr(s, key)!r} {reason}")

    for key in ("max_document_bytes", "batch_size", "short_line_chars", "long_line_chars", "read_timeout",
                "max_nesting", "max_yaml_values"):
        if getattr(s, key) <= 0:
            raise fail(key, "must be positive")
    for key in ("document_timeout", "document_memory_mb"):
        if getattr(s, key) < 0:
            raise fail(key, "must be 0 (no limit) or positive")
    if not s.pipeline:
        raise fail("pipeline", "must name at least one component")
    unknown = [name for name in s.pipeline if components is not None and name not in components]
    if unknown:
        raise fail("pipeline", f"names unknown components {unknown} (known: {', '.join(sorted(components or ()))})")
    if s.extra_lexicons and not Path(s.extra_lexicons).is_dir():
        raise fail("extra_lexicons", "is not a folder")
    if not re.fullmatch(r"\d+[kmgt]?", s.spark_driver_memory, re.I):
        raise fail("spark_driver_memory", "must be a JVM memory size such as 3g or 4096m")
    return s


def _read_toml(path: str | Path) -> dict[str, Any]:
    """A user settings file, or a ConfigError saying what is wrong with it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"--config {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--config {path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"--config {path}: not valid TOML ({exc})") from None


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None,
                  components: Collection[str] | None = None, **flags: Any) -> Settings:
    """Build the settings: defaults.toml, then `path`, then DIPLOGRAPH_* variables, then flags. Every mistake
    is a ConfigError naming the file, variable or flag it came from; `components`, when given, are the
    pipeline step names that exist."""
    values: dict[str, Any] = _coerce(defaults(), "defaults.toml")
    origins = dict.fromkeys(values, "defaults.toml")
    layers = [(f"--config {path}", _read_toml(path))] if path else []
    env = os.environ if env is None else env
    layers += [(var, {name: env[var]}) for name, var in zip(setting_names(), env_names()) if var in env]
    layers += [("--" + k.replace("_", "-"), {k: v}) for k, v in flags.items() if v is not None]
    for origin, layer in layers:
        values.update(_coerce(layer, origin))
        origins.update(dict.fromkeys(layer, origin))
    return _validated(Settings(**values), origins, components)

"""Per-source reading options from one reviewable TOML file (SHOPCOPY_SOURCES_FILE).

A *source* is a set of inbox files named by glob patterns (relative to the inbox, e.g.
"orders/shopify-*.csv*"). Its options say how to read them: delimiter, decimal separator,
encoding, the time zone of naive timestamps, and how the export's status and channel words map
to the warehouse's. A missing file means the defaults, which fit the common exports: comma or
semicolon found from the header, the decimal separator found from the file's numbers, UTF-8,
naive times in SHOPCOPY_TIMEZONE, no vocabulary mapping.
"""

from __future__ import annotations

import codecs
import tomllib
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DELIMITERS = {"auto": None, ",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}


class SourcesFileError(ValueError):
    """sources.toml is unreadable or has a key or value we do not understand."""


class SourceOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    files: tuple[str, ...] = ()
    delimiter: Literal["auto", ",", ";", "tab", "\t", "|"] = "auto"
    decimal: Literal["auto", ".", ","] = "auto"
    encoding: str = "utf-8"
    timezone: str | None = None
    status: dict[str, str] = Field(default_factory=dict)
    channel: dict[str, str] = Field(default_factory=dict)

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str) -> str:
        try:
            return codecs.lookup(value).name
        except LookupError:
            raise ValueError(f"unknown encoding '{value}' (use e.g. utf-8, windows-1252, gbk)") from None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone '{value}' (use an IANA name such as Europe/Berlin)") from None
        return value

    @field_validator("status", "channel")
    @classmethod
    def _lower_keys(cls, value: dict[str, str]) -> dict[str, str]:
        # Matching is case-insensitive: the loader lower-cases the export's words first.
        return {k.strip().lower(): v.strip().lower() for k, v in value.items()}

    @property
    def delimiter_char(self) -> str | None:
        return DELIMITERS[self.delimiter]


class Shop(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    opened: date | None = None


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    shop: Shop = Shop()
    defaults: SourceOptions = SourceOptions()
    sources: dict[str, SourceOptions] = Field(default_factory=dict)


class Source(BaseModel):
    """The options one file is read with, and which entry of sources.toml gave them."""

    model_config = ConfigDict(frozen=True)

    name: str
    options: SourceOptions
    timezone: str


def load_sources(path: Path | None) -> SourcesFile:
    """Parse sources.toml; a missing file is the defaults, a broken one raises SourcesFileError."""
    if path is None or not Path(path).is_file():
        return SourcesFile()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return SourcesFile.model_validate(data)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f"{path} is not valid TOML: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SourcesFileError(f"{path}: {problems}") from None


def source_for(config: SourcesFile, relative: str | Path, shop_timezone: str) -> Source:
    """The first [sources.*] entry whose patterns match the file, over the [defaults]."""
    name = PurePosixPath(Path(relative).as_posix()).as_posix()
    for key, opts in config.sources.items():
        if any(fnmatchcase(name, pattern) for pattern in opts.files):
            merged = config.defaults.model_copy(update=opts.model_dump(exclude_unset=True))
            return Source(name=key, options=merged, timezone=merged.timezone or shop_timezone)
    defaults = config.defaults
    return Source(name="defaults", options=defaults, timezone=defaults.timezone or shop_timezone)


def default_source(shop_timezone: str = "UTC") -> Source:
    return source_for(SourcesFile(), "", shop_timezone)

"""Record boundaries of a CSV that DuckDB's strict scan could not split: a stray quote, mixed line
endings. Only when the fast scan failed (rare, and slower: Python looks at each line).

A quote that opens a field and is never closed would swallow every line up to the next quote
character and switch the quoting of the rest of the file around; here that one line is set aside
(quarantined with its number and why) and reading starts again at the next line, quoting on.
Line endings (LF or CRLF, mixed) end a record only outside quotes; inside a quoted value they are
kept exactly. The records are written one per line to a new file that DuckDB scans with the same
options, so values are parsed by one parser whichever path a file took.
"""

from __future__ import annotations

import csv
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from shopcopy.ingest.csvfile import MAX_LINE

# A quoted value may span lines (an address, a description), but not without bound: past this the
# opening quote is taken to be a stray one.
MAX_QUOTED_LINES = 10_000


@dataclass
class Repaired:
    path: Path
    lines: array = field(default_factory=lambda: array("q"))   # physical line of each record, after the header
    broken: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason)


def repair(src: Path, dest: Path, delimiter: str) -> Repaired:
    """Write `src`'s records (header first) to `dest`, one per line; set broken lines aside."""
    out = Repaired(dest)
    with dest.open("w", encoding="utf-8", newline="") as fh:
        for index, (line, text, reason) in enumerate(_records(src, delimiter)):
            if reason:
                out.broken.append((line, text, reason))
                continue
            if not text:
                continue  # a blank line is no record (DuckDB skips it too)
            fh.write(text)
            fh.write("\n")
            if index:
                out.lines.append(line)
    return out


def _records(src: Path, delimiter: str) -> Iterator[tuple[int, str, str | None]]:
    """(first physical line, record text without its line ending, why it is broken or None)."""
    lines = _physical_lines(src)
    pending: list[str] = []   # lines read ahead while a quoted value was open, to re-read
    number = 0
    while True:
        if pending:
            first = pending.pop(0)
        else:
            first = next(lines, None)
            if first is None:
                return
        number += 1
        start, buf, taken = number, first, []
        while True:
            state = _complete(buf, delimiter)
            if state is True:
                number += len(taken)
                yield start, _strip_cr(buf), None
                break
            if state == "open" and len(taken) < MAX_QUOTED_LINES and len(buf) < MAX_LINE:
                nxt = pending.pop(0) if pending else next(lines, None)
                if nxt is not None:
                    taken.append(nxt)
                    buf = buf + "\n" + nxt
                    continue
            # A stray quote: this line alone is set aside; the lines read after it are read again.
            why = ("a quote opens a value that is never closed" if state == "open" or taken
                   else f"a quoted value is not followed by the delimiter ({state})")
            yield start, _strip_cr(first)[:2000], f"malformed CSV line {start}: {why}"
            pending = taken + pending
            break


def _complete(record: str, delimiter: str) -> bool | str:
    """True when `record` is one whole CSV record, 'open' if a quoted value is still open."""
    if '"' not in record:
        return True
    try:
        next(csv.reader([_strip_cr(record)], delimiter=delimiter, strict=True), None)
        return True
    except csv.Error as exc:
        return "open" if "unexpected end of data" in str(exc) else str(exc)


def _strip_cr(text: str) -> str:
    return text[:-1] if text.endswith("\r") else text


def _physical_lines(src: Path) -> Iterator[str]:
    """Lines split on LF only (a CR alone is data); the last line may lack its LF."""
    with src.open("rb") as fh:
        for raw in fh:
            text = raw.decode("utf-8")
            if text.endswith("\n"):
                text = text[:-1]
            elif not text:
                return
            yield text

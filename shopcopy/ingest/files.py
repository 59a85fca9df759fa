"""The bytes of one inbox file: its format and compression from the name, its sha256 (of the bytes
received, compressed or not), its first bytes decompressed, and text in another encoding
converted to UTF-8 before DuckDB reads it."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json", ".jsonl": "json", ".ndjson": "json"}
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}
MAGIC = {"gzip": b"\x1f\x8b", "zstd": b"\x28\xb5\x2f\xfd"}
SUPPORTED = ".csv, .parquet, .json, .jsonl or .ndjson, optionally compressed as .gz or .zst"


class FileRejected(Exception):
    """The whole file is unusable; the message says why and what to do."""


def file_format(path: Path) -> tuple[str | None, str | None]:
    """('csv' | 'json' | 'parquet' | None, 'gzip' | 'zstd' | None) from the file name."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    if compression:
        suffixes = suffixes[:-1]
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt == "parquet" and compression:
        return None, compression  # Parquet compresses inside the file; a .parquet.gz is not readable
    return fmt, compression


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def open_bytes(path: Path, compression: str | None) -> Iterator[BinaryIO]:
    """The file's content, decompressed."""
    if compression:
        with path.open("rb") as raw:
            if raw.read(4)[: len(MAGIC[compression])] != MAGIC[compression]:
                raise FileRejected(
                    f"the name says {compression}-compressed ({path.suffix}) but the content is not; "
                    f"rename it without {path.suffix}, or compress it again"
                )
    if compression == "gzip":
        with gzip.open(path, "rb") as fh:
            yield fh
    elif compression == "zstd":
        import zstandard

        with path.open("rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as fh:
            yield fh
    else:
        with path.open("rb") as fh:
            yield fh


def read_head(path: Path, compression: str | None, size: int = 1 << 16) -> bytes:
    try:
        with open_bytes(path, compression) as fh:
            return fh.read(size)
    except (OSError, EOFError) as exc:
        if compression:
            raise FileRejected(f"cannot decompress the file ({exc}); it may be truncated or corrupt — "
                               "export and compress it again") from None
        raise


def reject_if_utf16(head: bytes) -> None:
    """UTF-16 text puts a NUL byte beside every ASCII character: DuckDB would read it as one garbled
    column (BOM-less UTF-16 passes its UTF-8 check), so name the encoding before anything parses."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") > len(head) // 4:
        raise FileRejected("file is UTF-16 encoded (or binary), not UTF-8 text; re-export it as UTF-8, "
                           "or set encoding = \"utf-16\" for its source in sources.toml")


def transcode(path: Path, compression: str | None, encoding: str, dest: Path) -> Path:
    """Write the file's text, decoded from `encoding`, as plain UTF-8 to `dest`."""
    with dest.open("w", encoding="utf-8", newline="") as out:
        bad = _decode(path, compression, encoding, out.write)
    if bad:
        line, near = bad
        raise FileRejected(f"file is not valid {encoding} text (line {line}, near {near!r}); "
                           "check the encoding set for its source in sources.toml")
    return dest


def first_invalid_utf8(path: Path, compression: str | None) -> tuple[int, bytes] | None:
    """(line number, that line's bytes) of the first byte that is not UTF-8, or None."""
    return _decode(path, compression, "utf-8", lambda _text: None)


def _decode(path: Path, compression: str | None, encoding: str, sink) -> tuple[int, bytes] | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    line = 1  # line of the first byte of the chunk being decoded
    try:
        with open_bytes(path, compression) as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                sink(decoder.decode(chunk))
                line += chunk.count(b"\n")
            sink(decoder.decode(b"", final=True))
    except UnicodeDecodeError as exc:
        # exc.object is the chunk (plus any bytes the decoder held back from the one before).
        data, at = exc.object, exc.start
        end = data.find(b"\n", at)
        whole_line = data[data.rfind(b"\n", 0, at) + 1: end if end >= 0 else len(data)]
        return line + data[:at].count(b"\n"), whole_line[:300]
    return None


def guess_encoding(sample: bytes) -> str:
    """A hint for the error message only: GBK if the bytes decode as GBK with Chinese characters in
    them, else Windows-1252 (which decodes almost any byte, so it comes last)."""
    try:
        text = sample.decode("gbk")
        if any("\u4e00" <= ch <= "\u9fff" for ch in text):
            return "gbk"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("windows-1252")
        return "windows-1252"
    except UnicodeDecodeError:
        return ""

"""One serialization scheme for the project's components: each names its parts once, in
``_serializers()`` (part -> (dump to bytes, load from bytes)), and gets ``to_bytes``,
``from_bytes``, ``to_disk`` and ``from_disk`` through spaCy's ``util`` helpers, ``exclude``
honoured (a part left out is neither written nor read)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import srsly
from spacy import util

from .lexicon import DomainLexicon

Serializer = tuple[Callable[[], bytes], Callable[[bytes], None]]
Serializers = dict[str, Serializer]


def msgpack_attr(obj: object, attr: str) -> Serializer:
    """(dump, load) of a plain-data attribute (a YAML file's mapping) as msgpack."""
    return (lambda: srsly.msgpack_dumps(getattr(obj, attr)),
            lambda b: setattr(obj, attr, srsly.msgpack_loads(b)))


def lexicon_attr(obj: object, attr: str) -> Serializer:
    """(dump, load) of a ``DomainLexicon`` attribute."""
    return (lambda: getattr(obj, attr).to_bytes(),
            lambda b: setattr(obj, attr, DomainLexicon.from_bytes(b)))


class SerializedComponent:
    """Mixin: define ``_serializers`` and ``_loaded`` (rebuilds derived tables after loading)."""

    def _serializers(self) -> Serializers:  # pragma: no cover - abstract
        raise NotImplementedError

    def _loaded(self):
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({k: dump for k, (dump, _) in self._serializers().items()}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()):
        util.from_bytes(data, {k: load for k, (_, load) in self._serializers().items()}, exclude)
        return self._loaded()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {k: (lambda p, dump=dump: Path(p).write_bytes(dump()))
                            for k, (dump, _) in self._serializers().items()}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        util.from_disk(path, {k: (lambda p, load=load: load(Path(p).read_bytes()))
                              for k, (_, load) in self._serializers().items()}, exclude)
        return self._loaded()

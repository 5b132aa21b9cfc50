"""spaCy component ``role_extractor``: sets ``doc._.roles`` (SCHEMA.md roles.jsonl, doc offsets).

Reads ``doc.ents`` (PER/ORG/LOC) when present and falls back to lexical patterns otherwise, so it
also runs on a blank pipeline. Every role's span lies inside one article field (``doc._.fields``).
"""

from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes)
from ..article_doc import doc_text, entity_char_spans
from ..lexicon import DomainLexicon, load_lexicon
from ..paths import LEXICON_DIR
from ..serialize import SerializedComponent, Serializers, lexicon_attr, msgpack_attr
from ..text.chars import SENT_END, is_part_of_name
from .extract import Chain, build_chains, frame_org, headed_delegations, led_body, resolve_chain
from .lexicon import RoleLexicon, read_patterns
from .resolve import PlaceIndex
from .text import Ent

DEFAULT_PATTERNS = LEXICON_DIR / "roles.yaml"
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


@Language.factory("role_extractor", requires=["doc.ents"], assigns=["doc._.roles"])
def make_role_extractor(nlp: Language, name: str) -> "RoleExtractor":
    return RoleExtractor(nlp, name)


class RoleExtractor(SerializedComponent):
    """Its data (roles.yaml and the shared ``DomainLexicon``) comes in ``initialize``."""

    def __init__(self, nlp: Language | None = None, name: str = "role_extractor") -> None:
        self.name = name
        self.patterns: dict | None = None
        self.domain: DomainLexicon | None = None
        self.lexicon: RoleLexicon | None = None
        self.home_place: str | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon: DomainLexicon | None = None, patterns: str | None = None,
                   home_place: str | None = None) -> None:
        """``[initialize.components.role_extractor]``: ``patterns`` (default
        data/lexicons/roles.yaml), ``lexicon`` (``@misc = "union.DomainLexicon.v1"``) and
        ``home_place``, the paper's own city or province (roles.yaml ``own_paper_leads``)."""
        self.patterns = read_patterns(patterns or DEFAULT_PATTERNS)
        self.domain = lexicon or load_lexicon()
        self._loaded()
        if home_place and not self.lexicon.home_place_levels(home_place):
            raise ValueError(f"{self.name}: home_place {home_place!r} is no listed place with its level "
                             f"(省, 市, 区 ...: data/lexicons/china_places.txt), as 北京市 is")
        self.home_place = home_place or None

    # -- processing ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError(f"{self.name}: not initialized: call nlp.initialize() (or load a saved pipeline)")
        if not self.lexicon.titles:
            raise ValueError(f"{self.name}: no positions in the lexicon")
        doc._.roles = self.extract(doc)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def extract(self, doc: Doc) -> list[dict]:
        lex = self.lexicon
        text = doc_text(doc)
        fields = doc._.fields or [("text", 0, len(text))]
        ents = [(s, e, _LABELS[label]) for s, e, label in entity_char_spans(doc) if label in _LABELS]
        index = PlaceIndex(lex, text=text, orgs={text[s:e] for s, e, label in ents if label == "ORG"},
                           places=[(s, e) for s, e, label in ents if label == "LOC"],
                           org_starts={s for s, _, label in ents if label == "ORG"})   # (another country's: foreign.py)
        for s, e, label in ents:
            if label != "PER":
                index.add_text(s, text[s:e])
        for _, f_start, f_end in fields:
            index.add_runs(f_start, text[f_start:f_end])
        index.add_source((doc._.context or {}).get("source"), self.home_place)
        found: list[tuple[int, Chain]] = []
        for _, f_start, f_end in fields:
            f_ents = [Ent(s - f_start, e - f_start, lab) for s, e, lab in ents if f_start <= s and e <= f_end]
            for chain in build_chains(text[f_start:f_end], f_ents, lex):
                found.append((f_start, chain))
                for seg in chain.segments:
                    if seg.org_text:
                        index.add_text(f_start + seg.org_start, seg.org_text)
        roles: list[dict] = []
        seen: dict[tuple[str, str], dict] = {}
        doc_ents = [Ent(*e) for e in ents]
        for offset, chain in sorted(found, key=lambda fc: fc[0] + fc[1].start):
            resolve_chain(chain, offset, index, lex, frame_org(text, offset + chain.start, doc_ents, lex.frame_sites))
            for seg in chain.segments:
                seg.org = _abbreviation_in_full(seg.org, offset + seg.org_start, text, doc_ents, lex)
            for (n_start, n_end), end in zip(chain.names, chain.ends):
                person = text[offset + n_start: offset + n_end]
                start = min(chain.start, n_start)
                for seg in chain.segments:
                    if seg.org and seg.org.startswith(lex.meeting_bodies):
                        continue   # 大会执行主席: a congress's own title, no office
                    role = {"person": person, "position": seg.title.word, "org": seg.org,
                            "org_as_written": seg.org_as_written, "start": offset + start, "end": offset + end}
                    key = (person, seg.title.word)
                    if key in seen:
                        if seen[key]["org"] is None and role["org"] is not None:
                            seen[key].update(org=role["org"], org_as_written=role["org_as_written"])
                        continue
                    seen[key] = role
                    roles.append(role)
        for role in roles:
            if role["org"] is None:
                body = led_body(text, role["end"], ents, lex, role["position"])
                if body is not None:
                    role.update(org=body, org_as_written=body)
                elif (same := _same_title_in_full(role, roles)) is not None:
                    role.update(org=same["org"], org_as_written=None)   # 萨达姆总统 of 伊拉克总统萨达姆·侯赛因
                elif (chief := _chief_before(text, role, roles)) is not None:
                    # 某总工会主席甲…，副主席乙; and the titles listed with it share it (…，党组成员、副主席乙),
                    # as a chain's titles share the one written
                    chain = (role["person"], role["start"])
                    for listed in roles:
                        if listed["org"] is None and (listed["person"], listed["start"]) == chain:
                            listed.update(org=chief["org"], org_as_written=None)
        for role in roles:
            if role["org"] in lex.chain_bodies and (own := _own_body(text, role, roles, lex)) is not None:
                role.update(org=own)   # 某分行副行长甲当选为工会主席: that branch's union
        heads = headed_delegations(text, ents, roles, lex)
        return roles + [r for r in heads if (r["person"], r["position"]) not in seen]

    # -- serialization --------------------------------------------------------------------------
    def _serializers(self) -> Serializers:
        """name -> (dump to bytes, load from bytes): one table for disk and bytes."""
        return {"patterns": msgpack_attr(self, "patterns"), "lexicon": lexicon_attr(self, "domain"),
                "home_place": msgpack_attr(self, "home_place")}

    def _loaded(self) -> "RoleExtractor":
        if self.patterns is not None and self.domain is not None:
            self.lexicon = RoleLexicon(patterns=self.patterns, domain=self.domain)
        return self


def _same_title_in_full(role: dict, roles: list[dict]) -> dict | None:
    """The role of the same title and organization-less holder's full foreign name (萨达姆 of
    萨达姆·侯赛因, 希拉克 of 雅克·希拉克: one part of a name written with ·) that names its
    organization, if exactly one does."""
    name = role["person"]
    found = [r for r in roles if r["org"] and r["position"] == role["position"]
             and is_part_of_name(name, r["person"])]
    return found[0] if len({r["org"] for r in found}) == 1 else None


def _own_body(text: str, role: dict, roles: list[dict], lex: RoleLexicon) -> str | None:
    """The body written bare (工会) that no article-wide reading resolved, of the organization its
    holder holds another title at, where the article writes the two together (甬丰银行宁波分行 +
    工会: 分行副行长甲当选为工会主席); else the one a chief of the same office before it in the
    sentence holds it of (某分行工会主席甲…，副主席乙); else None."""
    body = role["org"]
    own = {r["org"] + body for r in roles if r["person"] == role["person"] and r is not role and r["org"]
           and r["org"] not in lex.chain_bodies and r["org"] + body in text}
    if len(own) == 1:
        return own.pop()
    chief = _chief_before(text, role, roles)
    return chief["org"] if chief is not None and chief["org"] != body and chief["org"].endswith(body) else None


_DEPUTY = ("常务副", "副")


def _office_of(position: str) -> str:
    """The office a deputy's title is the deputy of (副主席, 常务副主席 -> 主席), else itself."""
    return position.removeprefix(next((d for d in _DEPUTY if position.startswith(d)), ""))


def _chief_before(text: str, role: dict, roles: list[dict]) -> dict | None:
    """某总工会主席甲主持会议，副主席乙、丙参加: a deputy's title with no organization, after the
    holder of the same office (or another deputy of it) named with one earlier in the sentence,
    is of that organization."""
    office = _office_of(role["position"])
    if office == role["position"]:
        return None   # only a deputy: 主席甲…，主席乙 names another body's chief
    sentence_start = max(text.rfind(c, 0, role["start"]) for c in SENT_END + "；\n") + 1
    before = [r for r in roles if r["org"] and sentence_start <= r["start"] < role["start"]
              and _office_of(r["position"]) == office]
    return before[-1] if before else None


def _abbreviation_in_full(org: str | None, start: int, text: str, ents: list[Ent], lex: RoleLexicon) -> str | None:
    """巴总理, 菲|卫生部长: an organization opening with a one-character place abbreviation the NER
    read as a place there is written with the place in full (巴基斯坦, 菲律宾卫生部): the one
    place_abbreviations.txt gives where the article names it (俄罗斯 beside 俄西伯利亚), else the
    one place the article names that opens with it, else the listed one (华 -> 中国); as written
    where the article names several (伊拉克, 伊朗) or none. (Not every listed
    character: 中|宣部, 英|特尔公司 open names.)"""
    if not org or not any(e.start == start and e.end == start + 1 and e.label == "LOC" for e in ents):
        return org
    written = {text[e.start:e.end] for e in ents if e.label == "LOC" and e.end - e.start > 1 and text[e.start] == org[0]}
    listed = lex.place_abbreviations.get(org[0])
    place = listed if listed in written else written.pop() if len(written) == 1 else None if written else listed
    return place + org[1:] if place else org

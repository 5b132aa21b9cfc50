"""The pipeline built on spaCy's own machinery: one lexicon, data in initialize(), one serializer
table per component, entry points, analyze_pipes, no import cycles."""
from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import yaml
from spacy.util import load_model_from_config

import pipeline
from pipeline.article_doc import make_article_doc
from pipeline.builder import article_config
from pipeline.config import ConfigError, load_config
from pipeline.lexicon import DomainLexicon, LexiconError, load_lexicon
from pipeline.lexicon_files import read_entries
from pipeline.paths import LEXICON_DIR, PROJECT_ROOT

SAMPLE_TEXTS = [
    "北京市总工会党组书记、副主席张良到丰台区调研，丰台区委书记王少峰陪同。",
    "近日，海淀区总工会召开职工代表座谈会，区总工会主席李明出席会议并讲话。",
    "快递员小李告诉记者，美团骑手驿站为新就业形态劳动者提供了休息场所。",
]


def _outputs(nlp, texts):
    out = []
    for doc in nlp.pipe(texts):
        out.append({"ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents],
                    "roles": doc._.roles, "events": doc._.events})
    return out


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="module")
def rules_nlp():
    return pipeline.load(PROJECT_ROOT / "configs" / "rules_only.yaml")


# -- one lexicon ----------------------------------------------------------------------------

def test_each_shared_datum_has_one_file():
    """Organization and place endings, surnames and name followers live in their own files,
    not in the stage files."""
    stage_files = {name: yaml.safe_load((LEXICON_DIR / name).read_text(encoding="utf-8"))
                   for name in ("ner_rules.yaml", "roles.yaml", "events.yaml", "splitter.yaml")}
    shared = ("org_suffixes", "weak_org_suffixes", "place_suffixes", "place_suffix_chars", "surnames",
              "compound_surnames", "name_followers", "known_orgs")
    for name, data in stage_files.items():
        assert not set(shared) & set(data), name
    lex = load_lexicon()
    assert lex.org_suffixes["总工会"] == "name" and lex.org_suffixes["局"] == "weak"
    assert {"欧阳", "王"} <= set(lex.surnames) and "欧阳" in lex.compound_surnames
    assert load_lexicon() is lex   # read once


def test_lexicon_round_trips_through_bytes():
    lex = load_lexicon()
    again = DomainLexicon.from_bytes(lex.to_bytes())
    assert again == lex and again.known_orgs == lex.known_orgs


def test_common_words_marked_noun_are_the_noun_words(tmp_path):
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "common_words.txt").write_text("# header\n劳动\tnoun\n举行\n", encoding="utf-8")
    (tmp_path / "lex" / "modern_words.txt").write_text("# header\n物流\tnoun\n网购\n", encoding="utf-8")
    lex = DomainLexicon.load(tmp_path / "lex")
    assert lex.common_word_set == {"劳动", "举行", "物流", "网购"} and lex.noun_word_set == {"劳动", "物流"}
    assert DomainLexicon.from_bytes(lex.to_bytes()).noun_word_set == {"劳动", "物流"}


def test_modern_words_repeat_no_common_word():
    """modern_words.txt adds what People's Daily 1998 lacks (物流, 新能源): no word of
    common_words.txt again (each datum in one file)."""
    common, modern = (set(read_entries(LEXICON_DIR / f)) for f in ("common_words.txt", "modern_words.txt"))
    assert {"物流", "新能源", "光伏"} <= modern and not common & modern
    assert {"物流", "新能源"} <= load_lexicon().noun_word_set


def test_common_words_marked_adj_are_the_adjective_words(tmp_path):
    """Quality words (精密) are marked apart from nouns and verbs; they travel with the lexicon."""
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "common_words.txt").write_text("劳动\tnoun\n精密\tadj\n举行\n", encoding="utf-8")
    (tmp_path / "lex" / "modern_words.txt").write_text("", encoding="utf-8")
    lex = DomainLexicon.load(tmp_path / "lex")
    assert lex.adjective_word_set == {"精密"} and lex.non_noun_word_set == {"精密", "举行"}
    assert DomainLexicon.from_bytes(lex.to_bytes()).adjective_word_set == {"精密"}


def test_common_words_marked_action_are_nouns_of_a_doing(tmp_path):
    """交流 is a noun (it sits in a name) and a doing (深入交流 says how): both sets hold it."""
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "common_words.txt").write_text("基层\tnoun\n交流\taction\n举行\n", encoding="utf-8")
    (tmp_path / "lex" / "modern_words.txt").write_text("", encoding="utf-8")
    lex = DomainLexicon.load(tmp_path / "lex")
    assert lex.noun_word_set == {"基层", "交流"} and lex.action_word_set == {"交流"}
    assert lex.non_noun_word_set == {"举行"}
    assert DomainLexicon.from_bytes(lex.to_bytes()).action_word_set == {"交流"}


def test_the_word_list_marks_each_word_by_its_most_frequent_kind(tmp_path):
    from pipeline.splitter.wordlist import build
    lines = ["19980101-01-001-001/m  精密/a  仪器/n  精密/a  测量/v  精密/ad  测量/vn  测量/vn",
             "19980102-01-001-001/m  举行/v  举行/v  举行/v  仪器/n  仪器/n  [江苏/ns  精密/a]nt"]
    corpus = tmp_path / "pd.txt"
    corpus.write_bytes("\n".join(lines).encode("gb18030"))
    assert build(corpus, tmp_path / "words.txt") == 4
    lines = (tmp_path / "words.txt").read_text(encoding="utf-8").splitlines()
    # 测量 is a noun of a doing (vn in both its noun uses): marked apart, and still one of the nouns
    assert [l for l in lines if not l.startswith("#")] == ["举行", "仪器\tnoun", "测量\taction", "精密\tadj"]


def test_rare_verbs_are_their_own_list(tmp_path):
    """verbs.txt holds verbs the common-word list lacks; they travel with the lexicon."""
    lex = load_lexicon()
    assert "转发" in lex.verb_set and not lex.verb_set & lex.common_word_set
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "verbs.txt").write_text("# header\n加盟\n", encoding="utf-8")
    lex = DomainLexicon.load(tmp_path / "lex")
    assert DomainLexicon.from_bytes(lex.to_bytes()).verb_set == {"加盟"}


def test_rare_verbs_are_built_from_tagged_text(tmp_path):
    """A word tagged v in every use is a verb; one also tagged otherwise, or common, is not."""
    from pipeline.splitter.wordlist import build_verbs
    lines = ["19980101-01-001-001/m  他/r  加盟/v  [江苏/ns  三毛/nz  集团/n]nt  。/w",
             "19980102-01-001-001/m  转发/v  文件/n  ，/w  转发/vn  举行/v  判刑/v",
             "19980125-01-001-001/m  聘任/v  专家/n"]
    corpus = tmp_path / "pd.txt"
    corpus.write_bytes("\n".join(lines).encode("gb18030"))
    n = build_verbs(corpus, tmp_path / "verbs.txt", frozenset({"举行"}))
    assert n == 2 and set(read_entries(tmp_path / "verbs.txt")) == {"加盟", "判刑"}   # 聘任: day 25


def test_bad_lexicon_file_names_the_file(tmp_path):
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    (tmp_path / "lex" / "org_suffixes.txt").write_text("总工会\tstrong\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"org_suffixes.txt:1: kind 'strong'"):
        DomainLexicon.load(tmp_path / "lex")
    (tmp_path / "lex" / "org_suffixes.txt").unlink()
    with pytest.raises(LexiconError, match="org_suffixes.txt: lexicon file not found"):
        DomainLexicon.load(tmp_path / "lex")


def _lexicon_with_file(tmp_path, name: str, bad: str, error: str, good: str) -> DomainLexicon:
    """The shipped lexicon with file ``name`` written as ``bad`` (refused, ``error`` naming the
    file and line), then as ``good``: loaded and passed through ``to_bytes``/``from_bytes``."""
    lex_dir = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, lex_dir)
    (lex_dir / name).write_text(bad, encoding="utf-8")
    with pytest.raises(LexiconError, match=error):
        DomainLexicon.load(lex_dir)
    (lex_dir / name).write_text(good, encoding="utf-8")
    return DomainLexicon.from_bytes(DomainLexicon.load(lex_dir).to_bytes())


def test_company_endings_are_organization_endings_too():
    """org_suffixes.txt kind company: a name grows over it like any, and a place the model read
    with it is the company (company_places); one datum, one file."""
    lex = load_lexicon()
    assert {"公司", "超市"} <= set(lex.company_org_suffixes)
    assert set(lex.company_org_suffixes) <= set(lex.name_org_suffixes) <= set(lex.all_org_suffixes)
    assert "银行" not in lex.weak_org_suffixes


def test_legal_forms_are_one_datum_read_by_ner_and_roles(tmp_path):
    """org_suffixes.txt kind legal: a company's legal form, grown over like any name ending, read
    by the NER steps (a name runs back from it) and the roles (a head goes on with it)."""
    from pipeline.ner.spans import SpanSet
    from pipeline.ner.steps import RuleContext, rule_steps
    from pipeline.roles.lexicon import RoleLexicon
    lex = _lexicon_with_file(tmp_path, "org_suffixes.txt", "有限合伙\tfirm\n", r"org_suffixes.txt:1: kind 'firm'",
                             "总工会\tname\n有限合伙\tlegal\n有限公司\tlegal\n")
    assert set(lex.legal_forms) == {"有限合伙", "有限公司"} and "有限合伙" in lex.name_org_suffixes
    assert set(RoleLexicon(domain=lex).legal_forms) == {"有限合伙", "有限公司"}
    nlp = spacy.blank("zh")
    rules = nlp.add_pipe("entity_rules")
    rules.initialize(lexicon=lex)
    text = "他在青山创投有限合伙工作。"
    spans = SpanSet()
    rule_steps.get("company_names")(RuleContext(nlp.make_doc(text), text, rules.patterns), spans)
    assert [text[s:e] for s, e, _ in spans.spans] == ["青山创投有限合伙"]
    assert set(load_lexicon().legal_forms) == {"有限责任公司", "股份有限公司", "有限公司", "专业合作社"}


def test_common_surname_count_is_checked_and_survives_serialization(tmp_path):
    lex = _lexicon_with_file(tmp_path, "names.yaml", "common_surname_count: [王]\n",
                             r"names.yaml: common_surname_count: expected a whole number",
                             "common_surname_count: 130\n")
    # surnames.txt lists one-character surnames commonest first: the first 130 are the common ones
    assert lex.common_surnames == frozenset(lex.surnames[:130]) and len(lex.common_surnames) == 130
    assert lex.is_common_surname_start("欧明", 0) and not lex.is_common_surname_start("欧阳明", 0)


def test_place_abbreviations_file_is_checked_and_older_rules_lists_still_count(tmp_path):
    lex = _lexicon_with_file(tmp_path, "place_abbreviations.txt", "浙\t浙江\t省\n",
                             r"place_abbreviations.txt:1: expected abbr", "浙\t浙江\n")
    assert lex.place_abbreviations == {"浙": "浙江"}
    from pipeline.ner.rules import RuleTables, read_rules
    rules = read_rules(LEXICON_DIR / "ner_rules.yaml")
    assert "浙" in RuleTables.load(rules, lex).conventions.place_abbreviations
    assert "京" in RuleTables.load(rules, lex).conventions.place_abbreviations   # a verb one
    older = {**rules, "place_abbreviations": ["皖"]}   # a rules file from before the lexicon file
    assert "皖" in RuleTables.load(older, lex).conventions.place_abbreviations


def test_an_older_rules_files_place_endings_and_known_orgs_add_to_the_lexicons():
    """One loader: the lexicon's place endings and known organizations hold, and the lists an
    older rules file still carries add to them (not replace them, not get lost)."""
    from pipeline.ner.rules import RuleTables, read_rules
    lex = load_lexicon()
    known = next(iter(lex.known_orgs))
    older = {**read_rules(LEXICON_DIR / "ner_rules.yaml"), "known_orgs": ["青山重工集团"], "place_suffix_chars": ["垸"]}
    conv = RuleTables.load(older, lex).conventions
    assert conv.known_orgs.fullmatch("青山重工集团") and conv.known_orgs.fullmatch(known)
    assert set(lex.place_suffix_chars) | {"垸"} == set(conv.place_suffixes)


def test_a_delegation_is_named_after_its_body_by_one_definition():
    """Roles and events read a led delegation's body through the shared lexicon alone."""
    lex = load_lexicon()
    assert lex.delegation_body("青山区议会代表团") == "青山区议会"
    assert lex.delegation_body("东江县总工会考察团") == "东江县总工会"
    assert lex.delegation_body("青山区总工会") is None      # an organization, no delegation
    assert lex.delegation_body("东江县考察团") is None        # a place's group: no body named
    assert lex.delegation_body("会代表团") is None           # too short to be a body


def test_short_forms_file_is_checked_and_survives_serialization(tmp_path):
    lex = _lexicon_with_file(tmp_path, "org_short_forms.txt", "全总\n", r"org_short_forms.txt:1: expected short<TAB>full",
                             "工总\t某某工会总会\n会\t联合会\tending\n")
    assert lex.written_full_form("工总", "某某工会总会成立。工总主席讲话。") == "某某工会总会"
    assert lex.written_full_form("工总", "工总主席讲话。") is None
    assert lex.written_full_form("南山区会", "南山区联合会成立。南山区会主席讲话。") == "南山区联合会"
    assert DomainLexicon.from_dict({}).written_full_form("全总", "中华全国总工会") is None   # older saves


def _with_lexicon(nlp_source, lexicon: DomainLexicon):
    """A copy of a built pipeline whose components are initialized with ``lexicon``."""
    nlp = load_model_from_config(nlp_source.config, auto_fill=False)
    nlp.from_bytes(nlp_source.to_bytes())
    for name in ("entity_rules", "role_extractor", "event_extractor"):
        nlp.get_pipe(name).initialize(lexicon=lexicon)
    return nlp


def test_lexicon_edits_take_effect(rules_nlp, tmp_path):
    """A new organization name, surname and title in their one file change the output."""
    text = "星河速运联合会副总干事长阚泽出席活动。"
    before = rules_nlp(make_article_doc(rules_nlp, {"text": text}))
    assert ("星河速运", "ORG") not in {(e.text, e.label_) for e in before.ents}
    assert not before._.roles
    lex = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, lex)
    with open(lex / "org_names.txt", "a", encoding="utf-8") as fh:
        fh.write("星河速运\n")
    with open(lex / "positions.txt", "a", encoding="utf-8") as fh:
        fh.write("副总干事长\toffice\n")
    edited = _with_lexicon(rules_nlp, DomainLexicon.load(lex))
    doc = edited(make_article_doc(edited, {"text": text}))
    assert ("星河速运", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert [(r["person"], r["position"]) for r in doc._.roles] == [("阚泽", "副总干事长")]


def test_old_config_keys_still_work(tmp_path):
    old = load_config({"ner": {"rules": {"org_suffixes": "data/lexicons/ner_rules.yaml",
                                         "person_cues": "data/lexicons/surnames.txt"}}})
    assert (old.ner.rules.file, old.ner.rules.surnames) == ("data/lexicons/ner_rules.yaml",
                                                            "data/lexicons/surnames.txt")
    with pytest.raises(ConfigError, match="org_suffixes"):
        load_config({"ner": {"rules": {"org_suffixes": "a.yaml", "file": "b.yaml"}}})
    with pytest.raises(ConfigError, match="ner.rules.surnames: expected a file"):
        load_config({"ner": {"rules": {"surnames": str(tmp_path / "none.txt")}}})


# -- the spaCy config ---------------------------------------------------------------------------

def test_yaml_becomes_a_spacy_config():
    config = article_config(load_config(None))
    assert config["nlp"]["pipeline"] == ["char_ner", "entity_rules", "role_extractor", "event_extractor"]
    init = config["initialize"]["components"]
    for name in ("entity_rules", "role_extractor", "event_extractor"):
        assert init[name]["lexicon"]["@misc"] == "union.DomainLexicon.v1"
    assert init["role_extractor"]["patterns"].endswith("roles.yaml")
    assert config["initialize"]["tokenizer"]["pkuseg_model"].endswith("pkuseg")


def test_analyze_pipes_is_clean(nlp, rules_nlp):
    for built in (nlp, rules_nlp):
        assert not any(built.analyze_pipes(pretty=False)["problems"].values())
    # and it catches a stage placed before the one it needs
    wrong = spacy.blank("zh")
    wrong.add_pipe("role_extractor")
    wrong.add_pipe("entity_rules")
    assert wrong.analyze_pipes(pretty=False)["problems"]["role_extractor"] == ["doc.ents"]


def test_components_need_initialize():
    blank = spacy.blank("zh")
    rules = blank.add_pipe("entity_rules")
    with pytest.raises(ValueError, match="entity_rules: not initialized"):
        rules(blank("张良出席。"))


# -- serialization ------------------------------------------------------------------------------

def test_to_bytes_round_trip(nlp):
    copy = load_model_from_config(nlp.config, auto_fill=False)
    copy.from_bytes(nlp.to_bytes())
    assert _outputs(copy, SAMPLE_TEXTS) == _outputs(nlp, SAMPLE_TEXTS)


def test_exclude_is_honoured(nlp, tmp_path):
    rules = nlp.get_pipe("entity_rules")
    rules.to_disk(tmp_path / "rules", exclude=["lexicon"])
    assert sorted(p.name for p in (tmp_path / "rules").iterdir()) == ["rules"]
    assert b"lexicon" not in rules.to_bytes(exclude=["lexicon"])
    nlp.tokenizer.to_disk(tmp_path / "tok", exclude=["pkuseg_model"])
    assert sorted(p.name for p in (tmp_path / "tok").iterdir()) == ["cfg", "pkuseg_processors"]
    ner = nlp.get_pipe("char_ner")
    ner.to_disk(tmp_path / "ner", exclude=["model"])
    assert sorted(p.name for p in (tmp_path / "ner").iterdir()) == ["cfg.json", "lexicon.tsv"]


_LOAD_IN_FRESH_PROCESS = """
import json, sys
import spacy
assert "pipeline" not in sys.modules
nlp = spacy.load(sys.argv[1])
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
out = [{"ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents], "roles": doc._.roles,
        "events": doc._.events} for doc in nlp.pipe(texts)]
print(json.dumps(out, ensure_ascii=False))
"""


def _sample_texts() -> list[str]:
    from pipeline.splitter import split_page
    texts = []
    for page in sorted((PROJECT_ROOT / "data" / "samples").glob("*.txt")):
        texts += [a.text for a in split_page(page.read_text(encoding="utf-8")).articles]
    return texts


def test_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path):
    """spacy.load finds the tokenizer, the factories and the lexicon by entry points alone."""
    nlp.to_disk(tmp_path / "saved")
    texts = SAMPLE_TEXTS + _sample_texts()
    (tmp_path / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _LOAD_IN_FRESH_PROCESS, str(tmp_path / "saved"),
                          str(tmp_path / "texts.json")], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    expected = json.loads(json.dumps(_outputs(nlp, texts), ensure_ascii=False))
    assert json.loads(run.stdout) == expected
    assert any(o["roles"] for o in expected) and any(o["events"] for o in expected)


# -- imports ------------------------------------------------------------------------------------

def _import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports anywhere (top level, functions, TYPE_CHECKING)."""
    root = package.parent
    modules = {}
    for f in package.rglob("*.py"):
        parts = list(f.relative_to(root).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if is_pkg else parts)] = (f, is_pkg)
    graph: dict[str, set[str]] = {}
    for name, (f, is_pkg) in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[:len(base) - node.level + 1] if node.level else []
                mod = ".".join(base + ([node.module] if node.module else []))
                targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in modules else mod for a in node.names]
            else:
                continue
            for target in targets:
                parts = target.split(".")
                for i in range(1, len(parts) + 1):   # importing a.b.c runs a and a.b too
                    dep = ".".join(parts[:i])
                    if dep in modules and dep != name and not name.startswith(dep + "."):
                        deps.add(dep)
        graph[name] = deps
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


# Cycles being removed on other branches (the NER rule steps, the page-level pipeline): this
# list only shrinks; empty it when they are merged.
_PENDING_CYCLES: list[list[str]] = []


def test_cycle_check_sees_a_cycle(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    from .a import x\n")
    assert _cycles(_import_graph(pkg)) == [["pkg.a", "pkg.b"]]


def test_no_import_cycle_in_the_package():
    cycles = _cycles(_import_graph(Path(pipeline.__file__).parent))
    assert [c for c in cycles if c not in _PENDING_CYCLES] == []


def test_elided_organizations_are_read_one_way_by_roles_and_events(tmp_path):
    """elision.yaml (the shared lexicon) says what an elided organization opens with; the roles'
    place resolution and the events' participant names read it through one method, and an older
    roles.yaml that still holds ``elision`` is refused, naming the file."""
    from pipeline.events.triggers import load_lexicon as load_events
    from pipeline.paths import PROJECT_ROOT
    from pipeline.roles.lexicon import RoleLexicon, read_patterns
    from pipeline.roles.resolve import elided
    lex = load_lexicon()
    assert lex.elided_level("区总工会") == "区" and lex.elided_level("街道工委") == "街道"
    assert lex.elided_level("市场监管局") is None and lex.elided_level("区") is None
    # 镇安|县委 opens with a place of that level's character; 县|农业农村|局 does not (村 ends 农村)
    assert lex.elided_level("镇安县委") is None and lex.elided_level("县农业农村局") == "县"
    # 市民 opens a word, but 市|民政局 and 市|民族宗教事务局 open with their body's own word
    assert lex.elided_level("市民政局") == lex.elided_level("市民族宗教事务局") == "市"
    assert lex.elided_level("市民服务中心") is None
    roles = RoleLexicon.load(LEXICON_DIR / "roles.yaml", lex)
    events = load_events(PROJECT_ROOT / "data/lexicons/events.yaml", lex)
    for name in ("区总工会", "街道工委", "市场监管局", "县城中心", "镇政府", "市民政局"):
        assert elided(name, roles) == events.elided_level(name) == lex.elided_level(name)
    assert DomainLexicon.from_bytes(lex.to_bytes()).elided_level("镇政府") == "镇"
    old = tmp_path / "roles.yaml"
    old.write_text((LEXICON_DIR / "roles.yaml").read_text(encoding="utf-8")
                   + "\nelision:\n  prefixes: [区]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles.yaml: 'elision' moved to the shared lexicon's elision.yaml"):
        read_patterns(old)


def test_letter_words_are_one_list_for_both_readings_of_absent_speech():
    """absent_speech's after_name words (致信, 贺信 …) are the one list of letter words: a clause
    saying a person wrote (甲致信会议) and the words of speech that are a letter's (甲在贺信中说)
    both read it, so a letter word added there reaches both."""
    from pipeline.events.triggers import lexicon_from_dict, read_triggers
    from pipeline.paths import PROJECT_ROOT
    raw = read_triggers(PROJECT_ROOT / "data/lexicons/events.yaml")
    assert "{letter}" in raw["speech_after_name"]
    lex = lexicon_from_dict(raw, load_lexicon())
    assert lex.speech_after_name_re.match("在贺信中说") is None
    assert lex.speech_after_name_re.match("在会上说") is not None
    assert lex.speech_after_name_re.match("在电报中说") is not None
    raw = dict(raw, absent_speech={"after_name": ["电报"], "before_name": []})
    lex = lexicon_from_dict(raw, load_lexicon())
    assert lex.speech_after_name_re.match("在电报中说") is None and lex.absent_speech[0] == ("电报",)


def test_verb_like_words_are_one_reading_of_the_shared_lexicon():
    """common_words.txt's words not marked noun, with verbs.txt, are what every stage calls
    verb-like (a name ends before one; 深入 modifies one): one set on the DomainLexicon, kept
    through serialization, read by the NER steps and the events alike."""
    from pipeline.events.triggers import load_lexicon as load_events
    from pipeline.paths import PROJECT_ROOT
    lex = DomainLexicon.from_dict({"common_words": ["落实", "企业"], "noun_words": ["企业"], "verbs": ["聘任"]})
    assert lex.non_noun_word_set == {"落实"}
    assert lex.verb_like("落实") and lex.verb_like("聘任") and not lex.verb_like("企业")
    assert DomainLexicon.from_bytes(lex.to_bytes()).verb_like("落实")
    shared = load_lexicon()
    events = load_events(PROJECT_ROOT / "data/lexicons/events.yaml", shared)
    assert events.non_noun_words is shared.non_noun_word_set


def test_hotels_are_one_list_read_by_ner_and_events():
    # lodging_words.txt: the NER's lodging places and the events' venues read the same words
    from pipeline.events.triggers import lexicon_from_dict, read_triggers
    from pipeline.lexicon import DomainLexicon
    from pipeline.ner.rules import RuleTables, read_rules
    from pipeline.paths import LEXICON_DIR
    domain = DomainLexicon.load()
    data = domain.to_dict()
    data["lodging_words"] = ["客栈"]
    custom = DomainLexicon.from_dict(data)
    rules = read_rules(LEXICON_DIR / "ner_rules.yaml")
    assert RuleTables.load(rules, custom).lodging_suffixes == ("客栈",)
    venues = lexicon_from_dict(read_triggers(LEXICON_DIR / "events.yaml"), custom).venue_suffixes
    assert "客栈" in venues and "饭店" not in venues
    assert "饭店" in lexicon_from_dict(read_triggers(LEXICON_DIR / "events.yaml"), domain).venue_suffixes


def test_anaphoric_bodies_are_built_from_the_shared_lexicon_alone():
    # 该公司 is elision.yaml's anaphor and bare head: no stage's own file lists it again
    lex = load_lexicon()
    assert {"该公司", "该集团", "该企业", "该单位", "本厂"} <= set(lex.anaphoric_bodies)
    events = yaml.safe_load((LEXICON_DIR / "events.yaml").read_text(encoding="utf-8"))
    assert not set(events["visit"]["owned_marks"]) & set(lex.anaphoric_bodies)
    roles = yaml.safe_load((LEXICON_DIR / "roles.yaml").read_text(encoding="utf-8"))
    assert not {"bare_heads", "generic_heads", "anaphors"} & set(roles)


def test_autonomous_units_written_short_are_one_derivation_read_by_ner_and_roles():
    # elision.yaml's autonomous_units: NER reads 凉山州 as a place and roles take it as the unit in
    # full, from one mapping; a lexicon without 自治州 gives neither a short prefecture
    from pipeline.ner.rules import RuleTables, read_rules
    from pipeline.roles.lexicon import RoleLexicon
    domain = DomainLexicon.load()
    forms = domain.autonomous_short_forms
    assert forms["凉山州"] == ("凉山彝族自治州",) and forms["巍山县"] == ("巍山彝族回族自治县",)
    assert "黔东南州" in forms and not any(short.startswith("恩施土家") for short in forms)   # not past a people
    rules = read_rules(LEXICON_DIR / "ner_rules.yaml")
    assert "凉山州" in RuleTables.load(rules, domain).short_prefectures
    assert "巍山县" not in RuleTables.load(rules, domain).short_prefectures   # 县 is read as a unit
    assert RoleLexicon(domain=domain).autonomous_short_forms is forms
    data = domain.to_dict()
    data["elision"] = {**data["elision"], "autonomous_units": ["自治县"]}
    custom = DomainLexicon.from_dict(data)
    assert "凉山州" not in custom.autonomous_short_forms and "巍山县" in custom.autonomous_short_forms
    assert not RuleTables.load(rules, custom).short_prefectures


def test_speech_verbs_are_one_list_read_by_every_stage(tmp_path):
    # speech_verbs.txt: NER's speech cue and name followers, the events' reporting verbs and speakers,
    # the roles' stops and the splitter's kicker endings read one list; a verb said of a text or a
    # crowd too ("any": 图纸要求) opens no name in NER and cuts no body in roles (希望工程)
    from pipeline.events.triggers import lexicon_from_dict, read_triggers
    from pipeline.ner.rules import RuleTables, read_rules
    from pipeline.roles.lexicon import RoleLexicon
    from pipeline.splitter.cues import compile_cues, read_cue_data
    lex_dir = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, lex_dir)
    (lex_dir / "speech_verbs.txt").write_text("# header\n喟叹\n呼吁\tany\n", encoding="utf-8")
    custom = DomainLexicon.from_bytes(DomainLexicon.load(lex_dir).to_bytes())
    assert custom.speech_verbs == {"喟叹": "speaker", "呼吁": "any"}
    assert {"喟叹", "呼吁"} <= set(custom.name_followers_longest)
    tables = RuleTables.load(read_rules(LEXICON_DIR / "ner_rules.yaml"), custom)
    assert tables.speech.fullmatch("喟叹") and not tables.speech.fullmatch("呼吁") and not tables.speech.fullmatch("表示")
    events = lexicon_from_dict(read_triggers(LEXICON_DIR / "events.yaml"), custom)
    assert set(events.reporting_verbs) == {"喟叹", "呼吁"} and events.speech_after_name_re.match("在会上呼吁")
    assert not events.speech_after_name_re.match("在会上表示")
    stops = RoleLexicon(domain=custom).org_stop_words
    assert "喟叹" in stops and "呼吁" not in stops and "表示" not in stops
    cues = compile_cues(read_cue_data(), custom)
    assert set(cues.kicker_speech_ends) == {"喟叹", "呼吁"}
    (lex_dir / "speech_verbs.txt").write_text("表示\tverb\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"speech_verbs.txt:1: kind 'verb'"):
        DomainLexicon.load(lex_dir)

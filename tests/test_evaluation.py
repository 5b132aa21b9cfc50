"""Scorer tests: gold against itself, deliberately damaged outputs, alignment, input errors."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.evaluation import EvalInputError, gold_to_outputs, score_dir
from pipeline.evaluation.__main__ import main as cli_main
from pipeline.evaluation.align import align_headlines
from pipeline.evaluation.metrics import METRICS
from pipeline.evaluation.normalize import key

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
PAGE = "000_a9b4bbf11d192584"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def gold_page(page: str = PAGE) -> dict:
    return json.loads((GOLD / f"{page}.json").read_text(encoding="utf-8"))


def all_gold_articles() -> list[dict]:
    return [a for p in sorted(GOLD.glob("*.json")) for a in json.loads(p.read_text(encoding="utf-8"))["articles"]]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return gold_to_outputs(GOLD, tmp_path / "out")


def m(result: dict, name: str) -> dict:
    return result["metrics"][name]


def test_key_normalization():
    assert key("奥运村街道天畅园社区“小哥”吃上暖心饺子") == key('奥运村街道天畅园社区"小哥"吃上 暖心饺子')
    assert key("１月２０日，北京（记者）") == key("1月20日,北京 (记者)")
    assert key("「甲」『乙』") == "甲乙"
    assert key(None) == ""


def test_gold_against_itself_is_perfect(out: Path):
    res = score_dir(out, GOLD)
    for name in METRICS:
        c = m(res, name)
        assert c["fp"] == 0 and c["fn"] == 0, name
        if name == "event_locations" and not any(ev.get("location") for a in all_gold_articles()
                                                 for ev in a.get("events") or []):
            continue   # the sample gold locates no event
        assert c["tp"] > 0 and c["f1"] == 1.0, name
    n_articles = len(all_gold_articles())
    assert m(res, "articles")["tp"] == n_articles
    assert m(res, "boundaries")["tp"] == 2 * n_articles


def test_dropping_one_article_costs_exactly_its_items(out: Path):
    victim = gold_page()["articles"][2]  # article 3: two byline names, entities, one role, no event
    aid = f"{PAGE}#{victim['n']}"
    for name in ("articles", "entities", "roles", "events"):
        path = out / f"{name}.jsonl"
        write_jsonl(path, [r for r in read_jsonl(path) if r.get("article_id") != aid])
    res = score_dir(out, GOLD)
    n = len(all_gold_articles())
    arts = m(res, "articles")
    assert (arts["tp"], arts["fp"], arts["fn"]) == (n - 1, 0, 1)
    assert arts["recall"] == pytest.approx((n - 1) / n) and arts["precision"] == 1.0
    n_byline = sum(len(v) for v in victim["byline"].values())
    assert n_byline == 2
    assert (m(res, "bylines")["fp"], m(res, "bylines")["fn"]) == (0, n_byline)
    assert (m(res, "boundaries")["tp"], m(res, "boundaries")["fn"]) == (2 * (n - 1), 2)
    for lab in ("PER", "ORG", "LOC"):
        assert m(res, f"ner_{lab}")["fn"] == len(victim["entities"][lab])
    assert m(res, "roles")["fn"] == len(victim["roles"]) == 1
    assert m(res, "events")["fn"] == 0
    # the other pages are untouched
    assert res["per_page"]["001_98a41624c2f789d1"]["articles"]["fn"] == 0


def test_missing_page_output_counts_as_misses(out: Path):
    for name in ("articles", "entities", "roles", "events"):
        path = out / f"{name}.jsonl"
        write_jsonl(path, [r for r in read_jsonl(path) if not r["article_id"].startswith(PAGE + "#")])
    res = score_dir(out, GOLD)
    page = res["per_page"][PAGE]
    assert page["articles"]["tp"] == 0 and page["articles"]["fn"] == len(gold_page()["articles"])
    assert page["articles"]["precision"] is None  # nothing predicted: undefined, not zero
    assert page["ner_all"]["recall"] == 0.0


def test_fuzzy_headline_alignment():
    gold = ["丰台区工会第十四次代表大会召开", "密云区总工会走访慰问一线职工", "奥运村街道天畅园社区“小哥”吃上暖心饺子"]
    pred = ["完全无关的标题", '奥运村街道天畅园社区"小哥"吃上暖心饺子',   # exact under the key
            "丰台区工会第十四次代表大会隆重召开",                           # ratio 30/32 >= 0.8
            "密云区总工会"]                                              # ratio 12/20 < 0.8
    assert align_headlines(gold, pred) == {1: 2, 2: 0}


def test_fuzzy_alignment_is_one_to_one_and_greedy_by_similarity():
    gold = ["北京市总工会召开会议"]
    pred = ["北京市总工会召开会", "北京市总工会“召开”会议"]   # second is exact under the key
    assert align_headlines(gold, pred) == {1: 0}
    pred = ["北京市总工会召开大会议", "北京市总工会召开会"]    # 20/21 vs 18/19: the first wins
    assert align_headlines(gold, pred) == {0: 0}


def test_renamed_headline_moves_items_to_false_positives(out: Path):
    arts = read_jsonl(out / "articles.jsonl")
    victim = gold_page()["articles"][0]
    arts[0]["headline"] = "一个完全不同的标题"
    write_jsonl(out / "articles.jsonl", arts)
    res = score_dir(out, GOLD)
    n_ent = sum(len(v) for v in victim["entities"].values())
    n_byline = sum(len(v) for v in victim["byline"].values())
    assert (m(res, "articles")["fp"], m(res, "articles")["fn"]) == (1, 1)
    assert (m(res, "bylines")["fp"], m(res, "bylines")["fn"]) == (n_byline, n_byline)
    assert (m(res, "ner_all")["fp"], m(res, "ner_all")["fn"]) == (n_ent, n_ent)
    assert (m(res, "boundaries")["fp"], m(res, "boundaries")["fn"]) == (2, 2)
    assert (m(res, "events")["fp"], m(res, "events")["fn"]) == (len(victim["events"]),) * 2


def test_body_boundaries(out: Path):
    arts = read_jsonl(out / "articles.jsonl")
    first = gold_page()["articles"][0]
    arts[0]["text"] = "本报讯（记者 余翠平）" + arts[0]["text"]   # start now wrong, end still right
    arts[1]["text"] = arts[1]["text"][:-3]                          # end wrong
    arts[2]["text"] = "  " + arts[2]["text"].replace("“", '"') + " "  # key-equal: still right
    write_jsonl(out / "articles.jsonl", arts)
    res = score_dir(out, GOLD)
    b = m(res, "boundaries")
    assert (b["fp"], b["fn"]) == (2, 2)
    assert first["body_start"].startswith("近日")


def test_entities_extra_fields_and_labels(out: Path):
    ents = read_jsonl(out / "entities.jsonl")
    aid = f"{PAGE}#1"
    ents += [
        {"article_id": aid, "text": "张良", "label": "PER", "start": 0, "end": 2, "field": "headline"},  # dup
        {"article_id": aid, "text": "1月20日", "label": "DATE", "start": 0, "end": 5},                  # ignored
        {"article_id": aid, "text": "王五", "label": "PER", "start": 0, "end": 2, "field": "text"},      # fp
        {"article_id": f"{PAGE}#99", "text": "北京", "label": "LOC", "start": 0, "end": 2},              # no article
    ]
    write_jsonl(out / "entities.jsonl", ents)
    res = score_dir(out, GOLD)
    assert (m(res, "ner_PER")["fp"], m(res, "ner_PER")["fn"]) == (1, 0)
    assert (m(res, "ner_LOC")["fp"], m(res, "ner_LOC")["fn"]) == (1, 0)
    assert m(res, "ner_all")["fp"] == 2


def test_roles_org(out: Path):
    roles = read_jsonl(out / "roles.jsonl")
    roles[0]["org"] = "北京市总工会办公室"
    write_jsonl(out / "roles.jsonl", roles)
    res = score_dir(out, GOLD)
    assert (m(res, "roles")["fp"], m(res, "roles")["fn"]) == (0, 0)
    assert (m(res, "roles+org")["fp"], m(res, "roles+org")["fn"]) == (1, 1)


def test_event_dates_as_written_on_matched_events(out: Path):
    events = read_jsonl(out / "events.jsonl")
    dated = [ev for ev in events if ev.get("date")]
    assert dated, "the sample gold dates some events"
    assert m(score_dir(out, GOLD), "event_dates")["f1"] == 1.0
    dated[0]["date"] = dated[0]["date"] + "上午"     # written otherwise: one wrong, one missed
    write_jsonl(out / "events.jsonl", events)
    dates = m(score_dir(out, GOLD), "event_dates")
    assert (dates["fp"], dates["fn"]) == (1, 1)
    named = [ev for ev in events if ev.get("name")]
    assert named and m(score_dir(out, GOLD), "event_names")["f1"] == 1.0
    named[0]["name"] = None
    write_jsonl(out / "events.jsonl", events)
    names = m(score_dir(out, GOLD), "event_names")
    assert (names["fp"], names["fn"]) == (0, 1)


def test_event_locations_as_written_on_matched_events(tmp_path: Path):
    """A gold that locates an event: the same place is right, another is one wrong and one missed."""
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    page = json.loads((gold / f"{PAGE}.json").read_text(encoding="utf-8"))
    located = next(ev for a in page["articles"] for ev in a.get("events") or [])
    located["location"] = "青山市职工之家"
    (gold / f"{PAGE}.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    out = gold_to_outputs(gold, tmp_path / "out")
    assert (m(score_dir(out, gold), "event_locations")["tp"], m(score_dir(out, gold), "event_locations")["f1"]) == (1, 1.0)
    events = read_jsonl(out / "events.jsonl")
    moved = [ev for ev in events if ev.get("location") == "青山市职工之家"]
    assert len(moved) == 1, "the located gold event is one output event"
    moved[0]["location"] = "东江县职工之家"
    write_jsonl(out / "events.jsonl", events)
    places = m(score_dir(out, gold), "event_locations")
    assert (places["tp"], places["fp"], places["fn"]) == (0, 1, 1)


def test_events_matching(out: Path):
    events = read_jsonl(out / "events.jsonl")
    n_gold = len(events)
    by_aid = {}
    for ev in events:
        by_aid.setdefault(ev["article_id"], []).append(ev)
    # page 000 article 1: right type and participants, wrong subtype
    by_aid[f"{PAGE}#1"][0]["subtype"] = "conference"
    # page 000 article 4: participants all wrong -> unmatched (one fp, one fn)
    ev4 = by_aid[f"{PAGE}#4"][0]
    n_args4 = len({(p["role"], p["name"]) for p in ev4["participants"]})
    ev4["participants"] = [{"name": "某某公司", "role": "organizer"}]
    # page 002 article 3: gold event without participants, matched by name key alone
    ev23 = by_aid["002_16a5147eb9ac4ea2#3"][0]
    assert ev23["participants"] == []
    ev23["trigger"] = "举行"
    write_jsonl(out / "events.jsonl", events)
    res = score_dir(out, GOLD)
    ev = m(res, "events")
    assert (ev["tp"], ev["fp"], ev["fn"]) == (n_gold - 1, 1, 1)
    st = m(res, "events_subtype")
    assert (st["tp"], st["fp"], st["fn"]) == (n_gold - 2, 2, 2)
    args = m(res, "event_args")
    assert (args["fp"], args["fn"]) == (1, n_args4)


def test_partial_annotation_skips_layers(tmp_path: Path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    page = gold_page()
    page["annotated"] = ["articles", "bylines", "body", "entities"]
    (gold_dir / f"{PAGE}.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    out = gold_to_outputs(gold_dir, tmp_path / "out")
    page["articles"][0]["roles"] = []       # gold now says "no roles"; predictions still have them
    (gold_dir / f"{PAGE}.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    res = score_dir(out, gold_dir)
    assert m(res, "roles")["pages"] == 0 and (m(res, "roles")["tp"], m(res, "roles")["fp"]) == (0, 0)
    assert m(res, "events")["pages"] == 0 and m(res, "events")["f1"] is None
    assert m(res, "ner_all")["f1"] == 1.0 and m(res, "ner_all")["pages"] == 1
    assert "roles" not in res["per_page"][PAGE]


def test_malformed_jsonl_names_file_and_line(out: Path, capsys):
    path = out / "entities.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = '{"article_id": "x#1", "text": '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"entities\.jsonl:3: malformed JSON"):
        score_dir(out, GOLD)
    assert cli_main(["--output", str(out), "--gold", str(GOLD)]) != 0
    assert f"{path}:3" in capsys.readouterr().err


def test_missing_inputs_name_the_path(out: Path, tmp_path: Path):
    with pytest.raises(EvalInputError, match="nowhere"):
        score_dir(tmp_path / "nowhere", GOLD)
    with pytest.raises(EvalInputError, match="gold folder not found"):
        score_dir(out, tmp_path / "nogold")
    (out / "roles.jsonl").unlink()
    with pytest.raises(EvalInputError, match=r"roles\.jsonl"):
        score_dir(out, GOLD)
    assert m(score_dir(out, GOLD, allow_missing=True), "roles")["fn"] > 0


def test_malformed_gold_names_file(tmp_path: Path, out: Path):
    gold_dir = tmp_path / "g"
    shutil.copytree(GOLD, gold_dir)
    (gold_dir / "broken.json").write_text('{"page": "broken",\n "articles": [\n}', encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"broken\.json:3"):
        score_dir(out, gold_dir)


def test_cli_table_and_json(out: Path, tmp_path: Path, capsys):
    jpath = tmp_path / "r" / "score.json"
    assert cli_main(["--output", str(out), "--gold", str(GOLD), "--json", str(jpath), "--per-page"]) == 0
    text = capsys.readouterr().out
    assert "articles" in text and "event_args" in text and f"page {PAGE}" in text
    data = json.loads(jpath.read_text(encoding="utf-8"))
    assert data["metrics"]["articles"]["f1"] == 1.0

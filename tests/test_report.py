"""The review page: self-contained, escaped, marks entities; and, in a real headless Chromium, it works."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.report import build_report

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "report_run"  # a real run on data/samples (3 pages, 29 articles)
GOLD = ROOT / "data" / "gold"
STAGES = ("pages", "articles", "entities", "roles", "events", "people", "errors")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def blob(html: str) -> dict:
    """The embedded data the page's JS renders (article and person HTML, escaped by Python)."""
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert m, "data blob missing"
    return json.loads(m.group(1))


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    out = tmp_path / "run"
    shutil.copytree(FIXTURE, out)
    return out


def make_big_run(out: Path, n_articles: int = 1000) -> Path:
    """A synthetic run of ``n_articles``: the fixture's pages repeated under new page ids."""
    src = {s: read(FIXTURE / f"{s}.jsonl") for s in STAGES}
    out.mkdir(parents=True)
    recs: dict[str, list[dict]] = {s: [] for s in STAGES}
    copy = 0
    while len(recs["articles"]) < n_articles:
        new_pid = {p["page_id"]: f"s{copy:03d}_{p['page_id']}" for p in src["pages"]}
        kept: dict[str, str] = {}
        for a in src["articles"]:
            if len(recs["articles"]) == n_articles:
                break
            aid = f'{new_pid[a["page_id"]]}#{a["n"]}'
            kept[a["article_id"]] = aid
            recs["articles"].append({**a, "article_id": aid, "page_id": new_pid[a["page_id"]]})
        recs["pages"] += [{**p, "page_id": new_pid[p["page_id"]]} for p in src["pages"]]
        for stage in ("entities", "roles", "events"):
            for r in src[stage]:
                if r["article_id"] in kept:
                    extra = {"event_id": kept[r["article_id"]] + "/" + r["event_id"].split("/")[-1]} if stage == "events" else {}
                    recs[stage].append({**r, "article_id": kept[r["article_id"]], **extra})
        for p in src["people"]:
            ids = [kept[a] for a in p["article_ids"] if a in kept]
            if ids:
                positions = [{**q, "article_ids": [kept[a] for a in q["article_ids"] if a in kept]} for q in p["positions"]]
                recs["people"].append({**p, "person_id": f'{p["person_id"]}-{copy}', "article_ids": ids,
                                       "positions": [q for q in positions if q["article_ids"]]})
        copy += 1
    for stage in STAGES:
        write(out / f"{stage}.jsonl", recs[stage])
    summary = {s: len(recs[s]) for s in STAGES if s != "errors"}
    (out / "summary.json").write_text(json.dumps({**summary, "errors": []}), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> tuple[Path, float]:
    run = make_big_run(tmp_path_factory.mktemp("big") / "run")
    t0 = time.perf_counter()
    path = build_report(run)
    return path, time.perf_counter() - t0


# --- unit ---------------------------------------------------------------------------------------

def test_report_is_written_into_the_output_folder_and_self_contained(run_dir: Path):
    path = build_report(run_dir)
    assert path == run_dir / "report.html" and path.stat().st_size > 10_000
    html = path.read_text(encoding="utf-8")
    data = blob(html)
    assert len(data["articles"]) == 29 and len(data["people"]) == 32
    rendered = html + "".join(x["h"] for x in data["articles"] + data["people"])
    # nothing may load from elsewhere: no remote src/href, CSS url() or @import, no protocol-relative URLs
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:|//)""", rendered, re.I)
    assert not re.search(r"url\(|@import", rendered, re.I)
    assert "http://" not in html.replace("http-equiv", "") and "https://" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert html.count("<script") == 2  # the data blob and the inlined JS


def test_malicious_text_is_escaped(run_dir: Path):
    arts = read(run_dir / "articles.jsonl")
    arts[0]["headline"] = "<script>alert(1)</script>"
    arts[1]["text"] = "</script><img src=x onerror=alert(2)>\n第二段"
    arts[2]["section"] = '"><b>bold</b>'
    write(run_dir / "articles.jsonl", arts)
    ents = [e for e in read(run_dir / "entities.jsonl") if e["field"] != "headline" or e["article_id"] != arts[0]["article_id"]]
    write(run_dir / "entities.jsonl", ents)
    html = build_report(run_dir).read_text(encoding="utf-8")
    assert "alert(1)" not in html.split('id="report-data">', 1)[0]  # not in the static part
    assert "<script>alert" not in html and "<img src=x" not in html and "</script><img" not in html
    assert html.count("<script") == 2 and html.count("</script>") == 2
    items = blob(html)["articles"]
    assert "<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>" in items[0]["h"]
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in items[1]["h"]
    assert "&quot;&gt;&lt;b&gt;bold&lt;/b&gt;" in items[2]["h"] and "<b>bold" not in items[2]["h"]


def test_entities_are_marked_with_their_label(run_dir: Path):
    first = blob(build_report(run_dir).read_text(encoding="utf-8"))["articles"][0]["h"]
    per = ('<mark class="ent" data-label="PER" data-person="张良" title="show in the people index">张良'
           '<span class="ent-label">PER</span></mark>')
    org = '<mark class="ent" data-label="ORG">北京市总工会<span class="ent-label">ORG</span></mark>'
    assert per in first and org in first
    assert '<mark class="ent" data-label="PER" data-person="余翠平"' in first  # credit_line mentions are marked too
    assert 'class="event"' in first and "丰台区工会第十四次代表大会" in first
    assert "<td>张良</td><td>党组书记</td><td>北京市总工会</td><td>北京市总工会</td>" in first


def test_search_covers_every_entity_role_and_event_field(run_dir: Path):
    items = blob(build_report(run_dir).read_text(encoding="utf-8"))["articles"]
    ents, roles, events = (read(run_dir / f"{s}.jsonl") for s in ("entities", "roles", "events"))
    by_id = {x["h"].split('<span class="aid">', 1)[1].split("<", 1)[0]: x["k"] for x in items}
    org = next(e for e in ents if e["label"] == "ORG")
    assert org["text"].lower() in by_id[org["article_id"]]
    role = roles[0]
    assert all(str(role[k]).lower() in by_id[role["article_id"]] for k in ("person", "position", "org"))
    ev = next(e for e in events if e.get("name") and e.get("participants"))
    for key in ("trigger", "name", "subtype", "event_id"):
        assert str(ev[key]).lower() in by_id[ev["article_id"]], key
    assert all(p["name"].lower() in by_id[ev["article_id"]] for p in ev["participants"])


def test_role_phrases_and_event_triggers_are_highlighted_in_the_text(run_dir: Path):
    first = blob(build_report(run_dir).read_text(encoding="utf-8"))["articles"][0]["h"]
    body = first.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    assert '<mark class="cue" data-label="ROLE" title="role phrase">' in body
    assert '<mark class="cue" data-label="EVT" title="event trigger">' in body
    # marks never nest: a cue mark holds plain text only
    assert not re.search(r'<mark class="cue"[^>]*>[^<]*<mark', body)


def test_people_list_headlines_not_only_ids(run_dir: Path):
    data = blob(build_report(run_dir).read_text(encoding="utf-8"))
    headlines = {a["headline"] for a in read(run_dir / "articles.jsonl")}
    links = re.findall(r'<a class="alink" href="#a-\d+" title="[^"]+">([^<]+)</a>', "".join(p["h"] for p in data["people"]))
    assert links and all(text in headlines for text in links)


def test_gold_against_system_view_marks_missed_and_spurious(run_dir: Path):
    ents = read(run_dir / "entities.jsonl")
    art = read(run_dir / "articles.jsonl")[0]
    gold = json.loads((GOLD / f"{art['page_id']}.json").read_text(encoding="utf-8"))
    gold_art = next(g for g in gold["articles"] if g["headline"] == art["headline"])
    first = art["article_id"]
    dropped = next(e for e in ents if e["article_id"] == first and e["field"] == "text"
                   and e["text"] in gold_art["entities"].get(e["label"], []) and len(e["text"]) > 1)
    kept = [e for e in ents if e["text"] != dropped["text"] or e["article_id"] != first]
    kept.append({**dropped, "text": dropped["text"][:1], "end": dropped["start"] + 1})   # a wrong mention
    write(run_dir / "entities.jsonl", kept)
    html = build_report(run_dir, gold_dir=GOLD).read_text(encoding="utf-8")
    assert 'data-tab="gold"' in html and 'id="tab-gold"' in html
    gold_part = html.split('id="tab-gold"', 1)[1].split("</section>", 1)[0]
    assert f'<li class="missed" data-label="{dropped["label"]}">{dropped["text"]} ' in gold_part
    assert f'<li class="spurious" data-label="{dropped["label"]}">{dropped["text"][:1]} ' in gold_part
    assert 'class="ok"' in gold_part
    assert 'data-tab="gold"' not in build_report(run_dir).read_text(encoding="utf-8")


def test_page_is_a_jinja2_template_with_nothing_left_unfilled(run_dir: Path):
    from pipeline.report.build import _asset

    assert "{{ data | safe }}" in _asset("report.html")
    html = build_report(run_dir).read_text(encoding="utf-8").split('id="report-data"')[0]
    assert "{{" not in html and "{%" not in html
    assert "max-width: 980px" not in html   # the whole window width


def test_mentions_that_do_not_fit_are_listed_not_marked(run_dir: Path):
    ents = read(run_dir / "entities.jsonl")
    ents.append({"article_id": ents[0]["article_id"], "text": "不存在", "label": "PER", "start": 0, "end": 3, "field": "text"})
    write(run_dir / "entities.jsonl", ents)
    first = blob(build_report(run_dir).read_text(encoding="utf-8"))["articles"][0]
    assert "1 unplaced mention" in first["h"] and "不存在" in first["h"]
    assert 'data-label="PER">不存在' not in first["h"] and "n" in first["f"]


def test_notes_and_dropped_paragraphs_are_folded(run_dir: Path):
    items = blob(build_report(run_dir).read_text(encoding="utf-8"))["articles"]
    noted = [x["h"] for x in items if "dropped paragraph" in x["h"]]
    assert len(noted) == 11 and all('<details class="notes">' in h for h in noted)


def test_scores_table_with_gold_and_a_broken_gold_folder(run_dir: Path, tmp_path: Path):
    html = build_report(run_dir, gold_dir=GOLD).read_text(encoding="utf-8")
    assert "<h2>Scores</h2>" in html and "<td>ner_PER</td>" in html
    assert "Scores" not in build_report(run_dir).read_text(encoding="utf-8").split('id="report-data"')[0].split("tab-summary")[1]
    html = build_report(run_dir, gold_dir=tmp_path / "nope").read_text(encoding="utf-8")
    assert "Scores unavailable" in html


def test_cli_prints_the_path(run_dir: Path, tmp_path: Path):
    out = tmp_path / "r" / "review.html"
    proc = subprocess.run([sys.executable, "-m", "pipeline.report", "--output", str(run_dir), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out) and out.exists()


def test_a_thousand_articles_build_fast(big_report):
    path, seconds = big_report
    data = blob(path.read_text(encoding="utf-8"))
    assert len(data["articles"]) == 1000 and data["pageSize"] == 50
    assert seconds < 5, f"build took {seconds:.1f}s"


# --- real browser -------------------------------------------------------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no chromium on PATH (run .ci/install-browser.sh)")
def test_report_in_headless_chromium(big_report, tmp_path: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (run .ci/install-browser.sh)")
    path, _ = big_report
    problems: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.on("request", lambda r: problems.append(f"request: {r.url}") if not r.url.startswith(("file:", "data:")) else None)
            page.goto(path.as_uri())

            pager = page.locator(".pager .where").first
            assert pager.inner_text() == "page 1 / 20 · 1000 articles"
            assert page.locator("article.art").count() == 50  # lazy: one page in the DOM, not 1000
            mark = page.locator('#a-0 mark.ent[data-label="PER"]').first
            assert mark.is_visible() and mark.locator(".ent-label").inner_text() == "PER"
            assert page.locator("#a-0 .event").first.is_visible()
            page.screenshot(path=str(tmp_path / "report_page1.png"))
            page.screenshot(path="/tmp/report_screenshot.png")

            page.locator('.pager [data-act="next"]').first.click()
            assert pager.inner_text() == "page 2 / 20 · 1000 articles"
            assert page.locator("article.art").first.get_attribute("id") == "a-50"
            assert page.locator("article.art").count() == 50

            page.fill("#q-articles", "张良")  # a person: found through roles / entities, not the headline
            sync_api.expect(pager).to_contain_text(" of 1000 articles")  # the search is debounced
            hits = page.locator("article.art")
            assert 0 < hits.count() <= 50 and "张良" in hits.first.inner_text()

            # an ORG found by the search (not only headlines and names)
            page.fill("#q-articles", "北京市总工会")
            sync_api.expect(pager).to_contain_text(" of 1000 articles")
            assert page.locator("article.art").count() > 0
            page.fill("#q-articles", "")
            sync_api.expect(pager).to_have_text("page 1 / 20 · 1000 articles")

            # the legend hides a label's colour and chip, and shows it again
            chip = page.locator('#a-0 mark.ent[data-label="ORG"] .ent-label').first
            assert chip.is_visible()
            page.click('.legend mark[data-label="ORG"]')
            assert chip.is_hidden()
            page.click('.legend mark[data-label="ORG"]')
            assert chip.is_visible()
            assert page.locator('#a-0 mark.cue[data-label="EVT"]').first.is_visible()

            # the page uses the window's width
            width = page.evaluate("document.querySelector('#a-0').getBoundingClientRect().width")
            assert width > 1000

            # a person mark opens the people index at that name
            page.locator('#a-0 mark.ent[data-person="张良"]').first.click()
            assert page.locator("#tab-people").is_visible()
            assert page.input_value("#q-people") == "张良"
            sync_api.expect(page.locator("#list-people .person").first).to_contain_text("张良")

            page.fill("#q-people", "")
            page.click("button[data-tab=people]")
            link = page.locator("#list-people a.alink").first
            target = link.get_attribute("href")
            link.click()
            # (expect waits for the switch of tabs: an immediate check races the page's handler)
            sync_api.expect(page.locator(target)).to_be_visible()
            sync_api.expect(page.locator("#tab-people")).to_be_hidden()
            page.screenshot(path=str(tmp_path / "report_jump.png"))

            page.click("button[data-tab=summary]")
            assert page.locator("table.counts").is_visible()
        finally:
            browser.close()
    assert problems == []
    assert (tmp_path / "report_page1.png").stat().st_size > 10_000


def test_a_big_run_shows_its_first_articles_and_counts_all(big_report, tmp_path):
    run = big_report[0].parent
    path = build_report(run, out_file=tmp_path / "r.html", max_articles=120)
    html = path.read_text(encoding="utf-8")
    data = blob(html)
    assert len(data["articles"]) == 120
    assert "1000 articles" in html and "showing the first 120 articles" in html
    ids = [json.loads(line)["article_id"] for line in (run / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    shown = " ".join(a["k"] for a in data["articles"])
    assert all(i in shown for i in ids[:120]) and not any(f"{i} " in shown for i in ids[120:])

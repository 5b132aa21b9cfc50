from pipeline.people import PeopleRegistry, orgs_compatible


def role(person, position, org):
    return {"person": person, "position": position, "org": org}


def test_same_name_compatible_orgs_is_one_person():
    reg = PeopleRegistry()
    reg.add("p1#1", ["张良", "王少峰"], [role("张良", "副主席", "北京市总工会"), role("王少峰", "书记", "丰台区委")])
    reg.add("p2#3", ["张良"], [role("张良", "党组书记", "北京市总工会")])
    reg.add("p2#4", ["张良"], [])                               # no org: compatible with anything
    recs = {r["name"]: r for r in reg.records()}
    assert len(reg.records()) == 2
    zl = recs["张良"]
    assert zl["article_ids"] == ["p1#1", "p2#3", "p2#4"]
    assert {(p["position"], p["org"]) for p in zl["positions"]} == {("副主席", "北京市总工会"), ("党组书记", "北京市总工会")}


def test_same_name_incompatible_orgs_are_two_people():
    reg = PeopleRegistry()
    reg.add("a#1", ["李伟"], [role("李伟", "主席", "门头沟区总工会")])
    reg.add("b#1", ["李伟"], [role("李伟", "经理", "北京苏宁易购销售有限公司")])
    reg.add("c#1", ["李伟"], [role("李伟", "一级巡视员", "门头沟区")])
    recs = reg.records()
    assert [r["name"] for r in recs] == ["李伟", "李伟"]
    assert recs[0]["article_ids"] == ["a#1", "c#1"]
    assert recs[1]["article_ids"] == ["b#1"]


def test_ids_are_deterministic_and_ordered():
    def run():
        reg = PeopleRegistry()
        reg.add("x#1", ["甲乙", "丙丁"], [])
        reg.add("x#2", ["戊己", "甲乙"], [])
        return reg.records()
    a, b = run(), run()
    assert a == b
    assert [(r["person_id"], r["name"]) for r in a] == [("P0001", "甲乙"), ("P0002", "丙丁"), ("P0003", "戊己")]


def test_role_person_not_in_ner_names_is_still_registered():
    reg = PeopleRegistry()
    reg.add("x#1", [], [role("小李", "快递员", None)])
    assert reg.records()[0]["positions"] == [{"position": "快递员", "org": None, "article_ids": ["x#1"], "dates": []}]


def test_org_compatibility():
    assert orgs_compatible(None, "丰台区委")
    assert orgs_compatible("丰台区委", "丰台区总工会")          # same place prefix
    assert orgs_compatible("北京市总工会", "北京市总工会")
    assert orgs_compatible("国务院", "中国国务院")               # containment
    assert not orgs_compatible("丰台区委", "通州区委")
    assert not orgs_compatible("北京市总工会", "美团")


def test_posts_in_two_unrelated_bodies_stay_one_person():
    reg = PeopleRegistry()
    posts = [role("周明远", "副主任", "青山镇综合办公室"), role("周明远", "书记", "石桥村党支部")]
    for k in range(5):
        reg.add(f"p{k}#1", ["周明远"], posts)
    [rec] = reg.records()
    assert len(rec["article_ids"]) == 5


def test_namesakes_with_conflicting_context_stay_apart_and_a_bare_name_joins_the_first():
    reg = PeopleRegistry()
    reg.add("a#1", ["周明远"], [role("周明远", "主席", "林海区总工会")])
    reg.add("b#1", ["周明远"], [role("周明远", "经理", "晨光食品有限公司")])
    reg.add("c#1", ["周明远"], [role("周明远", "副主席", "林海区总工会")])
    reg.add("d#1", ["周明远"], [])
    a, b = reg.records()
    assert (a["article_ids"], b["article_ids"]) == (["a#1", "c#1", "d#1"], ["b#1"])


def test_names_separated_by_a_space_are_two_people():
    reg = PeopleRegistry()
    reg.add("a#1", ["周明远 吴晓东"], [])
    assert [r["name"] for r in reg.records()] == ["周明远", "吴晓东"]


def test_timeline_gives_each_position_its_issue_dates():
    reg = PeopleRegistry()
    reg.add("a#1", ["周明远"], [role("周明远", "副主席", "林海区总工会")], issue_date="2024-03-02")
    reg.add("b#1", ["周明远"], [role("周明远", "主席", "林海区总工会")], issue_date="2025-01-10")
    reg.add("c#1", ["周明远"], [role("周明远", "副主席", "林海区总工会")], issue_date="2023-11-20")
    [rec] = reg.records()
    assert [(p["position"], p["dates"]) for p in rec["positions"]] == [
        ("副主席", ["2023-11-20", "2024-03-02"]), ("主席", ["2025-01-10"])]

"""The prefecture and county gazetteer's builder (pipeline/corpora/divisions.py) on a few rows of
an adcodes.csv written here."""
from pipeline.corpora.divisions import read_divisions, select


def test_only_prefecture_and_county_rows_are_read(tmp_path):
    csv = tmp_path / "adcodes.csv"
    csv.write_text("adcode,name,longitude,latitude\n"
                   "410000000000,河南省,,\n"          # a province
                   "410300000000,洛阳市,,\n"          # a prefecture
                   "410301000000,市辖区,,\n"          # no place of its own
                   "410304000000,瀍河回族区,,\n"      # a county-level district
                   "410304001000,东关街道,,\n",       # a township's row
                   encoding="utf-8")
    assert list(read_divisions(csv)) == ["洛阳市", "瀍河回族区"]


def test_short_common_or_shadowed_names_are_left_out():
    names = ["洛阳市", "南县", "资源县", "朝阳市", "会泽县", "北京市"]
    listed, common = {"北京市", "朝阳"}, {"资源县"}
    # 南县: two characters; 资源县: a common word; 朝阳市: 朝阳 is listed (Beijing's); 北京市: listed
    assert select(names, listed, common, ["市", "县", "区"]) == ["会泽县", "洛阳市"]


def test_each_division_and_its_stem_take_their_province_where_one_only(tmp_path):
    from pipeline.corpora.divisions import read_provinces
    csv = tmp_path / "adcodes.csv"
    csv.write_text("adcode,name,longitude,latitude\n"
                   "430000000000,湖南省,,\n"
                   "430200000000,株洲市,,\n"
                   "430202000000,荷塘区,,\n"
                   "110000000000,北京市,,\n"
                   "110105000000,朝阳区,,\n"
                   "210000000000,辽宁省,,\n"
                   "211300000000,朝阳市,,\n",
                   encoding="utf-8")
    owners = read_provinces(csv, ["市", "区"])
    assert owners["株洲市"] == owners["株洲"] == owners["荷塘区"] == owners["荷塘"] == "湖南省"
    # 朝阳: Beijing's district and Liaoning's city share the stem, which names neither
    assert owners["朝阳区"] == "北京市" and owners["朝阳市"] == "辽宁省" and "朝阳" not in owners

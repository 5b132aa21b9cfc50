"""China's prefecture- and county-level divisions (洛阳市, 会泽县, 瀍河回族区) as a place gazetteer,
data/lexicons/china_divisions.txt: built once from the administrative codes that the ``cpca``
package ships (``cpca/resources/adcodes.csv``, MIT licence, from the National Bureau of Statistics'
division codes). Only the names are kept; the provinces and the places the other gazetteers list
are left to those files, so that each place is listed once."""
from __future__ import annotations

import argparse
import csv
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..lexicon import DEFAULT_GAZETTEERS, FILES, LEXICON_DIR
from ..lexicon_files import read_entries

DEFAULT_OUTPUT = LEXICON_DIR / "china_divisions.txt"
DEFAULT_PROVINCES = LEXICON_DIR / "province_of_places.txt"
# what the code table holds for no place of its own (a city's districts as one row, 省直辖…)
_NO_PLACE_ENDS = ("市辖区", "直辖县级行政区划")
_MIN_CHARS = 3   # 忠县, 南县: a two-character name is too often a piece of another word (河南县城)
_HEADER = ("# China's prefecture- and county-level divisions (one per line), built by\n"
           "# python -m pipeline.corpora.divisions from the cpca package's adcodes.csv (MIT licence; the\n"
           "# National Bureau of Statistics' division codes). Provinces and the places of the other\n"
           "# gazetteers are listed there; names of fewer than three characters, common words and names whose\n"
           "# short form is a place listed there (朝阳市: 朝阳 is Beijing's 朝阳区) are left out.\n")


def _adcodes_path() -> Path:
    try:
        return Path(str(resources.files("cpca") / "resources" / "adcodes.csv"))
    except ModuleNotFoundError:
        raise SystemExit("the cpca package is not installed: `pip install cpca==0.5.5`, "
                         "or pass --adcodes PATH to its resources/adcodes.csv") from None


def _rows(path: str | Path) -> Iterator[tuple[str, str]]:
    """(code, name) of the province-, prefecture- and county-level rows of an adcodes.csv (12-digit
    codes: two digits of province, two of prefecture, two of county, six of township and village);
    not a township's, nor a row of no place of its own (市辖区)."""
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code, name = row["adcode"], row["name"].strip()
            if len(code) == 12 and code[6:] == "000000" and name and not name.endswith(_NO_PLACE_ENDS) \
                    and name != "县":
                yield code, name


def _is_province(code: str) -> bool:
    return code[2:] == "0" * 10


def read_divisions(path: str | Path) -> Iterator[str]:
    """The names of the prefecture- and county-level rows of an adcodes.csv."""
    return (name for code, name in _rows(path) if not _is_province(code))


def read_provinces(path: str | Path, suffixes: Iterable[str] = ()) -> dict[str, str]:
    """{place: its province} for every prefecture- and county-level row of an adcodes.csv (株洲市 ->
    湖南省), and for the stem of each (株洲 -> 湖南省, the name less its level's suffix, two characters
    or more) that no other province's place shares (朝阳 of 北京市朝阳区 and 辽宁省朝阳市: neither)."""
    ends = tuple(sorted(suffixes, key=len, reverse=True))
    rows = list(_rows(path))
    provinces = {code[:2]: name for code, name in rows if _is_province(code)}
    found: dict[str, set[str]] = {}
    for code, name in rows:
        if _is_province(code) or code[:2] not in provinces:
            continue
        found.setdefault(name, set()).add(provinces[code[:2]])
        stem = next((name[:-len(e)] for e in ends if name.endswith(e) and len(name) - len(e) >= 2), None)
        if stem:
            found.setdefault(stem, set()).add(provinces[code[:2]])
    return {name: owners.pop() for name, owners in sorted(found.items()) if len(owners) == 1}


_PROVINCES_HEADER = ("# The province of each prefecture- and county-level division and of its stem (株洲市, 株洲 ->\n"
                     "# 湖南省), built by python -m pipeline.corpora.divisions from the cpca package's adcodes.csv\n"
                     "# (MIT licence; the National Bureau of Statistics' division codes); a stem two provinces'\n"
                     "# places share is left out. ``place<TAB>province``.\n")


def select(names: Iterable[str], listed: set[str], common: set[str], suffixes: Iterable[str] = ()) -> list[str]:
    """The names to list: three characters or more, no common word, none listed elsewhere, and
    none whose name less its suffix is a place listed elsewhere (朝阳市, 吉林市: 朝阳 stands for
    Beijing's 朝阳区, 吉林 for the province)."""
    ends = tuple(sorted(suffixes, key=len, reverse=True))
    def shadowed(name: str) -> bool:
        return any(name.endswith(s) and name[:-len(s)] in listed for s in ends)
    return sorted({n for n in names if len(n) >= _MIN_CHARS and n not in common and n not in listed
                   and not shadowed(n)})


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--adcodes", type=Path, help="cpca's resources/adcodes.csv (default: the installed package's)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--provinces-out", type=Path, default=DEFAULT_PROVINCES)
    args = ap.parse_args(argv)
    source = args.adcodes or _adcodes_path()
    others = {w for g in DEFAULT_GAZETTEERS if g != DEFAULT_OUTPUT.name
              for entry in read_entries(LEXICON_DIR / g) for w in entry.split()}
    common = {e.split()[0] for e in read_entries(LEXICON_DIR / FILES["common_words"])}
    suffixes = [w for e in read_entries(LEXICON_DIR / FILES["place_suffixes"]) for w in e.split()]
    names = select(read_divisions(source), others, common, suffixes)
    args.out.write_text(_HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} divisions -> {args.out}")
    owners = read_provinces(source, suffixes)
    args.provinces_out.write_text(_PROVINCES_HEADER + "".join(f"{k}\t{v}\n" for k, v in owners.items()),
                                  encoding="utf-8")
    print(f"{len(owners)} places' provinces -> {args.provinces_out}")


if __name__ == "__main__":
    main()

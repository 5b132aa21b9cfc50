"""Event dates: found as written, normalized against the issue date (or the article's dateline)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from ..text.chars import CLAUSE_END, FULLWIDTH_DIGITS, SENT_END
from .triggers import EventLexicon

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,4}|[〇零一二三四五六七八九十]{1,4}"
# 2025年12月5日 / 12月5日 / 5日 (not 5日电's dateline, not 15日内).
YEAR = r"[0-9０-９]{4}|[〇零一二三四五六七八九]{4}"   # the digits of a year written before 年
ABSOLUTE_RE = re.compile(rf"(?:(?P<y>{YEAR})年)?(?:(?P<m>{_NUM})月)?(?P<d>{_NUM})日(?![电讯内])")
# 8月10至15日: a range whose first day is written without 日 (the joiners come from the lexicon)
_SHORT_RANGE = rf"(?:(?P<y>{YEAR})年)?(?P<m>{_NUM})月(?P<d>{_NUM})(?:{{joiners}})(?P<d2>{_NUM})日(?![电讯内])"


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int | None = None      # relative days (昨天 -1)
    vague: bool = False            # 近日, 日前
    last: "DateMention | None" = None   # a range's last day (6月22日至28日: 28日)
    weekday: int | None = None     # 周五: 5 (Monday 1)
    week_offset: int | None = None  # 上周五: -1, 本周五: 0, 周五: None (the latest before the reference)
    month_part: tuple[int, int] | None = None   # 3月中旬: (11, 20), days of the month
    year_offset: int | None = None  # 去年11月5日: -1, years from the reference date's
    month_offset: int | None = None  # 本月29日: 0, 上月5日: -1, months from the reference date's


def to_int(s: str) -> int:
    s = s.translate(FULLWIDTH_DIGITS)
    if s.isdigit():
        return int(s)
    if len(s) == 4 and "十" not in s:  # 一九九八
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(s, 0)


def find_dates(text: str, start: int, end: int, lex: EventLexicon,
               name_ends: frozenset[int] = frozenset()) -> list[DateMention]:
    """Every date mention in text[start:end], in order, as written: a range is one mention
    (6月22日至28日, 3月16日、17日, 1月29日-2月5日之间), and a time of day written right after a
    date (10月19日上午, 昨天下午, 8日晚，) or a time zone right before it (当地时间10日) is part of it.
    ``name_ends``: where person names end (a day of the week may follow one: 甲周三在…)."""
    found = _ranges(_single_dates(text, start, end, lex, name_ends), text, start, end, lex)
    for d in found:
        if not d.vague:
            word = next((w for w in lex.time_of_day if text.startswith(w, d.end, end)), None)
            if word is None and d.end + 1 < end and text[d.end] in lex.short_time_of_day \
                    and (text[d.end + 1] in CLAUSE_END + SENT_END
                         or text.startswith(lex.short_time_followers, d.end + 1, end)):
                word = text[d.end]   # 8日晚，/ 9日晚在
            d.end += len(word) if word else 0
            clock = lex.clock_time_re.match(text, d.end, end) if lex.clock_time_re else None
            d.end = clock.end() if clock else d.end   # 上午10时
            if d.weekday is None and d.year is None and d.month is not None:   # 去年11月5日
                year = _written_before(text, start, d.start, lex.relative_years)
                if year is not None:
                    d.start, d.year_offset = d.start - len(year), lex.relative_years[year]
            if d.weekday is None and d.month is None and d.day is not None:   # 本月29日
                month = _written_before(text, start, d.start, lex.relative_months)
                if month is not None:
                    d.start, d.month_offset = d.start - len(month), lex.relative_months[month]
            zone = _written_before(text, start, d.start, lex.time_zones)   # 当地时间10日
            d.start -= len(zone) if zone else 0
            d.text = text[d.start:d.end]
    return found


def _written_before(text: str, start: int, pos: int, words) -> str | None:
    """The first of ``words`` written right before ``pos`` (not before ``start``), or None."""
    return next((w for w in words if text.endswith(w, start, pos)), None)


def _ranges(found: list[DateMention], text: str, start: int, end: int, lex: EventLexicon) -> list[DateMention]:
    """Two day dates joined by a range joiner (至, 、, -) are one mention from the first to the
    last; 8月10至15日 too."""
    joiners = "|".join(map(re.escape, lex.range_joiners))
    if not joiners:
        return found
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.day is not None and d.day is not None and prev.last is None \
                and re.fullmatch(joiners, text[prev.end:d.start]):
            prev.last, prev.end = d, d.end
        else:
            out.append(d)
    for m in re.finditer(_SHORT_RANGE.replace("{joiners}", joiners), text[start:end]):
        a, b = start + m.start(), start + m.end()
        if any(x.start <= a and b <= x.end and x.last is not None for x in out):
            continue
        mo = to_int(m.group("m"))
        first = DateMention("", a, b, to_int(m.group("y")) if m.group("y") else None, mo, to_int(m.group("d")))
        first.last = DateMention(m.group("d2"), b - len(m.group("d2")) - 1, b, None, None, to_int(m.group("d2")))
        out = [x for x in out if not (a <= x.start and x.end <= b)] + [first]
    for d in out:
        after = next((w for w in lex.range_after if d.last is not None and text.startswith(w, d.end, end)), None)
        d.end += len(after) if after else 0
        d.text = text[d.start:d.end]
    return sorted(out, key=lambda x: x.start)


_CLAUSE_OPENERS = CLAUSE_END + "。\n在于"   # what a clause's date is written right after


def _single_dates(text: str, start: int, end: int, lex: EventLexicon,
                  name_ends: frozenset[int] = frozenset()) -> list[DateMention]:
    """Every single date mention in text[start:end], in order."""
    seg, found = text[start:end], []
    for m in ABSOLUTE_RE.finditer(seg):
        month, day = m.group("m"), m.group("d")
        if not month and not re.match(r"[0-9０-９]{1,2}$|[一二三四五六七八九十]{1,3}$", day):
            continue
        y, mo, d = (to_int(m.group("y")) if m.group("y") else None), (to_int(month) if month else None), to_int(day)
        if not 1 <= d <= 31 or (mo is not None and not 1 <= mo <= 12):
            continue
        found.append(DateMention(m.group(0), start + m.start(), start + m.end(), y, mo, d))
    found += _weekdays(seg, start, lex, name_ends) + _month_parts(seg, start, lex) + _months(seg, start, lex)
    stated = list(found)
    for word in lex.vague_dates:
        for m in re.finditer(re.escape(word), seg):
            # (5月1日|前夕, 节|日前夕, 今|日前往: no 日前, its first character closes a date or word)
            if not any(d.start <= start + m.start() < d.end for d in stated) and not lex.opens_inside_word(seg, m.start()):
                found.append(DateMention(word, start + m.start(), start + m.end(), vague=True))
    for m in lex.holiday_date_re.finditer(seg):   # 春节前夕: as written, no day (除夕|当天 inside it)
        # only opening a clause (春节前夕，甲来到…), never a topic (对春节期间的…工作进行部署)
        opening = m.start() == 0 or seg[m.start() - 1] in _CLAUSE_OPENERS
        if opening and not seg.startswith("的", m.end()) and not any(d.start <= start + m.start() < d.end for d in stated):
            found.append(DateMention(m.group(), start + m.start(), start + m.end(), vague=True))
    for word, offset in lex.relative_dates.items():
        for m in re.finditer(re.escape(word), seg):
            found.append(DateMention(word, start + m.start(), start + m.end(), offset=int(offset)))
    found.sort(key=lambda x: x.start)
    # drop mentions inside a longer one
    return [x for x in found if not any(o is not x and o.start <= x.start and x.end <= o.end and (o.end - o.start) > (x.end - x.start) for o in found)]


def _weekdays(seg: str, start: int, lex: EventLexicon, name_ends: frozenset[int] = frozenset()) -> list[DateMention]:
    """周五, 上周五, 星期三: days of the week; a bare 周 (a surname too) only before a clause mark
    or a time of day, or right after a person's name (甲周三在…: ``name_ends``), and never after
    a habit mark (每周五)."""
    if not lex.week_words or not lex.weekdays:
        return []
    out = []
    days = "".join(lex.weekdays)
    for word in lex.week_words:
        for m in re.finditer(f"{re.escape(word)}([{re.escape(days)}])", seg):
            a, b = m.start(), m.end()
            if seg.endswith(lex.week_habit_marks, 0, a) or any(o.start <= start + a < o.end for o in out):
                continue
            before = next((w for w in lex.week_before if seg.endswith(w, 0, a)), None)
            bare = word == "周" and before is None
            if bare and not (b == len(seg) or seg[b] in CLAUSE_END + SENT_END or seg.startswith(tuple(lex.time_of_day), b)
                             or seg[b] in lex.short_time_of_day or start + a in name_ends):
                continue
            a -= len(before) if before else 0
            out.append(DateMention(seg[a:b], start + a, start + b, weekday=lex.weekdays[m.group(1)],
                                   week_offset=lex.week_before.get(before) if before else None))
    return out


def _month_parts(seg: str, start: int, lex: EventLexicon) -> list[DateMention]:
    """3月初, 2024年3月中旬, 3月底: a part of a month, dated by its first day and bounded by its last."""
    if not lex.month_parts:
        return []
    parts = "|".join(map(re.escape, sorted(lex.month_parts, key=len, reverse=True)))
    out = []
    for m in re.finditer(rf"(?:(?P<y>{YEAR})年)?(?P<m>{_NUM})月(?P<part>{parts})", seg):
        month = to_int(m.group("m"))
        if 1 <= month <= 12:
            first, last = lex.month_parts[m.group("part")]
            out.append(DateMention(m.group(0), start + m.start(), start + m.end(),
                                   to_int(m.group("y")) if m.group("y") else None, month, first,
                                   month_part=(first, last)))
    return out


def _months(seg: str, start: int, lex: EventLexicon) -> list[DateMention]:
    """2019年3月, 今年3月, 3月份，: a month alone, with a year (written or relative) or before a
    clause mark; dated by its first day, bounded by its last."""
    years = "|".join(map(re.escape, lex.relative_years))
    out = []
    for m in re.finditer(rf"(?:(?P<y>{YEAR})年|(?P<w>{years or '(?!x)x'}))?(?P<m>{_NUM})月份?(?![0-9０-９〇零一二三四五六七八九十日号])", seg):
        month = to_int(m.group("m"))
        if not 1 <= month <= 12 or any(seg.startswith(p, m.end()) for p in lex.month_parts):
            continue
        if not (m.group("y") or m.group("w") or m.end() == len(seg) or seg[m.end()] in CLAUSE_END + SENT_END):
            continue
        out.append(DateMention(m.group(0), start + m.start(), start + m.end(),
                               to_int(m.group("y")) if m.group("y") else None, month, 1, month_part=(1, 31),
                               year_offset=lex.relative_years[m.group("w")] if m.group("w") else None))
    return out


def parse_iso(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# A dateline read without an issue date has no year: its month and day are kept in this leap year
# (2月29日 exists), and what is dated from it is written as a partial date (--01-05).
_UNKNOWN_YEAR = 2000


def dateline(text: str, lex: EventLexicon, issue: dt.date | None) -> dt.date | None:
    """The article's dateline (`北京1月5日电`), resolved to a full date when the issue date is known;
    without one, its month and day (in ``_UNKNOWN_YEAR``)."""
    m = lex.dateline_re.search(text)
    if not m:
        return None
    month, day = to_int(m.group(1)), to_int(m.group(2))
    return _resolve_year(issue, month, day) if issue is not None else _safe_date(_UNKNOWN_YEAR, month, day)


def _iso(day: dt.date, year_known: bool) -> str:
    """``day`` in ISO form, or as a partial date (--MM-DD) when its year is not known."""
    return day.isoformat() if year_known else f"--{day.month:02d}-{day.day:02d}"


def _weekday_date(base: dt.date, weekday: int, week_offset: int | None) -> dt.date:
    """The date of ``weekday`` (Monday 1): in the base's week moved by ``week_offset`` weeks, or,
    with none written (周五), the latest such day on or before the base."""
    if week_offset is None:
        return base - dt.timedelta(days=(base.isoweekday() - weekday) % 7)
    monday = base - dt.timedelta(days=base.isoweekday() - 1)
    return monday + dt.timedelta(days=7 * week_offset + weekday - 1)


def _resolve_year(issue: dt.date, month: int, day: int) -> dt.date | None:
    """The year that puts month/day on or before the issue date (news reports the past)."""
    cand = _safe_date(issue.year, month, day)
    if cand is not None and cand > issue:
        cand = _safe_date(issue.year - 1, month, day)
    return cand


def normalize(mention: DateMention, issue: dt.date | None, reference: dt.date | None = None) -> tuple[str | None, str | None]:
    """(date_norm, date_upper_bound). reference dates relative words (the dateline), else the issue date.
    A range is dated by its first day, bounded by its last (its month and year those of the first
    where not written)."""
    if mention.last is not None:
        last = mention.last
        last = replace(last, year=last.year if last.month else mention.year, month=last.month or mention.month)
        return normalize(replace(mention, last=None), issue, reference)[0], normalize(last, issue, reference)[0]
    if mention.vague:
        return None, issue.isoformat() if issue else None
    # a dateline with no issue date: month and day only (no weekday, no year counted from it)
    known = reference is None or issue is not None or reference.year != _UNKNOWN_YEAR
    if mention.weekday is not None:
        base = reference or issue
        return (_weekday_date(base, mention.weekday, mention.week_offset).isoformat() if base and known else None), None
    if mention.month_part is not None:
        first = normalize(replace(mention, month_part=None), issue, reference)[0]
        if first is None or len(first) != 10:
            return first, None
        year, month = int(first[:4]), int(first[5:7])
        last_day = min(mention.month_part[1], calendar.monthrange(year, month)[1])
        return first, dt.date(year, month, last_day).isoformat()
    if mention.offset is not None:
        base = reference or issue
        return (_iso(base + dt.timedelta(days=mention.offset), known) if base else None), None
    m, d = mention.month, mention.day
    if mention.month_offset is not None and m is None:   # 本月29日, 上月5日
        base = reference or issue
        if base is None:
            return f"---{d:02d}", None   # as a day alone: the day of some month
        months = base.year * 12 + base.month - 1 + mention.month_offset
        day = _safe_date(months // 12, months % 12 + 1, d)
        return (_iso(day, known) if day else None), None
    if mention.year_offset is not None and m is not None:   # 去年11月5日
        base = reference or issue
        if base is None or not known:
            return None, None
        mention = replace(mention, year=base.year + mention.year_offset, year_offset=None)
    if mention.year is not None and m is not None:
        day = _safe_date(mention.year, m, d)
        return (day.isoformat() if day else None), None
    if m is None:  # day only (5日): month from the reference or issue date
        base = reference or issue
        if base is None:
            return f"---{d:02d}", None
        month = base.month if d <= base.day else (base.month - 1 or 12)
        year = base.year if not (month == 12 and base.month == 1) else base.year - 1
        day = _safe_date(year, month, d)
        return (_iso(day, known) if day else None), None
    if issue is None:
        return f"--{m:02d}-{d:02d}", None
    day = _resolve_year(issue, m, d)
    return (day.isoformat() if day else None), None

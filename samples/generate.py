#!/usr/bin/env python3
"""Generate the CRM Bridge sample data set (a fictional Chinese company).

Run it from anywhere with Python 3.11 or newer (standard library only):

    python3 samples/generate.py

It (re)writes these files next to itself, byte for byte the same on every run
(fixed random seed, fixed zip timestamps, stored zip entries so that no zlib
version can change the bytes):

    managers.csv   20 account managers       UTF-8 with BOM, CRLF, Chinese headers
    customers.csv  300 customers             GB18030, CRLF, Chinese headers
    deals.csv      3000 deals                UTF-8 without BOM, LF, canonical English headers
    feedback.xlsx  800 feedback rows         xlsx (SpreadsheetML), Chinese headers
    targets.csv    159 quarterly targets     GB18030, CRLF, Chinese headers

The formats follow the CSV connector's contract (spec csv.md) and every row is
valid: this is the happy path, bad input is tested elsewhere.
The data is shaped so that, as of 2026-11-15T12:00:00+08:00, the alerts of
spec/kpi.md fire: stale KEY accounts, overdue deals, unresolved complaints, one
SATISFACTION_DROP (M010, 2026-Q2 -> 2026-Q3) and one OVERLOAD (M003, who took
over the book of M007 when she left). The script checks these properties on
the records it generates and prints a summary; see README.md for the story.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import math
import os
import random
import statistics
import sys
import zipfile
from xml.sax.saxutils import escape

SEED = 20261115
HERE = os.path.dirname(os.path.abspath(__file__))

# Every instant in this data set is local time in Asia/Shanghai (+08:00).
AS_OF = dt.datetime(2026, 11, 15, 12, 0)
AS_OF_DATE = AS_OF.date()
LAST_CLOSED_DAY = dt.date(2026, 11, 14)
DEALS_FROM = dt.date(2025, 1, 1)
PIPELINE_FROM = dt.date(2024, 10, 1)  # deals closing in early 2025 were opened in 2024
DEALS_TO = dt.date(2026, 12, 31)

N_CUSTOMERS = 300
N_DEALS = 3000
N_DEALS_DRAWN = 3200  # some start in late 2024 and close before 2025: dropped
N_FEEDBACK = 800

TEAM_EAST = "华东大客户部"
TEAM_SOUTH = "华南大客户部"
TEAM_PREMIUM = "高端客户部"

SATISFACTION_DROP_MANAGER = "M010"
OVERLOAD_MANAGER = "M003"

# id, name, e-mail local part (None: no e-mail), team (None: no team), senior,
# weight of the customer book, left on (None: active)
MANAGERS = [
    ("M001", "张伟", "zhang.wei", TEAM_EAST, True, 0.8, None),
    ("M002", "王芳", "wang.fang", TEAM_EAST, False, 1.0, None),
    ("M003", "李强", "li.qiang", TEAM_EAST, False, 1.0, None),
    ("M004", "刘洋", "liu.yang", TEAM_EAST, False, 0.95, None),
    ("M005", "陈静", "chen.jing", TEAM_EAST, False, 1.05, None),
    ("M006", "杨磊", "yang.lei", TEAM_EAST, False, 0.9, None),
    ("M007", "赵敏", "zhao.min", TEAM_EAST, False, 0.85, dt.date(2026, 9, 30)),
    ("M008", "黄俊", "huang.jun", TEAM_SOUTH, False, 1.0, None),
    ("M009", "周婷", "zhou.ting", TEAM_SOUTH, False, 0.95, None),
    ("M010", "吴刚", "wu.gang", TEAM_SOUTH, False, 1.0, None),
    ("M011", "徐丽", "xu.li", TEAM_SOUTH, False, 0.95, None),
    ("M012", "孙浩", None, TEAM_SOUTH, False, 1.05, None),
    ("M013", "马超", "ma.chao", TEAM_SOUTH, False, 1.0, None),
    ("M014", "朱琳", "zhu.lin", TEAM_SOUTH, False, 0.6, dt.date(2026, 10, 20)),
    ("M015", "胡斌", "hu.bin", TEAM_PREMIUM, True, 0.6, None),
    ("M016", "郭晓燕", "guo.xiaoyan", TEAM_PREMIUM, True, 0.6, None),
    ("M017", "何俊", "he.jun", TEAM_PREMIUM, True, 0.6, None),
    ("M018", "林峰", "lin.feng", TEAM_PREMIUM, True, 0.6, None),
    ("M019", "高雪", "gao.xue", TEAM_PREMIUM, False, 0.65, None),
    ("M020", "罗杰", "luo.jie", None, False, 0.6, None),
]
# Who took over the customers of a manager who left.
SUCCESSORS = {"M007": ["M003"], "M014": ["M008", "M009", "M011"]}
# M020 joined on this day: no customers before it and no target for 2025-Q1.
JOINED = {"M020": dt.date(2025, 4, 1)}
ZERO_TARGET = ("M007", (2026, 4))  # she left on 2026-09-30
MISSING_TARGET = ("M020", (2025, 1))

CITIES = {
    TEAM_EAST: ["上海", "杭州", "南京", "苏州", "宁波", "无锡", "合肥", "常州", "嘉兴"],
    TEAM_SOUTH: ["广州", "深圳", "东莞", "佛山", "厦门", "珠海", "福州", "中山", "惠州"],
    TEAM_PREMIUM: ["北京", "上海", "深圳", "广州", "杭州"],
    None: ["成都", "武汉", "西安", "重庆", "长沙", "天津"],
}
BRANDS = [
    "华信", "恒远", "鼎盛", "汇通", "金桥", "瑞丰", "博达", "宏图", "天成", "嘉禾",
    "永泰", "正元", "中和", "海纳", "新锐", "明阳", "东方", "锦程", "盛世", "宏达",
    "安泰", "启明", "众合", "联创", "远航", "星河", "智源", "万象", "凯旋", "华盈",
    "润泽", "晨光", "卓越", "信达", "和源", "泰和", "康华", "致远", "鑫源", "同创",
    "融信", "恒通", "华瑞", "明德", "长风", "九州", "德润", "弘毅", "百川", "蓝海",
]
INDUSTRIES = [
    "贸易", "科技", "物流", "实业", "电子", "机械", "化工", "医药", "食品", "纺织",
    "建材", "信息技术", "供应链管理", "新能源", "环保科技", "汽车零部件", "精密制造",
    "包装材料", "电气", "家居用品", "网络科技", "生物科技", "国际贸易", "光电",
]
PREMIUM_INDUSTRIES = ["投资", "控股", "实业", "资产管理", "置业", "能源", "医疗", "科技"]

STAGE_LABELS = {
    "QUALIFICATION": [("QUALIFICATION", 5), ("初步接洽", 4), ("资格审查", 1)],
    "NEEDS_ANALYSIS": [("NEEDS_ANALYSIS", 5), ("需求分析", 4), ("需求确认", 1)],
    "PROPOSAL": [("PROPOSAL", 5), ("方案报价", 3), ("方案制定", 2)],
    "NEGOTIATION": [("NEGOTIATION", 5), ("商务谈判", 4), ("谈判审核", 1)],
    "WON": [("WON", 8), ("赢单", 7), ("合同签订", 3), ("成交", 2)],
    "LOST": [("LOST", 9), ("输单", 8), ("丢单", 3)],
}
KIND_LABELS = {
    "SURVEY": [("满意度调查", 9), ("回访", 1)],
    "COMPLAINT": [("投诉", 1)],
    "PRAISE": [("表扬", 1)],
    "SUGGESTION": [("建议", 1)],
}
KEY_LABELS = [("重要客户", 14), ("重要", 2), ("VIP", 2), ("高净值", 2)]
NORMAL_LABELS = [("普通", 16), ("一般", 2), ("", 2)]
# Months of the year as a share of the busiest one (Spring Festival, Golden Week).
SEASON = {1: 0.85, 2: 0.55, 3: 1.0, 4: 0.95, 5: 0.95, 6: 1.05,
          7: 0.9, 8: 0.85, 9: 1.05, 10: 0.75, 11: 1.0, 12: 1.1}

rng = random.Random(SEED)


# --------------------------------------------------------------------------- helpers

def pick(weighted):
    labels = [label for label, _ in weighted]
    weights = [weight for _, weight in weighted]
    return rng.choices(labels, weights)[0]


def rand_date(lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def season_weight(day: dt.date) -> float:
    return SEASON[day.month] * (1.0 if day.year < 2026 else 1.1)


def spread_dates(lo: dt.date, hi: dt.date, n: int) -> list[dt.date]:
    """n dates in [lo, hi], one in each n-th of the seasonal mass (stratified), so
    that every customer's deals are spread over its life rather than clumped."""
    days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    cumulative, total = [], 0.0
    for day in days:
        total += season_weight(day)
        cumulative.append(total)
    return [days[min(bisect.bisect_left(cumulative, (i + rng.random()) / n * total), len(days) - 1)]
            for i in range(n)]


def office_time(day: dt.date) -> dt.datetime:
    """A moment on `day` during office hours, never after AS_OF."""
    latest = 19 * 60 if day < AS_OF_DATE else 11 * 60
    minute = rng.randint(8 * 60 + 30, latest)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


def quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarters():
    for year in (2025, 2026):
        for q in (1, 2, 3, 4):
            yield year, q


def fmt_date(day: dt.date, style: str) -> str:
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "slash0":
        return day.strftime("%Y/%m/%d")
    if style == "cn":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def fmt_money(cents: int, style: str) -> str:
    yuan, fen = divmod(cents, 100)
    plain = f"{yuan}.{fen:02d}"
    grouped = f"{yuan:,}.{fen:02d}"
    return {
        "plain": plain,
        "int": str(yuan) if fen == 0 else plain,
        "grouped": grouped,
        "yen": "¥" + grouped,
        "fullwidth_yen": "￥" + plain,
        "rmb": "RMB " + grouped,
        "cny": "CNY" + plain,
    }[style]


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    raw = [total * w / sum(weights) for w in weights]
    counts = [math.floor(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


# --------------------------------------------------------------------------- managers

managers = []
for mid, name, mail, team, senior, weight, left_on in MANAGERS:
    managers.append({
        "id": mid, "name": name, "team": team, "senior": senior, "weight": weight,
        "email": f"{mail}@example.com.cn" if mail else "",
        "left_on": left_on, "active": left_on is None,
        "win_rate": round(rng.uniform(0.40, 0.58), 3),
        "csat_base": round(rng.uniform(0.80, 0.92), 3),
    })
by_id = {m["id"]: m for m in managers}
active_ids = [m["id"] for m in managers if m["active"]]


# --------------------------------------------------------------------------- customers

def company_name(team, used):
    while True:
        city = rng.choice(CITIES[team])
        brand = rng.choice(BRANDS)
        if team == TEAM_PREMIUM:
            industry = rng.choice(PREMIUM_INDUSTRIES)
            suffix = pick([("集团有限公司", 5), ("有限公司", 3), ("股份有限公司", 2)])
        else:
            industry = rng.choice(INDUSTRIES)
            suffix = pick([("有限公司", 14), ("股份有限公司", 4), ("集团有限公司", 1)])
        name = f"{city}{brand}{industry}{suffix}"
        if name not in used:
            used.add(name)
            return name


customers = []
used_names: set[str] = set()
quotas = largest_remainder(N_CUSTOMERS, [m["weight"] for m in managers])
for manager, quota in zip(managers, quotas):
    successors = SUCCESSORS.get(manager["id"], [])
    team = manager["team"]
    key_slots = rng.sample(range(quota), round(quota * (0.5 if team == TEAM_PREMIUM else 0.07)))
    for k in range(quota):
        key = k in key_slots
        if manager["id"] in JOINED:
            created = rand_date(JOINED[manager["id"]], dt.date(2026, 10, 31))
        elif rng.random() < 0.72:
            created = rand_date(dt.date(2016, 3, 1), dt.date(2024, 12, 31))
        else:
            created = rand_date(dt.date(2025, 1, 2), dt.date(2026, 10, 31))
        if manager["left_on"]:
            created = min(created, manager["left_on"] - dt.timedelta(days=90))
        churned = None
        if rng.random() < (0.05 if key else 0.09):
            lo = max(created + dt.timedelta(days=150), dt.date(2025, 2, 1))
            if lo < dt.date(2026, 10, 31):
                churned = rand_date(lo, dt.date(2026, 10, 31))
        owner = manager["id"]
        previous = None
        if manager["left_on"] and (churned is None or churned >= manager["left_on"]):
            # Accounts churned before the manager left stay with her in the CRM.
            owner = successors[k % len(successors)]
            previous = (manager["id"], manager["left_on"])
        customers.append({
            "name": company_name(team, used_names), "owner": owner, "previous": previous,
            "key": key, "created": created, "churned": churned, "last_contact": None,
        })
customers.sort(key=lambda c: (c["created"], c["name"]))
for i, c in enumerate(customers, 1):
    c["id"] = f"C{i:04d}"
cust_by_id = {c["id"]: c for c in customers}


def owner_at(customer, day: dt.date) -> str:
    if customer["previous"] and day < customer["previous"][1]:
        return customer["previous"][0]
    return customer["owner"]


def alive_at_as_of(customer) -> bool:
    return customer["churned"] is None or customer["churned"] > AS_OF_DATE


# Last contact. KEY accounts are contacted within four weeks, except the ones
# picked to show STALE_KEY_ACCOUNT (kept well away from the 30- and 60-day limits).
live_keys = [c for c in customers
             if c["key"] and alive_at_as_of(c) and c["created"] < dt.date(2026, 5, 1)]
stale = rng.sample(live_keys, 10)
stale_plan = {c["id"]: plan for c, plan in zip(stale, ["none"] + ["high"] * 4 + ["medium"] * 5)}


def contact_before(latest: dt.datetime, days_lo: int, days_hi: int, floor: dt.date):
    days = rng.randint(days_lo, days_hi)
    day = max(floor, (latest - dt.timedelta(days=days)).date())
    moment = office_time(day)
    return min(moment, latest - dt.timedelta(hours=1))


for c in customers:
    plan = stale_plan.get(c["id"])
    if plan == "none":
        c["last_contact"] = None
    elif plan == "high":
        c["last_contact"] = contact_before(AS_OF, 65, 200, c["created"])
    elif plan == "medium":
        c["last_contact"] = contact_before(AS_OF, 33, 57, c["created"])
    elif c["churned"]:
        c["last_contact"] = contact_before(
            dt.datetime.combine(c["churned"], dt.time(18)), 3, 120, c["created"])
    elif c["key"]:
        c["last_contact"] = contact_before(AS_OF, 1, 26, c["created"])
    elif rng.random() < 0.04:
        c["last_contact"] = None
    else:
        c["last_contact"] = contact_before(AS_OF, 1, min(int(rng.expovariate(1 / 25)) + 1, 300),
                                           c["created"])


# --------------------------------------------------------------------------- deals

def activity_window(customer, first: dt.date, last: dt.date):
    lo = max(customer["created"], first)
    hi = last if customer["churned"] is None else min(last, customer["churned"] - dt.timedelta(days=1))
    return (lo, hi) if lo <= hi else None


deal_pool = []
for c in customers:
    window = activity_window(c, PIPELINE_FROM, LAST_CLOSED_DAY)
    if window:
        deal_pool.append((c, window, (3.0 if c["key"] else 1.0) * ((window[1] - window[0]).days + 1)))


def draw_amount(key: bool) -> int:
    if key:
        yuan = min(max(rng.lognormvariate(math.log(260_000), 0.75), 20_000), 2_000_000)
    else:
        yuan = min(max(rng.lognormvariate(math.log(55_000), 0.75), 5_000), 800_000)
    step = 1000 if yuan >= 100_000 else 100
    cents = int(round(yuan / step) * step) * 100
    if rng.random() < 0.12:
        cents += rng.randint(1, 9999)
    return min(max(cents, 5_000_00), 2_000_000_00)


def avoid_limit(days: int, limits: list[int]) -> int:
    """Keep a count of days at least 2 away from each limit, so no alert sits on an edge."""
    for limit in limits:
        if limit - 1 <= days <= limit + 1:
            return limit - 3
    return days


deal_starts = []
for (c, (lo, hi), _), n in zip(deal_pool, largest_remainder(N_DEALS_DRAWN, [w for _, _, w in deal_pool])):
    deal_starts.extend((c, created) for created in spread_dates(lo, hi, n))

deals = []
for c, created in deal_starts:
    cycle = int(rng.triangular(10, 160, 45))
    planned = created + dt.timedelta(days=cycle)
    if c["churned"] and planned >= c["churned"]:
        stage, close = "LOST", max(created, c["churned"] - dt.timedelta(days=rng.randint(0, 5)))
    elif planned <= LAST_CLOSED_DAY:
        late = (AS_OF_DATE - planned).days
        slip = 0.15 if late <= 45 else 0.05 if late <= 120 else 0.015 if late <= 200 else 0.0
        if c["churned"] is None and rng.random() < slip:
            stage = pick([("NEGOTIATION", 5), ("PROPOSAL", 3), ("NEEDS_ANALYSIS", 2)])
            close = AS_OF_DATE - dt.timedelta(days=avoid_limit(late, [30]))
            close = max(close, created)
        else:
            won = rng.random() < by_id[owner_at(c, planned)]["win_rate"] + (0.05 if c["key"] else 0)
            stage, close = ("WON" if won else "LOST"), planned
    else:
        progress = (AS_OF_DATE - created).days / cycle
        stage = ("QUALIFICATION" if progress < 0.25 else "NEEDS_ANALYSIS" if progress < 0.5
                 else "PROPOSAL" if progress < 0.75 else "NEGOTIATION")
        close = planned if planned <= DEALS_TO else DEALS_TO - dt.timedelta(days=rng.randint(0, 20))
        close = max(close, AS_OF_DATE + dt.timedelta(days=1))
    if close < DEALS_FROM:
        continue  # closed before the data set starts
    is_open = stage not in ("WON", "LOST")
    owner = owner_at(c, AS_OF_DATE if is_open else close)
    deals.append({
        "customer": "" if rng.random() < 0.01 else c["id"], "customer_ref": c,
        "owner": owner, "amount": draw_amount(c["key"]), "stage": stage,
        "close": close, "created": created, "open": is_open,
    })
deals = sorted(rng.sample(deals, N_DEALS), key=lambda d: d["created"])
for i, d in enumerate(deals, 1):
    d["id"] = f"D{i:05d}"


# --------------------------------------------------------------------------- feedback

fb_pool = []
for c in customers:
    window = activity_window(c, DEALS_FROM, AS_OF_DATE)
    if window:
        fb_pool.append((c, window, (2.0 if c["key"] else 1.0) * ((window[1] - window[0]).days + 1)))

EXTRA_SURVEYS = 6  # per quarter, for the SATISFACTION_DROP manager
feedback = []


def draw_score(kind: str, manager: str, when: dt.datetime):
    if kind == "SURVEY":
        p_high = by_id[manager]["csat_base"]
        if manager == SATISFACTION_DROP_MANAGER and quarter(when.date()) == (2026, 2):
            p_high = 0.95
        if manager == SATISFACTION_DROP_MANAGER and quarter(when.date()) == (2026, 3):
            p_high = 0.45
        if rng.random() < p_high:
            return pick([(5, 6), (4, 4)])
        return pick([(3, 6), (2, 3), (1, 1)])
    if kind == "PRAISE":
        return pick([(5, 12), (4, 3), (None, 5)])
    if kind == "COMPLAINT":
        return pick([(1, 2), (2, 2), (None, 6)])
    return pick([(4, 4), (3, 3), (5, 1), (None, 10)])


def resolution(kind: str, received: dt.datetime):
    """When the feedback was dealt with, to the minute, or None."""
    resolved = draw_resolution(kind, received)
    return resolved.replace(second=0, microsecond=0) if resolved else None


def draw_resolution(kind: str, received: dt.datetime):
    if kind == "SUGGESTION" and rng.random() < 0.3:
        resolved = received + dt.timedelta(days=rng.uniform(2, 20))
        return resolved if resolved < AS_OF - dt.timedelta(hours=1) else None
    if kind != "COMPLAINT":
        return None
    age_days = (AS_OF - received).total_seconds() / 86400
    if age_days < 6.5:
        if rng.random() < 0.5:
            return None
        lag = dt.timedelta(hours=rng.uniform(2, max(2.5, age_days * 24 - 2)))
        return received + lag if received + lag < AS_OF else None
    if received.date() >= dt.date(2026, 7, 1) and rng.random() < 0.22:
        return None if age_days > 7.5 else received + dt.timedelta(days=2)
    if rng.random() < 0.82:
        lag = dt.timedelta(hours=rng.uniform(2, 6.5 * 24))
    else:
        lag = dt.timedelta(hours=rng.uniform(7.5 * 24, 30 * 24))
    resolved = received + lag
    return resolved if resolved < AS_OF - dt.timedelta(hours=1) else received + dt.timedelta(days=3)


def add_feedback(c, received: dt.datetime, kind: str, blank_manager: bool):
    manager = owner_at(c, received.date())
    credited = c["owner"] if blank_manager else manager
    feedback.append({
        "customer": c["id"], "manager": "" if blank_manager else manager, "credited": credited,
        "received": received, "kind": kind, "score": draw_score(kind, credited, received),
        "resolved": resolution(kind, received),
    })


for n in range(N_FEEDBACK - 2 * EXTRA_SURVEYS - 1):
    c, (lo, hi), _ = rng.choices(fb_pool, [w for _, _, w in fb_pool])[0]
    received = office_time(rand_date(lo, hi))
    kind = pick([("SURVEY", 55), ("COMPLAINT", 15), ("PRAISE", 15), ("SUGGESTION", 15)])
    add_feedback(c, received, kind, rng.random() < 0.12)

# A complaint from two days ago, still open: not yet an UNRESOLVED_COMPLAINT, but
# it already weighs 3 in its manager's workload.
c, _, _ = rng.choice([entry for entry in fb_pool if alive_at_as_of(entry[0])])
add_feedback(c, office_time(AS_OF_DATE - dt.timedelta(days=2)), "COMPLAINT", False)
feedback[-1]["resolved"] = None

drop_customers = [c for c in customers
                  if c["owner"] == SATISFACTION_DROP_MANAGER and c["previous"] is None
                  and c["churned"] is None and c["created"] < dt.date(2026, 4, 1)]
for first, last in ((dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
                    (dt.date(2026, 7, 1), dt.date(2026, 9, 30))):
    for _ in range(EXTRA_SURVEYS):
        add_feedback(rng.choice(drop_customers), office_time(rand_date(first, last)), "SURVEY", False)


def csat(manager: str, q: tuple[int, int]):
    scores = [f["score"] for f in feedback
              if f["credited"] == manager and f["score"] is not None
              and quarter(f["received"].date()) == q]
    return (sum(1 for s in scores if s >= 4) / len(scores)) if scores else None


# Keep every other manager's csat from 2026-Q2 to 2026-Q3 well clear of the 0.15 limit.
Q2, Q3 = (2026, 2), (2026, 3)
for m in managers:
    while True:
        before, after = csat(m["id"], Q2), csat(m["id"], Q3)
        if before is None or after is None:
            break
        if m["id"] == SATISFACTION_DROP_MANAGER:
            # Aim for a good 2026-Q2 (>= 0.8) and a drop of 0.25 to 0.5 into 2026-Q3.
            mine = [f for f in feedback if f["credited"] == m["id"] and f["score"] is not None]
            in_q2 = [f for f in mine if quarter(f["received"].date()) == Q2]
            in_q3 = [f for f in mine if quarter(f["received"].date()) == Q3 and f["kind"] == "SURVEY"]
            if before < 0.8:
                f = next((f for f in in_q2 if f["kind"] == "COMPLAINT"), None)
                if f:
                    f["score"] = None
                else:
                    next(f for f in in_q2 if f["score"] < 4 and f["kind"] == "SURVEY")["score"] = 4
            elif before - after < 0.25:
                next(f for f in in_q3 if f["score"] >= 4)["score"] = 3
            elif before - after > 0.5:
                next(f for f in in_q3 if f["score"] < 4)["score"] = 4
            else:
                break
        else:
            if before - after < 0.08:
                break
            # Lift a low Q3 score, else drop a Q3 complaint's score, else lower a Q2 survey.
            mine = [f for f in feedback if f["credited"] == m["id"] and f["score"] is not None]
            low = [f for f in mine if quarter(f["received"].date()) == Q3 and f["score"] < 4
                   and f["kind"] in ("SURVEY", "SUGGESTION")]
            complaints = [f for f in mine if quarter(f["received"].date()) == Q3
                          and f["kind"] == "COMPLAINT"]
            high = [f for f in mine if quarter(f["received"].date()) == Q2 and f["score"] >= 4
                    and f["kind"] == "SURVEY"]
            if low:
                low[0]["score"] = 4
            elif complaints:
                complaints[0]["score"] = None
            else:
                high[0]["score"] = 3

feedback.sort(key=lambda f: f["received"])
for i, f in enumerate(feedback, 1):
    f["id"] = f"F{i:05d}"


# --------------------------------------------------------------------------- workload

def workloads() -> dict[str, int]:
    return {mid: sum(1 for c in customers if c["owner"] == mid and alive_at_as_of(c))
            + sum(1 for d in deals if d["owner"] == mid and d["open"])
            + 3 * sum(1 for f in feedback if f["credited"] == mid
                      and f["kind"] == "COMPLAINT" and f["resolved"] is None)
            for mid in active_ids}


def overload_ratios() -> dict[str, float]:
    """Workload / median workload of the team, for teams with 3 or more active managers."""
    load, ratios = workloads(), {}
    for team in (TEAM_EAST, TEAM_SOUTH, TEAM_PREMIUM, None):
        members = [mid for mid in active_ids if by_id[mid]["team"] == team]
        if len(members) >= 3:
            median = statistics.median(load[mid] for mid in members)
            ratios.update({mid: load[mid] / median for mid in members})
    return ratios


# Open pipelines vary by chance; so that only M003 stands out, the busiest of the
# others lose their oldest open deal (closed as lost this autumn) until all are
# within 1.3 x their team's median.
rebalanced = 0
while True:
    busy = sorted((r, mid) for mid, r in overload_ratios().items()
                  if mid != OVERLOAD_MANAGER and r >= 1.3)
    if not busy:
        break
    oldest = next(d for d in deals if d["owner"] == busy[-1][1] and d["open"] and d["close"] > AS_OF_DATE)
    rebalanced += 1
    oldest["stage"], oldest["open"] = "LOST", False
    # After both departures, so the deal stays with its current owner.
    oldest["close"] = rand_date(max(oldest["created"], dt.date(2026, 10, 21)), LAST_CLOSED_DAY)


# --------------------------------------------------------------------------- targets

won = {}
for d in deals:
    if d["stage"] == "WON":
        k = (d["owner"], quarter(d["close"]))
        won[k] = won.get(k, 0) + d["amount"]

targets = []
QUARTER_SHAPE = {1: 0.85, 2: 1.0, 3: 1.0, 4: 1.15}
for m in managers:
    complete = [q for q in quarters() if q < (2026, 4)
                and not (m["id"] in JOINED and q < quarter(JOINED[m["id"]]))
                and not (m["left_on"] and q > quarter(m["left_on"]))]
    average = sum(won.get((m["id"], q), 0) for q in complete) / max(len(complete), 1)
    for q in quarters():
        if (m["id"], q) == MISSING_TARGET:
            continue
        plan = average * (1.0 if q[0] == 2025 else 1.12) * QUARTER_SHAPE[q[1]] * rng.uniform(0.9, 1.1)
        cents = max(200_000, int(round(plan / 100 / 50_000)) * 50_000) * 100
        if (m["id"], q) == ZERO_TARGET:
            cents = 0
        bonus = ""
        if q[0] == 2026 and m["senior"]:
            bonus = "25000"
        elif q[0] == 2026 and m["id"] in ("M002", "M009", "M013"):
            bonus = "12000"
        targets.append({"manager": m["id"], "period": q, "amount": cents, "bonus": bonus})


# --------------------------------------------------------------------------- writers

def write_csv(name, encoding, newline, header, rows):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)


def fmt_instant(moment: dt.datetime, style: str) -> str:
    if style == "slash":
        return f"{moment.year}/{moment.month}/{moment.day} {moment:%H:%M}"
    return moment.strftime("%Y-%m-%d %H:%M")


write_csv("managers.csv", "utf-8-sig", "\r\n",
          ["工号", "姓名", "邮箱", "团队", "职级", "在职"],
          [[m["id"], m["name"], m["email"], m["team"] or "",
            "高端客户经理" if m["senior"] else "普通", "在职" if m["active"] else "离职"]
           for m in managers])

rows = []
for c in customers:
    style = pick([("slash", 17), ("iso", 3)])
    rows.append([
        c["id"], c["name"], c["owner"], pick(KEY_LABELS if c["key"] else NORMAL_LABELS),
        fmt_date(c["created"], style), fmt_date(c["churned"], style) if c["churned"] else "",
        fmt_instant(c["last_contact"], pick([("iso", 9), ("slash", 1)])) if c["last_contact"] else "",
    ])
write_csv("customers.csv", "gb18030", "\r\n",
          ["客户编号", "客户名称", "负责人工号", "客户级别", "创建日期", "流失日期", "最后跟进时间"], rows)

rows = []
for d in deals:
    style = pick([("iso", 17), ("slash", 3)])
    money = pick([("plain", 50), ("int", 18), ("yen", 15), ("grouped", 8),
                  ("rmb", 4), ("fullwidth_yen", 3), ("cny", 2)])
    rows.append([d["id"], d["customer"], d["owner"], fmt_money(d["amount"], money),
                 pick(STAGE_LABELS[d["stage"]]), fmt_date(d["close"], style),
                 fmt_date(d["created"], style)])
write_csv("deals.csv", "utf-8", "\n",
          ["id", "customer_id", "owner_id", "amount", "stage", "close_date", "created_on"], rows)

rows = []
for t in targets:
    year, q = t["period"]
    period = pick([(f"{year}-Q{q}", 4), (f"{year}年第{q}季度", 1)])
    amount = fmt_money(t["amount"], pick([("int", 7), ("plain", 2), ("grouped", 1)]))
    rows.append([t["manager"], period, amount, t["bonus"]])
write_csv("targets.csv", "gb18030", "\r\n", ["工号", "考核周期", "目标金额", "奖金基数"], rows)


# --------------------------------------------------------------------------- xlsx

EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def excel_serial(moment: dt.datetime) -> str:
    delta = moment - EXCEL_EPOCH
    return repr(delta.days + delta.seconds / 86400)


def column(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def text_cell(ref: str, value: str, style: int = 0) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def instant_cell(ref: str, moment: dt.datetime) -> str:
    if rng.random() < 0.6:
        return f'<c r="{ref}" s="1"><v>{excel_serial(moment)}</v></c>'
    return text_cell(ref, moment.strftime("%Y-%m-%dT%H:%M:%S+08:00"))


FB_HEADER = ["反馈编号", "客户编号", "客户经理编号", "反馈时间", "评分", "反馈类型", "解决时间"]
sheet_rows = ['<row r="1">' + "".join(text_cell(f"{column(i)}1", h, 2)
                                      for i, h in enumerate(FB_HEADER)) + "</row>"]
for r, f in enumerate(feedback, 2):
    cells = [text_cell(f"A{r}", f["id"]), text_cell(f"B{r}", f["customer"])]
    if f["manager"]:
        cells.append(text_cell(f"C{r}", f["manager"]))
    cells.append(instant_cell(f"D{r}", f["received"]))
    if f["score"] is not None:
        cells.append(f'<c r="E{r}"><v>{f["score"]}</v></c>')
    cells.append(text_cell(f"F{r}", pick(KIND_LABELS[f["kind"]])))
    if f["resolved"]:
        cells.append(instant_cell(f"G{r}", f["resolved"]))
    sheet_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
WIDTHS = [12, 10, 14, 20, 8, 12, 20]

parts = {
    "[Content_Types].xml": XML_DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>'),
    "_rels/.rels": XML_DECL + (
        f'<Relationships xmlns="{NS_PKG_REL}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>'),
    "xl/workbook.xml": XML_DECL + (
        f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
        '<sheets><sheet name="客户反馈" sheetId="1" r:id="rId1"/></sheets>'
        '</workbook>'),
    "xl/_rels/workbook.xml.rels": XML_DECL + (
        f'<Relationships xmlns="{NS_PKG_REL}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>'),
    "xl/styles.xml": XML_DECL + (
        f'<styleSheet xmlns="{NS_MAIN}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>'),
    "xl/worksheets/sheet1.xml": XML_DECL + (
        f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
        f'<dimension ref="A1:G{len(feedback) + 1}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        '<cols>' + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                           for i, w in enumerate(WIDTHS, 1)) + '</cols>'
        '<sheetData>' + "".join(sheet_rows) + '</sheetData>'
        '</worksheet>'),
}
with zipfile.ZipFile(os.path.join(HERE, "feedback.xlsx"), "w") as xlsx:
    for part, text in parts.items():
        info = zipfile.ZipInfo(part, date_time=(2026, 11, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        xlsx.writestr(info, text.encode("utf-8"))


# --------------------------------------------------------------------------- self-check

def check(condition: bool, message: str):
    if not condition:
        sys.exit("design check failed: " + message)


alerts = {}


def alert(kind, severity):
    alerts[(kind, severity)] = alerts.get((kind, severity), 0) + 1


for c in customers:
    if c["key"] and alive_at_as_of(c):
        if c["last_contact"] is None:
            alert("STALE_KEY_ACCOUNT", "HIGH")
        else:
            age = (AS_OF - c["last_contact"]).total_seconds() / 86400
            check(not (29 < age < 31 or 59 < age < 61), f"{c['id']} contact on a limit")
            if age > 60:
                alert("STALE_KEY_ACCOUNT", "HIGH")
            elif age > 30:
                alert("STALE_KEY_ACCOUNT", "MEDIUM")
for d in deals:
    if d["open"] and d["close"] < AS_OF_DATE:
        late = (AS_OF_DATE - d["close"]).days
        check(late not in (30, 31), f"{d['id']} overdue on the limit")
        alert("OVERDUE_DEAL", "HIGH" if late > 30 else "MEDIUM")
for f in feedback:
    if f["kind"] == "COMPLAINT" and f["resolved"] is None:
        age = (AS_OF - f["received"]).total_seconds() / 86400
        check(not 6.5 < age < 7.5, f"{f['id']} complaint on the limit")
        if age > 7:
            alert("UNRESOLVED_COMPLAINT", "HIGH")

drops = {}
for m in managers:
    before, after = csat(m["id"], Q2), csat(m["id"], Q3)
    if before is not None and after is not None:
        drops[m["id"]] = (before, after)
        if before - after >= 0.15:
            alert("SATISFACTION_DROP", "MEDIUM")
check([k for k, (b, a) in drops.items() if b - a >= 0.15] == [SATISFACTION_DROP_MANAGER],
      f"satisfaction drops: {drops}")

ratios = overload_ratios()
for mid, ratio in ratios.items():
    if ratio > 1.5:
        alert("OVERLOAD", "MEDIUM")
check([mid for mid, r in ratios.items() if r > 1.5] == [OVERLOAD_MANAGER], f"overload: {ratios}")
check(max(r for mid, r in ratios.items() if mid != OVERLOAD_MANAGER) < 1.35, f"overload: {ratios}")
workload = workloads()

print(f"managers {len(managers)}, customers {len(customers)} "
      f"({sum(c['key'] for c in customers)} KEY, {sum(1 for c in customers if c['churned'])} churned), "
      f"deals {len(deals)} ({sum(d['open'] for d in deals)} open), "
      f"feedback {len(feedback)}, targets {len(targets)}; "
      f"open deals closed as lost to even out the workload: {rebalanced}")
print("stages:", {s: sum(1 for d in deals if d["stage"] == s) for s in STAGE_LABELS})
print("kinds:", {k: sum(1 for f in feedback if f["kind"] == k) for k in KIND_LABELS},
      "no manager id:", sum(1 for f in feedback if not f["manager"]))
print(f"alerts as of {AS_OF.isoformat()}+08:00:")
for (kind, severity), count in sorted(alerts.items()):
    print(f"  {kind:22} {severity:6} {count}")
print("workload (ratio to team median):",
      ", ".join(f"{mid} {workload[mid]}" + (f" ({ratios[mid]:.2f})" if mid in ratios else "")
                for mid in active_ids))
print("csat 2026-Q2 -> 2026-Q3:",
      ", ".join(f"{mid} {b:.2f}->{a:.2f}" for mid, (b, a) in drops.items()))

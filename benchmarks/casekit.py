"""Helpers for the hand-written gate corpora (benchmarks/gate_blind*): real inputs from a
corpus folder's shop_inputs.json, fact phrases, case records. `use(folder)` points it at one
folder's shop before that folder's case modules are imported (benchmarks/gate_build.py)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

SHOP: dict = {}
CATALOG: dict = {}
CASES: list[dict] = []


def use(folder: Path) -> None:
    """Load one corpus folder's shop (shop_inputs.json, catalog.json) and start a new case list."""
    global SHOP, CATALOG
    SHOP = json.loads((folder / "shop_inputs.json").read_text(encoding="utf-8"))
    CATALOG = {p["product_id"]: p for p in json.loads((folder / "catalog.json").read_text(encoding="utf-8"))}
    CASES.clear()

ZH_CAT = {"electronics": "数码", "home": "家居", "toys": "玩具", "apparel": "服饰", "grocery": "食品",
          "sports": "运动", "beauty": "美妆个护", "kitchen": "厨房", "books": "图书", "outdoors": "户外"}
ZH_COLOR = {"navy": "藏青色", "black": "黑色", "white": "白色", "grey": "灰色", "red": "红色",
            "blue": "蓝色", "green": "绿色", "beige": "米色"}
ZH_MAT = {"cotton": "纯棉", "fleece": "抓绒", "wool": "羊毛", "silk": "真丝", "silicone": "硅胶",
          "cast iron": "铸铁", "non-stick": "不粘", "glass": "玻璃", "leather": "皮革", "cork": "软木",
          "memory foam": "记忆棉", "linen": "亚麻", "denim": "牛仔", "polyester": "涤纶",
          "aluminium": "铝合金", "carbon": "碳纤维", "brass": "黄铜", "paper": "纸质",
          "stainless steel": "不锈钢"}
ZH_SCENT = {"unscented": "无香型", "lavender": "薰衣草香", "citrus": "柑橘香"}
ZH_SIZE = {"single": "单人", "double": "双人", "king": "特大号", "queen": "大号"}
ZH_SEG = {"lapsed": "流失", "at-risk": "流失风险", "bargain-hunter": "性价比", "loyal": "忠实",
          "new": "新", "prospect": "潜在", "occasional": "偶尔购买的"}
ZH_FORMAT = {"paperback": "平装", "hardcover": "精装"}


def pd(pid: str, locale: str, segment: str) -> dict:
    for x in SHOP["product_descriptions"]:
        if x["product"]["product_id"] == pid and x["locale"] == locale and x["segment"] == segment:
            return copy.deepcopy(x)
    raise KeyError((pid, locale, segment))


def _pick(task: str, locale: str, segment: str | None, n: int, need_date: bool = False) -> dict:
    xs = [x for x in SHOP[task] if x["locale"] == locale and (segment is None or x["segment"] == segment)
          and (not need_date or x["prediction"]["next_order_date"])]
    return copy.deepcopy(xs[n % len(xs)])


def rm(locale: str, segment: str | None = None, n: int = 0) -> dict:
    return _pick("recommendation_messages", locale, segment, n)


def di(locale: str, segment: str | None = None, n: int = 0) -> dict:
    return _pick("demand_insights", locale, segment, n, need_date=True)


def money(v: float) -> str:
    return f"{v:.2f}"


def facts_en(attrs: dict) -> str:
    out = []
    for k, v in attrs.items():
        if k in ("color", "material", "format") or k == "scent":
            out.append(str(v))
        elif k == "roast":
            out.append(f"{v} roast")
        elif k == "pieces":
            out.append(f"{v} pieces")
        elif k == "pages":
            out.append(f"{v} pages")
        elif k == "skin":
            out.append(f"for {v}")
        elif k == "age":
            out.append(f"age {v}")
        else:
            out.append(f"{k} {v}")
    return ", ".join(out)


def facts_zh(attrs: dict) -> str:
    out = []
    for k, v in attrs.items():
        v = str(v)
        if k == "color":
            out.append(ZH_COLOR.get(v, v))
        elif k == "material":
            out.append(ZH_MAT.get(v, v) + "材质")
        elif k == "size":
            if v in ZH_SIZE:
                out.append(ZH_SIZE[v] + "尺寸")
            elif v.endswith("cm"):
                out.append("尺寸 " + v)
            elif v.startswith("EU"):
                out.append("尺码 " + v)
            else:
                out.append(v + " 码")
        elif k == "scent":
            out.append(ZH_SCENT.get(v, v))
        elif k in ("volume", "capacity") and v.endswith("person"):
            out.append(f"可容纳 {v.split('-')[0]} 人")
        elif k in ("volume", "capacity"):
            out.append(f"容量 {v}")
        elif k == "weight":
            out.append(f"重量 {v}")
        elif k == "storage":
            out.append(f"存储 {v}")
        elif k == "power":
            out.append(f"功率 {v}")
        elif k == "brightness":
            out.append(f"亮度 {v}")
        elif k == "battery":
            out.append(f"续航 {v}")
        elif k == "length":
            out.append(f"长度 {v}")
        elif k == "blade":
            out.append(f"刀刃 {v}")
        elif k == "resolution":
            out.append(f"分辨率 {v}")
        elif k == "age":
            out.append(f"适合 {v.rstrip('+')} 岁以上")
        elif k == "pieces":
            out.append(f"{v} 件")
        elif k == "pages":
            out.append(f"{v} 页")
        elif k == "format":
            out.append(ZH_FORMAT.get(v, v))
        elif k == "roast":
            out.append("深度烘焙" if v == "dark" else v)
        elif k == "skin":
            out.append("适合所有肤质" if v == "all skin types" else v)
        elif k == "comfort temperature":
            out.append(f"舒适温度 {v}")
        else:
            out.append(f"{k} {v}")
    return "，".join(out)


def ctx(task: str, x: dict) -> dict:
    """Names a template may use: {t} {b} {p} {c} {f} for a product, {t0} {p0} ... for messages."""
    d: dict = {"seg": x["segment"], "segh": x["segment"].replace("-", " "),
              "segzh": ZH_SEG.get(x["segment"], x["segment"])}
    if task == "product_descriptions":
        p = x["product"]
        d |= {"t": p["title"], "b": p["brand"], "p": money(p["price"]), "cur": p["currency"],
              "c": p["category"], "czh": ZH_CAT.get(p["category"], p["category"]),
              "f": facts_en(p["attributes"]), "F": facts_en(p["attributes"])[:1].upper() + facts_en(p["attributes"])[1:],
              "fzh": facts_zh(p["attributes"])}
        for k, v in p["attributes"].items():
            d["a_" + k.replace(" ", "_")] = v
    else:
        u = x["user"]
        d |= {"top": u["top_category"], "nxt": u["next_category"], "w": u["weeks_since_last_order"],
              "fq": u["frequency"], "topzh": ZH_CAT.get(u["top_category"] or "", u["top_category"]),
              "nxtzh": ZH_CAT.get(u["next_category"] or "", u["next_category"])}
    if task == "recommendation_messages":
        for i, p in enumerate(x["products"]):
            d |= {f"t{i}": p["title"], f"p{i}": money(p["price"]), f"b{i}": p["brand"], f"c{i}": p["category"],
                  f"c{i}zh": ZH_CAT.get(p["category"], p["category"])}
    if task == "demand_insights":
        pr = x["prediction"]
        from datetime import date, timedelta
        d |= {"prob": f"{pr['p_purchase_30d']}", "exp": f"{pr['expected_orders_30d']}",
              "date": pr["next_order_date"], "pnxt": pr["next_category"],
              "pnxtzh": ZH_CAT.get(pr["next_category"] or "", pr["next_category"]),
              "send": (date.fromisoformat(pr["next_order_date"]) - timedelta(days=2)).isoformat()}
    return d


FIELDS = {"product_descriptions": ("headline", "description"),
          "recommendation_messages": ("subject", "body"),
          "demand_insights": ("summary", "next_need", "suggested_send_date")}
PREFIX = {"product_descriptions": "pd", "recommendation_messages": "rm", "demand_insights": "di"}


def add(task: str, locale: str, label: str, family: str, x: dict, texts, why: str, raw: bool = False) -> None:
    """texts: tuple of templates (one per text field; the insight's send date is added when missing)."""
    assert x["locale"] == locale, (x["locale"], locale)
    d = ctx(task, x)
    vals = list(texts) if raw else [t.format(**d) for t in texts]
    if task == "demand_insights" and len(vals) == 2:
        vals.append(d["send"])
    out = dict(zip(FIELDS[task], vals, strict=True))
    n = sum(1 for c in CASES if c["task"] == task and c["locale"] == locale and c["family"] == family
            and c["label"] == label) + 1
    cid = f"{PREFIX[task]}-{locale}-{label}-{family}-{n:02d}"
    CASES.append({"id": cid, "task": task, "locale": locale, "label": label, "family": family,
                  "inputs": x, "output": out, "why": why})


NUM = re.compile(r"\d+(?:\.\d+)?")

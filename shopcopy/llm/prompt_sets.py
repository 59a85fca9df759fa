"""Prompt set v2: one YAML file per task x locale (shopcopy/llm/prompts/v2/<task>/<locale>.yaml)
with an instruction, labels and exemplars, rendered in one of two forms:

- chat: the instruction as the system turn, each exemplar as a user/assistant pair, the item last
  (for instruct models; the reply is JSON as in v1);
- completion: few-shot text for base models: intro, exemplars, the item's facts and the first
  output label; the reply is `Label: text` lines up to the `###` stop sequence.

Facts are labelled lines (tiny models follow `Price: 8.99 USD` far better than a JSON blob), each
value made inert by guardrails.neutralise. The exemplar whose segment matches the item's angle
goes last, nearest to the item: that is what makes a tiny model follow the angle. The version is
a hash of the task's files (all locales), the angles file and FORMAT_VERSION.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from shopcopy.guardrails import neutralise

SETS_DIR = Path(__file__).resolve().parent / "prompts" / "v2"
FORMAT_VERSION = "2.0"  # bump when the rendering below changes what the model sees
END = "###"
# Output fields the model writes per task; the insight's send date is computed, not written.
WRITES = {
    "product_descriptions": ("headline", "description"),
    "recommendation_messages": ("subject", "body"),
    "demand_insights": ("summary", "next_need"),
}
# Segments without an exemplar of their own borrow the nearest angle's exemplar.
EXEMPLAR_FOR = {"at-risk": "lapsed", "prospect": "new", "occasional": "new", "unknown": "new"}
FALLBACK_LOCALE = "en-US"


def _inert(value) -> str:
    return neutralise(" ".join(str(value).split())).replace(END, "# # #")


def send_date(inputs: dict, days_before: int = 2) -> str | None:
    """The insight's send date: a fixed number of days before the predicted next order."""
    nxt = (inputs.get("prediction") or {}).get("next_order_date")
    if not nxt:
        return None
    return (date.fromisoformat(str(nxt)[:10]) - timedelta(days=days_before)).isoformat()


@dataclass(frozen=True)
class LocaleSet:
    """The prompt material of one task in one locale."""

    task: str
    locale: str
    spec: dict
    angles: dict

    @property
    def sep(self) -> str:
        return "：" if self.locale.lower().startswith("zh") else ": "

    def _label(self, name: str) -> str:
        return self.spec["labels"][name]

    def _category(self, value):
        return self.spec.get("categories", {}).get(value, value) if value else value

    def angle(self, segment: str) -> str:
        return self.angles.get(segment) or self.angles.get("unknown") or segment

    def facts(self, inputs: dict) -> list[str]:
        """The item's facts as labelled lines (product list items as `- ...`)."""
        seg = inputs.get("segment") or "unknown"
        if self.task == "product_descriptions":
            p = inputs["product"]
            names = self.spec.get("attribute_names", {})
            details = "; ".join(f"{names.get(k, k)} {v}" for k, v in (p.get("attributes") or {}).items())
            pairs = [("title", p["title"]), ("brand", p.get("brand")), ("category", self._category(p["category"])),
                     ("price", f"{p['price']:.2f} {p['currency']}"), ("details", details), ("angle", self.angle(seg))]
            items = []
        elif self.task == "recommendation_messages":
            u = inputs.get("user") or {}
            pairs = [("angle", self.angle(seg)), ("favourite", self._category(u.get("top_category")))]
            items = [f"{p['title']}, {p['price']:.2f} {p['currency']}" for p in inputs["products"]]
        else:
            u, pr = inputs.get("user") or {}, inputs["prediction"]
            pairs = [("segment", self.spec.get("segments", {}).get(seg, seg)),
                     ("favourite", self._category(u.get("top_category"))),
                     ("probability", pr.get("p_purchase_30d")), ("expected", pr.get("expected_orders_30d")),
                     ("next_date", pr.get("next_order_date")), ("next_category", self._category(pr.get("next_category"))),
                     ("send_date", send_date(inputs, self.spec.get("send_days_before", 2)))]
            items = []
        lines = [f"{self._label(k)}{self.sep}{_inert(v)}" for k, v in pairs if v not in (None, "")]
        if items:
            lines += [f"{self._label('products')}{self.sep}".rstrip()] + [f"- {_inert(i)}" for i in items]
        return lines

    def exemplars(self, inputs: dict) -> list[dict]:
        seg = inputs.get("segment") or "unknown"
        ex = list(self.spec.get("exemplars") or [])
        want = seg if any(e["inputs"]["segment"] == seg for e in ex) else EXEMPLAR_FOR.get(seg)
        return [e for e in ex if e["inputs"]["segment"] != want] + [e for e in ex if e["inputs"]["segment"] == want]

    def output_lines(self, output: dict) -> str:
        return "\n".join(f"{self._label(f)}{self.sep}{output[f]}" for f in WRITES[self.task])

    def completion(self, inputs: dict) -> str:
        parts = [self.spec["intro"].strip(), ""]
        for e in self.exemplars(inputs):
            parts += [*self.facts(e["inputs"]), self.output_lines(e["output"]), END, ""]
        first = WRITES[self.task][0]
        return "\n".join([*parts, *self.facts(inputs), f"{self._label(first)}{self.sep}".rstrip()])

    def chat(self, inputs: dict, *, strict: bool = False) -> list[dict]:
        system = self.spec["system"].strip()
        if strict and self.spec.get("strict"):
            system += "\n" + self.spec["strict"].strip()
        msgs = [{"role": "system", "content": system}]
        for e in self.exemplars(inputs):
            reply = dict(e["output"])
            if self.task == "demand_insights":
                reply["suggested_send_date"] = send_date(e["inputs"], self.spec.get("send_days_before", 2))
            msgs += [{"role": "user", "content": "\n".join(self.facts(e["inputs"]))},
                     {"role": "assistant", "content": json.dumps(reply, ensure_ascii=False)}]
        return [*msgs, {"role": "user", "content": "\n".join(self.facts(inputs))}]

    def parse(self, text: str, inputs: dict) -> dict | None:
        """Output fields from a completion that starts right after the first label; None when a
        field is missing or empty (the caller records it as an unusable reply)."""
        text = (text or "").split(END)[0]
        names, out = WRITES[self.task], {}
        for i, name in enumerate(names):
            if i:
                m = re.search(rf"(?m)^\s*{re.escape(self._label(name))}\s*[:：]", text)
                if not m:
                    return None
                text = text[m.end():]
            if i + 1 < len(names):
                m = re.search(rf"(?m)^\s*{re.escape(self._label(names[i + 1]))}\s*[:：]", text)
                value = text[: m.start()] if m else text
                text = text[m.start():] if m else ""
            else:
                value = text.strip().split("\n")[0]
            out[name] = " ".join(value.split())
        if not all(out.values()):
            return None
        if self.task == "demand_insights":
            out["suggested_send_date"] = send_date(inputs, self.spec.get("send_days_before", 2))
            if out["suggested_send_date"] is None:
                return None
        return out

    @property
    def max_tokens(self) -> int | None:
        return self.spec.get("max_tokens")


@dataclass(frozen=True)
class TaskPrompt:
    """What the generation engine asks with for one task in one form (chat | completion)."""

    task: str
    form: str
    version: str
    root: Path = SETS_DIR

    @property
    def name(self) -> str:
        return f"{self.task}/v2-{self.form}"

    def locale_set(self, locale: str) -> LocaleSet:
        return _locale_set(self.root, self.task, locale)

    def chat(self, inputs: dict, *, strict: bool = False) -> list[dict]:
        return self.locale_set(inputs.get("locale") or FALLBACK_LOCALE).chat(inputs, strict=strict)

    render = chat  # the v1 Prompt's name for it

    def completion(self, inputs: dict) -> str:
        return self.locale_set(inputs.get("locale") or FALLBACK_LOCALE).completion(inputs)

    def parse(self, text: str, inputs: dict) -> dict | None:
        return self.locale_set(inputs.get("locale") or FALLBACK_LOCALE).parse(text, inputs)

    def max_tokens(self, inputs: dict) -> int | None:
        return self.locale_set(inputs.get("locale") or FALLBACK_LOCALE).max_tokens

    def finalize(self, output: dict, inputs: dict) -> dict:
        """The insight's send date is the computed one in both forms (a chat model copying it
        was seen writing 2018-04-29); the model's own date stays only when none can be computed."""
        if self.task == "demand_insights" and (when := send_date(inputs)):
            return {**output, "suggested_send_date": when}
        return output


def _read_yaml(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"Prompt set file {path} is not valid YAML: {exc}") from None


def load_spec(root: Path, task: str, locale: str, required: set[str]) -> tuple[str, dict, dict]:
    """The locale's prompt set file of `task` under `root` (the fallback locale's when it has
    none) checked for `required` keys: (locale it is for, its spec, that locale's angles)."""
    path = root / task / f"{locale}.yaml"
    if not path.is_file():  # a locale without its own set is written with the fallback's
        path = root / task / f"{FALLBACK_LOCALE}.yaml"
    spec = _read_yaml(path)
    if missing := required - set(spec):
        raise ValueError(f"Prompt set file {path} lacks {sorted(missing)}")
    angles = _read_yaml(root / "angles.yaml")
    return path.stem, spec, angles.get(path.stem) or angles.get(FALLBACK_LOCALE, {})


def files_version(root: Path, task: str, head: str) -> str:
    """A hash of the task's files (all locales), the angles file and `head` (format | form)."""
    files = sorted((root / task).glob("*.yaml")) + [root / "angles.yaml"]
    if not files[:-1]:
        raise FileNotFoundError(f"No prompt set files in {root / task} for task '{task}'")
    digest = hashlib.sha256(head.encode())
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:12]


@cache
def _locale_set(root: Path, task: str, locale: str) -> LocaleSet:
    return LocaleSet(task, *load_spec(root, task, locale, {"system", "intro", "labels", "exemplars"}))


def set_version(task: str, form: str, root: Path = SETS_DIR) -> str:
    return files_version(root, task, f"{FORMAT_VERSION}|{form}")


def load_task_prompt(task: str, form: str, root: Path = SETS_DIR) -> TaskPrompt:
    if form not in ("chat", "completion"):
        raise ValueError(f"Unknown prompt form '{form}'; expected chat or completion")
    return TaskPrompt(task, form, set_version(task, form, root), root)

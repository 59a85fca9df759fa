"""The embedded models as installed from PyPI: Gemma is assembled once, checked, and reused."""

from __future__ import annotations

import pytest

from shopcopy.llm import models, serve
from shopcopy.llm.models import MODELS, EmbeddedModelError, embedded_model


@pytest.mark.slow
def test_gemma_is_assembled_once_into_the_cache_and_a_damaged_file_is_rebuilt(tmp_path):
    path = MODELS["gemma3-270m"].locate(tmp_path)
    assert path.parent == tmp_path and path.stat().st_size > 200_000_000
    assert path.read_bytes()[:4] == b"GGUF"
    mtime = path.stat().st_mtime_ns
    assert MODELS["gemma3-270m"].locate(tmp_path) == path and path.stat().st_mtime_ns == mtime  # reused
    with path.open("r+b") as f:  # damage it: size changes, so the stamp no longer matches
        f.truncate(1000)
    again = MODELS["gemma3-270m"].locate(tmp_path)
    assert again.stat().st_size > 200_000_000 and not list(tmp_path.glob(".*.part"))


def test_unknown_model_names_the_choices():
    with pytest.raises(EmbeddedModelError, match="gemma3-270m"):
        embedded_model("gpt-5")


def test_model_cache_dir_follows_the_setting_then_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert models.model_cache_dir() == tmp_path / "shopcopy" / "models"
    assert models.model_cache_dir(tmp_path / "x") == tmp_path / "x"


def test_extra_buffers_are_off_only_where_the_cpu_has_amx(tmp_path, monkeypatch):
    amx, plain = tmp_path / "amx", tmp_path / "plain"
    amx.write_text("flags\t\t: fpu avx512f amx_bf16 amx_tile amx_int8\n")
    plain.write_text("flags\t\t: fpu avx2\n")
    assert serve.cpu_has_amx(amx) and not serve.cpu_has_amx(plain)
    assert not serve.cpu_has_amx(tmp_path / "missing")
    assert serve.extra_buffers_wanted("on") and not serve.extra_buffers_wanted("off")
    monkeypatch.setattr(serve, "cpu_has_amx", lambda: True)
    assert not serve.extra_buffers_wanted("auto")


@pytest.mark.llm
@pytest.mark.slow
def test_embedded_gemma_writes_chinese_copy_in_the_completion_form():
    """The reason Gemma ships: zh-CN copy that is Chinese (SmolLM2 answers in English)."""
    from shopcopy.generate.quality import in_language
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.prompt_sets import END, load_task_prompt
    from shopcopy.llm.server import _embedded_endpoint, embedded_server
    from shopcopy.settings import get_settings

    s = get_settings(llm_base_url=None, llm_timeout_s=120)
    item = {"locale": "zh-CN", "segment": "loyal",
            "product": {"product_id": "P1", "title": "Hearthly Zen Desk Lamp Grey", "brand": "Hearthly",
                        "category": "home", "price": 39.99, "currency": "USD", "attributes": {"color": "grey", "power": "9 W"}}}
    prompt = load_task_prompt("product_descriptions", "completion")
    with embedded_server(s, model_key="gemma3-270m") as url:
        endpoint = _embedded_endpoint(url, "gemma3-270m", s)
        client = LLMClient(endpoint, s)
        assert client.model == "gemma-3-270m-q4_k_m" and endpoint.form == "completion"
        result = client.complete_text(prompt.completion(item), lambda t: prompt.parse(t, item),
                                      max_tokens=110, temperature=0, stop=[END, "\n\n"])
    record = result.records[0]
    assert record.tokens_in > 300 and record.tokens_out > 0
    assert result.ok, record.error
    assert in_language("zh-CN", result.output["headline"] + result.output["description"], item), result.output

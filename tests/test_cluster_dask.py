"""Cluster runs on a real LocalCluster (2 processes x 1 thread), started once for the module.

The scheduler here allows no worker death per task (`allowed-failures` 0), so a task whose
worker dies goes straight to halving: the tests see the whole recovery path quickly.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import orjson
import pytest

distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402  (installed with distributed)
import dask  # noqa: E402

from article_annotator.cluster.dask_engine import PipelinePlugin, annotate_to_dir  # noqa: E402
from article_annotator.cluster.task import WORKER_DIED  # noqa: E402
from article_annotator.pipeline import Pipeline  # noqa: E402

from conftest import invoke  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers need not import tests/

MARKER = "Zorblax-kill-marker"
SENTENCES = [
    "The mayor said on Monday that the budget vote would wait until March.",
    "Officials in Ottawa announced a 25% tariff on steel imports from China.",
    '"We will not back down," said Maria Lopez, the union leader, on Tuesday.',
    "The summit opens next Friday in Geneva, the foreign ministry said.",
    "Shares of Acme Corp fell 3% after the company cut its forecast.",
]


def _local_client():
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=50)
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def client():
    yield from _local_client()


@pytest.fixture
def own_client():
    """A cluster for one test that kills workers: restarting nannies must not reach the
    shared cluster's next test (a scheduler call made while a worker restarts can fail)."""
    yield from _local_client()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A JSONL file big enough to be cut in byte ranges, a folder of texts, one bad line."""
    root = tmp_path_factory.mktemp("corpus")
    lines = [json.dumps({"id": f"n{i}", "text": " ".join(SENTENCES[(i + k) % 5] for k in range(3))}) for i in range(24)]
    lines.insert(7, "{not json")
    lines.insert(12, "")
    (root / "news.jsonl").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    texts = root / "texts"
    texts.mkdir()
    for i in range(5):
        (texts / f"story-{i}.txt").write_text(" ".join(SENTENCES[i:] + SENTENCES[:i]), encoding="utf-8")
    return root


ANNOTATORS = ["dates", "tariffs"]


def _inputs(corpus: Path) -> list[str]:
    return [str(corpus / "news.jsonl"), str(corpus / "texts")]


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory) -> bytes:
    """`annotate -j 1` on the same inputs."""
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    result = invoke(CliRunner(), "run", *_inputs(corpus), "-a", ",".join(ANNOTATORS), "-j", "1", "-o", str(out), "-q")
    assert result.exit_code == 1  # the bad JSONL line
    return out.read_bytes()


def _parts(folder: Path) -> bytes:
    manifest = orjson.loads((folder / "_manifest.json").read_bytes())
    return b"".join((folder / p["name"]).read_bytes() for p in manifest["parts"])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith("piece-"))


def _address(client) -> str:
    return client.scheduler.address


def test_parts_equal_the_j1_output(client, corpus, reference, runner, tmp_path, validator) -> None:
    out = tmp_path / "out"
    result = invoke(runner, "run", *_inputs(corpus), "-a", ",".join(ANNOTATORS), "--cluster", _address(client),
                    "--split-size", "1k", "-o", str(out))
    assert result.exit_code == 1, result.stderr  # one bad line, named
    assert "news.jsonl:8: invalid JSON" in result.stderr
    assert _parts(out) == reference
    manifest = orjson.loads((out / "_manifest.json").read_bytes())
    assert len(manifest["parts"]) >= 4 and manifest["documents"] == 29 and manifest["errors"] == 1
    assert manifest["versions"]["spacy"] and set(ANNOTATORS) <= set(manifest["annotators"])  # with their dependencies
    errors = [orjson.loads(line) for line in (out / "_errors.jsonl").read_bytes().splitlines()]
    assert [(e["line"], e["reason"][:12]) for e in errors] == [(8, "invalid JSON")]
    for line in reference.splitlines():
        validator.validate(orjson.loads(line))
    merged = tmp_path / "all.jsonl"
    assert invoke(runner, "merge", str(out), "-o", str(merged)).exit_code == 0
    assert merged.read_bytes() == reference


def test_resume_is_idempotent_and_redoes_only_what_is_missing(client, corpus, reference, runner, tmp_path) -> None:
    out = tmp_path / "out"
    args = ["run", *_inputs(corpus), "-a", ",".join(ANNOTATORS), "--cluster", _address(client), "--split-size", "1k", "-o", str(out)]
    invoke(runner, *args)
    refused = invoke(runner, *args)
    assert refused.exit_code == 2 and "--resume" in refused.stderr
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")}
    again = invoke(runner, *args, "--resume")
    assert again.exit_code == 1 and _parts(out) == reference
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")} == before  # nothing rewritten
    (out / "part-00001.jsonl").unlink()
    (out / "part-00002.jsonl").write_bytes(b'{"torn')
    (out / ".part-00003.jsonl.x.tmp").write_bytes(b"left by a killed attempt")
    fixed = invoke(runner, *args, "--resume")
    assert fixed.exit_code == 1 and _parts(out) == reference and not _leftovers(out)


def test_a_worker_killed_mid_run_still_gives_the_whole_output(own_client, corpus, reference, tmp_path) -> None:
    client = own_client
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_one_worker(done: dict) -> None:
        if not killed:
            pids = client.run(os.getpid)
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    manifest = annotate_to_dir(client, _inputs(corpus), out, annotators=ANNOTATORS, split_size=512, on_done=kill_one_worker)
    assert killed
    assert _parts(out) == reference
    assert manifest["documents"] == 29 and manifest["errors"] == 1
    assert not _leftovers(out)
    client.wait_for_workers(2, timeout=120)


class KillingPipeline(Pipeline):
    """Kills its own worker process on the marker document, as a segfault in a parser would."""

    def run(self, items, jobs=1):
        def check(stream):
            for item in stream:
                if MARKER in getattr(item, "text", ""):
                    os._exit(1)
                yield item
        return super().run(check(items), jobs)


class KillingPlugin(PipelinePlugin):
    def build(self) -> Pipeline:
        return KillingPipeline(self.names, model=self.model, batch_size=self.batch_size)


def test_a_document_that_kills_workers_is_one_error_and_the_rest_is_written(own_client, corpus, runner, tmp_path) -> None:
    client = own_client
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"k{i}", "text": SENTENCES[i % 5]}) for i in range(12)]
    lines[6] = json.dumps({"id": "poison", "text": f"The {MARKER} document said nothing."})
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = tmp_path / "ref.jsonl"
    invoke(runner, "run", str(source), "-a", "dates", "-o", str(reference), "-q")
    expected = b"".join(line for line in reference.read_bytes().splitlines(keepends=True) if b'"poison"' not in line)
    plugin = KillingPlugin(["dates"], None)
    out = tmp_path / "out"
    try:
        manifest = annotate_to_dir(client, [str(source)], out, annotators=["dates"], split_size=300, plugin=plugin)
    finally:
        client.unregister_worker_plugin(plugin.plugin_name)
    assert _parts(out) == expected
    assert manifest["errors"] == 1 and manifest["documents"] == 11
    errors = [orjson.loads(line) for line in (out / "_errors.jsonl").read_bytes().splitlines()]
    assert errors == [{"path": str(source), "reason": WORKER_DIED, "line": 7, "severity": "error"}]
    assert not _leftovers(out)
    client.wait_for_workers(2, timeout=120)


def test_merge_refuses_a_folder_whose_hashes_do_not_match(client, corpus, runner, tmp_path) -> None:
    out = tmp_path / "out"
    annotate_to_dir(client, [str(corpus / "texts")], out, annotators=["dates"], split_size=200)
    part = out / "part-00001.jsonl"
    part.write_bytes(part.read_bytes().replace(b'"dates"', b'"Dates"', 1))
    merged = tmp_path / "all.jsonl"
    result = invoke(runner, "merge", str(out), "-o", str(merged))
    assert result.exit_code == 1
    assert "part-00001.jsonl: sha256 does not match the manifest" in result.stderr
    assert not merged.exists()
    (out / "_manifest.json").unlink()
    unfinished = invoke(runner, "merge", str(out))
    assert unfinished.exit_code == 1 and "did not finish" in unfinished.stderr and unfinished.stdout == ""

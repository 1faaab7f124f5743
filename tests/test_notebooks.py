"""The notebooks in notebooks/ run top to bottom in a fresh kernel on every test run.

The kernel is this interpreter (the project's venv): a kernel spec written to a
temporary JUPYTER_PATH names ``sys.executable``, so a user-level "python3"
kernel pointing at another Python cannot be picked up by mistake. The
notebooks assert their own results (every chart they draw is non-empty), so a
failing assertion in a cell fails the test.
"""

from __future__ import annotations

import json
import sys
import time

import pytest

from tests.conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_archive_analysis.ipynb", "03_archive_knowledge.ipynb"]
KERNEL = "vnextract-test"
# "well under a minute" each on a laptop; generous here for slow CI machines
BUDGET_SECONDS = 120


@pytest.fixture()
def fresh_kernel(tmp_path, monkeypatch):
    """A kernel spec for this interpreter, and Jupyter/IPython dirs of our own."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "vnextract test", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # no user startup files
    return KERNEL


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_without_outputs(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code, "a notebook without code cells tests nothing"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:80]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom(name, fresh_kernel):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=fresh_kernel,
        timeout=BUDGET_SECONDS,
        resources={"metadata": {"path": str(NOTEBOOKS)}},  # cells run in notebooks/
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError on the first failing cell
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET_SECONDS, f"{name} took {elapsed:.0f} s"
    errors = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors

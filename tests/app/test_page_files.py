"""Every page starts with the one setup call, and never uses st.navigation."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from analysis.settings import PROJECT_ROOT

PAGE_FILES = [PROJECT_ROOT / "dashboard.py", *sorted((PROJECT_ROOT / "pages").glob("*.py"))]


def _body(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    body = list(tree.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the module docstring
    return tree, body


@pytest.mark.parametrize("path", PAGE_FILES, ids=[p.name for p in PAGE_FILES])
def test_first_line_is_page_setup(path):
    _, body = _body(path)
    imp, first = body[0], body[1]
    assert isinstance(imp, ast.ImportFrom) and imp.module == "ui.setup"
    assert [a.name for a in imp.names] == ["page_setup"]
    assert isinstance(first, ast.Assign) and [t.id for t in first.targets] == ["page"]
    call = first.value
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "page_setup"
    assert len(call.args) == 1 and isinstance(call.args[0], ast.Constant) and call.args[0].value.strip()


@pytest.mark.parametrize("path", PAGE_FILES, ids=[p.name for p in PAGE_FILES])
def test_no_navigation_and_no_second_setup(path):
    tree, _ = _body(path)
    names = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    assert "navigation" not in names and "set_page_config" not in names
    assert calls.count("page_setup") == 1


def test_there_are_pages():
    assert len(PAGE_FILES) >= 3


@pytest.mark.parametrize("path", PAGE_FILES, ids=[p.name for p in PAGE_FILES])
def test_page_imports_leave_spacy_unloaded(path):
    """Pages read the store's rows; importing spaCy would add ~0.6 s to a fresh server's first render."""
    tree, _ = _body(path)
    imports = [ast.unparse(n) for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    code = "import sys\n" + "\n".join(imports) + "\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

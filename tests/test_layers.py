"""The kiosk's import structure holds by itself: no import circles inside kiosk/ (imports inside
functions and under TYPE_CHECKING count, as grimp sees them), and every top-level module sits in a
layer of pyproject.toml's layers contract, so lint-imports checks it from its first line.
docs/architecture.md says which layer a new module belongs to."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import grimp
import pytest

import kiosk

ROOT = Path(__file__).resolve().parents[1]
LAYERS_CONTRACT = "The kiosk is built in layers"
NO_QT_CONTRACT = "Below the applications no Qt"
#: The lowest layer that may use Qt; the layers under it are the Qt-free core.
LOWEST_QT_LAYER = "render | exhibit"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("kiosk", include_external_packages=False)


def _contract(name: str) -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        contracts = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    return next(contract for contract in contracts if contract["name"] == name)


def _names(layer: str) -> list[str]:
    return [name.strip() for name in layer.replace(":", "|").split("|")]


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Each group of modules that import each other round a circle (Tarjan's strongly connected
    components with more than one module), as one circle through it: a -> b -> ... -> a."""
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    circles = []
    for group in groups:
        first = group[0]
        second = next(m for m in edges[first] if m in group)
        back = graph.find_shortest_chain(importer=second, imported=first) or (second, first)
        circles.append([first, *back])
    return circles


def test_the_cycle_finder_names_a_circle() -> None:
    class Graph:  # the two methods of grimp's graph the finder uses, over a -> b -> c -> a and c -> d
        modules = {"a", "b", "c", "d"}
        imports = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}

        def find_modules_directly_imported_by(self, module: str) -> set[str]:
            return self.imports[module]

        def find_shortest_chain(self, importer: str, imported: str) -> tuple[str, ...]:
            return ("b", "c", "a")

    assert import_circles(Graph()) == [["a", "b", "c", "a"]]  # type: ignore[arg-type]


def test_no_import_circles_inside_kiosk(graph: grimp.ImportGraph) -> None:
    circles = [" -> ".join(circle) for circle in import_circles(graph)]
    assert not circles, (
        "Import circles inside kiosk/ (imports inside functions and under TYPE_CHECKING count): "
        "move what both sides need into a module of its own, or pass it in.\n" + "\n".join(circles)
    )


def test_every_top_level_module_is_in_a_layer() -> None:
    placed = {name for layer in _contract(LAYERS_CONTRACT)["layers"] for name in _names(layer)}
    modules = {info.name for info in pkgutil.iter_modules(kiosk.__path__)} - {"__main__"}
    assert not modules - placed, (
        f"kiosk modules in no layer of pyproject.toml's {LAYERS_CONTRACT!r}: {sorted(modules - placed)}; "
        "place each (docs/architecture.md says where), so lint-imports checks what it imports"
    )
    assert not placed - modules, f"layers name modules that do not exist: {sorted(placed - modules)}"


def test_every_layer_below_the_qt_layers_is_forbidden_qt() -> None:
    layers = _contract(LAYERS_CONTRACT)["layers"]
    below = {f"kiosk.{name}" for layer in layers[layers.index(LOWEST_QT_LAYER) + 1:] for name in _names(layer)}
    checked = set(_contract(NO_QT_CONTRACT)["source_modules"])
    assert below <= checked, f"Qt-free layers that {NO_QT_CONTRACT!r} does not check: {sorted(below - checked)}"


def test_every_name_of_the_exhibit_api_is_what_it_says_after_its_modules_are_loaded():
    """A submodule named like a name of the exhibit API replaces that name on the package the
    moment it is imported (camera_activity was a function and a module): an exhibit then gets
    a module where it expected a function, depending on what happened to be imported first."""
    import importlib
    import pkgutil
    import types

    import kiosk.exhibit as api

    for module in pkgutil.iter_modules(api.__path__):
        importlib.import_module(f"kiosk.exhibit.{module.name}")
    shadowed = [name for name in api.__all__ if isinstance(getattr(api, name), types.ModuleType)]
    assert not shadowed, f"submodules shadow names of the exhibit API: {shadowed}; rename the modules"

"""
The shape of the code: no module imports another that imports it back,
directly or round a loop, counting imports placed inside functions.

The directions between packages are import-linter's contracts (`lint-imports`,
configured in pyproject.toml); this test catches loops inside a package too.
"""

from django.test import SimpleTestCase
from grimp import build_graph

PACKAGES = ("firm_site", "news", "people", "contact", "updates", "demo")


def import_loops(graph):
    """Groups of modules that reach each other through imports (Tarjan's
    strongly connected components), largest first."""
    modules = sorted(graph.modules)
    imports = {
        module: sorted(graph.find_modules_directly_imported_by(module)) for module in modules
    }
    order, lowest, on_stack, stack, loops = {}, {}, set(), [], []

    def visit(module):
        order[module] = lowest[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for imported in imports[module]:
            if imported not in order:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], order[imported])
        if lowest[module] == order[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                loops.append(group)

    for module in modules:
        if module not in order:
            visit(module)
    return sorted(loops, key=len, reverse=True)


class ImportLoopTests(SimpleTestCase):
    def test_no_module_imports_itself_round_a_loop(self):
        graph = build_graph(*PACKAGES, cache_dir=None)
        loops = import_loops(graph)
        self.assertEqual(loops, [], "These modules import each other round a loop")

    def test_the_check_finds_a_loop_through_an_import_inside_a_function(self):
        graph = build_graph(*PACKAGES, cache_dir=None)
        graph.add_import(
            importer="firm_site.base.utils",
            imported="firm_site.base.pages",
            line_number=1,
            line_contents="from firm_site.base.pages import BasePage",
        )
        loops = import_loops(graph)
        self.assertTrue(
            any({"firm_site.base.utils", "firm_site.base.pages"} <= loop for loop in loops), loops
        )

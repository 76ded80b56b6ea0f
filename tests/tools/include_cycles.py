#!/usr/bin/env python3
"""Finds #include cycles among a library's headers and sources.

    include_cycles.py ROOT [ROOT ...]
    include_cycles.py --self-test    (a made-up tree with two cycles must fail)

Each ROOT is a folder of a library (geo/). A quoted #include "a/b.h" is
looked up, as the compiler does, beside the including file, then under every
ROOT/include and ROOT/src; angle-bracket and unresolved includes are someone
else's headers and are skipped. Prints every cycle (a -> b -> a) and exits 1
when there is one, 0 otherwise. Run by ctest as geo.IncludeCycles.
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCE_ENDINGS = (".h", ".hpp", ".cpp", ".cc")


def files_under(roots):
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                if name.endswith(SOURCE_ENDINGS):
                    yield os.path.normpath(os.path.join(folder, name))


def resolve(name, including, search):
    for base in [os.path.dirname(including)] + search:
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return candidate
    return None


def graph(roots):
    search = [d for r in roots for d in (os.path.join(r, "include"), os.path.join(r, "src")) if os.path.isdir(d)]
    edges = {}
    for path in sorted(set(files_under(roots))):
        targets = []
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = INCLUDE.match(line)
                if m:
                    target = resolve(m.group(1), path, search)
                    if target:
                        targets.append(target)
        edges[path] = targets
    return edges


def cycles(edges):
    """Every elementary cycle found by depth-first search, each once (by its node set and order)."""
    found, seen = [], set()
    state = {}  # path -> 1 on the stack, 2 done
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                # The same cycle entered elsewhere: rotate to its smallest node.
                body = cycle[:-1]
                i = body.index(min(body))
                key = tuple(body[i:] + body[:i])
                if key not in seen:
                    seen.add(key)
                    found.append(list(key) + [key[0]])
            elif state.get(nxt) is None:
                visit(nxt)
        stack.pop()
        state[node] = 2

    sys.setrecursionlimit(10000)
    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def self_test():
    """The checker must see a cycle among public headers and one among private ones."""
    with tempfile.TemporaryDirectory() as tmp:
        lib = os.path.join(tmp, "lib")
        tree = {"include/lib/a.h": '#include "lib/b.h"\n', "include/lib/b.h": '#include "lib/a.h"\n#include <vector>\n',
                "src/x.cpp": '#include "lib/a.h"\n#include "local.h"\n', "src/local.h": '#include "other.h"\n',
                "src/other.h": '#include "local.h"\n', "src/fine.h": '#include "lib/a.h"\n#include "missing.h"\n'}
        for name, text in tree.items():
            os.makedirs(os.path.dirname(os.path.join(lib, name)), exist_ok=True)
            with open(os.path.join(lib, name), "w") as f:
                f.write(text)
        found = cycles(graph([lib]))
        names = sorted(tuple(os.path.relpath(p, lib) for p in c) for c in found)
        want = [("include/lib/a.h", "include/lib/b.h", "include/lib/a.h"), ("src/local.h", "src/other.h", "src/local.h")]
        if names != want:
            print(f"self-test failed: found {names}, want {want}")
            return 1
    print("self-test: both cycles found")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    roots = argv[1:]
    if not roots or not all(os.path.isdir(r) for r in roots):
        print("usage: include_cycles.py ROOT [ROOT ...] (folders that exist)", file=sys.stderr)
        return 2
    edges = graph(roots)
    found = cycles(edges)
    for c in found:
        print("include cycle: " + " -> ".join(c))
    print(f"{len(edges)} files, {sum(len(t) for t in edges.values())} includes, {len(found)} cycle(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

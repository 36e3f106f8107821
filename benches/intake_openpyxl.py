"""Reads the intake benchmark's workbook the way Python does, for comparison with `cargo bench --bench intake`
(which runs this script in the same run when `CHAINON_BENCH_PYTHON` names a Python with these packages).

    python3 -m venv target/bench-venv
    target/bench-venv/bin/pip install python-calamine pandas openpyxl
    target/bench-venv/bin/python benches/intake_openpyxl.py target/intake-100k.xlsx

Prints the best of three wall-clock times for python-calamine's bare read of every sheet (the floor: the same Rust
reader, no rules), pandas.read_excel (every sheet, what an analyst uses) and openpyxl in read-only mode.
"""
import sys
import time

import openpyxl
import pandas


def best_of(n, fn):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def read_openpyxl(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = 0
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            rows += 1
    wb.close()
    return rows


def read_calamine(path):
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(path)
    rows = 0
    for name in wb.sheet_names:
        rows += len(wb.get_sheet_by_name(name).to_python())
    return rows


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "target/intake-100k.xlsx"
    print(f"python-calamine bare read of every sheet: {best_of(3, lambda: read_calamine(path)):.3f} s")
    print(f"pandas.read_excel(sheet_name=None):       {best_of(3, lambda: pandas.read_excel(path, sheet_name=None, engine='openpyxl')):.3f} s")
    print(f"openpyxl read_only iter_rows:             {best_of(3, lambda: read_openpyxl(path)):.3f} s")


if __name__ == "__main__":
    main()

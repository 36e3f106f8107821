"""Reads the intake benchmark's workbook the way an analyst would, for comparison with `cargo bench --bench intake`.

    pip install pandas openpyxl
    python3 benches/intake_openpyxl.py target/intake-100k.xlsx

Prints the best of three wall-clock times for pandas.read_excel (every sheet) and openpyxl in read-only mode.
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


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "target/intake-100k.xlsx"
    print(f"pandas.read_excel(sheet_name=None): {best_of(3, lambda: pandas.read_excel(path, sheet_name=None)):.3f} s")
    print(f"openpyxl read_only iter_rows:       {best_of(3, lambda: read_openpyxl(path)):.3f} s")


if __name__ == "__main__":
    main()

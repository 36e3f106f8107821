#!/usr/bin/env python3
"""Structure-aware seeds for the `workbook` fuzz target (Python standard library only).

Writes into corpus/workbook/ (next to this file, git-ignored) the accepted corpus and the demo files, and variants
derived from them that aim at what the intake must bound: XLSX cells moved to the far corner of the grid, error
cells, formulas without a result, merged ranges (huge ones and many of them), huge shared-string counts and long
texts; ODS rows and columns repeated to the edges of the grid and spanned cells; CSV files with one enormous field,
other separators and encodings; JSON nested deep, with huge lists, NaN, a byte order mark, lone surrogates and long
strings. Each seed starts with the byte that picks its carrier in fuzz_targets/workbook.rs and is at most
MAX_LEN bytes (run the fuzzer with -max_len=262144 so none is cut). The output is the same on every run.

    python3 seeds.py [--out DIR]
"""

import argparse
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ACCEPTED = ROOT / "supplier_data" / "corpus" / "accepted"
DEMO = ROOT / "supplier_data" / "demo"
LIBREOFFICE = ROOT / "supplier_data" / "corpus" / "libreoffice"
MAX_LEN = 262144

# The first byte of an input picks the file name the target reads it under (NAMES in fuzz_targets/workbook.rs).
CARRIER = {"xlsx": 0, "ods": 1, "zip": 2, "json": 3, "csv": 4, "xlsm": 5, "xlsb": 6, "xls": 7}

ROLES = {
    "supplier", "fournisseur", "attestations", "attestation", "duediligence", "diligenceraisonnable",
    "placesofwork", "lieuxdetravail", "goods", "biens",
}
ERRORS = ["#N/A", "#SPILL!", "#GETTING_DATA", "#REF!", "#CALC!", "#DIV/0!", "#VALUE!", "#FIELD!"]
FAR = "XFD1048576"


def fold(name):
    return re.sub(r"[^a-z]", "", name.lower())


# ---- zip packages ----

def read_zip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write_zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            # An ODS package keeps its mimetype first and stored.
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)
    return out.getvalue()


def replace_part(entries, name, fn):
    return [(n, fn(d.decode("utf-8")).encode("utf-8") if n == name else d) for n, d in entries]


# ---- XLSX ----

def xlsx_data_sheets(entries):
    """The worksheet parts of the sheets the format names, as {part path: sheet name}."""
    parts = dict(entries)
    wb = parts.get("xl/workbook.xml", b"").decode("utf-8")
    rels = parts.get("xl/_rels/workbook.xml.rels", b"").decode("utf-8")
    targets = {}
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        rid = re.search(r'\bId="([^"]+)"', rel)
        target = re.search(r'\bTarget="([^"]+)"', rel)
        if rid and target:
            t = target.group(1)
            targets[rid.group(1)] = t[1:] if t.startswith("/") else "xl/" + t
    out = {}
    for sheet in re.findall(r"<sheet\b[^>]*>", wb):
        name = re.search(r'\bname="([^"]+)"', sheet)
        rid = re.search(r'\br:id="([^"]+)"', sheet)
        if name and rid and fold(name.group(1)) in ROLES and rid.group(1) in targets:
            out[targets[rid.group(1)]] = name.group(1)
    return out


CELL = re.compile(r'<c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>.*?</c>)', re.S)


def value_cells(xml):
    """Cells past the first row (values rather than headings), as regex matches."""
    return [m for m in CELL.finditer(xml) if int(m.group(2)) > 1]


def replace_cells(xml, fn, limit=None):
    """Replaces the value cells with fn(column, row); at most `limit` of them."""
    out, last, n = [], 0, 0
    for m in value_cells(xml):
        if limit is not None and n >= limit:
            break
        out.append(xml[last:m.start()])
        out.append(fn(m.group(1), m.group(2)))
        last, n = m.end(), n + 1
    out.append(xml[last:])
    return "".join(out)


def before_sheet_data_end(xml, text):
    if "</sheetData>" in xml:
        return xml.replace("</sheetData>", text + "</sheetData>", 1)
    return re.sub(r"<sheetData\s*/>", "<sheetData>" + text + "</sheetData>", xml, count=1)


def after_sheet_data(xml, text):
    if "</sheetData>" in xml:
        return xml.replace("</sheetData>", "</sheetData>" + text, 1)
    return re.sub(r"(<sheetData\s*/>)", r"\1" + text, xml, count=1)


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def far_last_cell(xml):
    cells = list(CELL.finditer(xml))
    if not cells:
        return xml
    m = cells[-1]
    cell = re.sub(r'r="[A-Z]+\d+"', f'r="{FAR}"', m.group(0), count=1)
    return xml[:m.start()] + cell + xml[m.end():]


def letters(col):
    """0 -> A, 16383 -> XFD."""
    s = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        s = chr(65 + r) + s
    return s


def far_last_row(xml):
    """The last row moved to the bottom of the grid, its cells to the last columns (in their order)."""
    rows = list(re.finditer(r'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', xml, re.S))
    if not rows:
        return xml
    m = rows[-1]
    n = len(CELL.findall(m.group(0)))
    cols = iter(range(16384 - n, 16384))
    row = re.sub(r'<row r="\d+"', '<row r="1048576"', m.group(0), count=1)
    row = re.sub(r'<c r="[A-Z]+\d+"', lambda _: f'<c r="{letters(next(cols))}1048576"', row)
    return xml[:m.start()] + row + xml[m.end():]


def stray_cells(xml):
    text = ('<row r="1048550"><c r="XFD1048550" t="inlineStr"><is><t>stray</t></is></c></row>'
            '<row r="1048576"><c r="A1048576" t="n"><v>1</v></c><c r="XFD1048576" t="b"><v>1</v></c></row>')
    return before_sheet_data_end(xml, text)


def dimension(xml, ref="A1:XFD1048576"):
    if re.search(r"<dimension\b", xml):
        return re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml, count=1)
    return re.sub(r"(<sheetData\b)", f'<dimension ref="{ref}"/>' + r"\1", xml, count=1)


def merges(xml, refs):
    cells = "".join(f'<mergeCell ref="{r}"/>' for r in refs)
    if "</mergeCells>" in xml:
        return xml.replace("</mergeCells>", cells + "</mergeCells>", 1)
    return after_sheet_data(xml, f'<mergeCells count="{len(refs)}">{cells}</mergeCells>')


def many_rows(xml, n, col="A", text="Canada"):
    rows = "".join(f'<row r="{r}">{inline(f"{col}{r}", text)}</row>' for r in range(100, 100 + n))
    return before_sheet_data_end(xml, rows)


def calc_on_load(wb, on):
    wb = re.sub(r"<calcPr\b[^>]*/>", "", wb)
    calc = '<calcPr calcId="191029" fullCalcOnLoad="1"/>' if on else '<calcPr calcId="191029"/>'
    return wb.replace("</workbook>", calc + "</workbook>", 1)


def sst_counts(sst, n):
    sst = re.sub(r'\b(uniqueCount|count)="\d+"', lambda m: f'{m.group(1)}="{n}"', sst)
    if "uniqueCount=" not in sst:
        sst = re.sub(r"<sst\b", f'<sst uniqueCount="{n}"', sst, count=1)
    return sst


def sst_append(sst, items):
    return sst.replace("</sst>", items + "</sst>", 1)


# Formulas of constants with the result stored for them (None: no <v>), as (label, formula, cached result).
CONSTANT_FORMULAS = [
    ("sum-right", "1200+650", "1850"),
    ("sum-placeholder", "1200+650", "0"),
    ("sub-right", "100-30", "70"),
    ("date-right", "DATE(2026,3,31)", "46112"),
    ("date-placeholder", "DATE(2026,3,31)", "0"),
    ("date-semicolons", "DATE(2026;3;31)", "46112"),
    ("date-rollover", "DATE(2025,13,1)", "46023"),
    ("date-out-of-range", "DATE(99999,99999999,99999999999)", "1"),
    ("date-nested", "DATE(DATE(1,1,1),DATE(1,1,1),-DATE(1,1,1))", "0"),
    ("div-zero-placeholder", "1/0", "0"),
    ("div-zero-error", "1/0", "#DIV/0!"),
    ("power-huge", "10^308*10^308", "0"),
    ("power-negative", "(1-1)^-1", "0"),
    ("power-nan", "(-8)^(1/3)", "-2"),
    ("float-close", "0.1+0.2", "0.3"),
    ("no-value", "1200+650", None),
    ("empty-value", "1200+650", ""),
    ("text-value", "1200+650", "abc"),
    ("dots", "1.2.3+4", "0"),
    ("long-chain", "+".join(["1"] * 5000), "5000"),
    ("long-number", "9" * 30000, "0"),
    ("deep-parens", "(" * 99000 + "1" + ")" * 99000, "1"),
    ("deep-unclosed", "(" * 190000, "0"),
    ("deep-minus", "-" * 190000 + "1", "1"),
    ("deep-sign-parens", "-(" * 95000 + "1" + ")" * 95000, "0"),
    ("deep-power", "^".join(["2"] * 10000), "0"),
    ("deep-date", "DATE(" * 19000 + "1" + ",1,1)" * 19000, "0"),
    # Text formulas of constants (literals, `&`, CONCATENATE/CONCAT, UPPER/LOWER/PROPER, TRIM), right and wrong.
    ("text-right", '"Chi"&"na"', "China"),
    ("text-stale", '"Chi"&"na"', "India"),
    ("text-upper", 'UPPER("china")', "CHINA"),
    ("text-upper-stale", 'UPPER("china")', "INDIA"),
    ("text-lower-sharp-s", 'LOWER("STRASSE")&UPPER("ß")', "strasseSS"),
    ("text-proper", 'PROPER("viet nam")', "Viet Nam"),
    ("text-trim", 'TRIM("  Viet   Nam ")', "Viet Nam"),
    ("text-concatenate", 'CONCATENATE("Viet"," ","Nam")', "Thailand"),
    ("text-concat-xlfn", '_xlfn.CONCAT("In","dia")', "India"),
    ("text-number-joined", '"Lot "&12', "Lot 12"),
    ("text-fraction-joined", '"x"&0.5', "x0.5"),
    ("text-quotes", '"say ""hi"""&""', 'say "hi"'),
    ("text-unclosed", '"abc', "abc"),
    ("text-arith", '"1"+1', "2"),
    ("text-long-literal", '"' + "é" * 60000 + '"', "é"),
    ("text-long-chain", "&".join(['"ab"'] * 5000), "ab"),
    ("text-deep-upper", "UPPER(" * 19000 + '"x"' + ")" * 19000, "X"),
    ("text-deep-concat", "CONCATENATE(" * 19000 + '"x"' + ',"y")' * 19000, "x"),
    ("text-trim-spaces", 'TRIM("' + " " * 60000 + '")', ""),
    ("text-many-args", "CONCAT(" + ",".join(['"a"'] * 20000) + ")", "a"),
]

# Excel number format codes (import/number_format.rs): sections, literals, escapes, `_x` spaces, colours, `[$…]`
# currencies and locales, conditions, and codes built to strain the reader. Each is put on number cells of the
# declaration's sheets, identifiers among them.
NUMBER_FORMATS = [
    '000000000"RT0001"', "000-000-000", '0" "000', "00000", '"S"000', "\\S\\-0", "000_)", '[Blue]"ID "0',
    "[$\u20ac-40C]0", "[$-409]000", "[$USD]#", ";;;", "0;-0;;@", "[Red]0;;", "0;", '"A"0;"B"0;"zero"',
    '"ID"General', "#,##0", '0.0"x"', "[>100]0;0", "* 0", "0,", "# ?/?", "yyyy-mm-dd", "[h]:mm", "0%",
    "0.00E+00", '"unclosed', "\\", "_", "[", "[$", ";" * 300, "0" * 300, '"' + "x" * 300 + '"',
    "[Color" + "9" * 40 + "]0", '0"' + "\u00e9" * 250 + '"', "\\" * 255, "_" * 255, "?" * 255, "#" * 255 + "0",
    "General" * 40, "00-00", "##-##", "0;-0;0;@", '[$\u20ac-x-y-z]0;[Red]-0;"-"',
]
# The numbers put in them: whole, zero, negative, fractions, the edge of exact digits, and beyond.
NUMBERS = ["12345674", "0", "-5", "12.5", "999999999999999", "1e15", "-0", "1E308", "4.9E-324",
           "123456789012345678", "123456789"]


def with_number_formats(styles, codes):
    """styles.xml with each code as a numFmt (ids from 200) and a cellXfs entry using it; the styles and the index of
    the first new entry."""
    esc = lambda c: c.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    fmts = "".join(f'<numFmt numFmtId="{200 + i}" formatCode="{esc(c)}"/>' for i, c in enumerate(codes))
    if re.search(r"<numFmts\b[^>]*/>", styles):
        styles = re.sub(r"<numFmts\b[^>]*/>", f"<numFmts>{fmts}</numFmts>", styles, count=1)
    elif "<numFmts" in styles:
        styles = re.sub(r"<numFmts\b[^>]*>", lambda m: m.group(0) + fmts, styles, count=1)
    else:
        styles = re.sub(r"(<styleSheet\b[^>]*>)", lambda m: m.group(1) + f"<numFmts>{fmts}</numFmts>", styles, count=1)
    first = len(re.findall(r"<xf\b", styles.split("<cellXfs", 1)[1].split("</cellXfs>", 1)[0])) if "<cellXfs" in styles else 0
    xfs = "".join(f'<xf numFmtId="{200 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                  for i in range(len(codes)))
    styles = styles.replace("</cellXfs>", xfs + "</cellXfs>", 1)
    styles = re.sub(r'<cellXfs count="\d+"', f'<cellXfs count="{first + len(codes)}"', styles, count=1)
    return styles, first


def calc_manual(wb, attrs):
    wb = re.sub(r"<calcPr\b[^>]*/>", "", wb)
    return wb.replace("</workbook>", f'<calcPr calcId="191029" {attrs}/></workbook>', 1)


def const_cell(c, r, formula, value):
    esc = formula.replace("&", "&amp;").replace("<", "&lt;")
    if value is None:
        return f'<c r="{c}{r}"><f>{esc}</f></c>'
    if value.startswith("#"):
        return f'<c r="{c}{r}" t="e"><f>{esc}</f><v>{value}</v></c>'
    if value and not value.lstrip("-").replace(".", "").isdigit():
        return f'<c r="{c}{r}" t="str"><f>{esc}</f><v>{value}</v></c>'
    return f'<c r="{c}{r}"><f>{esc}</f><v>{value}</v></c>'


def xlsx_variants(stem, data):
    entries = read_zip(data)
    parts = dict(entries)
    sheets = xlsx_data_sheets(entries)
    if not sheets:
        return
    # The first data sheet (a label/value form) and the last (a table with rows of data).
    first, last = min(sheets), max(sheets, key=lambda p: len(parts[p]))

    def each(fn):
        for part in sheets:
            yield part, fn

    def patch(*edits, workbook=None, sst=None):
        e = entries
        for part, fn in edits:
            e = replace_part(e, part, fn)
        if workbook:
            e = replace_part(e, "xl/workbook.xml", workbook)
        if sst and "xl/sharedStrings.xml" in parts:
            e = replace_part(e, "xl/sharedStrings.xml", sst)
        return write_zip(e)

    yield "xlsx", f"{stem}", data
    yield "xlsm", f"{stem}.as-xlsm", data
    yield "ods", f"{stem}.as-ods", data
    # Cells moved to the far corner of the grid, stray values there, and a dimension claiming the whole grid.
    yield "xlsx", f"{stem}.far-last-cell", patch(*each(far_last_cell))
    yield "xlsx", f"{stem}.far-last-row", patch((last, far_last_row))
    yield "xlsx", f"{stem}.stray-xfd", patch(*each(stray_cells))
    yield "xlsx", f"{stem}.dimension-xfd", patch(*each(dimension))
    yield "xlsx", f"{stem}.far-all", patch(*each(lambda x: dimension(stray_cells(far_last_cell(x)))))
    # Every value cell moved down to the last rows of the grid (each keeps its column).
    yield "xlsx", f"{stem}.bottom-rows", patch(
        (last, lambda x: re.sub(r'(<(?:c|row) r="[A-Z]*)(\d+)"',
                                lambda m: f'{m.group(1)}{1048576 - 200 + int(m.group(2))}"', x)))
    # Error values where values are due.
    for i, err in enumerate(ERRORS):
        yield "xlsx", f"{stem}.error-{i}", patch(
            (first if i % 2 else last, lambda x, err=err: replace_cells(
                x, lambda c, r: f'<c r="{c}{r}" t="e"><v>{err}</v></c>', limit=1 + i % 3)))
    yield "xlsx", f"{stem}.error-all", patch(*each(lambda x: replace_cells(
        x, lambda c, r: f'<c r="{c}{r}" t="e"><f>NA()</f><v>{ERRORS[int(r) % len(ERRORS)]}</v></c>')))
    # Formulas without a calculated result, with one, shared, and with the workbook asking to recalculate.
    no_v = lambda x: replace_cells(x, lambda c, r: f'<c r="{c}{r}"><f>CONCAT("a",{c}1)</f></c>', limit=3)
    cached = lambda x: replace_cells(x, lambda c, r: f'<c r="{c}{r}" t="str"><f>UPPER("x")</f><v>X</v></c>', limit=3)
    shared = lambda x: replace_cells(
        x, lambda c, r: f'<c r="{c}{r}"><f t="shared" ref="{c}{r}:{c}1048576" si="0">A1+1</f></c>', limit=2)
    yield "xlsx", f"{stem}.formula-no-value", patch((last, no_v), workbook=lambda w: calc_on_load(w, False))
    yield "xlsx", f"{stem}.formula-cached", patch((last, cached), workbook=lambda w: calc_on_load(w, False))
    yield "xlsx", f"{stem}.formula-cached-recalc", patch((first, cached), workbook=lambda w: calc_on_load(w, True))
    yield "xlsx", f"{stem}.formula-shared", patch((last, shared), workbook=lambda w: calc_on_load(w, False))
    # Formulas of constants (worked out by import/formula.rs): right cached results, placeholders, errors, and
    # formulas built to strain the worker (deep parentheses, long chains, huge powers, dates far out of range).
    for label, formula, value in CONSTANT_FORMULAS:
        yield "xlsx", f"{stem}.constant-{label}", patch(
            (last, lambda x, f=formula, v=value: replace_cells(x, lambda c, r: const_cell(c, r, f, v), limit=3)),
            workbook=lambda w: calc_on_load(w, False))
    yield "xlsx", f"{stem}.constant-all-recalc", patch(*each(lambda x: replace_cells(
        x, lambda c, r: const_cell(c, r, *CONSTANT_FORMULAS[int(r) % len(CONSTANT_FORMULAS)][1:]))),
        workbook=lambda w: calc_on_load(w, True))
    # Formulas that read cells, with cached results, in a workbook set to manual calculation (saved without
    # recalculating, or recalculated on save) and with odd calcPr attributes.
    reads = lambda x: replace_cells(x, lambda c, r: (
        f'<c r="{c}{r}" t="str"><f>VLOOKUP(A{r},Lists!A:B,2,0)</f><v>Malaysia</v></c>' if int(r) % 2 else
        f'<c r="{c}{r}"><f>Lists!B{r}00+{c}1</f><v>1850</v></c>'), limit=6)
    for i, attrs in enumerate(['calcMode="manual" calcOnSave="0"', 'calcMode="manual"',
                               'calcMode="manual" calcOnSave="0" fullCalcOnLoad="1"', 'calcMode=" manual " calcOnSave="false"',
                               'calcMode="autoNoTable" calcOnSave="0"', 'calcMode="' + "m" * 5000 + '" calcOnSave="' + "0" * 5000 + '"']):
        yield "xlsx", f"{stem}.manual-calc-{i}", patch((first, reads), (last, reads), workbook=lambda w, a=attrs: calc_manual(w, a))
    yield "xlsx", f"{stem}.manual-calc-constants", patch(*each(lambda x: replace_cells(
        x, lambda c, r: const_cell(c, r, *CONSTANT_FORMULAS[int(r) % len(CONSTANT_FORMULAS)][1:]))),
        workbook=lambda w: calc_manual(w, 'calcMode="manual" calcOnSave="0"'))
    # Number formats on number cells: identifiers of the form (column B) and of the table, counts and shares.
    if "xl/styles.xml" in parts:
        styles, xf = with_number_formats(parts["xl/styles.xml"].decode("utf-8"), NUMBER_FORMATS)
        styled = replace_part(entries, "xl/styles.xml", lambda _: styles)

        def formatted(x, i, columns=None, limit=8):
            out, last_end, n = [], 0, 0
            for m in value_cells(x):
                if n >= limit:
                    break
                if columns and m.group(1) not in columns:
                    continue
                number = NUMBERS[(i + int(m.group(2))) % len(NUMBERS)]
                out.append(x[last_end:m.start()])
                out.append(f'<c r="{m.group(1)}{m.group(2)}" s="{xf + i % len(NUMBER_FORMATS)}"><v>{number}</v></c>')
                last_end, n = m.end(), n + 1
            out.append(x[last_end:])
            return "".join(out)

        for i in range(len(NUMBER_FORMATS)):
            e = replace_part(styled, first, lambda x, i=i: formatted(x, i, columns={"B"}, limit=3))
            e = replace_part(e, last, lambda x, i=i: formatted(x, i))
            yield "xlsx", f"{stem}.numfmt-{i}", write_zip(e)
        # Every format at once, one per value cell of every sheet.
        e = styled
        for part in sheets:
            e = replace_part(e, part, lambda x: CELL.sub(
                lambda m: (m.group(0) if int(m.group(2)) == 1 else
                           f'<c r="{m.group(1)}{m.group(2)}" s="{xf + int(m.group(2)) % len(NUMBER_FORMATS)}">'
                           f'<v>{NUMBERS[int(m.group(2)) % len(NUMBERS)]}</v></c>'), x))
        yield "xlsx", f"{stem}.numfmt-all", write_zip(e)
    # Merged ranges: an ordinary one down a column, huge ones, and many of them over many rows.
    yield "xlsx", f"{stem}.merge-column", patch((last, lambda x: merges(x, ["A2:A5", "B3:C3"])))
    yield "xlsx", f"{stem}.merge-whole-grid", patch(*each(lambda x: merges(x, ["A1:XFD1048576"])))
    yield "xlsx", f"{stem}.merge-huge", patch(*each(lambda x: merges(
        x, ["A2:A1048576", "B1:XFD1", "XFC1048575:XFD1048576", "A1:XFD1048576"])))
    yield "xlsx", f"{stem}.merge-many", patch((last, lambda x: merges(x, [f"A{r}:A1048576" for r in range(2, 20002)])))
    yield "xlsx", f"{stem}.merge-many-rows", patch(
        (last, lambda x: merges(many_rows(x, 9000), ["A1:A1048576"] * 20000)))
    # Shared strings: counts that are lies, many empty strings, long ones, and indexes past the end.
    yield "xlsx", f"{stem}.sst-count-max", patch(sst=lambda s: sst_counts(s, 4294967295))
    yield "xlsx", f"{stem}.sst-count-huge", patch(sst=lambda s: sst_counts(s, 100000000))
    yield "xlsx", f"{stem}.sst-count-usize", patch(sst=lambda s: sst_counts(s, 18446744073709551615))
    yield "xlsx", f"{stem}.sst-empty-items", patch(sst=lambda s: sst_append(s, "<si/>" * 400000))
    yield "xlsx", f"{stem}.sst-tiny-items", patch(sst=lambda s: sst_append(s, "<si><t>x</t></si>" * 200000))
    yield "xlsx", f"{stem}.sst-long", patch(sst=lambda s: sst_append(s, "<si><t>" + "é" * 3000000 + "</t></si>"))
    yield "xlsx", f"{stem}.sst-index-past-end", patch(
        (last, lambda x: replace_cells(x, lambda c, r: f'<c r="{c}{r}" t="s"><v>4294967295</v></c>', limit=2)))
    # Long texts: one over Excel's 32,767 characters, one of several megabytes.
    yield "xlsx", f"{stem}.long-cell", patch(
        (last, lambda x: replace_cells(x, lambda c, r: inline(f"{c}{r}", "Ä" * 40000), limit=1)))
    yield "xlsx", f"{stem}.huge-cell", patch(
        (first, lambda x: replace_cells(x, lambda c, r: inline(f"{c}{r}", "x" * 6000000), limit=1)))
    yield "xlsx", f"{stem}.many-rows", patch((last, lambda x: many_rows(x, 12000)))


# ---- ODS ----

# ODS number styles (import/number_format.rs, spreadsheet::OdsClockStyles): each defines the cell style "ceX".
def _ods_map(cond, target):
    return f'<style:map style:condition="{cond}" style:apply-style-name="{target}"/>'


_N9 = '<number:number number:decimal-places="0" number:min-integer-digits="9"/>'
ODS_NUMBER_STYLES = [
    ("zeros", f'<number:number-style style:name="NX">{_N9}</number:number-style>'),
    ("text-after", f'<number:number-style style:name="NX">{_N9}<number:text>RT0001</number:text></number:number-style>'),
    ("embedded", '<number:number-style style:name="NX"><number:number number:min-integer-digits="9">'
                 '<number:embedded-text number:position="3">-</number:embedded-text><number:embedded-text '
                 'number:position="6">-</number:embedded-text></number:number></number:number-style>'),
    ("embedded-far", '<number:number-style style:name="NX"><number:number number:min-integer-digits="2">'
                     '<number:embedded-text number:position="4294967295">-</number:embedded-text>'
                     '<number:embedded-text number:position="0">x</number:embedded-text></number:number>'
                     '</number:number-style>'),
    ("grouping", '<number:number-style style:name="NX"><number:number number:grouping="true"/></number:number-style>'),
    ("empty", '<number:number-style style:name="NX"/>'),
    ("colour-only", '<number:number-style style:name="NX"><style:text-properties fo:color="#ff0000"/>'
                    '</number:number-style>'),
    ("map-sign", f'<number:number-style style:name="NXP0" style:volatile="true">{_N9}</number:number-style>'
                 f'<number:number-style style:name="NX"><number:text>-</number:text>{_N9}'
                 + _ods_map("value()&gt;=0", "NXP0") + "</number:number-style>"),
    ("map-hide-all", "".join(f'<number:number-style style:name="NXP{i}" style:volatile="true"/>' for i in range(3))
                     + '<number:text-style style:name="NX"><number:text-content/>' + _ods_map("value()&gt;0", "NXP0")
                     + _ods_map("value()&lt;0", "NXP1") + _ods_map("value()=0", "NXP2") + "</number:text-style>"),
    ("map-hide-zero", f'<number:number-style style:name="NXP0" style:volatile="true">{_N9}</number:number-style>'
                      f'<number:number-style style:name="NXP1" style:volatile="true"><number:text>-</number:text>'
                      f'{_N9}</number:number-style><number:number-style style:name="NXP2" style:volatile="true">'
                      '</number:number-style><number:text-style style:name="NX"><number:text-content/>'
                      + _ods_map("value()&gt;0", "NXP0") + _ods_map("value()&lt;0", "NXP1")
                      + _ods_map("value()=0", "NXP2") + "</number:text-style>"),
    ("map-later", '<number:number-style style:name="NX"><number:number/>' + _ods_map("value()&gt;=0", "NXP0")
                  + f'</number:number-style><number:number-style style:name="NXP0">{_N9}</number:number-style>'),
    ("map-self", '<number:number-style style:name="NX"><number:number/>' + _ods_map("value()&gt;=0", "NX")
                 + "</number:number-style>"),
    ("map-chain", f'<number:number-style style:name="NXP0">{_N9}</number:number-style>'
                  '<number:number-style style:name="NXP1"><number:number/>' + _ods_map("value()&gt;1", "NXP0")
                  + '</number:number-style><number:number-style style:name="NX"><number:number/>'
                  + _ods_map("value()&gt;0", "NXP1") + "</number:number-style>"),
    ("map-odd-conditions", f'<number:number-style style:name="NXP0">{_N9}</number:number-style>'
                           '<number:number-style style:name="NX"><number:number/>'
                           + "".join(_ods_map(c, "NXP0") for c in [
                               "value()&gt;=1e400", "value()&lt;&gt;NaN", "value()==-0", "is-true-formula(1)",
                               "value()", "value()&gt;" + "9" * 5000, "value() !=  0x10", ""])
                           + _ods_map("value()&gt;0", "") + "</number:number-style>"),
    ("map-many", f'<number:number-style style:name="NXP0">{_N9}</number:number-style>'
                 '<number:number-style style:name="NX"><number:number/>'
                 + _ods_map("value()&gt;=0", "NXP0") * 20000 + "</number:number-style>"),
    ("styles-many", "".join(f'<number:number-style style:name="NX{i}"><number:number '
                            f'number:min-integer-digits="{i % 20}"/>' + _ods_map("value()&gt;0", f"NX{i - 1}")
                            + "</number:number-style>" for i in range(6000))
                    + '<number:number-style style:name="NX"><number:number/>' + _ods_map("value()&gt;0", "NX5999")
                    + "</number:number-style>"),
    ("text-long", f'<number:number-style style:name="NX">{_N9}<number:text>' + "é" * 40000
                  + "</number:text></number:number-style>"),
    ("digits-huge", '<number:number-style style:name="NX"><number:number number:min-integer-digits="18446744073709551615"'
                    ' number:decimal-places="99999999999"/></number:number-style>'),
]


def ods_styled_numbers(xml, styles):
    """content.xml with `styles` (defining NX) and the cell style ceX on its number cells and on identifiers of
    digits made numbers."""
    cell_style = '<style:style style:name="ceX" style:family="table-cell" style:data-style-name="NX"/>'
    for prefix, ns in [("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
                       ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
                       ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")]:
        if f"xmlns:{prefix}=" not in xml:
            xml = xml.replace("<office:document-content ", f'<office:document-content xmlns:{prefix}="{ns}" ', 1)
    if "<office:automatic-styles/>" in xml:
        xml = xml.replace("<office:automatic-styles/>",
                          f"<office:automatic-styles>{styles}{cell_style}</office:automatic-styles>", 1)
    else:
        xml = re.sub(r"<office:automatic-styles>", lambda m: m.group(0) + styles + cell_style, xml, count=1)

    def number_cell(m):
        attrs = re.sub(r'\s*table:style-name="[^"]*"', "", m.group(1))
        return f'<table:table-cell table:style-name="ceX"{attrs}>'
    xml = re.sub(r'<table:table-cell((?:(?!>)[^/])*office:value-type="float"[^>]*)>', number_cell, xml)
    # Identifiers typed as digits become numbers in that style.
    return re.sub(r'<table:table-cell[^>]*office:value-type="string"[^>]*>(<text:p>(\d{1,15})</text:p>)',
                  lambda m: f'<table:table-cell table:style-name="ceX" office:value-type="float" '
                            f'office:value="{m.group(2)}">{m.group(1)}', xml)


def ods_variants(stem, data):
    entries = read_zip(data)
    if "content.xml" not in dict(entries):
        return

    def patch(fn):
        return write_zip(replace_part(entries, "content.xml", fn))

    def at_table_end(text, table=None):
        """Inserts rows at the end of every table (or of the `table`-th one)."""
        def fn(xml):
            parts = xml.split("</table:table>")
            for i in range(len(parts) - 1):
                if table is None or i == table:
                    parts[i] += text
            return "</table:table>".join(parts)
        return fn

    def first_cell(fn):
        return lambda xml: re.sub(r"<table:table-cell\b", lambda m: fn(m.group(0)), xml, count=1)

    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    empty = '<table:table-cell table:number-columns-repeated="{}"/>'
    yield "ods", stem, data
    yield "xlsx", f"{stem}.as-xlsx", data
    # Repeated rows: filled ones (as many rows as the grid), empty ones pushing a value to the last row.
    yield "ods", f"{stem}.rows-repeated-filled", patch(at_table_end(
        '<table:table-row table:number-rows-repeated="1048576">' + cell.format("x") + "</table:table-row>"))
    yield "ods", f"{stem}.rows-repeated-empty", patch(at_table_end(
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>'
        "<table:table-row>" + cell.format("far") + "</table:table-row>"))
    yield "ods", f"{stem}.rows-repeated-huge", patch(at_table_end(
        '<table:table-row table:number-rows-repeated="18446744073709551615">' + cell.format("x")
        + "</table:table-row>"))
    # Repeated columns: a filled cell over the whole width, empty ones pushing a value to the last column.
    yield "ods", f"{stem}.cols-repeated-filled", patch(at_table_end(
        "<table:table-row>" + cell.format("x").replace(
            "<table:table-cell ", '<table:table-cell table:number-columns-repeated="16384" ') + "</table:table-row>"))
    yield "ods", f"{stem}.cols-repeated-empty", patch(at_table_end(
        "<table:table-row>" + empty.format(16383) + cell.format("far") + "</table:table-row>"))
    yield "ods", f"{stem}.cols-and-rows-repeated", patch(at_table_end(
        '<table:table-row table:number-rows-repeated="1048576">' + empty.format(16383) + cell.format("far")
        + "</table:table-row>", table=0))
    # A value in the last column of many rows: a narrow rectangle far from the first column.
    yield "ods", f"{stem}.far-column-rows", patch(at_table_end(
        ("<table:table-row>" + empty.format(16383) + cell.format("far") + "</table:table-row>") * 2000, table=0))
    # The same in a table of its own, so that the filled rectangle is one column wide.
    yield "ods", f"{stem}.far-column-table", patch(lambda xml: xml.replace(
        "</office:spreadsheet>", '<table:table table:name="Notes">'
        + ("<table:table-row>" + empty.format(16383) + cell.format("far") + "</table:table-row>") * 2000
        + "</table:table></office:spreadsheet>"))
    yield "ods", f"{stem}.far-corner", patch(at_table_end(
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>'
        "<table:table-row>" + empty.format(16383) + cell.format("far") + "</table:table-row>"))
    # Spanned cells: one over the whole grid, covered cells after it.
    yield "ods", f"{stem}.spanned-grid", patch(first_cell(
        lambda t: t + ' table:number-rows-spanned="1048576" table:number-columns-spanned="16384"'))
    yield "ods", f"{stem}.spanned-rows", patch(lambda xml: re.sub(
        r"<table:table-cell\b", '<table:table-cell table:number-rows-spanned="1048576"', xml, count=4))
    yield "ods", f"{stem}.spanned-covered", patch(at_table_end(
        '<table:table-row><table:table-cell table:number-rows-spanned="3" table:number-columns-spanned="2" '
        'office:value-type="string"><text:p>Canada</text:p></table:table-cell>'
        '<table:covered-table-cell table:number-columns-repeated="16383"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2"><table:covered-table-cell/>'
        "<table:table-cell/></table:table-row>"))
    # Formulas without a value and error values.
    yield "ods", f"{stem}.formula-no-value", patch(at_table_end(
        '<table:table-row><table:table-cell table:formula="of:=[.A1]&amp;&quot;x&quot;"/>'
        '<table:table-cell table:formula="of:=NA()" office:value-type="float"/></table:table-row>'))
    # Formulas of constants with their stored results, right and wrong (as LibreOffice keeps placeholders).
    for label, formula, value in CONSTANT_FORMULAS:
        esc = formula.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace(",", ";")
        if value is None or value == "":
            typed = ""
        elif value.startswith("#") or not value.lstrip("-").replace(".", "").isdigit():
            typed = f' office:value-type="string" calcext:value-type="error"'
        else:
            typed = f' office:value-type="float" office:value="{value}" calcext:value-type="float"'
        yield "ods", f"{stem}.constant-{label}", patch(at_table_end(
            f'<table:table-row><table:table-cell table:formula="of:={esc}"{typed}><text:p>{value or ""}</text:p>'
            "</table:table-cell></table:table-row>", table=0))
    yield "ods", f"{stem}.constant-date-values", patch(at_table_end(
        '<table:table-row><table:table-cell table:formula="of:=DATE(2026;3;31)" office:value-type="date" '
        'office:date-value="2026-03-31"/><table:table-cell table:formula="of:=DATE(2026;3;31)" '
        'office:value-type="date" office:date-value="1899-12-30"/><table:table-cell table:formula="of:=DATE(2026;3;31)"'
        ' office:value-type="date" office:date-value="-99999999-01-01T99:99:99.999999999"/></table:table-row>'))
    yield "ods", f"{stem}.errors", patch(at_table_end(
        "<table:table-row>" + "".join(cell.format(e) for e in ERRORS + ["Err:502"]) + "</table:table-row>"))
    # Number styles of digits, text and conditional sections, on number cells and identifiers.
    for label, styles in ODS_NUMBER_STYLES:
        yield "ods", f"{stem}.numstyle-{label}", patch(lambda xml, st=styles: ods_styled_numbers(xml, st))
    # Formulas that read cells with their results, in a document that does not calculate by itself.
    settings = ('<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings>'
                '<config:config-item-set config:name="ooo:configuration-settings"><config:config-item '
                'config:name="AutoCalculate" config:type="boolean">{}</config:config-item></config:config-item-set>'
                "</office:settings></office:document-settings>")
    reads = at_table_end(
        '<table:table-row><table:table-cell table:formula="of:=[.A1]" office:value-type="string" '
        'office:string-value="Canada" calcext:value-type="string"><text:p>Canada</text:p></table:table-cell>'
        '<table:table-cell table:formula="of:=SUM([.B2:.B9])" office:value-type="float" office:value="1850" '
        'calcext:value-type="float"><text:p>1850</text:p></table:table-cell></table:table-row>')
    for value in ["false", "true", "FALSE", "f" * 5000]:
        e = [(n, d) for n, d in entries if n != "settings.xml"] + [("settings.xml", settings.format(value).encode())]
        yield "ods", f"{stem}.autocalculate-{value[:8]}", write_zip(replace_part(e, "content.xml", reads))
    # Long texts and many tables.
    yield "ods", f"{stem}.long-cell", patch(at_table_end("<table:table-row>" + cell.format("Ä" * 40000)
                                                         + "</table:table-row>", table=0))
    yield "ods", f"{stem}.huge-cell", patch(at_table_end("<table:table-row>" + cell.format("x" * 6000000)
                                                         + "</table:table-row>", table=0))
    yield "ods", f"{stem}.many-tables", patch(lambda xml: xml.replace(
        "</office:spreadsheet>", "".join(f'<table:table table:name="Goods{i}"><table:table-row>'
                                         + cell.format(i) + "</table:table-row></table:table>"
                                         for i in range(60)) + "</office:spreadsheet>"))


# ---- CSV ----

def csv_encodings(name, data):
    text = data.decode("utf-8-sig")
    yield f"{name}.utf16le-bom", b"\xff\xfe" + text.encode("utf-16-le")
    yield f"{name}.utf16be", text.encode("utf-16-be")
    yield f"{name}.cp1252", text.encode("cp1252", errors="replace")
    yield f"{name}.utf8-bom", b"\xef\xbb\xbf" + data


def csv_edits(name, data, big):
    text = data.decode("utf-8-sig")
    sep = ";" if text.count(";") > text.count(",") else ","
    other = "," if sep == ";" else ";"
    yield f"{name}.enormous-field", (text + sep.join(["x", "y" * big, "z"]) + "\n").encode()
    yield f"{name}.enormous-quoted", (text + '"' + "a,b;c\n" * (big // 6) + '"\n').encode()
    yield f"{name}.other-separator", text.replace(sep, other).encode()
    yield f"{name}.tabs", text.replace(sep, "\t").encode()
    yield f"{name}.unclosed-quote", (text + '"never closed' + sep + "x\n").encode()
    yield f"{name}.many-columns", (text + sep.join(["v"] * 20000) + "\n").encode()
    yield f"{name}.many-rows", (text + ("x" + sep + "y\n") * 20000).encode()
    yield f"{name}.errors", (text + sep.join(ERRORS) + "\n").encode()
    yield f"{name}.crlf-nul", text.replace("\n", "\r\n").encode() + b"\x00\x00\r\r\n"


# Place names written in the legacy encodings of the countries that write them: (country code, encodings, places).
LEGACY_PLACES = [
    ("CZ", ["cp1250", "iso8859_2"], ["Plzeň", "Příbram", "Ústí nad Labem"]),
    ("PL", ["cp1250", "iso8859_2"], ["Łódź", "Gdańsk", "Bielsko-Biała"]),
    ("HU", ["cp1250", "iso8859_2"], ["Győr", "Székesfehérvár"]),
    ("RO", ["cp1250", "iso8859_2"], ["Brăila", "Constanţa"]),
    ("RU", ["cp1251", "iso8859_5", "koi8_r"], ["Москва", "Нижний Новгород"]),
    ("BG", ["cp1251", "iso8859_5"], ["София", "Пловдив"]),
    ("UA", ["cp1251"], ["Київ", "Харків"]),
    ("GR", ["cp1253", "iso8859_7"], ["Αθήνα", "Θεσσαλονίκη"]),
    ("DK", ["cp1252", "iso8859_1", "iso8859_15"], ["Ærø", "Næstved", "Søborg", "Århus"]),
    ("NO", ["cp1252", "iso8859_1"], ["Ålesund", "Tromsø", "Bodø"]),
    ("IS", ["cp1252", "iso8859_1"], ["Þingvellir", "Ísafjörður", "Egilsstaðir"]),
    ("SE", ["cp1252", "iso8859_15"], ["Göteborg", "Malmö", "Västerås"]),
    ("TR", ["cp1254", "iso8859_9"], ["İstanbul", "Şanlıurfa", "Çorlu", "Uşak"]),
    ("LT", ["cp1257", "iso8859_13", "iso8859_4"], ["Šiauliai", "Klaipėda", "Panevėžys"]),
    ("LV", ["cp1257", "iso8859_13"], ["Rēzekne", "Liepāja", "Jūrmala"]),
    ("EE", ["cp1257", "iso8859_13"], ["Pärnu", "Võru", "Jõhvi"]),
    ("VN", ["cp1258"], ["Bắc Ninh", "Hà Nội", "Đà Nẵng"]),
]


def legacy_encode(text, codec):
    """`text` in a legacy encoding; windows-1258 writes Vietnamese with combining tone marks."""
    import unicodedata
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(codec)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", d[:2])
        rest = d[2:] if len(base) == 1 else d[1:]
        base = base if len(base) == 1 else d[:1]
        out += (base + rest).encode(codec, errors="replace")
    return bytes(out)


def legacy_csv_variants(stem, entries):
    """The places-of-work file (and the supplier file) with places of one country in its legacy encodings: with that
    country declared, with a country of another encoding beside it, and with none."""
    sites = [(n, b) for n, b in entries if fold(n.rsplit(".", 1)[0]) in ("placesofwork", "lieuxdetravail")]
    if not sites:
        return
    name, body = sites[0]
    text = body.decode("utf-8-sig")
    lines = text.splitlines()
    sep = ";" if lines[0].count(";") > lines[0].count(",") else ","
    head = lines[0].split(sep)
    country = next((i for i, h in enumerate(head) if fold(h) in ("pays", "country")), None)
    city = next((i for i, h in enumerate(head) if fold(h) in ("ville", "city")), None)
    if country is None or city is None:
        return
    for code, codecs_, places in LEGACY_PLACES:
        for declared in ("own", "mixed", "none"):
            rows = [lines[0]]
            for i, line in enumerate(lines[1:]):
                cells = line.split(sep)
                if len(cells) <= max(country, city):
                    rows.append(line)
                    continue
                cells[city] = places[i % len(places)]
                cells[country] = {"own": code, "mixed": code if i else "CA", "none": ""}[declared]
                rows.append(sep.join(cells))
            csv_text = "\r\n".join(rows) + "\r\n"
            for codec in codecs_:
                data = legacy_encode(csv_text, codec)
                e = [(n, data if n == name else d) for n, d in entries]
                yield "zip", f"{stem}.legacy-{code}-{codec}-{declared}", write_zip(e)
                if declared == "own":
                    yield "csv", f"{stem}.legacy-alone-{code}-{codec}", data


def zip_variants(stem, data):
    entries = read_zip(data)
    yield "zip", stem, data
    for name, body in entries:
        yield "csv", f"{stem}.{name}", body
    for i, (name, body) in enumerate(entries):
        for label, variant in list(csv_encodings(name, body)) + list(csv_edits(name, body, 8000000)):
            e = [(n, variant if n == name else d) for n, d in entries]
            yield "zip", f"{stem}.{label}", write_zip(e)
    # A lone CSV file is not inflated: its enormous fields are as large as a seed may be.
    name, body = entries[0]
    for label, variant in list(csv_encodings(name, body)) + list(csv_edits(name, body, 200000)):
        yield "csv", f"{stem}.alone.{label}", variant
    yield "zip", f"{stem}.many-files", write_zip(entries + [(f"biens{i}.csv", b"a,b\n") for i in range(60)]
                                                 + [(f"Goods/{i}.csv", b"a,b\n") for i in range(30)])
    yield "zip", f"{stem}.macosx", write_zip([("__MACOSX/" + n, d) for n, d in entries] + entries)
    # Legacy encodings chosen by the declared countries (import/text_in.rs).
    yield from legacy_csv_variants(stem, entries)


# ---- JSON ----

def json_variants(stem, data):
    text = data.decode("utf-8-sig")
    doc = json.loads(text)
    dump = lambda d: json.dumps(d, ensure_ascii=False).encode()
    yield stem, data
    yield f"{stem}.bom", b"\xef\xbb\xbf" + data.lstrip(b"\xef\xbb\xbf")
    yield f"{stem}.utf16le-bom", b"\xff\xfe" + text.encode("utf-16-le")
    yield f"{stem}.utf16be", text.encode("utf-16-be")
    # Deep nesting in a value and at the top.
    yield f"{stem}.deep-value", text.replace('"supplier": {', '"supplier": {"x": ' + "[" * 50000 + "]" * 50000 + ",", 1).encode()
    yield f"{stem}.deep-object", ('{"supplier": ' + '{"a":' * 20000 + "1" + "}" * 20000 + "}").encode()
    yield f"{stem}.deep-unclosed", ("[" * 100000).encode()
    # Huge lists: entries, a list value, keys.
    sites = doc.get("places_of_work") or [{}]
    big = dict(doc, places_of_work=(sites * (12000 // max(len(sites), 1) + 1))[:12000])
    out = dump(big)
    while len(out) > MAX_LEN - 1:
        big["places_of_work"] = big["places_of_work"][: len(big["places_of_work"]) * 3 // 4]
        out = dump(big)
    yield f"{stem}.many-entries", out
    tiny = dict(doc, places_of_work=[{}] * 30000)
    yield f"{stem}.many-empty-entries", dump(tiny)
    yield f"{stem}.huge-list-value", dump(dict(doc, supplier=dict(doc.get("supplier", {}), address=list(range(30000)))))
    yield f"{stem}.many-keys", dump(dict(doc, supplier={f"k{i}": i for i in range(15000)}))
    # NaN and Infinity, in and out of strings; lone surrogates; invalid UTF-8.
    yield f"{stem}.nan", text.replace('"supplier": {', '"supplier": {"n": NaN, "m": "NaN", "i": -Infinity,', 1).encode()
    yield f"{stem}.lone-surrogate", text.replace('"supplier": {', '"supplier": {"s": "\\ud800x", "t": "\\udfff",', 1).encode()
    yield f"{stem}.bad-escape", text.replace('"supplier": {', '"supplier": {"s": "\\uZZZZ\\x",', 1).encode()
    yield f"{stem}.invalid-utf8", data.replace(b"supplier", b"suppl\xc3\x28ier", 1) + b"\xff\xfe\x00"
    # Long strings.
    yield f"{stem}.long-string", dump(dict(doc, supplier=dict(doc.get("supplier", {}), legal_name="N" * 40000)))
    yield f"{stem}.huge-string", dump(dict(doc, supplier=dict(doc.get("supplier", {}), address="é" * 120000)))
    yield f"{stem}.huge-key", dump(dict(doc, **{"k" * 200000: 1}))
    yield f"{stem}.wrong-shapes", dump(dict(doc, supplier=[1, [2], {"a": {}}], attestations={"x": [[]]},
                                           places_of_work="none", goods=None))
    yield f"{stem}.top-list", dump([doc] * 3)
    yield f"{stem}.trailing", data + b"\n{}"


# ---- minimised findings ----

CT = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
PKG_RELS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            b'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="xl/workbook.xml"/></Relationships>')
WB_RELS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
           b'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           b'Target="worksheets/sheet1.xml"/></Relationships>')
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def small_xlsx(sheet_name, sheet_xml, extra=()):
    wb = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
          f'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet_name}" sheetId="1" '
          'r:id="rId1"/></sheets></workbook>')
    return write_zip([("[Content_Types].xml", CT), ("_rels/.rels", PKG_RELS), ("xl/workbook.xml", wb.encode()),
                      ("xl/_rels/workbook.xml.rels", WB_RELS), ("xl/worksheets/sheet1.xml", sheet_xml.encode()),
                      *extra])


def small_ods(table_xml):
    content = (f"<office:document-content {ODS_NS}><office:body><office:spreadsheet>"
               f'<table:table table:name="T">{table_xml}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    return write_zip([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                      ("META-INF/manifest.xml", manifest), ("content.xml", content.encode())])


def regressions():
    """The smallest inputs found for each finding (see regressions/README.md), as the fuzz target reads them."""
    one = '<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>'
    rows = "".join(f'<row r="{r}">{inline(f"A{r}", "Canada")}</row>' for r in range(1, 5001))
    yield "xlsx", "xlsx-shared-strings-unique-count", write_zip(
        [("[Content_Types].xml", CT), ("_rels/.rels", PKG_RELS),
         ("xl/sharedStrings.xml", b'<sst uniqueCount="4294967295"/>')])
    yield "ods", "ods-far-column-rows", small_ods(
        ('<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
         '<table:table-cell office:value-type="float" office:value="1"/></table:table-row>') * 600)
    yield "xlsx", "xlsx-merges-times-rows", small_xlsx(
        "PlacesOfWork", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData><mergeCells>" + '<mergeCell ref="A1:A1048576"/>' * 20000
        + "</mergeCells></worksheet>")
    yield "ods", "ods-rows-repeated-overflow", small_ods(
        one + '<table:table-row table:number-rows-repeated="18446744073709551615"><table:table-cell '
        'office:value-type="float" office:value="1"/></table:table-row>')
    yield "ods", "ods-value-past-last-row", small_ods(
        one + '<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="30"/><table:table-cell '
        'office:value-type="float" office:value="1"/></table:table-row>')
    deep = "(" * 99000 + "1" + ")" * 99000
    yield "xlsx", "xlsx-formula-deep-parentheses", small_xlsx(
        "PlacesOfWork", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f'<row r="1">{inline("A1", "Site ID")}</row><row r="2"><c r="A2"><f>{deep}</f><v>0</v></c></row>'
        "</sheetData></worksheet>")
    yield "ods", "ods-formula-deep-parentheses", small_ods(
        f'<table:table-row><table:table-cell table:formula="of:={deep}" office:value-type="float" '
        'office:value="0" calcext:value-type="float"/></table:table-row>')
    yield "ods", "ods-columns-repeated-overflow", small_ods(
        '<table:table-row><table:table-cell office:value-type="float" office:value="1"/><table:table-cell '
        'table:number-columns-repeated="18446744073709551615" office:value-type="float" office:value="1"/>'
        "</table:table-row>")


# ---- XLSB (MS-XLSB §2.1.4: records of a type of one or two bytes and a size of one to four, seven bits each) ----

def xlsb_record(kind, body=b""):
    out = bytearray([kind]) if kind < 0x80 else bytearray([(kind & 0x7F) | 0x80, kind >> 7])
    n = len(body)
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | 0x80 if n else b)
        if not n:
            break
    return bytes(out) + body


def wide(text):
    units = text.encode("utf-16-le")
    return (len(units) // 2).to_bytes(4, "little") + units


def xlsb_cell(col, style, kind, value):
    head = col.to_bytes(4, "little") + style.to_bytes(3, "little") + b"\0"
    if kind == "text":
        return xlsb_record(0x0006, head + wide(value))
    return xlsb_record(0x0005, head + __import__("struct").pack("<d", value))


def xlsb_sheet(rows, extra=b""):
    out = xlsb_record(0x0081) + xlsb_record(0x0094, bytes(16)) + xlsb_record(0x0091)
    for r, row in enumerate(rows):
        out += xlsb_record(0x0000, r.to_bytes(4, "little") + bytes(13))
        for c, cell in enumerate(row):
            out += xlsb_cell(c, cell[2] if len(cell) > 2 else 0, cell[0], cell[1])
    return out + extra + xlsb_record(0x0092) + xlsb_record(0x0082)


def xlsb_styles(formats, cell_styles):
    out = xlsb_record(0x0116) + xlsb_record(0x0267, len(formats).to_bytes(4, "little"))
    for fid, code in formats:
        out += xlsb_record(0x002C, fid.to_bytes(2, "little") + wide(code))
    out += xlsb_record(0x0268) + xlsb_record(0x0269, len(cell_styles).to_bytes(4, "little"))
    for fid in cell_styles:
        out += xlsb_record(0x002F, bytes(2) + fid.to_bytes(2, "little") + bytes(12))
    return out + xlsb_record(0x026A) + xlsb_record(0x0117)


def xlsb_book(sheets, styles):
    workbook = xlsb_record(0x0083) + xlsb_record(0x008F)
    rels = ['<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _) in enumerate(sheets, 1):
        workbook += xlsb_record(0x009C, bytes(4) + i.to_bytes(4, "little") + wide(f"rId{i}") + wide(name))
        rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/worksheet" Target="worksheets/sheet{i}.bin"/>')
    workbook += xlsb_record(0x0090) + xlsb_record(0x0084)
    entries = [
        ("[Content_Types].xml", b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
         b'org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.'
         b'binary.macroEnabled.main"/></Types>'),
        ("xl/workbook.bin", workbook),
        ("xl/_rels/workbook.bin.rels", ("".join(rels) + "</Relationships>").encode()),
    ]
    if styles is not None:
        entries.append(("xl/styles.bin", styles))
    entries += [(f"xl/worksheets/sheet{i}.bin", data) for i, (_, data) in enumerate(sheets, 1)]
    return write_zip(entries)


def xlsb_variants():
    """A small XLSB declaration (the one of src/import/xlsb_tests.rs) and variants: cells at the far corner, a record
    whose size claims 2^28 bytes, formats and strings that claim 2^32-2 units, 70,000 cell styles, a sheet cut short."""
    t = lambda s: ("text", s)
    supplier = [[t("Legal name"), t("Example Gloves Inc.")], [t("Business number"), t("123456782")],
                [t("Country"), t("CA")], [t("Declaration date"), ("number", 46299.0, 3)],
                [t("Signatory name"), t("Ann Roy")]]
    attest = [[t("Right"), t("Attested")], [t("forced_labour"), t("Yes")]]
    places = [[t(h) for h in ["Site ID", "Site name", "Role", "Goods", "Workers", "Address", "City", "Country"]],
              [t("G1"), t("Glove plant"), t("manufacturing"), t("gloves"), ("number", 120.0, 0), t("Jalan 1"),
               t("Klang"), t("MY")]]
    formats = [(164, "yyyy-dd-mm"), (165, "mmm yyyy"), (166, "yyyy-mm-dd"), (167, "# ?/?")]
    styles = xlsb_styles(formats, [0, 164, 165, 166, 14, 167, 9])

    def book(extra=b"", styles=styles, places=places):
        return xlsb_book([("Supplier", xlsb_sheet(supplier)), ("Attestations", xlsb_sheet(attest)),
                          ("PlacesOfWork", xlsb_sheet(places, extra))], styles)

    yield "xlsb", "xlsb-declaration", book()
    yield "xlsb", "xlsb-without-styles", book(styles=None)
    far = (xlsb_record(0x0000, (1048575).to_bytes(4, "little") + bytes(13))
           + xlsb_cell(16383, 0, "number", 1.0) + xlsb_cell(0xFFFFFFFF, 0xFFFFFF, "number", 1e308))
    yield "xlsb", "xlsb-far-cells", book(extra=far)
    yield "xlsb", "xlsb-row-past-grid", book(extra=xlsb_record(0x0000, b"\xff" * 17) + xlsb_cell(0, 0, "text", "x"))
    yield "xlsb", "xlsb-size-claims-too-much", book(extra=b"\x05\xff\xff\xff\x7f" + bytes(16))
    claim = (200).to_bytes(2, "little") + (0xFFFFFFFE).to_bytes(4, "little") + b"A\0"
    yield "xlsb", "xlsb-format-claims-too-much", book(styles=xlsb_record(0x0269) + xlsb_record(0x002C, claim))
    yield "xlsb", "xlsb-many-cell-styles", book(styles=xlsb_styles(formats, [9] * 70000))
    yield "xlsb", "xlsb-sheet-cut-short", book(extra=xlsb_record(0x0006, bytes(8) + (0xFFFFFFFE).to_bytes(4, "little")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "corpus" / "workbook"))
    ap.add_argument("--without", action="append", default=[], metavar="TEXT",
                    help="leave out the seeds whose name contains TEXT (a finding not fixed yet stops every run)")
    ap.add_argument("--regressions", action="store_true",
                    help="write the minimised findings into regressions/ instead")
    args = ap.parse_args()
    if args.regressions:
        for carrier, name, data in regressions():
            (HERE / "regressions" / f"{name}.{carrier}").write_bytes(bytes([CARRIER[carrier]]) + data)
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = []
    for f in sorted(ACCEPTED.iterdir()):
        data = f.read_bytes()
        if f.suffix == ".xlsx":
            seeds += list(xlsx_variants(f.stem, data))
        elif f.suffix == ".ods":
            seeds += list(ods_variants(f.stem, data))
        elif f.suffix == ".zip":
            seeds += list(zip_variants(f.stem, data))
        elif f.suffix == ".json":
            seeds += [("json", n, d) for n, d in json_variants(f.stem, data)]
    # The same workbooks as LibreOffice writes them: its ODS files get the variants; its XLS files (refused with what
    # to do, told by their content under any name) are read as they are.
    for f in sorted(LIBREOFFICE.iterdir()):
        data = f.read_bytes()
        if f.suffix == ".ods":
            seeds += [(c, "lo-" + n, d) for c, n, d in ods_variants(f.stem, data)]
        elif f.suffix == ".xls":
            seeds += [("xlsx", f"lo-{f.stem}.xls", data), ("ods", f"lo-{f.stem}.xls-as-ods", data)]
    seeds += list(xlsb_variants())
    # The XLS files under their own name too (refused with what to do).
    seeds += [("xls", f"lo-{f.stem}", f.read_bytes()) for f in sorted(LIBREOFFICE.glob("*.xls"))]
    for f in sorted(DEMO.glob("*.json")):
        seeds.append(("json", f.stem, f.read_bytes()))
    # The richest demo file also gets the variants.
    demo = max(sorted(DEMO.glob("*.json")), key=lambda p: p.stat().st_size)
    seeds += [("json", "demo-" + n, d) for n, d in json_variants(demo.stem, demo.read_bytes())]
    written = skipped = 0
    for carrier, name, data in seeds:
        body = bytes([CARRIER[carrier]]) + data
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)
        if any(w in safe for w in args.without):
            continue
        if len(body) > MAX_LEN:
            print(f"skipped {safe}.{carrier}: {len(body)} bytes > {MAX_LEN}", file=sys.stderr)
            skipped += 1
            continue
        (out / f"{safe}.{carrier}").write_bytes(body)
        written += 1
    print(f"{written} seeds in {out} ({skipped} over {MAX_LEN} bytes skipped)")


if __name__ == "__main__":
    main()

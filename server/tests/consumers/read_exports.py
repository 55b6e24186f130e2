"""Reads Sauti's exports the way analysts' tools do: pandas, openpyxl and libhxl.

Usage: read_exports.py <manifest.json>. The manifest lists files, each with its format,
its table (`records` or a repeat's name), whether it carries an HXL row, the rows
expected and the consent methods expected in `consent_method` (main tables). Exits
non-zero, naming the file, on the first thing a tool cannot read or that differs from
what was expected.

With an HXL row, every column of every table (each CSV and JSON table, each XLSX sheet)
must have a tag libhxl parses whose hashtag is in the HXL core dictionary
(server/src/export/hxl-core-hashtags.txt).
"""
import json
import os
import sys

import hxl
import openpyxl
import pandas


CORE_LIST = os.path.join(
    os.path.dirname(__file__), "..", "..", "src", "export", "hxl-core-hashtags.txt"
)


def core_hashtags():
    with open(CORE_LIST, encoding="utf-8") as f:
        tags = {line.strip() for line in f if line.startswith("#") and not line.startswith("# ")}
    assert len(tags) >= 40, tags
    return tags


def check_tags(header, tags, where):
    """Every column has a tag libhxl parses, with a core hashtag; no two columns share one."""
    core = core_hashtags()
    assert len(tags) == len(header), f"{where}: {len(tags)} tags for {len(header)} columns"
    parsed = []
    for name, raw in zip(header, tags):
        column = hxl.model.Column.parse(raw, header=name)
        assert column, f"{where}: column {name!r} has no tag libhxl reads: {raw!r}"
        assert column.tag in core, f"{where}: {name!r} is tagged {column.tag}, not a core hashtag"
        parsed.append(column.get_display_tag(sort_attributes=True))
    assert len(set(parsed)) == len(parsed), f"{where}: tags repeat: {parsed}"


def check(entry):
    path, fmt = entry["path"], entry["format"]
    table = entry.get("table", "records")
    if fmt == "csv":
        frame = pandas.read_csv(path, encoding="utf-8-sig", skiprows=[1] if entry["hxl"] else None)
    elif fmt == "json":
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        frame = pandas.DataFrame(doc["rows"], columns=doc["export"]["columns"])
        if entry["hxl"]:
            check_tags(doc["export"]["columns"], doc["hxl"], "json")
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        assert table in book.sheetnames, book.sheetnames
        frame = pandas.read_excel(path, sheet_name=table, skiprows=[1] if entry["hxl"] else None)
        if entry["hxl"]:
            for index, name in enumerate(book.sheetnames):
                rows = book[name].iter_rows(min_row=1, max_row=2, values_only=True)
                header, tags = ([cell or "" for cell in row] for row in rows)
                check_tags(header, tags, f"sheet {name}")
                # libhxl itself finds the hashtag row of every sheet.
                data = hxl.data(path, hxl.InputOptions(allow_local=True, sheet_index=index))
                assert all(c.tag for c in data.columns), f"sheet {name}: {data.columns}"
    else:
        raise ValueError(fmt)
    assert len(frame) == entry["rows"], f"{len(frame)} rows, expected {entry['rows']}"
    if entry.get("methods") and table == "records":
        methods = sorted(frame["consent_method"].tolist())
        assert methods == sorted(entry["methods"]), methods
    for column in entry.get("numbers", []) if table == "records" else []:
        assert pandas.api.types.is_numeric_dtype(frame[column]), f"{column}: {frame[column].dtype}"
    if entry["hxl"] and fmt == "csv":
        data = hxl.data(path, hxl.InputOptions(allow_local=True))
        header = list(pandas.read_csv(path, encoding="utf-8-sig", nrows=0).columns)
        check_tags(header, [column.display_tag for column in data.columns], "csv")
        assert "#meta+id" in [column.display_tag for column in data.columns]
        assert sum(1 for _ in data) == entry["rows"], "libhxl rows"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    for entry in manifest:
        try:
            check(entry)
        except Exception as error:  # the file is named, whatever went wrong
            print(f"{entry['path']}: {type(error).__name__}: {error}")
            sys.exit(1)
    print(f"{len(manifest)} exports read")


main()

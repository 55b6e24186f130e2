"""Reads Sauti's exports the way analysts' tools do: pandas, openpyxl and libhxl.

Usage: read_exports.py <manifest.json>. The manifest lists files, each with its format,
whether it carries an HXL row, the rows expected and the consent methods expected in
`consent_method` (main tables). Exits non-zero, naming the file, on the first thing a
tool cannot read or that differs from what was expected.
"""
import json
import sys

import hxl
import openpyxl
import pandas


def check(entry):
    path, fmt = entry["path"], entry["format"]
    if fmt == "csv":
        frame = pandas.read_csv(path, encoding="utf-8-sig", skiprows=[1] if entry["hxl"] else None)
    elif fmt == "json":
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        frame = pandas.DataFrame(doc["rows"], columns=doc["export"]["columns"])
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        assert "records" in book.sheetnames, book.sheetnames
        frame = pandas.read_excel(path, sheet_name="records", skiprows=[1] if entry["hxl"] else None)
    else:
        raise ValueError(fmt)
    assert len(frame) == entry["rows"], f"{len(frame)} rows, expected {entry['rows']}"
    if entry.get("methods"):
        methods = sorted(frame["consent_method"].tolist())
        assert methods == sorted(entry["methods"]), methods
    for column in entry.get("numbers", []):
        assert pandas.api.types.is_numeric_dtype(frame[column]), f"{column}: {frame[column].dtype}"
    if entry["hxl"] and fmt == "csv":
        data = hxl.data(path, hxl.InputOptions(allow_local=True))
        tags = [column.display_tag for column in data.columns if column.display_tag]
        assert "#meta+id" in tags, tags
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

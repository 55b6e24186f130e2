"""Reads a Kobo-layout export as analysis scripts written for KoboToolbox exports do.

Usage: read_kobo.py <expected.json>. The file names the workbook (every table, one
download) and the main and members tables as CSV, and what must come out: the rows of
each table and, per select_multiple choice column, its sum. The script joins the members
to their households on `_parent_index` = `_index` with pandas, checks every member landed
on its own household (`_submission__uuid` = `_uuid`), and sums the 0/1 choice columns.
Exits non-zero saying what differs.
"""
import json
import sys

import pandas


def check(main, members, expected, where):
    assert len(main) == expected["records"], f"{where}: {len(main)} records"
    assert len(members) == expected["members"], f"{where}: {len(members)} members"
    assert list(main["_index"]) == list(range(1, len(main) + 1)), f"{where}: {main['_index']}"
    joined = members.merge(
        main, left_on="_parent_index", right_on="_index", suffixes=("", "_household"),
        validate="many_to_one",
    )
    assert len(joined) == len(members), f"{where}: {len(joined)} members joined"
    assert (joined["_submission__uuid"] == joined["_uuid"]).all(), f"{where}: joined wrongly"
    assert (members["_parent_table_name"] == "records").all(), where
    sizes = joined.groupby("_uuid").size()
    for uuid, size in expected["household_sizes"].items():
        assert sizes[uuid] == size, f"{where}: {uuid} has {sizes[uuid]} members, not {size}"
    # The household size the form counted agrees with the members joined to it.
    for _, row in main.iterrows():
        assert int(row["household_size"]) == int(sizes[row["_uuid"]]), f"{where}: {row['_uuid']}"
    for column, total in expected["sums"].items():
        assert pandas.api.types.is_numeric_dtype(main[column]), f"{where}: {column} {main[column].dtype}"
        assert int(main[column].sum()) == total, f"{where}: sum of {column} is {main[column].sum()}, not {total}"
    # Group paths name the columns, as Kobo names them.
    for column in expected["columns"]:
        assert column in main.columns or column in members.columns, f"{where}: no column {column}"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = json.load(f)
    book = pandas.read_excel(expected["xlsx"], sheet_name=None)
    assert list(book) == ["records", "members"], list(book)
    check(book["records"], book["members"], expected, "xlsx")
    main_csv = pandas.read_csv(expected["main_csv"], encoding="utf-8-sig")
    members_csv = pandas.read_csv(expected["members_csv"], encoding="utf-8-sig")
    check(main_csv, members_csv, expected, "csv")
    print("kobo layout read")


main()

"""Write the malformed-input corpus to tests/corpus/files/ (deterministic).

Run from the project root:  .venv/bin/python tests/corpus/make_corpus.py

Every file is built from the literal text or rows below, so the bytes (encodings,
line endings, quoting) are exactly what each scenario names. Workbooks are written
with openpyxl and then re-zipped with fixed timestamps and fixed document
properties, so running the script again gives byte-identical files. The files are
committed; tests/corpus/test_corpus.py reads the committed files, not this script.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl

FILES = Path(__file__).resolve().parent / "files"

Q1 = "I hvilken grad giver samarbejdet med enheden dig håb om forandring?"
Q2 = "I hvilken grad føler du dig tryg, når du siger din mening?"  # a comma in a header
GROUP = "Målgruppe"
COMMENT = "Har du andre kommentarer?"
OUTCOME_HEADER = "BorgerID;Dato;Status"
OUTCOME_ROWS = [
    "P0001;2022-02-15;Afklaring påbegyndt",
    "P0002;2021-06-01;Job med løntilskud",
    "P0003;2019-11-20;Afsluttet - flytning",
]

ZIP_TIME = (2022, 2, 15, 12, 0, 0)
CORE_TIME = b"2022-02-15T12:00:00Z"


def text_file(lines: list[str], encoding: str = "utf-8", end: str = "\r\n") -> bytes:
    """Lines joined with ``end`` (and one after the last), encoded; "utf-16" is little-endian with a BOM."""
    text = "".join(line + end for line in lines)
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def outcome_file(rows: list[str], header: str = OUTCOME_HEADER, delimiter: str = ";") -> bytes:
    return text_file([header.replace(";", delimiter)] + [row.replace(";", delimiter) for row in rows])


def rezip(data: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """The same archive with fixed timestamps and properties (and ``extra`` entries added)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
        for name, original in [*entries, *(extra or {}).items()]:
            content = original
            if name == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + CORE_TIME, original)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, content, compresslevel=9)
    return out.getvalue()


def workbook(sheets: dict[str, list[list[object]]], formats: dict[tuple[str, str], str] | None = None) -> bytes:
    """An .xlsx with the given sheets (first one active); ``formats`` maps (sheet, cell) to a number format."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    for (title, cell), number_format in (formats or {}).items():
        book[title][cell].number_format = number_format
    book.properties.creator = "make_corpus.py"
    book.properties.created = dt.datetime(2022, 2, 15, 12, 0, 0)
    buffer = io.BytesIO()
    book.save(buffer)
    return rezip(buffer.getvalue())


def patch_sheet(data: bytes, change: object) -> bytes:
    """The workbook with the first sheet's XML passed through ``change``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            target.writestr(info, content)
    return rezip(out.getvalue())


OUTCOME_SHEET = [
    ["BorgerID", "Dato", "Status"],
    ["P0001", "2022-02-15", "Afklaring påbegyndt"],
    ["P0002", "2021-06-01", "Job med løntilskud"],
    ["P0003", "2019-11-20", "Afsluttet - flytning"],
]


def files() -> dict[str, bytes]:
    """Every corpus file: name -> bytes."""
    corpus: dict[str, bytes] = {}

    # --- readable files: encodings, delimiters, quoting, headers -------------------------
    corpus["semicolon_cp1252.csv"] = text_file(
        [
            f"{Q1};{Q2};{GROUP};{COMMENT}",
            "I meget høj grad;I høj grad;Fysisk handicap;Godt – tak for hjælpen",
            "I høj grad;Ved ikke;Hjerneskade;Kørsel koster 50 €",
            "Slet ikke;;Psykisk diagnose;",
        ],
        "cp1252",
    )
    corpus["comma_utf8_bom.csv"] = text_file(
        [
            f'{Q1},"{Q2}",{GROUP}',
            '"I nogen grad","I mindre grad",Andet',
            "I meget høj grad,I meget høj grad,Fysisk handicap",
        ],
        "utf-8-sig",
    )
    corpus["tab_utf16.csv"] = text_file(
        [f"{Q1}\t{Q2}\t{GROUP}", "I høj grad\tI nogen grad\tHjerneskade", "Ved ikke\tSlet ikke\tAndet"],
        "utf-16",  # Excel's »Unicode text«: UTF-16 LE with BOM, tab, CRLF
    )
    corpus["pipe.csv"] = outcome_file(
        ["P0001;2022-02-15;Afklaring påbegyndt", "P0002;2021-06-01;Job med løntilskud", "P0001;2022-03-01;Praktik"],
        delimiter="|",
    )
    corpus["quoted_newline_in_comment.csv"] = text_file(
        [
            f"{Q1};{Q2};{GROUP};{COMMENT}",
            'I høj grad;I høj grad;Andet;"Tak for\r\nhjælpen"',
            'I nogen grad;Slet ikke;Andet;"Han sagde ""nej; tak"""',
            "I meget høj grad;I mindre grad;Hjerneskade;",
        ]
    )
    corpus["trailing_spaces_in_header.csv"] = outcome_file(OUTCOME_ROWS, header="BorgerID ;Dato  ; Status ")
    corpus["odd_capitalisation_header.csv"] = outcome_file(
        ["P0001;2022-02-15;PRAKTIK", "P0002;2021-06-01;job med løntilskud"], header="borgerid;DATO;sTaTuS"
    )
    corpus["decimal_comma_serial_dates.csv"] = outcome_file(
        ["P0001;44607;Praktik", 'P0002;"44607,0";Praktik', "P0003;44.608;Frivilligt arbejde"]
    )
    corpus["dates_dotted_single_digit.csv"] = outcome_file(
        ["P0001;1.2.2022;Praktik", "P0002;15.02.2022;Praktik", "P0003;3.11.2021;Frivilligt arbejde"]
    )
    corpus["dates_dashed.csv"] = outcome_file(
        ["P0001;15-02-2022;Praktik", "P0002;1-3-2022;Praktik", "P0003;2021-6-1;Praktik", "P0004;01/02/2022;Praktik"]
    )
    corpus["dates_with_time.csv"] = outcome_file(
        ["P0001;2022-02-15 13:45:00;Praktik", "P0002;15-02-2022 08:00;Frivilligt arbejde"]
    )
    corpus["latin1_looking.csv"] = text_file(
        [f"{Q1};{Q2};{GROUP};{COMMENT}", "I høj grad;I høj grad;Andet;«Fin» ½ time, 20° varmt"], "latin-1"
    )
    corpus["blank_lines_before_header.csv"] = text_file(
        ["", "", OUTCOME_HEADER, OUTCOME_ROWS[0], ";;", "", OUTCOME_ROWS[1]]
    )
    corpus["mac_cr_line_endings.csv"] = text_file([OUTCOME_HEADER, *OUTCOME_ROWS], end="\r")

    # --- workbooks that should be read ---------------------------------------------------
    corpus["excel_first_sheet.xlsx"] = workbook(
        {
            "Ark1": [
                ["BorgerID", "Dato", "Status"],
                [1001, "2022-02-15", "Afklaring påbegyndt"],
                [1002.0, "2021-06-01", "§103 beskyttet beskæftigelse"],
            ],
            "Noter": [["Udtrukket", "2022-02-16"]],
        }
    )
    corpus["excel_named_sheet.xlsx"] = workbook(
        {"Forside": [["Udtræk fra sagssystemet"], ["Side 2: forløb"]], "Forløb": OUTCOME_SHEET}
    )
    labels = [["Variabel", "Værdi", "Etiket"], ["s_1", None, Q1], ["s_2", None, Q2]]
    scale = ["I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad", "Slet ikke", "Ved ikke"]
    labels += [[variable, code, answer] for variable in ("s_1", "s_2") for code, answer in enumerate(scale, 1)]
    corpus["excel_labels_sheet.xlsx"] = workbook(
        {
            "Data": [["s_1", "s_2", GROUP], [1, 2, "Andet"], [6, None, "Hjerneskade"], [3, 5, "Andet"]],
            "Labels": labels,
        }
    )
    corpus["excel_date_cells.xlsx"] = workbook(
        {
            "Forløb": [
                ["BorgerID", "Dato", "Status"],
                ["P0001", dt.date(2022, 2, 15), "Praktik"],
                ["P0002", dt.datetime(2021, 6, 1), "Frivilligt arbejde"],
                ["P0003", 44607, "Afklaring påbegyndt"],
            ]
        },
        {("Forløb", "B4"): "dd-mm-yyyy"},
    )
    corpus["excel_datetime_with_time.xlsx"] = workbook(
        {"Forløb": [["BorgerID", "Dato", "Status"], ["P0001", dt.datetime(2022, 2, 15, 13, 45), "Praktik"]]}
    )
    corpus["excel_blank_rows_before_header.xlsx"] = workbook(
        {"Forløb": [[], [], OUTCOME_SHEET[0], OUTCOME_SHEET[1], [], OUTCOME_SHEET[2]]}
    )
    # A stale <dimension> (some exporters write one): the sheet says A1:C2, but holds four rows.
    corpus["excel_stale_dimension.xlsx"] = patch_sheet(
        workbook({"Forløb": OUTCOME_SHEET}),
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:C2"', xml),
    )

    # --- files that cannot be read -------------------------------------------------------
    corpus["empty.csv"] = b""
    corpus["only_whitespace.csv"] = b"  \r\n\t\r\n \r\n"
    corpus["header_only.csv"] = outcome_file([])
    corpus["ragged_row.csv"] = outcome_file(
        [OUTCOME_ROWS[0], OUTCOME_ROWS[1], "P0004;2022-02-17;Praktik;ekstra", OUTCOME_ROWS[2]]
    )
    many = [f"P{n:04};2021-{1 + n % 12:02}-{1 + n % 28:02};Praktik" for n in range(1, 61)]
    corpus["ragged_row_after_line_60.csv"] = outcome_file([*many, "P0061;2022-01-05", "P0062;2022-01-06;Praktik"])
    corpus["one_column_looks_semicolon.csv"] = outcome_file(
        ["P0001;2022-02-15", "P0002;2022-02-16;Praktik;ekstra;mere", "P0003"]
    )
    # A free-text answer opens a quote it never closes: the rest of the file must not become one cell.
    corpus["unbalanced_quote.csv"] = text_file(
        [
            f"{Q1};{Q2};{GROUP};{COMMENT}",
            'I høj grad;I høj grad;Andet;"Godt',
            "Slet ikke;Slet ikke;Andet;",
            "I mindre grad;Slet ikke;Hjerneskade;",
        ]
    )
    # One row pasted in from a Windows-1252 file into a UTF-8 export.
    corpus["mixed_encodings.csv"] = (
        text_file([OUTCOME_HEADER, "P0001;2022-02-15;Job med løntilskud"])
        + text_file(["P0002;2022-02-16;Job med løntilskud"], "cp1252")
        + text_file(["P0003;2022-02-17;Afklaring påbegyndt"])
    )
    corpus["not_a_zip.xlsx"] = outcome_file(OUTCOME_ROWS)
    tiny = workbook({"Forløb": OUTCOME_SHEET})
    # Highly compressible entries: the archive stays small, but unpacks past the limit
    # the case sets (max_bytes 1 000 000 -> ten times that, 10 MB, unpacked).
    corpus["zip_bomb.xlsx"] = rezip(tiny, {"xl/media/fyld.bin": bytes(11_000_000)})
    corpus["zip_just_over_limit.xlsx"] = rezip(tiny, {"xl/media/fyld.bin": bytes(10_400_000)})
    corpus["damaged_sheet_xml.xlsx"] = patch_sheet(tiny, lambda xml: xml[: len(xml) // 2])
    corpus["excel_missing_sheet.xlsx"] = workbook({"Ark1": OUTCOME_SHEET})
    corpus["excel_empty_sheet.xlsx"] = workbook({"Ark1": [], "Ark2": OUTCOME_SHEET})
    corpus["csv_that_is_really_xlsx.csv"] = tiny
    corpus["binary_garbage.csv"] = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
        b"\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    corpus["undefined_cp1252_bytes.csv"] = (
        text_file([OUTCOME_HEADER], "cp1252") + b"P0001;2022-02-15;Pr\x81ktik\x8d\r\n"
    )

    # --- files that are read, but do not match the descriptor ----------------------------
    corpus["missing_column.csv"] = outcome_file(["P0001;2022-02-15"], header="BorgerID;Dato")
    corpus["missing_question_column.csv"] = text_file([f"{Q1};{GROUP}", "I høj grad;Andet"])
    corpus["duplicate_column.csv"] = outcome_file(
        ["P0001;2022-02-15;Praktik;Praktik"], header=OUTCOME_HEADER + ";Status"
    )
    corpus["unknown_answer_labels.csv"] = text_file(
        [
            f"{Q1};{Q2};{GROUP}",
            "I meget høj grad;Jeg ved det ikke;Andet",  # 2
            "Meget enig;Meget uenig;Andet",  # 3
            "Meget enig;Meget uenig;Andet",  # 4
            "I høj grad;Jeg ved det ikke;Andet",  # 5
            " Meget enig ;I høj grad;Andet",  # 6 (edge spaces do not make it another answer)
            "Meget enig;I høj grad;Andet",  # 7
            "Meget enig;I høj grad;Andet",  # 8
            "Meget enig;I høj grad;Andet",  # 9
            "Meget enig;I høj grad;Andet",  # 10
        ]
    )
    corpus["unknown_status.csv"] = outcome_file(
        [
            "P0001;2022-02-15;Praktik",
            "P0002;2022-02-15;Praktikk",
            "P0003;2022-02-15;Løntilskud",
            "P0004;2022-02-15;Løntilskud",
        ]
    )
    corpus["blank_status.csv"] = outcome_file(["P0001;2022-02-15;Praktik", "P0002;2022-02-15;"])
    corpus["unreadable_date.csv"] = outcome_file(
        ["P0001;31-02-2022;Praktik", "P0002;i går;Praktik", "P0003;2022-13-01;Praktik", "P0004;2022-02-15;Praktik"]
    )
    corpus["date_before_start.csv"] = outcome_file(["P0001;2017-03-01;Praktik", "P0002;2016-12-31;Praktik"])
    corpus["date_in_future.csv"] = outcome_file(["P0001;2026-01-01;Praktik", "P0002;2026-01-02;Praktik"])
    corpus["same_day_twice.csv"] = outcome_file(
        ["P0001;2022-02-15;Afklaring påbegyndt", "P0002;2022-02-15;Praktik", "P0001 ;15-02-2022;Praktik"]
    )
    corpus["blank_citizen_id.csv"] = outcome_file(
        ["P0001;2022-02-15;Praktik", ";2022-02-15;Praktik", "   ;2022-02-16;Praktik"]
    )
    return corpus


def main() -> None:
    FILES.mkdir(exist_ok=True)
    corpus = files()
    for old in FILES.iterdir():
        if old.name not in corpus:
            old.unlink()
    for name, content in sorted(corpus.items()):
        (FILES / name).write_bytes(content)
    print(f"{len(corpus)} files in {FILES}")


if __name__ == "__main__":
    main()

"""The output check reads a page as a reader would: a drawing's geometry (numbers and path
commands in attributes such as ``d`` and ``transform``) is no text, anything else is."""

from __future__ import annotations

from public_results.privacy.output_check import scan_output

SVG = (
    '<svg><path d="M 010190 1234 L 22 34 56 78 Z" transform="translate(221033 4455)"></path>'
    '<text x="120392" y="1234">{text}</text><rect width="22345678" height="10"></rect></svg>'
)


def test_geometry_is_not_read_as_personal_data(tmp_path):
    (tmp_path / "side.html").write_text(SVG.format(text="94 %"), encoding="utf-8")
    assert scan_output(tmp_path) == []


def test_text_in_a_drawing_and_anything_but_geometry_in_an_attribute_is_scanned(tmp_path):
    (tmp_path / "tekst.html").write_text(SVG.format(text="ring 22 34 56 78"), encoding="utf-8")
    (tmp_path / "attribut.html").write_text('<svg><path d="M0 0" aria-label="010190-1234"></path></svg>')
    (tmp_path / "adresse.html").write_text('<svg><path d="M 0 0 anna@example.dk"></path></svg>')
    found = sorted((p.file, p.value) for p in scan_output(tmp_path))
    assert found == [("adresse.html", "an**@*******.**"), ("attribut.html", "01****-****"),
                     ("tekst.html", "22 ** ** **")]  # fmt: skip

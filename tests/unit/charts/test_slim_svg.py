"""slim_svg: the same picture in fewer elements (groups that only name themselves, shapes alike but
for their place, invisible hit areas with a text each)."""

from __future__ import annotations

import re
from xml.dom import minidom

from public_results.charts.kept_files import safe_svg
from public_results.charts.slim_svg import moved, slim_svg

ROOT = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">'
    '<g fill="none" transform="translate(4,4)">{}</g></svg>'
)


def elements(svg: str) -> int:
    return len(re.findall(r"<[a-zA-Z]", svg))


def test_groups_that_only_name_themselves_go_and_their_children_stay_in_order() -> None:
    svg = ROOT.format(
        '<g class="mark-group role-frame root" role="graphics-object"><g transform="translate(0,0)">'
        '<path class="background" aria-hidden="true" d="M0,0h9v9h-9Z"/><g>'
        '<text transform="translate(1,2)" fill="#1a1a1a">A</text>'
        '<text transform="translate(3,4)" fill="#1a1a1a">B</text>'
        '</g><path class="foreground" aria-hidden="true" d="" display="none"/></g></g>'
        '<g transform="translate(0,10)"><g class="x"></g></g>'
    )
    slim = slim_svg(svg)
    texts = "".join(
        f'<text transform="translate({x},{y})" fill="#1a1a1a">{t}</text>' for x, y, t in ((1, 2, "A"), (3, 4, "B"))
    )
    assert slim == ROOT.format(texts)


def test_a_background_with_paint_and_a_moved_group_stay() -> None:
    svg = ROOT.format('<g transform="translate(0,10)"><path class="background" d="M0,0h9v9h-9Z" fill="#fff"/></g>')
    assert slim_svg(svg) == svg


def test_shapes_alike_but_for_their_place_become_one_path() -> None:
    icons = "".join(
        f'<path aria-label="Praktik: 5" transform="translate({x},7)" '
        'd="M0,-2A2,2,0,1,1,0,2A2,2,0,1,1,0,-2Z" fill="#0072B2"/>'
        for x in (10, 20, 30)
    )
    other = '<path aria-label="Job: 2" transform="translate(40,7)" d="M0,-2L1,1Z" fill="#D55E00"/>'
    ticks = "".join(f'<line transform="translate({x},0)" x2="0" y2="5" stroke="#4a4a4a"/>' for x in (0, 33))
    slim = slim_svg(ROOT.format(icons + other + ticks))
    assert elements(slim) == 2 + 3
    assert (
        '<path d="M10,5A2,2,0,1,1,10,9A2,2,0,1,1,10,5ZM20,5A2,2,0,1,1,20,9A2,2,0,1,1,20,5Z'
        'M30,5A2,2,0,1,1,30,9A2,2,0,1,1,30,5Z" aria-label="Praktik: 5" fill="#0072B2"/>'
    ) in slim
    assert other in slim  # alone: as it was
    assert '<path d="M0,0L0,5M33,0L33,5" stroke="#4a4a4a"/>' in slim


def test_see_through_or_dashed_shapes_stay_apart() -> None:
    dashed = '<line transform="translate(0,1)" x2="9" stroke="#000" stroke-dasharray="1,3"/>' * 2
    faint = '<path transform="translate(1,1)" d="M0,0L1,1" stroke="#000" opacity="0.8"/>' * 2
    svg = ROOT.format(dashed + faint)
    assert slim_svg(svg) == svg


def test_path_data_moves_absolute_commands_and_keeps_relative_ones() -> None:
    assert (
        moved("M1,2L3,4H5V6C1,1,2,2,3,3A2,2,0,1,1,7,8Z", 10, 20)
        == "M11,22L13,24H15V26C11,21,12,22,13,23A2,2,0,1,1,17,28Z"
    )
    assert moved("M0,0h1.5v2h-1.5Z", 1, 1) == "M1,1h1.5v2h-1.5Z"
    assert moved("m0,0l1,1", 1, 1) is None  # a relative start: left as it is


def test_invisible_hit_areas_become_one_path_with_each_box_and_text() -> None:
    months = "".join(
        f'<path aria-label="{month}: I afklaring {value}" role="graphics-symbol" aria-roledescription="rect mark" '
        f'd="M{x},0h2v50h-2Z" fill="#4c78a8" opacity="0"/>'
        for x, month, value in ((0, "31. marts 2017", 16), (2, "30. april 2017", ".."))
    )
    slim = slim_svg(ROOT.format(months))
    assert elements(slim) == 3
    assert (
        '<path d="M0,0h2v50h-2ZM2,0h2v50h-2Z" data-boxes="0,0,2,50 2,0,2,50" '
        'data-tips="31. marts 2017: I afklaring 16|30. april 2017: I afklaring .." fill="#4c78a8" opacity="0"/>'
    ) in slim
    assert safe_svg(slim)
    minidom.parseString(slim)


def test_a_text_with_the_separator_keeps_its_own_area() -> None:
    months = "".join(
        f'<path aria-label="{t}" d="M{x},0h2v50h-2Z" fill="#000" opacity="0"/>' for x, t in ((0, "a|b"), (2, "c"))
    )
    assert slim_svg(ROOT.format(months)).count("<path") == 2

import pytest
from defusedxml import minidom

from nouvelles.core.charts import render_bar_chart


def test_bar_chart_is_valid_svg_with_one_bar_per_value():
    svg = render_bar_chart([0, 3, 6], ["lun", "mar", "<mer>"], "Articles & jours")
    doc = minidom.parseString(svg)
    rects = doc.getElementsByTagName("rect")
    assert len(rects) == 3
    heights = [float(r.getAttribute("height")) for r in rects]
    assert heights[0] == 0 and heights[1] < heights[2]
    assert doc.documentElement.getAttribute("aria-label") == "Articles & jours"
    assert rects[2].getElementsByTagName("title")[0].firstChild.data == "<mer>: 6"


def test_bar_chart_rejects_mismatched_labels():
    with pytest.raises(ValueError):
        render_bar_chart([1], [], "t")

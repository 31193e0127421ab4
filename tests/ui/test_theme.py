"""Colours: text is readable on both schemes (WCAG contrast), and the figure's ink swaps."""

import pytest

from deskstretch.core import poses
from deskstretch.ui import theme


def test_contrast_matches_known_values():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#FAFAF7", "#FAFAF7") == 1.0


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_its_background(palette):
    for role, (text, background) in theme.text_pairs(palette).items():
        assert theme.contrast(text, background) >= 4.5, (role, text, background)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_rings_bars_and_the_figure_stand_out_from_the_background(palette):
    for role, (colour, background) in theme.graphic_pairs(palette).items():
        assert theme.contrast(colour, background) >= 3.0, (role, colour, background)


def test_the_dark_scheme_swaps_the_figure_colours():
    svg = poses.render_svg("standing_overhead_reach").encode()
    dark = theme.recolour_svg(svg, theme.DARK).decode()
    assert poses.INK not in dark and poses.ACCENT not in dark
    assert theme.DARK.text in dark and theme.DARK.accent in dark
    assert theme.recolour_svg(svg, theme.LIGHT) == svg

"""Where the stretch window opens, for screens laid out side by side, stacked or small."""

from PySide6.QtCore import QPoint, QRect, QSize

from deskstretch.ui.placement import place

SIZE = QSize(440, 600)
# A laptop panel on the left, a bigger monitor on its right; each with a 32 px panel.
LAPTOP = QRect(0, 32, 1366, 736)
MONITOR = QRect(1366, 32, 2560, 1408)


def test_opens_in_the_middle_of_the_screen_with_the_pointer():
    assert place(SIZE, QPoint(2000, 500), [LAPTOP, MONITOR]) == QRect(
        1366 + (2560 - 440) // 2, 32 + (1408 - 600) // 2, 440, 600)
    assert place(SIZE, QPoint(10, 700), [LAPTOP, MONITOR]).center().x() < 1366


def test_goes_back_where_it_was_on_the_same_screen():
    last = QRect(3400, 700, 440, 600)
    assert place(SIZE, QPoint(2000, 500), [LAPTOP, MONITOR], last) == last


def test_where_it_was_on_another_screen_does_not_count():
    last = QRect(3400, 900, 440, 600)
    frame = place(SIZE, QPoint(100, 100), [LAPTOP, MONITOR], last)
    assert LAPTOP.contains(frame)


def test_never_hangs_off_the_screen_and_shrinks_to_fit_a_small_one():
    last = QRect(1300, 600, 440, 600)  # mostly on the laptop, its bottom past the edge
    frame = place(SIZE, QPoint(100, 100), [LAPTOP, MONITOR], last)
    assert LAPTOP.contains(frame) and frame.size() == SIZE
    tiny = QRect(0, 0, 800, 480)
    assert place(SIZE, QPoint(5, 5), [tiny]) == QRect(180, 0, 440, 480)


def test_a_pointer_between_screens_picks_the_nearest():
    stacked = [QRect(0, 0, 1920, 1080), QRect(0, 1200, 1920, 1080)]  # a gap between them
    assert place(SIZE, QPoint(900, 1190), stacked).top() >= 1200
    assert place(SIZE, QPoint(900, 1090), stacked).bottom() < 1080

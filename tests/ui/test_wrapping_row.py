"""The wrapping row of buttons: one row while the buttons' size hints fit, more rows when not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.exhibit.kit import TouchButton
from kiosk.ui.widgets import WrappingRow


def make_row(qtbot, texts: list[str], width: int) -> tuple[QWidget, WrappingRow, list[TouchButton]]:
    holder = QWidget()
    row = WrappingRow(holder)
    buttons = []
    for text in texts:
        button = TouchButton(text)
        row.add(button)
        buttons.append(button)
    qtbot.addWidget(holder)
    holder.resize(width, row.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    row.setGeometry(holder.rect())
    return holder, row, buttons


def rows_of(buttons: list[TouchButton]) -> list[list[TouchButton]]:
    tops = sorted({button.y() for button in buttons if button.isVisible()})
    return [sorted((b for b in buttons if b.isVisible() and b.y() == top), key=lambda b: b.x()) for top in tops]


TEXTS = ["Сохранить: выберите…", "CSV", "XLSX", "PDF", "Повторить отклонённые"]


def test_buttons_stand_in_one_row_when_they_fit(qtbot):
    holder, _, buttons = make_row(qtbot, TEXTS, 4000)
    assert rows_of(buttons) == [buttons]
    assert holder.isVisible()
    assert all(button.width() >= button.sizeHint().width() for button in buttons)


def test_buttons_wrap_in_order_and_keep_their_size_when_the_row_is_narrow(qtbot):
    widest = max(TouchButton(text).sizeHint().width() for text in TEXTS)
    holder, row, buttons = make_row(qtbot, TEXTS, widest + 20)
    rows = rows_of(buttons)
    assert len(rows) > 1
    assert [button for line in rows for button in line] == buttons  # reading order kept
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    assert all(button.geometry().right() <= holder.width() for button in buttons)
    assert row.heightForWidth(holder.width()) > row.heightForWidth(4000)


def test_a_hidden_button_takes_no_room(qtbot):
    holder, row, buttons = make_row(qtbot, TEXTS[:3], 4000)
    one_line = row.sizeHint().width()
    buttons[1].hide()
    row.setGeometry(holder.rect())
    assert row.sizeHint().width() < one_line - buttons[1].sizeHint().width()
    assert buttons[2].x() < buttons[1].sizeHint().width() + buttons[0].width() + 40
    assert rows_of(buttons) == [[buttons[0], buttons[2]]]


def test_a_stretch_pushes_the_last_button_to_the_end_and_vanishes_when_wrapping(qtbot):
    holder = QWidget()
    row = WrappingRow(holder)
    first, last = TouchButton("Sync now"), TouchButton("Back")
    row.add(first)
    row.add_stretch()
    row.add(last)
    qtbot.addWidget(holder)
    holder.resize(1200, 200)
    holder.show()
    row.setGeometry(holder.rect())
    assert last.geometry().right() == holder.width() - 1
    assert first.x() == 0
    narrow = max(first.sizeHint().width(), last.sizeHint().width()) + 5
    assert row.heightForWidth(narrow) == first.sizeHint().height() + last.sizeHint().height() + row._gap()


def test_a_removed_button_leaves_the_row(qtbot):
    """The badges page takes its USB buttons out and puts new ones in when it refreshes."""
    _holder, row, buttons = make_row(qtbot, TEXTS[:3], 4000)
    row.removeWidget(buttons[0])
    assert row.count() == 2 and row.itemAt(0).widget() is buttons[1]
    row.add(buttons[0])
    assert row.itemAt(2).widget() is buttons[0]

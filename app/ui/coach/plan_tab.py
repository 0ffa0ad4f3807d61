"""The weekly plan: next week's (or this week's) proposals, each with why it was chosen, its progress, and
Accept / Edit / Skip / Done. Decisions are stored (`rebond plan` shows the same plan)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.coach.common import muted, run_off_thread, ui_language


class PlanItemCard(QFrame):
    """One proposal: its text, the reasons, the progress bar and the four actions."""

    action = Signal(str, str)  # item id, state ("accepted", "edited", "skipped", "done")

    def __init__(self, item: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("planCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#planCard { border: 1px solid palette(mid); border-radius: 8px; }")
        lay = QVBoxLayout(self)
        kind = {"drill": self.tr("Drill"), "task": self.tr("Written task"), "review": self.tr("Monthly review")}
        state = {"proposed": self.tr("proposed"), "accepted": self.tr("accepted"), "edited": self.tr("edited"),
                 "skipped": self.tr("skipped"), "done": self.tr("done")}
        head = QLabel(f"<b>{kind.get(item['kind'], item['kind'])}</b> · {state.get(item['state'], item['state'])}",
                      self)
        lay.addWidget(head)
        self.text = QLabel(item.get("user_text") or item["text"], self)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        if item["state"] == "skipped":
            font.setStrikeOut(True)
            self.text.setFont(font)
        lay.addWidget(self.text)
        why = "\n".join(f"• {w['text']}" for w in item.get("why") or ())
        lay.addWidget(muted(self.tr("Why: ") + "\n" + why, self))
        prog = item.get("progress") or {}
        row = QHBoxLayout()
        bar = QProgressBar(self)
        bar.setRange(0, max(1, int(prog.get("target") or 1)))
        bar.setValue(min(int(prog.get("done") or 0), bar.maximum()))
        bar.setFormat(self.tr("%1 of %2 this week").replace("%1", str(prog.get("done", 0)))
                      .replace("%2", str(prog.get("target", 0))))
        bar.setTextVisible(True)
        row.addWidget(bar, 1)
        for label, st in ((self.tr("Accept"), "accepted"), (self.tr("Edit…"), "edited"), (self.tr("Skip"), "skipped"),
                          (self.tr("Done"), "done")):
            b = QPushButton(label, self)
            b.setEnabled(item["state"] != st or st == "edited")
            b.clicked.connect(lambda _c=False, s=st: self.action.emit(item["id"], s))
            row.addWidget(b)
        lay.addLayout(row)


class PlanTab(QWidget):
    """`refresh()` loads the plan of the chosen week."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: dict | None = None
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.week = QComboBox(self)
        self.week.addItem(self.tr("Next week"), "next")
        self.week.addItem(self.tr("This week"), "this")
        self.week.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(QLabel(self.tr("Plan for:"), self))
        top.addWidget(self.week)
        self.summary = QLabel(self)
        top.addWidget(self.summary, 1)
        reset = QPushButton(self.tr("Propose again"), self)
        reset.setToolTip(self.tr("Forget this week's decisions and build the proposals again from your data"))
        reset.clicked.connect(self._reset)
        top.addWidget(reset)
        root.addLayout(top)
        root.addWidget(muted(self.tr(
            "Rebond proposes each week, from your journal, your latest measurements and your weekly goals, a few "
            "drills and one written task, and a monthly review at the start of each month. Each proposal says why "
            "it was chosen."), self))
        self.status = QLabel(self)
        root.addWidget(self.status)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        root.addWidget(self.scroll, 1)
        self.cards: list[PlanItemCard] = []

    def refresh(self) -> None:
        from app.services import coaching

        store, week, lang = self.ctx.store, self.week.currentData(), ui_language()
        run_off_thread(self.ctx, lambda: coaching.weekly_plan(store, week=week, lang=lang), self._show, self.status)

    def _show(self, plan: dict) -> None:
        self.plan = plan
        self.summary.setText(self.tr("Week of %1 · %2 of %3 items complete · next monthly review %4")
                             .replace("%1", plan["week"]).replace("%2", str(plan["complete"]))
                             .replace("%3", str(plan["active"])).replace("%4", plan["next_monthly_review"]))
        body = QWidget(self.scroll)
        lay = QVBoxLayout(body)
        self.cards = []
        for item in plan["items"]:
            card = PlanItemCard(item, body)
            card.action.connect(self._act)
            lay.addWidget(card)
            self.cards.append(card)
        for keep in plan.get("keep") or ():
            lay.addWidget(muted(keep["text"], body))
        lay.addStretch(1)
        self.scroll.setWidget(body)

    def _act(self, item_id: str, state: str) -> None:
        from app.services import coaching

        text = None
        if state == "edited":
            current = next((i.get("user_text") or i["text"] for i in self.plan["items"] if i["id"] == item_id), "")
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit the proposal"), self.tr("Your wording:"),
                                                     current)
            if not ok or not text.strip():
                return
        store, week, lang = self.ctx.store, self.plan["week"], ui_language()
        run_off_thread(self.ctx, lambda: coaching.set_plan_item(store, item_id, state, text=text, week=week,
                                                                lang=lang), self._show, self.status)

    def _reset(self) -> None:
        from app.services import coaching

        store, week, lang = self.ctx.store, self.week.currentData(), ui_language()

        def work():
            coaching.reset_plan(store, week=week)
            return coaching.weekly_plan(store, week=week, lang=lang)

        run_off_thread(self.ctx, work, self._show, self.status)


def plan_progress_line(plan: dict) -> str:
    """One line for the Progress screen: this week's plan, items complete and the next review (context "Coach")."""
    from PySide6.QtCore import QCoreApplication

    return (QCoreApplication.translate("Coach", "This week's plan: %1 of %2 items complete · next monthly review %3")
            .replace("%1", str(plan["complete"])).replace("%2", str(plan["active"]))
            .replace("%3", plan["next_monthly_review"]))



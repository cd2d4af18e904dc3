"""The router guide: identify the router, then numbered steps to fix it, then a re-check.

Numbered so a phone agent can say "ステップ3". The app never logs in to the router, never
changes its settings and never asks for a password: it opens the admin page in the browser
and says where the password is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import verdict_word
from ..core.result import CheckResult, Verdict
from ..core.router.guides import GUIDE_IDS, Guide, catalogue
from ..core.router.identify import RouterIdentity, for_guide
from .background import Background
from .text import set_paragraph, wrapped

log = logging.getLogger(__name__)

WATCHED_KINDS = ("firmware", "auto-update", "wan-off", "restart")  # the router may restart


class GuideWizard(QDialog):
    """Collaborators come in: how to identify the router, where to keep progress, how to
    open a URL, how to tell whether the line is up."""

    recheck_requested = Signal()
    identified = Signal(object)  # RouterIdentity
    connection_changed = Signal(str)  # "offline" or "back"

    def __init__(self, *, identify_fn: Callable[[], RouterIdentity], settings: QSettings,
                 language: str, before: Verdict | None = None,
                 reflector_url: str | None = None,
                 probe: Callable[[str], bool] | None = None,
                 open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
                 poll_ms: int = 2000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWizard")
        self.identify_fn = identify_fn
        self.settings = settings
        self.language = language
        self.before = before
        self.reflector_url = reflector_url
        self.probe = probe
        self.open_url = open_url
        self.identity: RouterIdentity | None = None
        self.index = 0
        self.link = "online"  # online / offline / back
        self.after: CheckResult | None = None
        self.background = Background(self)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._poll_once)
        self._build()
        self.retranslate()
        self.resize(680, 640)

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        # identifying
        self.finding = QWidget()
        fl = QVBoxLayout(self.finding)
        self.finding_label = wrapped()
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumHeight(6)
        fl.addStretch(1)
        fl.addWidget(self.finding_label)
        fl.addWidget(busy)
        fl.addStretch(2)
        # picker
        self.picker = QWidget()
        pl = QVBoxLayout(self.picker)
        self.pick_title = wrapped()
        self.pick_title.setObjectName("wizardTitle")
        self.pick_hint = wrapped()
        self.maker_list = QListWidget()
        self.maker_list.setObjectName("makerList")
        self.maker_list.itemActivated.connect(lambda _i: self._pick_selected())
        self.pick_button = QPushButton()
        self.pick_button.setObjectName("pickButton")
        self.pick_button.clicked.connect(self._pick_selected)
        pl.addWidget(self.pick_title)
        pl.addWidget(self.pick_hint)
        pl.addWidget(self.maker_list, 1)
        pl.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignRight)
        # steps
        self.steps_page = QWidget()
        sl = QVBoxLayout(self.steps_page)
        self.router_line = wrapped()
        self.router_line.setObjectName("routerLine")
        self.change_maker = QPushButton()
        self.change_maker.setObjectName("changeMaker")
        self.change_maker.setFlat(True)
        self.change_maker.clicked.connect(self.show_picker)
        top = QHBoxLayout()
        top.addWidget(self.router_line, 1)
        top.addWidget(self.change_maker)
        self.step_number = QLabel()
        self.step_number.setObjectName("stepNumber")
        self.step_title = wrapped()
        self.step_title.setObjectName("wizardTitle")
        self.step_body = wrapped()
        self.step_extra = wrapped()
        self.step_extra.setObjectName("stepExtra")
        self.step_extra.setMargin(6)
        self.banner = wrapped()
        self.banner.setObjectName("banner")
        self.banner.setMargin(8)
        self.banner_busy = QProgressBar()
        self.banner_busy.setRange(0, 0)
        self.banner_busy.setTextVisible(False)
        self.banner_busy.setMaximumHeight(6)
        self.open_admin_button = QPushButton()
        self.open_admin_button.setObjectName("openAdmin")
        self.open_admin_button.clicked.connect(self.open_admin)
        self.recheck_button = QPushButton()
        self.recheck_button.setObjectName("recheck")
        self.recheck_button.clicked.connect(self.recheck_requested)
        self.compare = wrapped()
        self.compare.setObjectName("compare")
        self.done_box = QCheckBox()
        self.done_box.setObjectName("stepDone")
        self.done_box.toggled.connect(self._mark_done)
        self.prev_button = QPushButton()
        self.prev_button.setObjectName("prevStep")
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextStep")
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        nav = QHBoxLayout()
        nav.addWidget(self.done_box)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        sl.addLayout(top)
        sl.addWidget(line)
        sl.addWidget(self.step_number)
        sl.addWidget(self.step_title)
        sl.addWidget(self.step_body)
        sl.addWidget(self.step_extra)
        sl.addWidget(self.banner)
        sl.addWidget(self.banner_busy)
        sl.addWidget(self.open_admin_button, 0, Qt.AlignmentFlag.AlignLeft)
        sl.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignLeft)
        sl.addWidget(self.compare)
        sl.addStretch(1)
        sl.addLayout(nav)
        for page in (self.finding, self.picker, self.steps_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.stack)

    # ---- flow -------------------------------------------------------------------------------
    def start(self) -> None:
        """Identify the router off the UI thread, then show its guide (or the picker)."""
        self.stack.setCurrentWidget(self.finding)
        self.background.call(self.identify_fn, self._identified)

    def _identified(self, value: object) -> None:
        if not isinstance(value, RouterIdentity):
            log.warning("router identification failed: %s", value)
            self._fallback_identity()
        else:
            self.identity = value
        assert self.identity is not None
        saved = str(self.settings.value("wizard/guide", ""))
        if self.identity.guide.id == "generic" and saved in catalogue() and saved != "generic":
            self.identity = for_guide(self.identity, catalogue()[saved])  # picked last time
        self.identified.emit(self.identity)
        if self.identity.guide.id == "generic" and saved != "generic":
            self.show_picker()
        else:
            self._enter_steps()

    def _fallback_identity(self) -> None:
        generic = catalogue()["generic"]
        self.identity = RouterIdentity(None, None, None, None, None, None, "none", (), generic,
                                       "identification failed")

    def show_picker(self) -> None:
        self.maker_list.clear()
        for gid in GUIDE_IDS:
            guide = catalogue()[gid]
            item = QListWidgetItem(guide.maker[self.language])
            item.setData(Qt.ItemDataRole.UserRole, gid)
            self.maker_list.addItem(item)
        self.maker_list.setCurrentRow(0)
        self.stack.setCurrentWidget(self.picker)
        self.maker_list.setFocus()

    def pick(self, guide_id: str) -> None:
        assert self.identity is not None or guide_id
        if self.identity is None:
            self._fallback_identity()
        assert self.identity is not None
        self.identity = for_guide(self.identity, catalogue()[guide_id])
        self.settings.setValue("wizard/guide", guide_id)
        self.settings.setValue("wizard/step", 0)
        self._enter_steps()

    def _pick_selected(self) -> None:
        item = self.maker_list.currentItem()
        if item is not None:
            self.pick(str(item.data(Qt.ItemDataRole.UserRole)))

    def _enter_steps(self) -> None:
        assert self.identity is not None
        if str(self.settings.value("wizard/guide", "")) == self.identity.guide.id:
            self.index = int(self.settings.value("wizard/step", 0) or 0)
        else:
            self.settings.setValue("wizard/guide", self.identity.guide.id)
            self.index = 0
        self.stack.setCurrentWidget(self.steps_page)
        self.go(self.index)

    @property
    def guide(self) -> Guide:
        assert self.identity is not None
        return self.identity.guide

    @property
    def total(self) -> int:
        return len(self.guide.steps) + 1  # the guide's steps, then the re-check

    def kind(self, index: int | None = None) -> str:
        i = self.index if index is None else index
        return self.guide.steps[i].kind if i < len(self.guide.steps) else "recheck"

    def done_kinds(self) -> set[str]:
        value = self.settings.value(f"wizard/done/{self.guide.id}", [])
        if isinstance(value, str):
            value = [value] if value else []
        return {str(v) for v in (value or [])}

    def go(self, index: int) -> None:
        self.index = max(0, min(index, self.total - 1))
        self.settings.setValue("wizard/step", self.index)
        watch = self.kind() in WATCHED_KINDS and self.probe is not None and \
            self.reflector_url is not None
        if watch and not self._poll.isActive():
            self._poll.start()
        elif not watch:
            self._poll.stop()
            self.link = "online"
        self.retranslate()

    def _mark_done(self, checked: bool) -> None:
        if self.identity is None or self.kind() == "recheck":
            return
        done = self.done_kinds()
        (done.add if checked else done.discard)(self.kind())
        self.settings.setValue(f"wizard/done/{self.guide.id}", sorted(done))
        self.retranslate()

    def open_admin(self) -> None:
        if self.identity is not None and self.identity.admin_url:
            self.open_url(QUrl(self.identity.admin_url))

    def show_check_result(self, result: CheckResult) -> None:
        """The main window ran the re-check: show before and after on the last step."""
        self.after = result
        self.retranslate()

    # ---- the line going away and coming back ------------------------------------------------
    def _poll_once(self) -> None:
        if self.background.busy() or self.probe is None or self.reflector_url is None:
            return
        url, probe = self.reflector_url, self.probe
        self.background.call(lambda: probe(url), self._link_seen)

    def _link_seen(self, up: object) -> None:
        if up is True and self.link == "offline":
            self.link = "back"
            self.connection_changed.emit("back")
        elif up is not True and self.link != "offline":
            self.link = "offline"
            self.connection_changed.emit("offline")
        self.retranslate()

    # ---- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.language
        self.setWindowTitle(self.tr("Router guide"))
        self.finding_label.setText(self.tr("Looking for your router… this takes a few seconds."))
        self.pick_title.setText(self.tr("Which company made your router?"))
        set_paragraph(self.pick_hint, self.tr(
            "The maker's name is on the front or top of the router, or on the label on its "
            "bottom or side. Equipment lent by NTT often says \"NTT\" or \"ひかり電話\". "
            "If you are not sure, choose the last line."))
        self.pick_button.setText(self.tr("Continue with this maker"))
        self.change_maker.setText(self.tr("Choose another maker"))
        self.open_admin_button.setText(self.tr("Open the admin page"))
        self.recheck_button.setText(self.tr("Check again now"))
        self.prev_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        if self.identity is None or self.stack.currentWidget() is not self.steps_page:
            return
        ident = self.identity
        maker = (ident.upnp.manufacturer if ident.upnp and ident.upnp.manufacturer
                 else self.guide.maker[lang])
        model = ident.upnp.model_name if ident.upnp and ident.upnp.model_name else ""
        self.router_line.setText(self.tr("Your router: {0} {1} — admin page: {2}").format(
            maker, model, ident.admin_url or self.tr("(not found)")).replace("  ", " "))
        kind = self.kind()
        self.step_number.setText(self.tr("Step {0}/{1}").format(self.index + 1, self.total))
        self.step_number.setAccessibleName(self.step_number.text())
        if kind == "recheck":
            self.step_title.setText(self.tr("Check again"))
            set_paragraph(self.step_body, self.tr(
                "Let us see whether the steps helped. Press the button below; the check "
                "takes a few seconds."))
            self.step_extra.setVisible(False)
        else:
            step = self.guide.steps[self.index]
            self.step_title.setText(step.title[lang])
            set_paragraph(self.step_body, step.body[lang])
            extra = ""
            if kind == "open-admin":
                extra = self.guide.login[lang] + "\n" + self.tr(
                    "This app never asks for the password and never changes the router.")
            self.step_extra.setVisible(bool(extra))
            set_paragraph(self.step_extra, extra)
        self.open_admin_button.setVisible(kind != "recheck" and bool(ident.admin_url))
        self.open_admin_button.setAccessibleName(self.tr("Open the admin page {0} in the "
                                                         "browser").format(ident.admin_url))
        self.recheck_button.setVisible(kind == "recheck" or self.link == "back")
        self.done_box.setVisible(kind != "recheck")
        self.done_box.blockSignals(True)
        self.done_box.setChecked(kind in self.done_kinds())
        self.done_box.blockSignals(False)
        self.done_box.setText(self.tr("Done"))
        self.done_box.setAccessibleName(self.tr("Step {0} done").format(self.index + 1))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < self.total - 1)
        banner = ""
        if self.link == "offline":
            banner = self.tr("The connection is gone for now. This is normal while the router "
                             "restarts after an update. Please wait; this screen will tell you "
                             "when it is back. Do not switch the router off.")
        elif self.link == "back":
            banner = self.tr("The connection is back. You can check again now.")
        self.banner.setVisible(bool(banner))
        self.banner.setProperty("state", self.link)
        self.banner.style().unpolish(self.banner)  # property selectors need a re-polish
        self.banner.style().polish(self.banner)
        set_paragraph(self.banner, banner)
        self.banner_busy.setVisible(self.link == "offline")
        self.compare.setVisible(kind == "recheck" and self.after is not None)
        if self.after is not None:
            now = verdict_word(self.after.verdict, lang)
            if self.before is not None:
                text = self.tr("Before: {0} → Now: {1}").format(
                    verdict_word(self.before, lang), now)
            else:
                text = self.tr("Now: {0}").format(now)
            self.compare.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        if self.stack.currentWidget() is self.picker:
            self.show_picker()
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._poll.stop()
        self.background.wait()
        super().closeEvent(event)

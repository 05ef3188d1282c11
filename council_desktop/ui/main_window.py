"""The secretary's main window: a navigation pane, the views, menus, a toolbar and the status bar.

The window is built from the AppContext it is given; opening another database or
switching language rebuilds it (after asking about unsaved changes), so every label is
translated and every view reads the new database.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from . import i18n, jobs
from .forms import leave_editor, menu_action, named, table_view
from .guide import show_guide
from .icons import icon
from .models.base import ROW_ID, sorting_proxy
from .models.meetings import MeetingsModel
from .prefs import Prefs
from .records import EditorHost

VIEWS = ("meetings", "people", "organisations", "bodies", "projects", "assignments")


class Views(dict):
    """The window's views by name.  Only the meetings list is built before the window is first painted;
    each other view is built when first asked for (shown, or looked up here), or after the first paint,
    one per turn of the event loop, so that the window answers in between."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> QWidget:
        if name not in VIEWS:
            raise KeyError(name)
        return self._build(name)

    def unbuilt(self) -> list[str]:
        return [name for name in VIEWS if name not in self]


class MeetingsView(EditorHost, QWidget):
    """The meetings list; the chosen meeting opens in the editor on the right."""

    editor_changed = Signal(object)  # the MeetingEditor now shown, or None

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MeetingsModel(ctx, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = table_view(self.tr("Meetings"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((60, 90, 110, 100, 130)):
            self.table.setColumnWidth(col, width)
        self.new_button = QPushButton(icon("new"), self.tr("New meeting…"))
        named(self.new_button, self.tr("New meeting"))
        self.editor = None
        self.placeholder = QLabel(self.tr("Choose a meeting in the list (double-click or Enter), "
                                          "or create a new one with Ctrl+N."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #555; font-size: 11pt;")
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        left = self.list_pane = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        from .meeting_search import add_search
        self.search = add_search(self)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.new_button.clicked.connect(self.new)
        self.model.modelReset.connect(self._select_open_meeting)  # reloaded after a write of a meeting

    def _activated(self, index: QModelIndex) -> None:
        self.open_meeting(index.data(ROW_ID))

    def open_meeting(self, meeting_id: int) -> bool:
        if self.editor is not None and getattr(self.editor, "meeting_id", None) == meeting_id:
            return True
        if not leave_editor(self.editor, self, self.tr("this meeting")):
            return False
        from .meeting_editor import MeetingEditor  # imported when first needed: a lighter start

        if self.editor is not None:
            self.right.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = MeetingEditor(self.ctx, meeting_id)  # its writes reach the list through ctx.hub
        self.editor.list_button.toggled.connect(self.show_list)
        self.right.addWidget(self.editor)
        self.right.setCurrentWidget(self.editor)
        self.show_list(False)  # the meeting takes the width; its Meetings button brings the list back
        r = self.model.row_of(meeting_id)
        if r >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(r, 0)))
            self.table.selectionModel().blockSignals(False)
        self.editor_changed.emit(self.editor)
        return True

    def refresh(self, *_args) -> None:
        self.model.reload()

    def _select_open_meeting(self) -> None:
        current = getattr(self.editor, "meeting_id", None)
        r = self.model.row_of(current) if current else -1
        if r >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(r, 0)))
            self.table.selectionModel().blockSignals(False)

    def new(self) -> None:
        if not leave_editor(self.editor, self, self.tr("this meeting")):
            return
        from .new_meeting_dialog import NewMeetingDialog
        meeting_id = NewMeetingDialog.ask(self.ctx, self)
        if meeting_id:
            self.model.reload()
            self.open_meeting(meeting_id)

    def show_list(self, shown: bool) -> None:
        self.list_pane.setVisible(shown or self.editor is None)
        if self.editor is not None:
            self.editor.list_button.blockSignals(True)
            self.editor.list_button.setChecked(shown)
            self.editor.list_button.blockSignals(False)

    def focus_search(self) -> None:
        self.show_list(True)
        self.search.setFocus()
        self.search.selectAll()

    @property
    def undo_stack(self):
        return getattr(self.editor, "undo_stack", None)


class DatabaseChooser:
    """File dialogs for Open / New database. Tests patch these."""

    @classmethod
    def open_path(cls, parent) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("DatabaseChooser", "Open database"), "",
            QCoreApplication.translate("DatabaseChooser", "Council database (*.db);;All files (*)"))
        return path or None

    @classmethod
    def new_path(cls, parent) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("DatabaseChooser", "New database"), "council.db",
            QCoreApplication.translate("DatabaseChooser", "Council database (*.db)"))
        return path or None


class CopyChooser:
    """The file dialog for checking a copy of a protocol. Tests patch this."""

    @classmethod
    def pdf_path(cls, parent) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CopyChooser", "Check a copy of a protocol"), "",
            QCoreApplication.translate("CopyChooser", "PDF documents (*.pdf);;All files (*)"))
        return path or None


class MainWindow(QMainWindow):
    _preloaded = Signal()  # SQLAlchemy's ORM imported on a worker thread (see _after_first_paint)

    def __init__(self, ctx, today: dt.date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.prefs = Prefs()
        self.undo_group = QUndoGroup(self)
        self._meeting_stack = None
        self.setWindowIcon(icon("app"))
        self._painted = False  # the first paint starts building the other views (paintEvent)
        self._build()
        from .undo_text import install as install_undo_text
        install_undo_text(self)
        geometry = self.prefs.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._fit_screen()
        self.prefs.add_recent(ctx.location)
        self._fill_recent()
        self.show_view(self.prefs.last_view if self.prefs.last_view in VIEWS else "meetings")

    def _fit_screen(self) -> None:
        """Never larger than the screen less its taskbar (a 1366 x 768 laptop), and on it."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.isEmpty():
            return
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar and borders, once shown
        self.resize(min(self.width(), screen.width() - frame.width()), min(self.height(), screen.height() - frame.height()))
        if not screen.contains(self.frameGeometry()):
            self.move(max(screen.left(), min(self.x(), screen.right() - self.frameGeometry().width())),
                      max(screen.top(), min(self.y(), screen.bottom() - self.frameGeometry().height())))

    # --- building -------------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {"meetings": self.tr("Meetings"), "people": self.tr("People"),
                "organisations": self.tr("Organisations"), "bodies": self.tr("Council bodies and membership"),
                "projects": self.tr("Projects"), "assignments": self.tr("Resolutions and assignments")}

    def _build(self) -> None:
        from .change_signal import watch_other_processes
        watch_other_processes(self.ctx)  # before the first list is read: nothing committed after it is missed
        self.setWindowTitle(self.tr("Council Desktop — {0}").format(self.ctx.location))
        self.nav = QListWidget()
        named(self.nav, self.tr("Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.views = Views(self._build_view)
        self.views["meetings"] = MeetingsView(self.ctx)
        titles = self._titles()
        for name in VIEWS:
            item = QListWidgetItem(icon(name), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(titles[name])
            self.nav.addItem(item)
            self.stack.addWidget(self.views[name] if name in self.views else QWidget())  # its place, until built
        self.nav.setFixedWidth(min(max(self.nav.sizeHintForColumn(0) + 12, 170), 290))
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.views["meetings"].editor_changed.connect(self._editor_changed)

        from .read_only_banner import ReadOnlyBanner

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.read_only_banner = ReadOnlyBanner(self.ctx)  # shown only on a database open read-only
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.nav, self.stack)
        self._build_actions()
        # no new records in a read-only database, nor any brought in from a file (the preview would end refused)
        for action in (self.act_new, self.act_import):
            action.setEnabled(self.ctx.read_only is None)
        self.database_label = QLabel()
        named(self.database_label, self.tr("Open database"), "")
        self.statusBar().addPermanentWidget(self.database_label)
        self.database_label.setText(self.tr("Database: {0}").format(self.ctx.location))

    def _build_view(self, name: str) -> QWidget:
        """The view `name`, built now in its place in the stack (see `Views`)."""
        from .bodies import BodiesView
        from .followup import FollowUpView
        from .people import OrganisationsView, PeopleView
        from .projects import ProjectsView

        makers = {"people": PeopleView, "organisations": OrganisationsView, "bodies": BodiesView,
                  "projects": ProjectsView, "assignments": lambda ctx: FollowUpView(ctx, today=self.today)}
        view = makers[name](self.ctx)
        dict.__setitem__(self.views, name, view)
        index = VIEWS.index(name)
        placeholder = self.stack.widget(index)
        shown = self.stack.currentIndex() == index
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if shown:
            self.stack.setCurrentIndex(index)
        return view

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:  # the window is on the screen: now the rest, without holding it up
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # `self` as context: not fired once it is gone

    def _after_first_paint(self) -> None:
        """SQLAlchemy and the ORM are imported on a worker thread (modules only: no session, no widget),
        while the window answers; then the backup policy (which opens the engine) and the other views."""
        import threading

        def preload() -> None:
            try:
                self.ctx.preload()
            finally:  # whatever happened there, the views are built (a failed import fails again, and is reported, there)
                try:
                    self._preloaded.emit()  # queued to the GUI thread
                except RuntimeError:  # the window was deleted meanwhile
                    pass

        self._preloaded.connect(self._preload_done, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=preload, name="preload", daemon=True).start()

    def _preload_done(self) -> None:
        self._backup_policy()  # opens the engine (the imports are done by now)
        self._build_deferred()

    def _build_deferred(self) -> None:
        """One view not yet built, then the next on the next turn of the event loop."""
        unbuilt = self.views.unbuilt()
        if unbuilt:
            self.views[unbuilt[0]]
            if len(unbuilt) > 1:
                QTimer.singleShot(0, self, self._build_deferred)

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        return menu_action(self, text, slot, shortcut, icon_name)

    def _build_actions(self) -> None:
        mb = self.menuBar()
        mb.clear()
        self.act_new = self._action(self.tr("&New"), self.new_record, QKeySequence.StandardKey.New, "new")
        self.act_find = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self.act_print = self._action(self.tr("&Print protocol…"), self.print_protocol,
                                      QKeySequence.StandardKey.Print, "print")
        self.act_open = self._action(self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open,
                                     "open")
        self.act_verify = self._action(self.tr("&Check a protocol copy…"), self.verify_copy, None, "open")
        self.act_newdb = self._action(self.tr("New &database…"), self.new_database, None, "backup")
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"),
                                         "settings")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_help = self._action(self.tr("&Help"), lambda: show_guide(self),  # the guide at this view's page
                                     QKeySequence.StandardKey.HelpContents, "help")
        self.act_about = self._action(self.tr("&About Council Desktop"), self.about)
        self.act_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setIcon(icon("undo"))
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setIcon(icon("redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        file_menu = mb.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_newdb)
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        file_menu.addSeparator()
        file_menu.addAction(self.act_print)
        from .documents_dialog import add_to_menu as add_document_actions
        self.documents_menu = add_document_actions(self, file_menu)
        file_menu.addAction(self.act_verify)
        from .exchange_dialogs import add_to_menu as add_exchange_actions
        add_exchange_actions(self, file_menu)
        from .backup_dialogs import add_to_menu as add_backup_actions
        add_backup_actions(self, file_menu)
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = mb.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_new)
        edit_menu.addAction(self.act_find)
        from .find_dialog import add_to_menu as add_find_in_minutes
        self.act_find_minutes = add_find_in_minutes(self, edit_menu)
        view_menu = mb.addMenu(self.tr("&View"))
        self.view_actions = {}
        for n, (name, title) in enumerate(self._titles().items(), start=1):
            act = self._action(title, lambda _c=False, v=name: self.show_view(v), QKeySequence(f"Ctrl+{n}"), name)
            view_menu.addAction(act)
            self.view_actions[name] = act
        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_help)
        from .first_run import add_to_menu as add_guided_start
        self.act_guided_start = add_guided_start(self, help_menu)
        from .shortcuts import add_to_menu as add_shortcuts_overview
        self.act_shortcuts = add_shortcuts_overview(self, help_menu)
        help_menu.addAction(self.act_about)

        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.deleteLater()
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for act in (self.act_new, self.act_find, self.act_undo, self.act_redo, self.act_print):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.act_settings)
        toolbar.addAction(self.act_help)
        self.toolbar = toolbar

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in self.prefs.recent:
            act = self.recent_menu.addAction(location)
            act.triggered.connect(lambda _c=False, loc=location: self.switch_database(loc))
        self.recent_menu.setEnabled(bool(self.prefs.recent))

    # --- views ----------------------------------------------------------------------------------
    def current_view_name(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(name))

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = VIEWS[row]
        self.views[name]  # built now if it was not yet
        self.stack.setCurrentIndex(row)
        self.prefs.last_view = name
        self.act_print.setEnabled(name == "meetings")
        self._activate_undo()
        self.statusBar().showMessage(self._titles()[name], 2000)

    def _activate_undo(self) -> None:
        """Undo / Redo act on the editor of the view in sight (the meeting, the person…), never one out of sight."""
        stack = getattr(self.views[self.current_view_name()], "undo_stack", None)
        if stack is not None:
            self.undo_group.addStack(stack)  # once: a stack already in the group is left as it is
        self.undo_group.setActiveStack(stack)

    def _editor_changed(self, editor) -> None:
        """Another meeting opened (None: the window is being rebuilt, every stack goes)."""
        for stack in list(self.undo_group.stacks()):
            if editor is None or stack is self._meeting_stack:
                self.undo_group.removeStack(stack)
        self._meeting_stack = getattr(editor, "undo_stack", None)
        if editor is not None:
            self._activate_undo()

    def meeting_editor(self):
        return self.views["meetings"].editor

    # --- actions --------------------------------------------------------------------------------
    def new_record(self) -> None:
        view = self.views[self.current_view_name()]
        if hasattr(view, "new"):
            view.new()

    def focus_search(self) -> None:
        view = self.views[self.current_view_name()]
        if hasattr(view, "focus_search"):
            view.focus_search()

    def print_protocol(self) -> None:
        """Ctrl+P: the open meeting's protocol, through its preview's print dialog."""
        editor = self.meeting_editor()
        if editor is None:
            self.statusBar().showMessage(self.tr("Open a meeting first"), 4000)
            return
        editor.tabs.setCurrentWidget(editor.protocol_tab)  # the preview is built when its tab is shown
        if editor.preview is not None:  # the print dialog comes when the render is shown, without waiting here
            editor.preview.when_rendered(editor.preview.print_dialog)

    def verify_copy(self) -> None:
        """Which signed protocol a PDF someone sent back is: the very file, another print, or none."""
        path = CopyChooser.pdf_path(self)
        if path:
            from .copy_check import check_copy
            check_copy(self, self.ctx, path)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        result = SettingsDialog.ask(self.ctx, self)
        if result and result.get("language") and result["language"] != i18n.current():
            self.set_language(result["language"])

    def about(self) -> None:
        from .about_dialog import AboutDialog  # the version and the licences of what the program carries
        AboutDialog.ask(self)

    # --- unsaved changes, language, database ---------------------------------------------------
    def leave_all(self) -> bool:
        """Ask about each view with unsaved changes; False when the user cancels."""
        for name in VIEWS:
            view = self.views.get(name)
            if view is not None and hasattr(view, "has_unsaved_changes") and not leave_editor(view, self):
                self.show_view(name)
                return False
        return True

    def rebuild(self) -> None:
        """Everything anew: labels in the current language, views on the current database."""
        current = self.current_view_name()
        meeting = getattr(self.meeting_editor(), "meeting_id", None)
        self._editor_changed(None)
        old, old_label = self.centralWidget(), self.database_label
        self._build()
        old.deleteLater()
        self.statusBar().removeWidget(old_label)
        old_label.deleteLater()
        self._fill_recent()
        self.show_view(current)
        if self._painted:
            QTimer.singleShot(0, self, self._build_deferred)
        if meeting:
            self.views["meetings"].open_meeting(meeting)

    def set_language(self, lang: str) -> bool:
        if not self.leave_all():
            return False
        i18n.install(lang)
        self.prefs.language = lang
        self.rebuild()
        return True

    def switch_database(self, location: str, create: bool = False) -> bool:
        from ..app import AppContext
        if not self.leave_all():
            return False
        try:
            ctx = AppContext.open(location, create=create)
        except CouncilError as exc:
            QMessageBox.warning(self, self.tr("Open database"), exc.message(i18n.current()))
            return False
        jobs.finish_all()  # the old views' jobs end before their database closes and the views are rebuilt
        old, self.ctx = self.ctx, ctx
        self._backup_policy()
        self._editor_changed(None)
        self.rebuild()
        old.close()
        self.prefs.add_recent(ctx.location)
        self._fill_recent()
        return True

    def open_database(self) -> None:
        path = DatabaseChooser.open_path(self)
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        path = DatabaseChooser.new_path(self)
        if path:
            self.switch_database(path, create=True)

    def closeEvent(self, event) -> None:
        if not self.leave_all():
            event.ignore()
            return
        self.prefs.geometry = self.saveGeometry()
        self.prefs.last_view = self.current_view_name()
        self.prefs.sync()
        self._backup_policy()  # the context takes today's backup when it is closed, as the settings say now
        event.accept()

    def _backup_policy(self) -> None:
        from .backup_dialogs import policy
        self.ctx.backups.policy = policy(self.prefs)

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        MeetingsPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(MeetingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.commandRow = QHBoxLayout()
        self.commandRow.setObjectName(u"commandRow")
        self.planButton = QPushButton(MeetingsPage)
        self.planButton.setObjectName(u"planButton")

        self.commandRow.addWidget(self.planButton)

        self.editButton = QPushButton(MeetingsPage)
        self.editButton.setObjectName(u"editButton")

        self.commandRow.addWidget(self.editButton)

        self.commandSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commandRow.addItem(self.commandSpacer)

        self.buildButton = QPushButton(MeetingsPage)
        self.buildButton.setObjectName(u"buildButton")

        self.commandRow.addWidget(self.buildButton)

        self.previewButton = QPushButton(MeetingsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.commandRow.addWidget(self.previewButton)

        self.minutesButton = QToolButton(MeetingsPage)
        self.minutesButton.setObjectName(u"minutesButton")
        self.minutesButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.minutesButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.commandRow.addWidget(self.minutesButton)

        self.approveMinutesButton = QPushButton(MeetingsPage)
        self.approveMinutesButton.setObjectName(u"approveMinutesButton")

        self.commandRow.addWidget(self.approveMinutesButton)


        self.pageLayout.addLayout(self.commandRow)

        self.splitter = QSplitter(MeetingsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.meetingsView = QTableView(self.splitter)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetingsView.setSortingEnabled(True)
        self.meetingsView.setWordWrap(False)
        self.splitter.addWidget(self.meetingsView)
        self.meetingsView.horizontalHeader().setStretchLastSection(True)
        self.meetingsView.verticalHeader().setVisible(False)
        self.details = QWidget(self.splitter)
        self.details.setObjectName(u"details")
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.details)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.summary)

        self.tabs = QTabWidget(self.details)
        self.tabs.setObjectName(u"tabs")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaLayout = QVBoxLayout(self.agendaTab)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaView = QTableView(self.agendaTab)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaView.setDragEnabled(True)
        self.agendaView.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agendaView.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agendaView.setProperty(u"showDropIndicator", True)
        self.agendaView.setWordWrap(False)
        self.agendaView.horizontalHeader().setStretchLastSection(True)
        self.agendaView.verticalHeader().setVisible(False)

        self.agendaLayout.addWidget(self.agendaView)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.moveUpButton = QPushButton(self.agendaTab)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.agendaButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.agendaTab)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.agendaButtons.addWidget(self.moveDownButton)

        self.addItemButton = QPushButton(self.agendaTab)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaTab)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.decideItemButton = QPushButton(self.agendaTab)
        self.decideItemButton.setObjectName(u"decideItemButton")

        self.agendaButtons.addWidget(self.decideItemButton)

        self.agendaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaSpacer)

        self.agendaTotal = QLabel(self.agendaTab)
        self.agendaTotal.setObjectName(u"agendaTotal")

        self.agendaButtons.addWidget(self.agendaTotal)


        self.agendaLayout.addLayout(self.agendaButtons)

        self.tabs.addTab(self.agendaTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceSplitter = QSplitter(self.attendanceTab)
        self.attendanceSplitter.setObjectName(u"attendanceSplitter")
        self.attendanceSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.attendanceSplitter.setChildrenCollapsible(False)
        self.attendanceLeft = QWidget(self.attendanceSplitter)
        self.attendanceLeft.setObjectName(u"attendanceLeft")
        self.attendanceLeftLayout = QVBoxLayout(self.attendanceLeft)
        self.attendanceLeftLayout.setObjectName(u"attendanceLeftLayout")
        self.attendanceLeftLayout.setContentsMargins(0, 0, 0, 0)
        self.attendanceFilterRow = QHBoxLayout()
        self.attendanceFilterRow.setObjectName(u"attendanceFilterRow")
        self.attendanceFilterLabel = QLabel(self.attendanceLeft)
        self.attendanceFilterLabel.setObjectName(u"attendanceFilterLabel")

        self.attendanceFilterRow.addWidget(self.attendanceFilterLabel)

        self.attendanceFilter = QLineEdit(self.attendanceLeft)
        self.attendanceFilter.setObjectName(u"attendanceFilter")
        self.attendanceFilter.setClearButtonEnabled(True)

        self.attendanceFilterRow.addWidget(self.attendanceFilter)


        self.attendanceLeftLayout.addLayout(self.attendanceFilterRow)

        self.attendanceView = QTableView(self.attendanceLeft)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendanceView.setSortingEnabled(True)
        self.attendanceView.setWordWrap(False)
        self.attendanceView.horizontalHeader().setStretchLastSection(True)
        self.attendanceView.verticalHeader().setVisible(False)

        self.attendanceLeftLayout.addWidget(self.attendanceView)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.presentButton = QPushButton(self.attendanceLeft)
        self.presentButton.setObjectName(u"presentButton")

        self.attendanceButtons.addWidget(self.presentButton)

        self.apologiesButton = QPushButton(self.attendanceLeft)
        self.apologiesButton.setObjectName(u"apologiesButton")

        self.attendanceButtons.addWidget(self.apologiesButton)

        self.absentButton = QPushButton(self.attendanceLeft)
        self.absentButton.setObjectName(u"absentButton")

        self.attendanceButtons.addWidget(self.absentButton)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)

        self.attendanceCount = QLabel(self.attendanceLeft)
        self.attendanceCount.setObjectName(u"attendanceCount")

        self.attendanceButtons.addWidget(self.attendanceCount)


        self.attendanceLeftLayout.addLayout(self.attendanceButtons)

        self.attendanceSplitter.addWidget(self.attendanceLeft)
        self.attendanceRight = QWidget(self.attendanceSplitter)
        self.attendanceRight.setObjectName(u"attendanceRight")
        self.attendanceRightLayout = QVBoxLayout(self.attendanceRight)
        self.attendanceRightLayout.setObjectName(u"attendanceRightLayout")
        self.attendanceRightLayout.setContentsMargins(0, 0, 0, 0)
        self.turnoutLabel = QLabel(self.attendanceRight)
        self.turnoutLabel.setObjectName(u"turnoutLabel")

        self.attendanceRightLayout.addWidget(self.turnoutLabel)

        self.turnoutView = QTableView(self.attendanceRight)
        self.turnoutView.setObjectName(u"turnoutView")
        self.turnoutView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.turnoutView.setSortingEnabled(True)
        self.turnoutView.horizontalHeader().setStretchLastSection(True)
        self.turnoutView.verticalHeader().setVisible(False)

        self.attendanceRightLayout.addWidget(self.turnoutView)

        self.figuresView = QTableView(self.attendanceRight)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setSortingEnabled(True)
        self.figuresView.horizontalHeader().setStretchLastSection(True)
        self.figuresView.verticalHeader().setVisible(False)

        self.attendanceRightLayout.addWidget(self.figuresView)

        self.attendanceSplitter.addWidget(self.attendanceRight)

        self.attendanceLayout.addWidget(self.attendanceSplitter)

        self.tabs.addTab(self.attendanceTab, "")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.decisionsLayout = QVBoxLayout(self.decisionsTab)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsSplitter = QSplitter(self.decisionsTab)
        self.decisionsSplitter.setObjectName(u"decisionsSplitter")
        self.decisionsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.decisionsSplitter.setChildrenCollapsible(False)
        self.trackerPane = QWidget(self.decisionsSplitter)
        self.trackerPane.setObjectName(u"trackerPane")
        self.trackerLayout = QVBoxLayout(self.trackerPane)
        self.trackerLayout.setObjectName(u"trackerLayout")
        self.trackerLayout.setContentsMargins(0, 0, 0, 0)
        self.trackerLabel = QLabel(self.trackerPane)
        self.trackerLabel.setObjectName(u"trackerLabel")

        self.trackerLayout.addWidget(self.trackerLabel)

        self.trackerView = QTableView(self.trackerPane)
        self.trackerView.setObjectName(u"trackerView")
        self.trackerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trackerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trackerView.setSortingEnabled(True)
        self.trackerView.setWordWrap(False)
        self.trackerView.horizontalHeader().setStretchLastSection(True)
        self.trackerView.verticalHeader().setVisible(False)

        self.trackerLayout.addWidget(self.trackerView)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.decideActionButton = QPushButton(self.trackerPane)
        self.decideActionButton.setObjectName(u"decideActionButton")

        self.decisionButtons.addWidget(self.decideActionButton)

        self.decideOnItemButton = QPushButton(self.trackerPane)
        self.decideOnItemButton.setObjectName(u"decideOnItemButton")

        self.decisionButtons.addWidget(self.decideOnItemButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)


        self.trackerLayout.addLayout(self.decisionButtons)

        self.decisionsSplitter.addWidget(self.trackerPane)
        self.decisionsPane = QWidget(self.decisionsSplitter)
        self.decisionsPane.setObjectName(u"decisionsPane")
        self.decisionsPaneLayout = QVBoxLayout(self.decisionsPane)
        self.decisionsPaneLayout.setObjectName(u"decisionsPaneLayout")
        self.decisionsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionsLabel = QLabel(self.decisionsPane)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.decisionsPaneLayout.addWidget(self.decisionsLabel)

        self.decisionsView = QTableView(self.decisionsPane)
        self.decisionsView.setObjectName(u"decisionsView")
        self.decisionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsView.setWordWrap(False)
        self.decisionsView.horizontalHeader().setStretchLastSection(True)
        self.decisionsView.verticalHeader().setVisible(False)

        self.decisionsPaneLayout.addWidget(self.decisionsView)

        self.decisionsSplitter.addWidget(self.decisionsPane)

        self.decisionsLayout.addWidget(self.decisionsSplitter)

        self.tabs.addTab(self.decisionsTab, "")
        self.distributionTab = QWidget()
        self.distributionTab.setObjectName(u"distributionTab")
        self.distributionLayout = QVBoxLayout(self.distributionTab)
        self.distributionLayout.setObjectName(u"distributionLayout")
        self.distributionLabel = QLabel(self.distributionTab)
        self.distributionLabel.setObjectName(u"distributionLabel")
        self.distributionLabel.setWordWrap(True)

        self.distributionLayout.addWidget(self.distributionLabel)

        self.distributionView = QTableView(self.distributionTab)
        self.distributionView.setObjectName(u"distributionView")
        self.distributionView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.distributionView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.distributionView.setSortingEnabled(True)
        self.distributionView.horizontalHeader().setStretchLastSection(True)
        self.distributionView.verticalHeader().setVisible(False)

        self.distributionLayout.addWidget(self.distributionView)

        self.distributionButtons = QHBoxLayout()
        self.distributionButtons.setObjectName(u"distributionButtons")
        self.returnedButton = QPushButton(self.distributionTab)
        self.returnedButton.setObjectName(u"returnedButton")

        self.distributionButtons.addWidget(self.returnedButton)

        self.destroyedButton = QPushButton(self.distributionTab)
        self.destroyedButton.setObjectName(u"destroyedButton")

        self.distributionButtons.addWidget(self.destroyedButton)

        self.distributionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.distributionButtons.addItem(self.distributionSpacer)

        self.outstanding = QLabel(self.distributionTab)
        self.outstanding.setObjectName(u"outstanding")

        self.distributionButtons.addWidget(self.outstanding)


        self.distributionLayout.addLayout(self.distributionButtons)

        self.tabs.addTab(self.distributionTab, "")

        self.detailsLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.details)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.attendanceFilterLabel.setBuddy(self.attendanceFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.buildButton)
        QWidget.setTabOrder(self.buildButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.meetingsView)
        QWidget.setTabOrder(self.meetingsView, self.tabs)
        QWidget.setTabOrder(self.tabs, self.agendaView)
        QWidget.setTabOrder(self.agendaView, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeItemButton)
        QWidget.setTabOrder(self.removeItemButton, self.decideItemButton)
        QWidget.setTabOrder(self.decideItemButton, self.attendanceFilter)
        QWidget.setTabOrder(self.attendanceFilter, self.attendanceView)
        QWidget.setTabOrder(self.attendanceView, self.presentButton)
        QWidget.setTabOrder(self.presentButton, self.apologiesButton)
        QWidget.setTabOrder(self.apologiesButton, self.absentButton)
        QWidget.setTabOrder(self.absentButton, self.turnoutView)
        QWidget.setTabOrder(self.turnoutView, self.figuresView)
        QWidget.setTabOrder(self.figuresView, self.trackerView)
        QWidget.setTabOrder(self.trackerView, self.decideActionButton)
        QWidget.setTabOrder(self.decideActionButton, self.decideOnItemButton)
        QWidget.setTabOrder(self.decideOnItemButton, self.decisionsView)
        QWidget.setTabOrder(self.decisionsView, self.distributionView)
        QWidget.setTabOrder(self.distributionView, self.returnedButton)
        QWidget.setTabOrder(self.returnedButton, self.destroyedButton)

        self.retranslateUi(MeetingsPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MeetingsPage):
#if QT_CONFIG(accessibility)
        MeetingsPage.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.planButton.setText(QCoreApplication.translate("MeetingsPage", u"P&lan a meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Plan a meeting with the standard agenda and the threats due for review (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.planButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Plan a meeting", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("MeetingsPage", u"Edit &meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Change the meeting's title, date, venue, chair or status (Enter on the list)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Edit meeting", None))
#endif // QT_CONFIG(accessibility)
        self.buildButton.setText(QCoreApplication.translate("MeetingsPage", u"&Build pack\u2026", None))
#if QT_CONFIG(tooltip)
        self.buildButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Print the meeting pack to a PDF, in the background (Ctrl+B)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.buildButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Build pack", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("MeetingsPage", u"Pre&view pack", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Show the pack last built for this meeting, to read, print or open", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Preview pack", None))
#endif // QT_CONFIG(accessibility)
        self.minutesButton.setText(QCoreApplication.translate("MeetingsPage", u"Min&utes\u2026", None))
#if QT_CONFIG(tooltip)
        self.minutesButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Write this meeting's minutes to a PDF, drafted from its record (DRAFT until the next meeting approves them); the arrow offers partners' minutes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.minutesButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Write minutes", None))
#endif // QT_CONFIG(accessibility)
        self.approveMinutesButton.setText(QCoreApplication.translate("MeetingsPage", u"A&pprove the last minutes", None))
#if QT_CONFIG(tooltip)
        self.approveMinutesButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"At this meeting: record on its 'Minutes of the last meeting' item that the last meeting's minutes are approved as a true record", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approveMinutesButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Approve the last meeting's minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingsView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.meetingsView.setToolTip(QCoreApplication.translate("MeetingsPage", u"Meetings, newest first", None))
#endif // QT_CONFIG(tooltip)
        self.summary.setText(QCoreApplication.translate("MeetingsPage", u"Choose a meeting above, or plan one.", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Meeting summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Meeting details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agendaView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.agendaView.setToolTip(QCoreApplication.translate("MeetingsPage", u"Drag an item, or use Alt+Up and Alt+Down, to reorder the agenda. Enter records a decision (or opens the threat under review).", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("MeetingsPage", u"M&ove up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Move the item up the agenda (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Move item up", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("MeetingsPage", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Move the item down the agenda (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Move item down", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("MeetingsPage", u"Add &item\u2026", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Add an item, such as another threat review", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addItemButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Add agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.removeItemButton.setText(QCoreApplication.translate("MeetingsPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeItemButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Take the item off the agenda (Ctrl+Z puts it back)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeItemButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Remove agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.decideItemButton.setText(QCoreApplication.translate("MeetingsPage", u"Record de&cision\u2026", None))
#if QT_CONFIG(tooltip)
        self.decideItemButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record the board's decision on this item", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.decideItemButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record decision on agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.agendaTotal.setText("")
#if QT_CONFIG(accessibility)
        self.agendaTotal.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Agenda length", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingsPage", u"&Agenda", None))
        self.attendanceFilterLabel.setText(QCoreApplication.translate("MeetingsPage", u"F&ilter:", None))
        self.attendanceFilter.setPlaceholderText(QCoreApplication.translate("MeetingsPage", u"Name, agency or role (accents optional)", None))
#if QT_CONFIG(accessibility)
        self.attendanceFilter.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendanceView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Attendance at this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.presentButton.setText(QCoreApplication.translate("MeetingsPage", u"P&resent", None))
#if QT_CONFIG(tooltip)
        self.presentButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record the selected people as present", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.presentButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record as present", None))
#endif // QT_CONFIG(accessibility)
        self.apologiesButton.setText(QCoreApplication.translate("MeetingsPage", u"Ap&ologies", None))
#if QT_CONFIG(tooltip)
        self.apologiesButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record apologies from the selected people", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.apologiesButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record apologies", None))
#endif // QT_CONFIG(accessibility)
        self.absentButton.setText(QCoreApplication.translate("MeetingsPage", u"Absen&t", None))
#if QT_CONFIG(tooltip)
        self.absentButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record the selected people as absent (no apologies)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.absentButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record as absent", None))
#endif // QT_CONFIG(accessibility)
        self.attendanceCount.setText("")
#if QT_CONFIG(accessibility)
        self.attendanceCount.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Attendance count", None))
#endif // QT_CONFIG(accessibility)
        self.turnoutLabel.setText(QCoreApplication.translate("MeetingsPage", u"<b>Attendance over time</b> (meetings held)", None))
#if QT_CONFIG(accessibility)
        self.turnoutView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Attendance at each meeting held", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Attendance by person across meetings held", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingsPage", u"Atte&ndance", None))
        self.trackerLabel.setText(QCoreApplication.translate("MeetingsPage", u"<b>Action tracker</b>: open actions carried forward, overdue first", None))
#if QT_CONFIG(accessibility)
        self.trackerView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Action tracker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trackerView.setToolTip(QCoreApplication.translate("MeetingsPage", u"Enter records the board's decision on the action", None))
#endif // QT_CONFIG(tooltip)
        self.decideActionButton.setText(QCoreApplication.translate("MeetingsPage", u"Record de&cision on action\u2026", None))
#if QT_CONFIG(tooltip)
        self.decideActionButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"The board's decision becomes a dated update in the action's trail", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.decideActionButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record decision on action", None))
#endif // QT_CONFIG(accessibility)
        self.decideOnItemButton.setText(QCoreApplication.translate("MeetingsPage", u"Record decision on agenda &item\u2026", None))
#if QT_CONFIG(accessibility)
        self.decideOnItemButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Record decision on agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingsPage", u"<b>Decisions recorded at this meeting</b>", None))
#if QT_CONFIG(accessibility)
        self.decisionsView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Decisions recorded at this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("MeetingsPage", u"&Decisions", None))
        self.distributionLabel.setText(QCoreApplication.translate("MeetingsPage", u"Numbered copies of this meeting's pack: a copy is issued when a pack is built for a named person, and is later returned or destroyed.", None))
#if QT_CONFIG(accessibility)
        self.distributionView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Distribution register", None))
#endif // QT_CONFIG(accessibility)
        self.returnedButton.setText(QCoreApplication.translate("MeetingsPage", u"Mark &returned", None))
#if QT_CONFIG(tooltip)
        self.returnedButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record the selected copy as returned today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.returnedButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Mark copy returned", None))
#endif // QT_CONFIG(accessibility)
        self.destroyedButton.setText(QCoreApplication.translate("MeetingsPage", u"Mark destro&yed", None))
#if QT_CONFIG(tooltip)
        self.destroyedButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record the selected copy as destroyed today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.destroyedButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Mark copy destroyed", None))
#endif // QT_CONFIG(accessibility)
        self.outstanding.setText("")
#if QT_CONFIG(accessibility)
        self.outstanding.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Copies still out", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.distributionTab), QCoreApplication.translate("MeetingsPage", u"Di&stribution", None))
    # retranslateUi


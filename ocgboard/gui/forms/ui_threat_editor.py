# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'threat_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ThreatEditor(object):
    def setupUi(self, ThreatEditor):
        if not ThreatEditor.objectName():
            ThreatEditor.setObjectName(u"ThreatEditor")
        ThreatEditor.resize(640, 680)
        self.editorLayout = QVBoxLayout(ThreatEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(ThreatEditor)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.stack.addWidget(self.emptyPage)
        self.threatPage = QWidget()
        self.threatPage.setObjectName(u"threatPage")
        self.threatLayout = QVBoxLayout(self.threatPage)
        self.threatLayout.setObjectName(u"threatLayout")
        self.threatLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.threatPage)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)

        self.threatLayout.addWidget(self.heading)

        self.subheading = QLabel(self.threatPage)
        self.subheading.setObjectName(u"subheading")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)

        self.threatLayout.addWidget(self.subheading)

        self.tabs = QTabWidget(self.threatPage)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setContentsMargins(0, 0, 0, 0)
        self.profileScroll = QScrollArea(self.profileTab)
        self.profileScroll.setObjectName(u"profileScroll")
        self.profileScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profileScroll.setWidgetResizable(True)
        self.profileScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.profileHost = QWidget()
        self.profileHost.setObjectName(u"profileHost")
        self.profileHostLayout = QVBoxLayout(self.profileHost)
        self.profileHostLayout.setObjectName(u"profileHostLayout")
        self.profileHostLayout.setContentsMargins(0, 0, 0, 0)
        self.profileScroll.setWidget(self.profileHost)

        self.profileLayout.addWidget(self.profileScroll)

        self.tabs.addTab(self.profileTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.members = QTableView(self.membersTab)
        self.members.setObjectName(u"members")
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setAlternatingRowColors(True)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSortingEnabled(True)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.members)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMember = QPushButton(self.membersTab)
        self.addMember.setObjectName(u"addMember")

        self.memberButtons.addWidget(self.addMember)

        self.editMember = QPushButton(self.membersTab)
        self.editMember.setObjectName(u"editMember")

        self.memberButtons.addWidget(self.editMember)

        self.removeMember = QPushButton(self.membersTab)
        self.removeMember.setObjectName(u"removeMember")

        self.memberButtons.addWidget(self.removeMember)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)

        self.memberCount = QLabel(self.membersTab)
        self.memberCount.setObjectName(u"memberCount")

        self.memberButtons.addWidget(self.memberCount)


        self.membersLayout.addLayout(self.memberButtons)

        self.tabs.addTab(self.membersTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.planTab, "")
        self.disruptionsTab = QWidget()
        self.disruptionsTab.setObjectName(u"disruptionsTab")
        self.disruptionsLayout = QVBoxLayout(self.disruptionsTab)
        self.disruptionsLayout.setObjectName(u"disruptionsLayout")
        self.disruptions = QTableView(self.disruptionsTab)
        self.disruptions.setObjectName(u"disruptions")
        self.disruptions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disruptions.setAlternatingRowColors(True)
        self.disruptions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disruptions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disruptions.setSortingEnabled(True)
        self.disruptions.horizontalHeader().setStretchLastSection(True)
        self.disruptions.verticalHeader().setVisible(False)

        self.disruptionsLayout.addWidget(self.disruptions)

        self.disruptionButtons = QHBoxLayout()
        self.disruptionButtons.setObjectName(u"disruptionButtons")
        self.recordDisruption = QPushButton(self.disruptionsTab)
        self.recordDisruption.setObjectName(u"recordDisruption")

        self.disruptionButtons.addWidget(self.recordDisruption)

        self.editDisruption = QPushButton(self.disruptionsTab)
        self.editDisruption.setObjectName(u"editDisruption")

        self.disruptionButtons.addWidget(self.editDisruption)

        self.deleteDisruption = QPushButton(self.disruptionsTab)
        self.deleteDisruption.setObjectName(u"deleteDisruption")

        self.disruptionButtons.addWidget(self.deleteDisruption)

        self.disruptionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disruptionButtons.addItem(self.disruptionSpacer)

        self.disruptionCount = QLabel(self.disruptionsTab)
        self.disruptionCount.setObjectName(u"disruptionCount")

        self.disruptionButtons.addWidget(self.disruptionCount)


        self.disruptionsLayout.addLayout(self.disruptionButtons)

        self.tabs.addTab(self.disruptionsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.tabs.addTab(self.historyTab, "")

        self.threatLayout.addWidget(self.tabs)

        self.stack.addWidget(self.threatPage)

        self.editorLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.tabs, self.profileScroll)
        QWidget.setTabOrder(self.profileScroll, self.members)
        QWidget.setTabOrder(self.members, self.addMember)
        QWidget.setTabOrder(self.addMember, self.editMember)
        QWidget.setTabOrder(self.editMember, self.removeMember)
        QWidget.setTabOrder(self.removeMember, self.disruptions)
        QWidget.setTabOrder(self.disruptions, self.recordDisruption)
        QWidget.setTabOrder(self.recordDisruption, self.editDisruption)
        QWidget.setTabOrder(self.editDisruption, self.deleteDisruption)

        self.retranslateUi(ThreatEditor)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ThreatEditor):
#if QT_CONFIG(accessibility)
        ThreatEditor.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Threat editor", None))
#endif // QT_CONFIG(accessibility)
        self.emptyHint.setText(QCoreApplication.translate("ThreatEditor", u"Choose a threat in the register and press Enter to open it here.", None))
#if QT_CONFIG(accessibility)
        self.emptyHint.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"No threat open", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText("")
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Open threat", None))
#endif // QT_CONFIG(accessibility)
        self.subheading.setText("")
#if QT_CONFIG(accessibility)
        self.subheading.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Kind, band, status and review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Threat editor tabs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.profileScroll.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Profile", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("ThreatEditor", u"&Profile", None))
#if QT_CONFIG(accessibility)
        self.members.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Members", None))
#endif // QT_CONFIG(accessibility)
        self.addMember.setText(QCoreApplication.translate("ThreatEditor", u"&Add member\u2026", None))
#if QT_CONFIG(accessibility)
        self.addMember.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Add member", None))
#endif // QT_CONFIG(accessibility)
        self.editMember.setText(QCoreApplication.translate("ThreatEditor", u"Ed&it\u2026", None))
#if QT_CONFIG(accessibility)
        self.editMember.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Edit member", None))
#endif // QT_CONFIG(accessibility)
        self.removeMember.setText(QCoreApplication.translate("ThreatEditor", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeMember.setToolTip(QCoreApplication.translate("ThreatEditor", u"Remove the member from this threat (Delete; Edit > Undo brings it back)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeMember.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Remove member", None))
#endif // QT_CONFIG(accessibility)
        self.memberCount.setText("")
#if QT_CONFIG(accessibility)
        self.memberCount.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Number of members", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("ThreatEditor", u"&Members", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("ThreatEditor", u"&4P plan", None))
#if QT_CONFIG(accessibility)
        self.disruptions.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Disruption log", None))
#endif // QT_CONFIG(accessibility)
        self.recordDisruption.setText(QCoreApplication.translate("ThreatEditor", u"&Record disruption\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordDisruption.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Record disruption", None))
#endif // QT_CONFIG(accessibility)
        self.editDisruption.setText(QCoreApplication.translate("ThreatEditor", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editDisruption.setToolTip(QCoreApplication.translate("ThreatEditor", u"Put the chosen disruption right: its date, agency, strand, level, action or justification (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editDisruption.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Edit disruption", None))
#endif // QT_CONFIG(accessibility)
        self.deleteDisruption.setText(QCoreApplication.translate("ThreatEditor", u"Dele&te\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteDisruption.setToolTip(QCoreApplication.translate("ThreatEditor", u"Take the chosen disruption out of the log (asks first; Edit > Undo brings it back)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteDisruption.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Delete disruption", None))
#endif // QT_CONFIG(accessibility)
        self.disruptionCount.setText("")
#if QT_CONFIG(accessibility)
        self.disruptionCount.setAccessibleName(QCoreApplication.translate("ThreatEditor", u"Number of disruptions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.disruptionsTab), QCoreApplication.translate("ThreatEditor", u"&Disruptions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ThreatEditor", u"Histor&y", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_tab.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_PlanTab(object):
    def setupUi(self, PlanTab):
        if not PlanTab.objectName():
            PlanTab.setObjectName(u"PlanTab")
        PlanTab.resize(1000, 640)
        self.layout = QVBoxLayout(PlanTab)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(PlanTab)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addFromLibrary = QPushButton(PlanTab)
        self.addFromLibrary.setObjectName(u"addFromLibrary")

        self.buttons.addWidget(self.addFromLibrary)

        self.addFree = QPushButton(PlanTab)
        self.addFree.setObjectName(u"addFree")

        self.buttons.addWidget(self.addFree)

        self.changeStatus = QPushButton(PlanTab)
        self.changeStatus.setObjectName(u"changeStatus")

        self.buttons.addWidget(self.changeStatus)

        self.edit = QPushButton(PlanTab)
        self.edit.setObjectName(u"edit")

        self.buttons.addWidget(self.edit)

        self.withdraw = QPushButton(PlanTab)
        self.withdraw.setObjectName(u"withdraw")

        self.buttons.addWidget(self.withdraw)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

        self.splitter = QSplitter(PlanTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.plan = QTableView(self.splitter)
        self.plan.setObjectName(u"plan")
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setWordWrap(True)
        self.splitter.addWidget(self.plan)
        self.details = QSplitter(self.splitter)
        self.details.setObjectName(u"details")
        self.details.setOrientation(Qt.Orientation.Horizontal)
        self.details.setChildrenCollapsible(False)
        self.smart = QTextBrowser(self.details)
        self.smart.setObjectName(u"smart")
        self.details.addWidget(self.smart)
        self.trail = QTableView(self.details)
        self.trail.setObjectName(u"trail")
        self.trail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.addWidget(self.trail)
        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)
        QWidget.setTabOrder(self.addFromLibrary, self.addFree)
        QWidget.setTabOrder(self.addFree, self.changeStatus)
        QWidget.setTabOrder(self.changeStatus, self.edit)
        QWidget.setTabOrder(self.edit, self.withdraw)
        QWidget.setTabOrder(self.withdraw, self.plan)
        QWidget.setTabOrder(self.plan, self.smart)
        QWidget.setTabOrder(self.smart, self.trail)

        self.retranslateUi(PlanTab)
    # setupUi

    def retranslateUi(self, PlanTab):
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("PlanTab", u"Plan summary", None))
#endif // QT_CONFIG(accessibility)
        self.addFromLibrary.setText(QCoreApplication.translate("PlanTab", u"&Add tactics\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFromLibrary.setToolTip(QCoreApplication.translate("PlanTab", u"Add tactics from the library to the plan; the threat's reference is filled in", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addFromLibrary.setAccessibleName(QCoreApplication.translate("PlanTab", u"Add from library", None))
#endif // QT_CONFIG(accessibility)
        self.addFree.setText(QCoreApplication.translate("PlanTab", u"Add free-&text\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFree.setToolTip(QCoreApplication.translate("PlanTab", u"Add an action of your own words, one the library does not offer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addFree.setAccessibleName(QCoreApplication.translate("PlanTab", u"Add free-text action", None))
#endif // QT_CONFIG(accessibility)
        self.changeStatus.setText(QCoreApplication.translate("PlanTab", u"Change &status\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeStatus.setToolTip(QCoreApplication.translate("PlanTab", u"Record a dated update with a comment", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.changeStatus.setAccessibleName(QCoreApplication.translate("PlanTab", u"Change status", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("PlanTab", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit.setToolTip(QCoreApplication.translate("PlanTab", u"Edit the action's SMART fields, owner, officer, due date or RAG (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("PlanTab", u"Edit action", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw.setText(QCoreApplication.translate("PlanTab", u"Withd&raw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw.setToolTip(QCoreApplication.translate("PlanTab", u"Strike the action off the plan with a reason: raised in error, a duplicate, overtaken. It keeps its number.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.withdraw.setAccessibleName(QCoreApplication.translate("PlanTab", u"Withdraw action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plan.setAccessibleName(QCoreApplication.translate("PlanTab", u"4P plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smart.setAccessibleName(QCoreApplication.translate("PlanTab", u"The action in full", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trail.setAccessibleName(QCoreApplication.translate("PlanTab", u"Progress trail", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


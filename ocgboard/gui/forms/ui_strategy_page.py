# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strategy_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_StrategyPage(object):
    def setupUi(self, StrategyPage):
        if not StrategyPage.objectName():
            StrategyPage.setObjectName(u"StrategyPage")
        StrategyPage.resize(900, 640)
        self.layout = QVBoxLayout(StrategyPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(StrategyPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addItem = QPushButton(StrategyPage)
        self.addItem.setObjectName(u"addItem")

        self.buttons.addWidget(self.addItem)

        self.recordProgress = QPushButton(StrategyPage)
        self.recordProgress.setObjectName(u"recordProgress")

        self.buttons.addWidget(self.recordProgress)

        self.counts = QLabel(StrategyPage)
        self.counts.setObjectName(u"counts")

        self.buttons.addWidget(self.counts)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

        self.splitter = QSplitter(StrategyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.items = QTableView(self.splitter)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSortingEnabled(True)
        self.items.setAlternatingRowColors(True)
        self.items.setWordWrap(True)
        self.splitter.addWidget(self.items)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QHBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.deliverablesBox = QGroupBox(self.detail)
        self.deliverablesBox.setObjectName(u"deliverablesBox")
        self.deliverablesLayout = QVBoxLayout(self.deliverablesBox)
        self.deliverablesLayout.setObjectName(u"deliverablesLayout")
        self.itemAction = QLabel(self.deliverablesBox)
        self.itemAction.setObjectName(u"itemAction")
        self.itemAction.setWordWrap(True)
        self.itemAction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deliverablesLayout.addWidget(self.itemAction)

        self.deliverables = QPlainTextEdit(self.deliverablesBox)
        self.deliverables.setObjectName(u"deliverables")
        self.deliverables.setReadOnly(True)

        self.deliverablesLayout.addWidget(self.deliverables)


        self.detailLayout.addWidget(self.deliverablesBox)

        self.trailBox = QGroupBox(self.detail)
        self.trailBox.setObjectName(u"trailBox")
        self.trailLayout = QVBoxLayout(self.trailBox)
        self.trailLayout.setObjectName(u"trailLayout")
        self.trail = QTableView(self.trailBox)
        self.trail.setObjectName(u"trail")
        self.trail.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trail.setAlternatingRowColors(True)
        self.trail.setWordWrap(True)

        self.trailLayout.addWidget(self.trail)


        self.detailLayout.addWidget(self.trailBox)

        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)
        QWidget.setTabOrder(self.addItem, self.recordProgress)
        QWidget.setTabOrder(self.recordProgress, self.items)
        QWidget.setTabOrder(self.items, self.deliverables)
        QWidget.setTabOrder(self.deliverables, self.trail)

        self.retranslateUi(StrategyPage)
    # setupUi

    def retranslateUi(self, StrategyPage):
#if QT_CONFIG(accessibility)
        StrategyPage.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Strategy", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("StrategyPage", u"<h2>Strategic action plan</h2>", None))
        self.addItem.setText(QCoreApplication.translate("StrategyPage", u"Add &item\u2026", None))
#if QT_CONFIG(tooltip)
        self.addItem.setToolTip(QCoreApplication.translate("StrategyPage", u"Add an action to the board's strategic plan (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addItem.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Add a strategy item", None))
#endif // QT_CONFIG(accessibility)
        self.recordProgress.setText(QCoreApplication.translate("StrategyPage", u"&Record progress\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordProgress.setToolTip(QCoreApplication.translate("StrategyPage", u"Record a dated status update on the selected item (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordProgress.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Record progress on the selected item", None))
#endif // QT_CONFIG(accessibility)
        self.counts.setText("")
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Items by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Strategic action plan", None))
#endif // QT_CONFIG(accessibility)
        self.deliverablesBox.setTitle(QCoreApplication.translate("StrategyPage", u"Deliverables", None))
        self.itemAction.setText("")
#if QT_CONFIG(accessibility)
        self.itemAction.setAccessibleName(QCoreApplication.translate("StrategyPage", u"The selected action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deliverables.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Deliverables of the selected item", None))
#endif // QT_CONFIG(accessibility)
        self.trailBox.setTitle(QCoreApplication.translate("StrategyPage", u"Status trail", None))
#if QT_CONFIG(accessibility)
        self.trail.setAccessibleName(QCoreApplication.translate("StrategyPage", u"Dated status trail of the selected item", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


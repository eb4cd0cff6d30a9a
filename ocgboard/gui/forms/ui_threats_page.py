# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'threats_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ThreatsPage(object):
    def setupUi(self, ThreatsPage):
        if not ThreatsPage.objectName():
            ThreatsPage.setObjectName(u"ThreatsPage")
        ThreatsPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(ThreatsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ThreatsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.search = QLineEdit(ThreatsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)

        self.clearFilters = QPushButton(ThreatsPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.searchRow.addWidget(self.clearFilters)

        self.newThreat = QPushButton(ThreatsPage)
        self.newThreat.setObjectName(u"newThreat")

        self.searchRow.addWidget(self.newThreat)


        self.pageLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kind = QComboBox(ThreatsPage)
        self.kind.setObjectName(u"kind")

        self.filterRow.addWidget(self.kind)

        self.status = QComboBox(ThreatsPage)
        self.status.setObjectName(u"status")

        self.filterRow.addWidget(self.status)

        self.band = QComboBox(ThreatsPage)
        self.band.setObjectName(u"band")

        self.filterRow.addWidget(self.band)

        self.area = QComboBox(ThreatsPage)
        self.area.setObjectName(u"area")

        self.filterRow.addWidget(self.area)

        self.threatArea = QComboBox(ThreatsPage)
        self.threatArea.setObjectName(u"threatArea")

        self.filterRow.addWidget(self.threatArea)

        self.lro = QComboBox(ThreatsPage)
        self.lro.setObjectName(u"lro")

        self.filterRow.addWidget(self.lro)

        self.reviewDueRow = QHBoxLayout()
        self.reviewDueRow.setObjectName(u"reviewDueRow")
        self.reviewDue = QCheckBox(ThreatsPage)
        self.reviewDue.setObjectName(u"reviewDue")

        self.reviewDueRow.addWidget(self.reviewDue)

        self.reviewDays = QSpinBox(ThreatsPage)
        self.reviewDays.setObjectName(u"reviewDays")
        self.reviewDays.setMinimum(0)
        self.reviewDays.setMaximum(730)
        self.reviewDays.setValue(28)

        self.reviewDueRow.addWidget(self.reviewDays)


        self.filterRow.addLayout(self.reviewDueRow)

        self.overdueReview = QCheckBox(ThreatsPage)
        self.overdueReview.setObjectName(u"overdueReview")

        self.filterRow.addWidget(self.overdueReview)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(ThreatsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registerPane = QWidget(self.splitter)
        self.registerPane.setObjectName(u"registerPane")
        self.registerLayout = QVBoxLayout(self.registerPane)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 0, 0, 0)
        self.register = QTableView(self.registerPane)
        self.register.setObjectName(u"register")
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.setAlternatingRowColors(True)
        self.register.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.setSortingEnabled(True)
        self.register.setWordWrap(False)
        self.register.horizontalHeader().setStretchLastSection(True)
        self.register.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.register)

        self.count = QLabel(self.registerPane)
        self.count.setObjectName(u"count")

        self.registerLayout.addWidget(self.count)

        self.splitter.addWidget(self.registerPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.editorPane)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.clearFilters)
        QWidget.setTabOrder(self.clearFilters, self.newThreat)
        QWidget.setTabOrder(self.newThreat, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.band)
        QWidget.setTabOrder(self.band, self.area)
        QWidget.setTabOrder(self.area, self.threatArea)
        QWidget.setTabOrder(self.threatArea, self.lro)
        QWidget.setTabOrder(self.lro, self.reviewDue)
        QWidget.setTabOrder(self.reviewDue, self.reviewDays)
        QWidget.setTabOrder(self.reviewDays, self.overdueReview)
        QWidget.setTabOrder(self.overdueReview, self.register)

        self.retranslateUi(ThreatsPage)
    # setupUi

    def retranslateUi(self, ThreatsPage):
#if QT_CONFIG(accessibility)
        ThreatsPage.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Threats", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("ThreatsPage", u"Fi&lter:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ThreatsPage", u"Reference, name, area, LRO or threat area (accents optional)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Filter threats", None))
#endif // QT_CONFIG(accessibility)
        self.clearFilters.setText(QCoreApplication.translate("ThreatsPage", u"Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFilters.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
        self.newThreat.setText(QCoreApplication.translate("ThreatsPage", u"Ne&w threat\u2026", None))
#if QT_CONFIG(tooltip)
        self.newThreat.setToolTip(QCoreApplication.translate("ThreatsPage", u"Add a threat to the register (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newThreat.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"New threat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("ThreatsPage", u"Kind", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Kind filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.status.setToolTip(QCoreApplication.translate("ThreatsPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.band.setToolTip(QCoreApplication.translate("ThreatsPage", u"OCGM band", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.band.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Band filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.area.setToolTip(QCoreApplication.translate("ThreatsPage", u"Geographical area", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Area filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.threatArea.setToolTip(QCoreApplication.translate("ThreatsPage", u"Threat area (control strategy)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.threatArea.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Threat area filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lro.setToolTip(QCoreApplication.translate("ThreatsPage", u"Lead Responsible Officer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.lro.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"LRO filter", None))
#endif // QT_CONFIG(accessibility)
        self.reviewDue.setText(QCoreApplication.translate("ThreatsPage", u"Re&view due within", None))
#if QT_CONFIG(accessibility)
        self.reviewDue.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Review due within a number of days", None))
#endif // QT_CONFIG(accessibility)
        self.reviewDays.setSuffix(QCoreApplication.translate("ThreatsPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.reviewDays.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Days until review", None))
#endif // QT_CONFIG(accessibility)
        self.overdueReview.setText(QCoreApplication.translate("ThreatsPage", u"Overdue review", None))
#if QT_CONFIG(accessibility)
        self.overdueReview.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Overdue reviews only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.register.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Threat register", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText(QCoreApplication.translate("ThreatsPage", u"No threats", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("ThreatsPage", u"Threats shown", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1200, 760)
        self.layout = QVBoxLayout(ActionsPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(ActionsPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.count = QLabel(ActionsPage)
        self.count.setObjectName(u"count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.top.addWidget(self.count)

        self.sendReturn = QPushButton(ActionsPage)
        self.sendReturn.setObjectName(u"sendReturn")
        self.sendReturn.setVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sendReturn.sizePolicy().hasHeightForWidth())
        self.sendReturn.setSizePolicy(sizePolicy)

        self.top.addWidget(self.sendReturn)


        self.layout.addLayout(self.top)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.agencyLabel = QLabel(ActionsPage)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.filters.addWidget(self.agencyLabel)

        self.agency = QComboBox(ActionsPage)
        self.agency.setObjectName(u"agency")

        self.filters.addWidget(self.agency)

        self.strandLabel = QLabel(ActionsPage)
        self.strandLabel.setObjectName(u"strandLabel")

        self.filters.addWidget(self.strandLabel)

        self.strand = QComboBox(ActionsPage)
        self.strand.setObjectName(u"strand")

        self.filters.addWidget(self.strand)

        self.statusLabel = QLabel(ActionsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filters.addWidget(self.statusLabel)

        self.status = QComboBox(ActionsPage)
        self.status.setObjectName(u"status")

        self.filters.addWidget(self.status)

        self.dueByLabel = QLabel(ActionsPage)
        self.dueByLabel.setObjectName(u"dueByLabel")

        self.filters.addWidget(self.dueByLabel)

        self.dueDate = DateField(ActionsPage)
        self.dueDate.setObjectName(u"dueDate")

        self.filters.addWidget(self.dueDate)

        self.overdue = QCheckBox(ActionsPage)
        self.overdue.setObjectName(u"overdue")

        self.filters.addWidget(self.overdue)

        self.openOnly = QCheckBox(ActionsPage)
        self.openOnly.setObjectName(u"openOnly")

        self.filters.addWidget(self.openOnly)

        self.clearFilters = QPushButton(ActionsPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.filters.addWidget(self.clearFilters)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(ActionsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.actions = QTableView(self.splitter)
        self.actions.setObjectName(u"actions")
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setWordWrap(False)
        self.actions.setSortingEnabled(True)
        self.splitter.addWidget(self.actions)
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

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.changeStatus = QPushButton(ActionsPage)
        self.changeStatus.setObjectName(u"changeStatus")

        self.buttons.addWidget(self.changeStatus)

        self.edit = QPushButton(ActionsPage)
        self.edit.setObjectName(u"edit")

        self.buttons.addWidget(self.edit)

        self.openThreat = QPushButton(ActionsPage)
        self.openThreat.setObjectName(u"openThreat")

        self.buttons.addWidget(self.openThreat)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agency)
        self.strandLabel.setBuddy(self.strand)
        self.statusLabel.setBuddy(self.status)
        self.dueByLabel.setBuddy(self.dueDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency, self.strand)
        QWidget.setTabOrder(self.strand, self.status)
        QWidget.setTabOrder(self.status, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.overdue)
        QWidget.setTabOrder(self.overdue, self.openOnly)
        QWidget.setTabOrder(self.openOnly, self.clearFilters)
        QWidget.setTabOrder(self.clearFilters, self.actions)
        QWidget.setTabOrder(self.actions, self.changeStatus)
        QWidget.setTabOrder(self.changeStatus, self.edit)
        QWidget.setTabOrder(self.edit, self.openThreat)
        QWidget.setTabOrder(self.openThreat, self.smart)
        QWidget.setTabOrder(self.smart, self.trail)

        self.retranslateUi(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
        self.heading.setText(QCoreApplication.translate("ActionsPage", u"<h2>Actions</h2>", None))
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("ActionsPage", u"How many actions are shown", None))
#endif // QT_CONFIG(accessibility)
        self.sendReturn.setText(QCoreApplication.translate("ActionsPage", u"&Send my return to the chair\u2026", None))
#if QT_CONFIG(tooltip)
        self.sendReturn.setToolTip(QCoreApplication.translate("ActionsPage", u"Write the file of the updates made on this laptop, encrypted to the board's laptops", None))
#endif // QT_CONFIG(tooltip)
        self.agencyLabel.setText(QCoreApplication.translate("ActionsPage", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("ActionsPage", u"St&rand:", None))
#if QT_CONFIG(accessibility)
        self.strand.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ActionsPage", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.dueByLabel.setText(QCoreApplication.translate("ActionsPage", u"Due &by:", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Due by", None))
#endif // QT_CONFIG(accessibility)
        self.overdue.setText(QCoreApplication.translate("ActionsPage", u"&Overdue only", None))
#if QT_CONFIG(accessibility)
        self.overdue.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Overdue only", None))
#endif // QT_CONFIG(accessibility)
        self.openOnly.setText(QCoreApplication.translate("ActionsPage", u"O&pen only", None))
#if QT_CONFIG(accessibility)
        self.openOnly.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Open only", None))
#endif // QT_CONFIG(accessibility)
        self.clearFilters.setText(QCoreApplication.translate("ActionsPage", u"&Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFilters.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Actions: the chase list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smart.setAccessibleName(QCoreApplication.translate("ActionsPage", u"The action in full", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trail.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Progress trail", None))
#endif // QT_CONFIG(accessibility)
        self.changeStatus.setText(QCoreApplication.translate("ActionsPage", u"Change &status\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeStatus.setToolTip(QCoreApplication.translate("ActionsPage", u"Record a dated update with a comment", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.changeStatus.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Change status", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("ActionsPage", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit.setToolTip(QCoreApplication.translate("ActionsPage", u"Edit the action (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Edit action", None))
#endif // QT_CONFIG(accessibility)
        self.openThreat.setText(QCoreApplication.translate("ActionsPage", u"Open &threat", None))
#if QT_CONFIG(tooltip)
        self.openThreat.setToolTip(QCoreApplication.translate("ActionsPage", u"Show the threat and its whole 4P plan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openThreat.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Open threat", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


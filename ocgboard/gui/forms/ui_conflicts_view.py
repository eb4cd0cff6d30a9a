# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_view.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ConflictsView(object):
    def setupUi(self, ConflictsView):
        if not ConflictsView.objectName():
            ConflictsView.setObjectName(u"ConflictsView")
        ConflictsView.resize(860, 520)
        self.layout = QVBoxLayout(ConflictsView)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(ConflictsView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.splitter = QSplitter(ConflictsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.table)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.recordLabel = QLabel(self.detail)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setWordWrap(True)
        self.recordLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.recordLabel)

        self.sides = QHBoxLayout()
        self.sides.setObjectName(u"sides")
        self.mineBox = QGroupBox(self.detail)
        self.mineBox.setObjectName(u"mineBox")
        self.mineLayout = QVBoxLayout(self.mineBox)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineValue = QLabel(self.mineBox)
        self.mineValue.setObjectName(u"mineValue")
        self.mineValue.setWordWrap(True)
        self.mineValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mineLayout.addWidget(self.mineValue)

        self.mineWho = QLabel(self.mineBox)
        self.mineWho.setObjectName(u"mineWho")
        self.mineWho.setWordWrap(True)

        self.mineLayout.addWidget(self.mineWho)

        self.mineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mineLayout.addItem(self.mineSpacer)

        self.keepMine = QPushButton(self.mineBox)
        self.keepMine.setObjectName(u"keepMine")

        self.mineLayout.addWidget(self.keepMine)


        self.sides.addWidget(self.mineBox)

        self.theirsBox = QGroupBox(self.detail)
        self.theirsBox.setObjectName(u"theirsBox")
        self.theirsLayout = QVBoxLayout(self.theirsBox)
        self.theirsLayout.setObjectName(u"theirsLayout")
        self.theirsValue = QLabel(self.theirsBox)
        self.theirsValue.setObjectName(u"theirsValue")
        self.theirsValue.setWordWrap(True)
        self.theirsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.theirsLayout.addWidget(self.theirsValue)

        self.theirsWho = QLabel(self.theirsBox)
        self.theirsWho.setObjectName(u"theirsWho")
        self.theirsWho.setWordWrap(True)

        self.theirsLayout.addWidget(self.theirsWho)

        self.theirsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.theirsLayout.addItem(self.theirsSpacer)

        self.keepTheirs = QPushButton(self.theirsBox)
        self.keepTheirs.setObjectName(u"keepTheirs")

        self.theirsLayout.addWidget(self.keepTheirs)


        self.sides.addWidget(self.theirsBox)


        self.detailLayout.addLayout(self.sides)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.otherLabel = QLabel(self.detail)
        self.otherLabel.setObjectName(u"otherLabel")

        self.otherRow.addWidget(self.otherLabel)

        self.otherValue = QLineEdit(self.detail)
        self.otherValue.setObjectName(u"otherValue")

        self.otherRow.addWidget(self.otherValue)

        self.useOther = QPushButton(self.detail)
        self.useOther.setObjectName(u"useOther")

        self.otherRow.addWidget(self.useOther)


        self.detailLayout.addLayout(self.otherRow)

        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.otherLabel.setBuddy(self.otherValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.keepMine)
        QWidget.setTabOrder(self.keepMine, self.keepTheirs)
        QWidget.setTabOrder(self.keepTheirs, self.otherValue)
        QWidget.setTabOrder(self.otherValue, self.useOther)

        self.retranslateUi(ConflictsView)
    # setupUi

    def retranslateUi(self, ConflictsView):
#if QT_CONFIG(accessibility)
        ConflictsView.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText(QCoreApplication.translate("ConflictsView", u"No open conflicts.", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Conflicts summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Open conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.recordLabel.setText(QCoreApplication.translate("ConflictsView", u"Choose a conflict above to see both values.", None))
#if QT_CONFIG(accessibility)
        self.recordLabel.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Record and field in conflict", None))
#endif // QT_CONFIG(accessibility)
        self.mineBox.setTitle(QCoreApplication.translate("ConflictsView", u"Mine: this laptop's value", None))
        self.mineValue.setText(QCoreApplication.translate("ConflictsView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.mineValue.setAccessibleName(QCoreApplication.translate("ConflictsView", u"My value", None))
#endif // QT_CONFIG(accessibility)
        self.mineWho.setText("")
#if QT_CONFIG(accessibility)
        self.mineWho.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Who set my value, where and when", None))
#endif // QT_CONFIG(accessibility)
        self.keepMine.setText(QCoreApplication.translate("ConflictsView", u"Keep &mine", None))
#if QT_CONFIG(accessibility)
        self.keepMine.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Keep my value", None))
#endif // QT_CONFIG(accessibility)
        self.theirsBox.setTitle(QCoreApplication.translate("ConflictsView", u"Theirs: the other laptop's value", None))
        self.theirsValue.setText(QCoreApplication.translate("ConflictsView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.theirsValue.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Their value", None))
#endif // QT_CONFIG(accessibility)
        self.theirsWho.setText("")
#if QT_CONFIG(accessibility)
        self.theirsWho.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Who set their value, where and when", None))
#endif // QT_CONFIG(accessibility)
        self.keepTheirs.setText(QCoreApplication.translate("ConflictsView", u"Keep &theirs", None))
#if QT_CONFIG(accessibility)
        self.keepTheirs.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Keep their value", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("ConflictsView", u"Or enter &another value:", None))
#if QT_CONFIG(accessibility)
        self.otherValue.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Another value", None))
#endif // QT_CONFIG(accessibility)
        self.otherValue.setPlaceholderText(QCoreApplication.translate("ConflictsView", u"the value to keep instead of both", None))
        self.useOther.setText(QCoreApplication.translate("ConflictsView", u"&Use this value", None))
#if QT_CONFIG(accessibility)
        self.useOther.setAccessibleName(QCoreApplication.translate("ConflictsView", u"Use the value entered", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disruption_log.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DisruptionLogDialog(object):
    def setupUi(self, DisruptionLogDialog):
        if not DisruptionLogDialog.objectName():
            DisruptionLogDialog.setObjectName(u"DisruptionLogDialog")
        DisruptionLogDialog.resize(900, 520)
        self.layout = QVBoxLayout(DisruptionLogDialog)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.levelLabel = QLabel(DisruptionLogDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filters.addWidget(self.levelLabel)

        self.level = QComboBox(DisruptionLogDialog)
        self.level.setObjectName(u"level")

        self.filters.addWidget(self.level)

        self.summary = QLabel(DisruptionLogDialog)
        self.summary.setObjectName(u"summary")

        self.filters.addWidget(self.summary)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filters)

        self.table = QTableView(DisruptionLogDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.hint = QLabel(DisruptionLogDialog)
        self.hint.setObjectName(u"hint")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(DisruptionLogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.level)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.level, self.table)
        QWidget.setTabOrder(self.table, self.buttons)

        self.retranslateUi(DisruptionLogDialog)
    # setupUi

    def retranslateUi(self, DisruptionLogDialog):
        DisruptionLogDialog.setWindowTitle(QCoreApplication.translate("DisruptionLogDialog", u"Disruptions", None))
        self.levelLabel.setText(QCoreApplication.translate("DisruptionLogDialog", u"&Level:", None))
#if QT_CONFIG(accessibility)
        self.level.setAccessibleName(QCoreApplication.translate("DisruptionLogDialog", u"Disruption level", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("DisruptionLogDialog", u"How many disruptions are listed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DisruptionLogDialog", u"Disruptions", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("DisruptionLogDialog", u"Enter or double-click opens the threat.", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 420)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.backups = QTableView(RestoreDialog)
        self.backups.setObjectName(u"backups")
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setAlternatingRowColors(True)
        self.backups.setShowGrid(False)
        self.backups.horizontalHeader().setStretchLastSection(True)
        self.backups.verticalHeader().setVisible(False)

        self.layout.addWidget(self.backups)

        self.where = QLabel(RestoreDialog)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.where)

        self.message = QLabel(RestoreDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.otherFile = QPushButton(RestoreDialog)
        self.otherFile.setObjectName(u"otherFile")

        self.buttonsRow.addWidget(self.otherFile)

        self.between = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.between)

        self.restore = QPushButton(RestoreDialog)
        self.restore.setObjectName(u"restore")

        self.buttonsRow.addWidget(self.restore)

        self.close = QPushButton(RestoreDialog)
        self.close.setObjectName(u"close")

        self.buttonsRow.addWidget(self.close)


        self.layout.addLayout(self.buttonsRow)


        self.retranslateUi(RestoreDialog)

        self.restore.setDefault(True)

    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"Choose the backup to put in place of the board. The board as it is now is saved first (a backup made before the restore), and the board closes and opens again.", None))
#if QT_CONFIG(accessibility)
        self.backups.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups of this board, most recent first", None))
#endif // QT_CONFIG(accessibility)
        self.where.setText("")
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.otherFile.setText(QCoreApplication.translate("RestoreDialog", u"&Other file\u2026", None))
#if QT_CONFIG(tooltip)
        self.otherFile.setToolTip(QCoreApplication.translate("RestoreDialog", u"Restore from a backup of this board kept elsewhere (a USB stick, another folder)", None))
#endif // QT_CONFIG(tooltip)
        self.restore.setText(QCoreApplication.translate("RestoreDialog", u"&Restore\u2026", None))
        self.close.setText(QCoreApplication.translate("RestoreDialog", u"Close", None))
    # retranslateUi


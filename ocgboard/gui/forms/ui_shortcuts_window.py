# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsWindow(object):
    def setupUi(self, ShortcutsWindow):
        if not ShortcutsWindow.objectName():
            ShortcutsWindow.setObjectName(u"ShortcutsWindow")
        ShortcutsWindow.resize(520, 560)
        self.layout = QVBoxLayout(ShortcutsWindow)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ShortcutsWindow)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableWidget(ShortcutsWindow)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(ShortcutsWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ShortcutsWindow)
    # setupUi

    def retranslateUi(self, ShortcutsWindow):
        ShortcutsWindow.setWindowTitle(QCoreApplication.translate("ShortcutsWindow", u"Keyboard shortcuts \u2014 ocgboard", None))
        self.intro.setText(QCoreApplication.translate("ShortcutsWindow", u"The keys of the menus' commands, as this window has them. Tables and lists also take the arrow keys, Home and End, and Enter to open what is chosen.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ShortcutsWindow", u"Keyboard shortcuts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


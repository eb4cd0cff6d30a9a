# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
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
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ExchangePage(object):
    def setupUi(self, ExchangePage):
        if not ExchangePage.objectName():
            ExchangePage.setObjectName(u"ExchangePage")
        ExchangePage.resize(900, 640)
        ExchangePage.setAcceptDrops(True)
        self.layout = QVBoxLayout(ExchangePage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ExchangePage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(ExchangePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.exportButton = QPushButton(ExchangePage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.importButton = QPushButton(ExchangePage)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.dropHint = QLabel(ExchangePage)
        self.dropHint.setObjectName(u"dropHint")

        self.buttons.addWidget(self.dropHint)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

        self.tabs = QTabWidget(ExchangePage)
        self.tabs.setObjectName(u"tabs")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.conflictsTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.contactsTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.logView = QTableView(self.logTab)
        self.logView.setObjectName(u"logView")
        self.logView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logView.setSortingEnabled(True)
        self.logView.setAlternatingRowColors(True)

        self.logLayout.addWidget(self.logView)

        self.tabs.addTab(self.logTab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.logView)

        self.retranslateUi(ExchangePage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ExchangePage):
#if QT_CONFIG(accessibility)
        ExchangePage.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Exchange", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("ExchangePage", u"<h2>Exchange</h2>", None))
        self.intro.setText(QCoreApplication.translate("ExchangePage", u"Partners share no network: they exchange encrypted, signed files by email or USB. Send each agency its extract, take back its updates, and keep the board laptops in step with full replicas.", None))
        self.exportButton.setText(QCoreApplication.translate("ExchangePage", u"E&xport a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ExchangePage", u"Write an exchange file: a full replica or an agency's extract (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Export a file", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ExchangePage", u"&Import a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ExchangePage", u"Preview and apply an exchange file (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Import a file", None))
#endif // QT_CONFIG(accessibility)
        self.dropHint.setText(QCoreApplication.translate("ExchangePage", u"or drop an exchange file anywhere on this page.", None))
#if QT_CONFIG(accessibility)
        self.dropHint.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Drop hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Exchange sections", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("ExchangePage", u"&Conflicts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("ExchangePage", u"C&ontacts and keys", None))
#if QT_CONFIG(accessibility)
        self.logView.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Exchange files written and read", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("ExchangePage", u"&Log of files", None))
    # retranslateUi


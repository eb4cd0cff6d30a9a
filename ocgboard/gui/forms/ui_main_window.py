# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QSizePolicy,
    QSpacerItem, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1000, 680)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.boardName = QLabel(self.central)
        self.boardName.setObjectName(u"boardName")

        self.centralLayout.addWidget(self.boardName)

        self.markingBanner = QLabel(self.central)
        self.markingBanner.setObjectName(u"markingBanner")
        self.markingBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.centralLayout.addWidget(self.markingBanner)

        self.summary = QLabel(self.central)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.centralLayout.addWidget(self.summary)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.centralLayout.addItem(self.bottomSpacer)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ocgboard", None))
        self.boardName.setText(QCoreApplication.translate("MainWindow", u"Board", None))
#if QT_CONFIG(accessibility)
        self.boardName.setAccessibleName(QCoreApplication.translate("MainWindow", u"Board name", None))
#endif // QT_CONFIG(accessibility)
        self.markingBanner.setText(QCoreApplication.translate("MainWindow", u"OFFICIAL-SENSITIVE", None))
#if QT_CONFIG(accessibility)
        self.markingBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("MainWindow", u"Board summary", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


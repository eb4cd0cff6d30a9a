# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_GuideWindow(object):
    def setupUi(self, GuideWindow):
        if not GuideWindow.objectName():
            GuideWindow.setObjectName(u"GuideWindow")
        GuideWindow.resize(680, 640)
        self.layout = QVBoxLayout(GuideWindow)
        self.layout.setObjectName(u"layout")
        self.text = QTextBrowser(GuideWindow)
        self.text.setObjectName(u"text")
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)

        self.layout.addWidget(self.text)

        self.buttons = QDialogButtonBox(GuideWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(GuideWindow)
    # setupUi

    def retranslateUi(self, GuideWindow):
        GuideWindow.setWindowTitle(QCoreApplication.translate("GuideWindow", u"Getting started \u2014 ocgboard", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Getting started guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


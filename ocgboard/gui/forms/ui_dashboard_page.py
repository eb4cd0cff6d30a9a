# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(960, 700)
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(DashboardPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.period = QLabel(DashboardPage)
        self.period.setObjectName(u"period")

        self.layout.addWidget(self.period)

        self.scroll = QScrollArea(DashboardPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.figures = QWidget(self.content)
        self.figures.setObjectName(u"figures")
        self.figuresLayout = QGridLayout(self.figures)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)

        self.contentLayout.addWidget(self.figures)

        self.charts = QWidget(self.content)
        self.charts.setObjectName(u"charts")
        self.chartsLayout = QGridLayout(self.charts)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)

        self.contentLayout.addWidget(self.charts)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottom)

        self.scroll.setWidget(self.content)

        self.layout.addWidget(self.scroll)


        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.heading.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Dashboard heading", None))
#endif // QT_CONFIG(accessibility)
        self.period.setText(QCoreApplication.translate("DashboardPage", u"Loading the board's figures\u2026", None))
#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Period of the figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figures.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.charts.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Charts", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


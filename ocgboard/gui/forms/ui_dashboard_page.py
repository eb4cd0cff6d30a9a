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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
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

        self.coverage = QGroupBox(self.content)
        self.coverage.setObjectName(u"coverage")
        self.coverageLayout = QVBoxLayout(self.coverage)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageNote = QLabel(self.coverage)
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setWordWrap(True)

        self.coverageLayout.addWidget(self.coverageNote)

        self.areas = QTableView(self.coverage)
        self.areas.setObjectName(u"areas")
        self.areas.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.areas.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.areas.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.setWordWrap(False)

        self.coverageLayout.addWidget(self.areas)

        self.battlesNote = QLabel(self.coverage)
        self.battlesNote.setObjectName(u"battlesNote")
        self.battlesNote.setWordWrap(True)

        self.coverageLayout.addWidget(self.battlesNote)

        self.battles = QTableView(self.coverage)
        self.battles.setObjectName(u"battles")
        self.battles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.battles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.battles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.battles.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.battles.setWordWrap(False)

        self.coverageLayout.addWidget(self.battles)

        self.adrift = QLabel(self.coverage)
        self.adrift.setObjectName(u"adrift")
        self.adrift.setWordWrap(True)

        self.coverageLayout.addWidget(self.adrift)


        self.contentLayout.addWidget(self.coverage)

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
        self.coverage.setTitle(QCoreApplication.translate("DashboardPage", u"Control strategy coverage", None))
#if QT_CONFIG(accessibility)
        self.coverage.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Control strategy coverage", None))
#endif // QT_CONFIG(accessibility)
        self.coverageNote.setText(QCoreApplication.translate("DashboardPage", u"Reading the control strategy\u2026", None))
#if QT_CONFIG(accessibility)
        self.coverageNote.setAccessibleName(QCoreApplication.translate("DashboardPage", u"About the coverage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areas.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Coverage by threat area", None))
#endif // QT_CONFIG(accessibility)
        self.battlesNote.setText("")
#if QT_CONFIG(accessibility)
        self.battlesNote.setAccessibleName(QCoreApplication.translate("DashboardPage", u"About the must-win battles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.battles.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Must-win battles and the live work serving them", None))
#endif // QT_CONFIG(accessibility)
        self.adrift.setText("")
#if QT_CONFIG(accessibility)
        self.adrift.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Live work serving a battle no longer in the strategy", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


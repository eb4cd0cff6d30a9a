# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agencies_page.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AgenciesPage(object):
    def setupUi(self, AgenciesPage):
        if not AgenciesPage.objectName():
            AgenciesPage.setObjectName(u"AgenciesPage")
        AgenciesPage.resize(900, 600)
        self.layout = QVBoxLayout(AgenciesPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(AgenciesPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.splitter = QSplitter(AgenciesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.agenciesPane = QWidget(self.splitter)
        self.agenciesPane.setObjectName(u"agenciesPane")
        self.agenciesLayout = QVBoxLayout(self.agenciesPane)
        self.agenciesLayout.setObjectName(u"agenciesLayout")
        self.agenciesLayout.setContentsMargins(0, 0, 0, 0)
        self.agenciesLabel = QLabel(self.agenciesPane)
        self.agenciesLabel.setObjectName(u"agenciesLabel")

        self.agenciesLayout.addWidget(self.agenciesLabel)

        self.agencies = QTableView(self.agenciesPane)
        self.agencies.setObjectName(u"agencies")
        self.agencies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agencies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agencies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agencies.setSortingEnabled(True)
        self.agencies.setAlternatingRowColors(True)

        self.agenciesLayout.addWidget(self.agencies)

        self.agencyButtons = QHBoxLayout()
        self.agencyButtons.setObjectName(u"agencyButtons")
        self.addAgency = QPushButton(self.agenciesPane)
        self.addAgency.setObjectName(u"addAgency")

        self.agencyButtons.addWidget(self.addAgency)

        self.agencySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agencyButtons.addItem(self.agencySpacer)


        self.agenciesLayout.addLayout(self.agencyButtons)

        self.splitter.addWidget(self.agenciesPane)
        self.peoplePane = QWidget(self.splitter)
        self.peoplePane.setObjectName(u"peoplePane")
        self.peopleLayout = QVBoxLayout(self.peoplePane)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(0, 0, 0, 0)
        self.peopleLabel = QLabel(self.peoplePane)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.peopleLayout.addWidget(self.peopleLabel)

        self.people = QTableView(self.peoplePane)
        self.people.setObjectName(u"people")
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSortingEnabled(True)
        self.people.setAlternatingRowColors(True)

        self.peopleLayout.addWidget(self.people)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPerson = QPushButton(self.peoplePane)
        self.addPerson.setObjectName(u"addPerson")

        self.peopleButtons.addWidget(self.addPerson)

        self.editPerson = QPushButton(self.peoplePane)
        self.editPerson.setObjectName(u"editPerson")

        self.peopleButtons.addWidget(self.editPerson)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.splitter.addWidget(self.peoplePane)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.agenciesLabel.setBuddy(self.agencies)
        self.peopleLabel.setBuddy(self.people)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencies, self.addAgency)
        QWidget.setTabOrder(self.addAgency, self.people)
        QWidget.setTabOrder(self.people, self.addPerson)
        QWidget.setTabOrder(self.addPerson, self.editPerson)

        self.retranslateUi(AgenciesPage)
    # setupUi

    def retranslateUi(self, AgenciesPage):
#if QT_CONFIG(accessibility)
        AgenciesPage.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Agencies and people", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("AgenciesPage", u"<h2>Agencies &amp; people</h2>", None))
        self.agenciesLabel.setText(QCoreApplication.translate("AgenciesPage", u"Partner &agencies:", None))
#if QT_CONFIG(accessibility)
        self.agencies.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Partner agencies", None))
#endif // QT_CONFIG(accessibility)
        self.addAgency.setText(QCoreApplication.translate("AgenciesPage", u"Add agenc&y\u2026", None))
#if QT_CONFIG(accessibility)
        self.addAgency.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Add an agency", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("AgenciesPage", u"&People:", None))
#if QT_CONFIG(accessibility)
        self.peopleLabel.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"People of the agency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.people.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"People of the selected agency", None))
#endif // QT_CONFIG(accessibility)
        self.addPerson.setText(QCoreApplication.translate("AgenciesPage", u"Add pe&rson\u2026", None))
#if QT_CONFIG(tooltip)
        self.addPerson.setToolTip(QCoreApplication.translate("AgenciesPage", u"Add a person to the selected agency (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addPerson.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Add a person", None))
#endif // QT_CONFIG(accessibility)
        self.editPerson.setText(QCoreApplication.translate("AgenciesPage", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editPerson.setToolTip(QCoreApplication.translate("AgenciesPage", u"Edit the selected person (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editPerson.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Edit the selected person", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


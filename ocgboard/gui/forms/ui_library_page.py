# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_LibraryPage(object):
    def setupUi(self, LibraryPage):
        if not LibraryPage.objectName():
            LibraryPage.setObjectName(u"LibraryPage")
        LibraryPage.resize(1200, 760)
        self.layout = QVBoxLayout(LibraryPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(LibraryPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.count = QLabel(LibraryPage)
        self.count.setObjectName(u"count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.top.addWidget(self.count)


        self.layout.addLayout(self.top)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.strandLabel = QLabel(LibraryPage)
        self.strandLabel.setObjectName(u"strandLabel")

        self.filters.addWidget(self.strandLabel)

        self.strand = QComboBox(LibraryPage)
        self.strand.setObjectName(u"strand")

        self.filters.addWidget(self.strand)

        self.areaLabel = QLabel(LibraryPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filters.addWidget(self.areaLabel)

        self.area = QComboBox(LibraryPage)
        self.area.setObjectName(u"area")

        self.filters.addWidget(self.area)

        self.agencyLabel = QLabel(LibraryPage)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.filters.addWidget(self.agencyLabel)

        self.agency = QComboBox(LibraryPage)
        self.agency.setObjectName(u"agency")

        self.filters.addWidget(self.agency)

        self.wordsLabel = QLabel(LibraryPage)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.filters.addWidget(self.wordsLabel)

        self.words = QLineEdit(LibraryPage)
        self.words.setObjectName(u"words")
        self.words.setClearButtonEnabled(True)

        self.filters.addWidget(self.words)

        self.filters.setStretch(7, 1)

        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(LibraryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tactics = QTableView(self.splitter)
        self.tactics.setObjectName(u"tactics")
        self.tactics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tactics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tactics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tactics.setWordWrap(False)
        self.splitter.addWidget(self.tactics)
        self.details = QTextBrowser(self.splitter)
        self.details.setObjectName(u"details")
        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.strandLabel.setBuddy(self.strand)
        self.areaLabel.setBuddy(self.area)
        self.agencyLabel.setBuddy(self.agency)
        self.wordsLabel.setBuddy(self.words)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.strand, self.area)
        QWidget.setTabOrder(self.area, self.agency)
        QWidget.setTabOrder(self.agency, self.words)
        QWidget.setTabOrder(self.words, self.tactics)
        QWidget.setTabOrder(self.tactics, self.details)

        self.retranslateUi(LibraryPage)
    # setupUi

    def retranslateUi(self, LibraryPage):
        self.heading.setText(QCoreApplication.translate("LibraryPage", u"<h2>Tactic library</h2>", None))
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("LibraryPage", u"How many tactics are shown", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("LibraryPage", u"&Strand:", None))
#if QT_CONFIG(accessibility)
        self.strand.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("LibraryPage", u"&Lifestyle area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Lifestyle area", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("LibraryPage", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Default owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.wordsLabel.setText(QCoreApplication.translate("LibraryPage", u"&Words:", None))
        self.words.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"in the tactic, its legislation or owner", None))
#if QT_CONFIG(accessibility)
        self.words.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Words to find", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tactics.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Tactics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("LibraryPage", u"The tactic in full, with its guidance", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


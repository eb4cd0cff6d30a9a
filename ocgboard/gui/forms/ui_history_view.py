# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_view.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_HistoryView(object):
    def setupUi(self, HistoryView):
        if not HistoryView.objectName():
            HistoryView.setObjectName(u"HistoryView")
        HistoryView.resize(1000, 640)
        self.layout = QVBoxLayout(HistoryView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.authorLabel = QLabel(HistoryView)
        self.authorLabel.setObjectName(u"authorLabel")

        self.filters.addWidget(self.authorLabel)

        self.author = QComboBox(HistoryView)
        self.author.setObjectName(u"author")
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.author)

        self.kindLabel = QLabel(HistoryView)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters.addWidget(self.kindLabel)

        self.kind = QComboBox(HistoryView)
        self.kind.setObjectName(u"kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.kind)

        self.threatLabel = QLabel(HistoryView)
        self.threatLabel.setObjectName(u"threatLabel")

        self.filters.addWidget(self.threatLabel)

        self.threat = QComboBox(HistoryView)
        self.threat.setObjectName(u"threat")
        self.threat.setMaximumSize(QSize(320, 16777215))

        self.filters.addWidget(self.threat)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filters)

        self.moreFilters = QHBoxLayout()
        self.moreFilters.setObjectName(u"moreFilters")
        self.sinceLabel = QLabel(HistoryView)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.moreFilters.addWidget(self.sinceLabel)

        self.since = QLineEdit(HistoryView)
        self.since.setObjectName(u"since")
        self.since.setMaximumSize(QSize(110, 16777215))

        self.moreFilters.addWidget(self.since)

        self.untilLabel = QLabel(HistoryView)
        self.untilLabel.setObjectName(u"untilLabel")

        self.moreFilters.addWidget(self.untilLabel)

        self.until = QLineEdit(HistoryView)
        self.until.setObjectName(u"until")
        self.until.setMaximumSize(QSize(110, 16777215))

        self.moreFilters.addWidget(self.until)

        self.words = QLineEdit(HistoryView)
        self.words.setObjectName(u"words")
        self.words.setMinimumSize(QSize(180, 0))
        self.words.setClearButtonEnabled(True)

        self.moreFilters.addWidget(self.words)


        self.layout.addLayout(self.moreFilters)

        self.splitter = QSplitter(HistoryView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.lines = QTreeView(self.splitter)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAlternatingRowColors(True)
        self.lines.setUniformRowHeights(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.splitter.addWidget(self.lines)
        self.lines.header().setVisible(False)
        self.details = QWidget(self.splitter)
        self.details.setObjectName(u"details")
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.chosen = QLabel(self.details)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.chosen)

        self.fields = QTableView(self.details)
        self.fields.setObjectName(u"fields")
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setAlternatingRowColors(True)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(False)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.fields)

        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.count = QLabel(HistoryView)
        self.count.setObjectName(u"count")

        self.footer.addWidget(self.count)

        self.message = QLabel(HistoryView)
        self.message.setObjectName(u"message")

        self.footer.addWidget(self.message)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.older = QPushButton(HistoryView)
        self.older.setObjectName(u"older")

        self.footer.addWidget(self.older)


        self.layout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.authorLabel.setBuddy(self.author)
        self.kindLabel.setBuddy(self.kind)
        self.threatLabel.setBuddy(self.threat)
        self.sinceLabel.setBuddy(self.since)
        self.untilLabel.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.author, self.kind)
        QWidget.setTabOrder(self.kind, self.threat)
        QWidget.setTabOrder(self.threat, self.since)
        QWidget.setTabOrder(self.since, self.until)
        QWidget.setTabOrder(self.until, self.words)
        QWidget.setTabOrder(self.words, self.lines)
        QWidget.setTabOrder(self.lines, self.fields)
        QWidget.setTabOrder(self.fields, self.older)

        self.retranslateUi(HistoryView)
    # setupUi

    def retranslateUi(self, HistoryView):
        self.authorLabel.setText(QCoreApplication.translate("HistoryView", u"Wh&o:", None))
#if QT_CONFIG(accessibility)
        self.author.setAccessibleName(QCoreApplication.translate("HistoryView", u"Only what this person did", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("HistoryView", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("HistoryView", u"Only this kind of change", None))
#endif // QT_CONFIG(accessibility)
        self.threatLabel.setText(QCoreApplication.translate("HistoryView", u"Thre&at:", None))
#if QT_CONFIG(accessibility)
        self.threat.setAccessibleName(QCoreApplication.translate("HistoryView", u"Only what was done to this threat", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("HistoryView", u"F&rom:", None))
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("HistoryView", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.since.setPlaceholderText(QCoreApplication.translate("HistoryView", u"dd/mm/yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("HistoryView", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("HistoryView", u"Up to and including this day", None))
#endif // QT_CONFIG(accessibility)
        self.until.setPlaceholderText(QCoreApplication.translate("HistoryView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.words.setAccessibleName(QCoreApplication.translate("HistoryView", u"Only lines holding these words", None))
#endif // QT_CONFIG(accessibility)
        self.words.setPlaceholderText(QCoreApplication.translate("HistoryView", u"Words in the line\u2026", None))
#if QT_CONFIG(accessibility)
        self.lines.setAccessibleName(QCoreApplication.translate("HistoryView", u"What was done, newest first, by day and by whom", None))
#endif // QT_CONFIG(accessibility)
        self.chosen.setText(QCoreApplication.translate("HistoryView", u"Choose a line to see the records it is made of.", None))
#if QT_CONFIG(accessibility)
        self.chosen.setAccessibleName(QCoreApplication.translate("HistoryView", u"The chosen line in full", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fields.setAccessibleName(QCoreApplication.translate("HistoryView", u"The field records of the chosen line", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("HistoryView", u"How many lines are shown", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("HistoryView", u"Why the filter was not taken", None))
#endif // QT_CONFIG(accessibility)
        self.older.setText(QCoreApplication.translate("HistoryView", u"&Show older", None))
#if QT_CONFIG(tooltip)
        self.older.setToolTip(QCoreApplication.translate("HistoryView", u"The next lines back in time (or scroll to the end)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


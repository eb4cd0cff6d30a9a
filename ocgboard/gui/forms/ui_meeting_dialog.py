# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QTimeEdit,
    QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(760, 640)
        self.layout = QVBoxLayout(MeetingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(MeetingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(MeetingDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.date = DateField(MeetingDialog)
        self.date.setObjectName(u"date")

        self.whenRow.addWidget(self.date)

        self.time = QTimeEdit(MeetingDialog)
        self.time.setObjectName(u"time")

        self.whenRow.addWidget(self.time)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.venueLabel = QLabel(MeetingDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(MeetingDialog)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venue)

        self.chairLabel = QLabel(MeetingDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chair = QComboBox(MeetingDialog)
        self.chair.setObjectName(u"chair")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chair)

        self.nextLabel = QLabel(MeetingDialog)
        self.nextLabel.setObjectName(u"nextLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextDate = DateField(MeetingDialog)
        self.nextDate.setObjectName(u"nextDate")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nextDate)

        self.statusLabel = QLabel(MeetingDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(MeetingDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status)


        self.layout.addLayout(self.form)

        self.threatsBox = QGroupBox(MeetingDialog)
        self.threatsBox.setObjectName(u"threatsBox")
        self.threatsLayout = QVBoxLayout(self.threatsBox)
        self.threatsLayout.setObjectName(u"threatsLayout")
        self.threatsHint = QLabel(self.threatsBox)
        self.threatsHint.setObjectName(u"threatsHint")
        self.threatsHint.setWordWrap(True)

        self.threatsLayout.addWidget(self.threatsHint)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.threatsBox)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.threatSearch = QLineEdit(self.threatsBox)
        self.threatSearch.setObjectName(u"threatSearch")
        self.threatSearch.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.threatSearch)

        self.chosenCount = QLabel(self.threatsBox)
        self.chosenCount.setObjectName(u"chosenCount")

        self.searchRow.addWidget(self.chosenCount)


        self.threatsLayout.addLayout(self.searchRow)

        self.threatsView = QTableView(self.threatsBox)
        self.threatsView.setObjectName(u"threatsView")
        self.threatsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.threatsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.threatsView.setWordWrap(False)
        self.threatsView.horizontalHeader().setStretchLastSection(True)
        self.threatsView.verticalHeader().setVisible(False)

        self.threatsLayout.addWidget(self.threatsView)


        self.layout.addWidget(self.threatsBox)

        self.message = QLabel(MeetingDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(MeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.dateLabel.setBuddy(self.date)
        self.venueLabel.setBuddy(self.venue)
        self.chairLabel.setBuddy(self.chair)
        self.nextLabel.setBuddy(self.nextDate)
        self.statusLabel.setBuddy(self.status)
        self.searchLabel.setBuddy(self.threatSearch)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.time)
        QWidget.setTabOrder(self.time, self.venue)
        QWidget.setTabOrder(self.venue, self.chair)
        QWidget.setTabOrder(self.chair, self.nextDate)
        QWidget.setTabOrder(self.nextDate, self.status)
        QWidget.setTabOrder(self.status, self.threatSearch)
        QWidget.setTabOrder(self.threatSearch, self.threatsView)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Plan a meeting", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meeting title", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date and time:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.time.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.time.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venue.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.chairLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Chair:", None))
#if QT_CONFIG(accessibility)
        self.chair.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Chair", None))
#endif // QT_CONFIG(accessibility)
        self.nextLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Next meeting:", None))
#if QT_CONFIG(accessibility)
        self.nextDate.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date of the next meeting", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meeting status", None))
#endif // QT_CONFIG(accessibility)
        self.threatsBox.setTitle(QCoreApplication.translate("MeetingDialog", u"Threats to review", None))
        self.threatsHint.setText(QCoreApplication.translate("MeetingDialog", u"Threats whose review falls due by the meeting are ticked. Tick others to add them; untick to leave one off. Space ticks the selected threat.", None))
        self.searchLabel.setText(QCoreApplication.translate("MeetingDialog", u"Sea&rch:", None))
        self.threatSearch.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Reference or name (accents optional)", None))
#if QT_CONFIG(accessibility)
        self.threatSearch.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Search threats", None))
#endif // QT_CONFIG(accessibility)
        self.chosenCount.setText("")
#if QT_CONFIG(accessibility)
        self.chosenCount.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Threats ticked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.threatsView.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Threats to review", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strategy_progress_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_StrategyProgressDialog(object):
    def setupUi(self, StrategyProgressDialog):
        if not StrategyProgressDialog.objectName():
            StrategyProgressDialog.setObjectName(u"StrategyProgressDialog")
        StrategyProgressDialog.resize(520, 320)
        self.layout = QVBoxLayout(StrategyProgressDialog)
        self.layout.setObjectName(u"layout")
        self.item = QLabel(StrategyProgressDialog)
        self.item.setObjectName(u"item")
        self.item.setWordWrap(True)

        self.layout.addWidget(self.item)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusLabel = QLabel(StrategyProgressDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(StrategyProgressDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.dateLabel = QLabel(StrategyProgressDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateField(StrategyProgressDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.commentLabel = QLabel(StrategyProgressDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.comment = QPlainTextEdit(StrategyProgressDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.comment)


        self.layout.addLayout(self.form)

        self.message = QLabel(StrategyProgressDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(StrategyProgressDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.dateLabel.setBuddy(self.date)
        self.commentLabel.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.date)
        QWidget.setTabOrder(self.date, self.comment)

        self.retranslateUi(StrategyProgressDialog)
    # setupUi

    def retranslateUi(self, StrategyProgressDialog):
        StrategyProgressDialog.setWindowTitle(QCoreApplication.translate("StrategyProgressDialog", u"Record progress", None))
        self.item.setText("")
#if QT_CONFIG(accessibility)
        self.item.setAccessibleName(QCoreApplication.translate("StrategyProgressDialog", u"The item", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("StrategyProgressDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("StrategyProgressDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("StrategyProgressDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("StrategyProgressDialog", u"Date of the update", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("StrategyProgressDialog", u"&Comment:", None))
#if QT_CONFIG(accessibility)
        self.comment.setAccessibleName(QCoreApplication.translate("StrategyProgressDialog", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.comment.setPlaceholderText(QCoreApplication.translate("StrategyProgressDialog", u"What was done; needed when the status stays the same", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("StrategyProgressDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


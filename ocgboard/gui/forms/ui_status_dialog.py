# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(560, 420)
        self.layout = QVBoxLayout(StatusDialog)
        self.layout.setObjectName(u"layout")
        self.action = QLabel(StatusDialog)
        self.action.setObjectName(u"action")
        self.action.setWordWrap(True)
        self.action.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.action)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(StatusDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLabel(StatusDialog)
        self.current.setObjectName(u"current")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(StatusDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.datedLabel = QLabel(StatusDialog)
        self.datedLabel.setObjectName(u"datedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datedLabel)

        self.dated = DateField(StatusDialog)
        self.dated.setObjectName(u"dated")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dated)

        self.commentLabel = QLabel(StatusDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.comment = QPlainTextEdit(StatusDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.comment)


        self.layout.addLayout(self.form)

        self.withheldHint = QLabel(StatusDialog)
        self.withheldHint.setObjectName(u"withheldHint")
        self.withheldHint.setVisible(False)
        self.withheldHint.setWordWrap(True)
        self.withheldHint.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.withheldHint)

        self.boardOnly = QCheckBox(StatusDialog)
        self.boardOnly.setObjectName(u"boardOnly")

        self.layout.addWidget(self.boardOnly)

        self.message = QLabel(StatusDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(StatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.datedLabel.setBuddy(self.dated)
        self.commentLabel.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.dated)
        QWidget.setTabOrder(self.dated, self.comment)
        QWidget.setTabOrder(self.comment, self.buttons)

        self.retranslateUi(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change status", None))
        self.action.setText("")
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("StatusDialog", u"Now:", None))
        self.current.setText("")
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Current status", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"New &status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("StatusDialog", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.datedLabel.setText(QCoreApplication.translate("StatusDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dated.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Date of the update", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dated.setToolTip(QCoreApplication.translate("StatusDialog", u"The day it happened: today or earlier, not before the action was raised", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("StatusDialog", u"&Comment:", None))
        self.comment.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"What happened, and what comes next (required)", None))
#if QT_CONFIG(accessibility)
        self.comment.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.withheldHint.setText("")
#if QT_CONFIG(accessibility)
        self.withheldHint.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Names withheld from partners", None))
#endif // QT_CONFIG(accessibility)
        self.boardOnly.setText(QCoreApplication.translate("StatusDialog", u"&Board only: in no partner's pack or extract", None))
#if QT_CONFIG(tooltip)
        self.boardOnly.setToolTip(QCoreApplication.translate("StatusDialog", u"Partners never see a update marked board only. It starts ticked when the threat is not disseminable.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardOnly.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Board only", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


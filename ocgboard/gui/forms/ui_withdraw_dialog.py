# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdraw_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_WithdrawDialog(object):
    def setupUi(self, WithdrawDialog):
        if not WithdrawDialog.objectName():
            WithdrawDialog.setObjectName(u"WithdrawDialog")
        WithdrawDialog.resize(560, 400)
        self.layout = QVBoxLayout(WithdrawDialog)
        self.layout.setObjectName(u"layout")
        self.action = QLabel(WithdrawDialog)
        self.action.setObjectName(u"action")
        self.action.setWordWrap(True)
        self.action.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.action)

        self.explanation = QLabel(WithdrawDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(WithdrawDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(WithdrawDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.datedLabel = QLabel(WithdrawDialog)
        self.datedLabel.setObjectName(u"datedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datedLabel)

        self.dated = DateField(WithdrawDialog)
        self.dated.setObjectName(u"dated")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dated)


        self.layout.addLayout(self.form)

        self.withheldHint = QLabel(WithdrawDialog)
        self.withheldHint.setObjectName(u"withheldHint")
        self.withheldHint.setVisible(False)
        self.withheldHint.setWordWrap(True)
        self.withheldHint.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.withheldHint)

        self.boardOnly = QCheckBox(WithdrawDialog)
        self.boardOnly.setObjectName(u"boardOnly")

        self.layout.addWidget(self.boardOnly)

        self.message = QLabel(WithdrawDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(WithdrawDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.datedLabel.setBuddy(self.dated)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.dated)
        QWidget.setTabOrder(self.dated, self.boardOnly)
        QWidget.setTabOrder(self.boardOnly, self.buttons)

        self.retranslateUi(WithdrawDialog)
    # setupUi

    def retranslateUi(self, WithdrawDialog):
        WithdrawDialog.setWindowTitle(QCoreApplication.translate("WithdrawDialog", u"Withdraw action", None))
        self.action.setText("")
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.explanation.setText(QCoreApplication.translate("WithdrawDialog", u"A withdrawn action is struck off the plan: raised in error, a duplicate, or overtaken. It keeps its number, and the plan and the packs show it as withdrawn with your reason. If the board decided not to do it, change its status to <i>not pursued</i> instead.", None))
#if QT_CONFIG(accessibility)
        self.explanation.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"What withdrawing does", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"Why it comes off the plan (required)", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Reason for withdrawing", None))
#endif // QT_CONFIG(accessibility)
        self.datedLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dated.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Date of the withdrawal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dated.setToolTip(QCoreApplication.translate("WithdrawDialog", u"Today or earlier, not before the action was raised", None))
#endif // QT_CONFIG(tooltip)
        self.withheldHint.setText("")
#if QT_CONFIG(accessibility)
        self.withheldHint.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Names withheld from partners", None))
#endif // QT_CONFIG(accessibility)
        self.boardOnly.setText(QCoreApplication.translate("WithdrawDialog", u"&Board only: in no partner's pack or extract", None))
#if QT_CONFIG(tooltip)
        self.boardOnly.setToolTip(QCoreApplication.translate("WithdrawDialog", u"Partners never see a reason marked board only. It starts ticked when the threat is not disseminable.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardOnly.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Board only", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Why it was refused", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strategy_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_StrategyDialog(object):
    def setupUi(self, StrategyDialog):
        if not StrategyDialog.objectName():
            StrategyDialog.setObjectName(u"StrategyDialog")
        StrategyDialog.resize(560, 420)
        self.layout = QVBoxLayout(StrategyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.actionLabel = QLabel(StrategyDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QPlainTextEdit(StrategyDialog)
        self.action.setObjectName(u"action")
        self.action.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.action)

        self.leadLabel = QLabel(StrategyDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadPartners = QLineEdit(StrategyDialog)
        self.leadPartners.setObjectName(u"leadPartners")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadPartners)

        self.targetLabel = QLabel(StrategyDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.target = QLineEdit(StrategyDialog)
        self.target.setObjectName(u"target")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target)

        self.targetDateLabel = QLabel(StrategyDialog)
        self.targetDateLabel.setObjectName(u"targetDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetDateLabel)

        self.targetOn = DateField(StrategyDialog)
        self.targetOn.setObjectName(u"targetOn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetOn)

        self.deliverablesLabel = QLabel(StrategyDialog)
        self.deliverablesLabel.setObjectName(u"deliverablesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deliverablesLabel)

        self.deliverables = QPlainTextEdit(StrategyDialog)
        self.deliverables.setObjectName(u"deliverables")
        self.deliverables.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deliverables)

        self.battleLabel = QLabel(StrategyDialog)
        self.battleLabel.setObjectName(u"battleLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.battleLabel)

        self.battle = QComboBox(StrategyDialog)
        self.battle.setObjectName(u"battle")
        self.battle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.battle.setMinimumContentsLength(30)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.battle)


        self.layout.addLayout(self.form)

        self.message = QLabel(StrategyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(StrategyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.action)
        self.leadLabel.setBuddy(self.leadPartners)
        self.targetLabel.setBuddy(self.target)
        self.targetDateLabel.setBuddy(self.targetOn)
        self.deliverablesLabel.setBuddy(self.deliverables)
        self.battleLabel.setBuddy(self.battle)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.action, self.leadPartners)
        QWidget.setTabOrder(self.leadPartners, self.target)
        QWidget.setTabOrder(self.target, self.targetOn)
        QWidget.setTabOrder(self.targetOn, self.deliverables)
        QWidget.setTabOrder(self.deliverables, self.battle)

        self.retranslateUi(StrategyDialog)
    # setupUi

    def retranslateUi(self, StrategyDialog):
        StrategyDialog.setWindowTitle(QCoreApplication.translate("StrategyDialog", u"Add a strategy item", None))
        self.actionLabel.setText(QCoreApplication.translate("StrategyDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Strategic action", None))
#endif // QT_CONFIG(accessibility)
        self.action.setPlaceholderText(QCoreApplication.translate("StrategyDialog", u"What the board will do, e.g. Publish a modern slavery strategy and review its delivery", None))
        self.leadLabel.setText(QCoreApplication.translate("StrategyDialog", u"&Lead partners:", None))
#if QT_CONFIG(accessibility)
        self.leadPartners.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Lead partners", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("StrategyDialog", u"&Target:", None))
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Target", None))
#endif // QT_CONFIG(accessibility)
        self.target.setPlaceholderText(QCoreApplication.translate("StrategyDialog", u"e.g. March 2027, Ongoing", None))
        self.targetDateLabel.setText(QCoreApplication.translate("StrategyDialog", u"Target &date:", None))
#if QT_CONFIG(accessibility)
        self.targetOn.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.deliverablesLabel.setText(QCoreApplication.translate("StrategyDialog", u"D&eliverables:", None))
#if QT_CONFIG(accessibility)
        self.deliverables.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Deliverables", None))
#endif // QT_CONFIG(accessibility)
        self.deliverables.setPlaceholderText(QCoreApplication.translate("StrategyDialog", u"One deliverable or measure a line", None))
        self.battleLabel.setText(QCoreApplication.translate("StrategyDialog", u"Must-win &battle:", None))
#if QT_CONFIG(accessibility)
        self.battle.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Must-win battle it serves", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("StrategyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


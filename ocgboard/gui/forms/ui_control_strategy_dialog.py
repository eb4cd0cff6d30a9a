# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_strategy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ControlStrategyDialog(object):
    def setupUi(self, ControlStrategyDialog):
        if not ControlStrategyDialog.objectName():
            ControlStrategyDialog.setObjectName(u"ControlStrategyDialog")
        ControlStrategyDialog.resize(600, 320)
        self.layout = QVBoxLayout(ControlStrategyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ControlStrategyDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ControlStrategyDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.aimLabel = QLabel(ControlStrategyDialog)
        self.aimLabel.setObjectName(u"aimLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aimLabel)

        self.aim = QLineEdit(ControlStrategyDialog)
        self.aim.setObjectName(u"aim")
        self.aim.setMaxLength(1000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aim)

        self.themesLabel = QLabel(ControlStrategyDialog)
        self.themesLabel.setObjectName(u"themesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themes = QPlainTextEdit(ControlStrategyDialog)
        self.themes.setObjectName(u"themes")
        self.themes.setTabChangesFocus(True)
        self.themes.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themes)


        self.layout.addLayout(self.form)

        self.message = QLabel(ControlStrategyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ControlStrategyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.aimLabel.setBuddy(self.aim)
        self.themesLabel.setBuddy(self.themes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.aim)
        QWidget.setTabOrder(self.aim, self.themes)

        self.retranslateUi(ControlStrategyDialog)
    # setupUi

    def retranslateUi(self, ControlStrategyDialog):
        ControlStrategyDialog.setWindowTitle(QCoreApplication.translate("ControlStrategyDialog", u"Edit the control strategy", None))
        self.titleLabel.setText(QCoreApplication.translate("ControlStrategyDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ControlStrategyDialog", u"Title of the strategy", None))
#endif // QT_CONFIG(accessibility)
        self.aimLabel.setText(QCoreApplication.translate("ControlStrategyDialog", u"&Aim:", None))
#if QT_CONFIG(accessibility)
        self.aim.setAccessibleName(QCoreApplication.translate("ControlStrategyDialog", u"Aim of the strategy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.aim.setToolTip(QCoreApplication.translate("ControlStrategyDialog", u"What the strategy is for, in a sentence; may be left empty", None))
#endif // QT_CONFIG(tooltip)
        self.themesLabel.setText(QCoreApplication.translate("ControlStrategyDialog", u"T&hemes, one a line:", None))
#if QT_CONFIG(accessibility)
        self.themes.setAccessibleName(QCoreApplication.translate("ControlStrategyDialog", u"Themes of the strategy, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.themes.setPlaceholderText(QCoreApplication.translate("ControlStrategyDialog", u"One a line, e.g. Exploitation of the Vulnerable", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ControlStrategyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


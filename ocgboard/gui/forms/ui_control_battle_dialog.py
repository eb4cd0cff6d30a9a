# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_battle_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ControlBattleDialog(object):
    def setupUi(self, ControlBattleDialog):
        if not ControlBattleDialog.objectName():
            ControlBattleDialog.setObjectName(u"ControlBattleDialog")
        ControlBattleDialog.resize(560, 180)
        self.layout = QVBoxLayout(ControlBattleDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(ControlBattleDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(ControlBattleDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.textLabel = QLabel(ControlBattleDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QLineEdit(ControlBattleDialog)
        self.text.setObjectName(u"text")
        self.text.setMaxLength(500)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text)


        self.layout.addLayout(self.form)

        self.message = QLabel(ControlBattleDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ControlBattleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.area)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.area, self.text)

        self.retranslateUi(ControlBattleDialog)
    # setupUi

    def retranslateUi(self, ControlBattleDialog):
        ControlBattleDialog.setWindowTitle(QCoreApplication.translate("ControlBattleDialog", u"Add a must-win battle", None))
        self.areaLabel.setText(QCoreApplication.translate("ControlBattleDialog", u"Threat &area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("ControlBattleDialog", u"Threat area", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("ControlBattleDialog", u"Must-win &battle:", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("ControlBattleDialog", u"Must-win battle", None))
#endif // QT_CONFIG(accessibility)
        self.text.setPlaceholderText(QCoreApplication.translate("ControlBattleDialog", u"e.g. Disrupt the middle market", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ControlBattleDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


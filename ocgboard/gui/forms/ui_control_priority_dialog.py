# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_priority_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ControlPriorityDialog(object):
    def setupUi(self, ControlPriorityDialog):
        if not ControlPriorityDialog.objectName():
            ControlPriorityDialog.setObjectName(u"ControlPriorityDialog")
        ControlPriorityDialog.resize(520, 140)
        self.layout = QVBoxLayout(ControlPriorityDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.textLabel = QLabel(ControlPriorityDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QLineEdit(ControlPriorityDialog)
        self.text.setObjectName(u"text")
        self.text.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)


        self.layout.addLayout(self.form)

        self.message = QLabel(ControlPriorityDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ControlPriorityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ControlPriorityDialog)
    # setupUi

    def retranslateUi(self, ControlPriorityDialog):
        ControlPriorityDialog.setWindowTitle(QCoreApplication.translate("ControlPriorityDialog", u"Add a local priority", None))
        self.textLabel.setText(QCoreApplication.translate("ControlPriorityDialog", u"Local &priority:", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("ControlPriorityDialog", u"Local priority", None))
#endif // QT_CONFIG(accessibility)
        self.text.setPlaceholderText(QCoreApplication.translate("ControlPriorityDialog", u"e.g. County Lines & Drugs Supply", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ControlPriorityDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


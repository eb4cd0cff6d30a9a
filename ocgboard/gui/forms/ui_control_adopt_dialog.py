# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_adopt_dialog.ui'
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

from ocgboard.gui.date_field import DateField

class Ui_ControlAdoptDialog(object):
    def setupUi(self, ControlAdoptDialog):
        if not ControlAdoptDialog.objectName():
            ControlAdoptDialog.setObjectName(u"ControlAdoptDialog")
        ControlAdoptDialog.resize(560, 220)
        self.layout = QVBoxLayout(ControlAdoptDialog)
        self.layout.setObjectName(u"layout")
        self.explain = QLabel(ControlAdoptDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.layout.addWidget(self.explain)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ControlAdoptDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ControlAdoptDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.adoptedLabel = QLabel(ControlAdoptDialog)
        self.adoptedLabel.setObjectName(u"adoptedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adoptedLabel)

        self.adoptedOn = DateField(ControlAdoptDialog)
        self.adoptedOn.setObjectName(u"adoptedOn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adoptedOn)


        self.layout.addLayout(self.form)

        self.message = QLabel(ControlAdoptDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ControlAdoptDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.adoptedLabel.setBuddy(self.adoptedOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.adoptedOn)

        self.retranslateUi(ControlAdoptDialog)
    # setupUi

    def retranslateUi(self, ControlAdoptDialog):
        ControlAdoptDialog.setWindowTitle(QCoreApplication.translate("ControlAdoptDialog", u"Adopt a new control strategy", None))
        self.explain.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ControlAdoptDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ControlAdoptDialog", u"Title of the new strategy", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("ControlAdoptDialog", u"e.g. Strategic Assessment; Control Strategy May 2027", None))
        self.adoptedLabel.setText(QCoreApplication.translate("ControlAdoptDialog", u"In force &from:", None))
#if QT_CONFIG(accessibility)
        self.adoptedOn.setAccessibleName(QCoreApplication.translate("ControlAdoptDialog", u"In force from", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ControlAdoptDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


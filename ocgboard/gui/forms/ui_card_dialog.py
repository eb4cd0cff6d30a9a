# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CardDialog(object):
    def setupUi(self, CardDialog):
        if not CardDialog.objectName():
            CardDialog.setObjectName(u"CardDialog")
        CardDialog.resize(520, 360)
        self.layout = QVBoxLayout(CardDialog)
        self.layout.setObjectName(u"layout")
        self.sender = QLabel(CardDialog)
        self.sender.setObjectName(u"sender")
        self.sender.setWordWrap(True)

        self.layout.addWidget(self.sender)

        self.fingerprint = QLabel(CardDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.fingerprint)

        self.check = QLabel(CardDialog)
        self.check.setObjectName(u"check")
        self.check.setWordWrap(True)

        self.layout.addWidget(self.check)

        self.whoseBox = QGroupBox(CardDialog)
        self.whoseBox.setObjectName(u"whoseBox")
        self.whoseLayout = QGridLayout(self.whoseBox)
        self.whoseLayout.setObjectName(u"whoseLayout")
        self.boardLaptop = QRadioButton(self.whoseBox)
        self.boardLaptop.setObjectName(u"boardLaptop")

        self.whoseLayout.addWidget(self.boardLaptop, 0, 0, 1, 2)

        self.agencyLaptop = QRadioButton(self.whoseBox)
        self.agencyLaptop.setObjectName(u"agencyLaptop")
        self.agencyLaptop.setChecked(True)

        self.whoseLayout.addWidget(self.agencyLaptop, 1, 0, 1, 1)

        self.agency = QComboBox(self.whoseBox)
        self.agency.setObjectName(u"agency")

        self.whoseLayout.addWidget(self.agency, 1, 1, 1, 1)


        self.layout.addWidget(self.whoseBox)

        self.nameForm = QFormLayout()
        self.nameForm.setObjectName(u"nameForm")
        self.nameLabel = QLabel(CardDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CardDialog)
        self.name.setObjectName(u"name")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)


        self.layout.addLayout(self.nameForm)

        self.message = QLabel(CardDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(CardDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.boardLaptop, self.agencyLaptop)
        QWidget.setTabOrder(self.agencyLaptop, self.agency)
        QWidget.setTabOrder(self.agency, self.name)

        self.retranslateUi(CardDialog)
    # setupUi

    def retranslateUi(self, CardDialog):
        CardDialog.setWindowTitle(QCoreApplication.translate("CardDialog", u"Add a contact card", None))
        self.sender.setText("")
#if QT_CONFIG(accessibility)
        self.sender.setAccessibleName(QCoreApplication.translate("CardDialog", u"Whose card this is", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint.setText("")
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("CardDialog", u"The card's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.check.setText(QCoreApplication.translate("CardDialog", u"Before you add it, ring the sender and ask them to read out their fingerprint: it must match this one exactly.", None))
        self.whoseBox.setTitle(QCoreApplication.translate("CardDialog", u"Whose laptop is it?", None))
        self.boardLaptop.setText(QCoreApplication.translate("CardDialog", u"Another &board laptop (chair, deputy): it may receive full replicas", None))
#if QT_CONFIG(accessibility)
        self.boardLaptop.setAccessibleName(QCoreApplication.translate("CardDialog", u"Another board laptop", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLaptop.setText(QCoreApplication.translate("CardDialog", u"A partner &agency's laptop:", None))
#if QT_CONFIG(accessibility)
        self.agencyLaptop.setAccessibleName(QCoreApplication.translate("CardDialog", u"A partner agency's laptop", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("CardDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CardDialog", u"&Name in the address book:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CardDialog", u"Contact name", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("CardDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


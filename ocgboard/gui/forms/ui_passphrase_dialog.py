# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QVBoxLayout, QWidget)
class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(480, 260)
        self.layout = QVBoxLayout(PassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(PassphraseDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(PassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLineEdit(PassphraseDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(PassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.againLabel = QLabel(PassphraseDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.again = QLineEdit(PassphraseDialog)
        self.again.setObjectName(u"again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.again)

        self.strengthLabel = QLabel(PassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strength = QProgressBar(PassphraseDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setMaximum(100)
        self.strength.setValue(0)
        self.strength.setTextVisible(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.layout.addLayout(self.form)

        self.message = QLabel(PassphraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.current)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.againLabel.setBuddy(self.again)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"ocgboard is locked", None))
        self.heading.setText("")
        self.currentLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.again.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"The passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Strength:", None))
        self.strength.setFormat("")
#if QT_CONFIG(accessibility)
        self.strength.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


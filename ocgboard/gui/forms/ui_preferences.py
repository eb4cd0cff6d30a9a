# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
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
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(480, 300)
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.operatorLabel = QLabel(PreferencesDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorName = QLineEdit(PreferencesDialog)
        self.operatorName.setObjectName(u"operatorName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorName)

        self.deviceNameLabel = QLabel(PreferencesDialog)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceName = QLineEdit(PreferencesDialog)
        self.deviceName.setObjectName(u"deviceName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceName)

        self.markingLabel = QLabel(PreferencesDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.marking = QComboBox(PreferencesDialog)
        self.marking.setObjectName(u"marking")
        self.marking.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.marking)

        self.idleLabel = QLabel(PreferencesDialog)
        self.idleLabel.setObjectName(u"idleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutes = QSpinBox(PreferencesDialog)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(240)
        self.idleMinutes.setValue(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.changePassphrase = QPushButton(PreferencesDialog)
        self.changePassphrase.setObjectName(u"changePassphrase")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.changePassphrase)


        self.layout.addLayout(self.form)

        self.message = QLabel(PreferencesDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorName)
        self.deviceNameLabel.setBuddy(self.deviceName)
        self.markingLabel.setBuddy(self.marking)
        self.idleLabel.setBuddy(self.idleMinutes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.operatorLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Your name:", None))
#if QT_CONFIG(accessibility)
        self.operatorName.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Laptop name:", None))
#if QT_CONFIG(accessibility)
        self.deviceName.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Laptop name", None))
#endif // QT_CONFIG(accessibility)
        self.markingLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Protective &marking:", None))
#if QT_CONFIG(accessibility)
        self.marking.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.idleLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Lock when idle for:", None))
        self.idleMinutes.setSuffix(QCoreApplication.translate("PreferencesDialog", u" minutes", None))
#if QT_CONFIG(accessibility)
        self.idleMinutes.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock when idle for, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.changePassphrase.setText(QCoreApplication.translate("PreferencesDialog", u"C&hange this laptop's passphrase\u2026", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


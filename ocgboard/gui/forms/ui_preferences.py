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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(520, 380)
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.deviceNameLabel = QLabel(PreferencesDialog)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceName = QLineEdit(PreferencesDialog)
        self.deviceName.setObjectName(u"deviceName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceName)

        self.idleLabel = QLabel(PreferencesDialog)
        self.idleLabel.setObjectName(u"idleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutes = QSpinBox(PreferencesDialog)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(240)
        self.idleMinutes.setValue(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.changePassphrase = QPushButton(PreferencesDialog)
        self.changePassphrase.setObjectName(u"changePassphrase")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.changePassphrase)


        self.layout.addLayout(self.form)

        self.backupsGroup = QGroupBox(PreferencesDialog)
        self.backupsGroup.setObjectName(u"backupsGroup")
        self.backupsForm = QFormLayout(self.backupsGroup)
        self.backupsForm.setObjectName(u"backupsForm")
        self.backupsNote = QLabel(self.backupsGroup)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setWordWrap(True)

        self.backupsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.backupsNote)

        self.keepLastLabel = QLabel(self.backupsGroup)
        self.keepLastLabel.setObjectName(u"keepLastLabel")

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLastLabel)

        self.keepLast = QSpinBox(self.backupsGroup)
        self.keepLast.setObjectName(u"keepLast")
        self.keepLast.setMinimum(1)
        self.keepLast.setMaximum(999)
        self.keepLast.setValue(5)

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepLast)

        self.keepWeeksLabel = QLabel(self.backupsGroup)
        self.keepWeeksLabel.setObjectName(u"keepWeeksLabel")

        self.backupsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepWeeksLabel)

        self.keepWeeks = QSpinBox(self.backupsGroup)
        self.keepWeeks.setObjectName(u"keepWeeks")
        self.keepWeeks.setMinimum(0)
        self.keepWeeks.setMaximum(520)
        self.keepWeeks.setValue(13)

        self.backupsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keepWeeks)


        self.layout.addWidget(self.backupsGroup)

        self.message = QLabel(PreferencesDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.deviceNameLabel.setBuddy(self.deviceName)
        self.idleLabel.setBuddy(self.idleMinutes)
        self.keepLastLabel.setBuddy(self.keepLast)
        self.keepWeeksLabel.setBuddy(self.keepWeeks)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.deviceNameLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Laptop &name:", None))
#if QT_CONFIG(accessibility)
        self.deviceName.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Laptop name", None))
#endif // QT_CONFIG(accessibility)
        self.idleLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Loc&k when idle for:", None))
        self.idleMinutes.setSuffix(QCoreApplication.translate("PreferencesDialog", u" minutes", None))
#if QT_CONFIG(accessibility)
        self.idleMinutes.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock when idle for, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.changePassphrase.setText(QCoreApplication.translate("PreferencesDialog", u"C&hange this laptop's passphrase\u2026", None))
        self.backupsGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Backups made before imports", None))
        self.backupsNote.setText(QCoreApplication.translate("PreferencesDialog", u"An import saves the board first. Of these automatic backups, this laptop keeps the newest few, then one a week for a while. Backups you make, and those made before a restore or an upgrade, are always kept.", None))
        self.keepLastLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Keep the &last:", None))
        self.keepLast.setSuffix(QCoreApplication.translate("PreferencesDialog", u" backups", None))
#if QT_CONFIG(accessibility)
        self.keepLast.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Keep the last backups made before imports", None))
#endif // QT_CONFIG(accessibility)
        self.keepWeeksLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Then one a &week for:", None))
        self.keepWeeks.setSuffix(QCoreApplication.translate("PreferencesDialog", u" weeks", None))
#if QT_CONFIG(accessibility)
        self.keepWeeks.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Then one a week for so many weeks", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


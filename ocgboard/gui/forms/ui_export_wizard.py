# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard)

from ocgboard.gui.wizard_page import GatedPage

class Ui_ExportWizard(object):
    def setupUi(self, ExportWizard):
        if not ExportWizard.objectName():
            ExportWizard.setObjectName(u"ExportWizard")
        ExportWizard.resize(680, 520)
        ExportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ExportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.scopePage = GatedPage()
        self.scopePage.setObjectName(u"scopePage")
        self.scopeLayout = QGridLayout(self.scopePage)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.fullReplica = QRadioButton(self.scopePage)
        self.fullReplica.setObjectName(u"fullReplica")
        self.fullReplica.setChecked(True)

        self.scopeLayout.addWidget(self.fullReplica, 0, 0, 1, 2)

        self.agencyExtract = QRadioButton(self.scopePage)
        self.agencyExtract.setObjectName(u"agencyExtract")

        self.scopeLayout.addWidget(self.agencyExtract, 1, 0, 1, 1)

        self.agency = QComboBox(self.scopePage)
        self.agency.setObjectName(u"agency")
        self.agency.setEnabled(False)

        self.scopeLayout.addWidget(self.agency, 1, 1, 1, 1)

        self.scopeNote = QLabel(self.scopePage)
        self.scopeNote.setObjectName(u"scopeNote")
        self.scopeNote.setWordWrap(True)

        self.scopeLayout.addWidget(self.scopeNote, 2, 0, 1, 2)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scopeLayout.addItem(self.scopeSpacer, 3, 0, 1, 2)

        ExportWizard.addPage(self.scopePage)
        self.recipientsPage = GatedPage()
        self.recipientsPage.setObjectName(u"recipientsPage")
        self.recipientsLayout = QGridLayout(self.recipientsPage)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.useContacts = QRadioButton(self.recipientsPage)
        self.useContacts.setObjectName(u"useContacts")
        self.useContacts.setChecked(True)

        self.recipientsLayout.addWidget(self.useContacts, 0, 0, 1, 2)

        self.contactList = QListWidget(self.recipientsPage)
        self.contactList.setObjectName(u"contactList")
        self.contactList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.recipientsLayout.addWidget(self.contactList, 1, 0, 1, 2)

        self.sinceLast = QCheckBox(self.recipientsPage)
        self.sinceLast.setObjectName(u"sinceLast")

        self.recipientsLayout.addWidget(self.sinceLast, 2, 0, 1, 2)

        self.usePassphrase = QRadioButton(self.recipientsPage)
        self.usePassphrase.setObjectName(u"usePassphrase")

        self.recipientsLayout.addWidget(self.usePassphrase, 3, 0, 1, 2)

        self.passphraseLabel = QLabel(self.recipientsPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.recipientsLayout.addWidget(self.passphraseLabel, 4, 0, 1, 1)

        self.passphrase = QLineEdit(self.recipientsPage)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEnabled(False)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.recipientsLayout.addWidget(self.passphrase, 4, 1, 1, 1)

        self.passphraseAgainLabel = QLabel(self.recipientsPage)
        self.passphraseAgainLabel.setObjectName(u"passphraseAgainLabel")

        self.recipientsLayout.addWidget(self.passphraseAgainLabel, 5, 0, 1, 1)

        self.passphraseAgain = QLineEdit(self.recipientsPage)
        self.passphraseAgain.setObjectName(u"passphraseAgain")
        self.passphraseAgain.setEnabled(False)
        self.passphraseAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.recipientsLayout.addWidget(self.passphraseAgain, 5, 1, 1, 1)

        self.recipientsMessage = QLabel(self.recipientsPage)
        self.recipientsMessage.setObjectName(u"recipientsMessage")
        self.recipientsMessage.setWordWrap(True)

        self.recipientsLayout.addWidget(self.recipientsMessage, 6, 0, 1, 2)

        ExportWizard.addPage(self.recipientsPage)
        self.savePage = GatedPage()
        self.savePage.setObjectName(u"savePage")
        self.saveLayout = QGridLayout(self.savePage)
        self.saveLayout.setObjectName(u"saveLayout")
        self.pathLabel = QLabel(self.savePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.saveLayout.addWidget(self.pathLabel, 0, 0, 1, 1)

        self.path = QLineEdit(self.savePage)
        self.path.setObjectName(u"path")

        self.saveLayout.addWidget(self.path, 0, 1, 1, 1)

        self.browse = QPushButton(self.savePage)
        self.browse.setObjectName(u"browse")

        self.saveLayout.addWidget(self.browse, 0, 2, 1, 1)

        self.saveSummary = QLabel(self.savePage)
        self.saveSummary.setObjectName(u"saveSummary")
        self.saveSummary.setWordWrap(True)

        self.saveLayout.addWidget(self.saveSummary, 1, 0, 1, 3)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.saveLayout.addItem(self.saveSpacer, 2, 0, 1, 3)

        self.progressText = QLabel(self.savePage)
        self.progressText.setObjectName(u"progressText")

        self.saveLayout.addWidget(self.progressText, 3, 0, 1, 3)

        self.progress = QProgressBar(self.savePage)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.saveLayout.addWidget(self.progress, 4, 0, 1, 3)

        self.saveMessage = QLabel(self.savePage)
        self.saveMessage.setObjectName(u"saveMessage")
        self.saveMessage.setWordWrap(True)

        self.saveLayout.addWidget(self.saveMessage, 5, 0, 1, 3)

        ExportWizard.addPage(self.savePage)
        self.donePage = GatedPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneSummary = QLabel(self.donePage)
        self.doneSummary.setObjectName(u"doneSummary")
        self.doneSummary.setWordWrap(True)
        self.doneSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.doneSummary)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        ExportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.passphraseAgainLabel.setBuddy(self.passphraseAgain)
        self.pathLabel.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullReplica, self.agencyExtract)
        QWidget.setTabOrder(self.agencyExtract, self.agency)
        QWidget.setTabOrder(self.agency, self.useContacts)
        QWidget.setTabOrder(self.useContacts, self.contactList)
        QWidget.setTabOrder(self.contactList, self.sinceLast)
        QWidget.setTabOrder(self.sinceLast, self.usePassphrase)
        QWidget.setTabOrder(self.usePassphrase, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.passphraseAgain)
        QWidget.setTabOrder(self.passphraseAgain, self.path)
        QWidget.setTabOrder(self.path, self.browse)

        self.retranslateUi(ExportWizard)
    # setupUi

    def retranslateUi(self, ExportWizard):
        ExportWizard.setWindowTitle(QCoreApplication.translate("ExportWizard", u"Export an exchange file", None))
        self.scopePage.setTitle(QCoreApplication.translate("ExportWizard", u"What to send", None))
        self.scopePage.setSubTitle(QCoreApplication.translate("ExportWizard", u"A full replica keeps another board laptop in step. An agency gets only its own tasks, with the threat reference and what it may see.", None))
        self.fullReplica.setText(QCoreApplication.translate("ExportWizard", u"A full &replica, for another board laptop (chair, deputy)", None))
#if QT_CONFIG(accessibility)
        self.fullReplica.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Full replica", None))
#endif // QT_CONFIG(accessibility)
        self.agencyExtract.setText(QCoreApplication.translate("ExportWizard", u"An &agency's extract, for:", None))
#if QT_CONFIG(accessibility)
        self.agencyExtract.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Agency extract", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.scopeNote.setText(QCoreApplication.translate("ExportWizard", u"Non-disseminable members and narratives never leave in an extract.", None))
        self.recipientsPage.setTitle(QCoreApplication.translate("ExportWizard", u"Who can open it", None))
        self.recipientsPage.setSubTitle(QCoreApplication.translate("ExportWizard", u"Encrypt to your contacts' keys (best), or with a passphrase you tell the recipient by phone, never in the same email as the file.", None))
        self.useContacts.setText(QCoreApplication.translate("ExportWizard", u"My &contacts' keys:", None))
#if QT_CONFIG(accessibility)
        self.useContacts.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Encrypt to contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactList.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLast.setText(QCoreApplication.translate("ExportWizard", u"Only what these contacts have not been sen&t yet", None))
#if QT_CONFIG(accessibility)
        self.sinceLast.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Only what was not sent yet", None))
#endif // QT_CONFIG(accessibility)
        self.usePassphrase.setText(QCoreApplication.translate("ExportWizard", u"A &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.usePassphrase.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Encrypt with a passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("ExportWizard", u"Passp&hrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseAgainLabel.setText(QCoreApplication.translate("ExportWizard", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.passphraseAgain.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.recipientsMessage.setText("")
#if QT_CONFIG(accessibility)
        self.recipientsMessage.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.savePage.setTitle(QCoreApplication.translate("ExportWizard", u"Where to save", None))
        self.savePage.setSubTitle(QCoreApplication.translate("ExportWizard", u"Choose where to write the encrypted file. It is written in full or not at all.", None))
        self.pathLabel.setText(QCoreApplication.translate("ExportWizard", u"F&ile:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("ExportWizard", u"File to write", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("ExportWizard", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Choose where to save", None))
#endif // QT_CONFIG(accessibility)
        self.saveSummary.setText("")
#if QT_CONFIG(accessibility)
        self.saveSummary.setAccessibleName(QCoreApplication.translate("ExportWizard", u"What will be written", None))
#endif // QT_CONFIG(accessibility)
        self.progressText.setText("")
#if QT_CONFIG(accessibility)
        self.progressText.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.saveMessage.setText("")
#if QT_CONFIG(accessibility)
        self.saveMessage.setAccessibleName(QCoreApplication.translate("ExportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("ExportWizard", u"The file is ready", None))
        self.donePage.setSubTitle(QCoreApplication.translate("ExportWizard", u"Send it by email or on a USB stick. Only the recipients can open it.", None))
        self.doneSummary.setText("")
#if QT_CONFIG(accessibility)
        self.doneSummary.setAccessibleName(QCoreApplication.translate("ExportWizard", u"What was written", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


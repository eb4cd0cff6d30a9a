# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard)

from ocgboard.gui.wizard_page import GatedPage

class Ui_JoinWizard(object):
    def setupUi(self, JoinWizard):
        if not JoinWizard.objectName():
            JoinWizard.setObjectName(u"JoinWizard")
        JoinWizard.resize(720, 560)
        JoinWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        JoinWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.filePage = GatedPage()
        self.filePage.setObjectName(u"filePage")
        self.filePage.setAcceptDrops(True)
        self.fileLayout = QGridLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileLayout.addWidget(self.pathLabel, 0, 0, 1, 1)

        self.path = QLineEdit(self.filePage)
        self.path.setObjectName(u"path")

        self.fileLayout.addWidget(self.path, 0, 1, 1, 1)

        self.browse = QPushButton(self.filePage)
        self.browse.setObjectName(u"browse")

        self.fileLayout.addWidget(self.browse, 0, 2, 1, 1)

        self.keyBox = QGroupBox(self.filePage)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QGridLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.ownKey = QRadioButton(self.keyBox)
        self.ownKey.setObjectName(u"ownKey")
        self.ownKey.setChecked(True)

        self.keyLayout.addWidget(self.ownKey, 0, 0, 1, 3)

        self.identityFile = QRadioButton(self.keyBox)
        self.identityFile.setObjectName(u"identityFile")

        self.keyLayout.addWidget(self.identityFile, 1, 0, 1, 1)

        self.identityPath = QLineEdit(self.keyBox)
        self.identityPath.setObjectName(u"identityPath")
        self.identityPath.setEnabled(False)

        self.keyLayout.addWidget(self.identityPath, 1, 1, 1, 1)

        self.identityBrowse = QPushButton(self.keyBox)
        self.identityBrowse.setObjectName(u"identityBrowse")
        self.identityBrowse.setEnabled(False)

        self.keyLayout.addWidget(self.identityBrowse, 1, 2, 1, 1)

        self.usePassphrase = QRadioButton(self.keyBox)
        self.usePassphrase.setObjectName(u"usePassphrase")

        self.keyLayout.addWidget(self.usePassphrase, 2, 0, 1, 1)

        self.passphrase = QLineEdit(self.keyBox)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEnabled(False)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyLayout.addWidget(self.passphrase, 2, 1, 1, 2)


        self.fileLayout.addWidget(self.keyBox, 1, 0, 1, 3)

        self.dropZone = QLabel(self.filePage)
        self.dropZone.setObjectName(u"dropZone")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.dropZone.sizePolicy().hasHeightForWidth())
        self.dropZone.setSizePolicy(sizePolicy)
        self.dropZone.setFrameShape(QFrame.Shape.StyledPanel)
        self.dropZone.setFrameShadow(QFrame.Shadow.Sunken)
        self.dropZone.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.fileLayout.addWidget(self.dropZone, 2, 0, 1, 3)

        self.progressText = QLabel(self.filePage)
        self.progressText.setObjectName(u"progressText")
        self.progressText.setTextFormat(Qt.TextFormat.PlainText)

        self.fileLayout.addWidget(self.progressText, 3, 0, 1, 3)

        self.progress = QProgressBar(self.filePage)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.fileLayout.addWidget(self.progress, 4, 0, 1, 3)

        self.fileMessage = QLabel(self.filePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.fileMessage.setWordWrap(True)
        self.fileMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileLayout.addWidget(self.fileMessage, 5, 0, 1, 3)

        JoinWizard.addPage(self.filePage)
        self.offerPage = GatedPage()
        self.offerPage.setObjectName(u"offerPage")
        self.offerLayout = QVBoxLayout(self.offerPage)
        self.offerLayout.setObjectName(u"offerLayout")
        self.offerWords = QLabel(self.offerPage)
        self.offerWords.setObjectName(u"offerWords")
        self.offerWords.setTextFormat(Qt.TextFormat.PlainText)
        self.offerWords.setWordWrap(True)
        self.offerWords.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerLayout.addWidget(self.offerWords)

        self.fingerprintNote = QLabel(self.offerPage)
        self.fingerprintNote.setObjectName(u"fingerprintNote")
        self.fingerprintNote.setWordWrap(True)

        self.offerLayout.addWidget(self.fingerprintNote)

        self.fingerprint = QLabel(self.offerPage)
        self.fingerprint.setObjectName(u"fingerprint")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setMargin(6)
        self.fingerprint.setFrameShape(QFrame.Shape.StyledPanel)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerLayout.addWidget(self.fingerprint)

        self.fingerprintChecked = QCheckBox(self.offerPage)
        self.fingerprintChecked.setObjectName(u"fingerprintChecked")

        self.offerLayout.addWidget(self.fingerprintChecked)

        self.laptopBox = QGroupBox(self.offerPage)
        self.laptopBox.setObjectName(u"laptopBox")
        self.laptopLayout = QFormLayout(self.laptopBox)
        self.laptopLayout.setObjectName(u"laptopLayout")
        self.laptopNameLabel = QLabel(self.laptopBox)
        self.laptopNameLabel.setObjectName(u"laptopNameLabel")

        self.laptopLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.laptopNameLabel)

        self.laptopName = QLineEdit(self.laptopBox)
        self.laptopName.setObjectName(u"laptopName")

        self.laptopLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.laptopName)

        self.operatorNameLabel = QLabel(self.laptopBox)
        self.operatorNameLabel.setObjectName(u"operatorNameLabel")

        self.laptopLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorNameLabel)

        self.operatorName = QLineEdit(self.laptopBox)
        self.operatorName.setObjectName(u"operatorName")

        self.laptopLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operatorName)

        self.roleWords = QLabel(self.laptopBox)
        self.roleWords.setObjectName(u"roleWords")
        self.roleWords.setTextFormat(Qt.TextFormat.PlainText)
        self.roleWords.setWordWrap(True)

        self.laptopLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.roleWords)


        self.offerLayout.addWidget(self.laptopBox)

        self.offerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.offerLayout.addItem(self.offerSpacer)

        self.progressText2 = QLabel(self.offerPage)
        self.progressText2.setObjectName(u"progressText2")
        self.progressText2.setTextFormat(Qt.TextFormat.PlainText)

        self.offerLayout.addWidget(self.progressText2)

        self.progress2 = QProgressBar(self.offerPage)
        self.progress2.setObjectName(u"progress2")
        self.progress2.setVisible(False)

        self.offerLayout.addWidget(self.progress2)

        self.offerMessage = QLabel(self.offerPage)
        self.offerMessage.setObjectName(u"offerMessage")
        self.offerMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.offerMessage.setWordWrap(True)
        self.offerMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerLayout.addWidget(self.offerMessage)

        JoinWizard.addPage(self.offerPage)
        self.donePage = GatedPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneSummary = QLabel(self.donePage)
        self.doneSummary.setObjectName(u"doneSummary")
        self.doneSummary.setTextFormat(Qt.TextFormat.RichText)
        self.doneSummary.setWordWrap(True)
        self.doneSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.doneSummary)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        JoinWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.path)
        self.laptopNameLabel.setBuddy(self.laptopName)
        self.operatorNameLabel.setBuddy(self.operatorName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.browse)
        QWidget.setTabOrder(self.browse, self.ownKey)
        QWidget.setTabOrder(self.ownKey, self.identityFile)
        QWidget.setTabOrder(self.identityFile, self.identityPath)
        QWidget.setTabOrder(self.identityPath, self.identityBrowse)
        QWidget.setTabOrder(self.identityBrowse, self.usePassphrase)
        QWidget.setTabOrder(self.usePassphrase, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.fingerprintChecked)
        QWidget.setTabOrder(self.fingerprintChecked, self.laptopName)
        QWidget.setTabOrder(self.laptopName, self.operatorName)

        self.retranslateUi(JoinWizard)
    # setupUi

    def retranslateUi(self, JoinWizard):
        JoinWizard.setWindowTitle(QCoreApplication.translate("JoinWizard", u"Join a board", None))
        self.filePage.setTitle(QCoreApplication.translate("JoinWizard", u"The file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("JoinWizard", u"Choose the file the board's chair sent you (your agency's extract, or a full replica for a deputy), or drop it on this page. Nothing is written until you have checked who sent it.", None))
        self.pathLabel.setText(QCoreApplication.translate("JoinWizard", u"Fi&le:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.path.setPlaceholderText(QCoreApplication.translate("JoinWizard", u"drop the file here, or Browse\u2026", None))
        self.browse.setText(QCoreApplication.translate("JoinWizard", u"Br&owse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Choose the exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.keyBox.setTitle(QCoreApplication.translate("JoinWizard", u"Open it with", None))
        self.ownKey.setText(QCoreApplication.translate("JoinWizard", u"This laptop's &key (the chair has this laptop's card)", None))
#if QT_CONFIG(accessibility)
        self.ownKey.setAccessibleName(QCoreApplication.translate("JoinWizard", u"This laptop's key", None))
#endif // QT_CONFIG(accessibility)
        self.identityFile.setText(QCoreApplication.translate("JoinWizard", u"An age &identity file:", None))
#if QT_CONFIG(accessibility)
        self.identityFile.setAccessibleName(QCoreApplication.translate("JoinWizard", u"An identity file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.identityPath.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Identity file", None))
#endif // QT_CONFIG(accessibility)
        self.identityBrowse.setText(QCoreApplication.translate("JoinWizard", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.identityBrowse.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Choose the identity file", None))
#endif // QT_CONFIG(accessibility)
        self.usePassphrase.setText(QCoreApplication.translate("JoinWizard", u"A &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.usePassphrase.setAccessibleName(QCoreApplication.translate("JoinWizard", u"A passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.dropZone.setText(QCoreApplication.translate("JoinWizard", u"Drop the file the chair sent here", None))
#if QT_CONFIG(accessibility)
        self.dropZone.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Drop area for the exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.progressText.setText("")
#if QT_CONFIG(accessibility)
        self.progressText.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Reading the file", None))
#endif // QT_CONFIG(accessibility)
        self.fileMessage.setText("")
#if QT_CONFIG(accessibility)
        self.fileMessage.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.offerPage.setTitle(QCoreApplication.translate("JoinWizard", u"Who sent it", None))
        self.offerPage.setSubTitle(QCoreApplication.translate("JoinWizard", u"Nothing has been written yet. Join sets up the board on this laptop and takes in the file.", None))
        self.offerWords.setText("")
#if QT_CONFIG(accessibility)
        self.offerWords.setAccessibleName(QCoreApplication.translate("JoinWizard", u"What the file offers", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintNote.setText(QCoreApplication.translate("JoinWizard", u"Check this fingerprint with the sender, by phone, before you join.", None))
        self.fingerprint.setText("")
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("JoinWizard", u"The sender's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintChecked.setText(QCoreApplication.translate("JoinWizard", u"I have &checked the fingerprint with the sender", None))
#if QT_CONFIG(accessibility)
        self.fingerprintChecked.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Fingerprint checked with the sender", None))
#endif // QT_CONFIG(accessibility)
        self.laptopBox.setTitle(QCoreApplication.translate("JoinWizard", u"This laptop on the board", None))
        self.laptopNameLabel.setText(QCoreApplication.translate("JoinWizard", u"&Laptop name:", None))
#if QT_CONFIG(accessibility)
        self.laptopName.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Laptop name", None))
#endif // QT_CONFIG(accessibility)
        self.laptopName.setPlaceholderText(QCoreApplication.translate("JoinWizard", u"as the board will see it, e.g. DWP laptop 1", None))
        self.operatorNameLabel.setText(QCoreApplication.translate("JoinWizard", u"&Who works on it:", None))
#if QT_CONFIG(accessibility)
        self.operatorName.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Who works on this laptop", None))
#endif // QT_CONFIG(accessibility)
        self.operatorName.setPlaceholderText(QCoreApplication.translate("JoinWizard", u"your name: the author of this laptop's updates", None))
        self.roleWords.setText("")
#if QT_CONFIG(accessibility)
        self.roleWords.setAccessibleName(QCoreApplication.translate("JoinWizard", u"What this laptop will be on the board", None))
#endif // QT_CONFIG(accessibility)
        self.progressText2.setText("")
#if QT_CONFIG(accessibility)
        self.progressText2.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress2.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Joining progress", None))
#endif // QT_CONFIG(accessibility)
        self.offerMessage.setText("")
#if QT_CONFIG(accessibility)
        self.offerMessage.setAccessibleName(QCoreApplication.translate("JoinWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("JoinWizard", u"Joined", None))
        self.donePage.setSubTitle(QCoreApplication.translate("JoinWizard", u"This laptop now holds the board.", None))
        self.doneSummary.setText("")
#if QT_CONFIG(accessibility)
        self.doneSummary.setAccessibleName(QCoreApplication.translate("JoinWizard", u"What was joined", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard)

from ocgboard.gui.wizard_page import GatedPage

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(720, 560)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.choosePage = GatedPage()
        self.choosePage.setObjectName(u"choosePage")
        self.choosePage.setAcceptDrops(True)
        self.chooseLayout = QGridLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.pathLabel = QLabel(self.choosePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.chooseLayout.addWidget(self.pathLabel, 0, 0, 1, 1)

        self.path = QLineEdit(self.choosePage)
        self.path.setObjectName(u"path")

        self.chooseLayout.addWidget(self.path, 0, 1, 1, 1)

        self.browse = QPushButton(self.choosePage)
        self.browse.setObjectName(u"browse")

        self.chooseLayout.addWidget(self.browse, 0, 2, 1, 1)

        self.keyBox = QGroupBox(self.choosePage)
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


        self.chooseLayout.addWidget(self.keyBox, 1, 0, 1, 3)

        self.dropZone = QLabel(self.choosePage)
        self.dropZone.setObjectName(u"dropZone")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.dropZone.sizePolicy().hasHeightForWidth())
        self.dropZone.setSizePolicy(sizePolicy)
        self.dropZone.setFrameShape(QFrame.Shape.StyledPanel)
        self.dropZone.setFrameShadow(QFrame.Shadow.Sunken)
        self.dropZone.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.chooseLayout.addWidget(self.dropZone, 2, 0, 1, 3)

        self.progressText = QLabel(self.choosePage)
        self.progressText.setObjectName(u"progressText")

        self.chooseLayout.addWidget(self.progressText, 3, 0, 1, 3)

        self.progress = QProgressBar(self.choosePage)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.chooseLayout.addWidget(self.progress, 4, 0, 1, 3)

        self.chooseMessage = QLabel(self.choosePage)
        self.chooseMessage.setObjectName(u"chooseMessage")
        self.chooseMessage.setWordWrap(True)
        self.chooseMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chooseLayout.addWidget(self.chooseMessage, 5, 0, 1, 3)

        ImportWizard.addPage(self.choosePage)
        self.previewPage = GatedPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.signer = QLabel(self.previewPage)
        self.signer.setObjectName(u"signer")
        self.signer.setWordWrap(True)

        self.previewLayout.addWidget(self.signer)

        self.warning = QLabel(self.previewPage)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.Box)
        self.warning.setMargin(6)

        self.previewLayout.addWidget(self.warning)

        self.trustSigner = QCheckBox(self.previewPage)
        self.trustSigner.setObjectName(u"trustSigner")

        self.previewLayout.addWidget(self.trustSigner)

        self.headline = QLabel(self.previewPage)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.previewLayout.addWidget(self.headline)

        self.changes = QListWidget(self.previewPage)
        self.changes.setObjectName(u"changes")
        self.changes.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.changes)

        self.progressText2 = QLabel(self.previewPage)
        self.progressText2.setObjectName(u"progressText2")

        self.previewLayout.addWidget(self.progressText2)

        self.progress2 = QProgressBar(self.previewPage)
        self.progress2.setObjectName(u"progress2")
        self.progress2.setVisible(False)

        self.previewLayout.addWidget(self.progress2)

        self.previewMessage = QLabel(self.previewPage)
        self.previewMessage.setObjectName(u"previewMessage")
        self.previewMessage.setWordWrap(True)
        self.previewMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewMessage)

        ImportWizard.addPage(self.previewPage)
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

        ImportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.browse)
        QWidget.setTabOrder(self.browse, self.ownKey)
        QWidget.setTabOrder(self.ownKey, self.identityFile)
        QWidget.setTabOrder(self.identityFile, self.identityPath)
        QWidget.setTabOrder(self.identityPath, self.identityBrowse)
        QWidget.setTabOrder(self.identityBrowse, self.usePassphrase)
        QWidget.setTabOrder(self.usePassphrase, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.trustSigner)
        QWidget.setTabOrder(self.trustSigner, self.changes)

        self.retranslateUi(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import an exchange file", None))
        self.choosePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the file", None))
        self.choosePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Choose an exchange file, or drop it on this page. Nothing is written until you have seen what it changes.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizard", u"Fi&le:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.path.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"drop the file here, or Browse\u2026", None))
        self.browse.setText(QCoreApplication.translate("ImportWizard", u"Br&owse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Choose the exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.keyBox.setTitle(QCoreApplication.translate("ImportWizard", u"Open it with", None))
        self.ownKey.setText(QCoreApplication.translate("ImportWizard", u"This laptop's &key (files sent to this laptop)", None))
#if QT_CONFIG(accessibility)
        self.ownKey.setAccessibleName(QCoreApplication.translate("ImportWizard", u"This laptop's key", None))
#endif // QT_CONFIG(accessibility)
        self.identityFile.setText(QCoreApplication.translate("ImportWizard", u"An age &identity file:", None))
#if QT_CONFIG(accessibility)
        self.identityFile.setAccessibleName(QCoreApplication.translate("ImportWizard", u"An identity file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.identityPath.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Identity file", None))
#endif // QT_CONFIG(accessibility)
        self.identityBrowse.setText(QCoreApplication.translate("ImportWizard", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.identityBrowse.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Choose the identity file", None))
#endif // QT_CONFIG(accessibility)
        self.usePassphrase.setText(QCoreApplication.translate("ImportWizard", u"A &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.usePassphrase.setAccessibleName(QCoreApplication.translate("ImportWizard", u"A passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.dropZone.setText(QCoreApplication.translate("ImportWizard", u"Drop the exchange file here", None))
#if QT_CONFIG(accessibility)
        self.dropZone.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Drop area for the exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.progressText.setText("")
#if QT_CONFIG(accessibility)
        self.progressText.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.chooseMessage.setText("")
#if QT_CONFIG(accessibility)
        self.chooseMessage.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"What the file changes", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Nothing has been written yet. Apply to merge these changes; the board is backed up first.", None))
        self.signer.setText("")
#if QT_CONFIG(accessibility)
        self.signer.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Who signed the file", None))
#endif // QT_CONFIG(accessibility)
        self.warning.setText("")
#if QT_CONFIG(accessibility)
        self.warning.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.trustSigner.setText(QCoreApplication.translate("ImportWizard", u"I &trust this signer: I agreed the passphrase with them", None))
#if QT_CONFIG(accessibility)
        self.trustSigner.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Trust this signer", None))
#endif // QT_CONFIG(accessibility)
        self.headline.setText("")
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Summary of the changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changes.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Changes the file makes", None))
#endif // QT_CONFIG(accessibility)
        self.progressText2.setText("")
#if QT_CONFIG(accessibility)
        self.progressText2.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress2.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.previewMessage.setText("")
#if QT_CONFIG(accessibility)
        self.previewMessage.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("ImportWizard", u"Imported", None))
        self.donePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Every page now shows the merged board.", None))
        self.doneSummary.setText("")
#if QT_CONFIG(accessibility)
        self.doneSummary.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What was imported", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


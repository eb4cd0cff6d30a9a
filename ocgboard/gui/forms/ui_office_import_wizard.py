# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_import_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard)

from ocgboard.gui.wizard_page import GatedPage

class Ui_OfficeImportWizard(object):
    def setupUi(self, OfficeImportWizard):
        if not OfficeImportWizard.objectName():
            OfficeImportWizard.setObjectName(u"OfficeImportWizard")
        OfficeImportWizard.resize(760, 580)
        OfficeImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        OfficeImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.choosePage = GatedPage()
        self.choosePage.setObjectName(u"choosePage")
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

        self.threatLabel = QLabel(self.choosePage)
        self.threatLabel.setObjectName(u"threatLabel")

        self.chooseLayout.addWidget(self.threatLabel, 1, 0, 1, 1)

        self.threat = QLineEdit(self.choosePage)
        self.threat.setObjectName(u"threat")

        self.chooseLayout.addWidget(self.threat, 1, 1, 1, 2)

        self.readWords = QLabel(self.choosePage)
        self.readWords.setObjectName(u"readWords")
        self.readWords.setWordWrap(True)
        self.readWords.setTextFormat(Qt.TextFormat.PlainText)

        self.chooseLayout.addWidget(self.readWords, 2, 0, 1, 3)

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
        self.chooseMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.chooseMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chooseLayout.addWidget(self.chooseMessage, 5, 0, 1, 3)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer, 6, 0, 1, 3)

        OfficeImportWizard.addPage(self.choosePage)
        self.previewPage = GatedPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.headline = QLabel(self.previewPage)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)

        self.previewLayout.addWidget(self.headline)

        self.lines = QListWidget(self.previewPage)
        self.lines.setObjectName(u"lines")
        self.lines.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.lines)

        self.ownersBox = QGroupBox(self.previewPage)
        self.ownersBox.setObjectName(u"ownersBox")
        self.ownersForm = QFormLayout(self.ownersBox)
        self.ownersForm.setObjectName(u"ownersForm")

        self.previewLayout.addWidget(self.ownersBox)

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
        self.previewMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.previewMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewMessage)

        OfficeImportWizard.addPage(self.previewPage)
        self.donePage = GatedPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneSummary = QLabel(self.donePage)
        self.doneSummary.setObjectName(u"doneSummary")
        self.doneSummary.setWordWrap(True)
        self.doneSummary.setTextFormat(Qt.TextFormat.PlainText)
        self.doneSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.doneSummary)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        OfficeImportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.path)
        self.threatLabel.setBuddy(self.threat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.browse)
        QWidget.setTabOrder(self.browse, self.threat)
        QWidget.setTabOrder(self.threat, self.lines)

        self.retranslateUi(OfficeImportWizard)
    # setupUi

    def retranslateUi(self, OfficeImportWizard):
        OfficeImportWizard.setWindowTitle(QCoreApplication.translate("OfficeImportWizard", u"Import Word or Excel papers", None))
        self.choosePage.setTitle(QCoreApplication.translate("OfficeImportWizard", u"Choose the paper", None))
        self.choosePage.setSubTitle(QCoreApplication.translate("OfficeImportWizard", u"A 4P plan in Word (.docx), an action tracker or strategic plan in Excel (.xlsx), or a tasking sheet an agency sent back. Nothing is written until you have seen what it makes.", None))
        self.pathLabel.setText(QCoreApplication.translate("OfficeImportWizard", u"Fi&le:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Word or Excel file", None))
#endif // QT_CONFIG(accessibility)
        self.path.setPlaceholderText(QCoreApplication.translate("OfficeImportWizard", u"a .docx or .xlsx file: Browse\u2026", None))
        self.browse.setText(QCoreApplication.translate("OfficeImportWizard", u"Br&owse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Choose the Word or Excel file", None))
#endif // QT_CONFIG(accessibility)
        self.threatLabel.setText(QCoreApplication.translate("OfficeImportWizard", u"&Threat:", None))
#if QT_CONFIG(accessibility)
        self.threat.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"The threat the paper is for", None))
#endif // QT_CONFIG(accessibility)
        self.threat.setPlaceholderText(QCoreApplication.translate("OfficeImportWizard", u"the reference in the paper's title, such as OCG 05/00283", None))
#if QT_CONFIG(tooltip)
        self.threat.setToolTip(QCoreApplication.translate("OfficeImportWizard", u"The threat whose plan the actions go on. A threat the board does not have yet is created; the preview says so.", None))
#endif // QT_CONFIG(tooltip)
        self.readWords.setText("")
#if QT_CONFIG(accessibility)
        self.readWords.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"What the file is", None))
#endif // QT_CONFIG(accessibility)
        self.progressText.setText("")
#if QT_CONFIG(accessibility)
        self.progressText.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Reading progress", None))
#endif // QT_CONFIG(accessibility)
        self.chooseMessage.setText("")
#if QT_CONFIG(accessibility)
        self.chooseMessage.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.previewPage.setTitle(QCoreApplication.translate("OfficeImportWizard", u"What the paper makes", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("OfficeImportWizard", u"Nothing has been written yet. Apply makes all of it in one go, or nothing if the board refuses any of it; Edit > Undo takes it back.", None))
        self.headline.setText("")
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"The paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lines.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"What the paper makes, in the board's words", None))
#endif // QT_CONFIG(accessibility)
        self.ownersBox.setTitle(QCoreApplication.translate("OfficeImportWizard", u"Owners that are no agency on this board: choose the agency each means", None))
        self.progressText2.setText("")
#if QT_CONFIG(accessibility)
        self.progressText2.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress2.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.previewMessage.setText("")
#if QT_CONFIG(accessibility)
        self.previewMessage.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("OfficeImportWizard", u"Imported", None))
        self.donePage.setSubTitle(QCoreApplication.translate("OfficeImportWizard", u"Every page now shows what the paper made. Edit > Undo takes it all back in one step.", None))
        self.doneSummary.setText("")
#if QT_CONFIG(accessibility)
        self.doneSummary.setAccessibleName(QCoreApplication.translate("OfficeImportWizard", u"What was imported", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


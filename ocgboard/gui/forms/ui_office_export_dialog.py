# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_export_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OfficeExportDialog(object):
    def setupUi(self, OfficeExportDialog):
        if not OfficeExportDialog.objectName():
            OfficeExportDialog.setObjectName(u"OfficeExportDialog")
        OfficeExportDialog.resize(520, 360)
        self.layout = QVBoxLayout(OfficeExportDialog)
        self.layout.setObjectName(u"layout")
        self.paperBox = QGroupBox(OfficeExportDialog)
        self.paperBox.setObjectName(u"paperBox")
        self.paperLayout = QGridLayout(self.paperBox)
        self.paperLayout.setObjectName(u"paperLayout")
        self.planPaper = QRadioButton(self.paperBox)
        self.planPaper.setObjectName(u"planPaper")
        self.planPaper.setChecked(True)

        self.paperLayout.addWidget(self.planPaper, 0, 0, 1, 2)

        self.threatLabel = QLabel(self.paperBox)
        self.threatLabel.setObjectName(u"threatLabel")

        self.paperLayout.addWidget(self.threatLabel, 1, 0, 1, 1)

        self.threat = QComboBox(self.paperBox)
        self.threat.setObjectName(u"threat")

        self.paperLayout.addWidget(self.threat, 1, 1, 1, 1)

        self.trackerPaper = QRadioButton(self.paperBox)
        self.trackerPaper.setObjectName(u"trackerPaper")

        self.paperLayout.addWidget(self.trackerPaper, 2, 0, 1, 2)

        self.taskingPaper = QRadioButton(self.paperBox)
        self.taskingPaper.setObjectName(u"taskingPaper")

        self.paperLayout.addWidget(self.taskingPaper, 3, 0, 1, 2)


        self.layout.addWidget(self.paperBox)

        self.variantBox = QGroupBox(OfficeExportDialog)
        self.variantBox.setObjectName(u"variantBox")
        self.variantLayout = QGridLayout(self.variantBox)
        self.variantLayout.setObjectName(u"variantLayout")
        self.chairCopy = QRadioButton(self.variantBox)
        self.chairCopy.setObjectName(u"chairCopy")
        self.chairCopy.setChecked(True)

        self.variantLayout.addWidget(self.chairCopy, 0, 0, 1, 2)

        self.partnerCopy = QRadioButton(self.variantBox)
        self.partnerCopy.setObjectName(u"partnerCopy")

        self.variantLayout.addWidget(self.partnerCopy, 1, 0, 1, 2)

        self.agencyCopy = QRadioButton(self.variantBox)
        self.agencyCopy.setObjectName(u"agencyCopy")

        self.variantLayout.addWidget(self.agencyCopy, 2, 0, 1, 1)

        self.agency = QComboBox(self.variantBox)
        self.agency.setObjectName(u"agency")

        self.variantLayout.addWidget(self.agency, 2, 1, 1, 1)


        self.layout.addWidget(self.variantBox)

        self.message = QLabel(OfficeExportDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(OfficeExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.threatLabel.setBuddy(self.threat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planPaper, self.threat)
        QWidget.setTabOrder(self.threat, self.trackerPaper)
        QWidget.setTabOrder(self.trackerPaper, self.taskingPaper)
        QWidget.setTabOrder(self.taskingPaper, self.chairCopy)
        QWidget.setTabOrder(self.chairCopy, self.partnerCopy)
        QWidget.setTabOrder(self.partnerCopy, self.agencyCopy)
        QWidget.setTabOrder(self.agencyCopy, self.agency)

        self.retranslateUi(OfficeExportDialog)
    # setupUi

    def retranslateUi(self, OfficeExportDialog):
        OfficeExportDialog.setWindowTitle(QCoreApplication.translate("OfficeExportDialog", u"Write a Word or Excel paper", None))
        self.paperBox.setTitle(QCoreApplication.translate("OfficeExportDialog", u"Paper", None))
        self.planPaper.setText(QCoreApplication.translate("OfficeExportDialog", u"A threat's 4&P plan as Word (.docx), in the board's template", None))
        self.threatLabel.setText(QCoreApplication.translate("OfficeExportDialog", u"T&hreat:", None))
#if QT_CONFIG(accessibility)
        self.threat.setAccessibleName(QCoreApplication.translate("OfficeExportDialog", u"Threat", None))
#endif // QT_CONFIG(accessibility)
        self.trackerPaper.setText(QCoreApplication.translate("OfficeExportDialog", u"The action &tracker as Excel (.xlsx): open actions, overdue first", None))
        self.taskingPaper.setText(QCoreApplication.translate("OfficeExportDialog", u"An agency's tasking &sheet as Excel (.xlsx), to fill in and send back", None))
        self.variantBox.setTitle(QCoreApplication.translate("OfficeExportDialog", u"Copy", None))
        self.chairCopy.setText(QCoreApplication.translate("OfficeExportDialog", u"&Chair's copy: full content", None))
        self.partnerCopy.setText(QCoreApplication.translate("OfficeExportDialog", u"Pa&rtner copy: non-disseminable content removed", None))
        self.agencyCopy.setText(QCoreApplication.translate("OfficeExportDialog", u"An a&gency's copy: its actions only", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("OfficeExportDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("OfficeExportDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QWidget,
    QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(620, 440)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.boardPage = QWizardPage()
        self.boardPage.setObjectName(u"boardPage")
        self.boardLayout = QFormLayout(self.boardPage)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardNameLabel = QLabel(self.boardPage)
        self.boardNameLabel.setObjectName(u"boardNameLabel")

        self.boardLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.boardNameLabel)

        self.boardName = QLineEdit(self.boardPage)
        self.boardName.setObjectName(u"boardName")

        self.boardLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.boardName)

        self.areaLabel = QLabel(self.boardPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.boardLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(self.boardPage)
        self.area.setObjectName(u"area")

        self.boardLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area)

        self.markingLabel = QLabel(self.boardPage)
        self.markingLabel.setObjectName(u"markingLabel")

        self.boardLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.marking = QComboBox(self.boardPage)
        self.marking.setObjectName(u"marking")
        self.marking.setEditable(True)

        self.boardLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.marking)

        self.markingNote = QLabel(self.boardPage)
        self.markingNote.setObjectName(u"markingNote")
        self.markingNote.setWordWrap(True)

        self.boardLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.markingNote)

        FirstRunWizard.addPage(self.boardPage)
        self.laptopPage = QWizardPage()
        self.laptopPage.setObjectName(u"laptopPage")
        self.laptopLayout = QFormLayout(self.laptopPage)
        self.laptopLayout.setObjectName(u"laptopLayout")
        self.deviceNameLabel = QLabel(self.laptopPage)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.laptopLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceName = QLineEdit(self.laptopPage)
        self.deviceName.setObjectName(u"deviceName")

        self.laptopLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceName)

        self.operatorLabel = QLabel(self.laptopPage)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.laptopLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorName = QLineEdit(self.laptopPage)
        self.operatorName.setObjectName(u"operatorName")

        self.laptopLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operatorName)

        self.demoBoard = QCheckBox(self.laptopPage)
        self.demoBoard.setObjectName(u"demoBoard")

        self.laptopLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.demoBoard)

        FirstRunWizard.addPage(self.laptopPage)
#if QT_CONFIG(shortcut)
        self.boardNameLabel.setBuddy(self.boardName)
        self.areaLabel.setBuddy(self.area)
        self.markingLabel.setBuddy(self.marking)
        self.deviceNameLabel.setBuddy(self.deviceName)
        self.operatorLabel.setBuddy(self.operatorName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up ocgboard", None))
        self.boardPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your board", None))
        self.boardPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Name the partnership board this laptop keeps. You can change these later.", None))
        self.boardNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"B&oard name:", None))
#if QT_CONFIG(accessibility)
        self.boardName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Board name", None))
#endif // QT_CONFIG(accessibility)
        self.boardName.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Northshire Organised Crime Partnership Board", None))
        self.areaLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Area covered", None))
#endif // QT_CONFIG(accessibility)
        self.area.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Northshire", None))
        self.markingLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Protective &marking:", None))
#if QT_CONFIG(accessibility)
        self.marking.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.markingNote.setText(QCoreApplication.translate("FirstRunWizard", u"Every pack and export carries this marking on every page, top and bottom.", None))
        self.laptopPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"This laptop", None))
        self.laptopPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Partners see this laptop's name on the files it sends. ocgboard now creates its encryption and signing keys.", None))
        self.deviceNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Laptop name:", None))
#if QT_CONFIG(accessibility)
        self.deviceName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Laptop name", None))
#endif // QT_CONFIG(accessibility)
        self.operatorLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Your name:", None))
#if QT_CONFIG(accessibility)
        self.operatorName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.operatorName.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"recorded as the author of your changes", None))
        self.demoBoard.setText(QCoreApplication.translate("FirstRunWizard", u"Fill the board with a realistic &demo (to try ocgboard out)", None))
#if QT_CONFIG(accessibility)
        self.demoBoard.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Start with a demo board", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


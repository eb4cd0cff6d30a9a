# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_settings.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BoardSettingsDialog(object):
    def setupUi(self, BoardSettingsDialog):
        if not BoardSettingsDialog.objectName():
            BoardSettingsDialog.setObjectName(u"BoardSettingsDialog")
        BoardSettingsDialog.resize(520, 340)
        self.layout = QVBoxLayout(BoardSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.boardGroup = QGroupBox(BoardSettingsDialog)
        self.boardGroup.setObjectName(u"boardGroup")
        self.boardForm = QFormLayout(self.boardGroup)
        self.boardForm.setObjectName(u"boardForm")
        self.boardForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.boardNameLabel = QLabel(self.boardGroup)
        self.boardNameLabel.setObjectName(u"boardNameLabel")

        self.boardForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.boardNameLabel)

        self.boardName = QLineEdit(self.boardGroup)
        self.boardName.setObjectName(u"boardName")

        self.boardForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.boardName)

        self.areaLabel = QLabel(self.boardGroup)
        self.areaLabel.setObjectName(u"areaLabel")

        self.boardForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(self.boardGroup)
        self.area.setObjectName(u"area")

        self.boardForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area)

        self.markingLabel = QLabel(self.boardGroup)
        self.markingLabel.setObjectName(u"markingLabel")

        self.boardForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.marking = QComboBox(self.boardGroup)
        self.marking.setObjectName(u"marking")
        self.marking.setEditable(True)

        self.boardForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.marking)

        self.readOnly = QLabel(self.boardGroup)
        self.readOnly.setObjectName(u"readOnly")
        self.readOnly.setWordWrap(True)

        self.boardForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.readOnly)


        self.layout.addWidget(self.boardGroup)

        self.operatorGroup = QGroupBox(BoardSettingsDialog)
        self.operatorGroup.setObjectName(u"operatorGroup")
        self.operatorForm = QFormLayout(self.operatorGroup)
        self.operatorForm.setObjectName(u"operatorForm")
        self.operatorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.operatorLabel = QLabel(self.operatorGroup)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.operatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorName = QLineEdit(self.operatorGroup)
        self.operatorName.setObjectName(u"operatorName")

        self.operatorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorName)


        self.layout.addWidget(self.operatorGroup)

        self.message = QLabel(BoardSettingsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.below = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.below)

        self.buttons = QDialogButtonBox(BoardSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.boardNameLabel.setBuddy(self.boardName)
        self.areaLabel.setBuddy(self.area)
        self.markingLabel.setBuddy(self.marking)
        self.operatorLabel.setBuddy(self.operatorName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.boardName, self.area)
        QWidget.setTabOrder(self.area, self.marking)
        QWidget.setTabOrder(self.marking, self.operatorName)

        self.retranslateUi(BoardSettingsDialog)
    # setupUi

    def retranslateUi(self, BoardSettingsDialog):
        BoardSettingsDialog.setWindowTitle(QCoreApplication.translate("BoardSettingsDialog", u"Board settings", None))
        self.boardGroup.setTitle(QCoreApplication.translate("BoardSettingsDialog", u"The board", None))
        self.boardNameLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"Board &name:", None))
#if QT_CONFIG(accessibility)
        self.boardName.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Board name", None))
#endif // QT_CONFIG(accessibility)
        self.boardName.setPlaceholderText(QCoreApplication.translate("BoardSettingsDialog", u"e.g. Northshire OCG Partnership Board", None))
        self.areaLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Area the board covers", None))
#endif // QT_CONFIG(accessibility)
        self.area.setPlaceholderText(QCoreApplication.translate("BoardSettingsDialog", u"The area the board covers", None))
        self.markingLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"Protective &marking:", None))
#if QT_CONFIG(accessibility)
        self.marking.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.marking.setToolTip(QCoreApplication.translate("BoardSettingsDialog", u"Printed at the top and bottom of every page of the packs, and carried by every exchange file", None))
#endif // QT_CONFIG(tooltip)
        self.readOnly.setText("")
#if QT_CONFIG(accessibility)
        self.readOnly.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Why these cannot be changed here", None))
#endif // QT_CONFIG(accessibility)
        self.operatorGroup.setTitle(QCoreApplication.translate("BoardSettingsDialog", u"This laptop", None))
        self.operatorLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"&Your name:", None))
#if QT_CONFIG(accessibility)
        self.operatorName.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.operatorName.setToolTip(QCoreApplication.translate("BoardSettingsDialog", u"The name your edits are recorded under in the board's history", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("BoardSettingsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


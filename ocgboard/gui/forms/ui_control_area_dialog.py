# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_area_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ControlAreaDialog(object):
    def setupUi(self, ControlAreaDialog):
        if not ControlAreaDialog.objectName():
            ControlAreaDialog.setObjectName(u"ControlAreaDialog")
        ControlAreaDialog.resize(520, 240)
        self.layout = QVBoxLayout(ControlAreaDialog)
        self.layout.setObjectName(u"layout")
        self.explain = QLabel(ControlAreaDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.layout.addWidget(self.explain)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.modelLabel = QLabel(ControlAreaDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.model = QComboBox(ControlAreaDialog)
        self.model.setObjectName(u"model")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.model)

        self.groupLabel = QLabel(ControlAreaDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.group = QComboBox(ControlAreaDialog)
        self.group.setObjectName(u"group")
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group)

        self.themeLabel = QLabel(ControlAreaDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.theme = QComboBox(ControlAreaDialog)
        self.theme.setObjectName(u"theme")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.theme)


        self.layout.addLayout(self.form)

        self.message = QLabel(ControlAreaDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ControlAreaDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.modelLabel.setBuddy(self.model)
        self.groupLabel.setBuddy(self.group)
        self.themeLabel.setBuddy(self.theme)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.model, self.group)
        QWidget.setTabOrder(self.group, self.theme)

        self.retranslateUi(ControlAreaDialog)
    # setupUi

    def retranslateUi(self, ControlAreaDialog):
        ControlAreaDialog.setWindowTitle(QCoreApplication.translate("ControlAreaDialog", u"Edit a threat area", None))
        self.explain.setText("")
        self.modelLabel.setText(QCoreApplication.translate("ControlAreaDialog", u"Management &model:", None))
#if QT_CONFIG(accessibility)
        self.model.setAccessibleName(QCoreApplication.translate("ControlAreaDialog", u"Management model", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("ControlAreaDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.group.setAccessibleName(QCoreApplication.translate("ControlAreaDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.group.setToolTip(QCoreApplication.translate("ControlAreaDialog", u"The strategy's heading the area sits under: one it has, or a new one typed", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("ControlAreaDialog", u"&Theme:", None))
#if QT_CONFIG(accessibility)
        self.theme.setAccessibleName(QCoreApplication.translate("ControlAreaDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.theme.setToolTip(QCoreApplication.translate("ControlAreaDialog", u"The strategy's theme the area serves, if the board says", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ControlAreaDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AgencyDialog(object):
    def setupUi(self, AgencyDialog):
        if not AgencyDialog.objectName():
            AgencyDialog.setObjectName(u"AgencyDialog")
        AgencyDialog.resize(440, 170)
        self.layout = QVBoxLayout(AgencyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(AgencyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AgencyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.shortLabel = QLabel(AgencyDialog)
        self.shortLabel.setObjectName(u"shortLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortLabel)

        self.shortName = QLineEdit(AgencyDialog)
        self.shortName.setObjectName(u"shortName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortName)


        self.layout.addLayout(self.form)

        self.message = QLabel(AgencyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(AgencyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.shortLabel.setBuddy(self.shortName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.shortName)

        self.retranslateUi(AgencyDialog)
    # setupUi

    def retranslateUi(self, AgencyDialog):
        AgencyDialog.setWindowTitle(QCoreApplication.translate("AgencyDialog", u"Add an agency", None))
        self.nameLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("AgencyDialog", u"e.g. Department for Work and Pensions", None))
        self.shortLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Short name:", None))
#if QT_CONFIG(accessibility)
        self.shortName.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Short name", None))
#endif // QT_CONFIG(accessibility)
        self.shortName.setPlaceholderText(QCoreApplication.translate("AgencyDialog", u"e.g. DWP", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


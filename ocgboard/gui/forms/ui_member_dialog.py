# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(460, 320)
        self.layout = QVBoxLayout(MemberDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MemberDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.aliasesLabel = QLabel(MemberDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliases = QLineEdit(MemberDialog)
        self.aliases.setObjectName(u"aliases")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliases)

        self.birthLabel = QLabel(MemberDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.dateOfBirth = DateField(MemberDialog)
        self.dateOfBirth.setObjectName(u"dateOfBirth")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateOfBirth)

        self.standingLabel = QLabel(MemberDialog)
        self.standingLabel.setObjectName(u"standingLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.standingLabel)

        self.standing = QComboBox(MemberDialog)
        self.standing.setObjectName(u"standing")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.standing)

        self.rolesLabel = QLabel(MemberDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.roles = QLineEdit(MemberDialog)
        self.roles.setObjectName(u"roles")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roles)


        self.layout.addLayout(self.form)

        self.disseminable = QCheckBox(MemberDialog)
        self.disseminable.setObjectName(u"disseminable")

        self.layout.addWidget(self.disseminable)

        self.message = QLabel(MemberDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(MemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.aliasesLabel.setBuddy(self.aliases)
        self.birthLabel.setBuddy(self.dateOfBirth)
        self.standingLabel.setBuddy(self.standing)
        self.rolesLabel.setBuddy(self.roles)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.aliases)
        QWidget.setTabOrder(self.aliases, self.dateOfBirth)
        QWidget.setTabOrder(self.dateOfBirth, self.standing)
        QWidget.setTabOrder(self.standing, self.roles)
        QWidget.setTabOrder(self.roles, self.disseminable)
        QWidget.setTabOrder(self.disseminable, self.buttons)

        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesLabel.setText(QCoreApplication.translate("MemberDialog", u"A&liases:", None))
#if QT_CONFIG(accessibility)
        self.aliases.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Aliases", None))
#endif // QT_CONFIG(accessibility)
        self.aliases.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"comma-separated, e.g. Mile, Big D", None))
        self.birthLabel.setText(QCoreApplication.translate("MemberDialog", u"&Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirth.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.standingLabel.setText(QCoreApplication.translate("MemberDialog", u"&Standing:", None))
#if QT_CONFIG(accessibility)
        self.standing.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Standing", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("MemberDialog", u"&Roles:", None))
#if QT_CONFIG(accessibility)
        self.roles.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Roles", None))
#endif // QT_CONFIG(accessibility)
        self.roles.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"optional, e.g. courier, money handler", None))
        self.disseminable.setText(QCoreApplication.translate("MemberDialog", u"&May be shared with partners", None))
#if QT_CONFIG(tooltip)
        self.disseminable.setToolTip(QCoreApplication.translate("MemberDialog", u"Unticked, this member never leaves in a partner pack or an agency extract.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.disseminable.setAccessibleName(QCoreApplication.translate("MemberDialog", u"May be shared with partners", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("MemberDialog", u"Why it was refused", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

